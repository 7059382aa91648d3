// Read a BibTeX/BibLaTeX (.bib) or RIS (.ris) file with citation-js and print the CSL-JSON it
// makes of it, one array, on stdout.
//
//   node read.js FILE.bib|FILE.ris [--as biblatex|bibtex|ris]
//
// A .bib file is read as citation-js reads any BibTeX text it is given (`@biblatex/text`, its
// BibLaTeX mapping, which also takes the BibTeX field names); `--as bibtex` uses its strict
// BibTeX mapping instead. Exit code 1 with the message on stderr when citation-js cannot read
// the file.
'use strict'

const fs = require('fs')
const path = require('path')
const { plugins } = require('@citation-js/core')
require('@citation-js/plugin-bibtex')
require('@citation-js/plugin-ris')

const FORMS = { biblatex: '@biblatex/text', bibtex: '@bibtex/text', ris: '@ris/file' }

function main (argv) {
  const args = argv.slice(2)
  let as = null
  const asAt = args.indexOf('--as')
  if (asAt !== -1) {
    as = args[asAt + 1]
    args.splice(asAt, 2)
  }
  if (args.length !== 1 || (as !== null && !(as in FORMS))) {
    process.stderr.write('usage: node read.js FILE.bib|FILE.ris [--as biblatex|bibtex|ris]\n')
    return 2
  }
  const file = args[0]
  if (as === null) {
    as = path.extname(file).toLowerCase() === '.ris' ? 'ris' : 'biblatex'
  }
  const text = fs.readFileSync(file, 'utf8')
  const items = plugins.input.chain(text, {
    forceType: FORMS[as],
    generateGraph: false,
    target: '@csl/list+object'
  })
  process.stdout.write(JSON.stringify({
    reader: 'citation-js',
    versions: {
      core: require('@citation-js/core/package.json').version,
      'plugin-bibtex': require('@citation-js/plugin-bibtex/package.json').version,
      'plugin-ris': require('@citation-js/plugin-ris/package.json').version
    },
    as,
    items
  }, null, 1) + '\n')
  return 0
}

try {
  process.exitCode = main(process.argv)
} catch (err) {
  process.stderr.write(`citation-js could not read the file: ${err && err.message}\n`)
  process.exitCode = 1
}
