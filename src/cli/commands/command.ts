// What every command is: its options, and a run that returns the exit code.
import type { OptionSpec, RawArgs } from "../args";

export interface Command {
  options: OptionSpec;
  run(args: RawArgs): Promise<number>;
}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
