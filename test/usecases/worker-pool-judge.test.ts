// Judging picked files on a pool of workers (workerPoolJudge: the shared pool, bytes transferred),
// with fake workers that run the real worker handler (serveJudgeRequests with the browser worker's
// judge) on structured-cloned messages, bytes transferred as a browser would. The
// summary must be the in-process one whatever the workers do: answer at different speeds, refuse to
// start, stay silent, or die on a file.
import { withValues } from "../../src/core/form";
import { defaultPlan, type Plan } from "../../src/core/plan";
import type { FileReport } from "../../src/core/read";
import { consolidateFiles, type InputFile } from "../../src/usecases";
import { WORKER_CRASHED_TEXT } from "../../src/core/read";
import { bytesJobJudge, type BytesJob } from "../../src/usecases/bytes-job";
import { inProcessJudge, workerPoolJudge, type WorkerPoolOptions } from "../../src/usecases/file-judge";
import { fileTimeOf, judgeFile } from "../../src/usecases/judge-file";
import type { SpawnWorker } from "../../src/usecases/judge-pool";
import { serveJudgeRequests, type JudgeReply, type JudgeRequest } from "../../src/usecases/judge-protocol";
import { readXlsx } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { formOf, validValues } from "./form-values";
import { paramOf } from "../helpers/issue-params";

const PERIOD = "2024-Y";
const AS_OF = "2024-12-15";
const UNITS = ["X_VINH_THAI", "X_VINH_HA", "X_VINH_LONG", "X_VINH_GIANG", "P_YTE", "X_VINH_SON"];
const REPORT_DATES = ["2024-12-09", "2024-12-13", "2024-12-08", "2024-12-10", "2024-12-11", "2024-12-20"];

/** Real .xlsx forms (the product's writer): on time, late, one with an error; plus a file that is not a workbook. */
let forms: Uint8Array[];
beforeAll(async () => {
  forms = [];
  for (let i = 0; i < UNITS.length; i++) {
    const form = formOf(UNITS[i], PERIOD);
    const values = { ...validValues(form), ...(i === 2 ? { TT02: 10, "TT02.NU": 11 } : {}) };
    forms.push(await writeWorkbook(withValues(form, values, REPORT_DATES[i])));
  }
  forms.push(new TextEncoder().encode("đây không phải tệp Excel"));
});

/** 2 × every form: duplicates from the same unit test who wins, which depends on input order. */
function inbox(): InputFile[] {
  return [...forms, ...forms].map((bytes, i) => ({
    name: i === forms.length - 1 || i === 2 * forms.length - 1 ? `hong-${i}.xlsx` : `${UNITS[i % forms.length]}-${i}.xlsx`,
    lastModified: Date.UTC(2024, 11, 9, 3) + i * 60_000,
    bytes: async () => bytes.slice(), // a fresh buffer per read: the pool transfers it
  }));
}

function inProcessSummary(files: InputFile[]) {
  return consolidateFiles({ plan: defaultPlan, periodCode: PERIOD, asOf: AS_OF, files, judge: inProcessJudge(defaultPlan) });
}

type Startup = "ok" | "throws" | "error" | "silent";
interface FakeWorker {
  startup?: Startup;
  /** ms before each message is handled and each reply is delivered. */
  delayMs?: number;
  /** The worker dies (after it started) when asked to judge this file. */
  crashOn?: string;
}

/** Fake workers, one behaviour per spawn (cycled), and what the pool did with them. */
function fakeWorkers(behaviours: FakeWorker[]) {
  const seen = { spawned: 0, terminated: 0, outstanding: 0, maxOutstanding: 0, judgedBy: [] as number[] };
  const spawn: SpawnWorker<BytesJob> = (events) => {
    const behaviour = behaviours[seen.spawned % behaviours.length];
    const workerNo = seen.spawned++;
    if (behaviour.startup === "throws") throw new Error("SecurityError: Worker refused");
    let alive = true;
    const later = (fn: () => void) => setTimeout(() => alive && fn(), behaviour.delayMs ?? 0);
    const serve = serveJudgeRequests(bytesJobJudge, (reply: JudgeReply) => {
      const copy = structuredClone(reply);
      later(() => {
        if (copy.type === "report") seen.outstanding--;
        events.message(copy);
      });
    });
    return {
      post(request: JudgeRequest<BytesJob>, transfer: ArrayBuffer[]) {
        const copy = structuredClone(request, { transfer });
        if (behaviour.startup === "error") return void later(() => events.failure());
        if (behaviour.startup === "silent") return;
        if (copy.type === "judge") {
          seen.outstanding++;
          seen.maxOutstanding = Math.max(seen.maxOutstanding, seen.outstanding);
        }
        later(() => {
          if (copy.type === "judge" && copy.job.name === behaviour.crashOn) {
            seen.outstanding--;
            later(() => events.failure()); // out of memory, say
          } else {
            if (copy.type === "judge") seen.judgedBy.push(workerNo);
            serve(copy);
          }
        });
      },
      terminate() {
        alive = false;
        seen.terminated++;
      },
    };
  };
  return { spawn, seen };
}

function pool(spawn: SpawnWorker<BytesJob>, options: Partial<WorkerPoolOptions> = {}) {
  return workerPoolJudge({ plan: defaultPlan, spawn, size: 3, perWorker: 2, startTimeoutMs: 200, ...options });
}

async function consolidateOnPool(judge: ReturnType<typeof pool>, files: InputFile[]) {
  try {
    return await consolidateFiles({ plan: defaultPlan, periodCode: PERIOD, asOf: AS_OF, files, judge });
  } finally {
    judge.close();
  }
}

describe("consolidateFiles on a worker pool", () => {
  it("gives the summary of in-process reading although workers answer at different speeds, files bounded in flight", async () => {
    const { spawn, seen } = fakeWorkers([{ delayMs: 7 }, { delayMs: 0 }, { delayMs: 3 }]);
    const files = inbox();
    const judge = pool(spawn);
    const summary = await consolidateOnPool(judge, files);
    expect(summary).toEqual(await inProcessSummary(inbox()));
    // Each form is in the inbox twice, byte for byte: the second copy is a duplicate (docs/contract.md §4.1).
    expect(summary.files.map((f) => f.outcome)).toEqual(expect.arrayContaining(["used", "invalid", "unreadable", "duplicate"]));
    expect(judge.judgedByWorkers).toBe(files.length);
    expect(new Set(seen.judgedBy).size).toBe(3); // every worker took files
    expect(seen.maxOutstanding).toBeLessThanOrEqual(judge.inFlight);
    expect(judge.inFlight).toBe(3 * 2);
    expect(seen.terminated).toBe(3); // close() stops them
  });

  it("transfers each file's bytes to the worker (no copy): the page's buffer is handed over", async () => {
    const { spawn } = fakeWorkers([{}]);
    const bytes = forms[0].slice();
    const judge = pool(spawn, { size: 1 });
    const report = await judge.judge({ name: "a.xlsx", lastModified: null, bytes: async () => bytes }, 0);
    judge.close();
    expect(report.kind).toBe("forms");
    expect(bytes.buffer.byteLength).toBe(0); // detached: it now belongs to the worker
  });

  it.each<[string, FakeWorker[], number]>([
    ["no Worker in this host (the constructor throws)", [{ startup: "throws" }], 0],
    ["every worker refused after creation (strict Content-Security-Policy, script not found)", [{ startup: "error" }], 0],
    ["workers that never answer (start time-out)", [{ startup: "silent" }], 0],
    ["one worker of three cannot start: the others take its files", [{ startup: "error" }, {}, { delayMs: 2 }], 2],
    ["one worker of three throws on creation", [{}, { startup: "throws" }, {}], 2],
  ])("falls back without losing a file: %s", async (_case, behaviours, workersLeft) => {
    const { spawn } = fakeWorkers(behaviours);
    const files = inbox();
    const judge = pool(spawn);
    const summary = await consolidateOnPool(judge, files);
    expect(summary).toEqual(await inProcessSummary(inbox()));
    expect(judge.aliveWorkers).toBe(0); // closed
    expect(judge.startedWorkers).toBe(workersLeft);
    expect(judge.judgedByWorkers).toBe(workersLeft === 0 ? 0 : files.length);
  });

  it("a worker that dies on a file makes that file unreadable, with the crash wording and its file time, and judges the others elsewhere", async () => {
    const files = inbox();
    const victim = files[3].name;
    const { spawn } = fakeWorkers([{ crashOn: victim, delayMs: 1 }, { crashOn: victim }]);
    const judge = pool(spawn, { size: 2 });
    const summary = await consolidateOnPool(judge, files);
    const crashed = summary.files.find((f) => f.file === victim);
    expect(crashed?.outcome).toBe("unreadable");
    expect(crashed?.reason).toContain(WORKER_CRASHED_TEXT);
    // Everything else is as if that one file had been unreadable in-process (its unit's other form now wins).
    const unreadableVictim = inbox().map((f) => (f.name === victim ? { ...f, bytes: () => Promise.reject(new Error("hỏng")) } : f));
    const withoutReason = (s: typeof summary) => {
      const found = s.issuesByFile.find((f) => f.file === victim)?.issues[0];
      const reason = String(found && paramOf(found, "reason"));
      const files = s.files.map((f) => (f.file === victim ? { ...f, reason: "(lý do)" } : f));
      return JSON.parse(JSON.stringify({ ...s, files }).split(JSON.stringify(reason).slice(1, -1)).join("(lý do)"));
    };
    expect(withoutReason(summary)).toEqual(withoutReason(await inProcessSummary(unreadableVictim)));
  });

  it("judges in-process what is still out when the pool is closed early, never leaving a verdict pending", async () => {
    const { spawn } = fakeWorkers([{ delayMs: 50 }]);
    const judge = pool(spawn, { size: 1 });
    const pending = judge.judge(inbox()[0], 0);
    await new Promise((r) => setTimeout(r, 5));
    judge.close();
    expect((await pending).kind).toBe("forms");
  });
});

describe("the worker's side", () => {
  function ask(requests: JudgeRequest<BytesJob>[]): JudgeReply[] {
    const replies: JudgeReply[] = [];
    const serve = serveJudgeRequests(bytesJobJudge, (r) => replies.push(r));
    for (const r of requests) serve(r);
    return replies;
  }
  const judgeRequest = (id: number, bytes: Uint8Array): JudgeRequest<BytesJob> => ({
    type: "judge",
    id,
    job: { name: `tep-${id}.xlsx`, lastModified: Date.UTC(2024, 11, 9, 3), bytes: bytes.slice().buffer },
  });

  it("answers the plan with ready, then each file with the in-process verdict, in order", () => {
    const replies = ask([{ type: "plan", plan: defaultPlan }, judgeRequest(1, forms[0]), judgeRequest(2, forms[forms.length - 1])]);
    const file = (id: number, bytes: Uint8Array) => ({ name: `tep-${id}.xlsx`, fileTime: fileTimeOf(Date.UTC(2024, 11, 9, 3)), bytes });
    expect(replies).toEqual([
      { type: "ready" },
      { type: "report", id: 1, report: judgeFile(defaultPlan, file(1, forms[0]), { readXlsx }) },
      { type: "report", id: 2, report: judgeFile(defaultPlan, file(2, forms[forms.length - 1]), { readXlsx }) },
    ]);
    expect((replies[1] as { report: FileReport }).report.kind).toBe("forms");
    expect((replies[2] as { report: FileReport }).report.kind).toBe("unreadable");
  });

  it("answers a file sent before the plan as unreadable rather than never", () => {
    const [reply] = ask([judgeRequest(7, forms[0])]);
    expect(reply).toMatchObject({ type: "report", id: 7, report: { kind: "unreadable", issue: { params: { reason: "Luồng đọc tệp chưa nhận kế hoạch báo cáo." } } } });
  });
});

describe("judgeFile", () => {
  it("turns a failure nobody foresaw into an unreadable file with a Vietnamese reason", () => {
    const broken = {} as Plan; // judging against it throws inside the core
    const report = judgeFile(broken, { name: "a.xlsx", fileTime: null, bytes: forms[0] }, { readXlsx });
    expect(report).toMatchObject({ file: "a.xlsx", fileTime: null, kind: "unreadable" });
    expect(report.kind === "unreadable" && report.issue.params.reason).toMatch(/^Lỗi không mong đợi khi đọc tệp \(/);
  });
});
