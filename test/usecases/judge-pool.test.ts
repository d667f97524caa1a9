// The judging pool (src/usecases/judge-pool.ts) over a fake transport: workers are plain objects that
// run the real worker side (serveJudgeRequests) on structured-cloned messages and answer after a
// chosen number of turns, so answers come back out of order. Whatever the workers do, every file is
// answered exactly once with its own report; a worker that dies mid-batch costs only the file it was
// judging (unreadable, the crash wording, its file time kept), the others are judged elsewhere.
import type { Plan } from "../../src/core/plan";
import { defaultPlan } from "../../src/core/plan";
import { errorDetail, unreadableText, WORKER_CRASHED_TEXT, type FileReport } from "../../src/core/read";
import { judgePool, type JudgePoolOptions, type SpawnWorker, type Timer } from "../../src/usecases/judge-pool";
import { serveJudgeRequests, type JobJudge, type JudgeRequest } from "../../src/usecases/judge-protocol";

interface Doc {
  name: string;
  fileTime: string;
}
type Job = { name: string };

const docs: Doc[] = Array.from({ length: 12 }, (_, i) => ({ name: `tep-${String(i).padStart(2, "0")}.xlsx`, fileTime: `2024-12-${String(i + 1).padStart(2, "0")}T08:00:00+07:00` }));
const byName = new Map(docs.map((d) => [d.name, d]));

/** A verdict that names who gave it: `by` is the worker number, or "here". */
function verdict(name: string, by: string): FileReport {
  return { file: name, fileTime: byName.get(name)?.fileTime ?? null, kind: "own_output", issue: { severity: "error", rule: "not_a_report", indicator: null, cell: null, params: { reason: by } } };
}
const judgedBy = (report: FileReport) => (report.kind === "own_output" ? String(report.issue.params.reason) : null);

/** A timer that never fires: no start time-out in these tests unless `fire` is called. */
function manualTimer() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const timer: Timer = {
    set: (callback) => (pending.set(next, callback), next++),
    clear: (handle) => void pending.delete(handle as number),
  };
  /** Fires the `n`-th timer set (1-based): the start time-out of the n-th worker spawned. */
  return { timer, fire: (n: number) => pending.get(n)?.() };
}

interface Behaviour {
  /** Turns (setImmediate) before each answer. */
  turns?: number;
  /** Dies (after it started) when asked to judge one of these files, after answering what it had before it. */
  dieOn?: string[];
  /** Never answers the plan, and dies when told. */
  neverReady?: boolean;
}

/** Fake workers on the real worker side, with counts of what each was asked to judge. */
function fakeTransport(behaviours: Behaviour[]) {
  const judged: string[] = [];
  const maxHeld: number[] = [];
  const kill: (() => void)[] = [];
  let spawned = 0;
  const spawn: SpawnWorker<Job> = (events) => {
    const no = spawned++;
    const b = behaviours[no % behaviours.length];
    let alive = true;
    let held = 0;
    maxHeld[no] = 0;
    const queue: JudgeRequest<Job>[] = [];
    const judge: JobJudge<Job> = { judge: (_plan, job) => (judged.push(job.name), verdict(job.name, String(no))), identify: (job) => ({ name: job.name, fileTime: null }) };
    const serve = serveJudgeRequests(judge, (reply) => {
      if (reply.type === "report") held--;
      events.message(structuredClone(reply));
    });
    const die = () => {
      alive = false;
      events.failure();
    };
    kill[no] = die;
    const work = () => {
      if (!alive || queue.length === 0) return;
      const request = queue.shift() as JudgeRequest<Job>;
      if (b.neverReady) return;
      if (request.type === "judge" && b.dieOn?.includes(request.job.name)) return die();
      serve(request);
      setImmediate(work);
    };
    return {
      post(request) {
        if (!alive) return;
        queue.push(structuredClone(request));
        if (request.type === "judge") maxHeld[no] = Math.max(maxHeld[no], ++held);
        let turns = b.turns ?? 0;
        const later = () => (turns-- > 0 ? setImmediate(later) : work());
        setImmediate(later);
      },
      terminate: () => void (alive = false),
    };
  };
  return { spawn, judged, maxHeld, kill };
}

function poolOf(spawn: SpawnWorker<Job>, options: Partial<JudgePoolOptions<Doc, Job>> = {}) {
  const here: string[] = [];
  const pool = judgePool<Doc, Job>({
    plan: defaultPlan,
    spawn,
    size: 2,
    perWorker: 2,
    timer: manualTimer().timer,
    ticket: (doc) => ({ job: { name: doc.name }, transfer: [] }),
    here: (doc) => (here.push(doc.name), verdict(doc.name, "here")),
    identify: (doc) => ({ name: doc.name, fileTime: doc.fileTime }),
    ...options,
  });
  return { pool, here };
}

const names = (list: readonly Doc[]) => list.map((d) => d.name);

describe("judgePool over a fake transport", () => {
  it("answers every file once, with its own report, although the workers answer out of order", async () => {
    const { spawn, judged, maxHeld } = fakeTransport([{ turns: 5 }, { turns: 0 }]);
    const { pool, here } = poolOf(spawn);
    const reports = await Promise.all(docs.map((d) => pool.judge(d)));
    pool.close();
    expect(reports.map((r) => r.file)).toEqual(names(docs));
    expect(reports.map((r) => r.fileTime)).toEqual(docs.map((d) => d.fileTime));
    expect([...judged].sort()).toEqual(names(docs));
    expect(judged).not.toEqual(names(docs)); // the quick worker overtook the slow one
    expect(here).toEqual([]);
    expect(new Set(reports.map(judgedBy))).toEqual(new Set(["0", "1"]));
    expect(Math.max(...maxHeld)).toBeLessThanOrEqual(2);
    expect(pool.judgedByWorkers).toBe(docs.length);
    expect(pool.inFlight).toBe(4);
  });

  it.each([2, 5, 11])("a worker that dies mid-batch on file %i costs that file alone: crash wording, file time kept", async (victim) => {
    // Whichever worker gets the file dies on it (once: the file is not retried).
    const { spawn, judged } = fakeTransport([{ dieOn: [docs[victim].name], turns: 1 }, { dieOn: [docs[victim].name] }]);
    const { pool, here } = poolOf(spawn);
    const reports = await Promise.all(docs.map((d) => pool.judge(d)));
    pool.close();
    const lost = reports[victim];
    expect(lost).toMatchObject({ file: docs[victim].name, fileTime: docs[victim].fileTime, kind: "unreadable" });
    expect(lost.kind === "unreadable" && lost.issue.params.reason).toBe(WORKER_CRASHED_TEXT);
    reports.forEach((report, i) => {
      if (i !== victim) expect([report.file, report.kind]).toEqual([docs[i].name, "own_output"]);
    });
    // Every other file judged exactly once (by the other worker, or the dead one before it died).
    const others = names(docs).filter((_, i) => i !== victim);
    expect([...judged, ...here].sort()).toEqual(others);
    expect(pool.aliveWorkers).toBe(0); // closed
  });

  it("when every worker has died, the rest is judged on this thread, each file once", async () => {
    const deadly = [docs[1].name, docs[3].name];
    const { spawn, judged } = fakeTransport([{ dieOn: deadly }, { dieOn: deadly }]);
    const { pool, here } = poolOf(spawn);
    const reports = await Promise.all(docs.map((d) => pool.judge(d)));
    expect(reports.map((r) => r.kind === "unreadable")).toEqual(docs.map((_, i) => i === 1 || i === 3));
    expect([...judged, ...here].sort()).toEqual(names(docs).filter((_, i) => i !== 1 && i !== 3));
    // Both workers died by file 3 at the latest, each holding at most 2 files: the files after 5 were judged here.
    expect(here).toEqual(expect.arrayContaining(names(docs.slice(6))));
    expect(pool.aliveWorkers).toBe(0);
    expect(reports.map((r) => r.file)).toEqual(names(docs));
  });

  it("a worker that never started blames no file: its files are judged elsewhere", async () => {
    const { spawn, judged } = fakeTransport([{ neverReady: true }, { turns: 2 }]);
    const { timer, fire } = manualTimer();
    const { pool, here } = poolOf(spawn, { timer });
    const pending = Promise.all(docs.map((d) => pool.judge(d)));
    fire(1); // the start time-out of the silent worker (the other one has answered by then or not: it is not failed)
    const reports = await pending;
    pool.close();
    expect(reports.every((r) => r.kind === "own_output")).toBe(true);
    expect([...judged, ...here].sort()).toEqual(names(docs));
    expect(pool.startedWorkers).toBe(1);
  });

  it("a host that cannot start workers (spawn throws): every file judged here", async () => {
    const { pool, here } = poolOf(() => {
      throw new Error("SecurityError");
    });
    const reports = await Promise.all(docs.map((d) => pool.judge(d)));
    expect(reports.map(judgedBy)).toEqual(docs.map(() => "here"));
    expect(here).toEqual(names(docs));
    expect(pool.inFlight).toBe(1);
  });

  it("a ticket that is already a verdict goes to no worker; a ticket that fails is the unexpected wording, identity kept", async () => {
    const { spawn, judged } = fakeTransport([{}]);
    const told = verdict(docs[0].name, "ticket");
    const { pool } = poolOf(spawn, {
      size: 1,
      ticket: (doc) => {
        if (doc === docs[0]) return { report: told };
        if (doc === docs[1]) return Promise.reject(new Error("đọc hỏng"));
        return { job: { name: doc.name }, transfer: [] };
      },
    });
    const [first, second, third] = await Promise.all(docs.slice(0, 3).map((d) => pool.judge(d)));
    pool.close();
    expect(first).toBe(told);
    expect(second).toMatchObject({ file: docs[1].name, fileTime: docs[1].fileTime, kind: "unreadable" });
    expect(second.kind === "unreadable" && second.issue.params.reason).toBe(unreadableText({ kind: "unexpected", detail: errorDetail(new Error("đọc hỏng")) }));
    expect(judgedBy(third)).toBe("0");
    expect(judged).toEqual([docs[2].name]);
  });

  it("closing early judges here what is still out: no verdict is left pending", async () => {
    const { spawn, kill } = fakeTransport([{ turns: 1000 }]);
    const { pool, here } = poolOf(spawn, { size: 1 });
    const pending = Promise.all(docs.slice(0, 4).map((d) => pool.judge(d)));
    await new Promise((r) => setImmediate(r));
    pool.close();
    kill[0](); // a failure after close changes nothing
    const reports = await pending;
    expect(reports.map(judgedBy)).toEqual(["here", "here", "here", "here"]);
    expect([...here].sort()).toEqual(names(docs.slice(0, 4)));
  });

  it("a failure of this thread's judging is still an answer (the unexpected wording)", async () => {
    const { pool } = poolOf(() => {
      throw new Error("no Worker");
    }, { here: () => Promise.reject(new Error("hết bộ nhớ")) });
    const report = await pool.judge(docs[4]);
    expect(report).toMatchObject({ file: docs[4].name, fileTime: docs[4].fileTime, kind: "unreadable" });
  });

  it.each<[number | null | undefined, number]>([
    [undefined, 2],
    [500, 2],
    [null, 0],
  ])("start time-out %p: %i timers (none for threads that report a failed start themselves)", (startTimeoutMs, timers) => {
    let set = 0;
    const timer: Timer = { set: () => ++set, clear: () => undefined };
    const { spawn } = fakeTransport([{}]);
    const { pool } = poolOf(spawn, { timer, startTimeoutMs });
    pool.close();
    expect(set).toBe(timers);
  });

  it("sends the plan first, once per worker", () => {
    const posted: JudgeRequest<Job>[] = [];
    const pool = judgePool<Doc, Job>({
      plan: { ...defaultPlan } as Plan,
      spawn: () => ({ post: (r) => void posted.push(r), terminate: () => undefined }),
      size: 3,
      timer: manualTimer().timer,
      ticket: (doc) => ({ job: { name: doc.name }, transfer: [] }),
      here: (doc) => verdict(doc.name, "here"),
      identify: (doc) => doc,
    });
    expect(posted.map((r) => r.type)).toEqual(["plan", "plan", "plan"]);
    pool.close();
  });
});
