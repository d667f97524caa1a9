// The load/sync contract of Office.js, enforced: proxies queue actions; nothing touches the
// workbook until context.sync(); reading a property that was not loaded (and synced) throws
// PropertyNotLoaded, exactly like the real Excel.
import { FakeExcelError, notLoaded } from "./errors";

/** Fixed request cost of one action (object path, name, ids), as in payload estimates. */
export const ACTION_BYTES = 120;

export interface Action {
  bytes: number;
  run: () => void;
}

export interface RequestHost {
  execute(context: FakeContextBase, actions: Action[]): Promise<void>;
}

export class FakeContextBase {
  private queue: Action[] = [];
  constructor(readonly host: RequestHost) {}

  enqueue(payload: unknown, run: () => void): void {
    const json = JSON.stringify(payload ?? null) ?? "null";
    this.queue.push({ bytes: ACTION_BYTES + Buffer.byteLength(json, "utf8"), run });
  }

  sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    return this.host.execute(this, actions);
  }

  get pendingActions(): number {
    return this.queue.length;
  }
}

type LoadSpec = string | string[] | { select?: string } | undefined;

function loadPaths(spec: LoadSpec): string[] {
  const text = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec?.select ?? "");
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export abstract class FakeObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContextBase) {}

  /** Scalar properties loaded by a bare load(). */
  protected abstract readonly scalarProps: readonly string[];
  /** A scalar's current value in the workbook, read at sync time. */
  protected abstract readState(prop: string): unknown;
  /** Navigation properties a load path may go through, e.g. "format" in "format/fill/color". */
  protected navigate(_prop: string): FakeObject | undefined {
    return undefined;
  }
  /** False for an *OrNullObject proxy whose target does not exist (checked at sync). */
  protected abstract exists(): boolean;

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.ctx.enqueue({ load: paths }, () => this.loadNow(paths.length ? paths : [...this.scalarProps]));
    return this;
  }

  /** Snapshot now (inside a sync). */
  loadNow(paths: readonly string[]): void {
    const present = this.exists();
    this.loaded.set("isNullObject", !present);
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length) {
        const child = this.navigate(head);
        if (!child) throw new FakeExcelError("InvalidArgument", `cannot load '${path}'`);
        if (present) child.loadNow([rest.join("/")]);
      } else {
        this.loaded.set(head, present ? this.readState(head) : null);
      }
    }
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  /** Marks the null-object check as loaded at the next sync (what *OrNullObject does). */
  protected trackNull(): void {
    this.ctx.enqueue({ track: true }, () => this.loaded.set("isNullObject", !this.exists()));
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Property assignment: cached locally (as Office.js does) and applied at sync. */
  protected assign(prop: string, value: unknown, apply: () => void): void {
    this.loaded.set(prop, value);
    this.ctx.enqueue({ set: prop, value }, apply);
  }

  protected invoke(method: string, args: unknown[], apply: () => void): void {
    this.ctx.enqueue({ call: method, args }, apply);
  }
}
