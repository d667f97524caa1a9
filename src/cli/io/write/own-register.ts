// Is this existing .json a receipt register that bdg wrote (docs/contract.md §4.2)? The register
// carries its kind in a top-level field, "format": "bdg-register", as a summary does in its
// `_meta` (docs/contract.md §4.3 "bdg recognises its own outputs by their metadata"); the core's
// parser checks that field and the rest, so that what is recognised here is what reading the
// register (io/register-file.ts) accepts.
import { parseRegisterText, REGISTER_FORMAT } from "../../../core/register";
import { unusableRegisterText } from "../register-file";

export { REGISTER_FORMAT };

function problemOf(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "tệp không phải văn bản UTF-8";
  }
  const parsed = parseRegisterText(text);
  return parsed.ok ? null : parsed.message;
}

export function isBdgRegister(bytes: Uint8Array): boolean {
  return problemOf(bytes) === null;
}

/** The refusal of a .json that is not our register: the same words as reading it would give. */
export function notARegisterText(shown: string, bytes: Uint8Array | null): string {
  return unusableRegisterText(shown, bytes === null ? "không đọc được tệp để kiểm tra" : (problemOf(bytes) ?? "không phải sổ nhận"));
}
