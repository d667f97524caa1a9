// Reading one input file: bytes and modification time. Inputs are opened read-only and never
// written. A file over the size limit is not read at all (a hostile 2 GB "report" must not
// exhaust memory): it becomes an unreadable outcome from its size on disk alone.
// The file is opened once and asked for its size and time through that handle (one path lookup
// instead of two); when it cannot be opened, the path is examined as before, for the reason.
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from "node:fs";
import { toHcmIso } from "../../core/time";
import { fsErrorText } from "./fs-error-vi";

/** 50 MB on disk: a real form is ~15 KB; a book of many forms stays far below this. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

// A message is the reason of an `unreadable` issue, shown after "Không đọc được tệp: "
// (core/issues/messages-vi.ts): the cause alone, "Không tìm thấy tệp (ENOENT)", never those words again.

export type InputRead =
  | { ok: true; bytes: Uint8Array; fileTime: string }
  | { ok: false; fileTime: string | null; reason: "too_big" | "not_a_file" | "io_error"; message: string };

/** Non-blocking: opening a named pipe must not wait for a writer (it is then "not a file"). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export function readInput(absolutePath: string): InputRead {
  let fd: number;
  try {
    fd = openSync(absolutePath, OPEN_FLAGS);
  } catch {
    return readByPath(absolutePath);
  }
  try {
    return readOpened(fd);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing was written; a failed close loses nothing
    }
  }
}

function readOpened(fd: number): InputRead {
  let fileTime: string;
  try {
    const stat = fstatSync(fd);
    fileTime = toHcmIso(stat.mtimeMs);
    if (!stat.isFile()) return { ok: false, fileTime, reason: "not_a_file", message: "Không phải một tệp" };
    if (stat.size > MAX_INPUT_BYTES) return tooBig(stat.size, fileTime);
  } catch (e) {
    return { ok: false, fileTime: null, reason: "io_error", message: cause(e) };
  }
  try {
    const buffer = readFileSync(fd);
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileTime };
  } catch (e) {
    return { ok: false, fileTime, reason: "io_error", message: cause(e) };
  }
}

/** "Không có quyền đọc tệp (EACCES)": the file-system error as the first words of a sentence. */
function cause(e: unknown): string {
  const text = fsErrorText(e, "read");
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

function tooBig(size: number, fileTime: string): InputRead {
  const mb = (size / 1024 / 1024).toFixed(0);
  return { ok: false, fileTime, reason: "too_big", message: `Tệp quá lớn (${mb} MB, giới hạn 50 MB), không đọc` };
}

/** A path that could not be opened: stat it for the reason (missing, a folder, no permission …). */
function readByPath(absolutePath: string): InputRead {
  let size: number;
  let fileTime: string;
  try {
    const stat = statSync(absolutePath);
    fileTime = toHcmIso(stat.mtimeMs);
    if (!stat.isFile()) return { ok: false, fileTime, reason: "not_a_file", message: "Không phải một tệp" };
    size = stat.size;
  } catch (e) {
    return { ok: false, fileTime: null, reason: "io_error", message: cause(e) };
  }
  if (size > MAX_INPUT_BYTES) return tooBig(size, fileTime);
  try {
    const buffer = readFileSync(absolutePath, { flag: "r" });
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileTime };
  } catch (e) {
    return { ok: false, fileTime, reason: "io_error", message: cause(e) };
  }
}

/** The file's modification time (ISO, +07:00), or null when it cannot be told: for a file whose worker died. */
export function fileTimeOnDisk(absolutePath: string): string | null {
  try {
    return toHcmIso(statSync(absolutePath).mtimeMs);
  } catch {
    return null;
  }
}
