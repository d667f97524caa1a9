// Judging files on a pool of workers, whatever the host: Node worker threads in the CLI
// (src/cli/io/thread-spawner.ts), Web Workers in the task pane and the standalone page
// (src/taskpane/host/worker-spawner.ts). The pool does not care how a file travels: the host turns a
// file into a job (a path, or transferred bytes) and says how to start a worker; tests start fake
// ones. Messages: judge-protocol.ts.
//
// Files wait in one queue; each worker holds at most `perWorker` of them (one being judged, the
// next already there so it never idles on a round trip), the least busy worker takes the next one.
// Failures never lose a file, and every file is answered exactly once:
//  - a worker that cannot start (no Worker, refused by a strict host, its script failed to load, or
//    silent for startTimeoutMs) is dropped and its files go back to the queue;
//  - the crash policy: a worker that dies after it started takes down only the file it was judging,
//    the oldest one it had not answered (it judges in order). That file keeps its name and file time
//    and is `unreadable` with one fixed wording (core/read/unreadable.ts); the worker's other files
//    go back to the front of the queue, for the other workers;
//  - with no worker left (or after close), files are judged on this thread (`here`).
import type { Plan } from "../core/plan";
import { errorDetail, unreadable, type FileReport } from "../core/read";
import type { FileIdentity, JudgeReply, JudgeRequest } from "./judge-protocol";

/** How the pool hears from a worker. */
export interface WorkerEvents {
  message(reply: JudgeReply): void;
  /** The worker is gone or unusable (crashed, could not load, a reply could not be decoded). */
  failure(): void;
}

export interface WorkerHandle<Job> {
  post(request: JudgeRequest<Job>, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

/** Starts one worker (may throw: no Worker in this host, or refused). */
export type SpawnWorker<Job> = (events: WorkerEvents) => WorkerHandle<Job>;

/** A file ready to travel to a worker, or already its verdict (its bytes could not even be read). */
export type Ticket<Job> = { job: Job; transfer: ArrayBuffer[] } | { report: FileReport };

export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface JudgePoolOptions<File, Job> {
  plan: Plan;
  spawn: SpawnWorker<Job>;
  /** Workers to start. */
  size: number;
  /** Files a worker holds ahead of its answers. Default DEFAULT_PER_WORKER. */
  perWorker?: number;
  /**
   * A worker that has not said "ready" after this long is taken as failed to start (a browser may
   * refuse a worker without a word). Null: no time-out (Node's threads report a failed start).
   */
  startTimeoutMs?: number | null;
  timer?: Timer;
  /** How a file travels (may reject: that file is then unreadable, "unexpected"). */
  ticket(file: File): Ticket<Job> | Promise<Ticket<Job>>;
  /** Judges a file on this thread, when no worker can. */
  here(file: File): FileReport | Promise<FileReport>;
  /** Judgements kept in flight on this thread when there is no worker (what `inFlight` says then). */
  hereInFlight?: number;
  /** The name and file time of a file, for the report of one whose worker died. */
  identify(file: File): FileIdentity;
}

export interface JudgePool<File> {
  /** The verdict on one file. Never rejects. */
  judge(file: File): Promise<FileReport>;
  /** Files worth keeping in flight at once: each worker's share, or `hereInFlight`. */
  readonly inFlight: number;
  /** Workers that started (answered the plan). */
  readonly startedWorkers: number;
  /** Workers not (yet) failed: 0 means every further file is judged on this thread. */
  readonly aliveWorkers: number;
  /** Files whose verdict came from a worker. */
  readonly judgedByWorkers: number;
  /** Stops every worker; files still out are judged on this thread. */
  close(): void;
}

export const DEFAULT_PER_WORKER = 4;
export const DEFAULT_START_TIMEOUT_MS = 10_000;

const globalTimer: Timer = {
  set: (callback, ms) => globalThis.setTimeout(callback, ms),
  clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Task<File> {
  file: File;
  resolve(report: FileReport): void;
}

interface Slot<File, Job> {
  handle: WorkerHandle<Job>;
  started: boolean;
  alive: boolean;
  /** Files posted and not answered, oldest first (a Map keeps insertion order). */
  sent: Map<number, Task<File>>;
  /** Files taken by this worker whose ticket is still being made. */
  preparing: number;
  startTimer: unknown;
}

export function judgePool<File, Job>(options: JudgePoolOptions<File, Job>): JudgePool<File> {
  const { plan } = options;
  const timer = options.timer ?? globalTimer;
  const perWorker = Math.max(1, Math.floor(options.perWorker ?? DEFAULT_PER_WORKER));
  const slots: Slot<File, Job>[] = [];
  const queue: Task<File>[] = [];
  let nextId = 1;
  let judgedByWorkers = 0;
  let closed = false;

  function reportOf(file: File, cause: "worker_crashed" | { detail: string }): FileReport {
    let who: FileIdentity;
    try {
      who = options.identify(file);
    } catch {
      who = { name: "(không rõ tên tệp)", fileTime: null };
    }
    return unreadable(who.name, who.fileTime, cause === "worker_crashed" ? { kind: cause } : { kind: "unexpected", detail: cause.detail });
  }

  function drop(slot: Slot<File, Job>): void {
    slot.alive = false;
    timer.clear(slot.startTimer);
    try {
      slot.handle.terminate();
    } catch {
      // already gone
    }
  }

  function fail(slot: Slot<File, Job>): void {
    if (!slot.alive) return;
    drop(slot);
    const tasks = [...slot.sent.values()];
    slot.sent.clear();
    // It died while judging its oldest file: that file is the likely cause, it is not retried.
    const culprit = slot.started ? tasks.shift() : undefined;
    if (culprit) culprit.resolve(reportOf(culprit.file, "worker_crashed"));
    queue.unshift(...tasks);
    pump();
  }

  function onReply(slot: Slot<File, Job>, reply: JudgeReply): void {
    if (!slot.alive) return;
    if (reply.type === "ready") {
      slot.started = true;
      timer.clear(slot.startTimer);
      return;
    }
    const task = slot.sent.get(reply.id);
    if (!task) return;
    slot.sent.delete(reply.id);
    judgedByWorkers++;
    task.resolve(reply.report);
    pump();
  }

  async function judgeHere(task: Task<File>): Promise<void> {
    try {
      task.resolve(await options.here(task.file));
    } catch (err) {
      task.resolve(reportOf(task.file, { detail: errorDetail(err) }));
    }
  }

  async function send(slot: Slot<File, Job>, task: Task<File>): Promise<void> {
    slot.preparing++;
    let ticket: Ticket<Job>;
    try {
      ticket = await options.ticket(task.file);
    } catch (err) {
      ticket = { report: reportOf(task.file, { detail: errorDetail(err) }) };
    } finally {
      slot.preparing--;
    }
    if ("report" in ticket) {
      task.resolve(ticket.report);
    } else if (!slot.alive || closed) {
      queue.unshift(task); // the worker went while the ticket was made: another one, or this thread
    } else {
      const id = nextId++;
      slot.sent.set(id, task);
      try {
        slot.handle.post({ type: "judge", id, job: ticket.job }, ticket.transfer);
      } catch {
        // This message could not be sent (not the worker's fault; nothing was transferred): judge it here.
        slot.sent.delete(id);
        void judgeHere(task);
      }
    }
    pump();
  }

  function leastBusy(): Slot<File, Job> | null {
    let best: Slot<File, Job> | null = null;
    let bestLoad = perWorker;
    for (const slot of slots) {
      const load = slot.sent.size + slot.preparing;
      if (slot.alive && load < bestLoad) {
        best = slot;
        bestLoad = load;
      }
    }
    return best;
  }

  function pump(): void {
    while (queue.length > 0) {
      if (closed || !slots.some((s) => s.alive)) {
        void judgeHere(queue.shift() as Task<File>);
        continue;
      }
      const slot = leastBusy();
      if (slot === null) return; // every worker is full: the next answer pumps again
      void send(slot, queue.shift() as Task<File>);
    }
  }

  function start(): void {
    for (let i = 0; i < options.size; i++) {
      let slot: Slot<File, Job> | null = null;
      try {
        const events: WorkerEvents = {
          message: (reply) => slot && onReply(slot, reply),
          failure: () => slot && fail(slot),
        };
        const handle = options.spawn(events);
        const spawned: Slot<File, Job> = { handle, started: false, alive: true, sent: new Map(), preparing: 0, startTimer: null };
        slot = spawned;
        const timeoutMs = options.startTimeoutMs === undefined ? DEFAULT_START_TIMEOUT_MS : options.startTimeoutMs;
        if (timeoutMs !== null) {
          spawned.startTimer = timer.set(() => {
            if (!spawned.started) fail(spawned);
          }, timeoutMs);
        }
        handle.post({ type: "plan", plan }, []);
        slots.push(spawned);
      } catch {
        // This host cannot start a worker (no Worker, or refused): the others, or this thread, judge.
        if (slot) drop(slot);
      }
    }
  }

  start();
  const spawned = slots.length;
  return {
    inFlight: spawned > 0 ? spawned * perWorker : Math.max(1, options.hereInFlight ?? 1),
    judge: (file) =>
      new Promise<FileReport>((resolve) => {
        queue.push({ file, resolve });
        try {
          pump();
        } catch (err) {
          resolve(reportOf(file, { detail: errorDetail(err) }));
        }
      }),
    get startedWorkers() {
      return slots.filter((s) => s.started).length;
    },
    get aliveWorkers() {
      return slots.filter((s) => s.alive).length;
    },
    get judgedByWorkers() {
      return judgedByWorkers;
    },
    close() {
      closed = true;
      for (const slot of slots) {
        if (!slot.alive) continue;
        drop(slot);
        queue.unshift(...slot.sent.values());
        slot.sent.clear();
      }
      pump();
    },
  };
}
