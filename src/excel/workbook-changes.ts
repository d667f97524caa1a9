// "The sheet changed since the last check": a change handler on every worksheet.
// ExcelApi 1.9 has one event on the collection (covers sheets added later); 1.7 only has
// per-sheet events (sheets added after subscribing are not watched); older Excel has none
// (capabilities() says so in Vietnamese).
//
// Changes on `_meta` are not the user's: finalize stamps submitted_at there, and that must not
// make the check stale. The event carries only the worksheet's id, so every sheet's id and name
// are loaded in the subscribing sync (no extra round trip); an id not seen then (a sheet added later, `_meta`
// written by install after subscribing) is looked up once and remembered.
import { META_SHEET } from "../core/form";
import type { ExcelRun } from "./deps";
import type { HostSupport } from "./support";

type RunInContext = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Excel sheet names compare without case: "_META" is the same sheet as "_meta". */
function isMetaName(name: string): boolean {
  return name.toLowerCase() === META_SHEET.toLowerCase();
}

/** Which worksheet ids are `_meta`: known ids answer at once, unknown ones cost one sync each, once. */
function metaSheetIds(run: ExcelRun) {
  const known = new Map<string, Promise<boolean>>();
  return {
    remember(id: string, name: string): void {
      known.set(id, Promise.resolve(isMetaName(name)));
    },
    isMeta(id: string): Promise<boolean> {
      let answer = known.get(id);
      if (!answer) {
        answer = run(async (context) => {
          // getItemOrNullObject takes a name or an id; a sheet deleted since is not `_meta` any more
          const sheet = context.workbook.worksheets.getItemOrNullObject(id);
          sheet.load("name");
          await context.sync();
          return !sheet.isNullObject && isMetaName(sheet.name);
        }).catch(() => false);
        known.set(id, answer);
      }
      return answer;
    },
  };
}

export async function subscribeToChanges(
  run: ExcelRun,
  runInContext: RunInContext,
  support: HostSupport,
  handler: () => void,
): Promise<() => void> {
  const ids = metaSheetIds(run);
  const onChange = async (event: Excel.WorksheetChangedEventArgs) => {
    // Without an id (not seen in practice) the change counts: a stale warning too many is harmless.
    if (event?.worksheetId && (await ids.isMeta(event.worksheetId))) return;
    handler();
  };
  let results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  if (support.api19) {
    results = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const result = sheets.onChanged.add(onChange);
      sheets.load("items/name,items/id");
      await context.sync();
      for (const ws of sheets.items) ids.remember(ws.id, ws.name);
      return [result];
    });
  } else if (support.api17) {
    results = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      await context.sync();
      for (const ws of sheets.items) ids.remember(ws.id, ws.name);
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
