#!/usr/bin/env node
// Render CSL-JSON items with citeproc-js; print {text, html} per item as JSON.
// usage: node render.js STYLE.csl LOCALE.xml ITEMS.json MODE
//   MODE: note-first | note-subsequent | note-ibid | in-text | bibliography | bibliography-all
//   (bibliography-all: one sorted bibliography of every item, {"entries": {text, html}})
"use strict";
const fs = require("fs");
const CSL = require("citeproc");
const pkg = require("citeproc/package.json");

const MODES = ["note-first", "note-subsequent", "note-ibid", "in-text", "bibliography",
  "bibliography-all"];
// Cited between two notes of the same item so the second is "subsequent", not ibid.
const OTHER = { id: "__citekit_other__", type: "book", title: "Other" };

function loadItems(path) {
  const data = JSON.parse(fs.readFileSync(path, "utf8"));
  const list = Array.isArray(data) ? data : [data];
  return list.map((item, i) => ({ ...item, id: String(item.id ?? `item-${i + 1}`) }));
}

function engine(style, localeXml, items, format) {
  const byId = Object.fromEntries([...items, OTHER].map((it) => [it.id, it]));
  const sys = {
    retrieveLocale: () => localeXml,
    retrieveItem: (id) => byId[id],
  };
  const eng = new CSL.Engine(sys, style, "en-US", true);
  eng.setOutputFormat(format);
  return eng;
}

// Notes citing these ids in turn (one per note); returns the last note's output.
function lastNote(eng, ids, noteIndexed) {
  const pre = [];
  let out = null;
  ids.forEach((id, i) => {
    const citation = {
      citationID: `c${i + 1}`,
      citationItems: [{ id }],
      properties: { noteIndex: noteIndexed ? i + 1 : 0 },
    };
    const [, updates] = eng.processCitationCluster(citation, pre.slice(), []);
    const mine = updates.find((u) => u[2] === citation.citationID);
    out = mine ? mine[1] : null;
    pre.push([citation.citationID, noteIndexed ? i + 1 : 0]);
  });
  return out;
}

function renderOne(style, localeXml, items, id, mode, format) {
  const eng = engine(style, localeXml, items, format);
  switch (mode) {
    case "note-first": return lastNote(eng, [id], true);
    case "note-subsequent": return lastNote(eng, [id, OTHER.id, id], true);
    case "note-ibid": return lastNote(eng, [id, id], true);
    case "in-text": return lastNote(eng, [id], false);
    case "bibliography": {
      eng.updateItems([id]);
      const bib = eng.makeBibliography();
      return bib ? bib[1].join("").trim() : null; // null: style has no bibliography
    }
  }
  throw new Error(`unknown mode ${mode}`);
}

function main(argv) {
  if (argv.length !== 4 || !MODES.includes(argv[3])) {
    console.error(`usage: node render.js STYLE.csl LOCALE.xml ITEMS.json (${MODES.join("|")})`);
    return 2;
  }
  const [stylePath, localePath, itemsPath, mode] = argv;
  const style = fs.readFileSync(stylePath, "utf8");
  const localeXml = fs.readFileSync(localePath, "utf8");
  const items = loadItems(itemsPath);
  if (mode === "bibliography-all") {
    const entries = {};
    for (const format of ["text", "html"]) {
      const eng = engine(style, localeXml, items, format);
      eng.updateItems(items.map((it) => it.id));
      const bib = eng.makeBibliography();
      entries[format] = bib ? bib[1].map((e) => e.trim()) : null;
    }
    const out = { citeproc_js: pkg.version, processor_version: CSL.PROCESSOR_VERSION, mode, entries };
    process.stdout.write(JSON.stringify(out, null, 1) + "\n");
    return 0;
  }
  const results = {};
  for (const item of items) {
    results[item.id] = {
      text: renderOne(style, localeXml, items, item.id, mode, "text"),
      html: renderOne(style, localeXml, items, item.id, mode, "html"),
    };
  }
  const out = { citeproc_js: pkg.version, processor_version: CSL.PROCESSOR_VERSION, mode, results };
  process.stdout.write(JSON.stringify(out, null, 1) + "\n");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
