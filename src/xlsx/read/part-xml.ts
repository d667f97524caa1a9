// Bytes of a part → text. Parts are UTF-8 in practice; UTF-16 (with its byte order mark) is legal XML too.
const utf8 = new TextDecoder("utf-8");

export function decodePart(bytes: Uint8Array): string {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  }
  return utf8.decode(bytes);
}
