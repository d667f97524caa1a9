// LibreOffice headless as a second, real spreadsheet engine for tests.
// Each call uses a fresh profile that forces recalculation on load (OOXMLRecalcMode = 0),
// otherwise LibreOffice shows the cached values our writer left empty.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename, extname } from "node:path";

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Reading a UTF-8, comma-separated CSV (import options: separator 44, quote 34, charset 76 = UTF-8, from line 1). */
export const CSV_UTF8_IMPORT = "Text - txt - csv (StarCalc):44,34,76,1";

/** UTF-8 CSV, comma-separated, quoted text, every sheet to its own file (the filter options of LibreOffice's CSV export:
 * separator 44, quote 34, UTF-8 76, …, the last -1 for every sheet). */
export const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

export function sofficePath(): string {
  for (const p of ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"]) {
    try {
      readFileSync(p);
      return p;
    } catch {
      /* try next */
    }
  }
  throw new Error("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui");
}

/** The profile's locale (e.g. "vi-VN": numbers shown 1.234,5), beside the recalculation setting. */
function localeItem(locale: string): string {
  return `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n`;
}

function freshProfile(locale?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "bdg-lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  const profile = locale ? RECALC_PROFILE.replace("</oor:items>", `${localeItem(locale)}</oor:items>`) : RECALC_PROFILE;
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), profile);
  return dir;
}

/**
 * Converts files with LibreOffice headless into outDir (created if needed) and returns outDir.
 * filter: e.g. "xlsx" (re-save as Excel 2007-365) or CSV_ALL_SHEETS. At most ~200 files per call (LibreOffice
 * silently stops near 247), so larger lists are batched.
 */
export function convertWithLibreOffice(inputs: string[], filter: string, outDir?: string, options: { locale?: string; inFilter?: string } = {}): string {
  const out = outDir ?? mkdtempSync(join(tmpdir(), "bdg-lo-out-"));
  mkdirSync(out, { recursive: true });
  const profile = freshProfile(options.locale);
  for (let i = 0; i < inputs.length; i += 200) {
    execFileSync(
      sofficePath(),
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", ...(options.inFilter ? [`--infilter=${options.inFilter}`] : []), "--convert-to", filter, "--outdir", out, ...inputs.slice(i, i + 200)],
      { stdio: "pipe", timeout: 180_000, env: { ...process.env, HOME: profile } },
    );
  }
  return out;
}

/** Parses LibreOffice's CSV (RFC 4180 quoting) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Converts one workbook to CSV (all sheets) and returns sheet name → rows. */
export function workbookToCsvSheets(xlsxPath: string): Record<string, string[][]> {
  const out = convertWithLibreOffice([xlsxPath], CSV_ALL_SHEETS);
  const stem = basename(xlsxPath, extname(xlsxPath));
  const sheets: Record<string, string[][]> = {};
  for (const f of readdirSync(out)) {
    if (!f.endsWith(".csv")) continue;
    const name = f === `${stem}.csv` ? "" : f.slice(stem.length + 1, -4);
    sheets[name] = parseCsv(readFileSync(join(out, f), "utf8"));
  }
  return sheets;
}
