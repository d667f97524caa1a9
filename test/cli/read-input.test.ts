// readInput: bytes and time of an input, or a Vietnamese reason — never an exception, never a write.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readInput } from "../../src/cli/io/read-input";

const dir = mkdtempSync(join(tmpdir(), "bdg-read-input-"));
writeFileSync(join(dir, "a.xlsx"), "PK");
mkdirSync(join(dir, "folder.xlsx"));
if (process.platform !== "win32") symlinkSync("vong.xlsx", join(dir, "vong.xlsx"));

describe("readInput", () => {
  it("reads a file's bytes and its time in +07:00", () => {
    const r = readInput(join(dir, "a.xlsx"));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Array.from(r.bytes)).toEqual([0x50, 0x4b]);
      expect(r.fileTime).toMatch(/\+07:00$/);
    }
  });

  it.each([
    ["a missing file", "khong-co.xlsx", "io_error", "Không tìm thấy tệp (ENOENT)"],
    ["a symbolic link to itself", "vong.xlsx", "io_error", "Liên kết tượng trưng (symlink) vòng vòng, không tới được tệp thật (ELOOP)"],
    ["a folder named .xlsx", "folder.xlsx", "not_a_file", "Không phải một tệp"],
  ])("%s gives a Vietnamese reason", (_what, name, reason, message) => {
    const r = readInput(join(dir, name));
    expect(r).toMatchObject({ ok: false, reason });
    // the reason of an unreadable issue: shown after "Không đọc được tệp: ", so the cause alone
    if (!r.ok) expect(r.message).toBe(message);
  });

  // The file is opened before it is examined: a named pipe must not make the run wait for a writer.
  (process.platform === "win32" ? it.skip : it)("a named pipe is not a file, and does not block", () => {
    const fifo = join(dir, "pipe.xlsx");
    execFileSync("mkfifo", [fifo]);
    expect(readInput(fifo)).toMatchObject({ ok: false, reason: "not_a_file" });
  });
});
