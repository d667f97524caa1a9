// The narrative report as data: sentences and charts built from the summary (docs/contract.md §4.4).
export { buildReport, reportSubject, REPORT_NUMBER, REPORT_TITLE, NATIONAL_MOTTO, NATIONAL_NAME } from "./build-report";
export { FILL_IN, type ReportBlock, type ReportModel, type ReportSignature, type TextRunModel } from "./report-model";
export { CHART_FONT, CHART_WIDTH, type ChartId, type ChartSpec } from "./chart-spec";
export { isSensitiveCount, shownCount, shownUnitCounts, SMALL_COUNT_LIMIT, SMALL_COUNT_TEXT, HIDDEN_COUNT_TEXT, type ShownCount, type UnitCount } from "./small-numbers";
export { narrativeGroups, type NarrativeGroup } from "./narratives-section";
export { targetRows, type TargetRow } from "./chart-targets";
export { victimGroups, contributingUnits, VICTIMS } from "./chart-victims";
export { STATUS_SERIES } from "./chart-reporting-status";
export { scopeWord } from "./scope-words";
export { reportCharts, chartList, type ReportCharts } from "./report-charts";
