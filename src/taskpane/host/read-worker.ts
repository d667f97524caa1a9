// Entry of the read worker: judges picked files off the page's thread (the page's side is
// usecases/worker-pool-judge.ts). It bundles only the fast reader and the core: no React, no
// exceljs, so it loads quickly and the first load of the pane does not carry it.
import { serveReadRequests, type ReadWorkerReply, type ReadWorkerRequest } from "../../usecases/read-worker-protocol";

/** The part of a dedicated worker's global scope we use (the project compiles with the DOM lib). */
interface ReadWorkerScope {
  postMessage(reply: ReadWorkerReply): void;
  onmessage: ((event: MessageEvent<ReadWorkerRequest>) => void) | null;
}

const scope = self as unknown as ReadWorkerScope;
const serve = serveReadRequests((reply) => scope.postMessage(reply));
scope.onmessage = (event) => serve(event.data);
