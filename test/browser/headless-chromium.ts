// Headless Debian Chromium through playwright-core (the flags a container without a GPU or sandbox needs), with a fresh profile.
// There is no network: office.js (the only request the product makes) is served from
// node_modules/@microsoft/office-js; any other non-local request is blocked and recorded so the
// test can fail on it.
import { mkdtempSync, readFileSync, existsSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ROOT } from "./dist-build";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--lang=vi-VN", // date inputs drawn dd/mm/yyyy, as Vietnamese users see them
];

export interface Pane {
  context: BrowserContext;
  page: Page;
  /** Requests that would have left the machine (anything but the local server and office.js). */
  blocked: string[];
  /** office.js files served from disk in place of the CDN. */
  officeFiles: string[];
  /** Errors the page threw or logged (Content-Security-Policy refusals apart). */
  pageErrors: string[];
  /** What the page's Content-Security-Policy refused (never reaches the network). */
  cspRefusals: string[];
  close(): Promise<void>;
}

export interface PaneOptions {
  /** Another browser's user agent (e.g. Internet Explorer 11's, to see what the boot check says). */
  userAgent?: string;
  /** Runs before the page is opened (init scripts, routes of the test's own). */
  beforeGoto?: (context: BrowserContext) => Promise<unknown>;
}

export async function openPane(url: string, viewport = { width: 420, height: 900 }, options: PaneOptions = {}): Promise<Pane> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "bdg-chromium-"));
  process.env.XDG_CONFIG_HOME = mkdtempSync(path.join(os.tmpdir(), "bdg-xdg-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
    acceptDownloads: true,
    viewport,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    userAgent: options.userAgent,
  });
  const blocked: string[] = [];
  const officeFiles: string[] = [];
  const pageErrors: string[] = [];
  const cspRefusals: string[] = [];
  const local = new URL(url).origin;
  await context.route("**/*", async (route) => {
    const requested = route.request().url();
    if (requested.startsWith(local) || requested.startsWith("data:") || requested.startsWith("blob:")) return route.continue();
    if (requested.startsWith(OFFICE_CDN)) {
      const rel = requested.slice(OFFICE_CDN.length).split("?")[0];
      const file = path.join(OFFICE_DIST, rel);
      if (!rel.includes("..") && existsSync(file)) {
        officeFiles.push(rel);
        return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
      }
    }
    blocked.push(requested);
    return route.abort("blockedbyclient");
  });
  await options.beforeGoto?.(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize(viewport); // a task pane's width
  page.on("pageerror", (err) => pageErrors.push(String(err)));
  page.on("console", (msg) => {
    if (msg.type() !== "error") return;
    if (/Content Security Policy/i.test(msg.text())) cspRefusals.push(msg.text());
    else pageErrors.push(msg.text());
  });
  await page.goto(url);
  return {
    context,
    page,
    blocked,
    officeFiles,
    pageErrors,
    cspRefusals,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
