// Task pane build: dist/ with content-hashed bundles, taskpane.html (office.js from Microsoft's CDN,
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

module.exports = async (_env, argv) => {
  const production = argv.mode !== "development";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const origin = publicOrigin(process.env.BDG_PUBLIC_URL, production);

  return {
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
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false, sourceMap: !production },
            },
          },
        },
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
};
