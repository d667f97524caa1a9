// The load/sync contract of Office.js, enforced: proxies queue actions; nothing touches the
// workbook until context.sync(); reading a property that was not loaded (and synced) throws
// PropertyNotLoaded, exactly like the real Excel.
//
// The host's API level, enforced: every member used above the host's ExcelApi version (the
// version Microsoft's typings give it, api-sets.ts) makes the request fail with ApiNotFound at
// that point of the batch ("Excel JavaScript API requirement sets": a host runs only the sets it
// supports; Excel.ErrorCodes.apiNotFound).
import { requiredArgMinor, requiredMinor } from "./api-sets";
import { FakeExcelError, notLoaded } from "./errors";

/** Fixed request cost of one action (object path, name, ids), as in payload estimates. */
export const ACTION_BYTES = 120;

export interface Action {
  bytes: number;
  run: () => void;
}

export interface RequestHost {
  execute(context: FakeContextBase, actions: Action[]): Promise<void>;
  /** The host's highest ExcelApi minor version (1.13 → 13). */
  readonly apiMinor: number;
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null) ?? "null", "utf8");
}

export class FakeContextBase {
  private queue: Action[] = [];
  /** Bytes of the response of the request being executed (what loads send back). */
  responseBytes = 0;
  /** Objects that took loaded values in the request being executed (forgotten if it fails). */
  readonly loadedNow = new Set<FakeObject>();
  constructor(readonly host: RequestHost) {}

  enqueue(payload: unknown, run: () => void): void {
    this.queue.push({ bytes: ACTION_BYTES + jsonBytes(payload), run });
  }

  /** Queues the failure a host below `minor` answers with, at this point of the batch. */
  requireMinor(minor: number, what: string): void {
    if (this.host.apiMinor >= minor) return;
    const needs = Number.isFinite(minor) ? `ExcelApi 1.${minor}` : "a set this host does not have";
    this.queue.push({
      bytes: 0,
      run: () => {
        throw new FakeExcelError("ApiNotFound", `${what} needs ${needs}; this host has ExcelApi 1.${this.host.apiMinor}`);
      },
    });
  }

  requireApi(cls: string, member: string, mode: "get" | "set" = "get"): void {
    this.requireMinor(requiredMinor(cls, member, mode), `${cls}.${member}${mode === "set" ? " (set)" : ""}`);
  }

  requireArg(cls: string, member: string, arg: string): void {
    this.requireMinor(requiredArgMinor(cls, member, arg), `${cls}.${member}(${arg})`);
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

export function loadPaths(spec: LoadSpec): string[] {
  const text = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : (spec?.select ?? "");
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export abstract class FakeObject {
  private loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContextBase) {}

  /** The Office.js class this proxy stands for (its members' API sets come from the typings). */
  abstract readonly excelClass: string;
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

  /** Queues the API-level checks of a load path ("protection/protected" → two members). */
  checkPath(path: string): void {
    const [head, ...rest] = path.split("/");
    this.ctx.requireApi(this.excelClass, head);
    if (rest.length) this.navigate(head)?.checkPath(rest.join("/"));
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    for (const p of paths) this.checkPath(p);
    this.ctx.enqueue({ load: paths }, () => this.loadNow(paths.length ? paths : this.bareProps()));
    return this;
  }

  /** A bare load() takes only the scalars this host has. */
  private bareProps(): string[] {
    return this.scalarProps.filter((p) => requiredMinor(this.excelClass, p, "get") <= this.ctx.host.apiMinor);
  }

  /** Snapshot now (inside a sync). */
  loadNow(paths: readonly string[]): void {
    const present = this.exists();
    this.remember("isNullObject", !present);
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length) {
        const child = this.navigate(head);
        if (!child) throw new FakeExcelError("InvalidArgument", `cannot load '${path}'`);
        if (present) child.loadNow([rest.join("/")]);
      } else {
        this.remember(head, present ? this.readState(head) : null);
      }
    }
  }

  /** A loaded value: counted in the response, kept until the request fails or a later load. */
  private remember(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
    this.ctx.responseBytes += prop.length + 3 + jsonBytes(value);
    this.ctx.loadedNow.add(this);
  }

  /** The request failed (e.g. its response was too large): nothing it loaded arrived. */
  forgetLoads(): void {
    this.loaded = new Map();
  }

  /** A proxy can be passed only to calls of the request context it was made in. */
  belongsTo(ctx: FakeContextBase): boolean {
    return this.ctx === ctx;
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }

  /** Marks the null-object check as loaded at the next sync (what *OrNullObject does). */
  protected trackNull(): void {
    this.ctx.enqueue({ track: true }, () => this.remember("isNullObject", !this.exists()));
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Property assignment: cached locally (as Office.js does) and applied at sync. */
  protected assign(prop: string, value: unknown, apply: () => void): void {
    this.ctx.requireApi(this.excelClass, prop, "set");
    this.loaded.set(prop, value);
    this.ctx.enqueue({ set: prop, value }, apply);
  }

  protected invoke(method: string, args: unknown[], apply: () => void): void {
    this.ctx.requireApi(this.excelClass, method);
    this.ctx.enqueue({ call: method, args }, apply);
  }
}
