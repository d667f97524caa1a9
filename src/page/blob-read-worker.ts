// The standalone page's read workers (docs/contract.md §4.6): the worker's bundle is inlined in the
// page as text (the build puts it in __BDG_READ_WORKER_SOURCE__) and started from a Blob URL, the
// one kind of worker a page opened from file:// may start. Where even that is refused, the pool
// reads in the page (usecases/judge-pool.ts).
import { workerSpawner, type SpawnReadWorker } from "../taskpane/host/worker-spawner";

declare const __BDG_READ_WORKER_SOURCE__: string;

let url: string | null = null;
function workerUrl(): string {
  url ??= URL.createObjectURL(new Blob([__BDG_READ_WORKER_SOURCE__], { type: "text/javascript" }));
  return url;
}

export function blobReadWorker(): SpawnReadWorker | null {
  if (typeof Worker !== "function" || typeof URL.createObjectURL !== "function") return null;
  return workerSpawner(() => new Worker(workerUrl()));
}
