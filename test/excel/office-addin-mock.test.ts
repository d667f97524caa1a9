// Thin checks with Microsoft's office-addin-mock (no collections, no formulas, ignores arguments). The fake Excel carries the real load/sync contract; this only shows the adapter
// drives a mock shaped like Office.js the same way.
import { OfficeMockObject } from "office-addin-mock";
import { createWorkbookPort } from "../../src/excel";
import { FakeSettings } from "../fakes/fake-excel";

function portWith(context: OfficeMockObject) {
  return createWorkbookPort({
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    isSetSupported: () => true,
    settings: new FakeSettings(),
  });
}

describe("adapter on office-addin-mock", () => {
  it("selectCell activates the sheet, selects the range and syncs", async () => {
    const calls: string[] = [];
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => calls.push(`activate ${name}`),
            getRange: (address: string) => ({ select: () => calls.push(`select ${address}`) }),
          }),
        },
      },
    });
    await portWith(context).selectCell("BaoCao!E25");
    expect(calls).toEqual(["activate BaoCao", "select E25"]);
  });

});
