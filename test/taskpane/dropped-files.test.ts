// Files and folders dropped on the page: every file under a dropped folder, however deep and
// however many batches readEntries takes; what cannot be read is named, never dropped silently.
import { droppedFiles, type DroppedEntry, type DroppedItem } from "../../src/taskpane/host/dropped-files";

const fileOf = (name: string) => ({ name }) as unknown as File;

function file(name: string, fails = false): DroppedEntry {
  return { isFile: true, isDirectory: false, name, file: (ok, fail) => (fails ? fail(new Error("denied")) : ok(fileOf(name))) };
}

/** A directory whose reader hands out its children `batch` at a time, then an empty batch. */
function dir(name: string, children: DroppedEntry[], batch = 2, fails = false): DroppedEntry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok, fail) => {
          if (fails) return fail(new Error("denied"));
          const next = children.slice(at, at + batch);
          at += next.length;
          ok(next);
        },
      };
    },
  };
}

const item = (entry: DroppedEntry | null, asFile: File | null = null): DroppedItem => ({ kind: "file", webkitGetAsEntry: (): DroppedEntry | null => entry, getAsFile: (): File | null => asFile });

describe("droppedFiles", () => {
  it.each([
    ["one file", [item(file("a.xlsx"))], ["a.xlsx"], []],
    ["a folder in batches, with a subfolder", [item(dir("hop-thu", [file("1.xlsx"), file("2.xlsx"), file("3.xlsx"), dir("con", [file("4.xlsx")])]))], ["1.xlsx", "2.xlsx", "3.xlsx", "4.xlsx"], []],
    ["an empty folder", [item(dir("trong", []))], [], []],
    ["an unreadable file and folder are named", [item(dir("d", [file("ok.xlsx"), file("khoa.xlsx", true), dir("cam", [], 2, true)]))], ["ok.xlsx"], ["khoa.xlsx", "cam"]],
    ["an item without an entry gives its File", [item(null, fileOf("keo.xlsx"))], ["keo.xlsx"], []],
    ["text dragged along is not a file", [{ kind: "string", getAsFile: (): File | null => null }, item(file("b.xlsx"))], ["b.xlsx"], []],
  ] as const)("%s", async (_what, items, names, unreadable) => {
    const got = await droppedFiles(items as unknown as DroppedItem[]);
    expect(got.files.map((f) => f.name)).toEqual(names);
    expect(got.unreadable).toEqual(unreadable);
  });
});
