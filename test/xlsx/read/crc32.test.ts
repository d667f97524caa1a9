// The CRC-32 that guards every inflated part, checked against zlib's (Node) on known and random inputs.
import { crc32 as zlibCrc32 } from "node:zlib";
import { crc32 } from "../../../src/xlsx/read/crc32";

describe("crc32", () => {
  it.each([
    ["empty", "", 0],
    ["check value of the CRC-32/ISO-HDLC catalogue", "123456789", 0xcbf43926],
    ["Vietnamese", "Bình đẳng giới", -1],
  ])("%s", (_label, text, expected) => {
    const bytes = new TextEncoder().encode(text);
    expect(crc32(bytes)).toBe(expected >= 0 ? expected : zlibCrc32(bytes));
  });

  it("matches zlib on every length 0..100 of random bytes (the 8-byte loop and the tail)", () => {
    let seed = 1;
    const bytes = new Uint8Array(100);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (seed = (seed * 48271) % 2147483647) & 0xff;
    for (let n = 0; n <= 100; n++) expect(crc32(bytes.subarray(0, n))).toBe(zlibCrc32(bytes.subarray(0, n)));
  });
});
