#!/usr/bin/env node
// Time one citeproc-js bibliography of every item (bench/render_speed.py's peer).
// usage: node bib_speed.js STYLE.csl LOCALE.xml ITEMS.json  ->  {"ms", "setup_ms", "entries"}
//   ms: updateItems + makeBibliography; setup_ms: reading files and building the engine
"use strict";
const fs = require("fs");
const CSL = require("citeproc");

const [stylePath, localePath, itemsPath] = process.argv.slice(2);
const t0 = process.hrtime.bigint();
const items = JSON.parse(fs.readFileSync(itemsPath, "utf8"));
const byId = Object.fromEntries(items.map((it) => [String(it.id), it]));
const localeXml = fs.readFileSync(localePath, "utf8");
const eng = new CSL.Engine({ retrieveLocale: () => localeXml, retrieveItem: (id) => byId[id] },
  fs.readFileSync(stylePath, "utf8"), "en-US", true);
eng.setOutputFormat("text");
const t1 = process.hrtime.bigint();
eng.updateItems(Object.keys(byId));
const bib = eng.makeBibliography();
const ms = Number(process.hrtime.bigint() - t1) / 1e6;
const setup_ms = Number(t1 - t0) / 1e6;
process.stdout.write(JSON.stringify({ ms, setup_ms, entries: bib[1].length }) + "\n");
