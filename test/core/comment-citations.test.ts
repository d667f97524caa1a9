// The why lives in the repo: a comment in src/, test/, bench/ or scripts/ cites a document by its
// path in the repo (docs/<name>.md §n), never a file the repo does not have or a name alone, never
// a tracker's number. A cited section must exist, and a
// phrase quoted after it must be in that section, so a renumbered document cannot leave a comment
// pointing at the wrong place.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";

const ROOT = join(__dirname, "../..");
const DOCS = readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md"));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Every comment of a file, from its syntax tree (so "//" inside a string or a regex is not one). */
function commentsOf(path: string, text: string): { line: number; text: string }[] {
  const kind = path.endsWith(".tsx") ? ts.ScriptKind.TSX : path.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const seen = new Map<number, string>();
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) seen.set(r.pos, text.slice(r.pos, r.end));
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(text, node.getEnd()));
    node.forEachChild(visit);
  };
  visit(sf);
  collect(ts.getLeadingCommentRanges(text, sf.endOfFileToken.getFullStart()));
  return [...seen].map(([pos, comment]) => ({ line: sf.getLineAndCharacterOfPosition(pos).line + 1, text: comment }));
}

/** A comment's words with the comment markers and line breaks taken out. */
const flat = (comment: string) => comment.replace(/\n\s*(\/\/|\*)?/g, " ").replace(/\s+/g, " ");

/** docs/<doc> headings by number ("4.1" → that section's text, its subsections included). */
function sectionsOf(doc: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | null = null;
  for (const line of readFileSync(join(ROOT, "docs", doc), "utf8").split("\n")) {
    const heading = /^#{2,4} ([0-9]+(?:\.[0-9]+)*)\.? /.exec(line);
    if (heading) current = heading[1];
    if (current === null) continue;
    // The line belongs to its section and to every section above it ("4.1" is in "4").
    for (const key of new Set([...sections.keys(), current])) {
      if (key === current || current.startsWith(`${key}.`)) sections.set(key, (sections.get(key) ?? "") + line + "\n");
    }
  }
  return sections;
}

interface Finding {
  where: string;
  problem: string;
}

function citationProblems(where: string, comment: string, sections: (doc: string) => Map<string, string>): Finding[] {
  const text = flat(comment);
  const found: Finding[] = [];
  if (/\bissues? #?\d+\b|\(#\d+\)|\bgh-\d+\b/i.test(text)) found.push({ where, problem: `cites a tracker number: ${text.trim().slice(0, 120)}` });
  for (const m of text.matchAll(/(?<![\w/.-])([\w./-]+\.md)\b/g)) {
    const path = m[1];
    if (!existsSync(join(ROOT, path))) {
      const inDocs = DOCS.includes(path);
      found.push({ where, problem: inDocs ? `cites ${path} without docs/` : `cites ${path}, which is not in the repo` });
    }
  }
  const cite = /docs\/([\w-]+\.md) (§ ?[0-9]+(?:\.[0-9]+)*(?:(?:, ?| ?[-–] ?)§? ?[0-9]+(?:\.[0-9]+)*)*)(?: ["“]([^"”]+)["”])?/g;
  for (const m of text.matchAll(cite)) {
    const [, doc, refs, quoted] = m;
    if (!DOCS.includes(doc)) {
      found.push({ where, problem: `cites docs/${doc}, which does not exist` });
      continue;
    }
    const numbers = [...refs.matchAll(/[0-9]+(?:\.[0-9]+)*/g)].map((n) => n[0]);
    for (const n of numbers) if (!sections(doc).has(n)) found.push({ where, problem: `cites docs/${doc} §${n}, which has no such section` });
    const phrase = quoted?.toLowerCase();
    if (phrase && !numbers.some((n) => (sections(doc).get(n) ?? "").toLowerCase().includes(phrase))) {
      found.push({ where, problem: `quotes “${quoted}” from docs/${doc} ${refs}, which does not say it` });
    }
  }
  return found;
}

const cache = new Map<string, Map<string, string>>();
const sections = (doc: string) => cache.get(doc) ?? cache.set(doc, sectionsOf(doc)).get(doc)!;

describe("the check itself", () => {
  it.each<[string, string, string[]]>([
    ["a good citation", "// (docs/contract.md §4.1 \"Unit alerts\")", []],
    ["a bare document name", "// see contract.md §3", ["cites contract.md without docs/"]],
    ["a tracker number", "/* fixed for issue 12 */", ["cites a tracker number: /* fixed for issue 12 */"]],
    ["a document the repo does not have", "// (design.md: formats first)", ["cites design.md, which is not in the repo"]],
    ["a file at the repo's root", "// see README.md", []],
    ["a section that does not exist", "// docs/domain.md §42", ["cites docs/domain.md §42, which has no such section"]],
    ["a quote the section does not hold", "// docs/domain.md §5 \"penguins\"", ["quotes “penguins” from docs/domain.md §5, which does not say it"]],
    ["a quote across comment lines", "// docs/contract.md §4.1 \"No file is\n// dropped silently\"", []],
    ["several sections", "// docs/domain.md §2.2, §6", []],
  ])("%s", (_what, comment, problems) => {
    expect(citationProblems("x.ts:1", comment, sections).map((f) => f.problem)).toEqual(problems);
  });
});

describe("comments in src/ and test/", () => {
  it("cite documents in the repo by existing sections, and no tracker numbers", () => {
    const findings = ["src", "test", "bench", "scripts"].flatMap((dir) =>
      sourceFiles(join(ROOT, dir)).flatMap((path) => {
        const text = readFileSync(path, "utf8");
        // Only files that could hold a citation are parsed (parsing them all is slow).
        if (!/\.md|issue|#\d|gh-\d/i.test(text)) return [];
        const file = relative(ROOT, path);
        return commentsOf(path, text).flatMap((c) => citationProblems(`${file}:${c.line}`, c.text, sections));
      }),
    );
    expect(findings).toEqual([]);
  });
});
