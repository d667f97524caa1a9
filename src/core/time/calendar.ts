// Calendar days in Asia/Ho_Chi_Minh (UTC+7, no daylight saving). Time is always a parameter:
// nothing here reads the clock.

const HCM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** ISO date-time (any offset) → the YYYY-MM-DD it falls on in Asia/Ho_Chi_Minh; null if unparsable. */
export function hcmDateOf(isoDateTime: string): string | null {
  const t = Date.parse(isoDateTime);
  if (Number.isNaN(t)) return null;
  return new Date(t + HCM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Epoch milliseconds → ISO 8601 in +07:00, e.g. "2024-12-09T15:30:00+07:00". */
export function toHcmIso(epochMs: number): string {
  const local = new Date(epochMs + HCM_OFFSET_MS).toISOString().slice(0, 19);
  return `${local}+07:00`;
}

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Whole calendar days from a to b (b − a); "2024-12-10" → "2024-12-11" is 1. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split("-").map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** "2024-12-10" → "10/12/2024". */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/**
 * Days between the two date systems' origins: serial 0 of the 1904 system (1904-01-01) is serial
 * 1462 of the 1900 system. A 1904 book's "12/12/2024" is 44176, read as 1900 it is 11/12/2020.
 */
export const DATE_1904_OFFSET_DAYS = 1462;

/** A serial of either date system as a serial of the 1900 system (days since 1899-12-30). */
export function serialIn1900System(serial: number, date1904 = false): number {
  return date1904 ? serial + DATE_1904_OFFSET_DAYS : serial;
}

/**
 * Excel date serial → YYYY-MM-DD; null when out of range. 1900 system: days since 1899-12-30
 * (Excel's phantom 29/02/1900 only shifts serials before March 1900, long before any report).
 * With `date1904`, the serial counts from 1904-01-01 (docs/contract.md §4.1 "Dates").
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1) || serial > 2958465) return null;
  const ms = Math.round((serialIn1900System(serial, date1904) - 25569) * DAY_MS);
  return new Date(ms).toISOString().slice(0, 10);
}

/** YYYY-MM-DD → Excel date serial. */
export function isoDateToExcelSerial(isoDate: string): number {
  return dayNumber(isoDate) + 25569;
}
