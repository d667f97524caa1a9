// One atomic write (src/cli/io/write/atomic-write.ts) on real files: the content arrives whole,
// and on any failure the previous file is intact and no temporary is left.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeAtomically } from "../../../src/cli/io/write/atomic-write";

const fresh = () => mkdtempSync(join(tmpdir(), "bdg-atomic-"));

describe("writeAtomically", () => {
  it("replaces the target with the whole new content, many chunks long, and keeps its permissions", async () => {
    const dir = fresh();
    const out = join(dir, "tong-hop.xlsx");
    writeFileSync(out, "old");
    chmodSync(out, 0o640);
    const big = new Uint8Array(200_000).map((_, i) => i % 251);
    await writeAtomically(out, big, { replace: true });
    expect(Buffer.compare(readFileSync(out), Buffer.from(big))).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
  });

  it("text is written as UTF-8", async () => {
    const dir = fresh();
    await writeAtomically(join(dir, "so-nhan.json"), '{"đơn vị":"Vĩnh Thái"}', { replace: false });
    expect(readFileSync(join(dir, "so-nhan.json"), "utf8")).toBe('{"đơn vị":"Vĩnh Thái"}');
  });

  it("replace: false never replaces a file that appeared meanwhile (EEXIST), and leaves nothing", async () => {
    const dir = fresh();
    const out = join(dir, "bieu-mau.xlsx");
    writeFileSync(out, "filled by an officer");
    await expect(writeAtomically(out, "blank form", { replace: false })).rejects.toMatchObject({ code: "EEXIST" });
    expect(readFileSync(out, "utf8")).toBe("filled by an officer");
    expect(readdirSync(dir)).toEqual(["bieu-mau.xlsx"]);
  });

  it("a folder that is gone: the error comes back, nothing is left", async () => {
    const dir = fresh();
    await expect(writeAtomically(join(dir, "khong-co", "x.xlsx"), "x", { replace: true })).rejects.toMatchObject({ code: "ENOENT" });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("a folder in the target's place: the rename fails, the temporary is removed", async () => {
    const dir = fresh();
    mkdirSync(join(dir, "tong-hop.xlsx"));
    writeFileSync(join(dir, "tong-hop.xlsx", "inside"), "kept");
    await expect(writeAtomically(join(dir, "tong-hop.xlsx"), "x", { replace: true })).rejects.toHaveProperty("code");
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
    expect(readFileSync(join(dir, "tong-hop.xlsx", "inside"), "utf8")).toBe("kept");
  });
});
