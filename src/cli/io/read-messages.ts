// What the main thread and a read worker (read-worker.ts) say to each other. Only plain data
// crosses (structured clone): the plan once at start-up, then a file in and its FileReport out.
// They talk over a MessageChannel of their own rather than the worker's built-in port: if the
// worker dies, the main thread can still take every reply it posted before dying
// (receiveMessageOnPort), so exactly the file it was reading is the one reported as lost.
import type { MessagePort } from "node:worker_threads";
import type { Plan } from "../../core/plan";
import type { FileReport } from "../../core/read";
import type { FoundFile } from "./find-xlsx";

/** `workerData` of every read worker: the plan the files are judged against. */
export interface ReadWorkerData {
  plan: Plan;
  /** Requests come in and replies go out here, one reply per request, in request order. */
  port: MessagePort;
  /** Hash each file's bytes for the receipt register. */
  hash: boolean;
}

/** Main → worker: read this file. `index` is its place in the input order. */
export interface ReadRequest {
  index: number;
  file: FoundFile;
}

/** Worker → main: the file's report, for the request of the same `index`. */
export interface ReadReply {
  index: number;
  report: FileReport;
}
