// Judging files on a pool of workers (Web Workers in the task pane) so the page's own thread only
// hands out files and collects verdicts. Host-agnostic: the host says how to start a worker
// (SpawnWorker); tests start fake ones.
//
// Each worker is sent the plan once, then files; it answers in the order it was sent them. A file
// goes to the worker with the fewest files outstanding. Failures never lose a file:
//  - a worker that cannot start (no Worker, refused by a strict host, script failed to load, or
//    silent for startTimeoutMs) is dropped and its files are judged elsewhere; with no worker left,
//    files are judged in-process (`fallback`);
//  - a worker that dies after it started takes down only the file it was judging (the oldest
//    unanswered one): that file is unreadable, with a Vietnamese reason; its other files are judged
//    elsewhere.
import type { Plan } from "../core/plan";
import { unreadableReport, type FileReport } from "../core/read";
import { fileTimeOf, safeReportOfBytes, type FileJudge } from "./file-judge";
import type { InputFile } from "./input-file";
import { readFileBytes } from "./read-ahead";
import type { ReadWorkerReply, ReadWorkerRequest } from "./read-worker-protocol";

/** How the pool hears from a worker. */
export interface WorkerEvents {
  message(reply: ReadWorkerReply): void;
  /** The worker failed (script error, could not load, message could not be decoded). */
  failure(reason: string): void;
}

export interface WorkerHandle {
  post(request: ReadWorkerRequest, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

/** Starts one worker (may throw: no Worker in this host, or refused). */
export type SpawnWorker = (events: WorkerEvents) => WorkerHandle;

export interface Timer {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface WorkerPoolOptions {
  plan: Plan;
  spawn: SpawnWorker;
  /** Workers to start. */
  size: number;
  /** Judges files when no worker can (none started, or all died). */
  fallback: FileJudge;
  /** Files sent to one worker ahead of its answers (hides the message round trip). Default 4. */
  perWorker?: number;
  /** A worker that has not said "ready" after this long is taken as failed to start. Default 10 s. */
  startTimeoutMs?: number;
  timer?: Timer;
}

export interface WorkerPoolJudge extends FileJudge {
  /** Workers that started (answered the plan). */
  readonly startedWorkers: number;
  /** Workers not (yet) failed: 0 means every further file is judged in-process. */
  readonly aliveWorkers: number;
  /** Files whose verdict came from a worker. */
  readonly judgedByWorkers: number;
  /** Stops every worker. */
  close(): void;
}

export const DEFAULT_PER_WORKER = 4;
export const DEFAULT_START_TIMEOUT_MS = 10_000;

const globalTimer: Timer = {
  set: (callback, ms) => globalThis.setTimeout(callback, ms),
  clear: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Task {
  file: InputFile;
  index: number;
  resolve(report: FileReport): void;
}

interface Slot {
  handle: WorkerHandle;
  started: boolean;
  alive: boolean;
  /** Files sent and not answered, oldest first (Map keeps insertion order). */
  tasks: Map<number, Task>;
  startTimer: unknown;
}

/**
 * Bytes that can be transferred: the whole buffer when the view spans it (the caller handed it
 * over), else a copy of the view (a view into a batch read: transferring that buffer would take
 * the other files' bytes with it).
 */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? (bytes.buffer as ArrayBuffer) : (bytes.slice().buffer as ArrayBuffer);
}

export function workerPoolJudge(options: WorkerPoolOptions): WorkerPoolJudge {
  const { plan, fallback } = options;
  const timer = options.timer ?? globalTimer;
  const perWorker = Math.max(1, Math.floor(options.perWorker ?? DEFAULT_PER_WORKER));
  const slots: Slot[] = [];
  let nextId = 1;
  let judgedByWorkers = 0;
  let closed = false;

  function drop(slot: Slot): void {
    slot.alive = false;
    timer.clear(slot.startTimer);
    try {
      slot.handle.terminate();
    } catch {
      // already gone
    }
  }

  function fail(slot: Slot, reason: string): void {
    if (!slot.alive) return;
    drop(slot);
    const tasks = [...slot.tasks.values()];
    slot.tasks.clear();
    if (slot.started && tasks.length > 0) {
      // It died while judging its oldest file: that file is the likely cause, do not retry it.
      const culprit = tasks.shift() as Task;
      culprit.resolve(
        unreadableReport(
          culprit.file.name,
          fileTimeOf(culprit.file.lastModified),
          `Luồng đọc tệp dừng đột ngột khi đọc tệp này (${reason}). Hãy mở tệp bằng Excel, lưu lại rồi thử lại.`,
        ),
      );
    }
    for (const task of tasks) void dispatch(task);
  }

  function onReply(slot: Slot, reply: ReadWorkerReply): void {
    if (!slot.alive) return;
    if (reply.type === "ready") {
      slot.started = true;
      timer.clear(slot.startTimer);
      return;
    }
    const task = slot.tasks.get(reply.id);
    if (!task) return;
    slot.tasks.delete(reply.id);
    judgedByWorkers++;
    task.resolve(reply.report);
  }

  function start(): void {
    for (let i = 0; i < options.size; i++) {
      let slot: Slot | null = null;
      try {
        const events: WorkerEvents = {
          message: (reply) => slot && onReply(slot, reply),
          failure: (reason) => slot && fail(slot, reason),
        };
        const handle = options.spawn(events);
        slot = { handle, started: false, alive: true, tasks: new Map(), startTimer: null };
        const spawned = slot;
        spawned.startTimer = timer.set(() => {
          if (!spawned.started) fail(spawned, "không khởi động được");
        }, options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
        handle.post({ type: "plan", plan }, []);
        slots.push(slot);
      } catch {
        // This host cannot start a worker (no Worker, or refused): the others, or the fallback, judge.
        if (slot) drop(slot);
      }
    }
  }

  function leastBusy(): Slot | null {
    let best: Slot | null = null;
    for (const slot of slots) if (slot.alive && (best === null || slot.tasks.size < best.tasks.size)) best = slot;
    return best;
  }

  async function dispatch(task: Task): Promise<void> {
    if (closed || leastBusy() === null) {
      task.resolve(await fallback.judge(task.file, task.index));
      return;
    }
    // The bytes are read here (the InputFile may read many files at once) and handed over.
    const read = await readFileBytes(task.file);
    if (!read.ok) {
      task.resolve(safeReportOfBytes(plan, task.file, read));
      return;
    }
    const bytes = ownBuffer(read.bytes);
    const slot = leastBusy(); // again: a worker may have failed while the bytes were read
    if (slot === null) {
      task.resolve(safeReportOfBytes(plan, task.file, read));
      return;
    }
    const id = nextId++;
    slot.tasks.set(id, task);
    const request: ReadWorkerRequest = { type: "judge", id, name: task.file.name, lastModified: task.file.lastModified, bytes };
    try {
      slot.handle.post(request, [bytes]);
    } catch {
      // This message could not be sent (not the worker's fault; nothing was transferred): judge the file here.
      slot.tasks.delete(id);
      task.resolve(safeReportOfBytes(plan, task.file, read));
    }
  }

  /** Never leaves a verdict pending, whatever goes wrong on the way. */
  function judge(file: InputFile, index: number): Promise<FileReport> {
    return new Promise<FileReport>((resolve) => {
      dispatch({ file, index, resolve }).catch((err: unknown) =>
        resolve(
          unreadableReport(file.name, fileTimeOf(file.lastModified), `Lỗi ngoài dự kiến khi đọc tệp (${err instanceof Error ? err.message : String(err)}).`),
        ),
      );
    });
  }

  start();
  const spawned = slots.length;
  return {
    inFlight: spawned > 0 ? spawned * perWorker : fallback.inFlight,
    judge,
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
      // Files still out (only if the caller stops early) are judged here rather than left pending.
      for (const slot of slots) {
        if (!slot.alive) continue;
        drop(slot);
        const tasks = [...slot.tasks.values()];
        slot.tasks.clear();
        for (const task of tasks) void dispatch(task);
      }
    },
  };
}
