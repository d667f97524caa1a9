// A fake Excel for adapter tests: enforces load/sync, counts requests and their bytes.
export { FakeExcel, FakeContext, type RequestRecord, type SeedValue } from "./fake-excel";
export { FakeSettings } from "./settings";
export { FakeExcelError } from "./errors";
export type { FakeCell, FakeChart, FakeSheet } from "./state";
export { plotted } from "./chart";
