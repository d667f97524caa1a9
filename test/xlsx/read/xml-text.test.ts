// utf8Text decodes short ranges by hand; whatever the bytes, it must return exactly what
// TextDecoder("utf-8", { ignoreBOM: true }) returns (the reference for every range, short or long).
import { utf8Text } from "../../../src/xlsx/read/xml-text";
import { mulberry32 } from "../../hostile/kit/prng";

const reference = new TextDecoder("utf-8", { ignoreBOM: true });
const enc = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

describe("utf8Text", () => {
  it.each<[string, Uint8Array]>([
    ["empty", bytes()],
    ["ASCII", enc("BaoCao!E25")],
    ["Vietnamese with tone marks", enc("Số lượng cán bộ nữ được đào tạo, bồi dưỡng về bình đẳng giới")],
    ["astral (emoji)", enc("báo cáo 📊 ✓")],
    ["leading byte order mark kept", bytes(0xef, 0xbb, 0xbf, 0x41)],
    ["overlong 2-byte", bytes(0xc0, 0x80, 0x41)],
    ["overlong 3-byte", bytes(0xe0, 0x80, 0x80)],
    ["overlong 4-byte", bytes(0xf0, 0x80, 0x80, 0x80)],
    ["surrogate encoded", bytes(0xed, 0xa0, 0x80)],
    ["above U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80)],
    ["F5 lead byte", bytes(0xf5, 0x80, 0x80, 0x80)],
    ["lone continuation", bytes(0x41, 0x80, 0x42)],
    ["truncated 3-byte at the end", bytes(0x41, 0xe1, 0xbb)],
    ["truncated 4-byte at the end", bytes(0xf0, 0x9f, 0x93)],
    ["2-byte cut by a new lead", bytes(0xc3, 0xc3, 0xa1)],
    ["256 bytes (hand-decoded)", enc("ữ".repeat(85) + "a")],
    ["257 bytes (decoder)", enc("ữ".repeat(85) + "ab")],
    ["long invalid", new Uint8Array(300).fill(0xff)],
  ])("%s", (_name, b) => {
    expect(utf8Text(b, 0, b.length)).toBe(reference.decode(b));
  });

  it("decodes only the asked range, even when a character crosses its edge", () => {
    const b = enc("Xã Vĩnh Thái");
    for (let start = 0; start <= b.length; start++) {
      for (let end = start; end <= b.length; end++) expect(utf8Text(b, start, end)).toBe(reference.decode(b.subarray(start, end)));
    }
  });

  it("agrees with TextDecoder on 20,000 random byte strings biased toward UTF-8 lead and continuation bytes", () => {
    const random = mulberry32(20241212);
    const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x90, 0x8f];
    for (let k = 0; k < 20_000; k++) {
      const b = new Uint8Array(Math.floor(random() * 12));
      for (let i = 0; i < b.length; i++) b[i] = random() < 0.7 ? interesting[Math.floor(random() * interesting.length)] : Math.floor(random() * 256);
      const got = utf8Text(b, 0, b.length);
      const want = reference.decode(b);
      if (got !== want) throw new Error(`bytes ${Array.from(b, (x) => x.toString(16)).join(" ")}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
  });
});
