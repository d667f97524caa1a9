// Benchmark of the .xlsx reader against the unzip-only floor (measured when the reader was chosen:
// floor ≈ 0.33 ms/file, a targeted reader ≈ 0.64 ms/file on 12 KB forms; aim ≤ 2× the floor).
// Run: node bench/run-ts.mjs bench/read-xlsx.bench.ts [files] [rounds]   (bundles this file with esbuild, then runs it)
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { readXlsx } from "../src/xlsx/read";

export interface ReadXlsxBenchResult {
  files: number;
  averageBytes: number;
  /** Median over rounds, ms per file. */
  floorMsPerFile: number;
  readerMsPerFile: number;
  ratio: number;
}

/** A form like the ones units send back: a styled BaoCao table of 85 indicators and a hidden _meta sheet. */
export async function makeSampleForm(unitIndex: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("BaoCao");
  sheet.columns = [{ width: 8 }, { width: 60 }, { width: 12 }, { width: 16 }, { width: 24 }];
  sheet.getCell("A1").value = "BÁO CÁO THỐNG KÊ BÌNH ĐẲNG GIỚI NĂM 2024";
  sheet.getCell("A2").value = `Đơn vị báo cáo: UBND xã Vĩnh ${unitIndex}`;
  sheet.getCell("A3").value = "Kỳ báo cáo: Năm 2024";
  sheet.addRow([]);
  const header = sheet.addRow(["Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu kỳ báo cáo", "Ghi chú"]);
  header.font = { bold: true };
  for (let i = 1; i <= 85; i++) {
    const row = sheet.addRow([
      `CT${String(i).padStart(2, "0")}`,
      `Số lượng cán bộ, công chức nữ tham gia cấp ủy và giữ chức vụ lãnh đạo, quản lý (chỉ tiêu ${i})`,
      i % 3 === 0 ? "%" : "người",
      i % 7 === 0 ? { formula: `D${sheet.rowCount}+1`, result: i * 3 + 1 } : (i * 37 + unitIndex) % 250,
      i % 5 === 0 ? "Số liệu ước tính" : null,
    ]);
    row.getCell(4).numFmt = "#,##0";
    row.getCell(4).protection = { locked: false };
  }
  sheet.addRow(["", "Ngày báo cáo", "", new Date(Date.UTC(2024, 11, 9))]);
  const meta = wb.addWorksheet("_meta", { state: "veryHidden" });
  meta.addRows([["unit", `X_${unitIndex}`], ["period", "2024-Y"], ["version", 1]]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function timeEach(files: Uint8Array[], work: (bytes: Uint8Array) => unknown): number {
  const start = performance.now();
  for (const bytes of files) work(bytes);
  return (performance.now() - start) / files.length;
}

/** Alternates floor and reader passes so machine load hits both alike; returns medians. */
export function benchReadXlsx(files: Uint8Array[], rounds = 15): ReadXlsxBenchResult {
  for (const bytes of files) {
    const result = readXlsx(bytes);
    if (!result.ok) throw new Error(`sample form unreadable: ${result.message}`);
  }
  const floor: number[] = [];
  const reader: number[] = [];
  timeEach(files, (b) => unzipSync(b)); // warm up both paths
  timeEach(files, (b) => readXlsx(b));
  for (let r = 0; r < rounds; r++) {
    floor.push(timeEach(files, (b) => unzipSync(b)));
    reader.push(timeEach(files, (b) => readXlsx(b)));
  }
  const floorMsPerFile = median(floor);
  const readerMsPerFile = median(reader);
  return {
    files: files.length,
    averageBytes: Math.round(files.reduce((sum, f) => sum + f.length, 0) / files.length),
    floorMsPerFile,
    readerMsPerFile,
    ratio: readerMsPerFile / floorMsPerFile,
  };
}

export async function main(fileCount = 500, rounds = 15): Promise<ReadXlsxBenchResult> {
  const distinct = await Promise.all(Array.from({ length: 20 }, (_v, i) => makeSampleForm(i)));
  const files = Array.from({ length: fileCount }, (_v, i) => distinct[i % distinct.length].slice());
  const result = benchReadXlsx(files, rounds);
  console.log(
    `read-xlsx: ${result.files} forms of ~${(result.averageBytes / 1024).toFixed(1)} KB | ` +
      `unzipSync floor ${result.floorMsPerFile.toFixed(3)} ms/file | readXlsx ${result.readerMsPerFile.toFixed(3)} ms/file | ` +
      `${result.ratio.toFixed(2)}× floor`,
  );
  return result;
}
