// The standalone page dist/bao-cao-bdg.html (docs/contract.md §4.6) as a new user gets it: the one
// file alone in a folder, opened from file:// in headless Chromium with every network request
// refused and recorded. It downloads a blank form, checks a filled form, consolidates an inbox on
// Blob-URL workers with the same statuses and totals as `bdg consolidate --json`, and keeps the
// receipt register as a file downloaded and picked again.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { readXlsx } from "../../src/xlsx/read";
import { bdg, buildCli, REPO } from "../cli/helpers/run-bdg";
import { PAGE, ensureDist } from "./dist-build";
import { inbox, twoErrorsForm, writeForm } from "./fixtures";
import { createHash } from "node:crypto";

const work = mkdtempSync(path.join(os.tmpdir(), "bdg-page-"));
const alone = mkdtempSync(path.join(os.tmpdir(), "bdg-page-alone-"));
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];
let pageUrl = "";

beforeAll(async () => {
  ensureDist();
  buildCli();
  const file = path.join(alone, "bao-cao-bdg.html");
  copyFileSync(PAGE, file);
  pageUrl = pathToFileURL(file).href;
  context = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), "bdg-chromium-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    acceptDownloads: true,
    offline: true,
    viewport: { width: 900, height: 1000 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  // every request is recorded; anything but the page itself and its own blob:/data: URLs is refused
  context.on("request", (request) => requests.push(request.url()));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === pageUrl || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    return route.abort("blockedbyclient");
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() === "error") pageErrors.push(msg.text());
  });
  await page.goto(pageUrl);
  await page.getByRole("tab", { name: "Biểu mẫu" }).waitFor();
}, 15 * 60_000);

afterAll(async () => {
  await context?.close();
});

afterEach(() => {
  const leftTheMachine = requests.filter((url) => url !== pageUrl && !url.startsWith("blob:") && !url.startsWith("data:"));
  expect(leftTheMachine).toEqual([]);
  expect(pageErrors).toEqual([]);
});

describe("the standalone page, opened alone from file://", () => {
  it("is one file: nothing beside it, no script or style loaded from elsewhere, and Office.js not loaded", async () => {
    expect(readdirSync(alone)).toEqual(["bao-cao-bdg.html"]);
    const html = readFileSync(PAGE, "utf8");
    expect(html).not.toMatch(/<script[^>]*\ssrc=/);
    expect(html).not.toMatch(/<link[^>]*\shref=/);
    expect(html).not.toContain("appsforoffice.microsoft.com");
    await expect(page.evaluate(() => typeof (globalThis as { Office?: unknown }).Office)).resolves.toBe("undefined");
    await expect(page.getByText("Chế độ tệp").isVisible()).resolves.toBe(true);
  });

  it("downloads the blank form of the chosen unit and period", async () => {
    await page.locator("[data-testid=unit-select]").selectOption("X_VINH_THAI");
    await page.locator("[data-testid=period-select]:visible").selectOption("2024-H1");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải biểu mẫu" }).click()]);
    expect(download.suggestedFilename()).toBe("X_VINH_THAI_2024-H1.xlsx");
    const read = readXlsx(new Uint8Array(readFileSync(await download.path())));
    expect(read.ok && read.workbook.sheets.map((s) => s.name)).toEqual(["BaoCao", "_meta"]);
  });

  it("checks a filled form: the errors, with the cell address of each", async () => {
    const { file, form } = await twoErrorsForm(work);
    await page.locator("[data-testid=check-file]").setInputFiles(file);
    const counts = page.getByTestId("severity-counts");
    await counts.waitFor();
    expect(await counts.innerText()).toMatch(/2 lỗi/);
    const cell = form.inputCells["BL02.NU"].address;
    expect(await page.locator(`[data-testid=issue-list] button[data-cell="${cell}"]`).count()).toBeGreaterThan(0);
  });

  it("finalizes: refuses while errors remain, otherwise downloads a stamped copy and leaves the original untouched", async () => {
    const { file: withErrors } = await twoErrorsForm(path.join(work, "finalize"));
    await page.locator("[data-testid=finalize-file]").setInputFiles(withErrors);
    await page.getByTestId("finalize-result").getByText(/Chưa thể hoàn tất: còn 2 lỗi/).waitFor();

    const { file } = await writeForm(path.join(work, "finalize"), "vinh-thai.xlsx", "X_VINH_THAI", "2024-Y", "2024-12-09");
    const before = createHash("sha256").update(readFileSync(file)).digest("hex");
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-testid=finalize-file]").setInputFiles(file)]);
    expect(download.suggestedFilename()).toBe("vinh-thai_hoan-tat.xlsx");
    await page.getByTestId("finalize-result").getByText(/Đã tải về bản sao vinh-thai_hoan-tat\.xlsx/).waitFor();
    const stamped = readXlsx(new Uint8Array(readFileSync(await download.path())));
    if (!stamped.ok) throw new Error(stamped.message);
    const meta = Object.fromEntries(stamped.workbook.sheets.find((s) => s.name === "_meta")!.rows.map((r) => [String(r[0]), r[1]]));
    expect(meta).toMatchObject({ format: "bdg-report", unit: "X_VINH_THAI", period: "2024-Y", report_date: "2024-12-09" });
    expect(String(meta.submitted_at)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+07:00$/);
    expect(createHash("sha256").update(readFileSync(file)).digest("hex")).toBe(before);
  });

  it("consolidates an inbox on Blob-URL workers with the statuses and totals of `bdg consolidate --json`, and keeps the register as a file", async () => {
    const dir = path.join(work, "inbox");
    const files = await inbox(dir);
    const cli = bdg(["consolidate", dir, "--period", "2024-Y", "--as-of", "2024-12-15", "--json"]);
    expect(cli.stderr).toBe("");
    const expected = JSON.parse(cli.stdout) as { units: { unit: string; status: string }[]; totals: Record<string, unknown> };

    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.locator("[data-testid=period-select]:visible").selectOption("2024-Y");
    // the date field shows and reads dd/mm/yyyy whatever the browser's language; a date that cannot be is said
    await page.locator("[data-testid=as-of]").fill("31/02/2024");
    await page.getByText(/“31\/02\/2024” không phải ngày có thật/).waitFor();
    await page.locator("[data-testid=as-of]").fill("15/12/2024");
    await page.locator("[data-testid=consolidate-files]").setInputFiles(files);
    await page.getByTestId("picked-count").getByText("Đã chọn 5 tệp").waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByTestId("summary-overview").waitFor();
    const readers = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    expect(Number(readers.bdgReadWorkers)).toBeGreaterThanOrEqual(1);
    expect(readers.bdgReadInWorkers).toBe("5");

    // the summary workbook's _data sheet carries the page's totals and statuses in the long form (docs/contract.md §4.4)
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).click()]);
    expect(download.suggestedFilename()).toBe("TongHop_BDG_2024-Y_2024-12-15.xlsx");
    const summary = readXlsx(new Uint8Array(readFileSync(await download.path())));
    if (!summary.ok) throw new Error(summary.message);
    const data = summary.workbook.sheets.find((s) => s.name === "_data");
    expect(data).toBeDefined();
    const [header, ...rows] = data!.rows;
    const col = (name: string) => header.indexOf(name);
    const totalsOnPage = Object.fromEntries(rows.filter((r) => r[col("unit")] === "TOTAL").map((r) => [String(r[col("indicator")]), r[col("value")]]));
    // every number the CLI totals is on the page, equal; narratives (NX…) have no TOTAL row
    const numericTotals = Object.entries(expected.totals).filter(([, v]) => typeof v === "number") as [string, number][];
    expect(numericTotals.length).toBeGreaterThan(10);
    expect(Object.keys(totalsOnPage).sort()).toEqual(expect.arrayContaining(numericTotals.map(([code]) => code).sort()));
    for (const [code, value] of numericTotals) expect(Number(totalsOnPage[code])).toBeCloseTo(value, 9);

    await page.getByRole("button", { name: "Xem tình hình nộp" }).click();
    const table = page.getByTestId("status-table");
    await table.waitFor();
    for (const unit of expected.units) {
      await expect(table.locator(`[data-unit="${unit.unit}"]`).getAttribute("data-status")).resolves.toBe(unit.status);
    }

    // the same inbox as a picked folder (with a subfolder and a scan beside the forms), and as files dropped onto the page
    const folder = path.join(work, "hop-thu");
    const nested = await inbox(path.join(folder, "thang-12"));
    writeFileSync(path.join(folder, "cong-van.pdf"), "%PDF-1.4");
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.locator("[data-testid=consolidate-folder]").setInputFiles(folder);
    await page.getByTestId("picked-count").getByText("Đã chọn 6 tệp").waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByTestId("ignored-files").getByText(/cong-van\.pdf/).waitFor();
    const payload = nested.map((f) => ({ name: path.basename(f), bytes: [...readFileSync(f)] }));
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, payload);
    await page.getByTestId("picked-count").getByText("Đã chọn 5 tệp").waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByRole("button", { name: "Xem tình hình nộp" }).click();
    for (const unit of expected.units) {
      await expect(page.getByTestId("status-table").locator(`[data-unit="${unit.unit}"]`).getAttribute("data-status")).resolves.toBe(unit.status);
    }

    // the receipt register: downloaded, then picked again next time (never the browser's storage)
    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    const [registerDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("register-download").click()]);
    const registerPath = path.join(work, "so-nhan.json");
    await registerDownload.saveAs(registerPath);
    expect(JSON.parse(readFileSync(registerPath, "utf8"))).toMatchObject({ format: "bdg-register", entries: expect.any(Array) });
    await page.locator("[data-testid=register-file]").setInputFiles(registerPath);
    await page.getByTestId("register-picked").getByText("Sổ nhận: so-nhan.json").waitFor();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByTestId("receipts-note").getByText(/0 tệp mới/).waitFor();
    // storage holds only the user's choices (unit, period), never the register or any report value
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
    expect(stored).not.toMatch(/bdg-register|sha256|X_VINH_HA|TT02/i);
    expect(stored.length).toBeLessThan(500);
  });

  it("chooses the plan: a plan file picked from disk, then back to the built-in plan", async () => {
    await page.getByRole("tab", { name: "Biểu mẫu" }).click();
    await page.locator("[data-testid=plan-file]").setInputFiles(path.join(REPO, "plans", "quang-tri-2025.example.json"));
    await page.getByTestId("plan-title").getByText(/\(tệp quang-tri-2025\.example\.json\)/).waitFor();
    const units = await page.locator("[data-testid=unit-select] option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(units).toEqual(expect.arrayContaining(["XA_VINH_LINH"]));
    expect(units).not.toContain("X_VINH_THAI");
    await page.getByRole("button", { name: "Dùng kế hoạch có sẵn" }).click();
    await page.getByTestId("plan-title").getByText(/\(có sẵn\)/).waitFor();
  });

  it("compares with an earlier summary picked from disk, and downloads the long form as the CLI's --csv", async () => {
    // the earlier period: bdg's own summary of two forms; this period: Vĩnh Thái's TT01 jumps 10 → 40
    const before = path.join(work, "ky-truoc");
    await writeForm(before, "thai.xlsx", "X_VINH_THAI", "2024-Y", "2024-12-09", { TT01: 10 });
    await writeForm(before, "ha.xlsx", "X_VINH_HA", "2024-Y", "2024-12-09", { TT01: 4 });
    const previousFile = path.join(work, "tong-hop-ky-truoc.xlsx");
    expect(bdg(["consolidate", before, "--period", "2024-Y", "--as-of", "2024-12-15", "--out", previousFile]).status).toBe(0);
    const now = path.join(work, "ky-nay");
    const files = [
      (await writeForm(now, "thai.xlsx", "X_VINH_THAI", "2024-Y", "2024-12-09", { TT01: 40 })).file,
      (await writeForm(now, "ha.xlsx", "X_VINH_HA", "2024-Y", "2024-12-09", { TT01: 5 })).file,
    ];
    const cli = bdg(["consolidate", now, "--period", "2024-Y", "--as-of", "2024-12-15", "--previous", previousFile, "--json", "--csv", path.join(work, "bang-dai-cli.csv")]);
    expect(cli.status).toBe(0);
    const expected = JSON.parse(cli.stdout) as { comparison: Record<string, { previous: number; change: number }> };
    expect(expected.comparison.TT01).toMatchObject({ previous: 14, change: 31 });

    await page.getByRole("tab", { name: "Tổng hợp" }).click();
    await page.locator("[data-testid=period-select]:visible").selectOption("2024-Y");
    await page.locator("[data-testid=as-of]").fill("15/12/2024");
    // a unit's form is not an earlier summary: said at once, and nothing is compared
    await page.locator("[data-testid=previous-file]").setInputFiles(files[0]);
    await page.getByText(/Bảng tổng hợp kỳ trước thai\.xlsx: tệp không phải bảng tổng hợp do bdg tạo ra/).waitFor();
    await page.getByTestId("previous-picked").getByText(/Không so sánh/).waitFor();
    await page.locator("[data-testid=previous-file]").setInputFiles(previousFile);
    await page.getByTestId("previous-picked").getByText("Kỳ trước: tong-hop-ky-truoc.xlsx (kỳ 2024-Y, tính đến ngày 15/12/2024)").waitFor();
    await page.locator("[data-testid=consolidate-files]").setInputFiles(files);
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    const comparison = page.getByTestId("comparison");
    await comparison.waitFor();
    await comparison.getByText("So sánh với kỳ 2024-Y").waitFor();
    await expect(comparison.getByTestId("comparison-outliers").locator("li").evaluateAll((li) => li.map((e) => (e as HTMLElement).dataset.unit))).resolves.toEqual(["X_VINH_THAI"]);
    await expect(comparison.locator('[data-code="TT01"] td').allInnerTexts()).resolves.toEqual([expect.stringMatching(/^TT01: /), "45", "14", "+31 (+221,4 %)"]);

    // the downloaded summary carries the comparison sheet
    const [summaryDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải bảng tổng hợp (.xlsx)" }).click()]);
    const summary = readXlsx(new Uint8Array(readFileSync(await summaryDownload.path())));
    if (!summary.ok) throw new Error(summary.message);
    expect(summary.workbook.sheets.map((s) => s.name)).toContain("SoSanh");

    // the long form: UTF-8 with a BOM, the same rows as `bdg consolidate --csv` (files named the same)
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải dữ liệu dạng dài (.csv)" }).click()]);
    expect(csvDownload.suggestedFilename()).toBe("BangDai_BDG_2024-Y_2024-12-15.csv");
    const csv = readFileSync(await csvDownload.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rowsOf = (text: string) => text.split("\r\n").map((line) => line.replace(/,[^,]*$/, "")); // all but source_file, a path in the CLI
    expect(rowsOf(csv.toString("utf8"))).toEqual(rowsOf(readFileSync(path.join(work, "bang-dai-cli.csv"), "utf8")));
    expect(csv.toString("utf8")).toContain("X_VINH_THAI,Xã Vĩnh Thái,TT01,40,on_time,thai.xlsx");

    // "Bỏ so sánh": the next consolidation compares with nothing
    await page.getByRole("button", { name: "Bỏ so sánh" }).click();
    await page.getByRole("button", { name: "Tổng hợp", exact: true }).click();
    await page.getByTestId("summary-overview").waitFor();
    await expect(page.getByTestId("comparison").count()).resolves.toBe(0);
  });
});
