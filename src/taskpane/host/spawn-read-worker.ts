// Starts a read worker (read-worker.ts). Only the entry (index.tsx) imports this file: it is the one
// place that needs import.meta, which webpack understands (it emits the worker as its own chunk)
// but the project's CommonJS typecheck and jest do not.
import type { SpawnWorker } from "../../usecases/worker-pool-judge";

export const spawnReadWorker: SpawnWorker = (events) => {
  const worker = new Worker(
    /* webpackChunkName: "read-worker" */
    // @ts-expect-error TS1470: webpack compiles the task pane as ES modules, where import.meta.url is how it finds the worker's entry.
    new URL("./read-worker.ts", import.meta.url),
  );
  worker.onmessage = (event: MessageEvent) => events.message(event.data);
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault(); // handled: the pool judges the files elsewhere, nothing to report as uncaught
    events.failure(event.message || "không tải được luồng đọc tệp");
  };
  worker.onmessageerror = () => events.failure("không giải mã được kết quả từ luồng đọc tệp");
  return {
    post: (request, transfer) => worker.postMessage(request, transfer),
    terminate: () => worker.terminate(),
  };
};
