// JSON for people: a short object or list stays on one line ({ "code": "TT02", "sign": 1 }),
// a long one is broken over lines. Plan files are written by hand, so they should read well.

const MAX_LINE = 100;

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(", ")} }`;
  }
  return JSON.stringify(value) ?? "null";
}

function render(value: unknown, indent: string, prefixLength: number): string {
  const flat = inline(value);
  const isContainer = value !== null && typeof value === "object";
  if (!isContainer || indent.length + prefixLength + flat.length <= MAX_LINE) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + render(v, inner, 0)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  const lines = entries.map(([k, v]) => {
    const key = `${JSON.stringify(k)}: `;
    return inner + key + render(v, inner, key.length);
  });
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

/** Pretty JSON whose JSON.parse equals JSON.parse(JSON.stringify(value)). Ends with a newline. */
export function prettyJson(value: unknown): string {
  return `${render(value, "", 0)}\n`;
}
