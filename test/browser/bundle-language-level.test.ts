// Every built bundle parses at the language level the build claims (webpack.config.js TARGETS:
// ES2021, what WebView2, Chromium-based Edge and Safari 15+ all run), third-party code included
// (Fluent UI's tabster ships ES2022). The ES5 files (the boot check, the ribbon's function file)
// parse at ES5, since Internet Explorer 11 loads them too.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { DIST, ROOT, ensureDist } from "./dist-build";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TARGETS } = require(path.join(ROOT, "webpack.config.js")) as { TARGETS: string[] };
const CLAIMED = Number(/^es(\d{4})$/.exec(TARGETS[0])?.[1]) as 2021;
const ES5_FILES = /^(boot-check\.[0-9a-f]{8}|commands)\.js$/;

let files: string[] = [];

beforeAll(() => {
  ensureDist();
  files = readdirSync(DIST).filter((f) => f.endsWith(".js"));
}, 15 * 60_000);

describe("bundle language level", () => {
  it("claims ES2021, and an ES2022 construct would not pass", () => {
    expect(CLAIMED).toBe(2021);
    expect(() => parse("class A { static { } }", { ecmaVersion: CLAIMED })).toThrow();
    expect(() => parse("class A { x = 1 }", { ecmaVersion: CLAIMED })).toThrow();
  });

  it("every dist/*.js parses at the claimed level (the ES5 ones at ES5)", () => {
    expect(files.length).toBeGreaterThan(4);
    const failures = files.flatMap((file) => {
      const level = ES5_FILES.test(file) ? 5 : CLAIMED;
      try {
        parse(readFileSync(path.join(DIST, file), "utf8"), { ecmaVersion: level, sourceType: "script" });
        return [];
      } catch (err) {
        return [`${file} (ES${level}): ${(err as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });
});
