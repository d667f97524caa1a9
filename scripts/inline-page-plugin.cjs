// Writes the standalone page (docs/contract.md §4.6): the page's template with its one bundle
// inlined as a script, so the page needs no other file. The bundle itself is not emitted.
/* eslint-disable @typescript-eslint/no-require-imports */
/* global require, module */
"use strict";
const fs = require("node:fs");

const PLACEHOLDER = "<!--BDG_PAGE_SCRIPT-->";

class InlinePagePlugin {
  constructor({ template, script, filename }) {
    this.template = template;
    this.script = script;
    this.filename = filename;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InlinePagePlugin", (compilation) => {
      compilation.fileDependencies.add(this.template);
      compilation.hooks.processAssets.tap({ name: "InlinePagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        const asset = assets[this.script];
        if (!asset) throw new Error(`InlinePagePlugin: no asset ${this.script}`);
        const template = fs.readFileSync(this.template, "utf8");
        if (!template.includes(PLACEHOLDER)) throw new Error(`InlinePagePlugin: ${this.template} lacks ${PLACEHOLDER}`);
        // "</script" inside the bundle (a string or regex) would end the inline script early; "<\/" means the same in JS.
        const code = asset.source().toString().replace(/<\/(script)/gi, "<\\/$1");
        const html = template.replace(PLACEHOLDER, () => `<script>${code}</script>`);
        compilation.emitAsset(this.filename, new sources.RawSource(html));
        compilation.deleteAsset(this.script);
      });
    });
  }
}

module.exports = { InlinePagePlugin };
