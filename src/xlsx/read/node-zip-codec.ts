// Node's native zlib as the reader's codec (zip-codec.ts): the CLI and its read workers use it.
// Never imported by the browser build. zlib stops inflating once the output passes
// maxOutputLength (checked chunk by chunk), which is the zip-bomb limit; zlib.crc32 exists from
// Node 20.15, and older Node falls back to the reader's own CRC-32.
import { constants as bufferConstants } from "node:buffer";
import * as zlib from "node:zlib";
import { crc32 } from "./crc32";
import type { ZipCodec } from "./zip-codec";

type Crc32 = (bytes: Uint8Array) => number;
const nativeCrc32 = (zlib as { crc32?: Crc32 }).crc32;

export const nodeZipCodec: ZipCodec = {
  sizeHint: () => -1, // zlib sizes its own output
  crc32: typeof nativeCrc32 === "function" ? (bytes) => nativeCrc32(bytes) : crc32,
  inflate(data, limit) {
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(limit, bufferConstants.MAX_LENGTH)) });
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
      throw e;
    }
    // A plain Uint8Array view, so the scanner's loops see one array type whatever the codec.
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};
