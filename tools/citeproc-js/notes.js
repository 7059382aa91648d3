#!/usr/bin/env node
// Render a sequence of citations as numbered notes with citeproc-js; print JSON.
// usage: node notes.js STYLE.csl LOCALE.xml ITEMS.json CITATIONS.json
//   CITATIONS.json: [[{id, locator?, label?, prefix?, suffix?, "suppress-author"?}, ...], ...]
//   one inner list per note (noteIndex 1, 2, ...); output: {citeproc_js, notes: [text...],
//   bibliography: [text...]}
"use strict";
const fs = require("fs");
const pkg = require("citeproc/package.json");
const { engineFromFiles } = require("./engine");

function main(argv) {
  if (argv.length !== 4) {
    console.error("usage: node notes.js STYLE.csl LOCALE.xml ITEMS.json CITATIONS.json");
    return 2;
  }
  const [stylePath, localePath, itemsPath, citationsPath] = argv;
  const { engine: eng, ids } = engineFromFiles(stylePath, localePath, itemsPath);
  const notes = [];
  const pre = [];
  JSON.parse(fs.readFileSync(citationsPath, "utf8")).forEach((cites, i) => {
    const citation = { citationID: `c${i + 1}`, citationItems: cites,
      properties: { noteIndex: i + 1 } };
    const [, updates] = eng.processCitationCluster(citation, pre.slice(), []);
    for (const [index, text] of updates) notes[index] = text;
    pre.push([citation.citationID, i + 1]);
  });
  eng.updateItems(ids);
  const bib = eng.makeBibliography();
  const out = { citeproc_js: pkg.version, notes, bibliography: bib ? bib[1].map((e) => e.trim()) : [] };
  process.stdout.write(JSON.stringify(out, null, 1) + "\n");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
