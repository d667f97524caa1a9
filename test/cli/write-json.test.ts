// The streamed JSON document is exactly the text JSON.stringify(doc, null, 2) + "\n" would print.
import { writeJsonDocument } from "../../src/cli/io/write-json";

function streamed(doc: Record<string, unknown>): { text: string; chunks: number } {
  const chunks: string[] = [];
  writeJsonDocument(doc, (c) => chunks.push(c));
  return { text: chunks.join(""), chunks: chunks.length };
}

describe("writeJsonDocument", () => {
  it.each<[string, Record<string, unknown>]>([
    ["empty object", {}],
    ["scalars", { plan: "vinh-linh-2024", asOf: "2024-12-12", includeInvalid: false, rate: 0.5, none: null }],
    ["empty and nested arrays", { units: [], files: [[1, [2, []]], { a: [] }] }],
    ["undefined and function fields are left out", { a: undefined, b: 1, c: () => 1, d: undefined }],
    ["only undefined fields", { a: undefined }],
    ["undefined inside an array element and as an element", { files: [{ file: "a", unit: undefined }, undefined, null] }],
    [
      "Vietnamese text, quotes, newlines and control characters in strings",
      { issues: [{ file: "Báo cáo \"Vĩnh Hòa\".xlsx", message: "dòng 1\ndòng 2\t\u0001", params: { text: "=1+1" } }] },
    ],
    ["a date (toJSON inside an element)", { files: [{ at: new Date(Date.UTC(2024, 11, 9)) }] }],
  ])("%s", (_what, doc) => {
    expect(streamed(doc).text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it("writes a big document in several chunks, still the same text", () => {
    const doc = {
      period: "2024-Y",
      files: Array.from({ length: 3000 }, (_, i) => ({ file: `f${i}.xlsx`, outcome: i % 2 ? "used" : "superseded", reason: "Đơn vị đã gửi bản mới hơn" })),
      totals: { TT01: 12 },
    };
    const { text, chunks } = streamed(doc);
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(chunks).toBeGreaterThan(3);
  });
});
