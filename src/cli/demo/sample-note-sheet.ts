// The first sheet of the demo's summary workbook: says, before anything else, that the numbers
// are sample data.
import type { SheetModel, WorkbookModel } from "../../core/sheet";
import { SAMPLE_DATA_MARK } from "./sample-data";

export function withSampleDataNote(model: WorkbookModel): WorkbookModel {
  const note: SheetModel = {
    name: "Lưu ý",
    visibility: "visible",
    columnWidths: [110],
    cells: [
      { row: 0, col: 0, value: SAMPLE_DATA_MARK, style: "mark" },
      { row: 2, col: 0, value: "Bảng tổng hợp này được tạo bởi lệnh `bdg demo` từ các báo cáo giả của các đơn vị.", style: "text" },
      { row: 3, col: 0, value: "Các con số được sinh ngẫu nhiên để minh họa; không dùng cho bất kỳ báo cáo thật nào.", style: "text" },
    ],
    merges: [],
    styles: {
      mark: { bold: true, size: 16, color: "C00000" },
      text: { size: 12 },
    },
    protect: false,
    tabColor: "C00000",
  };
  return { sheets: [note, ...model.sheets] };
}
