// The ES5 boot check (src/taskpane/boot/boot-check.js): it parses as ES5, and in Chromium made to
// look like an old webview (the ES2021 built-ins the bundle needs removed, as Internet Explorer 11
// and Edge Legacy lack them) the pane says in Vietnamese what is happening and the ways out; a
// bundle that fails to start gets the same message; a modern webview never sees it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { DIST, ROOT, ensureDist } from "./dist-build";
import { openPane } from "./headless-chromium";
import { serveDirectory, type StaticServer } from "./static-server";

const SOURCE = path.join(ROOT, "src/taskpane/boot/boot-check.js");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_LEGACY =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
/** Removes what an old engine lacks (IE11 has none of these; EdgeHTML 18 lacks the ES2019+ ones). */
const OLD_ENGINE = `
  delete Object.fromEntries; delete Array.prototype.flat; delete Array.prototype.flatMap;
  delete String.prototype.replaceAll; delete String.prototype.matchAll; delete Promise.allSettled; delete Promise.any;
  delete window.WeakRef; delete globalThis.globalThis;
`;

let server: StaticServer;

beforeAll(async () => {
  ensureDist();
  server = await serveDirectory(DIST);
}, 15 * 60_000);

afterAll(async () => {
  await server?.close();
});

/** What the officer reads in the pane after it settled. */
async function paneText(options: Parameters<typeof openPane>[2]) {
  const pane = await openPane(`${server.origin}/taskpane.html`, undefined, options);
  try {
    // locators run in Playwright's own world: the page's missing globals do not hinder them
    await pane.page.locator('[data-testid="boot-message"], [role="tab"]').first().waitFor({ timeout: 20_000 });
    await pane.page.waitForTimeout(300);
    return { text: await pane.page.locator("body").innerText(), boot: await pane.page.locator('[data-testid="boot-message"]').count() };
  } finally {
    await pane.close();
  }
}

describe("boot check", () => {
  it("is ES5: it parses at ecmaVersion 5, as written and as copied into dist/", () => {
    expect(() => parse(readFileSync(SOURCE, "utf8"), { ecmaVersion: 5 })).not.toThrow();
    const html = readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    const copied = /<script src="?(boot-check\.[0-9a-f]{8}\.js)"?/.exec(html)?.[1];
    expect(copied).toBeDefined();
    expect(readFileSync(path.join(DIST, copied as string), "utf8")).toBe(readFileSync(SOURCE, "utf8"));
    // loaded before anything else, office.js included
    expect(html.indexOf(copied as string)).toBeLessThan(html.indexOf("office.js"));
    expect(html.indexOf(copied as string)).toBeLessThan(html.search(/taskpane\.[0-9a-f]{8}\.js/));
    // and the test can fail: ES2015 does not parse at 5
    expect(() => parse("let x = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  it.each([
    ["Internet Explorer 11 (volume-licensed Office 2016/2019)", IE11, /Internet Explorer 11/],
    ["Edge Legacy (retail Office 2016/2019 without WebView2)", EDGE_LEGACY, /Edge cũ \(EdgeHTML\)/],
  ])("on %s: the Vietnamese message and every way out, never a bare loading text", async (_name, userAgent, webview) => {
    const { text, boot } = await paneText({ userAgent, beforeGoto: (context) => context.addInitScript(OLD_ENGINE) });
    expect(boot).toBe(1);
    expect(text).toContain("Ngăn Báo cáo BĐG không chạy được trên trình duyệt nhúng này");
    expect(text).toContain("Microsoft Edge WebView2 Runtime");
    expect(text).toContain("bao-cao-bdg.html");
    expect(text).toMatch(/Biểu mẫu \.xlsx dùng được không cần phần bổ trợ/);
    expect(text).toMatch(/dòng lệnh bdg/);
    expect(text).toMatch(webview);
    expect(text).not.toContain("Đang tải Báo cáo BĐG");
  });

  it("a pane bundle that fails to start: the same ways out, saying it did not start", async () => {
    const { text, boot } = await paneText({
      beforeGoto: (context) =>
        context.route(/\/taskpane\.[0-9a-f]{8}\.js$/, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "class { static {" })),
    });
    expect(boot).toBe(1);
    expect(text).toContain("Ngăn Báo cáo BĐG không khởi động được");
    expect(text).toContain("bao-cao-bdg.html");
  });

  it("a modern webview never sees it: the pane starts", async () => {
    const { text, boot } = await paneText({});
    expect(boot).toBe(0);
    expect(text).toContain("Biểu mẫu");
    expect(text).toContain("Chế độ tệp");
  });
});
