// What the judging pool (judge-pool.ts) and a worker say to each other, on every host: the plan
// once (plain data after zod parsing, so it survives structured cloning), answered by "ready"; then
// one "judge" per file, answered by its FileReport, in the order the files were sent. How a file
// travels is the host's business (`job`): the CLI sends a path and the worker reads the file, the
// browser sends the bytes (transferred, not copied).
import type { Plan } from "../core/plan";
import { unreadable, type FileReport } from "../core/read";

export type JudgeRequest<Job> = { type: "plan"; plan: Plan } | { type: "judge"; id: number; job: Job };

export type JudgeReply = { type: "ready" } | { type: "report"; id: number; report: FileReport };

/** What a file is called and when it was last changed, as far as this side knows (null: not known). */
export interface FileIdentity {
  name: string;
  fileTime: string | null;
}

/** A worker's way of judging its jobs. `judge` must never throw (judgeFile does not). */
export interface JobJudge<Job> {
  judge(plan: Plan, job: Job): FileReport;
  identify(job: Job): FileIdentity;
}

/**
 * The worker's message handler. Files are judged one at a time, in the order they arrive, so if the
 * worker ever dies, the file it was judging is the oldest one it has not answered (the crash policy).
 */
export function serveJudgeRequests<Job>(judge: JobJudge<Job>, post: (reply: JudgeReply) => void): (request: JudgeRequest<Job>) => void {
  let plan: Plan | null = null;
  return (request) => {
    if (request.type === "plan") {
      plan = request.plan;
      post({ type: "ready" });
      return;
    }
    // A request before the plan is the caller's bug, not the file's: still an answer, never a hang.
    let report: FileReport;
    if (plan) report = judge.judge(plan, request.job);
    else {
      const { name, fileTime } = judge.identify(request.job);
      report = unreadable(name, fileTime, { kind: "no_plan" });
    }
    post({ type: "report", id: request.id, report });
  };
}
