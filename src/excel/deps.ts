// What the adapter needs from its host. createOfficeWorkbookPort() wires the real Office globals;
// tests inject the fake Excel (test/fakes/fake-excel) through createWorkbookPort(deps).

/** Excel.run: one call per use case. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.document.settings, promisified: saved inside the workbook file. */
export interface WorkbookSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  saveAsync(): Promise<void>;
}

export interface WorkbookPortDeps {
  run: ExcelRun;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported: (set: string, version: string) => boolean;
  settings: WorkbookSettings;
  /**
   * Excel.run(existingContext, batch): removing an event handler must happen in the context that added it.
   * Default: call the batch with that context directly.
   */
  runInContext?: <T>(
    context: OfficeExtension.ClientRequestContext,
    batch: (context: Excel.RequestContext) => Promise<T>,
  ) => Promise<T>;
  /** Pause between cell-edit-mode retries. Default: a real timer. */
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds clock for how long the port's own change events are expected. Default: Date.now. */
  now?: () => number;
  /** Split a write (and a read's expected response) into several requests above this estimate. Default 4 MB (Excel on the web caps a request at 5 MB). */
  maxRequestBytes?: number;
}
