// Feature checks live here and only here (design.md): each flag is one ExcelApi requirement set.
// Checked at run time so that an older Excel still loads the add-in and degrades.

export interface HostSupport {
  /** 1.6: application.suspendApiCalculationUntilNextSync. */
  suspendCalculation: boolean;
  /** 1.7: protection options, freeze panes, tab colour, Worksheet.onChanged. */
  api17: boolean;
  /** 1.8: data validation. */
  dataValidation: boolean;
  /** 1.9: getRanges (union addresses), indentLevel, pageLayout, WorksheetCollection.onChanged. */
  api19: boolean;
  /** 1.13: insertWorksheetsFromBase64. */
  insertFromBase64: boolean;
}

export function detectSupport(isSetSupported: (set: string, version: string) => boolean): HostSupport {
  const has = (version: string) => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return {
    suspendCalculation: has("1.6"),
    api17: has("1.7"),
    dataValidation: has("1.8"),
    api19: has("1.9"),
    insertFromBase64: has("1.13"),
  };
}
