// The receipt register file (`--register FILE.json`, docs/so-nhan.md). A missing file is a new,
// empty register; a file that is not a register is refused before any input is read, and never
// overwritten (it may be the clerk's only record). The new register replaces the old one
// atomically: written beside it under a temporary name, flushed, then renamed over it.
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { emptyRegister, parseRegisterText, registerText, type ReceiptRegister } from "../../core/register";
import { UsageError } from "../args";

export function loadRegister(path: string): ReceiptRegister {
  if (!path.toLowerCase().endsWith(".json")) {
    throw new UsageError(`Sổ nhận ${path} phải là tệp .json (ví dụ --register so-nhan.json).`, false);
  }
  if (!existsSync(path)) return emptyRegister();
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`Không đọc được sổ nhận ${path} (${(e as { code?: string }).code ?? String(e)}).`, false);
  }
  const parsed = parseRegisterText(text);
  if (!parsed.ok) throw new UsageError(`Sổ nhận ${path} không dùng được: ${parsed.message}. Tệp được giữ nguyên; hãy chọn tệp khác cho --register.`, false);
  return parsed.register;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

export function saveRegister(path: string, register: ReceiptRegister): SaveResult {
  const temporary = join(dirname(path), `.${basename(path)}.bdg-${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, "wx");
    try {
      writeSync(fd, registerText(register));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    return { ok: true };
  } catch (e) {
    rmSync(temporary, { force: true });
    return { ok: false, message: `Không ghi được sổ nhận ${path} (${(e as { code?: string }).code ?? String(e)}); sổ cũ được giữ nguyên.` };
  }
}
