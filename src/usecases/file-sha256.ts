// SHA-256 of a file's bytes, hex, for the receipt register (docs/contract.md §4.2), with the host's
// Web Crypto (browsers, Web Workers, pages opened from disk, and Node 20): a native digest, off the
// page's thread. Null when the host has none or the file cannot be read: the file then simply has
// no receipt, which only costs it the register's date.
import type { InputFile } from "./input-file";

function hex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += bytes[i].toString(16).padStart(2, "0");
  return out;
}

export async function fileSha256(file: InputFile): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const bytes = await file.bytes();
    return hex(await subtle.digest("SHA-256", bytes as BufferSource));
  } catch {
    return null;
  }
}
