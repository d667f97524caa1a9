// The standalone page (dist/bao-cao-bdg.html) opened from file:// in headless Chromium, offline:
// its size, and the time from the "Tổng hợp" click to the summary shown for N real forms
// (bench/forms.mjs), first click on a fresh page and later clicks. Prints numbers, asserts nothing.
// Usage: node bench/page.bench.mjs [27,500] [--rounds 3]
/* global console, process, performance, document */
import { copyFileSync, mkdtempSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { buildCli, demoForms, REPO, writeInbox } from "./forms.mjs";

const sizes = (process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : "27,500").split(",").map(Number);
const ROUNDS = process.argv.includes("--rounds") ? Number(process.argv[process.argv.indexOf("--rounds") + 1]) : 3;
const { ensureDist, PAGE } = createRequire(import.meta.url)("../scripts/ensure-dist.cjs");

ensureDist();
buildCli();
const work = mkdtempSync(join(os.tmpdir(), "bdg-page-bench-"));
const page = join(work, "bao-cao-bdg.html");
copyFileSync(PAGE, page);
const bases = demoForms(work);
console.log(`dist/bao-cao-bdg.html: ${(statSync(PAGE).size / 1024).toFixed(0)} KB, one file`);

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function clickToSummary(tab, files) {
  await tab.getByRole("tab", { name: "Tổng hợp" }).click();
  await tab.locator("[data-testid=period-select]:visible").selectOption("2024-Y");
  await tab.locator("[data-testid=as-of]").fill("15/12/2024");
  await tab.locator("[data-testid=consolidate-files]").setInputFiles(files);
  await tab.getByTestId("picked-count").getByText(`Đã chọn ${files.length} tệp`).waitFor();
  // Timed from the click until the summary is shown and the button is usable again (the pane
  // disables it while reading), so a later click is not timed against the previous summary.
  const button = tab.getByRole("button", { name: "Tổng hợp", exact: true });
  const start = performance.now();
  await button.click();
  await tab.waitForFunction(() => {
    const b = [...document.querySelectorAll("button")].find((x) => x.textContent?.trim() === "Tổng hợp");
    return Boolean(document.querySelector("[data-testid=summary-overview]")) && b && !b.disabled && !document.querySelector("[role=progressbar]");
  }, null, { polling: 5 });
  return performance.now() - start;
}

for (const n of sizes) {
  const inbox = writeInbox(bases, join(work, `inbox-${n}`), n, 4);
  const first = [];
  const later = [];
  for (let r = 0; r < ROUNDS; r++) {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.route("**/*", (route) => (/^(file|blob|data):/.test(route.request().url()) ? route.continue() : route.abort()));
    const tab = await context.newPage();
    await tab.goto(pathToFileURL(page).href);
    first.push(await clickToSummary(tab, inbox.files));
    later.push(await clickToSummary(tab, inbox.files));
    await context.close();
  }
  const per = (ms) => `${median(ms).toFixed(0)} ms (${(median(ms) / n).toFixed(3)} ms/form) [${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)}]`;
  console.log(`N = ${n} forms (${inbox.kb.toFixed(1)} KB each), click → summary shown, median of ${ROUNDS}: first click ${per(first)}; later click ${per(later)}`);
}
await browser.close();
console.log(`(${os.cpus().length} cores; load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; repo ${REPO})`);
