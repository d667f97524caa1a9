// Entry of the task pane. The only place that asks Office anything: whether we run inside Excel
// (Excel mode, through src/excel's WorkbookPort, gated by what this Excel can do) or in a plain
// browser (file mode).
//
// Start-up: office.js may be slow to answer (a cold Office, a slow network for the CDN). After
// OFFICE_TIMEOUT_MS the pane shows file mode so that nobody waits on a spinner; but inside Excel
// (Office passed the host in the page address, officeHostHint) that is only for the moment: the
// pane says it is waiting for Excel, and switches to Excel mode as soon as Office.onReady answers.
import { createRoot, type Root } from "react-dom/client";
import { capabilitiesAt, createOfficeWorkbookPort, officeHostHint } from "../excel";
import { App } from "./App";
import type { TaskpaneActions } from "./host/actions";
import { excelActions } from "./host/excel-actions";
import { fileActions } from "./host/file-actions";
import { gatedActions } from "./host/gated-actions";
import { spawnReadWorker } from "./host/spawn-read-worker";

/** office.js has not answered: show file mode meanwhile (for good only outside Office). */
const OFFICE_TIMEOUT_MS = 8000;

const WAITING_FOR_EXCEL =
  "Excel chưa trả lời phần bổ trợ. Trong lúc chờ, ngăn làm việc với tệp; khi Excel sẵn sàng, ngăn tự chuyển sang làm việc với sổ đang mở. Nếu lâu không chuyển, hãy đóng ngăn rồi mở lại.";

/** The boot check (src/taskpane/boot/boot-check.js), when it ran before us. */
const boot = (globalThis as { bdgBoot?: { started(): void; blocked(): boolean } }).bdgBoot;
boot?.started();

/** Read workers for "Tổng hợp", if this host has Worker at all (a strict host may still refuse one: the pool then reads in the page). */
const spawnWorker = typeof Worker === "function" ? spawnReadWorker : null;

function storedHostInfo(): string | null {
  try {
    return globalThis.sessionStorage?.getItem("hostInfoValue") ?? null;
  } catch {
    return null;
  }
}

async function excelMode(): Promise<TaskpaneActions> {
  const port = createOfficeWorkbookPort();
  const capabilities = await port.capabilities();
  return gatedActions(excelActions(port, spawnWorker), fileActions(spawnWorker), capabilities);
}

/** File mode with a line saying we are still waiting for Excel. */
function fileModeWaiting(): TaskpaneActions {
  const file = fileActions(spawnWorker);
  return { ...file, capabilities: async () => ({ ...capabilitiesAt(0), inExcel: false, limitations: [WAITING_FOR_EXCEL] }) };
}

let root: Root | null = null;
let generation = 0;
function render(actions: TaskpaneActions): void {
  const element = document.getElementById("root");
  if (!element || boot?.blocked()) return;
  root ??= createRoot(element);
  generation++;
  // a new key: a switch of mode starts the pane afresh (its state belonged to the other mode)
  root.render(<App key={generation} actions={actions} />);
}

async function start(): Promise<void> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return render(fileActions(spawnWorker));
  const ready = Office.onReady();
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS));
  const info = await Promise.race([ready, timeout]);
  if (info) return render(info.host === Office.HostType.Excel ? await excelMode() : fileActions(spawnWorker));
  const insideExcel = officeHostHint(globalThis.location?.search ?? "", storedHostInfo()) === "excel";
  render(insideExcel ? fileModeWaiting() : fileActions(spawnWorker));
  // Whenever Office does answer, inside Excel, the pane moves to Excel mode.
  const late = await ready;
  if (late.host === Office.HostType.Excel) render(await excelMode());
}

void start();
