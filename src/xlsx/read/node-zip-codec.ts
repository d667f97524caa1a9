// Node's native zlib as the reader's codec (zip-codec.ts): the CLI and its read workers use it.
// Never imported by the browser build. zlib stops inflating once the output passes
// maxOutputLength (checked chunk by chunk), which is the zip-bomb limit; CRC-32 by node-crc32.ts.
import { constants as bufferConstants } from "node:buffer";
import * as zlib from "node:zlib";
import { nodeCrc32 } from "./node-crc32";
import type { ZipCodec } from "./zip-codec";

/**
 * zlib's output chunk: the declared size + 1, so a part comes out in one chunk that is not copied
 * again (a lie only changes how the output is chunked, never what it is); bounded both ways.
 */
const MIN_CHUNK = zlib.constants.Z_MIN_CHUNK;
const MAX_CHUNK = 1024 * 1024;

export const nodeZipCodec: ZipCodec = {
  hintCanShorten: false,
  sizeHint: (_compressed, limit, declaredSize) => Math.min(declaredSize, limit, MAX_CHUNK),
  crc32: nodeCrc32,
  inflate(data, limit, sizeHint) {
    let out: Buffer;
    try {
      out = zlib.inflateRawSync(data, {
        maxOutputLength: Math.max(1, Math.min(limit, bufferConstants.MAX_LENGTH)),
        chunkSize: sizeHint < 0 ? zlib.constants.Z_DEFAULT_CHUNK : Math.max(MIN_CHUNK, Math.min(MAX_CHUNK, sizeHint + 1)),
      });
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") return null;
      throw e;
    }
    // A plain Uint8Array view, so the scanner's loops see one array type whatever the codec.
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
};
