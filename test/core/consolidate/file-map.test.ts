// src/core/consolidate/index.ts opens with a map of the folder's files; a file added without a
// line in the map fails here, so the map stays a true guide.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const DIR = join(__dirname, "../../../src/core/consolidate");

describe("the consolidate folder's file map", () => {
  const header = readFileSync(join(DIR, "index.ts"), "utf8").split("\n").filter((l) => l.startsWith("//")).join("\n");
  const files = readdirSync(DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts");

  it.each(files.map((f) => [f]))("names %s", (file) => {
    expect(header).toMatch(new RegExp(`\\b${file.replace(".", "\\.")}\\b`));
  });

  it("names only files that exist", () => {
    const named = [...header.matchAll(/[\w-]+\.ts\b/g)].map((m) => m[0]);
    expect(named.filter((f) => !files.includes(f))).toEqual([]);
  });
});
