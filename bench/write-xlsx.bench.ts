// Which .xlsx writer bdg should use (`node bench/run-ts.mjs bench/write-xlsx.bench.ts [rounds=7]`).
// Prints numbers; asserts nothing.
//
// Every writer renders the same WorkbookModel in its own process, whole process against whole
// process in interleaved rounds (the order rotates each round), with the median of CPU (user +
// system, node's start-up included) and wall time; "− floor" subtracts a process that only starts
// and parses the models. Two jobs: the district summary (`consolidate --out`) and 27 blank forms
// (`template --all`). Also: warm time per workbook in a long-running process (the task pane), and
// the gzipped size each writer adds to a browser bundle.
//
// Writers: bdg's own (SpreadsheetML + fflate), exceljs required from node_modules (bdg until now),
// exceljs bundled by esbuild, and, when installed, @cj-tech-master/excelts and write-excel-file:
//   npm install --no-save @cj-tech-master/excelts write-excel-file
// or install them elsewhere and set BDG_BENCH_WRITERS=/that/folder/node_modules.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { readXlsx } from "../src/xlsx/read";
import { blankFormModels, summaryModel } from "./write-xlsx/models";

const REPO = resolve(__dirname, "..", "..", "..");
const EXTRA = process.env.BDG_BENCH_WRITERS ? [resolve(process.env.BDG_BENCH_WRITERS)] : [];
const NODE_PATHS = [join(REPO, "node_modules"), ...EXTRA];
const OUT = join(REPO, "node_modules", ".cache", "bdg-bench", "write-xlsx");

interface Candidate {
  name: string;
  entry: string;
  external: string[];
  /** The package it needs, or null (bdg's own). */
  needs: string | null;
  /** What it cannot render of the model. */
  lacks: string;
}

const CANDIDATES: Candidate[] = [
  { name: "floor (node + đọc mô hình)", entry: "child-floor.ts", external: [], needs: null, lacks: "" },
  { name: "bdg: SpreadsheetML + fflate", entry: "child-ours.ts", external: [], needs: null, lacks: "" },
  { name: "exceljs (node_modules)", entry: "child-exceljs.ts", external: ["exceljs"], needs: "exceljs", lacks: "ngắt trang theo cột" },
  { name: "exceljs (đóng gói esbuild)", entry: "child-exceljs.ts", external: [], needs: "exceljs", lacks: "ngắt trang theo cột" },
  { name: "@cj-tech-master/excelts", entry: "child-excelts.ts", external: [], needs: "@cj-tech-master/excelts", lacks: "ngắt trang theo cột" },
  {
    name: "write-excel-file",
    entry: "child-write-excel-file.ts",
    external: [],
    needs: "write-excel-file",
    lacks: "A4/vừa trang/lề, tiêu đề in lặp, đầu/chân trang, ngắt trang, kiểm tra dữ liệu, khóa ô/bảo vệ trang, trang ẩn, màu thẻ, lọc",
  },
];

function installed(pkg: string): boolean {
  try {
    require.resolve(`${pkg}/package.json`, { paths: NODE_PATHS });
    return true;
  } catch {
    return false;
  }
}

async function bundle(c: Candidate, index: number): Promise<string> {
  const outfile = join(OUT, `writer-${index}.cjs`);
  await build({
    entryPoints: [join(REPO, "bench", "write-xlsx", c.entry)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    external: c.external,
    nodePaths: NODE_PATHS,
    logLevel: "error",
  });
  return outfile;
}

/** Gzipped bytes a browser bundle of `source` weighs, minified. */
async function browserGzip(source: string, external: string[] = []): Promise<number> {
  const result = await build({
    stdin: { contents: source, resolveDir: join(REPO, "bench"), loader: "ts" },
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    external,
    nodePaths: NODE_PATHS,
    logLevel: "silent",
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

interface Run {
  cpuMs: number;
  wallMs: number;
  loadMs: number;
  coldMs: number;
  warmMsPerModel: number | null;
  bytes: number;
  maxRssMb: number;
}

function runOnce(bundlePath: string, modelsPath: string, warm: number, sample?: string): Run {
  const start = performance.now();
  const child = spawnSync(process.execPath, [bundlePath, modelsPath, String(warm), ...(sample ? [sample] : [])], {
    encoding: "utf8",
    env: { ...process.env, NODE_PATH: NODE_PATHS.join(":") },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`${bundlePath}: ${child.stderr}`);
  return { ...JSON.parse(child.stdout.trim().split("\n").pop() as string), wallMs };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pad = (s: string | number, w: number) => String(s).padStart(w);

export async function main(rounds = 7): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "bdg-write-bench-"));
  const jobs = [
    { name: "bảng tổng hợp 27 đơn vị (consolidate --out)", path: join(work, "summary.json"), models: [summaryModel()] },
    { name: "27 biểu mẫu trống (template --all)", path: join(work, "forms.json"), models: blankFormModels() },
  ];
  for (const job of jobs) writeFileSync(job.path, JSON.stringify(job.models));

  const present = CANDIDATES.filter((c) => c.needs === null || installed(c.needs));
  const missing = CANDIDATES.filter((c) => !present.includes(c));
  const bundles = await Promise.all(present.map((c, i) => bundle(c, i)));

  // Each writer's output of the summary must read back with bdg's reader: no writer is timed on a broken file.
  for (let i = 1; i < present.length; i++) {
    const sample = join(work, `sample-${i}.xlsx`);
    runOnce(bundles[i], jobs[0].path, 0, sample);
    const read = readXlsx(new Uint8Array(readFileSync(sample)));
    if (!read.ok) throw new Error(`${present[i].name}: ${read.message}`);
  }

  console.log(`\nGhi .xlsx: mỗi bộ ghi một tiến trình, ${rounds} vòng xen kẽ, trung vị (node ${process.version})`);
  for (const job of jobs) {
    const runs: Run[][] = present.map(() => []);
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < present.length; k++) {
        const i = (k + r) % present.length;
        runs[i].push(runOnce(bundles[i], job.path, 0));
      }
    }
    const floor = { cpu: median(runs[0].map((x) => x.cpuMs)), wall: median(runs[0].map((x) => x.wallMs)) };
    const ours = median(runs[1].map((x) => x.cpuMs)) - floor.cpu;
    console.log(`\n${job.name}`);
    console.log(
      [
        "bộ ghi".padEnd(30),
        pad("CPU ms", 8),
        pad("− floor", 8),
        pad("wall ms", 8),
        pad("− floor", 8),
        pad("nạp ms", 7),
        pad("ghi ms", 7),
        pad("× bdg", 6),
        pad("KB", 6),
        pad("RSS MB", 7),
      ].join(" "),
    );
    present.forEach((c, i) => {
      const cpu = median(runs[i].map((x) => x.cpuMs));
      const wall = median(runs[i].map((x) => x.wallMs));
      const extra = cpu - floor.cpu;
      console.log(
        [
          c.name.padEnd(30),
          pad(cpu.toFixed(0), 8),
          pad(i === 0 ? "" : extra.toFixed(0), 8),
          pad(wall.toFixed(0), 8),
          pad(i === 0 ? "" : (wall - floor.wall).toFixed(0), 8),
          pad(median(runs[i].map((x) => x.loadMs)).toFixed(0), 7),
          pad(median(runs[i].map((x) => x.coldMs)).toFixed(0), 7),
          pad(i <= 1 ? "" : (extra / ours).toFixed(1), 6),
          pad(i === 0 ? "" : (runs[i][0].bytes / 1024).toFixed(0), 6),
          pad(median(runs[i].map((x) => x.maxRssMb)).toFixed(0), 7),
        ].join(" "),
      );
    });
  }

  console.log("\nMột tiến trình chạy lâu (task pane): ms mỗi sổ khi đã nóng (20 lần)");
  for (let i = 1; i < present.length; i++) {
    const times = jobs.map((job) => runOnce(bundles[i], job.path, 20).warmMsPerModel ?? NaN);
    console.log(`${present[i].name.padEnd(30)} tổng hợp ${pad(times[0].toFixed(1), 7)}   biểu mẫu ${pad(times[1].toFixed(1), 6)}`);
  }

  console.log("\nThêm vào gói trình duyệt (esbuild, nén gọn, gzip -9)");
  const ourWriter = `export { writeWorkbook } from "../src/xlsx/write";`;
  const sizes: [string, number][] = [
    ["bdg (kể cả fflate zip)", await browserGzip(ourWriter)],
    ["bdg (fflate đã có trong gói)", await browserGzip(ourWriter, ["fflate"])],
  ];
  const excelDist = join(REPO, "node_modules", "exceljs", "dist", "exceljs.min.js");
  if (existsSync(excelDist)) sizes.push(["exceljs (dist/exceljs.min.js)", gzipSync(readFileSync(excelDist), { level: 9 }).length]);
  if (installed("@cj-tech-master/excelts")) sizes.push(["@cj-tech-master/excelts", await browserGzip(`export { Workbook } from "@cj-tech-master/excelts";`)]);
  if (installed("write-excel-file")) sizes.push(["write-excel-file", await browserGzip(`export { default } from "write-excel-file/universal";`)]);
  for (const [name, bytes] of sizes) console.log(`${name.padEnd(34)} ${pad((bytes / 1024).toFixed(1), 7)} KB`);

  console.log("\nKhông vẽ được:");
  for (const c of present.filter((x) => x.lacks)) console.log(`  ${c.name}: ${c.lacks}`);
  for (const c of missing) console.log(`  ${c.name}: chưa cài (npm install --no-save ${c.needs}), bỏ qua`);
}
