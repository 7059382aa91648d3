// A citeproc-js engine over CSL-JSON items read from a file: shared by the scripts here.
"use strict";
const fs = require("fs");
const CSL = require("citeproc");

// -> {engine, ids}; items keyed by their id as a string, locale en-US, text output.
function engineFromFiles(stylePath, localePath, itemsPath) {
  const items = JSON.parse(fs.readFileSync(itemsPath, "utf8"));
  const byId = Object.fromEntries(items.map((it) => [String(it.id), it]));
  const localeXml = fs.readFileSync(localePath, "utf8");
  const engine = new CSL.Engine({ retrieveLocale: () => localeXml, retrieveItem: (id) => byId[id] },
    fs.readFileSync(stylePath, "utf8"), "en-US", true);
  engine.setOutputFormat("text");
  return { engine, ids: Object.keys(byId) };
}

module.exports = { engineFromFiles };
