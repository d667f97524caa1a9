// Writes the hostile corpus to a folder (test/fixtures/hostile by default). Used by
// scripts/make-hostile-fixtures.mjs and by corpus.test.ts when a fixture is missing.
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES } from "./fixtures";

export const CORPUS_DIR = join(__dirname, "..", "..", "fixtures", "hostile");

export async function generateFixture(name: string): Promise<Uint8Array> {
  const fixture = FIXTURES.find((f) => f.name === name);
  if (!fixture) throw new Error(`unknown fixture ${name}`);
  return fixture.make();
}

/** Regenerates every fixture into `dir` and removes files the generator no longer makes. */
export async function writeCorpus(dir: string = CORPUS_DIR): Promise<{ name: string; bytes: number }[]> {
  mkdirSync(dir, { recursive: true });
  const written: { name: string; bytes: number }[] = [];
  for (const fixture of FIXTURES) {
    const bytes = await fixture.make();
    writeFileSync(join(dir, fixture.name), bytes);
    written.push({ name: fixture.name, bytes: bytes.length });
  }
  const known = new Set(FIXTURES.map((f) => f.name));
  for (const file of readdirSync(dir)) if (!known.has(file) && file !== "README.md") unlinkSync(join(dir, file));
  return written;
}
