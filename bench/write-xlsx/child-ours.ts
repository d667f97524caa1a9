// bdg's writer: SpreadsheetML from the model, zipped with fflate (src/xlsx/write).
import { writeWorkbook } from "../../src/xlsx/write";
import { runChild } from "./child-kit";

void runChild(async () => writeWorkbook);
