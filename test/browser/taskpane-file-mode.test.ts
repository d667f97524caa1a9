// The task pane in headless Chromium, file mode (office.js loads, Office.onReady says no host):
// install downloads a blank form, validate opens a filled form with errors, consolidate builds
// the status table and a summary download. Screenshots go to test-output/screenshots/; with
// BDG_UPDATE_SCREENSHOTS=1 the guide's ones are also copied to docs/screenshots/ (a test run must
// not rewrite tracked files).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { readXlsx } from "../../src/xlsx/read";
import { DIST, ROOT, ensureDist } from "./dist-build";
import { inbox, messyInbox, twoErrorsForm } from "./fixtures";
import { openPane, type Pane } from "./headless-chromium";
import { serveDirectory, type StaticServer } from "./static-server";

const SHOTS = path.join(ROOT, "test-output/screenshots");
const GUIDE_SHOTS = path.join(ROOT, "docs/screenshots");
const work = mkdtempSync(path.join(os.tmpdir(), "bdg-browser-"));

let server: StaticServer;
let pane: Pane;
let page: Page;
/** The summary as read on workers, to compare with the in-page fallback. */
let overviewWithWorkers = "";

/** A task pane is narrow: nothing may make it scroll sideways. */
async function fitsWidth(): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

async function shot(name: string, forGuide = false) {
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  if (forGuide && process.env.BDG_UPDATE_SCREENSHOTS === "1") {
    mkdirSync(GUIDE_SHOTS, { recursive: true });
    copyFileSync(file, path.join(GUIDE_SHOTS, `${name}.png`));
  }
}

/** The status tab after the inbox's consolidation: groups, filter, reason on demand, badges, reminders. */
async function checkStatusTab(table: Locator) {
  // units to chase first, grouped, each group with its count
  const groups = await table.locator("section[data-group]").evaluateAll((els) =>
    els.map((e) => [e.getAttribute("data-group"), e.querySelector("[data-testid=group-count]")?.textContent, e.querySelectorAll("[data-unit]").length]),
  );
  expect(groups.slice(0, 3).map((g) => g[0])).toEqual(["missing", "invalid", "late"]);
  for (const [, count, lines] of groups) expect(Number(count)).toBe(lines);
  expect(groups.reduce((n, g) => n + Number(g[2]), 0)).toBe(27);
  // one line per unit: 27 units in far fewer pixels than a three-line row each
  const height = await table.evaluate((e) => e.getBoundingClientRect().height);
  expect(height).toBeLessThan(27 * 28 + 6 * 30);
  // the reason on demand, once
  const ha = table.locator('[data-unit="X_VINH_HA"]');
  await expect(ha.getByTestId("unit-reason").count()).resolves.toBe(0);
  await ha.getByRole("button", { expanded: false }).click();
  expect(await ha.getByTestId("unit-reason").innerText()).toMatch(/13\/12\/2024/);
  await ha.getByRole("button", { expanded: true }).click();
  // filter: by text (no diacritics) and by group
  await page.getByRole("textbox", { name: "Lọc theo tên đơn vị" }).fill("vinh son");
  await expect(table.locator("[data-unit]").evaluateAll((els) => els.map((e) => e.getAttribute("data-unit")))).resolves.toEqual(["X_VINH_SON"]);
  await page.getByRole("textbox", { name: "Lọc theo tên đơn vị" }).fill("");
  await page.getByRole("combobox", { name: "Lọc theo nhóm" }).click();
  await page.getByRole("option", { name: "Nộp trễ" }).click();
  await expect(table.locator("[data-unit]").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))).resolves.toEqual(["late"]);
  await page.getByRole("combobox", { name: "Lọc theo nhóm" }).click();
  await page.getByRole("option", { name: "Mọi nhóm" }).click();
  // badges fit their text at a pane's narrowest widths
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const overflowing = await table.getByTestId("status-badge").evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth || e.scrollHeight > e.clientHeight).map((e) => e.textContent),
    );
    expect(overflowing).toEqual([]);
    await expect(fitsWidth()).resolves.toBe(true);
    if (width === 360) await shot("05-tinh-hinh-nop-360", true);
  }
  await page.setViewportSize({ width: 420, height: 900 });
  // a reminder per unit: mailto with subject and body, and a copy button
  const href = await page.getByRole("link", { name: "Soạn thư nhắc Xã Vĩnh Sơn" }).getAttribute("href");
  const mail = new URL(String(href));
  expect(mail.protocol).toBe("mailto:");
  expect(mail.searchParams.get("subject")).toBe("Nhắc nộp báo cáo BĐG kỳ Năm 2024 – Xã Vĩnh Sơn");
  expect(mail.searchParams.get("body")).toMatch(/^Kính gửi Xã Vĩnh Sơn: đề nghị gửi báo cáo BĐG kỳ Năm 2024 \(hạn 10\/12\/2024\) về Phòng LĐ-TB&XH/);
  await pane.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
  await page.getByRole("button", { name: "Sao chép lời nhắc cho Xã Vĩnh Sơn" }).click();
  await page.getByTestId("reminder-copied").getByText("Đã sao chép lời nhắc cho Xã Vĩnh Sơn.").waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(mail.searchParams.get("body"));
}

function metaOf(bytes: Uint8Array): Record<string, unknown> {
  const read = readXlsx(bytes);
  if (!read.ok) throw new Error(read.message);
  const meta = read.workbook.sheets.find((s) => s.name === "_meta");
  return Object.fromEntries((meta?.rows ?? []).map((r) => [String(r[0]), r[1]]));
}

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

afterEach(() => {
  // the product's only network request is office.js; nothing else may leave the machine
  expect(pane.blocked).toEqual([]);
  expect(pane.pageErrors).toEqual([]);
});

describe("task pane in file mode", () => {
  it("starts in file mode with office.js served from disk", async () => {
    await expect(page.getByText("Chế độ tệp").isVisible()).resolves.toBe(true);
    expect(pane.officeFiles).toContain("office.js");
    await expect(fitsWidth()).resolves.toBe(true);
    await shot("01-bieu-mau", true);
  });

  it("refuses office.js's own telemetry frame outside Excel (Content-Security-Policy), so it is never requested", async () => {
    // office.js opens the frame 3 s after it loads; wait for the refusal rather than a fixed time
    if (pane.cspRefusals.length === 0) {
      await page.waitForEvent("console", { predicate: (m) => /Content Security Policy/i.test(m.text()), timeout: 20_000 });
    }
    expect(pane.cspRefusals.length).toBeGreaterThan(0);
    for (const refusal of pane.cspRefusals) expect(refusal).toMatch(/telemetryservice\.firstpartyapps\.oaspapps\.com.*frame-src/s);
  });

  it("installs: downloads the blank form of the chosen unit and period", async () => {
    await page.locator("[data-testid=unit-select]").selectOption("X_VINH_THAI");
    await page.locator("[data-testid=period-select]:visible").selectOption("2024-H1");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải biểu mẫu" }).click()]);
    expect(download.suggestedFilename()).toBe("X_VINH_THAI_2024-H1.xlsx");
    const bytes = new Uint8Array(readFileSync(await download.path()));
    const read = readXlsx(bytes);
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(["BaoCao", "_meta"]);
    expect(metaOf(bytes)).toMatchObject({ format: "bdg-report", unit: "X_VINH_THAI", period: "2024-H1" });
    await page.getByTestId("install-result").getByText("Đã tải về X_VINH_THAI_2024-H1.xlsx").waitFor();
  });

  it("validates: a filled form with errors shows the counts, and clicking an issue shows its cell", async () => {
    const { file, form } = await twoErrorsForm(work);
    await page.locator("[data-testid=check-file]").setInputFiles(file);
    const counts = page.getByTestId("severity-counts");
    await counts.waitFor();
    expect(await counts.innerText()).toMatch(/2 lỗi/);
    const cell = form.inputCells["BL02.NU"].address;
    await page.locator(`[data-testid=issue-list] button[data-cell="${cell}"]`).first().click();
    const selected = page.getByTestId("selected-cell");
    await selected.waitFor();
    expect(await selected.innerText()).toContain(`Ô ${cell}`);
    expect(await page.locator(`button[data-cell="${cell}"][aria-pressed=true]`).count()).toBe(1);
    await expect(fitsWidth()).resolves.toBe(true);
    await shot("02-kiem-tra", true);
  });

  it("consolidates several forms: status table with on-time, late, invalid and missing units, and a summary download", async () => {
    const files = await inbox(path.join(work, "inbox"));
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.locator("[data-testid=period-select]:visible").selectOption("2024-Y");
    await page.locator("[data-testid=as-of]").fill("2024-12-15");
    await page.locator("[data-testid=consolidate-files]").setInputFiles(files);
    await page.getByTestId("picked-count").getByText("Đã chọn 5 tệp").waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    const overview = page.getByTestId("summary-overview");
    await overview.waitFor();
    expect(await overview.innerText()).toMatch(/khong-doc-duoc\.xlsx: Không đọc được/);
    // the files were read on the pane's Web Workers, not on the page's thread
    const readers = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(Number(readers.bdgReadWorkers)).toBeGreaterThanOrEqual(2);
    expect(readers.bdgReadInWorkers).toBe("5");
    overviewWithWorkers = await overview.innerText();
    await shot("03-tong-hop", true);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("TongHop_BDG_2024-Y_2024-12-15.xlsx");
    const summary = readXlsx(new Uint8Array(readFileSync(await download.path())));
    expect(summary.ok).toBe(true);
    if (summary.ok) expect(summary.workbook.sheets.length).toBeGreaterThan(1);

    await page.getByRole("button", { name: "Xem tình hình nộp" }).click();
    const table = page.getByTestId("status-table");
    await table.waitFor();
    const statusOf = (unit: string) => table.locator(`[data-unit="${unit}"]`).getAttribute("data-status");
    await expect(statusOf("X_VINH_THAI")).resolves.toBe("on_time");
    await expect(statusOf("X_VINH_HA")).resolves.toBe("late");
    await expect(statusOf("X_VINH_LONG")).resolves.toBe("invalid");
    await expect(statusOf("X_VINH_SON")).resolves.toBe("missing");
    await expect(statusOf("MTTQ")).resolves.toBe("optional_missing");
    expect(await table.locator('[data-unit="X_VINH_HA"]').innerText()).toMatch(/Trễ 3 ngày/);
    const reminders = await page.getByRole("textbox", { name: "Lời nhắc nộp báo cáo" }).inputValue();
    expect(reminders).toContain("Kính gửi Xã Vĩnh Sơn: đề nghị gửi báo cáo BĐG kỳ Năm 2024 (hạn 10/12/2024)");
    await expect(fitsWidth()).resolves.toBe(true);
    await shot("04-tinh-hinh-nop", true);
    await checkStatusTab(table);
  });

  it("reads the files in the page, with the same summary, when the host refuses Web Workers (strict Content-Security-Policy)", async () => {
    expect(overviewWithWorkers).not.toBe("");
    const strict = await pane.context.newPage();
    const refusals: string[] = [];
    const errors: string[] = [];
    strict.on("pageerror", (err) => errors.push(String(err)));
    strict.on("console", (msg) => {
      if (msg.type() !== "error") return;
      if (/Content Security Policy/i.test(msg.text())) refusals.push(msg.text());
      else errors.push(msg.text());
    });
    await strict.route(`${server.origin}/taskpane.html`, async (route) => {
      const html = await (await route.fetch()).text();
      expect(html).toContain("worker-src 'self'");
      await route.fulfill({ contentType: "text/html; charset=utf-8", body: html.replace("worker-src 'self'", "worker-src 'none'") });
    });
    try {
      await strict.setViewportSize({ width: 420, height: 900 });
      await strict.goto(`${server.origin}/taskpane.html`);
      await strict.getByRole("tab", { name: "Tổng hợp" }).click();
      await strict.locator("[data-testid=period-select]:visible").selectOption("2024-Y");
      await strict.locator("[data-testid=as-of]").fill("2024-12-15");
      await strict.locator("[data-testid=consolidate-files]").setInputFiles(await inbox(path.join(work, "inbox-strict")));
      await strict.getByTestId("picked-count").getByText("Đã chọn 5 tệp").waitFor();
      await strict.getByRole("button", { name: "Tổng hợp", exact: true }).click();
      const overview = strict.getByTestId("summary-overview");
      await overview.waitFor();
      expect(await overview.innerText()).toBe(overviewWithWorkers);
      const readers = await strict.evaluate(() => ({ ...document.documentElement.dataset }));
      expect(readers).toMatchObject({ bdgReadWorkers: "0", bdgReadInWorkers: "0" });
      expect(refusals.some((r) => /worker-src/.test(r))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it("a messy inbox: the blank template and the scan do not count, the “(1)” re-send wins with an alert, and the receipt register is a file to download and pick again", async () => {
    const messy = await pane.context.newPage();
    try {
      await messy.setViewportSize({ width: 420, height: 900 });
      await messy.goto(`${server.origin}/taskpane.html`);
      await messy.getByRole("tab", { name: "Tổng hợp" }).click();
      await messy.locator("[data-testid=period-select]:visible").selectOption("2024-Y");
      await messy.locator("[data-testid=as-of]").fill("2024-12-15");
      await messy.locator("[data-testid=consolidate-files]").setInputFiles(await messyInbox(path.join(work, "messy")));
      await messy.getByRole("button", { name: "Tổng hợp", exact: true }).click();
      const overview = messy.getByTestId("summary-overview");
      await overview.waitFor();
      const text = await overview.innerText();
      expect(text).toMatch(/X_VINH_SON_2024-Y\.xlsx: Biểu mẫu trống/);
      expect(text).toMatch(/X_VINH_TU_2024-Y\.xlsx: Không dùng, đơn vị có bản khác được dùng \(Cùng ngày nộp \(09\/12\/2024\)/);
      expect(await messy.getByTestId("ignored-files").innerText()).toMatch(/cong-van-scan\.pdf/);
      expect(await messy.getByTestId("receipts-note").innerText()).toMatch(/3 tệp mới, tổng 3 tệp đã nhận/);
      const [download] = await Promise.all([messy.waitForEvent("download"), messy.getByTestId("register-download").click()]);
      expect(download.suggestedFilename()).toBe("so-nhan.json");
      const registerPath = path.join(work, "so-nhan.json");
      await download.saveAs(registerPath);
      expect(JSON.parse(readFileSync(registerPath, "utf8"))).toMatchObject({ format: "bdg-register", entries: expect.any(Array) });

      await messy.getByRole("button", { name: "Xem tình hình nộp" }).click();
      const row = messy.getByTestId("status-table").locator('[data-unit="X_VINH_TU"]');
      expect(await row.getAttribute("data-status")).toBe("on_time");
      await row.getByRole("button", { expanded: false }).click(); // the alert is part of the reason, shown on demand
      expect(await row.getByTestId("unit-alert").innerText()).toMatch(/2 bản số liệu khác nhau cùng ngày nộp 09\/12\/2024/);
      expect(await messy.getByTestId("status-table").locator('[data-unit="X_VINH_SON"]').getAttribute("data-status")).toBe("missing");

      // next time: the same files with the register picked again add nothing new
      await messy.getByRole("tab", { name: "Tổng hợp" }).click();
      await messy.locator("[data-testid=register-file]").setInputFiles(registerPath);
      await messy.getByTestId("register-picked").getByText("Sổ nhận: so-nhan.json").waitFor();
      await messy.getByRole("button", { name: "Tổng hợp", exact: true }).click();
      await messy.getByTestId("receipts-note").getByText(/0 tệp mới, tổng 3 tệp đã nhận/).waitFor();
    } finally {
      await messy.close();
    }
  });
});

