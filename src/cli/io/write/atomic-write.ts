// Writing one file so that it is never seen half-written (docs/contract.md §4.3): the bytes go to
// a temporary in the target's own folder (a rename is atomic only within one file system), are
// flushed to the disk (fsync), then the temporary is renamed over the target and the folder is
// flushed too, so that after a power cut the folder holds either the old file or the new one.
// On any failure the temporary is removed and the target is untouched. The bytes go out in
// chunks, each awaited, so that Ctrl-C is handled between two chunks (exit-cleanup.ts).
import { constants } from "node:fs";
import { link, open, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { dirname, join } from "node:path";
import { trackTemporary, untrackTemporary } from "./exit-cleanup";
import { faultStep } from "./fault-steps";
import { temporaryName } from "./work-files";

const CHUNK_BYTES = 16 * 1024;

export interface AtomicWriteOptions {
  /**
   * false: the target did not exist when the run was checked, and must not be replaced if it
   * appeared meanwhile (EEXIST). Done with link(), which never replaces; where the file system
   * has no hard links (FAT32 and exFAT USB sticks), a plain rename.
   */
  replace: boolean;
}

async function writeAll(handle: FileHandle, bytes: Uint8Array, path: string): Promise<void> {
  for (let at = 0; at < bytes.length; ) {
    const end = Math.min(at + CHUNK_BYTES, bytes.length);
    while (at < end) {
      const { bytesWritten } = await handle.write(bytes, at, end - at);
      at += bytesWritten;
    }
    await faultStep("wrote", path);
  }
}

/** The target's permissions survive the replacement (a shared folder's group access, say). */
async function modeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return null;
  }
}

async function putInPlace(temporary: string, target: string, replace: boolean): Promise<void> {
  if (replace) return rename(temporary, target);
  try {
    await link(temporary, target);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw e;
    return rename(temporary, target);
  }
  await unlink(temporary);
}

/** Best effort: Windows cannot open a folder, some file systems refuse to flush one. */
async function flushFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // the rename is done; only its durability across a power cut is less certain here
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Throws the file-system error (ENOSPC, EACCES, EEXIST …) after undoing everything. */
export async function writeAtomically(target: string, data: Uint8Array | string, options: AtomicWriteOptions): Promise<void> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  const folder = dirname(target);
  const temporary = join(folder, temporaryName());
  const mode = options.replace ? await modeOf(target) : null;
  trackTemporary(temporary);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temporary, "wx", 0o666);
    await faultStep("opened", target);
    await writeAll(handle, bytes, target);
    await handle.sync();
    await faultStep("synced", target);
    if (mode !== null) await handle.chmod(mode).catch(() => undefined);
    await handle.close();
    handle = undefined;
    await putInPlace(temporary, target, options.replace);
    untrackTemporary(temporary);
    await faultStep("renamed", target);
    await flushFolder(folder);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    untrackTemporary(temporary);
    throw e;
  }
}
