// Task pane build: dist/ with content-hashed bundles (ES2021, see TARGETS), the ES5 boot check, taskpane.html (office.js from Microsoft's CDN,
// the only network request the product makes), icons, the support page and the manifest.
// The .xlsx writer is reachable only through a dynamic import() (file-mode downloads), so webpack puts it
// in a lazy chunk: the first load of the task pane never carries it (checked by test/browser/privacy-size).
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const fs = require("node:fs");

const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { publicOrigin, rewriteManifest } = require("./scripts/public-url.cjs");

const DEV_PORT = 3000;
/**
 * The language level of every built bundle, checked by test/browser/bundle-language-level.test.ts.
 * - WebView2 (Office 2021+, Microsoft 365, retail 2016/2019 with the WebView2 Runtime): evergreen Chromium;
 *   109 is the last WebView2/Edge for Windows 7, 8.1 and Server 2012, the oldest that still gets one.
 * - Chromium-based Edge (Excel on the web): the same floor.
 * - Safari on the Macs that run current Office (WKWebView is the system's Safari): current Microsoft 365
 *   for Mac needs a recent macOS; Safari 15 (macOS 12) is a floor below all of them. Safari 15 lacks
 *   class static blocks (16.4), so ES2022 is out: ES2021 is the highest level all of them fully run.
 * The ES5 boot check (src/taskpane/boot/boot-check.js) is copied untouched and says so on older webviews.
 */
const TARGETS = ["es2021", "chrome109", "edge109", "safari15"];

/** The ES5 boot check, copied as is (never transpiled or bundled) under a content hash. */
const BOOT_SOURCE = path.resolve(__dirname, "src/taskpane/boot/boot-check.js");
function bootScriptName() {
  const hash = require("node:crypto").createHash("sha256").update(fs.readFileSync(BOOT_SOURCE)).digest("hex").slice(0, 8);
  return `boot-check.${hash}.js`;
}

/** https options for the dev server: Office's dev certificates; if they cannot be trusted here (no sudo
 * on Linux), the generated certificate is still used and the user is told to trust it by hand. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(defaults.localhostCertificatePath)) {
      await devCerts.generateCertificates();
    }
    console.warn(
      `Không cài được chứng chỉ phát triển vào kho tin cậy của máy (${err.message.split("\n")[0]}).\n` +
        `Hãy tin cậy thủ công tệp ${defaults.caCertificatePath} trong trình duyệt.`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

/** Where the page's read worker is built first, to be inlined as text (never shipped on its own). */
const PAGE_WORKER_DIR = path.resolve(__dirname, "node_modules/.cache/bdg-page-worker");
const PAGE_WORKER_FILE = path.join(PAGE_WORKER_DIR, "read-worker.js");

/**
 * The standalone page dist/bao-cao-bdg.html (docs/contract.md §4.6): the same App and file actions
 * from another entry (src/page/index.tsx), in ONE file that works from file:// with no server.
 * - The read worker is built first (its own config) and inlined as a string, started from a Blob URL.
 * - asyncChunks: false keeps the lazy .xlsx writer inside the bundle; it still runs only when asked.
 * - InlinePagePlugin writes the bundle into the page's template as an inline script.
 */
function standalonePage(production, taskpane) {
  const { InlinePagePlugin } = require("./scripts/inline-page-plugin.cjs");
  const common = {
    mode: taskpane.mode,
    devtool: false,
    resolve: taskpane.resolve,
    module: taskpane.module,
    performance: { hints: false },
  };
  const worker = {
    ...common,
    name: "page-worker",
    dependencies: ["taskpane"],
    target: "webworker",
    entry: { "read-worker": "./src/taskpane/host/read-worker.ts" },
    output: { path: PAGE_WORKER_DIR, filename: "read-worker.js", asyncChunks: false, clean: true },
    optimization: { splitChunks: false },
  };
  const page = {
    ...common,
    name: "page",
    dependencies: ["page-worker"],
    target: "web",
    entry: { "bao-cao-bdg": "./src/page/index.tsx" },
    output: { path: path.resolve(__dirname, "dist"), filename: "bao-cao-bdg.js", asyncChunks: false, clean: false, publicPath: "" },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      new (require("webpack").DefinePlugin)({
        __BDG_READ_WORKER_SOURCE__: require("webpack").DefinePlugin.runtimeValue(() => JSON.stringify(fs.readFileSync(PAGE_WORKER_FILE, "utf8")), {
          fileDependencies: [PAGE_WORKER_FILE],
        }),
      }),
      new InlinePagePlugin({ template: path.resolve(__dirname, "src/page/bao-cao-bdg.html"), script: "bao-cao-bdg.js", filename: "bao-cao-bdg.html" }),
    ],
  };
  void production;
  return [worker, page];
}

module.exports = async (_env, argv) => {
  const production = argv.mode !== "development";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const origin = publicOrigin(process.env.BDG_PUBLIC_URL, production);
  const bootScript = bootScriptName();

  const taskpane = {
    name: "taskpane",
    mode: production ? "production" : "development",
    target: "web",
    devtool: production ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      // A dynamic import() needs an explicit ".js" under tsconfig's nodenext rules; it names a .ts file.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      // One transpiler for our TypeScript and for every package: esbuild (esbuild-loader), lowering to
      // TARGETS. Third-party code ships newer syntax than the webviews run (Fluent UI's tabster ships
      // ES2022 class fields and static blocks), so node_modules go through it too. Chosen by measurement
      // (docs/architecture.md "Build"): the same size as ts-loader's output within 0.3 %, ES2021 everywhere.
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, loader: "esbuild-loader", options: { target: TARGETS, tsconfig: "tsconfig.json", jsx: "automatic" } },
        { test: /\.m?js$/, include: /node_modules/, loader: "esbuild-loader", options: { target: TARGETS } },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        // webpack's default ("async" chunks) minus the read worker (src/taskpane/host/read-worker.ts):
        // the worker is one self-contained file (reader + core, no React, no writer), loaded with
        // one request when "Tổng hợp" starts, not split into pieces it would fetch one by one.
        chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== "read-worker",
        cacheGroups: {
          // React + Fluent UI in their own first-load file, so our code's size is measured apart from it.
          ui: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|tabster|keyborg|@floating-ui|stylis|rtl-css-js|@swc|use-sync-external-store|@ctrl)[\\/]/,
            name: "ui",
            chunks: "initial",
            enforce: true,
          },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        bootScript,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/taskpane/commands.html",
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/huong-dan.html", to: "huong-dan.html" },
          { from: "assets/commands.js", to: "commands.js" },
          { from: BOOT_SOURCE, to: bootScript, info: { minimized: true } },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => Buffer.from(rewriteManifest(content.toString("utf8"), origin), "utf8") },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: DEV_PORT,
          host: "localhost",
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: { directory: path.resolve(__dirname, "dist") },
          client: { overlay: { errors: true, warnings: false } },
          onListening: () => {
            if (process.env.BDG_PRINT_SIDELOAD_HELP) console.log(require("./scripts/sideload-help.cjs").sideloadHelp(__dirname));
          },
        }
      : undefined,
  };
  if (serving) return taskpane;
  return [taskpane, ...standalonePage(production, taskpane)];
};

module.exports.TARGETS = TARGETS;
