// The form as data: (plan, unit, period) → FormModel; values placed by code.
export type { FormCellRef, FormModel, FormResult } from "./form-model";
export { buildForm, type BuildFormOptions } from "./build-form";
export { fillForm, withValues, type FilledForm, type FormValue } from "./fill-form";
export {
  HEADER_CODE,
  HEADER_VALUE,
  META_SHEET,
  REPORT_DATE_LABEL,
  REPORT_SHEET,
  headerLabels,
} from "./layout";
export { META_FORMAT, META_FORMAT_VERSION, META_KEYS, type MetaKey } from "./meta-sheet";
export { INPUT_FILL, NUMBER_FORMATS } from "./styles";
export { calcFormula } from "./calc-formula";
export { estimateNote, periodLine } from "./header-block";
