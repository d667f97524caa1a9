// Entry of the task pane. The only place that asks Office anything: whether we run inside Excel
// (Excel mode, through src/excel's WorkbookPort) or in a plain browser (file mode).
import { createRoot } from "react-dom/client";
import { createOfficeWorkbookPort } from "../excel";
import { App } from "./App";
import type { TaskpaneActions } from "./host/actions";
import { excelActions } from "./host/excel-actions";
import { fileActions } from "./host/file-actions";
import { spawnReadWorker } from "./host/spawn-read-worker";

/** office.js could not load (offline without a cached copy): run in file mode instead of waiting forever. */
const OFFICE_TIMEOUT_MS = 8000;

/** Read workers for "Tổng hợp", if this host has Worker at all (a strict host may still refuse one: the pool then reads in the page). */
const spawnWorker = typeof Worker === "function" ? spawnReadWorker : null;

async function chooseActions(): Promise<TaskpaneActions> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return fileActions(spawnWorker);
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS)),
  ]);
  return info && info.host === Office.HostType.Excel ? excelActions(createOfficeWorkbookPort(), spawnWorker) : fileActions(spawnWorker);
}

void chooseActions().then((actions) => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App actions={actions} />);
});
