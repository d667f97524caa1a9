// A `bdg` child process that stops at each step of its outputs (src/cli/io/write/fault-steps.ts)
// until told to go on, so a test can kill it at an exact point of a write, or hold its lock while
// a second run starts: no timings, no sleeps.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { join } from "node:path";
import { REPO } from "./run-bdg";

export interface SteppedExit {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export class SteppedBdg {
  private readonly child: ChildProcessWithoutNullStreams;
  private stderrText = "";
  private stdoutText = "";
  private readonly steps: string[] = [];
  private readonly waiters: { match: (steps: string[]) => boolean; resolve: () => void; reject: (e: Error) => void }[] = [];
  private ended: SteppedExit | null = null;
  readonly exit: Promise<SteppedExit>;

  constructor(args: readonly string[], cwd: string) {
    this.child = spawn(process.execPath, [join(REPO, "bin", "bdg.cjs"), ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", BDG_TEST_STEPS: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    this.child.stdout.setEncoding("utf8").on("data", (t: string) => (this.stdoutText += t));
    let pending = "";
    this.child.stderr.setEncoding("utf8").on("data", (t: string) => {
      this.stderrText += t;
      pending += t;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const m = /^bdg-test-step: (.*)$/.exec(line);
        if (m) this.steps.push(m[1]);
      }
      this.check();
    });
    this.child.stdin.on("error", () => undefined); // the child may be gone when told to go on
    this.exit = new Promise((resolve) => {
      this.child.on("close", (status, signal) => {
        this.ended = { status, signal, stdout: this.stdoutText, stderr: this.stderrText };
        this.check();
        resolve(this.ended);
      });
    });
  }

  get pid(): number {
    return this.child.pid as number;
  }

  /** Steps announced so far ("locked", "opened tong-hop.xlsx", "wrote tong-hop.xlsx", …). */
  get announced(): readonly string[] {
    return this.steps;
  }

  private check(): void {
    for (const w of [...this.waiters]) {
      if (w.match(this.steps)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      } else if (this.ended) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.reject(new Error(`bdg ended (${this.ended.status ?? this.ended.signal}) before the step; steps: ${this.steps.join(", ")}\n${this.stderrText}`));
      }
    }
  }

  /** Resolves once `count` steps have been announced (the child then waits at the last one). */
  untilSteps(count: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ match: (s) => s.length >= count, resolve, reject });
      this.check();
    });
  }

  /** Lets the child through its first n − 1 steps; resolves when it waits at step n. */
  async advanceTo(n: number): Promise<void> {
    for (let i = 1; i <= n; i++) {
      await this.untilSteps(i);
      if (i < n) this.proceed();
    }
  }

  /** Lets the child past the step it waits at. */
  proceed(): void {
    this.child.stdin.write("\n");
  }

  /** Lets every later step through. */
  runFreely(): void {
    this.child.stdin.end();
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}

/** Runs `args` through to the end with every step allowed, and returns the steps in order. */
export async function stepsOf(args: readonly string[], cwd: string): Promise<{ steps: readonly string[]; exit: SteppedExit }> {
  const run = new SteppedBdg(args, cwd);
  run.runFreely();
  const exit = await run.exit;
  return { steps: run.announced, exit };
}

/** A plain `bdg` run in a child process, without blocking this test's event loop. */
export function bdgAsync(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<SteppedExit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO, "bin", "bdg.cjs"), ...args], { cwd, env: { ...process.env, NO_COLOR: "1", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t));
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    child.stdin.end();
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}
