// Reading the receipt register file (`--register FILE.json`, docs/so-nhan.md). A missing file is
// a new, empty register; a file that is not a register is refused before any input is read, and
// never overwritten (it may be the clerk's only record). The new register is written like every
// output, atomically and under its lock (io/write, docs/contract.md §4.3): the command opens its
// outputs first, so the register is read while this run holds its lock.
import { existsSync, readFileSync } from "node:fs";
import { emptyRegister, parseRegisterText, type ReceiptRegister } from "../../core/register";
import { UsageError } from "../args";
import { fsErrorText } from "./fs-error-vi";

export function loadRegister(path: string): ReceiptRegister {
  if (!path.toLowerCase().endsWith(".json")) {
    throw new UsageError(`Sổ nhận ${path} phải là tệp .json (ví dụ --register so-nhan.json).`, false);
  }
  if (!existsSync(path)) return emptyRegister();
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`Không đọc được sổ nhận ${path}: ${fsErrorText(e, "read")}.`, false);
  }
  const parsed = parseRegisterText(text);
  if (!parsed.ok) throw new UsageError(unusableRegisterText(path, parsed.message), false);
  return parsed.register;
}

/** Why an existing file is no register, in the words of both checks (here and io/write/refusals.ts). */
export function unusableRegisterText(path: string, reason: string): string {
  return `Sổ nhận ${path} không dùng được: ${reason}. Tệp được giữ nguyên; hãy chọn tệp khác cho --register.`;
}
