// A tiny hand-written argument parser: `--name value`, `--name=value`, boolean `--flag`, and
// positionals; `--` ends the options. Each command declares which options it takes; anything
// else is a usage error (exit 2). The parsed options are then checked with a zod schema, so
// the shape a command receives is typed and trusted.
import { z } from "zod";

import { nearestName } from "./input/nearest-name";

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
      const near = nearestName(name, [...spec.values, ...spec.switches, "help"]);
      throw new UsageError(`Tùy chọn không được hỗ trợ: --${name}${near ? `. Có phải ý bạn là --${near}?` : ""}`);
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

/**
 * A date as an officer types it: dd/mm/yyyy (also d/m/yyyy, or with "-" or "." between), the way
 * dates are written in Vietnam, or yyyy-mm-dd. Given as yyyy-mm-dd. One precise message otherwise.
 */
export function parseTypedDate(text: string): { ok: true; iso: string } | { ok: false; message: string } {
  const typed = text.trim();
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typed);
  const parts = vi ? { d: Number(vi[1]), m: Number(vi[2]), y: Number(vi[3]) } : iso ? { d: Number(iso[3]), m: Number(iso[2]), y: Number(iso[1]) } : null;
  if (!parts) return { ok: false, message: `"${text}" không phải một ngày; viết dạng ngày/tháng/năm, ví dụ 12/12/2024 (hoặc 2024-12-12)` };
  const { d, m, y } = parts;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) {
    return { ok: false, message: `ngày ${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y} không có trên lịch` };
  }
  return { ok: true, iso: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
}

export const dateOption = z.string().transform((text, ctx) => {
  const parsed = parseTypedDate(text);
  if (parsed.ok) return parsed.iso;
  ctx.addIssue({ code: "custom", message: parsed.message });
  return z.NEVER;
});

export const requiredText = (what: string) =>
  z.string({ error: `thiếu ${what}` }).min(1, `thiếu ${what}`);

export const switchOption = z.literal(true).optional();

/** `--jobs N`: a whole number of worker threads, 1 to 64 (1 = no worker, read in this thread). */
export const jobsOption = z
  .string()
  .regex(/^\d+$/, "số luồng đọc phải là số nguyên dương, ví dụ --jobs 2")
  .transform(Number)
  .refine((n) => n >= 1 && n <= 64, "số luồng đọc phải từ 1 đến 64");
