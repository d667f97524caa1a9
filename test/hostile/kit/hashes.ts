// Inputs are never changed: sha256 of every input before and after every command.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** name → sha256 (and size, mtime) of every file in `dir`. */
export function folderFingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (!stat.isFile()) continue;
    out[name] = `${sha256(readFileSync(path))} ${stat.size} ${stat.mtimeMs}`;
  }
  return out;
}
