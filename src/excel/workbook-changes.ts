// "The sheet changed since the last check": a change handler on every worksheet.
// ExcelApi 1.9 has one event on the collection (covers sheets added later); 1.7 only has
// per-sheet events (sheets added after subscribing are not watched); older Excel has none
// (capabilities() says so in Vietnamese).
import type { ExcelRun } from "./deps";
import type { HostSupport } from "./support";

type RunInContext = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

export async function subscribeToChanges(
  run: ExcelRun,
  runInContext: RunInContext,
  support: HostSupport,
  handler: () => void,
): Promise<() => void> {
  const onChange = async () => {
    handler();
  };
  let results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  if (support.api19) {
    results = await run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(onChange);
      await context.sync();
      return [result];
    });
  } else if (support.api17) {
    results = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      const added = sheets.items.map((ws) => ws.onChanged.add(onChange));
      await context.sync();
      return added;
    });
  }
  let active = results.length > 0;
  return () => {
    if (!active) return;
    active = false;
    // Handlers are removed in the context that added them (Office.js rule).
    void runInContext(results[0].context, async (context) => {
      for (const r of results) r.remove();
      await context.sync();
    }).catch(() => undefined);
  };
}
