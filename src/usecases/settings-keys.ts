// Keys of the settings remembered in the workbook (WorkbookPort.getSetting / setSetting).
export const SETTING_KEYS = {
  /** The chosen unit code. */
  unit: "bdg.unit",
  /** The chosen period code. */
  period: "bdg.period",
  /** The plan file's JSON text; absent = the built-in plan. */
  planJson: "bdg.planJson",
  /** The plan file's name, shown beside the plan's title. */
  planFile: "bdg.planFile",
  /** The receipt register of the clerk's consolidations in this workbook (docs/so-nhan.md), as its JSON text. */
  register: "bdg.register",
} as const;

/** What goes into _meta `generator` (docs/contract.md §1). */
export const GENERATOR = "Báo cáo BĐG (phần bổ trợ Excel) 0.1.0";

/** How the open workbook is named in issues and summaries ("Sổ đang mở#Xa1"). */
export const OPEN_WORKBOOK_NAME = "Sổ đang mở";
