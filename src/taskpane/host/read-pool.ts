// Where the task pane reads picked files for "Tổng hợp": on a pool of Web Workers when the host
// can start them (the page's thread then only reads bytes in batches, hands them over and collects
// verdicts, and stays free for the UI), else in the page (usecases' in-process judge).
//
// The pool outlives one consolidation: a clerk often runs "Tổng hợp" again (another as-of day,
// a late file added), and warm workers skip their start-up and JIT warm-up. It is stopped after
// POOL_IDLE_MS without use (memory goes back) and replaced when the plan changes.
import type { Plan } from "../../core/plan";
import { inProcessJudge, workerPoolJudge, type FileJudge, type WorkerPoolJudge } from "../../usecases/file-judge";
import type { SpawnReadWorker } from "./worker-spawner";

export const POOL_IDLE_MS = 120_000;

/** Workers in the pool: one per core, at least 2 (a dual-core machine), at most 4 (memory). */
export function poolSize(hardwareConcurrency: number | undefined): number {
  const cores = hardwareConcurrency !== undefined && Number.isFinite(hardwareConcurrency) && hardwareConcurrency > 0 ? Math.floor(hardwareConcurrency) : 2;
  return Math.min(4, Math.max(2, cores));
}

export interface FileReading {
  judge: FileJudge;
  /** Call when the consolidation is over: records on the page which readers were used (the browser tests read it). */
  finish(): void;
}

/** The reading of each consolidation; `spawn` is null when this page cannot start workers at all. */
export function fileReadings(spawn: SpawnReadWorker | null, idleMs: number = POOL_IDLE_MS): (plan: Plan) => FileReading {
  let canSpawn = spawn !== null;
  let kept: { plan: Plan; pool: WorkerPoolJudge } | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  function stop(): void {
    kept?.pool.close();
    kept = null;
  }

  return (plan) => {
    clearTimeout(idleTimer);
    // A host that refused every worker (a strict Content-Security-Policy) is not asked again.
    if (kept && kept.pool.aliveWorkers === 0 && kept.pool.startedWorkers === 0) canSpawn = false;
    if (!canSpawn || spawn === null) {
      stop();
      return { judge: inProcessJudge(plan), finish: () => markReaders(0, 0) };
    }
    if (!kept || kept.plan !== plan || kept.pool.aliveWorkers === 0) {
      stop();
      const pool = workerPoolJudge({ plan, spawn, size: poolSize(globalThis.navigator?.hardwareConcurrency) });
      kept = { plan, pool };
    }
    const pool = kept.pool;
    const judgedBefore = pool.judgedByWorkers;
    return {
      judge: pool,
      finish() {
        markReaders(pool.aliveWorkers, pool.judgedByWorkers - judgedBefore);
        idleTimer = setTimeout(stop, idleMs);
      },
    };
  };
}

/** data-bdg-read-workers / data-bdg-read-in-workers on <html>: how the last consolidation read its files. */
function markReaders(workers: number, filesInWorkers: number): void {
  const root = globalThis.document?.documentElement;
  if (!root) return;
  root.dataset.bdgReadWorkers = String(workers);
  root.dataset.bdgReadInWorkers = String(filesInWorkers);
}
