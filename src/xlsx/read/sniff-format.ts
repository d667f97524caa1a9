// Looks at the first bytes before any unzipping, so a PDF, an old .xls or a password-protected
// workbook gets its own clear message instead of a generic "corrupt".
import { emptyFile, encryptedFile, legacyXls, notZip } from "./unreadable-messages";

/** OLE2 / Compound File Binary magic: old .xls, and also password-protected .xlsx (MS-OFFCRYPTO). */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "PK\x03\x04": a zip local file header. */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The stream that holds the encrypted package, as its UTF-16LE directory name. */
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

function utf16le(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return out;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/** Naive search: at most needle.length (32) comparisons per byte, so still linear. */
function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Throws the matching UnreadableError unless the bytes start like a zip. */
export function assertLooksLikeZip(bytes: Uint8Array): void {
  if (bytes.length === 0) throw emptyFile();
  if (startsWith(bytes, CFB_MAGIC)) throw contains(bytes, ENCRYPTED_PACKAGE) ? encryptedFile() : legacyXls();
  if (!startsWith(bytes, ZIP_MAGIC)) throw notZip();
}
