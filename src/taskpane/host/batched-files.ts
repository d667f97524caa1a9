// Many picked files as lazily-read input files that Chromium reads in batches. Each
// File.arrayBuffer() is a round trip to the browser process that costs the page's thread about as
// much as parsing the file; one read of a Blob made of 16 files costs about the same as one file.
// The batch is read when its first file is asked for, and the batch after it at the same time:
// the readers (a few files ahead of the parsing) then never wait for a batch to arrive (with the
// next batch read only when its first file was asked for, the workers sat idle while it came).
// Each file's bytes are handed out once: at most three batches are alive, never the whole pile.
// If a batch cannot be read (a file was deleted or changed since it was picked), its files are read
// one by one, so the failure is reported for the file it belongs to.
import type { InputFile } from "../../usecases";
import { inputFileOf } from "./browser-files";

/** Files per batch, and a byte cap so a batch of large workbooks stays small. */
export const BATCH_FILES = 16;
export const BATCH_BYTES = 4 * 1024 * 1024;

/** Consecutive runs of files, each at most BATCH_FILES files and (unless one file alone is bigger) BATCH_BYTES. */
export function batchesOf(sizes: readonly number[], maxFiles = BATCH_FILES, maxBytes = BATCH_BYTES): Array<[start: number, end: number]> {
  const batches: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < sizes.length; i++) {
    if (i > start && (i - start >= maxFiles || bytes + sizes[i] > maxBytes)) {
      batches.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += sizes[i];
  }
  if (sizes.length > start) batches.push([start, sizes.length]);
  return batches;
}

export function batchedInputFiles(files: readonly File[]): InputFile[] {
  const single = files.map(inputFileOf);
  if (files.length < 2) return single;
  const batchOf: number[] = [];
  const batches = batchesOf(files.map((f) => f.size));
  batches.forEach(([start, end], b) => {
    for (let i = start; i < end; i++) batchOf[i] = b;
  });
  /** Per batch: the pending read of all its files' bytes (null once every file took its share). */
  const reads = new Map<number, Promise<Uint8Array[] | null>>();
  const handedOut = new Set<number>();

  function readBatch(b: number): Promise<Uint8Array[] | null> {
    let read = reads.get(b);
    if (read === undefined) {
      const [start, end] = batches[b];
      const part = files.slice(start, end);
      read = new Blob(part)
        .arrayBuffer()
        .then((buffer) => {
          const all = new Uint8Array(buffer);
          // A file that changed size since it was picked: do not guess, read each file alone.
          if (all.length !== part.reduce((n, f) => n + f.size, 0)) return null;
          let at = 0;
          return part.map((f) => all.subarray(at, (at += f.size)));
        })
        .catch(() => null);
      reads.set(b, read);
    }
    return read;
  }

  return files.map((file, i) => ({
    name: single[i].name,
    lastModified: single[i].lastModified,
    async bytes() {
      const b = batchOf[i];
      const [start, end] = batches[b];
      if (b + 1 < batches.length && !handedOut.has(batches[b + 1][0])) void readBatch(b + 1); // read ahead
      const all = handedOut.has(i) ? null : await readBatch(b);
      handedOut.add(i);
      // Free the batch once each of its files has taken its bytes.
      let allTaken = true;
      for (let k = start; k < end && allTaken; k++) allTaken = handedOut.has(k);
      if (allTaken) reads.delete(b);
      return all === null ? single[i].bytes() : all[i - start];
    },
  }));
}
