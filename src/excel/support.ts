// The host's support as flags the adapter's code branches on, all derived from one number (the
// highest ExcelApi set) through the feature table (features.ts), checked at run time so that an
// older Excel still loads the add-in and degrades (docs/architecture.md "Rules of the road").
import { FEATURES, hasFeature, highestApiMinor, type ApiMinor, type FeatureId } from "./features";

export interface HostSupport {
  /** The highest ExcelApi minor version (1.8 → 8; 0 = none). */
  level: ApiMinor;
  has(feature: FeatureId): boolean;
  /** 1.2: the sheet list carries protection; sheets can be protected (with options). */
  protection: boolean;
  /** 1.4: readForm in one request. */
  readInOneRequest: boolean;
  /** 1.6: application.suspendApiCalculationUntilNextSync. */
  suspendCalculation: boolean;
  /** 1.7: freeze panes, tab colour, Worksheet.onChanged. */
  api17: boolean;
  /** 1.8: data validation. */
  dataValidation: boolean;
  /** 1.9: getRanges (union addresses), indentLevel, pageLayout, WorksheetCollection.onChanged. */
  api19: boolean;
  /** 1.13: insertWorksheetsFromBase64 (reported, not used: the form is built cell by cell). */
  insertFromBase64: boolean;
  /** 1.14: WorksheetChangedEventArgs.triggerSource. */
  triggerSource: boolean;
}

export function supportAt(level: ApiMinor): HostSupport {
  const has = (feature: FeatureId) => hasFeature(level, feature);
  return {
    level,
    has,
    protection: has("protection"),
    readInOneRequest: has("readInOneRequest"),
    suspendCalculation: has("suspendCalculation"),
    api17: level >= FEATURES.freezeAndTabColor.needs,
    dataValidation: has("dataValidation"),
    api19: has("api19"),
    insertFromBase64: level >= 13,
    triggerSource: has("triggerSource"),
  };
}

export function detectSupport(isSetSupported: (set: string, version: string) => boolean): HostSupport {
  return supportAt(highestApiMinor(isSetSupported));
}
