// Entry of the standalone page dist/bao-cao-bdg.html (docs/contract.md §4.6): the task pane's file
// mode, without Office.js, in one file opened from disk. Same App, same file actions, same use cases.
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { fileActions } from "../taskpane/host/file-actions";
import { blobReadWorker } from "./blob-read-worker";

const element = document.getElementById("root");
if (element) createRoot(element).render(<App actions={fileActions(blobReadWorker())} />);
