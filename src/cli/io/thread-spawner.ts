// Starting a CLI read worker (worker_threads) for the judging pool (src/usecases/judge-pool.ts); the
// browser's counterpart is src/taskpane/host/worker-spawner.ts. The worker and this thread talk over
// a MessageChannel of their own rather than the worker's built-in port: when the worker dies, this
// thread still takes every reply it posted before dying (receiveMessageOnPort), so exactly the file
// it was reading is the one the pool reports as lost.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { JudgeReply } from "../../usecases/judge-protocol";
import type { SpawnWorker } from "../../usecases/judge-pool";

/** `workerData` of every CLI read worker. */
export interface ReadWorkerData {
  /** Requests come in and replies go out here (usecases/judge-protocol.ts). */
  port: MessagePort;
}

export function threadSpawner<Job>(workerScript: string): SpawnWorker<Job> {
  return (events) => {
    const channel = new MessageChannel();
    const data: ReadWorkerData = { port: channel.port2 };
    const worker = new Worker(workerScript, { workerData: data, transferList: [channel.port2] });
    const port = channel.port1;
    let ended = false;
    port.on("message", (reply: JudgeReply) => {
      if (!ended) events.message(reply);
    });
    // A reply that cannot be decoded is a worker gone wrong: end it, its exit reports the failure.
    const lost = () => void worker.terminate();
    port.on("messageerror", lost);
    worker.on("messageerror", lost);
    worker.on("error", () => undefined); // its "exit" follows
    worker.on("exit", () => {
      if (ended) return;
      ended = true;
      // Replies posted just before the end may still wait in the channel: they are good.
      for (let left = receiveMessageOnPort(port); left !== undefined; left = receiveMessageOnPort(port)) events.message(left.message as JudgeReply);
      port.close();
      events.failure();
    });
    return {
      post: (request, transfer) => port.postMessage(request, transfer),
      terminate() {
        if (ended) return;
        ended = true;
        port.close();
        void worker.terminate();
      },
    };
  };
}
