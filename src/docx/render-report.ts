// The narrative report (src/core/report's ReportModel) as a .docx, in the layout of Nghị định
// 30/2020/NĐ-CP (report-layout.ts; docs/contract.md §4.4). It adds no words: every text comes from
// the model. Charts go in as SVG (ECharts, chart-svg.ts) with a PNG beside it for the programs that
// do not show SVG (Word 2013 and earlier; LibreOffice, which shows the PNG); the PNG comes from the
// caller (a rasteriser: resvg in the CLI, the browser's canvas in the pane), so this module runs in
// both. The document's custom properties say bdg wrote it (docs/contract.md §4.3, own-docx.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import { NATIONAL_MOTTO, NATIONAL_NAME, type ChartSpec, type ReportBlock, type ReportModel, type TextRunModel } from "../core/report";
import { chartSvg } from "./chart-svg";
import { DOCX_FORMAT, DOCX_FORMAT_PROPERTY } from "./docx-format";
import { FIRST_LINE_TWIPS, FONT, halfPoints, MARGINS_MM, PAGE_MM, PARAGRAPH_AFTER_TWIPS, PT, TEXT_WIDTH_TWIPS, TWIPS_PER_MM, TWIPS_PER_PT } from "./report-layout";
import { xmlSafe } from "./xml-safe";

/** SVG text → PNG bytes of `width` × `height` CSS pixels (drawn at a higher resolution for print). */
export type Rasterise = (svg: string, width: number, height: number) => Promise<Uint8Array>;

export interface RenderOptions {
  rasterise: Rasterise;
  /** "bdg 0.1.0": written as the document's creator and in its custom properties. */
  generator: string;
}

const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

function run(text: string, pt: number, style: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), size: halfPoints(pt), font: FONT, bold: style.bold, italics: style.italic });
}

function runsOf(runs: readonly TextRunModel[], pt: number = PT.body): TextRun[] {
  return runs.map((r) => run(r.text, pt, r));
}

function centred(text: string, pt: number, style: { bold?: boolean; italic?: boolean } = {}, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after, line: 240, lineRule: "auto" }, children: [run(text, pt, style)] });
}

/** The short rule under the issuing body, the motto and the subject: a bottom border on a narrow empty paragraph. */
function rule(widthTwips: number, cellWidthTwips: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((cellWidthTwips - widthTwips) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after, line: 120, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

const NO_BORDERS = TableBorders.NONE;

function cell(children: Paragraph[], widthTwips: number): TableCell {
  return new TableCell({ width: { size: widthTwips, type: WidthType.DXA }, borders: NO_BORDERS, children });
}

function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const leftWidth = Math.round(TEXT_WIDTH_TWIPS * leftShare);
  const rightWidth = TEXT_WIDTH_TWIPS - leftWidth;
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)] })],
  });
}

const LEFT_SHARE = 0.38;

/** Issuing body | Quốc hiệu and tiêu ngữ; "Số: …/BC-…" | place and date (NĐ 30/2020, Phụ lục I, ô 1–4). */
function headingBlock(model: ReportModel): Table {
  const leftWidth = Math.round(TEXT_WIDTH_TWIPS * LEFT_SHARE);
  const rightWidth = TEXT_WIDTH_TWIPS - leftWidth;
  const left = [centred(model.issuer, PT.issuer, { bold: true }), rule(mm(25), leftWidth, 120), centred(model.number, PT.number)];
  const right = [
    centred(NATIONAL_NAME, PT.nationalName, { bold: true }),
    centred(NATIONAL_MOTTO, PT.motto, { bold: true }),
    rule(mm(58), rightWidth, 120),
    centred(model.placeDate, PT.placeDate, { italic: true }),
  ];
  return twoColumns(left, right, LEFT_SHARE);
}

function titleBlock(model: ReportModel): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 24 * TWIPS_PER_PT }, alignment: AlignmentType.CENTER, children: [run(model.title, PT.title, { bold: true })] }),
    centred(model.subject, PT.title, { bold: true }),
    rule(mm(40), TEXT_WIDTH_TWIPS, 12 * TWIPS_PER_PT),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 12 * TWIPS_PER_PT }, children: [run(`Kính gửi: ${model.addressee}`, PT.body)] }),
  ];
}

function bodyParagraph(runs: readonly TextRunModel[], prefix = ""): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_TWIPS },
    spacing: { after: PARAGRAPH_AFTER_TWIPS, line: 276, lineRule: "auto" },
    children: runsOf(prefix ? [{ text: prefix }, ...runs] : runs),
  });
}

function headingParagraph(level: 1 | 2, text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_TWIPS },
    keepNext: true,
    spacing: { before: (level === 1 ? 6 : 3) * TWIPS_PER_PT, after: PARAGRAPH_AFTER_TWIPS, line: 276, lineRule: "auto" },
    children: [run(text, PT.body, { bold: true, italic: level === 2 })],
  });
}

async function chartParagraphs(spec: ChartSpec, rasterise: Rasterise): Promise<Paragraph[]> {
  const svg = chartSvg(spec);
  const png = await rasterise(svg, spec.width, spec.height);
  const image = new ImageRun({
    type: "svg",
    data: new TextEncoder().encode(svg),
    fallback: { type: "png", data: png },
    transformation: { width: spec.width, height: spec.height },
    altText: { name: spec.id, title: xmlSafe(spec.caption), description: xmlSafe(spec.caption) },
  });
  const out = [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 6 * TWIPS_PER_PT }, children: [image] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spec.note ? 0 : PARAGRAPH_AFTER_TWIPS }, children: [run(spec.caption, PT.caption, { bold: true, italic: true })] }),
  ];
  if (spec.note) out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: PARAGRAPH_AFTER_TWIPS }, children: [run(spec.note, PT.chartNote, { italic: true })] }));
  return out;
}

async function bodyBlocks(blocks: readonly ReportBlock[], rasterise: Rasterise): Promise<Paragraph[]> {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    if (block.kind === "heading") out.push(headingParagraph(block.level, block.text));
    else if (block.kind === "paragraph") out.push(bodyParagraph(block.runs));
    else if (block.kind === "item") out.push(bodyParagraph(block.runs, "- "));
    else out.push(...(await chartParagraphs(block.chart, rasterise)));
  }
  return out;
}

/** "Nơi nhận:" and its list | the signer's authority, title, room to sign and name (NĐ 30/2020, Phụ lục I, ô 7, 9). */
function closingBlock(model: ReportModel): Table {
  const left = [
    new Paragraph({ spacing: { before: 6 * TWIPS_PER_PT }, children: [run("Nơi nhận:", PT.recipientsLabel, { bold: true, italic: true })] }),
    ...model.recipients.map((line) => new Paragraph({ children: [run(line, PT.recipients)] })),
  ];
  const sign = model.signature;
  const right = [
    ...(sign.authority ? [centred(sign.authority, PT.signature, { bold: true })] : []),
    centred(sign.position, PT.signature, { bold: true }),
    new Paragraph({ spacing: { before: 60 * TWIPS_PER_PT }, alignment: AlignmentType.CENTER, children: [run(sign.name, PT.signature, { bold: true })] }),
  ];
  return twoColumns(left, [new Paragraph({ spacing: { before: 6 * TWIPS_PER_PT }, children: [] }), ...right], 0.5);
}

/** Page numbers at the top, centred; none on page 1 (its header is the empty `first`). */
function pageHeaders(): ISectionOptions["headers"] {
  return {
    default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(PT.pageNumber), font: FONT })] })] }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

export async function renderReportDocx(model: ReportModel, options: RenderOptions): Promise<Uint8Array> {
  const body = await bodyBlocks(model.body, options.rasterise);
  const doc = new Document({
    creator: options.generator,
    lastModifiedBy: options.generator,
    title: `${model.title} ${model.subject}`,
    description: `Dự thảo báo cáo do ${options.generator} lập từ bảng tổng hợp kỳ ${model.meta.period} (số liệu tính đến ngày ${model.meta.asOf}).`,
    customProperties: [
      { name: DOCX_FORMAT_PROPERTY, value: DOCX_FORMAT },
      { name: "bdg.generator", value: options.generator },
      { name: "bdg.plan", value: model.meta.plan },
      { name: "bdg.period", value: model.meta.period },
      { name: "bdg.asOf", value: model.meta.asOf },
    ],
    styles: { default: { document: { run: { font: FONT, size: halfPoints(PT.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) },
            margin: { top: mm(MARGINS_MM.top), bottom: mm(MARGINS_MM.bottom), left: mm(MARGINS_MM.left), right: mm(MARGINS_MM.right), header: mm(MARGINS_MM.header), footer: mm(MARGINS_MM.footer) },
          },
        },
        headers: pageHeaders(),
        children: [headingBlock(model), ...titleBlock(model), ...body, closingBlock(model)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
