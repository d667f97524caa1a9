// Inflates zip entries under one running byte budget for the whole file. The cap is enforced while
// inflating (the codec stops about one chunk past what is left), so a zip bomb is stopped early.
// Every entry's CRC-32 is checked, so a damaged stream that still inflates is reported, not read.
import { corrupt, UnreadableError } from "./unreadable-error";
import { tooLarge } from "./unreadable-messages";
import type { ZipCodec } from "./zip-codec";
import { entryData, type ZipEntry } from "./zip-directory";

export class InflateBudget {
  private used = 0;

  constructor(
    readonly maxBytes: number,
    private readonly codec: ZipCodec,
  ) {}

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
      return this.checked(data, entry);
    }
    if (entry.method !== 8) throw corrupt(`phần "${entry.name}" dùng kiểu nén không hỗ trợ (${entry.method})`);
    const hint = this.codec.sizeHint(data.length, this.maxBytes - this.used, entry.declaredSize);
    const first = this.inflateOrCorrupt(data, entry, hint);
    if (this.codec.crc32(first) === entry.crc32) return first;
    // A lying declared size may have cut the output short: once more without it.
    if (hint < 0 || !this.codec.hintCanShorten) throw checksumMismatch(entry);
    return this.checked(this.inflateOrCorrupt(data, entry, -1), entry);
  }

  private inflateOrCorrupt(data: Uint8Array, entry: ZipEntry, sizeHint: number): Uint8Array {
    let out: Uint8Array | null;
    try {
      out = this.codec.inflate(data, this.maxBytes - this.used, sizeHint);
    } catch (e) {
      if (e instanceof UnreadableError) throw e;
      throw corrupt(`không giải nén được phần "${entry.name}"`);
    }
    if (out === null) throw tooLarge(this.maxBytes);
    this.spend(out.length);
    return out;
  }

  private checked(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
    if (this.codec.crc32(bytes) !== entry.crc32) throw checksumMismatch(entry);
    return bytes;
  }
}

function checksumMismatch(entry: ZipEntry): UnreadableError {
  return corrupt(`phần "${entry.name}" sai mã kiểm tra`);
}
