// Reading one input file: bytes and modification time. Inputs are opened read-only and never
// written. A file over the size limit is not read at all (a hostile 2 GB "report" must not
// exhaust memory): it becomes an unreadable outcome from its size on disk alone.
import { readFileSync, statSync } from "node:fs";
import { toHcmIso } from "../../core/time";
import { fsErrorText } from "./fs-error-vi";

/** 50 MB on disk: a real form is ~15 KB; a book of many forms stays far below this. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export type InputRead =
  | { ok: true; bytes: Uint8Array; fileTime: string }
  | { ok: false; fileTime: string | null; reason: "too_big" | "not_a_file" | "io_error"; message: string };

export function readInput(absolutePath: string): InputRead {
  let size: number;
  let fileTime: string;
  try {
    const stat = statSync(absolutePath);
    fileTime = toHcmIso(stat.mtimeMs);
    if (!stat.isFile()) return { ok: false, fileTime, reason: "not_a_file", message: "Không phải một tệp" };
    size = stat.size;
  } catch (e) {
    return { ok: false, fileTime: null, reason: "io_error", message: `Không mở được tệp: ${fsErrorText(e, "read")}` };
  }
  if (size > MAX_INPUT_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(0);
    return { ok: false, fileTime, reason: "too_big", message: `Tệp quá lớn (${mb} MB, giới hạn 50 MB), không đọc` };
  }
  try {
    const buffer = readFileSync(absolutePath, { flag: "r" });
    return { ok: true, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileTime };
  } catch (e) {
    return { ok: false, fileTime, reason: "io_error", message: `Không đọc được tệp: ${fsErrorText(e, "read")}` };
  }
}
