// PATH arguments → the inputs of a run (docs/contract.md §4.1 "No file is dropped silently").
// A PATH is a file or a folder searched recursively. Every file of a folder ends up somewhere:
// - a workbook we read (.xlsx, .xlsm …): in `files`;
// - another spreadsheet format (.xls, .ods, .csv …), a folder or link that cannot be read: in
//   `unreadable`, with a Vietnamese reason (how to save as .xlsx; what is wrong with the folder);
// - anything else (PDF, Word, images, Office lock files): in `ignored`.
// Folders behind symbolic links are followed, each real folder once (a link loop ends there).
// Order is deterministic (code-unit order of the displayed path) so two runs print the same.
import { readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { basename, join, resolve } from "node:path";
import { unreadable, type FileReport } from "../../core/read";
import { inputKindOf } from "../../core/read/input-kind";
import { isBdgWorkFile } from "./write";

export interface FoundFile {
  /** As the user gave it, or folder-as-given + relative path inside it: what JSON shows. */
  display: string;
  /** Absolute path, for reading and for comparing with --out. */
  absolute: string;
}

export interface UnreadableInput {
  display: string;
  /** Vietnamese, a sentence without its final full stop. */
  reason: string;
  /** Another spreadsheet format (told by the name), or a folder or link that cannot be read. */
  kind: "other_spreadsheet" | "access";
}

/** The report of an input found unreadable before any reading (core/read/unreadable.ts). */
export function unreadableInputReport(input: UnreadableInput): FileReport {
  return unreadable(input.display, null, { kind: input.kind, sentence: input.reason });
}

export interface FindResult {
  /** Workbooks to read, in order; a path given directly that does not exist is kept (reading it reports why). */
  files: FoundFile[];
  /** Spreadsheets of other formats, and folders or links that cannot be read. */
  unreadable: UnreadableInput[];
  /** Files that are not spreadsheets, by displayed path. */
  ignored: string[];
  /** Paths given that do not exist (consolidate refuses them; validate reports them as unreadable). */
  missing: string[];
}

/**
 * File-system errors on folders, in words a clerk understands. Each is the reason of an
 * `unreadable` issue, shown after "Không đọc được tệp: " (core/issues/messages-vi.ts): a sentence
 * of its own, never those words again.
 */
function folderProblem(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === "EACCES" || code === "EPERM") return "Không có quyền đọc thư mục này";
  if (code === "ENOENT") return "Liên kết hỏng: thư mục hoặc tệp mà liên kết trỏ tới không còn";
  if (code === "ELOOP") return "Liên kết trỏ vòng về chính nó, không tới được tệp hay thư mục thật";
  return `Không mở được thư mục${code ? ` (${code})` : ""}`;
}

/** One PATH's walk; `seenFolders` is shared by the walks of one run, so no folder is read twice. */
class Walk {
  readonly result: FindResult = { files: [], unreadable: [], ignored: [], missing: [] };
  constructor(private readonly seenFolders: Set<string>) {}

  file(path: string, display: string): void {
    // bdg's own temporary and lock files (a run in progress, or one that died): not inputs, not news.
    if (isBdgWorkFile(basename(path))) return;
    const kind = inputKindOf(display);
    if (kind.kind === "workbook") this.result.files.push({ display, absolute: resolve(path) });
    else if (kind.kind === "other_spreadsheet") this.result.unreadable.push({ display, reason: kind.reason, kind: "other_spreadsheet" });
    else this.result.ignored.push(display);
  }

  folder(dir: string, display: string): void {
    let real: string;
    let entries: Dirent[];
    try {
      real = realpathSync(dir);
      if (this.seenFolders.has(real)) return; // reached again through a link: read once
      this.seenFolders.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      this.result.unreadable.push({ display, reason: folderProblem(e), kind: "access" });
      return;
    }
    // By name, so that which link reaches a folder first (and is listed) is the same on every run.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) this.entry(join(dir, entry.name), join(display, entry.name), entry);
  }

  private entry(path: string, display: string, entry: Dirent): void {
    if (entry.isDirectory()) return this.folder(path, display);
    if (entry.isFile()) return this.file(path, display);
    if (!entry.isSymbolicLink()) {
      this.result.ignored.push(display); // sockets, devices
      return;
    }
    let target;
    try {
      target = statSync(path);
    } catch (e) {
      this.result.unreadable.push({ display, reason: folderProblem(e), kind: "access" });
      return;
    }
    if (target.isDirectory()) this.folder(path, display);
    else if (target.isFile()) this.file(path, display);
    else this.result.ignored.push(display);
  }
}

const byDisplay = (a: { display: string }, b: { display: string }) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0);

/**
 * Files given directly are read whatever their extension (the user asked for them), except other
 * spreadsheet formats, which get their reason; folders contribute as described above. The same
 * file reached twice is read once.
 */
export function findInputs(paths: readonly string[]): FindResult {
  const seenFolders = new Set<string>();
  const all = new Walk(seenFolders);
  for (const given of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(given).isDirectory();
    } catch {
      all.result.missing.push(given);
      all.result.files.push({ display: given, absolute: resolve(given) });
      continue;
    }
    if (isDir) {
      const inFolder = new Walk(seenFolders);
      inFolder.folder(given, given);
      all.result.files.push(...inFolder.result.files.sort(byDisplay));
      all.result.unreadable.push(...inFolder.result.unreadable.sort(byDisplay));
      all.result.ignored.push(...inFolder.result.ignored.sort());
    } else {
      const kind = inputKindOf(given);
      if (kind.kind === "other_spreadsheet") all.result.unreadable.push({ display: given, reason: kind.reason, kind: "other_spreadsheet" });
      else all.result.files.push({ display: given, absolute: resolve(given) });
    }
  }
  const once = <T>(items: T[], keyOf: (item: T) => string): T[] => {
    const seen = new Set<string>();
    return items.filter((item) => (seen.has(keyOf(item)) ? false : (seen.add(keyOf(item)), true)));
  };
  return {
    ...all.result,
    files: once(all.result.files, (f) => f.absolute),
    unreadable: once(all.result.unreadable, (u) => resolve(u.display)),
    ignored: once(all.result.ignored, (p) => resolve(p)),
  };
}
