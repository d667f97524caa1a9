// Files dropped onto the page, folders included (docs/contract.md §4.6): each dropped item's
// FileSystemEntry (DataTransferItem.webkitGetAsEntry, in Chrome, Edge and Cốc Cốc), directories
// walked to the bottom. readEntries returns a directory's entries in batches (100 in Chromium), so
// it is called until it returns none. An item without an entry (a synthetic drag) gives its File.

/** The parts of FileSystemEntry we use (the DOM lib's types, narrowed so tests can give their own). */
export interface DroppedEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(ok: (file: File) => void, fail: (err: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: DroppedEntry[]) => void, fail: (err: unknown) => void): void };
}

export interface DroppedItem {
  kind: string;
  webkitGetAsEntry?(): DroppedEntry | null;
  getAsFile(): File | null;
}

async function filesOfEntry(entry: DroppedEntry, out: File[], unreadable: string[]): Promise<void> {
  if (entry.isFile && entry.file) {
    try {
      out.push(await new Promise<File>((ok, fail) => entry.file!(ok, fail)));
    } catch {
      unreadable.push(entry.name);
    }
    return;
  }
  if (!entry.isDirectory || !entry.createReader) return;
  const reader = entry.createReader();
  for (;;) {
    let batch: DroppedEntry[];
    try {
      batch = await new Promise<DroppedEntry[]>((ok, fail) => reader.readEntries(ok, fail));
    } catch {
      unreadable.push(entry.name);
      return;
    }
    if (batch.length === 0) return;
    for (const child of batch) await filesOfEntry(child, out, unreadable);
  }
}

/** Every file under the dropped items; `unreadable` names the files and folders that could not be read. */
export async function droppedFiles(items: readonly DroppedItem[]): Promise<{ files: File[]; unreadable: string[] }> {
  // The entries must be taken synchronously, while the drop event lasts; they are read afterwards.
  const taken = items.filter((i) => i.kind === "file").map((i) => ({ entry: i.webkitGetAsEntry?.() ?? null, file: i.getAsFile() }));
  const files: File[] = [];
  const unreadable: string[] = [];
  for (const { entry, file } of taken) {
    if (entry) await filesOfEntry(entry, files, unreadable);
    else if (file) files.push(file);
  }
  return { files, unreadable };
}
