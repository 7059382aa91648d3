#!/usr/bin/env node
// Time one citeproc-js bibliography of every item (bench/render_speed.py's peer).
// usage: node bib_speed.js STYLE.csl LOCALE.xml ITEMS.json  ->  {"ms", "setup_ms", "entries"}
//   ms: updateItems + makeBibliography; setup_ms: reading files and building the engine
"use strict";
const { engineFromFiles } = require("./engine");

const t0 = process.hrtime.bigint();
const { engine: eng, ids } = engineFromFiles(...process.argv.slice(2, 5));
const t1 = process.hrtime.bigint();
eng.updateItems(ids);
const bib = eng.makeBibliography();
const ms = Number(process.hrtime.bigint() - t1) / 1e6;
const setup_ms = Number(t1 - t0) / 1e6;
process.stdout.write(JSON.stringify({ ms, setup_ms, entries: bib[1].length }) + "\n");
