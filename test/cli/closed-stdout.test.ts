// A closed stdout ends the run quietly (docs/contract.md §4.3): `bdg … | head` must not end in a
// stack trace, for any command. Here the reading end of the pipe is closed before bdg writes a
// single byte, so every write it makes meets EPIPE. The run still does its work and keeps its
// exit code.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { bdg, buildCli, REPO, tempDir } from "./helpers/run-bdg";
import { writeForm } from "./helpers/forms";
import { completeSummaryAsOf } from "./helpers/output-files";

beforeAll(buildCli);

function withClosedStdout(args: readonly string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(REPO, "bin", "bdg.cjs"), ...args], { cwd, env: { ...process.env, NO_COLOR: "1" } });
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
    child.on("close", (status) => resolve({ status, stderr }));
  });
}

let root: string;
beforeAll(async () => {
  root = tempDir("bdg-closed-");
  mkdirSync(join(root, "inbox"));
  await writeForm(join(root, "inbox", "TT_HO_XA.xlsx"), { unit: "TT_HO_XA" });
  await writeForm(join(root, "inbox", "P_YTE.xlsx"), { unit: "P_YTE", values: { "CL04.NU": 5000 } });
});

describe("stdout closed by its reader (| head)", () => {
  it.each([
    [["--help"], 0],
    [["plan"], 0],
    [["plan", "--json"], 0],
    [["validate", "inbox"], 1],
    [["validate", "inbox", "--json"], 1],
    [["consolidate", "inbox", "--period", "2024-Y", "--as-of", "2024-12-12"], 0],
    [["consolidate", "inbox", "--period", "2024-Y", "--as-of", "2024-12-12", "--json"], 0],
    [["template", "--unit", "P_YTE", "--period", "2024-Y", "--out", "form-closed.xlsx", "--force"], 0],
  ] as const)("bdg %j → exit %i, no stack trace", async (args, code) => {
    const run = await withClosedStdout(args, root);
    expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(run.status).toBe(code);
    expect(bdg(args, root).status).toBe(code); // the same code as with an open stdout
  });

  it("the outputs are still written: consolidate --out and demo", async () => {
    const out = join(root, "tong-hop-closed.xlsx");
    const run = await withClosedStdout(["consolidate", "inbox", "--period", "2024-Y", "--as-of", "2024-12-12", "--out", out, "--json"], root);
    expect(run.status).toBe(0);
    expect(completeSummaryAsOf(out)).toBe("2024-12-12");
    const demo = await withClosedStdout(["demo", "--out-dir", "demo-closed"], root);
    expect(demo.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(demo.status).toBe(0);
    expect(completeSummaryAsOf(join(root, "demo-closed", "tong-hop-2024-Y.xlsx"))).toBe("2024-12-12");
  });
});
