// A PDF's pages as tests read them (poppler-utils: pdfinfo, pdftotext), and PNG renders of pages
// (pdftoppm) for the screenshots kept in docs/screenshots/.
import { execFileSync } from "node:child_process";

export interface PdfPage {
  /** 1-based. */
  number: number;
  widthPt: number;
  heightPt: number;
  /** The page's text in reading order (pdftotext -layout). */
  text: string;
}

export function pdfPages(path: string): PdfPage[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "100000", path], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    number: Number(m[1]),
    widthPt: Number(m[2]),
    heightPt: Number(m[3]),
  }));
  const texts = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).split("\f");
  return sizes.map((s, i) => ({ ...s, text: texts[i] ?? "" }));
}

/** A4 is 595 × 842 points; landscape when wider than tall. */
export function isA4(page: PdfPage): boolean {
  const [short, long] = [Math.min(page.widthPt, page.heightPt), Math.max(page.widthPt, page.heightPt)];
  return Math.abs(short - 595.3) < 2 && Math.abs(long - 841.9) < 2;
}

export const isLandscape = (page: PdfPage) => page.widthPt > page.heightPt;

/** Renders pages first..last of `pdf` to `<prefix>-N.png` at `dpi`. */
export function renderPng(pdf: string, prefix: string, first: number, last: number, dpi = 70): void {
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", String(first), "-l", String(last), pdf, prefix]);
}
