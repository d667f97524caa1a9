// The reader runs with either codec (src/xlsx/read/zip-codec.ts): fflate in the browser, Node's
// zlib in the CLI. The layout and hostile suites run once with each, so both stop the same zip
// bombs, catch the same damaged streams and read the same values.
import { readXlsx, fflateCodec, type ReadLimits, type ReadXlsxResult, type ZipCodec } from "../../../src/xlsx/read";
import { nodeZipCodec } from "../../../src/xlsx/read/node-zip-codec";

export const CODECS: [string, ZipCodec][] = [
  ["fflate (browser)", fflateCodec],
  ["zlib (Node)", nodeZipCodec],
];

let current: ZipCodec = fflateCodec;

/** Runs `suite` once per codec; readWithCodec inside it reads with that codec. */
export function eachCodec(suite: () => void): void {
  describe.each(CODECS)("codec %s", (_name, codec) => {
    beforeAll(() => {
      current = codec;
    });
    suite();
  });
}

export function readWithCodec(bytes: Uint8Array, limits?: Partial<ReadLimits>): ReadXlsxResult {
  return readXlsx(bytes, limits, current);
}
