// Bytes of a part → the UTF-8 bytes the XML scanner reads. Parts are UTF-8 in practice (a leading
// byte order mark is skipped); UTF-16 with its byte order mark is legal XML too and is re-encoded.
// The scanner works on bytes, not on one decoded string of the whole part: each value it keeps is
// decoded on its own (xml-text.ts), so no kept value pins the whole decompressed part in memory.
export function partBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextEncoder().encode(new TextDecoder("utf-16le").decode(bytes));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextEncoder().encode(new TextDecoder("utf-16be").decode(bytes));
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  }
  return bytes;
}
