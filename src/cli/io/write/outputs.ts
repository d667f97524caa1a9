// The one way bdg writes a file (docs/contract.md §4.3). A command lists its outputs, each with
// its kind, before it reads any input; openOutputs then
//   1. refuses what must not be written (refusals.ts) — exit 2;
//   2. makes the output folders and proves each writable with a probe file, removed at once;
//   3. sweeps the leftovers of runs that died in those folders (sweep.ts);
//   4. takes one lock per output (output-lock.ts), waiting a few seconds for another run — exit 2.
// The command then reads and computes, and writes each output atomically (atomic-write.ts);
// a failed write is a result (WriteResult), so the command can still print what it computed and
// exit 3. close() releases the locks and removes folders made for outputs never written.
import { closeSync, mkdirSync, openSync, statSync, unlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { UsageError } from "../../args";
import { formatDateVi } from "../../../core/time";
import { printErr } from "../../output/write-out";
import { fsErrorCode, fsErrorText } from "../fs-error-vi";
import { writeAtomically } from "./atomic-write";
import { onStop, removeEmptyFolders, trackTemporary, untrackTemporary } from "./exit-cleanup";
import { faultStep } from "./fault-steps";
import { OUTPUT_KINDS } from "./output-kinds";
import { acquireLock, LOCK_WAIT_MS, LockBusyError, type LockOwner } from "./output-lock";
import { checkOutputs, refusalText, type CheckedOutput, type OutputGuard, type OutputRequest } from "./refusals";
import { sweepLeftovers } from "./sweep";
import { temporaryName } from "./work-files";

export type WriteResult = { ok: true } | { ok: false; message: string };

export interface Outputs {
  /** Writes the output planned at `path` (as given to openOutputs), atomically. */
  write(path: string, data: Uint8Array | string): Promise<WriteResult>;
  /** Releases the locks; removes the folders made for outputs that were not written. */
  close(): void;
}

/** The folders from the first missing one down to `folder`, made here; [] when it existed. */
function makeFolder(folder: string): string[] {
  const missing: string[] = [];
  for (let at = folder; statOrNull(at) === null; at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  const made: string[] = [];
  for (const dir of missing) {
    try {
      mkdirSync(dir);
      made.push(dir);
    } catch (e) {
      if (fsErrorCode(e) !== "EEXIST") {
        removeEmptyFolders(made);
        throw e;
      }
    }
  }
  return made;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Can a file be created in `folder`? The probe is a temporary (work-files.ts), gone at once. */
function probe(folder: string): void {
  const path = join(folder, temporaryName());
  trackTemporary(path);
  try {
    closeSync(openSync(path, "wx"));
    unlinkSync(path);
  } finally {
    untrackTemporary(path);
  }
}

/** Printable: a lock file is ours, but a hostile folder could hold anything under its name. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").slice(0, 300);
}

function startedText(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return m ? `${m[2]} ngày ${formatDateVi(m[1])}` : "(không rõ)";
}

function ownerText(owner: LockOwner | null): string {
  if (owner === null) return "";
  return `: tiến trình ${owner.pid} trên máy ${clean(owner.host)}, bắt đầu lúc ${startedText(owner.startedAt)}, lệnh: ${clean(owner.command)}`;
}

function busyText(shown: string, e: LockBusyError): string {
  return [
    `Một lần chạy bdg khác đang ghi ${shown}${ownerText(e.owner)}.`,
    `Đã chờ ${LOCK_WAIT_MS / 1000} giây. Hãy đợi lần chạy đó xong rồi chạy lại; chưa đọc tệp nào.`,
    `(Nếu chắc chắn không còn lần chạy nào khác, hãy xóa tệp khóa ${e.lockPath}.)`,
  ].join("\n");
}

function folderShown(output: CheckedOutput): string {
  return dirname(output.request.path);
}

function writeFailure(output: CheckedOutput, e: unknown): string {
  const spec = OUTPUT_KINDS[output.request.kind];
  if (fsErrorCode(e) === "EEXIST") {
    return `Không ghi ${spec.label} ${output.request.path}: trong lúc chạy, một chương trình khác vừa tạo tệp này; không ghi đè.`;
  }
  return `Không ghi được ${spec.label} ${output.request.path}: ${fsErrorText(e, "write")}. Tệp cũ (nếu có) vẫn nguyên.`;
}

export async function openOutputs(requests: readonly OutputRequest[], guard: OutputGuard): Promise<Outputs> {
  const { outputs, refusals } = checkOutputs(requests, guard);
  if (refusals.length > 0) throw new UsageError(refusalText(refusals, guard.force), false);

  const made: string[] = [];
  const releases: (() => void)[] = [];
  const undo = () => {
    for (const release of releases.splice(0)) release();
    removeEmptyFolders(made);
  };
  try {
    const folders = new Map<string, CheckedOutput>();
    for (const output of outputs) if (!folders.has(dirname(output.target))) folders.set(dirname(output.target), output);
    for (const [folder, output] of folders) {
      try {
        made.push(...makeFolder(folder));
        probe(folder);
      } catch (e) {
        throw new UsageError(`Không ghi được vào thư mục ${folderShown(output)}: ${fsErrorText(e, "write")}. Chưa đọc tệp nào.`, false);
      }
      const swept = sweepLeftovers(folder);
      if (swept > 0) printErr(`Đã dọn ${swept} tệp tạm do một lần chạy bị ngắt trước đây để lại trong ${folderShown(output)}.`);
    }
    // Always in the same order: two runs wanting several of the same outputs never wait on each other in a circle.
    for (const output of [...outputs].sort((a, b) => (a.target < b.target ? -1 : a.target > b.target ? 1 : 0))) {
      try {
        releases.push((await acquireLock(output.target)).release);
      } catch (e) {
        if (e instanceof LockBusyError) throw new UsageError(busyText(output.request.path, e), false);
        throw new UsageError(`Không ghi được vào thư mục ${folderShown(output)}: ${fsErrorText(e, "write")}. Chưa đọc tệp nào.`, false);
      }
    }
  } catch (e) {
    undo();
    throw e;
  }
  const stop = onStop(undo);
  await faultStep("locked");

  const byPath = new Map(outputs.map((o) => [o.request.path, o]));
  return {
    async write(path, data) {
      const output = byPath.get(path);
      if (output === undefined) throw new Error(`output not planned: ${path}`);
      try {
        await writeAtomically(output.target, data, { replace: output.existed });
        output.existed = true;
        return { ok: true };
      } catch (e) {
        return { ok: false, message: writeFailure(output, e) };
      }
    },
    close: stop,
  };
}
