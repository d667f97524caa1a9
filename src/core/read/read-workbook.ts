// A workbook as submissions (docs/contract.md §1): every sheet laid out as the form is one
// submission. `_meta` identifies the sheet named by its report_sheet key (default BaoCao);
// every other form sheet is identified by its header text. A form sheet whose unit or period
// cannot be identified is not a form; a book with no form is `not_a_report`.
// Never throws: a damaged or hostile grid is an outcome.
import type { SheetGrid, WorkbookGrid } from "../grid";
import type { BadDateParams, Issue, IssueOf } from "../issues";
import { notAReportReason } from "../issues/messages-vi";
import type { Period, Plan, Unit } from "../plan/schema";
import { findPeriod, findUnit } from "../plan/queries";
import type { FormHeader } from "./find-header";
import { findHeader } from "./find-header";
import type { HeaderText, LabeledValue } from "./header-text";
import { readHeaderText } from "./header-text";
import { identifyPeriod, identifyUnit } from "./identify-unit";
import type { MetaInfo } from "./interpret-meta";
import { interpretMeta, metaSheetMissing } from "./interpret-meta";
import type { DateRead } from "./read-dates";
import { readIsoDate, readIsoDateTime } from "./read-dates";
import { formRowsOf } from "./plan-index";
import { readFormValues } from "./read-form-values";
import { findMetaSheet, metaText, readMeta } from "./read-meta";
import { carriesSampleMark } from "./sample-mark";
import { displayText } from "./sheet-text";
import type { Submission } from "./submission";

export type ReadWorkbookResult = { kind: "forms"; submissions: Submission[] } | { kind: "not_a_report"; issue: IssueOf<"not_a_report"> };

interface FormSheet {
  sheet: SheetGrid;
  header: FormHeader;
  text: HeaderText;
}

interface Identified {
  unit: Unit | null;
  period: Period | null;
  identifiedBy: Submission["identifiedBy"];
  issues: Issue[];
  finalizedAt: string | null;
  metaReportDate: { read: DateRead; cell: string } | null;
  /** _meta says the form is sample data (`bdg demo`). */
  sample: boolean;
}

export function notAReportIssue(reason: string): IssueOf<"not_a_report"> {
  return { severity: "error", rule: "not_a_report", indicator: null, cell: null, params: { reason } };
}

function badDate(field: BadDateParams["field"], value: LabeledValue["value"], cell: string): Issue {
  return { severity: "warning", rule: "bad_date", indicator: null, cell, params: { field, text: displayText(value) } };
}

function headerMismatches(plan: Plan, form: FormSheet, unit: Unit | null, period: Period | null): Issue[] {
  const issues: Issue[] = [];
  const check = (field: "unit" | "period", found: LabeledValue | null, expected: string, agrees: (text: string) => boolean) => {
    if (!found) return;
    const text = displayText(found.value).trim();
    if (text === "" || agrees(text)) return;
    issues.push({ severity: "warning", rule: "header_mismatch", indicator: null, cell: found.cell, params: { field, header: text, expected } });
  };
  if (unit) check("unit", form.text.unit, unit.name, (t) => identifyUnit(plan, t)?.code === unit.code);
  if (period) check("period", form.text.period, period.label, (t) => identifyPeriod(plan, t)?.code === period.code);
  return issues;
}

function identifyByMeta(plan: Plan, meta: MetaInfo, form: FormSheet, date1904: boolean): Identified {
  const issues: Issue[] = [...meta.problems];
  const unit = findUnit(plan, meta.unitCode) ?? null;
  const period = findPeriod(plan, meta.periodCode) ?? null;
  const cellOf = (key: string) => meta.entries.get(key)?.cell ?? null;
  if (!unit) issues.push({ severity: "error", rule: "unknown_unit", indicator: null, cell: cellOf("unit"), params: { unit: meta.unitCode } });
  if (!period) issues.push({ severity: "error", rule: "unknown_period", indicator: null, cell: cellOf("period"), params: { period: meta.periodCode } });
  issues.push(...headerMismatches(plan, form, unit, period));

  let finalizedAt: string | null = null;
  const stamp = meta.entries.get("submitted_at");
  if (stamp) {
    const read = readIsoDateTime(stamp.value, date1904);
    if (read.ok) finalizedAt = read.value;
    else issues.push(badDate("submitted_at", stamp.value, stamp.cell));
  }
  const reportDate = meta.entries.get("report_date");
  return {
    unit,
    period,
    identifiedBy: "meta",
    issues,
    finalizedAt,
    metaReportDate: reportDate ? { read: readIsoDate(reportDate.value, date1904), cell: reportDate.cell } : null,
    sample: metaText(meta.entries, "sample") === "1",
  };
}

function identifyByHeader(plan: Plan, form: FormSheet, metaProblems: Issue[]): Identified | string {
  const unitText = form.text.unit ? displayText(form.text.unit.value).trim() : "";
  const periodText = form.text.period ? displayText(form.text.period.value).trim() : "";
  const unit = unitText ? identifyUnit(plan, unitText) : null;
  const period = periodText ? identifyPeriod(plan, periodText) : null;
  const name = form.sheet.name;
  if (!unit) return unitText ? notAReportReason.unknownUnit(name, unitText) : notAReportReason.noUnitLine(name);
  if (!period) return periodText ? notAReportReason.unknownPeriod(name, periodText) : notAReportReason.noPeriodLine(name);
  const missingMeta: Issue = {
    severity: "warning",
    rule: "missing_meta",
    indicator: null,
    cell: null,
    params: { unit: unit.code, unitName: unit.name, period: period.code, periodLabel: period.label },
  };
  return {
    unit,
    period,
    identifiedBy: "header",
    issues: metaProblems.length > 0 ? [...metaProblems] : [missingMeta],
    finalizedAt: null,
    metaReportDate: null,
    sample: false,
  };
}

function reportDateOf(form: FormSheet, id: Identified, issues: Issue[], date1904: boolean): string | null {
  const cell = form.text.reportDate;
  if (cell) {
    const read = readIsoDate(cell.value, date1904);
    if (read.ok && read.value !== null) return read.value;
    if (!read.ok) issues.push(badDate("report_date", cell.value, cell.cell));
  }
  if (id.metaReportDate) {
    if (id.metaReportDate.read.ok) return id.metaReportDate.read.value;
    issues.push(badDate("report_date", null, id.metaReportDate.cell));
  }
  return null;
}

function toSubmission(plan: Plan, form: FormSheet, id: Identified, file: string, fileTime: string | null, date1904: boolean): Submission {
  const issues = [...id.issues];
  const reportDate = reportDateOf(form, id, issues, date1904);
  const { values, notes, issues: tableIssues } = readFormValues(plan, form.sheet, form.header);
  issues.push(...tableIssues);
  if (id.unit && id.period) {
    for (const indicator of formRowsOf(plan, id.unit, id.period).rows) {
      if (values[indicator.code]) continue;
      issues.push({
        severity: "error",
        rule: "missing_code",
        indicator: indicator.code,
        cell: null,
        params: { code: indicator.code, label: indicator.label },
      });
    }
  }
  return {
    file,
    sheet: form.sheet.name,
    unit: id.unit?.code ?? null,
    period: id.period?.code ?? null,
    identifiedBy: id.identifiedBy,
    values,
    notes,
    finalizedAt: id.finalizedAt,
    reportDate,
    reportDateCell: form.text.reportDate?.cell ?? null,
    fileTime,
    sample: id.sample || carriesSampleMark(values),
    readIssues: issues,
  };
}

function formSheetsOf(grid: WorkbookGrid, metaSheet: SheetGrid | undefined): FormSheet[] {
  const forms: FormSheet[] = [];
  const sheets = Array.isArray(grid?.sheets) ? grid.sheets : [];
  for (const sheet of sheets) {
    if (!sheet || sheet === metaSheet || !Array.isArray(sheet.rows)) continue;
    const header = findHeader(sheet);
    if (header) forms.push({ sheet, header, text: readHeaderText(sheet, header) });
  }
  return forms;
}

export function readWorkbook(plan: Plan, grid: WorkbookGrid, file: string, fileTime: string | null): ReadWorkbookResult {
  const date1904 = grid?.date1904 === true;
  const metaSheet = Array.isArray(grid?.sheets) ? findMetaSheet(grid) : undefined;
  const forms = formSheetsOf(grid, metaSheet);
  if (forms.length === 0) {
    return {
      kind: "not_a_report",
      issue: notAReportIssue(notAReportReason.noHeaderRow()),
    };
  }

  const meta = metaSheet && Array.isArray(metaSheet.rows) ? interpretMeta(readMeta(metaSheet)) : null;
  const metaForm = meta ? forms.find((f) => f.sheet.name === meta.reportSheet) : undefined;
  if (meta && meta.usable && !metaForm) metaSheetMissing(meta);
  // _meta problems belong to the sheet it describes, else to the first form of the book.
  const problemsHolder = metaForm ?? forms[0];

  const identified: { form: FormSheet; id: Identified }[] = [];
  const reasons: string[] = [];
  for (const form of forms) {
    const metaProblems = meta && form === problemsHolder ? meta.problems : [];
    const id = meta?.usable && form === metaForm ? identifyByMeta(plan, meta, form, date1904) : identifyByHeader(plan, form, metaProblems);
    if (typeof id === "string") reasons.push(id);
    else identified.push({ form, id });
  }
  if (identified.length === 0) {
    return { kind: "not_a_report", issue: notAReportIssue(notAReportReason.unidentified(reasons)) };
  }
  const several = identified.length > 1;
  return {
    kind: "forms",
    submissions: identified.map(({ form, id }) =>
      toSubmission(plan, form, id, several ? `${file}#${form.sheet.name}` : file, fileTime, date1904),
    ),
  };
}
