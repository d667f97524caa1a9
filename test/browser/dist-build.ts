// The built task pane for the browser, privacy and manifest tests (shared with the bench:
// scripts/ensure-dist.cjs).
export { DIST, PAGE, ROOT, ensureDist, firstLoadScripts } from "../../scripts/ensure-dist.cjs";
