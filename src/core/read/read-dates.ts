// Dates as they arrive in a form: Excel date serials (LibreOffice and Excel rewrite dates as
// numbers), ISO text, or Vietnamese dd/mm/yyyy text. A date that cannot be read is reported
// as a `bad_date` warning by the caller and otherwise ignored.
import type { CellValue } from "../grid";
import { excelSerialToIsoDate, isIsoDate, serialIn1900System, toHcmIso } from "../time";

export type DateRead = { ok: true; value: string | null } | { ok: false };

const DAY_MS = 24 * 60 * 60 * 1000;
const HCM_OFFSET_MS = 7 * 60 * 60 * 1000;
/** A report date outside these years is a typo (or a count typed into the date cell). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const blank = (v: CellValue): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const BAD: DateRead = { ok: false };

function plausible(isoDate: string | null): string | null {
  if (isoDate === null || !isIsoDate(isoDate)) return null;
  const year = Number(isoDate.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR ? isoDate : null;
}

/** "2024-12-09", "2024-12-09T10:00…", "9/12/2024", "09-12-2024", "09.12.2024" → YYYY-MM-DD. */
function dateFromText(text: string): string | null {
  const s = text.trim();
  if (s.length > 40) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(s);
  if (iso) return plausible(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (vi) return plausible(`${vi[3]}-${vi[2].padStart(2, "0")}-${vi[1].padStart(2, "0")}`);
  return null;
}

/**
 * A calendar date (the "Ngày báo cáo" cell, _meta report_date) → YYYY-MM-DD. A serial counts in
 * the workbook's own date system (`date1904`, docs/contract.md §4.1 "Dates").
 */
export function readIsoDate(raw: CellValue, date1904 = false): DateRead {
  if (blank(raw)) return { ok: true, value: null };
  let date: string | null = null;
  if (typeof raw === "number") date = plausible(excelSerialToIsoDate(Math.floor(raw), date1904));
  else if (typeof raw === "string") date = dateFromText(raw);
  return date === null ? BAD : { ok: true, value: date };
}

/**
 * A date-time (_meta submitted_at) → ISO 8601 in +07:00.
 * An Excel serial carries no zone: it is the wall clock in Vietnam. Text without an offset is
 * read the same way; text with an offset or Z is converted to +07:00. A bare date is midnight.
 */
export function readIsoDateTime(raw: CellValue, date1904 = false): DateRead {
  if (blank(raw)) return { ok: true, value: null };
  if (typeof raw === "number") {
    if (plausible(excelSerialToIsoDate(Math.floor(raw), date1904)) === null) return BAD;
    return { ok: true, value: toHcmIso(Math.round((serialIn1900System(raw, date1904) - 25569) * DAY_MS) - HCM_OFFSET_MS) };
  }
  if (typeof raw !== "string") return BAD;
  const s = raw.trim();
  if (s.length > 40) return BAD;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) {
    if (plausible(m[1]) === null) return BAD;
    const t = Date.parse(`${m[1]}T${m[2]}${m[3] ?? "+07:00"}`);
    return Number.isNaN(t) ? BAD : { ok: true, value: toHcmIso(t) };
  }
  const date = dateFromText(s);
  return date === null ? BAD : { ok: true, value: `${date}T00:00:00+07:00` };
}
