// Reading many files on a few worker threads (read-worker.ts), keeping the input order.
// Each worker holds at most IN_FLIGHT_PER_WORKER requests (one being read, one waiting so it
// never idles on a round trip): at most 2 × workers files are in flight at any time, and the
// bytes of a file exist only inside the worker reading it, so memory does not grow with N.
// Reports are handed on strictly in input order, whatever order the workers finish in, so the
// output is the same as reading in this thread one file after another.
//
// A worker that dies (it should not: the reader never throws) costs one file, the one it was
// reading, which becomes `unreadable` with a Vietnamese reason: the replies it posted before
// dying are still taken, and it reads its requests in order, so that file is the oldest one
// left unanswered. The file queued behind it goes to the other workers, and when no worker is
// left the rest is read in this thread.
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { Plan } from "../../core/plan";
import { unreadableReport, type FileReport } from "../../core/read";
import type { FoundFile } from "./find-xlsx";
import { inspectInput } from "./inspect-input";
import type { ReadReply, ReadRequest, ReadWorkerData } from "./read-messages";

const IN_FLIGHT_PER_WORKER = 2;

export type Inspect = (plan: Plan, file: FoundFile) => FileReport;

export interface InspectAllRequest {
  plan: Plan;
  files: readonly FoundFile[];
  /** Worker threads to start; 0 reads every file in this thread. */
  workers: number;
  /** The bundled worker entry (dist-cli/read-worker.cjs). */
  workerScript: string;
  /** Called once per file, in input order, as soon as its report and all before it are in. */
  onReport?: (file: FoundFile, report: FileReport) => void;
  /** The in-this-thread reader (the same code the worker runs); replaceable in tests. */
  inspect?: Inspect;
  /** Also hash each file's bytes (SHA-256) for the receipt register. */
  hash?: boolean;
}

interface Slot {
  worker: Worker;
  /** Our end of the worker's channel (read-messages.ts). */
  port: MessagePort;
  /** Input indices posted to this worker and not answered yet, oldest first. */
  inFlight: number[];
  /** Set when we end the worker ourselves: its exit is then not a crash. */
  stopped: boolean;
  failure: string | null;
}

export function crashReason(detail: string): string {
  return `Lỗi không mong đợi khi đọc tệp: luồng đọc tệp dừng đột ngột (${detail})`;
}

/** The reports of `files`, in their order. Never rejects because of a file. */
export function inspectAll(request: InspectAllRequest): Promise<FileReport[]> {
  const { plan, files } = request;
  const hash = request.hash === true;
  const inspect = request.inspect ?? ((p: Plan, f: FoundFile) => inspectInput(p, f, hash));
  const onReport = request.onReport ?? (() => undefined);
  const workerCount = Math.min(request.workers, files.length);
  if (workerCount <= 0) {
    return Promise.resolve(
      files.map((file) => {
        const report = inspect(plan, file);
        onReport(file, report);
        return report;
      }),
    );
  }

  return new Promise<FileReport[]>((resolve, reject) => {
    const reports: (FileReport | undefined)[] = new Array(files.length);
    const retry: number[] = [];
    let nextNew = 0;
    let handedOn = 0;
    let finished = false;
    const live = new Set<Slot>();

    const takeNext = (): number | undefined => (retry.length > 0 ? retry.shift() : nextNew < files.length ? nextNew++ : undefined);

    const stopAll = () => {
      for (const slot of live) {
        slot.stopped = true;
        slot.port.close();
        void slot.worker.terminate();
      }
      live.clear();
    };

    const fail = (e: unknown) => {
      if (finished) return;
      finished = true;
      stopAll();
      reject(e);
    };

    const settle = (index: number, report: FileReport) => {
      reports[index] = report;
      while (handedOn < files.length && reports[handedOn] !== undefined) {
        onReport(files[handedOn], reports[handedOn] as FileReport);
        handedOn++;
      }
      if (handedOn === files.length && !finished) {
        finished = true;
        stopAll();
        resolve(reports as FileReport[]);
      }
    };

    const feed = (slot: Slot) => {
      while (!finished && slot.inFlight.length < IN_FLIGHT_PER_WORKER) {
        const index = takeNext();
        if (index === undefined) return;
        slot.inFlight.push(index);
        const message: ReadRequest = { index, file: files[index] };
        slot.port.postMessage(message);
      }
    };

    const readRestHere = () => {
      for (let index = takeNext(); index !== undefined && !finished; index = takeNext()) {
        settle(index, inspect(plan, files[index]));
      }
    };

    const received = (slot: Slot, reply: ReadReply) => {
      const at = slot.inFlight.indexOf(reply.index);
      if (at < 0) return;
      slot.inFlight.splice(at, 1);
      settle(reply.index, reply.report);
    };

    const crashed = (slot: Slot, detail: string) => {
      if (slot.stopped || finished) return;
      slot.stopped = true;
      live.delete(slot);
      // Replies posted just before the end may still wait in the channel: they are good.
      for (let left = receiveMessageOnPort(slot.port); left !== undefined; left = receiveMessageOnPort(slot.port)) {
        received(slot, left.message as ReadReply);
      }
      slot.port.close();
      if (finished) return;
      const [culprit, ...others] = slot.inFlight;
      slot.inFlight = [];
      retry.unshift(...others);
      if (culprit !== undefined) settle(culprit, unreadableReport(files[culprit].display, null, crashReason(detail)));
      if (live.size === 0) readRestHere();
      else for (const other of live) feed(other);
    };

    const guarded =
      <A extends unknown[]>(handler: (...args: A) => void) =>
      (...args: A) => {
        try {
          handler(...args);
        } catch (e) {
          fail(e);
        }
      };

    for (let i = 0; i < workerCount; i++) {
      const channel = new MessageChannel();
      const data: ReadWorkerData = { plan, port: channel.port2, hash };
      const worker = new Worker(request.workerScript, { workerData: data, transferList: [channel.port2] });
      const slot: Slot = { worker, port: channel.port1, inFlight: [], stopped: false, failure: null };
      live.add(slot);
      slot.port.on(
        "message",
        guarded((reply: ReadReply) => {
          if (slot.stopped) return;
          received(slot, reply);
          feed(slot);
        }),
      );
      const lost = guarded(() => {
        slot.failure ??= "kết quả đọc không chuyển về được";
        void worker.terminate();
      });
      slot.port.on("messageerror", lost);
      worker.on("messageerror", lost);
      worker.on("error", (e: Error) => {
        slot.failure = e.message;
      });
      worker.on(
        "exit",
        guarded((code: number) => crashed(slot, slot.failure ?? `mã thoát ${code}`)),
      );
    }
    try {
      for (const slot of live) feed(slot);
    } catch (e) {
      fail(e);
    }
  });
}
