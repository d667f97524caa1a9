// The messages between the page and a read worker, and the worker's side of the conversation
// (serveReadRequests). The worker is sent the plan once (plain data after zod parsing, so it
// survives structured cloning), then one request per file; it answers each file with its
// FileReport, in the order the files were sent.
import type { Plan } from "../core/plan";
import { unreadableReport, type FileReport } from "../core/read";
import { fileTimeOf, safeReportOfBytes } from "./file-judge";
import type { InputFile } from "./input-file";

/**
 * The page reads the bytes (in batches: one read of many files costs the browser about as much as
 * one file, measured faster than each worker reading its own File) and transfers them, not copies.
 */
export type ReadWorkerRequest =
  | { type: "plan"; plan: Plan }
  | { type: "judge"; id: number; name: string; lastModified: number | null; bytes: ArrayBuffer };

export type ReadWorkerReply = { type: "ready" } | { type: "report"; id: number; report: FileReport };

/**
 * The worker's message handler: files are judged one at a time, in the order they arrive, so if the
 * worker ever dies, the file it was judging is the oldest one it has not answered.
 */
export function serveReadRequests(post: (reply: ReadWorkerReply) => void): (request: ReadWorkerRequest) => void {
  let plan: Plan | null = null;
  return (request) => {
    if (request.type === "plan") {
      plan = request.plan;
      post({ type: "ready" });
      return;
    }
    const bytes = new Uint8Array(request.bytes);
    const file: InputFile = { name: request.name, lastModified: request.lastModified, bytes: async () => bytes };
    // A request before the plan is the page's bug, not the file's: still an answer, never a hang.
    const report = plan
      ? safeReportOfBytes(plan, file, { ok: true, bytes })
      : unreadableReport(file.name, fileTimeOf(file.lastModified), "Luồng đọc tệp chưa nhận kế hoạch báo cáo.");
    post({ type: "report", id: request.id, report });
  };
}
