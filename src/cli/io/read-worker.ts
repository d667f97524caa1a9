// Entry of a CLI read worker thread (bundled on its own as dist-cli/read-worker.cjs), started by
// thread-spawner.ts. It serves the pool's protocol (usecases/judge-protocol.ts) with the very same
// path → FileReport code as the main thread (inspect-input.ts), so a run gives the same reports
// whatever the number of workers. The bytes and the grid live only here, one file at a time; only
// the small report crosses back. Requests are answered in the order they came.
import { workerData } from "node:worker_threads";
import { serveJudgeRequests } from "../../usecases/judge-protocol";
import { pathJobJudge } from "./inspect-input";
import type { ReadWorkerData } from "./thread-spawner";

const { port } = (workerData ?? {}) as Partial<ReadWorkerData>;
if (port === undefined) throw new Error("read-worker.cjs chỉ chạy như một luồng đọc của bdg");

port.on("message", serveJudgeRequests(pathJobJudge, (reply) => port.postMessage(reply)));
