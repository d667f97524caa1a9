// Reading a picked file's bytes without ever rejecting, and keeping a few judgements in flight in
// input order. Reading a browser File is asynchronous I/O off the main thread (~0.4–0.7 ms of latency
// per read), so keeping a few reads in flight hides that latency behind the parsing. Files still
// come out one at a time and in input order, and at most `inFlight` are alive at once: a pile of 500
// workbooks never sits in memory.
import type { InputFile } from "./input-file";

/** A file's bytes, or why they could not be read: a read never rejects, so nothing goes unhandled. */
export type FileBytes = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export async function readFileBytes(file: InputFile): Promise<FileBytes> {
  try {
    return { ok: true, bytes: await file.bytes() };
  } catch (err) {
    // A browser's read failure is a DOMException, which is not always an Error (Node's is not): its message either way.
    const message = (err as { message?: unknown } | null)?.message;
    return { ok: false, message: typeof message === "string" && message !== "" ? message : String(err) };
  }
}

/** Default number of reads in flight: enough to hide the read latency, few enough to bound memory. */
export const DEFAULT_READ_AHEAD = 8;

/**
 * Yields the results of start(0) … start(count − 1) in index order, with at most `inFlight` of them
 * started and not yet handed out: start(i + inFlight) is called once result i has arrived. However
 * the work finishes (out of order, on other threads), the caller sees input order, and the work
 * alive at once stays bounded. `start` must not reject (a failure is an outcome, as in FileBytes).
 */
export async function* inOrderAhead<T>(count: number, start: (index: number) => Promise<T>, inFlight: number): AsyncGenerator<T> {
  const window = Math.max(1, Math.floor(inFlight));
  const pending: Promise<T>[] = [];
  let next = 0;
  while (next < count && pending.length < window) pending.push(start(next++));
  while (pending.length > 0) {
    const head = await (pending.shift() as Promise<T>);
    if (next < count) pending.push(start(next++));
    yield head;
  }
}
