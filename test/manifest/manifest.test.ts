// The offline manifest check (scripts/manifest-check.mjs) on manifest.xml, on the built
// dist/manifest.xml, and on broken copies that must fail for the stated reason.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DIST, ROOT, ensureDist } from "../browser/dist-build";

const CHECK = path.join(ROOT, "scripts/manifest-check.mjs");
const SOURCE = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function check(file: string): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, [CHECK, file], { encoding: "utf8" }) };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
}

/** A copy of manifest.xml with one change, beside a copy of the icons. */
function broken(change: (xml: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bdg-manifest-"));
  mkdirSync(path.join(dir, "assets"));
  for (const size of [16, 32, 64, 80, 128]) copyFileSync(path.join(ROOT, `assets/icon-${size}.png`), path.join(dir, `assets/icon-${size}.png`));
  const file = path.join(dir, "manifest.xml");
  const changed = change(SOURCE);
  expect(changed).not.toBe(SOURCE); // the change must apply, or the case tests nothing
  writeFileSync(file, changed);
  return file;
}

describe("manifest check", () => {
  it("passes manifest.xml", () => {
    expect(check(path.join(ROOT, "manifest.xml"))).toEqual({ code: 0, out: expect.stringContaining("hợp lệ") });
  });

  it("passes the built dist/manifest.xml, whose pages and icons exist in dist/", () => {
    ensureDist();
    expect(check(path.join(DIST, "manifest.xml")).code).toBe(0);
  }, 15 * 60_000);

  it.each([
    ["not well-formed XML", (x: string) => x.replace("</Permissions>", ""), /XML không hợp lệ/],
    ["an Id that is not a GUID", (x: string) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>bao-cao-bdg</Id>"), /Id không phải GUID/],
    ["a bad Version", (x: string) => x.replace(/<Version>[^<]+</, "<Version>v1<"), /Version không hợp lệ/],
    ["no ProviderName", (x: string) => x.replace(/<ProviderName>[^<]+<\/ProviderName>/, ""), /Thiếu phần tử bắt buộc <ProviderName>/],
    ["a bad DefaultLocale", (x: string) => x.replace("<DefaultLocale>vi-VN", "<DefaultLocale>vietnamese"), /DefaultLocale không hợp lệ/],
    ["an http URL", (x: string) => x.replace("https://localhost:3000/taskpane.html\"/>\n  </DefaultSettings>", "http://localhost:3000/taskpane.html\"/>\n  </DefaultSettings>"), /phải dùng https/],
    ["a missing icon", (x: string) => x.replace("assets/icon-80.png", "assets/icon-99.png"), /không tìm thấy tệp biểu tượng/],
    ["an icon of the wrong size", (x: string) => x.replace("icon-32.png\"/>\n  <HighResolutionIconUrl", "icon-16.png\"/>\n  <HighResolutionIconUrl"), /kích thước 16×16, cần 32×32/],
    ["a dangling resid", (x: string) => x.replace('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Nowhere"/>'), /resid "Taskpane.Nowhere" không có/],
    ["no SourceLocation", (x: string) => x.replace(/<SourceLocation DefaultValue="[^"]+"\/>/, ""), /thiếu SourceLocation/],
    ["an ExcelApi requirement", (x: string) => x.replace("<DefaultSettings>", '<Requirements><Sets><Set Name="ExcelApi" MinVersion="1.8"/></Sets></Requirements>\n  <DefaultSettings>'), /Không khai báo ExcelApi 1\.8/],
    ["a second origin", (x: string) => x.replace('id="Support.Url" DefaultValue="https://localhost:3000', 'id="Support.Url" DefaultValue="https://example.org'), /nhiều nguồn khác nhau/],
  ])("fails a manifest with %s", (_what, change, reason) => {
    const { code, out } = check(broken(change));
    expect(code).toBe(1);
    expect(out).toMatch(reason);
  });
});

describe("production URL (BDG_PUBLIC_URL)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { publicOrigin, rewriteManifest } = require("../../scripts/public-url.cjs") as {
    publicOrigin: (env: string | undefined, production: boolean) => string;
    rewriteManifest: (xml: string, origin: string) => string;
  };

  it.each([
    [undefined, true, "https://localhost:3000"],
    ["", true, "https://localhost:3000"],
    ["https://bdg.vinhlinh.gov.vn/", true, "https://bdg.vinhlinh.gov.vn"],
    ["https://intranet.example.vn/bdg/", true, "https://intranet.example.vn/bdg"],
    ["https://bdg.vinhlinh.gov.vn", false, "https://localhost:3000"], // development keeps the dev server
  ])("BDG_PUBLIC_URL=%s (production %s) → %s", (env, production, origin) => {
    expect(publicOrigin(env, production)).toBe(origin);
  });

  it.each(["http://bdg.vinhlinh.gov.vn", "bdg.vinhlinh.gov.vn", "https://a b"])("refuses %s", (env) => {
    expect(() => publicOrigin(env, true)).toThrow(/https/);
  });

  it("points every URL of the manifest at the production origin, and the result passes the check", () => {
    const file = broken((x) => rewriteManifest(x, "https://bdg.vinhlinh.gov.vn/addin"));
    const xml = readFileSync(file, "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain('<SourceLocation DefaultValue="https://bdg.vinhlinh.gov.vn/addin/taskpane.html"/>');
    // the icons sit under addin/assets/ on the server: mirror that beside the copy
    const dir = path.dirname(file);
    mkdirSync(path.join(dir, "addin/assets"), { recursive: true });
    for (const size of [16, 32, 64, 80, 128]) copyFileSync(path.join(ROOT, `assets/icon-${size}.png`), path.join(dir, `addin/assets/icon-${size}.png`));
    expect(check(file).code).toBe(0);
  });
});
