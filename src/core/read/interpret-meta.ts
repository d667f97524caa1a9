// What `_meta` says, and what is wrong with it (docs/contract.md §1). Decisions:
// - format other than "bdg-report" (or missing): the sheet is not ours → bad_meta error, and the
//   form is identified by its header text as if there were no _meta;
// - format_version other than "1": bad_meta error, read anyway (best effort, the clerk sees why);
// - unit or period key blank: the metadata is damaged → bad_meta error, header text decides;
// - report_sheet naming no form sheet: bad_meta error, header text decides for every sheet.
// The plan key is not checked: a form of another plan shows up as unknown unit/period codes.
import type { Issue } from "../issues";
import { badMetaReason } from "../issues/messages-vi";
import type { MetaEntry } from "./read-meta";
import { DEFAULT_REPORT_SHEET, META_FORMAT, META_FORMAT_VERSION, metaText } from "./read-meta";

export interface MetaInfo {
  entries: Map<string, MetaEntry>;
  /** false when _meta cannot decide unit and period (not ours, damaged). */
  usable: boolean;
  unitCode: string;
  periodCode: string;
  reportSheet: string;
  problems: Issue[];
}

function badMeta(reason: string, cell: string | null): Issue {
  return { severity: "error", rule: "bad_meta", indicator: null, cell, params: { reason } };
}

export function interpretMeta(entries: Map<string, MetaEntry>): MetaInfo {
  const info: MetaInfo = {
    entries,
    usable: true,
    unitCode: metaText(entries, "unit"),
    periodCode: metaText(entries, "period"),
    reportSheet: metaText(entries, "report_sheet") || DEFAULT_REPORT_SHEET,
    problems: [],
  };
  const format = metaText(entries, "format");
  if (format !== META_FORMAT) {
    info.usable = false;
    const reason = format === "" ? badMetaReason.noFormat() : badMetaReason.otherFormat(format, META_FORMAT);
    info.problems.push(badMeta(reason, entries.get("format")?.cell ?? null));
    return info;
  }
  const version = metaText(entries, "format_version");
  if (version !== "" && version !== META_FORMAT_VERSION) {
    info.problems.push(badMeta(badMetaReason.version(version), entries.get("format_version")?.cell ?? null));
  }
  if (info.unitCode === "" || info.periodCode === "") {
    info.usable = false;
    info.problems.push(badMeta(badMetaReason.noUnitOrPeriod(), null));
  }
  return info;
}

/** Called when report_sheet names no form sheet of the book. */
export function metaSheetMissing(info: MetaInfo): void {
  info.usable = false;
  info.problems.push(badMeta(badMetaReason.noReportSheet(info.reportSheet), info.entries.get("report_sheet")?.cell ?? null));
}
