// A district summary full of hostile text: unit names, narratives, file names and reasons that
// start with every formula prefix. Built from grids (fast), through the real consolidate.
import { consolidate, type Summary } from "../../../src/core/consolidate";
import { defaultPlan, type Plan } from "../../../src/core/plan";
import { unreadableReport, type FileReport } from "../../../src/core/read";
import { inspectWorkbook } from "../../../src/core/rules";
import { buildFormGrid, validValues } from "../../helpers/form-grid";
import { pick, randomInt, type Random } from "./prng";

/** Every way a cell's text can start a formula in Excel, LibreOffice or WPS. */
export const FORMULA_PREFIXES: readonly string[] = ["=", "+", "-", "@", "\t=", "\r=", "\n=", " =", "\uff1d", "\uff0b", "\uff0d", "\uff20", "'="];

const BODIES: readonly string[] = [
  "1+1",
  'HYPERLINK("http://example.invalid/x","Bấm vào")',
  "cmd|' /C calc'!A0",
  "SUM(A1:A9)",
  "Xã Vĩnh Thủy",
  "Xã Vĩnh Thủy".normalize("NFD"),
  "2+3*4",
  "A1",
  "IMPORTXML(\"http://example.invalid\",\"//a\")",
  "WEBSERVICE(\"http://example.invalid\")",
  "DDE(\"cmd\";\"/C calc\";\"A0\")",
  "1",
];

export function hostileText(random: Random): string {
  return `${pick(random, FORMULA_PREFIXES)}${pick(random, BODIES)}${random() < 0.3 ? ` ${randomInt(random, 1000)}` : ""}`;
}

export interface HostileCase {
  plan: Plan;
  summary: Summary;
  /** Every hostile text put in, which must come out literally. */
  texts: string[];
}

export function hostileCase(random: Random): HostileCase {
  const texts: string[] = [];
  const take = (s: string) => (texts.push(s), s);
  const plan: Plan = { ...defaultPlan, units: defaultPlan.units.map((u) => (random() < 0.3 ? { ...u, name: take(hostileText(random)) } : u)) };
  const reports: FileReport[] = [];
  for (const unit of ["X_VINH_THAI", "P_LDTBXH", "CA_HUYEN"]) {
    const values = validValues(plan, unit, "2024-Y", { NX01: take(hostileText(random)), NX02: take(hostileText(random)) });
    const grid = buildFormGrid(plan, unit, "2024-Y", values, { reportDate: 45635 });
    reports.push(inspectWorkbook(plan, `${take(hostileText(random))}.xlsx`, "2024-12-09T10:00:00+07:00", grid));
  }
  reports.push(unreadableReport(`${take(hostileText(random))}.xlsx`, null, take(hostileText(random))));
  return { plan, summary: consolidate(plan, "2024-Y", "2024-12-16", reports), texts };
}
