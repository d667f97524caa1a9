// One JSON document written piece by piece: the same text as JSON.stringify(doc, null, 2) + "\n",
// without ever holding it whole. `consolidate --json` over 5,000 files prints ~9 MB, mostly its
// `files` and `issues` arrays; built as one string (UTF-16, so ~18 MB) then copied into a buffer,
// it was the run's peak memory. Here each top-level array element is serialised on its own and
// the text goes out in chunks of about CHUNK characters.
const CHUNK = 64 * 1024;

/** JSON.stringify(value, null, 2) re-indented to sit `indent` spaces deep. */
function nested(value: unknown, indent: string): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text === undefined ? undefined : text.replace(/\n/g, `\n${indent}`);
}

/** `doc` is a plain object of plain data (no toJSON at its top level). */
export function writeJsonDocument(doc: Record<string, unknown>, write: (chunk: string) => void): void {
  let buffer = "";
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = "";
    }
  };
  let first = true;
  emit("{");
  for (const key of Object.keys(doc)) {
    const value = doc[key];
    const head = `${first ? "" : ","}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      first = false;
      emit(`${head}[`);
      value.forEach((element, i) => emit(`${i === 0 ? "" : ","}\n    ${nested(element, "    ") ?? "null"}`));
      emit("\n  ]");
      continue;
    }
    const text = nested(value, "  ");
    if (text === undefined) continue; // undefined, functions: left out, as JSON.stringify does
    first = false;
    emit(head + text);
  }
  emit(first ? "}\n" : "\n}\n");
  write(buffer);
}
