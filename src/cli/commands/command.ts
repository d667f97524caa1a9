// What every command is: its options, and a run that returns the exit code.
import type { OptionSpec, RawArgs } from "../args";

export interface Command {
  options: OptionSpec;
  run(args: RawArgs): Promise<number>;
}

/** 3: the result was computed and printed, but an output file could not be written (docs/contract.md §4.3). */
export const EXIT = { ok: 0, problems: 1, usage: 2, writeFailed: 3 } as const;
