// A file the user picked, read lazily: consolidation reads one file at a time and keeps only
// its verdict, so a pile of 500 workbooks never sits in memory at once.
export interface InputFile {
  name: string;
  /** Modification time, epoch ms (File.lastModified), or null when unknown. */
  lastModified: number | null;
  bytes(): Promise<Uint8Array>;
}
