// PATH arguments → the .xlsx files to read. A PATH is a file or a folder searched recursively.
// Order is deterministic (code-unit order of the displayed path) so two runs print the same.
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

export interface FoundFile {
  /** As the user gave it, or folder-as-given + relative path inside it: what JSON shows. */
  display: string;
  /** Absolute path, for reading and for comparing with --out. */
  absolute: string;
}

export interface FindResult {
  /** In argument order; a path that does not exist is kept as a file (reading it reports why). */
  files: FoundFile[];
  /** Paths that do not exist (consolidate refuses them; validate reports them as unreadable). */
  missing: string[];
}

/** Excel's lock files ("~$Bao cao.xlsx") are not reports; any case of ".xlsx" is. */
export function isCandidateXlsx(name: string): boolean {
  return name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$");
}

function walk(dir: string, shown: string, out: FoundFile[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // an unreadable sub-folder is skipped, like an empty one
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const display = join(shown, entry.name);
    // Symlinked folders are not followed (a link loop must not hang the run).
    if (entry.isDirectory()) walk(path, display, out);
    else if (isCandidateXlsx(entry.name) && (entry.isFile() || isFileBehindLink(path))) {
      out.push({ display, absolute: resolve(path) });
    }
  }
}

function isFileBehindLink(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function byDisplay(a: FoundFile, b: FoundFile): number {
  return a.display < b.display ? -1 : a.display > b.display ? 1 : 0;
}

/**
 * Files given directly are kept whatever their extension (the user asked for them); folders
 * contribute their *.xlsx. The same file reached twice is read once.
 */
export function findXlsx(paths: readonly string[]): FindResult {
  const missing: string[] = [];
  const files: FoundFile[] = [];
  for (const given of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(given).isDirectory();
    } catch {
      missing.push(given);
      files.push({ display: given, absolute: resolve(given) });
      continue;
    }
    if (isDir) {
      const inFolder: FoundFile[] = [];
      walk(given, given, inFolder);
      files.push(...inFolder.sort(byDisplay));
    } else {
      files.push({ display: given, absolute: resolve(given) });
    }
  }
  const seen = new Set<string>();
  const unique = files.filter((f) => (seen.has(f.absolute) ? false : (seen.add(f.absolute), true)));
  return { files: unique, missing };
}
