// Entry point of `node scripts/make-hostile-fixtures.mjs`: writes the corpus and lists it.
import { join } from "node:path";
import { writeCorpus } from "./write-corpus";

declare const __HOSTILE_SOURCE_DIR__: string;

export async function main(): Promise<void> {
  const dir = join(__HOSTILE_SOURCE_DIR__, "..", "..", "fixtures", "hostile");
  const written = await writeCorpus(dir);
  let total = 0;
  for (const { name, bytes } of written) {
    total += bytes;
    process.stdout.write(`${String(bytes).padStart(9)}  ${name}\n`);
  }
  process.stdout.write(`${written.length} tệp, ${total} byte → ${dir}\n`);
}
