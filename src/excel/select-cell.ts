// Clicking an issue selects its cell: activate the sheet, select the range. One request.
import { errorCode } from "./edit-mode-retry";
import { MSG } from "./messages";
import { parseSheetAddress } from "./sheet-address";

export async function selectCellIn(context: Excel.RequestContext, address: string): Promise<void> {
  const target = parseSheetAddress(address);
  if (!target) throw new Error(MSG.badAddress(address));
  const sheet = context.workbook.worksheets.getItem(target.sheet);
  sheet.activate();
  sheet.getRange(target.address).select();
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === "ItemNotFound") throw new Error(MSG.sheetNotFound(target.sheet), { cause: error });
    throw error;
  }
}
