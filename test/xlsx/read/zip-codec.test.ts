// Both codecs agree at the limit: a stream inflating to exactly `limit` bytes is read, one byte
// more is refused (null); a damaged stream throws.
import { deflateRawSync, crc32 as zlibCrc32 } from "node:zlib";
import { CODECS } from "./codecs";

const FIVE_MB = new Uint8Array(5_000_000).fill(32);
const bomb = new Uint8Array(deflateRawSync(FIVE_MB));

describe.each(CODECS)("codec %s", (_name, codec) => {
  it.each([
    ["exactly the limit", FIVE_MB.length, FIVE_MB.length],
    ["a byte over the limit", FIVE_MB.length - 1, null],
    ["five times the limit", 1_000_000, null],
  ])("a 5 MB stream with %s", (_label, limit, expected) => {
    const out = codec.inflate(bomb, limit, codec.sizeHint(bomb.length, limit, FIVE_MB.length));
    expect(out === null ? null : out.length).toBe(expected);
  });

  it("throws on a stream cut short", () => {
    const text = new TextEncoder().encode("Số liệu kỳ báo cáo ".repeat(500));
    const cut = new Uint8Array(deflateRawSync(text)).subarray(0, 40);
    expect(() => {
      const out = codec.inflate(cut, 1_000_000, -1);
      // fflate may hand back what it decoded so far: the reader's CRC check refuses it then
      if (out !== null && codec.crc32(out) !== zlibCrc32(text)) throw new Error("CRC");
    }).toThrow();
  });

  it("computes zip's CRC-32", () => {
    const bytes = new TextEncoder().encode("Bình đẳng giới");
    expect(codec.crc32(bytes)).toBe(zlibCrc32(bytes));
  });
});
