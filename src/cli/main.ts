// `bdg`: dispatch to a command and turn its outcome into an exit code.
//   0 = done; 1 = validate found errors; 2 = usage error (bad option, bad plan file, a file that
//   could not be read at all by validate, an output refused before reading); 3 = results printed
//   but an output file not written. An unexpected exception is a bug: exit 2 with its text.
// The exit code is set, not forced with process.exit, so a large JSON document on a pipe is
// fully flushed before the process ends.
import { parseArgv, UsageError } from "./args";
import type { Command } from "./commands/command";
import { EXIT } from "./commands/command";
import { consolidateCommand } from "./commands/consolidate";
import { demoCommand } from "./commands/demo";
import { planCommand } from "./commands/plan";
import { templateCommand } from "./commands/template";
import { validateCommand } from "./commands/validate";
import { nearestName } from "./input/nearest-name";
import { endQuietlyOnClosedOutput, printErr, printOut } from "./output/write-out";
import { commandHelp, generalHelp, isCommandName, type CommandName } from "./usage";
import { BDG_VERSION } from "./version";

const COMMANDS: Record<CommandName, Command> = {
  plan: planCommand,
  template: templateCommand,
  validate: validateCommand,
  consolidate: consolidateCommand,
  demo: demoCommand,
};

export async function main(argv: readonly string[]): Promise<number> {
  endQuietlyOnClosedOutput();
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h" || first === "help") {
    if (first === "help" && rest[0] && isCommandName(rest[0])) printOut(commandHelp(rest[0]));
    else if (first === undefined) printErr(generalHelp());
    else printOut(generalHelp());
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    printOut(BDG_VERSION);
    return EXIT.ok;
  }
  if (!isCommandName(first)) {
    const near = nearestName(first, Object.keys(COMMANDS));
    printErr(`bdg: lệnh không hợp lệ: "${first}"${near ? `. Có phải ý bạn là "bdg ${near}"?` : ""}\n`);
    printErr(generalHelp());
    return EXIT.usage;
  }
  const command = COMMANDS[first];
  try {
    const args = parseArgv(rest, command.options);
    if (args.options.help) {
      printOut(commandHelp(first));
      return EXIT.ok;
    }
    return await command.run(args);
  } catch (e) {
    if (e instanceof UsageError) {
      printErr(`bdg ${first}: ${e.message}`);
      if (e.showUsage) printErr(`\n${commandHelp(first)}`);
      return EXIT.usage;
    }
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    printErr(`bdg ${first}: lỗi không mong đợi (xin báo cho người phát triển):\n${detail}`);
    return EXIT.usage;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    printErr(String(e));
    process.exitCode = EXIT.usage;
  },
);
