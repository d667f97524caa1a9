// xl/workbook.xml: the sheets in tab order (name, visibility, relationship id) and the date system.
import type { SheetVisibility } from "../../core/grid";
import { corrupt } from "./unreadable-error";
import { notXlsx } from "./unreadable-messages";
import { TOKEN_END, TOKEN_OPEN, XmlScanner } from "./xml-scanner";

export interface SheetEntry {
  name: string;
  visibility: SheetVisibility;
  relationshipId: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  /** workbookPr date1904: serials count from 1904 (old Mac Excel). Reported, not converted. */
  date1904: boolean;
}

function visibilityOf(state: string | null): SheetVisibility {
  if (state === "veryHidden") return "veryHidden";
  if (state === "hidden") return "hidden";
  return "visible";
}

export function parseWorkbookPart(xml: Uint8Array, part: string): WorkbookPart {
  const scanner = new XmlScanner(xml, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  let sawRoot = false;
  for (let t = scanner.next(); t !== TOKEN_END; t = scanner.next()) {
    if (t !== TOKEN_OPEN) continue;
    if (!sawRoot) {
      // A .docx main part is <w:document>; only a SpreadsheetML workbook goes further.
      if (!scanner.is("workbook")) throw notXlsx(`phần chính là <${scanner.localName()}>, không phải sổ làm việc Excel`);
      sawRoot = true;
    } else if (scanner.is("workbookPr")) {
      const flag = scanner.attr("date1904");
      date1904 = flag === "1" || flag === "true";
    } else if (scanner.is("sheet")) {
      const name = scanner.attr("name");
      const relationshipId = scanner.attr("id");
      if (name === null || relationshipId === null) throw corrupt(`trang tính thiếu tên hoặc liên kết trong "${part}"`);
      sheets.push({ name, visibility: visibilityOf(scanner.attr("state")), relationshipId });
    }
  }
  if (!sawRoot) throw corrupt(`phần "${part}" rỗng`);
  return { sheets, date1904 };
}
