// The receipt register (sổ nhận, docs/contract.md §4.2, docs/so-nhan.md): when each file was first
// received, keyed by the SHA-256 of its bytes, so that timeliness survives copying the inbox and
// running again later. Entries are only ever appended; an entry, once written, never changes.
// The received time is the earlier of the file's modification time and the clock at the first run
// that saw it. Pure: the clock and the files' hashes are parameters.
import { z } from "zod";
import type { FileReport } from "../read/validated-form";

export const REGISTER_FORMAT = "bdg-register";
export const REGISTER_FORMAT_VERSION = 1;

const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, "phải là thời điểm ISO 8601");

export const ReceiptSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "phải là 64 chữ số hex"),
  /** First received, ISO date-time in +07:00. */
  receivedAt: isoDateTime,
  /** The file's path at that first run, as the run displayed it. */
  path: z.string(),
  /** The unit and period of the first form in the file, null when it was not a report. */
  unit: z.string().nullable(),
  period: z.string().nullable(),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const RegisterSchema = z.object({
  format: z.literal(REGISTER_FORMAT),
  format_version: z.literal(REGISTER_FORMAT_VERSION),
  entries: z.array(ReceiptSchema),
});
export type ReceiptRegister = z.infer<typeof RegisterSchema>;

export function emptyRegister(): ReceiptRegister {
  return { format: REGISTER_FORMAT, format_version: REGISTER_FORMAT_VERSION, entries: [] };
}

export type RegisterResult = { ok: true; register: ReceiptRegister } | { ok: false; message: string };

/** A register file's text → the register, or why it cannot be used (it is then never overwritten). */
export function parseRegisterText(text: string): RegisterResult {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, message: "tệp không phải JSON hợp lệ (có thể đã bị sửa tay hoặc bị cắt cụt)" };
  }
  const parsed = RegisterSchema.safeParse(data);
  if (parsed.success) return { ok: true, register: parsed.data };
  const first = parsed.error.issues[0];
  const where = first.path.length > 0 ? ` ở ${first.path.join(".")}` : "";
  return { ok: false, message: `không đúng định dạng sổ nhận của bdg${where}: ${first.message}` };
}

/** The register as the file's text: one entry per line, so a clerk's diff tool shows what was added. */
export function registerText(register: ReceiptRegister): string {
  const lines = register.entries.map((e) => `    ${JSON.stringify(e)}`);
  return `{\n  "format": "${REGISTER_FORMAT}",\n  "format_version": ${REGISTER_FORMAT_VERSION},\n  "entries": [\n${lines.join(",\n")}${lines.length ? "\n" : ""}  ]\n}\n`;
}

/** sha256 → first receipt (the first entry wins should a file ever hold the same hash twice). */
export function receiptIndex(register: ReceiptRegister): Map<string, Receipt> {
  const index = new Map<string, Receipt>();
  for (const e of register.entries) if (!index.has(e.sha256)) index.set(e.sha256, e);
  return index;
}

function firstForm(report: FileReport): { unit: string | null; period: string | null } {
  if (report.kind !== "forms" || report.forms.length === 0) return { unit: null, period: null };
  const sub = report.forms[0].submission;
  return { unit: sub.unit, period: sub.period };
}

export interface RegisterRun {
  /** The reports with `receivedAt` set from the register (files without a hash are left as they are). */
  reports: FileReport[];
  /** The register with this run's new files appended (the same object when nothing is new). */
  register: ReceiptRegister;
  added: number;
}

/**
 * Records the files of a run: a hash already in the register keeps its first receipt; a new one
 * is appended with min(file time, now). `now` is an ISO date-time in +07:00.
 */
export function recordReceipts(register: ReceiptRegister, reports: readonly FileReport[], now: string): RegisterRun {
  const index = receiptIndex(register);
  const added: Receipt[] = [];
  const out = reports.map((report) => {
    if (!report.sha256) return report;
    let receipt = index.get(report.sha256);
    if (receipt === undefined) {
      // ISO date-times in +07:00 compare as strings.
      const receivedAt = report.fileTime !== null && report.fileTime < now ? report.fileTime : now;
      receipt = { sha256: report.sha256, receivedAt, path: report.file, ...firstForm(report) };
      index.set(report.sha256, receipt);
      added.push(receipt);
    }
    return { ...report, receivedAt: receipt.receivedAt };
  });
  return { reports: out, register: added.length === 0 ? register : { ...register, entries: [...register.entries, ...added] }, added: added.length };
}
