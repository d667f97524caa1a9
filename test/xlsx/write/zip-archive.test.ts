// The writer's zip container (src/xlsx/write/zip-archive.ts) with each deflater: fflate in the
// browser, Node's zlib in the CLI. Every archive is opened by an independent unzip (fflate), its
// central directory read and every entry inflated and CRC-checked by the reader's own zip code
// with both codecs, and the workbook writer gives the same cells whichever deflater zipped it.
import { unzipSync } from "fflate";
import { buildForm, withValues } from "../../../src/core/form";
import { defaultPlan } from "../../../src/core/plan";
import { readXlsx } from "../../../src/xlsx/read";
import { InflateBudget } from "../../../src/xlsx/read/inflate-budget";
import { readZipDirectory } from "../../../src/xlsx/read/zip-directory";
import { fflateDeflater } from "../../../src/xlsx/write/fflate-deflater";
import { nodeDeflater } from "../../../src/xlsx/write/node-deflater";
import { writeWorkbookWith } from "../../../src/xlsx/write/write-workbook";
import { zipArchive, type Deflater, type ZipPart } from "../../../src/xlsx/write/zip-archive";
import { CODECS } from "../read/codecs";

const DEFLATERS: [string, Deflater][] = [
  ["fflate (browser)", fflateDeflater],
  ["zlib (Node)", nodeDeflater],
];

/** Bytes no deflate can shrink (a fixed linear congruential sequence: the test is repeatable). */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const text = (s: string) => new TextEncoder().encode(s);

const CASES: [string, ZipPart[], number[]][] = [
  ["no part", [], []],
  ["an empty part (stored)", [{ name: "a.xml", bytes: new Uint8Array(0) }], [0]],
  ["a tiny part deflate cannot shrink (stored)", [{ name: "b.txt", bytes: text("x") }], [0]],
  ["incompressible bytes (stored)", [{ name: "bin/noise", bytes: noise(70_000) }], [0]],
  ["repetitive XML (deflated)", [{ name: "xl/worksheets/sheet1.xml", bytes: text("<row><c><v>1</v></c></row>".repeat(5000)) }], [8]],
  [
    "several parts, order kept, both methods",
    [
      { name: "[Content_Types].xml", bytes: text("<Types>" + "<Default/>".repeat(50) + "</Types>") },
      { name: "z", bytes: text("z") },
      { name: "xl/sharedStrings.xml", bytes: text("<sst>" + "<si><t>Bình đẳng giới</t></si>".repeat(300) + "</sst>") },
    ],
    [8, 0, 8],
  ],
];

describe.each(DEFLATERS)("zipArchive with %s", (_name, deflater) => {
  it.each(CASES)("%s", (_case, parts, methods) => {
    const zip = zipArchive(parts, deflater);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped)).toEqual(parts.map((p) => p.name));
    for (const p of parts) expect(Buffer.from(unzipped[p.name]).equals(Buffer.from(p.bytes))).toBe(true);

    const directory = readZipDirectory(zip);
    expect(parts.map((p) => directory.get(p.name.toLowerCase())?.method)).toEqual(methods);
    for (const [, codec] of CODECS) {
      const budget = new InflateBudget(10 * 1024 * 1024, codec);
      for (const p of parts) {
        const entry = directory.get(p.name.toLowerCase())!;
        expect(entry.declaredSize).toBe(p.bytes.length);
        // inflate() throws when the CRC-32 in the directory is not that of the bytes.
        expect(Buffer.from(budget.inflate(zip, entry)).equals(Buffer.from(p.bytes))).toBe(true);
      }
    }
  });

  it("gives the same bytes for the same parts (a fixed time stamp)", () => {
    const parts = CASES[5][1];
    expect(Buffer.from(zipArchive(parts, deflater)).equals(Buffer.from(zipArchive(parts, deflater)))).toBe(true);
  });

  it.each(["xl/ảnh.png", "a\nb", ""])("refuses a part name that is not printable ASCII: %j", (name) => {
    expect(() => zipArchive([{ name, bytes: text("x") }], deflater)).toThrow(/ASCII/);
  });
});

it("writes a workbook with the same cells whichever deflater zips it", () => {
  const built = buildForm(defaultPlan, "P_YTE", "2024-H1", "bdg-test 0.0.0");
  if (!built.ok) throw new Error(built.message);
  const model = withValues(built.form, { CL04: 10 });
  const [browser, node] = DEFLATERS.map(([, d]) => readXlsx(writeWorkbookWith(d, model)));
  expect(browser.ok && node.ok).toBe(true);
  expect(node).toEqual(browser);
});
