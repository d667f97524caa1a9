// The core's folders import one way (docs/architecture.md "Import order"): a folder may import only
// from folders before it in CORE_ORDER, never from one after it, and no two folders import each
// other, whether the import is for values or only for types.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import * as ts from "typescript";

/** Low to high: foundations, the issue vocabulary, then the stages in the order data flows. */
const CORE_ORDER = [
  "text",
  "time",
  "grid",
  "sheet",
  "issues",
  "plan",
  "form",
  "ports",
  "read",
  "rules",
  "status",
  "consolidate",
  "register",
  "report",
] as const;

const CORE = join(__dirname, "../../src/core");

interface Edge {
  file: string;
  from: string;
  to: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Every import between two core folders: import, import type, export … from, import(). */
function coreEdges(): Edge[] {
  const edges: Edge[] = [];
  for (const file of tsFiles(CORE)) {
    const from = relative(CORE, file).split("/")[0];
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const target = relative(CORE, normalize(join(dirname(file), fileName)));
      if (target.startsWith("..")) {
        edges.push({ file: relative(CORE, file), from, to: `(outside core) ${fileName}` });
        continue;
      }
      const to = target.split("/")[0];
      if (to !== from) edges.push({ file: relative(CORE, file), from, to });
    }
  }
  return edges;
}

/** Imports that go against the order, or name a folder the order does not declare. */
function backwards(edges: readonly Edge[], order: readonly string[]): string[] {
  const rank = new Map(order.map((f, i) => [f, i]));
  return edges
    .filter((e) => !rank.has(e.from) || !rank.has(e.to) || rank.get(e.to)! > rank.get(e.from)!)
    .map((e) => `${e.file}: ${e.from} → ${e.to}`);
}

/** Folder cycles (each as "a → b → a"), found by depth-first search over the folder graph. */
function cycles(edges: readonly Edge[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    const set = next.get(e.from) ?? new Set<string>();
    set.add(e.to);
    next.set(e.from, set);
  }
  const found = new Set<string>();
  const path: string[] = [];
  const done = new Set<string>();
  const visit = (node: string) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      found.add([...path.slice(at), node].join(" → "));
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const to of next.get(node) ?? []) visit(to);
    path.pop();
    done.add(node);
  };
  for (const node of next.keys()) visit(node);
  return [...found];
}

describe("the checks themselves", () => {
  const e = (from: string, to: string): Edge => ({ file: `${from}/x.ts`, from, to });
  it.each<[string, Edge[], string[], string[]]>([
    ["forward imports only", [e("rules", "read"), e("read", "plan")], [], []],
    ["a stage importing a later one", [e("read", "rules")], ["read/x.ts: read → rules"], []],
    ["two folders importing each other", [e("read", "rules"), e("rules", "read")], ["read/x.ts: read → rules"], ["read → rules → read"]],
    ["a three-folder cycle", [e("plan", "issues"), e("issues", "form"), e("form", "plan")], ["issues/x.ts: issues → form"], ["plan → issues → form → plan"]],
    ["a folder the order does not name", [e("extra", "plan")], ["extra/x.ts: extra → plan"], []],
  ])("%s", (_what, edges, back, loops) => {
    expect(backwards(edges, CORE_ORDER)).toEqual(back);
    expect(cycles(edges)).toEqual(loops);
  });
});

describe("src/core imports one way", () => {
  const edges = coreEdges();

  it("finds the imports it checks (the parser works on this tree)", () => {
    expect(edges.some((x) => x.from === "rules" && x.to === "read")).toBe(true);
    expect(edges.some((x) => x.from === "consolidate" && x.to === "status")).toBe(true);
  });

  it("declares every core folder in the order, and docs/architecture.md lists the same order", () => {
    const folders = readdirSync(CORE, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect([...folders].sort()).toEqual([...CORE_ORDER].sort());
    const doc = readFileSync(join(__dirname, "../../docs/architecture.md"), "utf8");
    expect(doc).toContain(CORE_ORDER.map((f) => `\`${f}\``).join(" → "));
  });

  it("has no import against the order", () => {
    expect(backwards(edges, CORE_ORDER)).toEqual([]);
  });

  it("has no import cycle between folders", () => {
    expect(cycles(edges)).toEqual([]);
  });
});
