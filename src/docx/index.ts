// The Word (.docx) writer of the narrative report (docs/contract.md §4.4), for the CLI and the pane.
export { renderReportDocx, type Rasterise, type RenderOptions } from "./render-report";
export { chartSvg } from "./chart-svg";
export { DOCX_FORMAT, DOCX_FORMAT_PROPERTY } from "./docx-format";
export { xmlSafe } from "./xml-safe";
