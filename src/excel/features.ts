// THE one place that decides what this Excel can do (docs/architecture.md "Feature gating in
// one place"). Each feature states the ExcelApi requirement set the adapter's code for it needs;
// the versions are those of Microsoft's reference ("[Api set: ExcelApi 1.x]" on every member,
// learn.microsoft.com/javascript/api/excel) for the calls named beside each line. Which Office has
// which set: "Excel JavaScript API requirement sets" (volume-licensed Office 2016: 1.1 only;
// Office 2019: up to 1.7; Office 2021: 1.14; Microsoft 365, the web and Mac: the latest).
//
// A feature above the host's level is not offered in Excel: the task pane gives its file-mode
// version instead (src/taskpane/host/gated-actions.ts), and capabilities() says so in Vietnamese.

/** A numbered ExcelApi version as its minor number: 1.4 → 4; 0 = no usable ExcelApi at all. */
export type ApiMinor = number;

export interface FeatureSpec {
  /** The lowest ExcelApi minor version the feature's calls need. */
  needs: ApiMinor;
  /** What the officer would miss, in Vietnamese (null: internal, never shown). */
  label: string | null;
}

export const FEATURES = {
  /** Worksheets list (name, visibility), getUsedRange, values, valueTypes: ExcelApi 1.1. */
  read: { needs: 1, label: "Đọc sổ đang mở" },
  /** The list with protection state (Worksheet.protection, WorksheetProtection.protected): 1.2. */
  protectionState: { needs: 2, label: null },
  /** readForm in one request: getItemOrNullObject, getUsedRangeOrNullObject: 1.4. */
  readInOneRequest: { needs: 4, label: null },
  /**
   * Writing sheets: setting visibility (very hidden `_meta`), column widths and row heights,
   * merge/unmerge, cell locks, protect/unprotect: 1.2 (protect's options are 1.2, only a password is 1.7).
   */
  install: { needs: 2, label: "Cài biểu mẫu vào sổ đang mở" },
  /** Kiểm tra of the open workbook: reads only (1.1); highlighting is its own feature. */
  validate: { needs: 1, label: "Kiểm tra sổ đang mở" },
  /** Error highlight: fill colour (1.1) on sheets that may be protected (unprotect/protect: 1.2). */
  markErrors: { needs: 2, label: "Tô màu các ô lỗi" },
  /** Hoàn tất: writes `_meta`, a protected sheet (unprotect/protect: 1.2). */
  finalize: { needs: 2, label: "Hoàn tất (ghi dấu thời điểm vào sổ)" },
  /** The open workbook's forms in Tổng hợp: reads only. */
  consolidateOpenWorkbook: { needs: 1, label: "Tổng hợp cả các trang biểu mẫu trong sổ đang mở" },
  /** Summary sheets: the same writer as install (hidden `_data` sheet, widths, merges): 1.2. */
  writeSummary: { needs: 2, label: "Ghi bảng tổng hợp vào sổ đang mở" },
  /**
   * Native charts on the summary's BieuDo sheet (render-charts.ts): ChartCollection.add, Chart.name,
   * format.font, title (text, font), setPosition, axes' titles, legend, dataLabels.showValue, series fill: 1.1;
   * ChartAxis.reversePlotOrder and ChartSeries.gapWidth: 1.7. Below, BieuDo keeps its tables.
   */
  charts: { needs: 7, label: "Vẽ biểu đồ trong trang BieuDo" },
  /**
   * A bar chart's value axis kept at the bottom once its categories are reversed
   * (ChartAxis.position "Maximum": the value axis crosses at the last category): 1.8. On 1.7 it
   * stands at the top, as Excel puts it for reversed categories.
   */
  chartAxisCrossing: { needs: 8, label: null },
  /** Sheet protection of the form (WorksheetProtection.protect(options)): 1.2. */
  protection: { needs: 2, label: "Khóa các ô công thức và tiêu đề của biểu mẫu" },
  /** Suspended calculation during big writes (Application.suspendApiCalculationUntilNextSync): 1.6. */
  suspendCalculation: { needs: 6, label: null },
  /** Freeze panes and tab colour (Worksheet.freezePanes, Worksheet.tabColor): 1.7. */
  freezeAndTabColor: { needs: 7, label: "Cố định dòng tiêu đề và tô màu thẻ trang tính" },
  /** "Đã thay đổi sau lần kiểm tra": Worksheet.onChanged 1.7 (WorksheetCollection.onChanged 1.9). */
  changeEvents: { needs: 7, label: "Báo khi số liệu thay đổi sau lần kiểm tra" },
  /** Clear data validation, style during reinstall (DataValidation): 1.8. */
  dataValidation: { needs: 8, label: "Kiểm tra dữ liệu ngay khi nhập (Data Validation)" },
  /** getRanges (union addresses), indentLevel, pageLayout, WorksheetCollection.onChanged: 1.9. */
  api19: { needs: 9, label: null },
  /** WorksheetChangedEventArgs.triggerSource tells the add-in's own changes apart: 1.14. */
  triggerSource: { needs: 14, label: null },
} as const satisfies Record<string, FeatureSpec>;

export type FeatureId = keyof typeof FEATURES;

/** The versions worth asking isSetSupported about (every numbered ExcelApi up to the latest known). */
export const KNOWN_MINORS: readonly ApiMinor[] = Array.from({ length: 21 }, (_, i) => i + 1);

/** The highest ExcelApi this host supports (0: none), asked in order and stopping at the first "no". */
export function highestApiMinor(isSetSupported: (set: string, version: string) => boolean): ApiMinor {
  let highest = 0;
  for (const minor of KNOWN_MINORS) {
    let yes = false;
    try {
      yes = isSetSupported("ExcelApi", `1.${minor}`);
    } catch {
      yes = false;
    }
    if (!yes) break;
    highest = minor;
  }
  return highest;
}

export function hasFeature(level: ApiMinor, feature: FeatureId): boolean {
  return level >= FEATURES[feature].needs;
}

export function versionText(minor: ApiMinor): string {
  return `ExcelApi 1.${minor}`;
}
