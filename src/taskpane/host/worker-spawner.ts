// The read-worker seam as a factory: how a Worker is made differs (a webpack chunk beside the task
// pane, a Blob URL inside the standalone page), the wiring of its messages to the pool does not.
import type { SpawnWorker } from "../../usecases/worker-pool-judge";

export function workerSpawner(createWorker: () => Worker): SpawnWorker {
  return (events) => {
    const worker = createWorker();
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
}
