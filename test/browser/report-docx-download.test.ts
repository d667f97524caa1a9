// "Tải báo cáo Word (.docx)" in the task pane, file mode, headless Chromium: the built pane
// consolidates forms, the button downloads the drafted report, written by the lazy docx chunk
// with the charts' PNGs drawn on the page's canvas. The download is read back: bdg's own report
// (its custom property), an SVG and a non-blank PNG for each chart, the official heading, and
// nothing fetched from the network.
import { strFromU8, unzipSync } from "fflate";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { isBdgReportDocx } from "../../src/cli/io/write/own-docx";
import { DIST, ensureDist } from "./dist-build";
import { inbox } from "./fixtures";
import { openPane, type Pane } from "./headless-chromium";
import { serveDirectory, type StaticServer } from "./static-server";

const work = mkdtempSync(path.join(os.tmpdir(), "bdg-browser-docx-"));
let server: StaticServer;
let pane: Pane;
let page: Page;

beforeAll(async () => {
  ensureDist();
  server = await serveDirectory(DIST);
  pane = await openPane(`${server.origin}/taskpane.html`);
  page = pane.page;
  await page.getByRole("tab", { name: "Biểu mẫu" }).waitFor();
}, 15 * 60_000);

afterAll(async () => {
  await pane?.close();
  await server?.close();
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

describe("the Word report from the pane", () => {
  it("downloads the drafted report of the summary shown", async () => {
    const files = await inbox(path.join(work, "inbox"));
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.locator("[data-testid=period-select]:visible").selectOption("2024-Y");
    await page.locator("[data-testid=as-of]").fill("2024-12-15");
    await page.locator("[data-testid=consolidate-files]").setInputFiles(files);
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByTestId("summary-overview").waitFor();

    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "Tải báo cáo Word (.docx)" }).click()]);
    expect(download.suggestedFilename()).toBe("BaoCao_BDG_2024-Y_2024-12-15.docx");
    const bytes = new Uint8Array(readFileSync(await download.path()));
    expect(isBdgReportDocx(bytes)).toBe(true);
    await page.getByText("Đã tải BaoCao_BDG_2024-Y_2024-12-15.docx").waitFor();

    const parts = unzipSync(bytes);
    const documentXml = strFromU8(parts["word/document.xml"]);
    for (const text of ["UBND HUYỆN VĨNH LINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …/BC-…", "I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO", "Nơi nhận:"]) expect(documentXml).toContain(text);
    const svgs = Object.keys(parts).filter((p) => /^word\/media\/.*\.svg$/.test(p));
    const pngs = Object.keys(parts).filter((p) => /^word\/media\/.*\.png$/.test(p));
    expect(svgs.length).toBeGreaterThanOrEqual(2);
    expect(pngs).toHaveLength(svgs.length);
    for (const png of pngs) {
      const [width, height] = pngSize(parts[png]);
      expect(width).toBe(1220); // the canvas at twice the chart's 610 px
      expect(height).toBeGreaterThan(100);
      // A chart's drawing, not a white rectangle: a blank PNG of this size compresses to far less.
      expect(parts[png].length).toBeGreaterThan(8_000);
    }

    // "Xem biểu đồ": the same charts, with the same captions, drawn in the pane by the lazy ECharts chunk as images
    const captions = [...documentXml.matchAll(/<w:t[^>]*>(Biểu đồ \d+\. [^<]+)<\/w:t>/g)].map((m) => m[1]);
    expect(captions).toHaveLength(svgs.length);
    await page.getByRole("button", { name: "Xem biểu đồ" }).click();
    const figures = page.getByTestId("summary-charts").locator("figure");
    await figures.nth(svgs.length - 1).locator("img").waitFor();
    await expect(figures.count()).resolves.toBe(svgs.length);
    await expect(figures.locator("img").evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).alt))).resolves.toEqual(captions);
    await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=summary-charts] img")].every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0));
    // each image is a drawing, not a blank: count the pixels that are not white (the pane's CSP allows no fetch, even of blob:)
    const inked = await figures.locator("img").evaluateAll((imgs) =>
      imgs.map((i) => {
        const img = i as HTMLImageElement;
        const canvas = document.createElement("canvas");
        [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
        const g = canvas.getContext("2d")!;
        g.drawImage(img, 0, 0);
        const px = g.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let k = 0; k < px.length; k += 4) if (px[k + 3] > 0 && (px[k] < 200 || px[k + 1] < 200 || px[k + 2] < 200)) n++;
        return n;
      }),
    );
    // axes and labels at least (the per-unit victims chart is all "< 5" here: bars that may not be drawn)
    for (const n of inked) expect(n).toBeGreaterThan(300);
    expect(Math.max(...inked)).toBeGreaterThan(10_000);
    await page.getByRole("button", { name: "Ẩn biểu đồ" }).click();
    await expect(figures.count()).resolves.toBe(0);
    expect(pane.blocked).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  }, 120_000);
});
