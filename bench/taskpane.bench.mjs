// The task pane's performance figures (first load, files in, summary out), measured in headless Chromium (file mode):
//  - first load: gzipped size of every script taskpane.html loads at start, React + Fluent UI
//    (the "ui" chunk) apart from our code, and proof that exceljs is not among them
//    (goal ≤ 200 KB of our code beyond React and Fluent);
//  - "Tổng hợp" of N real forms picked with the file input (goal ≤ 1 ms per file), timed inside
//    the page from the click to the summary on screen, then the same files through the reader
//    and the core alone (no React, no progress bar) to show where the time goes.
// Prints figures only: exits non-zero on a crash, never on a slow figure.
//
// Usage: node bench/taskpane.bench.mjs [N] [--figures FILE]    (default 500; FILE: the figures as JSON,
//        for scripts/bench.mjs)
/* global URL, Buffer, console, process, performance, window, document, requestAnimationFrame, MutationObserver, setTimeout */
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { buildCli, demoForms, writeInbox } from "./forms.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const N = Number(process.argv[2]) > 0 ? Math.floor(Number(process.argv[2])) : 500;
const FIGURES = process.argv.includes("--figures") ? process.argv[process.argv.indexOf("--figures") + 1] : null;
const PERIOD = "2024-Y";
const AS_OF = "2024-12-12";
const ISOLATED_ROUNDS = 5;
/** Fresh panes, one first ("cold") click each: workers to start, code to compile. */
const COLD_RUNS = 3;
/** Further clicks on the first pane (workers warm): the median is printed. */
const WARM_CLICKS = 5;
const work = mkdtempSync(join(tmpdir(), "bdg-pane-bench-"));

const log = (text) => process.stderr.write(`${text}\n`);

// ---- dist/: reused when newer than every build input, else built (scripts/ensure-dist.cjs, shared with the browser tests)
const { ensureDist, firstLoadScripts } = createRequire(import.meta.url)("../scripts/ensure-dist.cjs");

// ---- first load --------------------------------------------------------------------------------
function firstLoad() {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  const first = firstLoadScripts(html);
  const files = first.map((file) => {
    const bytes = readFileSync(join(DIST, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, exceljs: bytes.includes("ExcelJS") };
  });
  const lazy = readdirSync(DIST).filter((f) => f.endsWith(".js") && !first.includes(f) && f !== "commands.js");
  const exceljsChunk = lazy.find((f) => readFileSync(join(DIST, f)).includes("ExcelJS")) ?? null;
  const ui = files.filter((f) => f.file.startsWith("ui."));
  const ours = files.filter((f) => !f.file.startsWith("ui."));
  const sum = (list) => list.reduce((n, f) => n + f.gzip, 0);
  return { files, lazy, exceljsChunk, uiGzip: sum(ui), oursGzip: sum(ours), totalGzip: sum(files), split: ui.length > 0 };
}

// ---- N real forms: the demo inbox, numbers scaled (bench/forms.mjs) ---------------------------------
function inboxOf(n) {
  buildCli();
  const bases = demoForms(work);
  const inbox = writeInbox(bases, join(work, "inbox"), n, 4);
  return { files: inbox.files, kb: inbox.kb, distinct: bases.length };
}

// ---- the reader and core alone, bundled for the page (served from the pane's own origin: CSP 'self') ----
const ISOLATED_ENTRY = `
import { readXlsx } from "./src/xlsx/read";
import { unreadableReport } from "./src/core/read";
import { inspectWorkbook } from "./src/core/rules";
import { consolidate } from "./src/core/consolidate";
import { defaultPlan } from "./src/core/plan";
import { consolidateFiles } from "./src/usecases/consolidate-files";

function outcomeCounts(summary) {
  const counts = {};
  for (const f of summary.files) counts[f.outcome] = (counts[f.outcome] ?? 0) + 1;
  return counts;
}

async function round(files, period, asOf) {
  const t0 = performance.now();
  const bytes = [];
  for (const f of files) bytes.push(new Uint8Array(await f.arrayBuffer()));
  const t1 = performance.now();
  const grids = bytes.map((b) => readXlsx(b));
  const t2 = performance.now();
  const reports = grids.map((r, i) =>
    r.ok ? inspectWorkbook(defaultPlan, files[i].name, null, r.workbook) : unreadableReport(files[i].name, null, r.message));
  const t3 = performance.now();
  const summary = consolidate(defaultPlan, period, asOf, reports, { includeInvalid: false });
  const t4 = performance.now();
  const inputs = files.map((f) => ({ name: f.name, lastModified: f.lastModified, bytes: async () => new Uint8Array(await f.arrayBuffer()) }));
  await consolidateFiles({ plan: defaultPlan, periodCode: period, asOf, files: inputs });
  const t5 = performance.now();
  // the same bytes, 32 File reads in flight at a time: how much of "đọc bytes" is per-read latency
  for (let i = 0; i < files.length; i += 32) await Promise.all(files.slice(i, i + 32).map((f) => f.arrayBuffer()));
  const t6 = performance.now();
  return { parallelBytesMs: t6 - t5, bytesMs: t1 - t0, readMs: t2 - t1, inspectMs: t3 - t2, consolidateMs: t4 - t3, useCaseMs: t5 - t4, unreadable: grids.filter((r) => !r.ok).length, outcomes: outcomeCounts(summary) };
}

window.__bdgIsolated = async (input, rounds, period, asOf) => {
  const files = Array.from(input.files);
  const out = [];
  for (let i = 0; i < rounds; i++) out.push(await round(files, period, asOf));
  return out;
};
`;

async function isolatedBundle() {
  const result = await build({
    stdin: { contents: ISOLATED_ENTRY, resolveDir: ROOT, loader: "ts", sourcefile: "taskpane-bench-entry.ts" },
    bundle: true,
    platform: "browser",
    format: "iife",
    target: "es2020",
    minify: true,
    write: false,
    logLevel: "warning",
  });
  return result.outputFiles[0].contents;
}

// ---- static server for dist/ on 127.0.0.1 --------------------------------------------------------
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml" };

async function serve(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const file = resolve(root, "." + decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

// ---- headless Chromium, no network: office.js from node_modules, every other outside request blocked ----
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=vi-VN"];
const BENCH_SCRIPT = "/__bench/isolated.js";

async function openPane(origin, isolatedJs) {
  const profile = mkdtempSync(join(work, "chromium-"));
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(work, "xdg-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
    viewport: { width: 420, height: 900 },
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
  });
  const blocked = [];
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === origin + BENCH_SCRIPT) return route.fulfill({ status: 200, contentType: "text/javascript", body: Buffer.from(isolatedJs) });
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const rel = url.slice(OFFICE_CDN.length).split("?")[0];
      const file = join(OFFICE_DIST, rel);
      if (!rel.includes("..") && existsSync(file)) return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("tab", { name: "Biểu mẫu" }).waitFor({ timeout: 60_000 });
  return { context, page, blocked, pageErrors, close: () => context.close() };
}

/**
 * One "Tổng hợp" click, timed in the page with performance.now(): from just before the click to the
 * first DOM state where the summary is shown and the pane is idle again (progress bar gone, button
 * enabled), and to the next frame after that (painted).
 */
async function timedConsolidation(page) {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const button = [...document.querySelectorAll("button")].find((b) => b.textContent?.trim() === "Tổng hợp" && b.getAttribute("role") !== "tab");
        if (!button) return fail(new Error("no Tổng hợp button"));
        const before = document.querySelector('[data-testid="summary-overview"]');
        let sawBusy = false;
        let start = 0;
        const check = () => {
          const busy = button.disabled || document.querySelector('[data-testid="consolidate-progress"]') !== null;
          if (busy) sawBusy = true;
          const shown = document.querySelector('[data-testid="summary-overview"]');
          const error = document.querySelector('[role="alert"]');
          if (!busy && (sawBusy || (shown && shown !== before)) && (shown || error)) {
            const committed = performance.now();
            observer.disconnect();
            requestAnimationFrame(() =>
              setTimeout(() => done({ committedMs: committed - start, paintedMs: performance.now() - start, error: shown ? null : error.textContent })),
            );
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        start = performance.now();
        button.click();
      }),
  );
}

// ---- run ------------------------------------------------------------------------------------------
async function main() {
  ensureDist((text) => log(`bench: ${text}`));
  const size = firstLoad();
  log(`bench: tạo ${N} biểu mẫu …`);
  const inbox = inboxOf(N);
  const isolatedJs = await isolatedBundle();
  const server = await serve(DIST);
  let pane;
  try {
    /** A fresh pane with the files picked, ready for "Tổng hợp". */
    const freshPane = async () => {
      pane = await openPane(server.origin, isolatedJs);
      const { page } = pane;
      await page.getByRole("tab", { name: "Tổng hợp" }).click();
      await page.locator("[data-testid=period-select]:visible").selectOption(PERIOD);
      await page.locator("[data-testid=as-of]").fill(AS_OF);
      const pickStart = performance.now();
      await page.locator("[data-testid=consolidate-files]").setInputFiles(inbox.files);
      await page.waitForFunction(() => !/Chưa chọn/.test(document.querySelector('[data-testid="picked-count"]')?.textContent ?? "Chưa chọn"));
      return { page, pickMs: performance.now() - pickStart };
    };
    log(`bench: Tổng hợp trong task pane: ${COLD_RUNS} lần bấm đầu (nguội, mỗi lần một trang mới), ${WARM_CLICKS} lần bấm sau (nóng) …`);
    const colds = [];
    for (let c = 1; c < COLD_RUNS; c++) {
      const { page } = await freshPane();
      colds.push(await timedConsolidation(page));
      await pane.close();
      pane = undefined;
    }
    const { page, pickMs } = await freshPane();
    colds.push(await timedConsolidation(page));
    const warms = [];
    for (let w = 0; w < WARM_CLICKS; w++) warms.push(await timedConsolidation(page));
    const cold = medianRun(colds);
    const warm = medianRun(warms);
    const overview = await page.getByTestId("summary-overview").innerText();

    log("bench: đọc riêng (trình đọc + lõi, không React) …");
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.type = "file";
      input.multiple = true;
      input.id = "__bench_files";
      input.hidden = true;
      document.body.appendChild(input);
    });
    await page.locator("#__bench_files").setInputFiles(inbox.files);
    // Our own <script> with its own load promise: Playwright's addScriptTag also fails on an unrelated
    // CSP report (office.js's telemetry frame, refused by the pane's policy) that can land meanwhile.
    await page.evaluate(
      (src) =>
        new Promise((resolve, reject) => {
          const script = document.createElement("script");
          script.src = src;
          script.onload = () => resolve(undefined);
          script.onerror = () => reject(new Error(`không tải được ${src}`));
          document.head.appendChild(script);
        }),
      server.origin + BENCH_SCRIPT,
    );
    const rounds = await page.evaluate(
      ([rounds, period, asOf]) => window.__bdgIsolated(document.getElementById("__bench_files"), rounds, period, asOf),
      [ISOLATED_ROUNDS, PERIOD, AS_OF],
    );
    report({ size, inbox, pickMs, cold, warm, colds, warms, overview, rounds, blocked: pane.blocked, pageErrors: pane.pageErrors });
    if (FIGURES) {
      const best = rounds.reduce((a, b) => (a.readMs + a.inspectMs < b.readMs + b.inspectMs ? a : b));
      const perForm = (runs) => runs.map((r) => r.committedMs / N).sort((a, b) => a - b);
      const figures = {
        n: N,
        coldMsPerForm: cold.committedMs / N,
        coldRange: [perForm(colds)[0], perForm(colds).pop()],
        warmMsPerForm: warm.committedMs / N,
        warmRange: [perForm(warms)[0], perForm(warms).pop()],
        readMsPerForm: best.readMs / N,
        inspectMsPerForm: best.inspectMs / N,
        useCaseMsPerForm: best.useCaseMs / N,
        error: [...colds, ...warms].find((r) => r.error)?.error ?? null,
      };
      writeFileSync(FIGURES, JSON.stringify(figures));
    }
  } finally {
    await pane?.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The run with the median time to the summary (ties: the earlier one). */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.committedMs - b.committedMs);
  return sorted[(sorted.length - 1) >> 1];
}

function report({ size, inbox, pickMs, cold, warm, colds, warms, overview, rounds, blocked, pageErrors }) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const per = (ms) => `${(ms / N).toFixed(3)} ms/tệp`;
  console.log(`\nTask pane (Chromium headless, ${new Date().toISOString().slice(0, 10)})`);
  console.log(`\nTải lần đầu (gzip -9, mọi script taskpane.html nạp lúc mở):`);
  for (const f of size.files) console.log(`  ${f.file.padEnd(28)} ${kb(f.bytes).padStart(10)} → ${kb(f.gzip).padStart(9)} gzip`);
  if (size.split) console.log(`  React + Fluent UI (ui.*): ${kb(size.uiGzip)}; mã của chúng ta: ${kb(size.oursGzip)} (mục tiêu ≤ 200 KB); tổng ${kb(size.totalGzip)}`);
  else console.log(`  tổng ${kb(size.totalGzip)} (build không tách React/Fluent ra tệp riêng)`);
  const exceljsFirst = size.files.filter((f) => f.exceljs).map((f) => f.file);
  console.log(
    exceljsFirst.length === 0
      ? `  exceljs: KHÔNG có trong lần tải đầu (chỉ trong chunk lười ${size.exceljsChunk ?? "(không tìm thấy)"}); chunk lười: ${size.lazy.join(", ")}`
      : `  exceljs: CÓ trong lần tải đầu: ${exceljsFirst.join(", ")}`,
  );

  console.log(`\nTổng hợp ${N} biểu mẫu (${inbox.kb.toFixed(1)} KB/tệp, ${inbox.distinct} mẫu demo khác nhau, số liệu nhân hệ số), kỳ ${PERIOD}, tính đến ${AS_OF}:`);
  console.log(`  chọn tệp (setInputFiles, ngoài phép đo): ${pickMs.toFixed(0)} ms`);
  const range = (runs) => `[${runs.map((r) => (r.committedMs / N).toFixed(3)).sort((a, b) => a - b).join(", ")}]`;
  for (const [label, run, runs] of [[`lần bấm đầu (nguội, trung vị của ${colds.length} trang)`, cold, colds], [`lần bấm sau (nóng, trung vị của ${warms.length})`, warm, warms]]) {
    console.log(
      `  ${label}: bấm → bảng tổng hợp hiện ${run.committedMs.toFixed(0)} ms = ${per(run.committedMs)} ${range(runs)}; ` +
        `đến khung hình kế tiếp ${run.paintedMs.toFixed(0)} ms = ${per(run.paintedMs)}` +
        (run.error ? `  LỖI: ${run.error}` : ""),
    );
  }
  console.log(`  mục tiêu ≤ 1 ms/tệp; tổng quan: ${overview.split("\n").filter(Boolean).slice(0, 2).join(" | ")}`);

  const fmt = (r) =>
    `đọc bytes ${per(r.bytesMs)} (32 song song: ${per(r.parallelBytesMs)}), readXlsx ${per(r.readMs)}, kiểm tra (inspectWorkbook) ${per(r.inspectMs)}, ` +
    `consolidate ${(r.consolidateMs).toFixed(1)} ms; consolidateFiles (use case, không nhường UI) ${per(r.useCaseMs)}`;
  const best = rounds.reduce((a, b) => (a.bytesMs + a.readMs + a.inspectMs < b.bytesMs + b.readMs + b.inspectMs ? a : b));
  console.log(`\nĐọc riêng trong trang (trình đọc + lõi của bundle, không React, ${rounds.length} vòng):`);
  console.log(`  vòng 1: ${fmt(rounds[0])}`);
  console.log(`  tốt nhất: ${fmt(best)}`);
  console.log(`  kết quả từng tệp: ${JSON.stringify(rounds[0].outcomes)}${rounds[0].unreadable > 0 ? `, ${rounds[0].unreadable} không đọc được` : ""}`);
  if (blocked.length > 0) console.log(`\nYêu cầu mạng bị chặn: ${blocked.join(", ")}`);
  if (pageErrors.length > 0) console.log(`\nLỗi trang: ${pageErrors.join(" | ")}`);
}

main().catch((err) => {
  console.error(err);
  rmSync(work, { recursive: true, force: true });
  process.exit(1);
});
