// Starting a browser read worker for the judging pool (usecases/judge-pool.ts): how the Worker is
// made differs (a webpack chunk beside the task pane, a Blob URL inside the standalone page), the
// wiring of its messages to the pool does not. Node's worker threads: src/cli/io/thread-spawner.ts.
import type { BytesJob } from "../../usecases/bytes-job";
import type { SpawnWorker } from "../../usecases/judge-pool";

export type SpawnReadWorker = SpawnWorker<BytesJob>;

export function workerSpawner(createWorker: () => Worker): SpawnReadWorker {
  return (events) => {
    const worker = createWorker();
    worker.onmessage = (event: MessageEvent) => events.message(event.data);
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault(); // handled: the pool judges the files elsewhere, nothing to report as uncaught
      events.failure();
    };
    worker.onmessageerror = () => events.failure();
    return {
      post: (request, transfer) => worker.postMessage(request, transfer),
      terminate: () => worker.terminate(),
    };
  };
}
