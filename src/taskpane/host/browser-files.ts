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

/** Offers bytes as a file download (file mode). */
export function downloadBytes(fileName: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], { type: XLSX_MIME });
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

/** Lets the progress bar paint between files (the reader itself is ~1 ms per file). */
export function yieldEvery(n: number): (done: number) => Promise<void> | void {
  return (done) => (done % n === 0 ? new Promise<void>((resolve) => setTimeout(resolve, 0)) : undefined);
}
