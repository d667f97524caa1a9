// Browser File objects as the use cases' lazily-read input files, and downloads of bytes.
import type { InputFile } from "../../usecases";

export function inputFileOf(file: File): InputFile {
  return {
    name: file.name,
    lastModified: Number.isFinite(file.lastModified) && file.lastModified > 0 ? file.lastModified : null,
    bytes: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offers bytes as a file download (file mode); an .xlsx unless told otherwise. */
export function downloadBytes(fileName: string, bytes: Uint8Array, mime: string = XLSX_MIME): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Gives the UI a turn between two time slices of a long task: the progress bar is rendered and
 * painted, clicks are answered. scheduler.yield (Chromium 129+, so Edge WebView2) resumes us ahead
 * of other queued work and is not clamped like nested setTimeout(0) (≥ 4 ms after 5 levels);
 * older hosts fall back to a MessageChannel message, also unclamped.
 */
export function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** The UI clock for time slicing (monotonic, sub-millisecond). */
export const uiClock = (): number => performance.now();
