// How zip entries are inflated and checked. The reader takes the codec as a parameter so each
// platform uses its fastest one with the same checks around it (inflate-budget.ts): the browser
// has fflate (this file), Node its native zlib (node-zip-codec.ts, about 0.65× fflate's time).
import { Inflate, inflateSync } from "fflate";
import { crc32 } from "./crc32";

export interface ZipCodec {
  /**
   * A raw deflate stream's bytes. Returns null when they would pass `limit` bytes: the inflating
   * stops at about one chunk past it, so a zip bomb never fills memory. Throws on a damaged stream.
   * `sizeHint` ≥ 0 (from sizeHint below) sizes the output buffer.
   */
  inflate(data: Uint8Array, limit: number, sizeHint: number): Uint8Array | null;
  /** CRC-32 (IEEE, as in zip) of the bytes. */
  crc32(bytes: Uint8Array): number;
  /**
   * The output size to pass to inflate for an entry declaring `declaredSize`, or -1 for none.
   * Declared sizes are never trusted: it only sizes buffers.
   */
  sizeHint(compressedLength: number, limit: number, declaredSize: number): number;
  /**
   * A lying hint can cut this codec's output short: the CRC check catches it, and the caller
   * inflates once more without the hint.
   */
  readonly hintCanShorten: boolean;
}

/**
 * Deflate cannot expand more than 1032:1 (a 258-byte match costs at least 2 bits). We assume twice
 * that, so even a decoder quirk on a malformed stream cannot outrun the checks below.
 */
export const MAX_DEFLATE_RATIO = 2100;
const MIN_CHUNK = 1024;
const MAX_CHUNK = 64 * 1024;

/** Stops the streaming inflate once past the limit. */
class OverLimit extends Error {}

/** fflate, pure JavaScript: runs in every browser and in Node. */
export const fflateCodec: ZipCodec = {
  crc32,
  hintCanShorten: true,
  sizeHint(compressedLength, limit, declaredSize) {
    const worstCase = compressedLength * MAX_DEFLATE_RATIO;
    return worstCase <= limit && declaredSize <= worstCase ? declaredSize : -1;
  },
  inflate(data, limit, sizeHint) {
    // Fast path (every normal form): even at the worst ratio this entry fits the limit, so one
    // synchronous inflate is safe. The hint only sizes the output buffer (saving regrowth).
    if (data.length * MAX_DEFLATE_RATIO <= limit) {
      if (sizeHint >= 0) {
        try {
          return inflateSync(data, { out: new Uint8Array(sizeHint) });
        } catch {
          // A stored block longer than the (lying) hint throws; fall through to the unhinted inflate.
        }
      }
      return inflateSync(data);
    }
    return inflateStreaming(data, limit);
  },
};

function inflateStreaming(data: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    if (chunk.length === 0) return;
    total += chunk.length;
    if (total > limit) throw new OverLimit();
    chunks.push(chunk);
  });
  try {
    let at = 0;
    do {
      // Feed small enough chunks that one push cannot blow far past what is left of the limit.
      const size = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(Math.max(0, limit - total) / MAX_DEFLATE_RATIO)));
      const end = Math.min(data.length, at + size);
      inflater.push(data.subarray(at, end), end === data.length);
      at = end;
    } while (at < data.length);
  } catch (e) {
    if (e instanceof OverLimit) return null;
    throw e;
  }
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
