// The checks made on every output before any input is read (docs/contract.md §4.3). Refused,
// unless --force: an extension that does not fit the kind; an existing file bdg did not write.
// Refused even with --force: the --plan file and an input, unless it is bdg's own file of this
// kind (the previous summary kept in the inbox folder is found among the inputs, skipped by the
// consolidation as `own_output` (§4.1), and may be replaced) — bdg never writes over what it
// reads (docs/contract.md §2: "nothing is ever written to an input file"); a folder in the way,
// two outputs on one file, and for `bdg demo` any file it did not make.
import { readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { MAX_INPUT_BYTES } from "../read-input";
import { isOneOf } from "../same-file";
import { OUTPUT_KINDS, type OutputKind } from "./output-kinds";

export interface OutputRequest {
  /** As the user gave it (messages show it so). */
  path: string;
  kind: OutputKind;
}

export interface OutputGuard {
  /** Absolute paths of the input files found (not read yet). */
  inputs?: readonly string[];
  /** The --plan file, if one was given. */
  planFile?: string;
  /** The earlier summary (--previous), if one was given: bdg's own summary, yet never replaced. */
  previousFile?: string;
  force: boolean;
}

export interface CheckedOutput {
  request: OutputRequest;
  /** Where the bytes go: an existing symbolic link is followed, so the link keeps working. */
  target: string;
  /** A file was there at check time (it may be replaced; else it must not appear meanwhile). */
  existed: boolean;
}

export interface Refusal {
  text: string;
  /** --force would let this one through. */
  forceable: boolean;
}

function realTarget(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    try {
      return join(realpathSync(dirname(absolute)), basename(absolute));
    } catch {
      return absolute;
    }
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** The existing file's bytes for its kind's recogniser; null when too big or unreadable (not ours, then). */
function bytesOf(path: string, size: number): Uint8Array | null {
  if (size > MAX_INPUT_BYTES) return null;
  try {
    const buffer = readFileSync(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch {
    return null;
  }
}

function extensionRefusal(request: OutputRequest): Refusal | null {
  const spec = OUTPUT_KINDS[request.kind];
  const ext = extname(request.path).toLowerCase();
  if (spec.extensions.includes(ext)) return null;
  const suggestion = `${request.path.slice(0, request.path.length - extname(request.path).length)}${spec.extensions[0]}`;
  const found = ext === "" ? "không có đuôi" : `đuôi là ${ext}`;
  return {
    text: `${request.path}: ${spec.label} phải là tệp ${spec.extensions.join(" hoặc ")} (tệp này ${found}). Ví dụ: ${suggestion}`,
    forceable: true,
  };
}

/** Every reason against this place: --force may lift some but not the others. */
function placeRefusals(request: OutputRequest, target: string, stats: Stats | null, guard: OutputGuard): Refusal[] {
  const spec = OUTPUT_KINDS[request.kind];
  const shown = request.path;
  if (stats?.isDirectory()) return [{ text: `${shown} là một thư mục; không thể ghi ${spec.label} vào chỗ của nó`, forceable: false }];
  if (stats !== null && !stats.isFile()) return [{ text: `${shown} không phải một tệp thông thường; không ghi vào đó`, forceable: false }];
  const refusals: Refusal[] = [];
  if (guard.planFile !== undefined && (resolve(guard.planFile) === resolve(shown) || isOneOf(target, [guard.planFile]))) {
    refusals.push({ text: `${shown} là tệp kế hoạch (--plan); ghi ${spec.label} vào đó sẽ làm mất kế hoạch, nên không bao giờ ghi (kể cả với --force)`, forceable: false });
  }
  // The earlier period's summary is bdg's own, so the rule "bdg may replace its own summary" would
  // let `--previous X --out X` write this period over the figures it compares with: never.
  if (guard.previousFile !== undefined && stats !== null && (resolve(guard.previousFile) === resolve(shown) || isOneOf(target, [guard.previousFile]))) {
    refusals.push({ text: `${shown} là bảng tổng hợp kỳ trước (--previous); ghi ${spec.label} vào đó sẽ làm mất số liệu kỳ trước, nên không bao giờ ghi (kể cả với --force), hãy chọn tên khác cho ${spec.label}`, forceable: false });
    return refusals;
  }
  if (stats === null) return refusals;
  const bytes = spec.isOwn === null && spec.foreignText === undefined ? null : bytesOf(target, stats.size);
  if (spec.isOwn !== null && bytes !== null && spec.isOwn(bytes)) return refusals;
  const inputs = guard.inputs ?? [];
  if (inputs.includes(resolve(shown)) || inputs.includes(target) || isOneOf(target, inputs)) {
    refusals.push({ text: `${shown} là một tệp đầu vào (một báo cáo sẽ được đọc); không bao giờ ghi vào tệp đầu vào (kể cả với --force), hãy chọn tên khác cho ${spec.label}`, forceable: false });
  } else if (refusals.length > 0 && spec.forceReplacesForeign) {
    // the plan file: said already
  } else if (spec.foreignText !== undefined) {
    refusals.push({ text: spec.foreignText(shown, bytes), forceable: spec.forceReplacesForeign });
  } else if (!spec.forceReplacesForeign) {
    refusals.push({ text: `${shown} đã có và không phải ${spec.label}; không bao giờ ghi đè tệp như vậy, kể cả với --force`, forceable: false });
  } else if (spec.isOwn === null) {
    refusals.push({ text: `${shown} đã có; không ghi đè (có thể đã có người điền hoặc sửa tệp này)`, forceable: true });
  } else {
    refusals.push({ text: `${shown} đã có và không phải ${spec.label} do bdg tạo; không ghi đè`, forceable: true });
  }
  return refusals;
}

export function checkOutputs(requests: readonly OutputRequest[], guard: OutputGuard): { outputs: CheckedOutput[]; refusals: Refusal[] } {
  const outputs: CheckedOutput[] = [];
  const refusals: Refusal[] = [];
  const seen = new Map<string, OutputRequest>();
  for (const request of requests) {
    const target = realTarget(request.path);
    const stats = statOrNull(target);
    const identity = stats === null ? target : `${stats.dev}:${stats.ino}`;
    const twin = seen.get(identity);
    if (twin !== undefined) {
      // Named by what each would hold: the paths alone may read the same ("t.xlsx và t.xlsx").
      const both = `${request.path} (${OUTPUT_KINDS[request.kind].label}) và ${twin.path} (${OUTPUT_KINDS[twin.kind].label})`;
      refusals.push({ text: `${both} là cùng một tệp; mỗi đầu ra cần một tệp riêng`, forceable: false });
      continue;
    }
    seen.set(identity, request);
    const found = [extensionRefusal(request), ...placeRefusals(request, target, stats, guard)].filter((r): r is Refusal => r !== null);
    refusals.push(...found.filter((r) => !guard.force || !r.forceable));
    outputs.push({ request, target, existed: stats !== null });
  }
  return { outputs, refusals };
}

export function refusalText(refusals: readonly Refusal[], force: boolean): string {
  const lines = ["Dừng lại trước khi đọc hay ghi tệp nào (không tệp nào bị thay đổi):", ...refusals.map((r) => `  - ${r.text}`)];
  if (!force && refusals.every((r) => r.forceable)) lines.push("Thêm --force nếu bạn thật sự muốn ghi như vậy.");
  return lines.join("\n");
}
