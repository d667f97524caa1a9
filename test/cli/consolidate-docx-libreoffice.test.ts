// `bdg consolidate … --docx FILE.docx` end to end (docs/contract.md §4.4, §4.3): the demo's inbox
// consolidated by the built bdg, the .docx opened by LibreOffice Writer (the second engine) and
// converted to PDF; then the pages, paper, margins, fonts, page numbers and Vietnamese text are
// read back (poppler), the document's structure is read from its XML, and the refusals of the
// atomic writer are tried on real files. With BDG_UPDATE_SCREENSHOTS=1 it also renders pages to
// docs/screenshots/ (looked at by eye).
import { DOMParser, type Element } from "@xmldom/xmldom";
import { Document, Packer, Paragraph } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isBdgReportDocx } from "../../src/cli/io/write/own-docx";
import { defaultPlan } from "../../src/core/plan";
import { convertWithLibreOffice, parseCsv } from "../helpers/libreoffice";
import { isA4, isLandscape, pdfPages, renderPng, type PdfPage } from "../helpers/pdf";
import { bdg, buildCli, REPO, sha256, tempDir } from "./helpers/run-bdg";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const SCREENSHOTS = join(REPO, "docs", "screenshots");
const POINTS_PER_MM = 72 / 25.4;

let root: string;
let docx: string;
let run: { status: number | null; stdout: string; stderr: string };
let parts: Record<string, Uint8Array>;
let pdf: string;
let pages: PdfPage[];

const consolidateArgs = (out: string, ...more: string[]) => ["consolidate", join(root, "demo", "hop-thu"), "--period", "2024-Y", "--as-of", "2024-12-12", "--docx", out, ...more];

beforeAll(() => {
  buildCli();
  root = tempDir("bdg-docx-");
  expect(bdg(["demo", "--out-dir", join(root, "demo")]).status).toBe(0);
  docx = join(root, "bao-cao.docx");
  // The long form beside it holds the exact per-unit values the charts may not show.
  run = bdg(consolidateArgs(docx, "--csv", join(root, "dai.csv")));
  parts = unzipSync(new Uint8Array(readFileSync(docx)));
  const out = convertWithLibreOffice([docx], "pdf");
  pdf = join(out, "bao-cao.pdf");
  pages = pdfPages(pdf);
}, 180_000);

const xml = (name: string) => new DOMParser().parseFromString(strFromU8(parts[name]), "text/xml");
const children = (el: Element, local: string): Element[] => Array.from(el.getElementsByTagNameNS(W, local));
const attr = (el: Element | undefined, name: string) => el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;

describe("the run", () => {
  it("writes the report and says so, exit 0", () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Đã ghi báo cáo Word: ${docx}`);
    expect(isBdgReportDocx(new Uint8Array(readFileSync(docx)))).toBe(true);
  });

  it("leaves no work file behind", () => {
    expect(readdirSync(root).sort()).toEqual(["bao-cao.docx", "dai.csv", "demo"]);
  });
});

describe("the page and the type (Nghị định 30/2020, docs/contract.md §4.4)", () => {
  it("A4 portrait; margins top and bottom 20 mm, left 30 mm, right 15 mm (document.xml)", () => {
    const sect = children(xml("word/document.xml").documentElement as unknown as Element, "sectPr")[0];
    const size = children(sect, "pgSz")[0];
    const margin = children(sect, "pgMar")[0];
    const mm = (twips: string | null) => Math.round((Number(twips) * 25.4) / 1440);
    expect([mm(attr(size, "w")), mm(attr(size, "h"))]).toEqual([210, 297]);
    expect({ top: mm(attr(margin, "top")), bottom: mm(attr(margin, "bottom")), left: mm(attr(margin, "left")), right: mm(attr(margin, "right")) }).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    // Page 1 has its own (empty) header: no page number on it.
    expect(children(sect, "titlePg")).toHaveLength(1);
  });

  it("every page LibreOffice lays out is A4 portrait; the report runs to a few pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThanOrEqual(9);
    for (const page of pages) {
      expect(isA4(page)).toBe(true);
      expect(isLandscape(page)).toBe(false);
    }
  });

  it("the text stays inside the margins on every page (word boxes, pdftotext -bbox)", () => {
    const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    const boxes = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)].map((m) => m.slice(1, 5).map(Number));
    expect(boxes.length).toBeGreaterThan(500);
    const left = Math.min(...boxes.map((b) => b[0]));
    const right = Math.max(...boxes.map((b) => b[2]));
    const top = Math.min(...boxes.map((b) => b[1]));
    const bottom = Math.max(...boxes.map((b) => b[3]));
    expect(left).toBeGreaterThanOrEqual(30 * POINTS_PER_MM - 1);
    expect(left).toBeLessThan(32 * POINTS_PER_MM); // the body's text starts at the left margin
    expect(right).toBeLessThanOrEqual((210 - 15) * POINTS_PER_MM + 1);
    expect(top).toBeGreaterThanOrEqual(10 * POINTS_PER_MM - 1); // the page number, in the header 10 mm down
    expect(bottom).toBeLessThanOrEqual((297 - 20) * POINTS_PER_MM + 1);
  });

  it("is set in Times New Roman (LibreOffice's metric twin, Liberation Serif, where it is missing)", () => {
    const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ""));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^(TimesNewRoman|LiberationSerif)/);
    const sizes = new Set(children(xml("word/document.xml").documentElement as unknown as Element, "sz").map((el) => Number(attr(el, "val")) / 2));
    for (const pt of sizes) expect([11, 12, 13, 14]).toContain(pt);
    expect(sizes.has(14)).toBe(true);
  });

  it("numbers the pages at the top, from page 2 on", () => {
    const firstLine = (p: PdfPage) => p.text.split("\n").find((l) => l.trim() !== "")!.trim();
    expect(firstLine(pages[0])).not.toMatch(/^\d+$/);
    pages.slice(1).forEach((page, i) => expect(firstLine(page)).toBe(String(i + 2)));
  });
});

describe("the words, read back from the PDF", () => {
  const all = () => pages.map((p) => p.text).join("\n").replace(/[ \t]+/g, " ");

  it("are Vietnamese in NFC", () => {
    expect(all()).toBe(all().normalize("NFC"));
  });

  it.each([
    ["the issuing body", "UBND HUYỆN VĨNH LINH"],
    ["Quốc hiệu", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["tiêu ngữ", "Độc lập - Tự do - Hạnh phúc"],
    ["the number to fill in", "Số: …/BC-…"],
    ["place and date to fill in", "Vĩnh Linh, ngày … tháng … năm …"],
    ["the title", "BÁO CÁO"],
  ])("page 1 has %s", (_what, text) => {
    expect(pages[0].text.replace(/[ \t]+/g, " ")).toContain(text);
  });

  it.each([
    ["the rates, numbers the Vietnamese way", /đạt tỷ lệ 88,5 %/],
    ["who is late", /trễ hạn: Xã Vĩnh Khê \(trễ 2 ngày\)/],
    ["a target exceeded", /Tỷ lệ nạn nhân được tiếp cận dịch vụ hỗ trợ đạt 94,5 %, vượt mục tiêu năm 2025 là 80 %/],
    ["a target missed", /thấp hơn mục tiêu năm 2025/],
    ["thousands grouped", /24\.913 lượt người/],
    ["a unit's difficulty, attributed", /Thị trấn Hồ Xá/],
    ["the recipients", /Nơi nhận:/],
    ["who signs", /TM\. ỦY BAN NHÂN DÂN/],
  ])("say %s", (_what, pattern) => {
    expect(all().replace(/\s+/g, " ")).toMatch(pattern);
  });

  it("say under the per-unit chart what '< 5' means", () => {
    expect(all().replace(/\s+/g, " ")).toContain("“< 5”: đơn vị có dưới 5 nạn nhân");
  });
});

describe("the small-number rule in the charts (docs/domain.md §8)", () => {
  it("the per-unit victims chart labels exactly the communes below 5 '< 5', the others with their own values", () => {
    const communes = new Map(defaultPlan.units.filter((u) => u.kind === "XA").map((u) => [u.code, u.name]));
    const rows = parseCsv(readFileSync(join(root, "dai.csv"), "utf8").replace(/^\ufeff/, ""));
    const victims = rows.filter((r) => r[3] === "BL02" && communes.has(r[1])).map((r) => ({ name: communes.get(r[1])!, value: Number(r[4]) }));
    const small = victims.filter((v) => v.value < 5);
    expect(small.length).toBeGreaterThan(0); // the demo has some, or this test would prove nothing
    expect(victims.length - small.length).toBeGreaterThan(1);
    const svg = Object.entries(parts).find(([name, bytes]) => name.endsWith(".svg") && strFromU8(bytes).includes(small[0].name))![1];
    const labels = [...strFromU8(svg).matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels.filter((l) => l === "&lt; 5")).toHaveLength(small.length);
    // The bar labels of the units shown are their own values, each 5 or more.
    for (const v of victims.filter((x) => x.value >= 5)) expect(labels).toContain(String(v.value));
    // One row per commune that reported (the axis' labels), so no "< 5" belongs to anyone else.
    const names = new Set(communes.values());
    expect(labels.filter((l) => names.has(l))).toHaveLength(victims.length);
  });
});

describe("the document's structure (its XML, not its bytes)", () => {
  const body = () => (xml("word/document.xml").getElementsByTagNameNS(W, "body")[0] as unknown as Element);
  const textOf = (el: Element) => children(el, "t").map((t) => t.textContent).join("");

  it("two borderless tables (the heading, the closing) around the body's paragraphs", () => {
    const top = Array.from(body().childNodes).filter((n): n is Element => n.nodeType === 1).map((n) => n.localName);
    expect(top[0]).toBe("tbl");
    expect(top.filter((k) => k === "tbl")).toHaveLength(2);
    expect(top[top.length - 2]).toBe("tbl");
    expect(top[top.length - 1]).toBe("sectPr");
  });

  it("the sections in order, in bold", () => {
    const bold = children(body(), "p").filter((p) => {
      const runs = children(p, "r");
      return runs.length === 1 && children(runs[0], "b").length === 1 && /^(I|II|III|IV)\. /.test(textOf(p));
    });
    expect(bold.map(textOf)).toEqual([
      "I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO",
      "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
      "III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
    ]);
  });

  it("four charts, each an SVG with a PNG beside it, captioned in order", () => {
    const media = Object.keys(parts).filter((p) => p.startsWith("word/media/")).sort();
    expect(media.filter((m) => m.endsWith(".svg"))).toHaveLength(4);
    expect(media.filter((m) => m.endsWith(".png"))).toHaveLength(4);
    for (const png of media.filter((m) => m.endsWith(".png"))) {
      const bytes = parts[png];
      const width = new DataView(bytes.buffer, bytes.byteOffset).getUint32(16);
      expect(width).toBe(1220); // drawn at twice the 610 px it takes on the page
    }
    const captions = children(body(), "p").map(textOf).filter((t) => /^Biểu đồ \d\./.test(t));
    expect(captions.map((c) => c.slice(0, 10))).toEqual(["Biểu đồ 1.", "Biểu đồ 2.", "Biểu đồ 3.", "Biểu đồ 4."]);
  });

  it("says in its properties that bdg wrote it, for which plan and period", () => {
    const custom = strFromU8(parts["docProps/custom.xml"]);
    expect(custom).toContain('name="bdg.format"');
    expect(custom).toContain("<vt:lpwstr>bdg-narrative-report</vt:lpwstr>");
    expect(custom).toContain("<vt:lpwstr>2024-Y</vt:lpwstr>");
  });

  afterAll(() => {
    if (process.env.BDG_UPDATE_SCREENSHOTS !== "1" || !pages) return;
    const dir = mkdtempSync(join(tmpdir(), "bdg-shots-"));
    const chartPage = pages.find((p) => p.text.includes("Biểu đồ 4."))!.number;
    for (const [page, name] of [[1, "bao-cao-word-trang-1"], [chartPage, "bao-cao-word-bieu-do"], [pages.length, "bao-cao-word-trang-cuoi"]] as const) {
      renderPng(pdf, join(dir, name), page, page, 80);
      const png = readdirSync(dir).find((f) => f.startsWith(`${name}-`))!;
      copyFileSync(join(dir, png), join(SCREENSHOTS, `${name}.png`));
    }
  });
});

describe("writing over an existing .docx (docs/contract.md §4.3)", () => {
  let clerks: string;
  beforeAll(async () => {
    clerks = join(root, "cua-can-bo.docx");
    writeFileSync(clerks, new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph("Báo cáo cán bộ tự soạn")] }] }))));
  });

  it("refuses a Word file bdg did not write: exit 2, reads nothing, the file unchanged", () => {
    const before = sha256(clerks);
    const refused = bdg(consolidateArgs(clerks));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${clerks} đã có và không phải báo cáo Word do bdg tạo; không ghi đè`);
    expect(refused.stdout).toBe("");
    expect(sha256(clerks)).toBe(before);
  });

  it("replaces it with --force", () => {
    expect(bdg(consolidateArgs(clerks, "--force")).status).toBe(0);
    expect(isBdgReportDocx(new Uint8Array(readFileSync(clerks)))).toBe(true);
  });

  it("replaces its own report, even once the officer has edited and saved it in LibreOffice", () => {
    const edited = convertWithLibreOffice([docx], "docx:MS Word 2007 XML", join(root, "sua"));
    const path = join(edited, "bao-cao.docx");
    expect(isBdgReportDocx(new Uint8Array(readFileSync(path)))).toBe(true);
    const before = sha256(path);
    expect(bdg(consolidateArgs(path)).status).toBe(0);
    expect(sha256(path)).not.toBe(before);
  });

  it("refuses an extension that is not .docx", () => {
    const wrong = bdg(consolidateArgs(join(root, "bao-cao.doc")));
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("báo cáo Word phải là tệp .docx");
  });
});
