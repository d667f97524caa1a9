// Entry of the browser read worker (the task pane's webpack chunk, and the standalone page's Blob
// URL): judges picked files off the page's thread, the pool's side being usecases/judge-pool.ts. It
// bundles only the fast reader and the core: no React, no exceljs, so it loads quickly and the first
// load of the pane does not carry it.
import { bytesJobJudge, type BytesJob } from "../../usecases/bytes-job";
import { serveJudgeRequests, type JudgeReply, type JudgeRequest } from "../../usecases/judge-protocol";

/** The part of a dedicated worker's global scope we use (the project compiles with the DOM lib). */
interface ReadWorkerScope {
  postMessage(reply: JudgeReply): void;
  onmessage: ((event: MessageEvent<JudgeRequest<BytesJob>>) => void) | null;
}

const scope = self as unknown as ReadWorkerScope;
const serve = serveJudgeRequests(bytesJobJudge, (reply) => scope.postMessage(reply));
scope.onmessage = (event) => serve(event.data);
