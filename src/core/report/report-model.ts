// The narrative report that goes to the level above, as data (docs/contract.md §4.4 `--docx`):
// heading, body blocks and closing, every text already built from the summary. A renderer (the
// .docx writer in src/docx) only lays it out in the Nghị định 30/2020/NĐ-CP format; it adds no words.
// Whatever the officer must still write is the visible FILL_IN mark "…".
import type { ChartSpec } from "./chart-spec";

/** What the officer fills in by hand: shown as it is, so it is seen and not forgotten. */
export const FILL_IN = "…";

export interface TextRunModel {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type ReportBlock =
  /** "I. TÌNH HÌNH GỬI BÁO CÁO" (level 1), "1. Tuyên truyền, nâng cao nhận thức" (level 2). */
  | { kind: "heading"; level: 1 | 2; text: string }
  /** A body paragraph: justified, first line indented. */
  | { kind: "paragraph"; runs: TextRunModel[] }
  /** One item of a list, written "- …". */
  | { kind: "item"; runs: TextRunModel[] }
  /** A figure with its caption below ("Biểu đồ 1. …"). */
  | { kind: "chart"; chart: ChartSpec };

export interface ReportSignature {
  /** "TM. ỦY BAN NHÂN DÂN", or null when the plan's issuer says nothing of who signs for it. */
  authority: string | null;
  /** The signer's title: FILL_IN when only the officer knows it (CHỦ TỊCH, KT. CHỦ TỊCH …). */
  position: string;
  /** The signer's name, FILL_IN. */
  name: string;
}

export interface ReportModel {
  /** Left of the heading: the issuing body, upper case ("UBND HUYỆN VĨNH LINH"). */
  issuer: string;
  /** "Số: …/BC-…". */
  number: string;
  /** Right of the heading, under the motto: "Vĩnh Linh, ngày … tháng … năm …". */
  placeDate: string;
  /** "BÁO CÁO". */
  title: string;
  /** The subject line under the title ("Kết quả thực hiện … năm 2024"). */
  subject: string;
  /** "Kính gửi: …" (the body receiving it, or FILL_IN). */
  addressee: string;
  body: ReportBlock[];
  /** "Nơi nhận:" lines, each with its closing punctuation. */
  recipients: string[];
  signature: ReportSignature;
  /** Written into the document's properties, so bdg knows the file as its own (docs/contract.md §4.3). */
  meta: { plan: string; period: string; asOf: string };
}

export const paragraph = (...runs: (TextRunModel | string)[]): ReportBlock => ({ kind: "paragraph", runs: runs.map((r) => (typeof r === "string" ? { text: r } : r)) });
export const item = (...runs: (TextRunModel | string)[]): ReportBlock => ({ kind: "item", runs: runs.map((r) => (typeof r === "string" ? { text: r } : r)) });
export const heading = (level: 1 | 2, text: string): ReportBlock => ({ kind: "heading", level, text });
