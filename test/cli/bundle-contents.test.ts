// What bdg's bundle (dist-cli/bdg.cjs, scripts/build-cli.mjs) must not carry, since every start reads
// and runs all of it: fflate (Node inflates and deflates with its own zlib: src/xlsx/read/node-read.ts,
// src/xlsx/write/node-write.ts) and zod's message locales other than English (bdg's messages are its
// own). esbuild writes a "// path" comment before each module's code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, REPO } from "./helpers/run-bdg";

function bundledModules(): string[] {
  const loader = readFileSync(join(REPO, "dist-cli", "bdg.cjs"), "utf8");
  const held = /^const BUNDLE_SOURCE = (".*");$/m.exec(loader);
  const source: string = held ? JSON.parse(held[1]) : loader;
  return source.split("\n").filter((line) => /^\/\/ \S+\.(m?js|ts)$/.test(line)).map((line) => line.slice(3));
}

let modules: string[] = [];
beforeAll(() => {
  buildCli();
  modules = bundledModules();
});

it("carries the reader, the writer and zod itself (the list is read right)", () => {
  expect(modules).toContain("src/xlsx/read/node-read.ts");
  expect(modules).toContain("src/xlsx/write/node-write.ts");
  expect(modules.some((m) => /node_modules\/zod\/v4\/classic\//.test(m))).toBe(true);
});

it.each<[string, RegExp]>([
  ["fflate", /node_modules\/fflate\//],
  ["the browser's reader and writer entries", /^src\/xlsx\/(read|write)\/index\.ts$/],
  ["zod's locales but English", /node_modules\/zod\/v4\/locales\/(?!en\.js$|index\.js$)/],
])("does not carry %s", (_what, pattern) => {
  expect(modules.filter((m) => pattern.test(m))).toEqual([]);
});
