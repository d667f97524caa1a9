// Writing our own outputs. stdout carries the result (one JSON document with --json), stderr
// every message: a script can pipe stdout into a JSON parser whatever happens.
// A closed stdout (`bdg consolidate --json | head`) ends the run quietly (docs/contract.md §4.3):
// the reader has gone, so the rest of the result is dropped, without a stack trace; the run
// still finishes its files and keeps its exit code. The same for a closed stderr.
const closed = new Set<NodeJS.WriteStream>();

function isClosedPipe(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "EPIPE" || code === "ERR_STREAM_DESTROYED" || code === "ECONNRESET";
}

/** Once, at start-up: a stream whose reader went away is marked closed instead of crashing the run. */
export function endQuietlyOnClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: unknown) => {
      if (!isClosedPipe(e)) throw e;
      closed.add(stream);
    });
  }
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (closed.has(stream) || stream.destroyed) return;
  try {
    stream.write(text);
  } catch (e) {
    if (!isClosedPipe(e)) throw e;
    closed.add(stream);
  }
}

/** Raw text on stdout (a JSON document in chunks, a plan). */
export function writeOut(text: string): void {
  write(process.stdout, text);
}

export function printOut(text: string): void {
  write(process.stdout, text.endsWith("\n") ? text : `${text}\n`);
}

export function printErr(text: string): void {
  write(process.stderr, text.endsWith("\n") ? text : `${text}\n`);
}

export function printJson(doc: unknown): void {
  write(process.stdout, `${JSON.stringify(doc, null, 2)}\n`);
}
