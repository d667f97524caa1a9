// Fault injection for the tests of docs/contract.md §4.3 (test/cli/outputs-faults.test.ts).
// With BDG_TEST_STEPS=1 in its environment, bdg announces each step of its outputs on stderr
// ("bdg-test-step: renamed tong-hop.xlsx") and waits for one line on stdin before going on, so
// that a test can SIGKILL or SIGTERM it at exactly that step, or start a second run while this
// one holds its locks, without guessing at timings. Without the variable a step costs nothing.
// End of stdin lets every later step through.
import { basename } from "node:path";

const ENABLED = process.env.BDG_TEST_STEPS === "1";
let credits = 0;
let ended = false;
let waiting: (() => void) | null = null;
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  process.stdin.on("data", (chunk: Buffer) => {
    for (const byte of chunk) if (byte === 0x0a) credits++;
    wakeUp();
  });
  process.stdin.on("end", () => {
    ended = true;
    wakeUp();
  });
}

function wakeUp(): void {
  if (waiting === null || (credits === 0 && !ended)) return;
  if (!ended) credits--;
  const resume = waiting;
  waiting = null;
  resume();
}

/** `step` is the point reached, `path` the output concerned. */
export async function faultStep(step: string, path = ""): Promise<void> {
  if (!ENABLED) return;
  listen();
  process.stderr.write(`bdg-test-step: ${step}${path ? ` ${basename(path)}` : ""}\n`);
  if (ended) return;
  if (credits > 0) {
    credits--;
    return;
  }
  // A pipe on stdin keeps the process alive only while it waits here.
  const stdin = process.stdin as { ref?: () => void; unref?: () => void };
  stdin.ref?.();
  await new Promise<void>((resolve) => {
    waiting = resolve;
  });
  stdin.unref?.();
}
