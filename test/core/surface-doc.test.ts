// docs/architecture.md's table of the core's public surface names what each folder's index.ts
// really exports: every name in backticks in a row (a call's name before its parentheses) must be
// exported by that row's modules, or be a member of an interface the row names.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";

const ROOT = join(__dirname, "../..");

function surfaceRows(): { modules: string[]; names: string[] }[] {
  const doc = readFileSync(join(ROOT, "docs/architecture.md"), "utf8");
  const start = doc.indexOf("## The core's public surface");
  const table = doc.slice(start, doc.indexOf("\n## ", start + 1));
  return table
    .split("\n")
    .filter((l) => l.startsWith("| `core/"))
    .map((line) => {
      const [first, rest] = line.split("|").slice(1, 3);
      const modules = [...first.matchAll(/`core\/(\w+)`/g)].map((m) => m[1]);
      // `name`, `name(…) → Type` or `name → Type`; a file name or a phrase in backticks is not checked.
      const names = [...rest.matchAll(/`([^`]+)`/g)].map((m) => /^([A-Za-z_]\w*)(?:\(|\s*→|$)/.exec(m[1])?.[1]).filter((n): n is string => !!n);
      return { modules, names };
    });
}

const program = ts.createProgram(
  surfaceRows().flatMap((r) => r.modules.map((m) => join(ROOT, "src/core", m, "index.ts"))),
  { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, skipLibCheck: true, noEmit: true },
);
const checker = program.getTypeChecker();

/** A module's exports, and the members of its exported interfaces (WorkbookPort's methods). */
function namesOf(module: string): Set<string> {
  const file = program.getSourceFile(join(ROOT, "src/core", module, "index.ts"));
  const symbol = file && checker.getSymbolAtLocation(file);
  const names = new Set<string>();
  for (const exported of symbol ? checker.getExportsOfModule(symbol) : []) {
    names.add(exported.name);
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (target.flags & ts.SymbolFlags.Interface) for (const member of checker.getDeclaredTypeOfSymbol(target).getProperties()) names.add(member.name);
  }
  return names;
}

describe("docs/architecture.md, the core's public surface", () => {
  const rows = surfaceRows();

  it("has a row for each core folder", () => {
    const folders = readdirSync(join(ROOT, "src/core"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(rows.flatMap((r) => r.modules).sort()).toEqual(folders.sort());
  });

  it.each(rows.map((r) => [r.modules.join(", "), r] as const))("core/%s: every name it lists is exported", (_m, row) => {
    const exported = new Set(row.modules.flatMap((m) => [...namesOf(m)]));
    expect(row.names.filter((n) => !exported.has(n))).toEqual([]);
  });
});
