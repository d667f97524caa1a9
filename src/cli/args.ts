// A tiny hand-written argument parser: `--name value`, `--name=value`, boolean `--flag`, and
// positionals; `--` ends the options. Each command declares which options it takes; anything
// else is a usage error (exit 2). The parsed options are then checked with a zod schema, so
// the shape a command receives is typed and trusted.
import { z } from "zod";

export class UsageError extends Error {
  /** Print the command's usage after the message (not for e.g. a bad plan file). */
  readonly showUsage: boolean;
  constructor(message: string, showUsage = true) {
    super(message);
    this.showUsage = showUsage;
  }
}

export interface OptionSpec {
  /** Options followed by a value (`--period 2024-Y`). */
  values: readonly string[];
  /** Boolean switches (`--json`). */
  switches: readonly string[];
}

export interface RawArgs {
  positionals: string[];
  options: Record<string, string | true>;
}

export function parseArgv(argv: readonly string[], spec: OptionSpec): RawArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-") {
        if (arg === "-h") {
          options.help = true;
          continue;
        }
        throw new UsageError(`Tùy chọn không hợp lệ: ${arg} (tùy chọn viết dạng --ten)`);
      }
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (name === "help") {
      options.help = true;
      continue;
    }
    if (spec.switches.includes(name)) {
      if (eq >= 0) throw new UsageError(`Tùy chọn --${name} không nhận giá trị`);
      options[name] = true;
    } else if (spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith("--"))) {
        throw new UsageError(`Tùy chọn --${name} cần một giá trị`);
      }
      if (options[name] !== undefined) throw new UsageError(`Tùy chọn --${name} được cho hai lần`);
      options[name] = value;
    } else {
      throw new UsageError(`Tùy chọn không được hỗ trợ: --${name}`);
    }
  }
  return { positionals, options };
}

/** Zod problems → one Vietnamese usage error naming the options concerned. */
export function checkOptions<T extends z.ZodType>(schema: T, raw: RawArgs): z.infer<T> {
  const parsed = schema.safeParse({ ...raw.options, positionals: raw.positionals });
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    const where = key === "positionals" ? "" : key ? `--${key}: ` : "";
    return `${where}${issue.message}`;
  });
  throw new UsageError(lines.join("\n"));
}

/** Common zod pieces with Vietnamese messages. */
export const isoDateOption = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải viết dạng YYYY-MM-DD, ví dụ 2024-12-12")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number);
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, "ngày không có thật trên lịch");

export const requiredText = (what: string) =>
  z.string({ error: `thiếu ${what}` }).min(1, `thiếu ${what}`);

export const switchOption = z.literal(true).optional();

/** `--jobs N`: a whole number of worker threads, 1 to 64 (1 = no worker, read in this thread). */
export const jobsOption = z
  .string()
  .regex(/^\d+$/, "số luồng đọc phải là số nguyên dương, ví dụ --jobs 2")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 64, "số luồng đọc phải từ 1 đến 64");
