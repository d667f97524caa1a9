// Inflates zip entries under one running byte budget for the whole file. The cap is enforced while
// inflating (chunk by chunk), so a zip bomb is stopped after at most about one chunk past the cap.
// Every entry's CRC-32 is checked, so a damaged stream that still inflates is reported, not read.
import { Inflate, inflateSync } from "fflate";
import { crc32 } from "./crc32";
import { corrupt, UnreadableError } from "./unreadable-error";
import { tooLarge } from "./unreadable-messages";
import { entryData, type ZipEntry } from "./zip-directory";

/**
 * Deflate cannot expand more than 1032:1 (a 258-byte match costs at least 2 bits). We assume twice
 * that, so even a decoder quirk on a malformed stream cannot outrun the checks below.
 */
const MAX_DEFLATE_RATIO = 2100;
const MIN_CHUNK = 1024;
const MAX_CHUNK = 64 * 1024;

export class InflateBudget {
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get usedBytes(): number {
    return this.used;
  }

  private spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.maxBytes) throw tooLarge(this.maxBytes);
  }

  /** The entry's uncompressed bytes, checked against its CRC-32. */
  inflate(file: Uint8Array, entry: ZipEntry): Uint8Array {
    const data = entryData(file, entry);
    if (entry.method === 0) {
      this.spend(data.length);
      return checked(data, entry);
    }
    if (entry.method !== 8) throw corrupt(`phần "${entry.name}" dùng kiểu nén không hỗ trợ (${entry.method})`);
    const worstCase = data.length * MAX_DEFLATE_RATIO;
    if (worstCase > this.maxBytes - this.used) return checked(this.inflateStreaming(data, entry.name), entry);
    // Fast path (every normal form): even at the worst ratio this entry fits the budget, so one
    // synchronous inflate is safe. The declared size only sizes the output buffer (saving regrowth);
    // if it lied, the output is cut short, the CRC says so, and we inflate again without the hint.
    const hint = entry.declaredSize <= worstCase ? entry.declaredSize : -1;
    const first = inflateOrCorrupt(data, entry.name, hint);
    this.spend(first.length);
    if (crc32(first) === entry.crc32) return first;
    if (hint < 0) throw checksumMismatch(entry);
    const second = inflateOrCorrupt(data, entry.name, -1);
    this.spend(second.length);
    return checked(second, entry);
  }

  private inflateStreaming(data: Uint8Array, name: string): Uint8Array {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
      if (chunk.length === 0) return;
      this.spend(chunk.length);
      chunks.push(chunk);
      total += chunk.length;
    });
    try {
      let at = 0;
      do {
        // Feed small enough chunks that one push cannot blow far past what is left of the budget.
        const left = Math.max(0, this.maxBytes - this.used);
        const size = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(left / MAX_DEFLATE_RATIO)));
        const end = Math.min(data.length, at + size);
        inflater.push(data.subarray(at, end), end === data.length);
        at = end;
      } while (at < data.length);
    } catch (e) {
      if (e instanceof UnreadableError) throw e;
      throw corrupt(`không giải nén được phần "${name}"`);
    }
    return concat(chunks, total);
  }
}

function inflateOrCorrupt(data: Uint8Array, name: string, sizeHint: number): Uint8Array {
  if (sizeHint >= 0) {
    try {
      return inflateSync(data, { out: new Uint8Array(sizeHint) });
    } catch {
      // A stored block longer than the (lying) hint throws; fall through to the unhinted inflate.
    }
  }
  try {
    return inflateSync(data);
  } catch {
    throw corrupt(`không giải nén được phần "${name}"`);
  }
}

function checksumMismatch(entry: ZipEntry): UnreadableError {
  return corrupt(`phần "${entry.name}" sai mã kiểm tra`);
}

function checked(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (crc32(bytes) !== entry.crc32) throw checksumMismatch(entry);
  return bytes;
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
