// Is `candidate` one of `inputs` on disk? Compares device + inode, so a symlink, a hard link or
// another spelling of the same path is caught (writing through it would change an input).
import { statSync } from "node:fs";

function identity(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

export function isOneOf(candidate: string, inputs: readonly string[]): boolean {
  const target = identity(candidate);
  if (target === null) return false;
  return inputs.some((p) => identity(p) === target);
}
