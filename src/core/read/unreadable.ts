// Why a file is `unreadable`, and the one Vietnamese wording of each reason. Every place that gives
// up on a file (the reader, the name's format, the host's file access, a worker that died, a bug)
// builds its report here, so the same trouble reads the same in the CLI, the task pane and the
// standalone page (docs/architecture.md "One judging pipeline").
import type { FileReport } from "./validated-form";
import { unreadableReport } from "./unreadable-report";

export type UnreadableCause =
  /** The .xlsx reader's own sentence (one per UnreadableReason, src/xlsx/read/unreadable-messages.ts). */
  | { kind: "format"; sentence: string }
  /** Another spreadsheet format, told by the name (input-kind.ts: how to save it as .xlsx). */
  | { kind: "other_spreadsheet"; sentence: string }
  /** The host could not reach the file (too big on disk, a folder, no permission): the host's sentence. */
  | { kind: "access"; sentence: string }
  /** The bytes could not be read (a browser File that failed); `detail` is the host's error text. */
  | { kind: "not_read"; detail: string }
  /** Judging threw: a bug, never the officer's fault; `detail` is the error's message. */
  | { kind: "unexpected"; detail: string }
  /** The worker judging the file died (out of memory, a crash): one fixed sentence. */
  | { kind: "worker_crashed" }
  /** A worker was asked to judge before it was told the plan (a bug of the page, not the file). */
  | { kind: "no_plan" };

// Each text is the reason of an `unreadable` issue: it is shown after "Không đọc được tệp: "
// (core/issues/messages-vi.ts), so none starts with those words again.
const RETRY = "Hãy mở tệp bằng Excel, lưu lại rồi thử lại.";

export const WORKER_CRASHED_TEXT = `Lỗi không mong đợi khi đọc tệp: luồng đọc tệp dừng đột ngột khi đọc tệp này. ${RETRY}`;
export const NO_PLAN_TEXT = "Luồng đọc tệp chưa nhận kế hoạch báo cáo.";

export function unreadableText(cause: UnreadableCause): string {
  switch (cause.kind) {
    case "format":
    case "other_spreadsheet":
    case "access":
      return cause.sentence;
    case "not_read":
      return `Không lấy được nội dung tệp (${cause.detail}): tệp có thể đã bị xóa, đổi tên hoặc đang mở ở chương trình khác. Hãy chọn lại tệp rồi thử lại.`;
    case "unexpected":
      return `Lỗi không mong đợi khi đọc tệp (${cause.detail}). ${RETRY}`;
    case "worker_crashed":
      return WORKER_CRASHED_TEXT;
    case "no_plan":
      return NO_PLAN_TEXT;
  }
}

/** The report of a file given up on: its name and file time are kept whatever the cause. */
export function unreadable(file: string, fileTime: string | null, cause: UnreadableCause): FileReport {
  return unreadableReport(file, fileTime, unreadableText(cause));
}

/** An error's message, for the `detail` of a cause. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
