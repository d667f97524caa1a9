// A file given up on, as a report. Every place that gives up on a file (the reader, the name's
// format, the host's file access, a worker that died, a bug) builds its report here, with the one
// Vietnamese wording of its cause (core/issues/reasons-vi.ts), so the same trouble reads the same in
// the CLI, the task pane and the standalone page (docs/architecture.md "One judging pipeline").
import { unreadableText, type UnreadableCause } from "../issues/reasons-vi";
import type { FileReport } from "./validated-form";
import { unreadableReport } from "./unreadable-report";

export { NO_PLAN_TEXT, unreadableText, WORKER_CRASHED_TEXT, type UnreadableCause } from "../issues/reasons-vi";

/** The report of a file given up on: its name and file time are kept whatever the cause. */
export function unreadable(file: string, fileTime: string | null, cause: UnreadableCause): FileReport {
  return unreadableReport(file, fileTime, unreadableText(cause));
}

/** An error's message, for the `detail` of a cause. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
