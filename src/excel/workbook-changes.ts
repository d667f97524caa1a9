// "The sheet changed since the last check": a change handler on every worksheet.
// ExcelApi 1.9 has one event on the collection (covers sheets added later); 1.7 only has
// per-sheet events (sheets added after subscribing are not watched); older Excel has none
// (capabilities() says so in Vietnamese).
//
// Changes that are not the user's do not count:
//  - the add-in's own writes (install, error highlight, finalize): Excel fires onChanged for them
//    too; own-writes.ts tells them apart (triggerSource from ExcelApi 1.14, else where and when
//    the port wrote);
//  - `_meta`: finalize stamps submitted_at there.
// The event carries only the worksheet's id, so every sheet's id and name are loaded in the
// subscribing sync (no extra round trip); an id not seen then (a sheet added later) is looked up
// once and remembered.
import { META_SHEET } from "../core/form";
import type { ExcelRun } from "./deps";
import type { OwnWrites } from "./own-writes";
import type { HostSupport } from "./support";

type RunInContext = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** Excel sheet names compare without case: "_META" is the same sheet as "_meta". */
function isMetaName(name: string): boolean {
  return name.toLowerCase() === META_SHEET.toLowerCase();
}

/** Sheet names by worksheet id: known ids answer at once, unknown ones cost one sync each, once. */
function sheetNames(run: ExcelRun, support: HostSupport) {
  const known = new Map<string, Promise<string | null>>();
  return {
    remember(id: string, name: string): void {
      known.set(id, Promise.resolve(name));
    },
    nameOf(id: string): Promise<string | null> {
      let answer = known.get(id);
      if (!answer) {
        answer = run(async (context) => {
          // getItemOrNullObject (1.4) takes a name or an id; a sheet deleted since has no name any more
          if (!support.readInOneRequest) return null;
          const sheet = context.workbook.worksheets.getItemOrNullObject(id);
          sheet.load("name");
          await context.sync();
          return sheet.isNullObject ? null : sheet.name;
        }).catch(() => null);
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
  own: OwnWrites,
  handler: () => void,
): Promise<() => void> {
  const names = sheetNames(run, support);
  const onChange = async (event: Excel.WorksheetChangedEventArgs) => {
    if ((event as { triggerSource?: string } | undefined)?.triggerSource === "ThisLocalAddin") return;
    // Without an id (not seen in practice) the change counts: a stale warning too many is harmless.
    const name = event?.worksheetId ? await names.nameOf(event.worksheetId) : null;
    if (name !== null && (isMetaName(name) || own.isOwn(name, event.address))) return;
    handler();
  };
  let results: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
  if (support.api19) {
    results = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      const result = sheets.onChanged.add(onChange);
      sheets.load("items/name,items/id");
      await context.sync();
      for (const ws of sheets.items) names.remember(ws.id, ws.name);
      return [result];
    });
  } else if (support.api17) {
    results = await run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/id");
      await context.sync();
      for (const ws of sheets.items) names.remember(ws.id, ws.name);
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
