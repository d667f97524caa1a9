// Writing the files we produce (forms, the summary). Without --force an existing file is never
// replaced ("wx" fails atomically if it appeared meanwhile). Inputs are protected by the callers,
// which refuse an output path equal to an input before anything is read.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export type WriteResult = { ok: true } | { ok: false; message: string };

export function writeOutputFile(path: string, bytes: Uint8Array, overwrite: boolean): WriteResult {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes, { flag: overwrite ? "w" : "wx" });
    return { ok: true };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "EEXIST") return { ok: false, message: `Tệp ${path} đã có; không ghi đè (thêm --force để ghi đè)` };
    return { ok: false, message: `Không ghi được tệp ${path}: ${code ?? String(e)}` };
  }
}

export function existingFiles(paths: readonly string[]): string[] {
  return paths.filter((p) => existsSync(p));
}
