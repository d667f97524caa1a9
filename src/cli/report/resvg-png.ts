// The PNG beside each chart's SVG in the Word report (src/docx/render-report.ts), drawn in Node by
// resvg compiled to WebAssembly (@resvg/resvg-wasm): no native module to build, no browser.
// WebAssembly cannot see the system's fonts, so the serif fonts are read here from where Windows,
// macOS and Linux keep them (Times New Roman, else Liberation Serif 2 or DejaVu Serif, which carry
// the Vietnamese letters; Liberation 1.x does not). Without any, the PNG is drawn without its words,
// and the caller is told (missingFonts), since the SVG still has them.
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Rasterise } from "../../docx";

const FONT_FILES = [
  "C:\\Windows\\Fonts\\times.ttf",
  "C:\\Windows\\Fonts\\timesbd.ttf",
  "/System/Library/Fonts/Supplemental/Times New Roman.ttf",
  "/System/Library/Fonts/Supplemental/Times New Roman Bold.ttf",
  "/Library/Fonts/Times New Roman.ttf",
  "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
  "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
  "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
  "/usr/share/fonts/liberation-serif/LiberationSerif-Regular.ttf",
  "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
  "/usr/share/fonts/dejavu/DejaVuSerif.ttf",
];

/** Charts are drawn at twice their size on the page: sharp when printed. */
const ZOOM = 2;

function readFonts(files: readonly string[]): Uint8Array[] {
  const fonts: Uint8Array[] = [];
  for (const file of files) {
    try {
      fonts.push(readFileSync(file));
    } catch {
      // not on this system
    }
  }
  return fonts;
}

let ready: Promise<void> | null = null;

/** The WebAssembly module is compiled once per process (initWasm refuses a second call). */
function compiled(): Promise<void> {
  ready ??= initWasm(readFileSync(createRequire(__filename).resolve("@resvg/resvg-wasm/index_bg.wasm")));
  return ready;
}

export interface NodeRasteriser {
  rasterise: Rasterise;
  /** No serif font was found: the PNGs have no words. */
  missingFonts: boolean;
}

export function nodeRasteriser(fontFiles: readonly string[] = FONT_FILES): NodeRasteriser {
  const fonts = readFonts(fontFiles);
  return {
    missingFonts: fonts.length === 0,
    async rasterise(svg, width) {
      await compiled();
      const image = new Resvg(svg, {
        fitTo: { mode: "width", value: Math.round(width * ZOOM) },
        background: "#ffffff",
        font: { fontBuffers: fonts, defaultFontFamily: "Times New Roman", loadSystemFonts: false },
      });
      const rendered = image.render();
      try {
        return rendered.asPng();
      } finally {
        rendered.free();
        image.free();
      }
    },
  };
}
