// Entry of a read worker thread (bundled on its own as dist-cli/read-worker.cjs). It runs the
// very same path → FileReport code as the main thread (inspect-input.ts), so a run gives the
// same reports whatever the number of workers. The bytes and the grid live only here, one file
// at a time; only the small report crosses back. Requests are answered in the order they came.
import { workerData } from "node:worker_threads";
import { inspectInput } from "./inspect-input";
import type { ReadReply, ReadRequest, ReadWorkerData } from "./read-messages";

const { plan, port, hash } = (workerData ?? {}) as Partial<ReadWorkerData>;
if (plan === undefined || port === undefined) throw new Error("read-worker.cjs chỉ chạy như một luồng đọc của bdg");

port.on("message", (request: ReadRequest) => {
  const reply: ReadReply = { index: request.index, report: inspectInput(plan, request.file, hash === true) };
  port.postMessage(reply);
});
