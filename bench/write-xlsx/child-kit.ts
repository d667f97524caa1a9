// One measured process of bench/write-xlsx.bench.ts: reads the models (JSON), loads a writer,
// writes every model once ("cold", what `bdg consolidate --out` or `bdg template --all` does),
// then `warm` more times, and prints one JSON line: its own CPU (user + system, the whole process
// from start, node's start-up included), the time to load the writer, the cold and warm times.
import { readFileSync, writeFileSync } from "node:fs";
import type { WorkbookModel } from "../../src/core/sheet";

export type Writer = (model: WorkbookModel) => Promise<Uint8Array>;

export async function runChild(load: () => Promise<Writer>): Promise<void> {
  const [modelsPath, warmText, samplePath] = process.argv.slice(2);
  const models = JSON.parse(readFileSync(modelsPath, "utf8")) as WorkbookModel[];
  const warm = Number(warmText ?? 0);
  const t0 = performance.now();
  const write = await load();
  const t1 = performance.now();
  let bytes = 0;
  let first: Uint8Array | null = null;
  for (const model of models) {
    const out = await write(model);
    bytes += out.length;
    first ??= out;
  }
  const t2 = performance.now();
  for (let i = 0; i < warm; i++) for (const model of models) await write(model);
  const t3 = performance.now();
  if (samplePath && first) writeFileSync(samplePath, first);
  const cpu = process.cpuUsage();
  process.stdout.write(
    JSON.stringify({
      cpuMs: (cpu.user + cpu.system) / 1000,
      loadMs: t1 - t0,
      coldMs: t2 - t1,
      warmMsPerModel: warm > 0 ? (t3 - t2) / (warm * models.length) : null,
      bytes,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }) + "\n",
  );
}
