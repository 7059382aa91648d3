"""Shapes of scholarly journals' notes and reference lists read before or after the general reader: an
unsigned editorial, a book named by its imprint only, a reference list's 'Family, I., Title, Year', editors
after a title, a title that lost its opening quotation mark, and what follows a book's title (a named
edition, a first year, a town before the publisher, a volume with its own title)."""

from __future__ import annotations

import re

from .cite_parts import dash, is_place

# an unsigned piece named by its kind: a journal's or a paper's editorial
UNSIGNED = frozenset(("Éditorial", "Editorial", "Editorial Note", "Leitartikel", "Editoriale", "Редакционная",
                      "Передовая", "Передовая статья"))

_IMPRINT_ONLY = re.compile(r"(?P<place>[A-ZÀ-Þ][\w\-’' ]{1,30}),\s*(?P<pub>(?:impr?\.\s)?[A-ZÀ-Þ][^,;()\d]{1,50}),\s*(?P<y>(?:1[5-9]|20)\d\d)")


# a book's format and size after its imprint: ', in-8°, XXV-472 p.', ', 320 págs.', ', 212 S.'
_EXTENT_TAIL = re.compile(r"(?:,\s*(?:in-(?:\d{1,2}°?|folio|fol\.)|(?:[IVXLCivxlc]+-)?\d{2,4}\s*(?:pp|p|págs|pág|pages|S|s|с)\.?))+\s*$")


def imprint_only(text: str) -> dict | None:
    """'Paris, Grasset, 1930': a book a review names by its imprint (its format and size may follow)."""
    if text[-1:] in "pSsс." and len(text) < 100 and text.rstrip(" .")[-1:] in "pSsс":
        size = _EXTENT_TAIL.search(text)
        text = text[:size.start()] if size else text
    bare = _IMPRINT_ONLY.fullmatch(text) if len(text) < 80 and text[-1:].isdigit() and text.count(",") == 2 else None
    if not bare or not is_place(bare.group("place")):
        return None
    return {"type": "book", "publisher-place": bare.group("place"), "publisher": bare.group("pub"),
            "issued": {"date-parts": [[int(bare.group("y"))]]}}


_INITIALS_THEN_NAME = r"(?:[A-Z]\.\s?){1,3}[A-Z][\w’'\-]+"
_EDS_AFTER_TITLE = re.compile(rf",\s+(?P<who>{_INITIALS_THEN_NAME}(?:,\s+{_INITIALS_THEN_NAME})*),\s+eds?\.\s+(?=\()")


def eds_after_title(text: str) -> str:
    """'Title, H. D. Hazeltine, G. Lapsley, eds. (Cambridge, 1936)' as 'Title, ed. H. D. Hazeltine, and G. Lapsley (…)'."""
    m = _EDS_AFTER_TITLE.search(text) if "(" in text and (" eds. (" in text or " ed. (" in text) else None
    if not m or ", " not in text[:m.start()]:
        return text
    who = m.group("who").rsplit(", ", 1)
    names = f"{who[0]}, and {who[1]}" if len(who) == 2 else who[0]
    return f"{text[:m.start()]}, ed. {names} {text[m.end():]}"


_NAME_THEN_TITLE = re.compile(r"(?:(?:[A-Z]\.\s?){1,3}|[A-Z][a-z]+\s)[A-Z][\w’'\-]+,\s(?=[A-Z])")
_CLOSING_QUOTE = re.compile(r"(?<=[a-z])[’'],\s(?=[A-Z])")


def lost_opening_quote(text: str) -> str:
    """'S. Lambert, The Opening of the Long Parliament’, Historical Journal': a title that lost its opening mark.
    A comma set inside single marks ('‘Title,’ Speculum 12') is set after them."""
    if "’" in text and ",’ " in text and "‘" in text:
        return text.replace(",’ ", "’, ")
    if not (("’" in text and "’, " in text or "'" in text and "', " in text) and "‘" not in text and text[:1].isupper()):
        return text
    who = _NAME_THEN_TITLE.match(text)
    end = _CLOSING_QUOTE.search(text, who.end()) if who else None
    if not end or end.start() - who.end() < 12 or "“" in text[:end.start()] or "«" in text[:end.start()]:
        return text
    return f"{text[:who.end()]}‘{text[who.end():end.start()]}’{text[end.start() + 1:]}"


_LISTED_BOOK = re.compile(r"(?P<fam>[A-ZÀ-Þ][\w’'\-]+),\s(?P<given>(?:[A-Z]\.\s?){1,3}),\s(?P<t>[A-Z\d][^()\[\]]{3,200}?)"
                          r",\s(?P<y>(?:1[5-9]|20)\d\d)(?:,\s(?P<p>pp?\.\s\d+(?:[–-]\d+)?))?")
_VOLUME_IN_TITLE = re.compile(r",\s[Vv]ol\.\s(?P<v>[IVXL]{1,6}|\d{1,3})(?:,\s(?P<vt>[^,]{2,80}))?$")


def listed_book(text: str) -> tuple[dict, str | None, str | None] | None:
    """A reference list's book without place or publisher: 'Middlemas, K., Diplomacy of Illusion: …, 1937–39, 1972'."""
    m = _LISTED_BOOK.fullmatch(text) if text[-1:].isdigit() and "., " in text[:40] else None
    if not m or is_place(m.group("t").rpartition(", ")[2]):
        return None  # 'Bloch, M., Feudal Society, London, 1961': an imprint, read elsewhere
    rec = {"type": "book", "author": [{"family": m.group("fam"), "given": m.group("given").strip()}],
           "title": m.group("t"), "issued": {"date-parts": [[int(m.group("y"))]]}}
    vol = _VOLUME_IN_TITLE.search(rec["title"]) if "ol. " in rec["title"] else None
    if vol:  # 'Hankey: Man of Secrets, Vol. III, 1931–1963'
        rec["title"], rec["volume"] = rec["title"][:vol.start()], vol.group("v")
        if vol.group("vt"):
            rec["volume-title"] = vol.group("vt")
    page = m.group("p")
    return (rec, dash(page.split(None, 1)[1]), "page") if page else (rec, None, None)


_NAMED_EDITION = re.compile(r",\s(?P<ed>[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?\s[Ee]dition)$")
_YEAR_AFTER_TITLE = re.compile(r"\s\((?P<y>1[5-9]\d\d)\)$")
_VOLUME_NAMED_IN = re.compile(r",\s(?P<v>[IVX]{1,5}),\s(?P<t>[A-ZÀ-Þ][^,()]{2,80}?)(?:\s\((?P<y>(?:1[5-9]|20)\d\d)\))?$")


def after_title(rec: dict, text: str) -> None:
    """What a book's title or a chapter's book carries after it: a named edition, a first year, a town, a volume."""
    kind = rec.get("type")
    if kind == "book":
        title = rec.get("title", "")
        named = _NAMED_EDITION.search(title) if title[-6:] == "dition" and "edition" not in rec else None
        if named:  # 'Principles of political economy (1848), People's Edition, London: …'
            rec["title"], rec["edition"] = title[:named.start()], named.group("ed")
        if "issued" in rec and (rec.get("title", "")[-1:] == ")" or rec.get("publisher", "")[-1:].isdigit()):
            _first_year(rec)
        if "publisher" in rec and "publisher-place" not in rec and ", " in rec.get("title", ""):
            _town_before_publisher(rec, text)
    elif kind == "chapter" and "volume" not in rec:
        container = rec.get("container-title", "")
        part = (_VOLUME_NAMED_IN.search(container) if container and (", I" in container or ", V" in container
                                                                      or ", X" in container) else None)
        if part and part.start() > 3:  # 'in J. Droz (dir.), Histoire générale du socialisme, II, De 1875 à 1918 (1974)'
            rec.update({"container-title": container[:part.start()], "volume": part.group("v"),
                        "volume-title": part.group("t")})
            if part.group("y"):
                rec.setdefault("original-date", {"date-parts": [[int(part.group("y"))]]})


def _first_year(rec: dict) -> None:
    """Of two years printed for a book the earlier is its first edition's: 'Principles … (1817), London: …, 1997',
    '(Paris, 1953, 1965)'."""
    year = rec["issued"].get("date-parts", [[None]])[0][0]
    first = rec.get("publisher", "")
    if len(first) == 4 and first.isdigit() and year and int(first) < year:
        del rec["publisher"]
    else:
        title = rec.get("title", "")
        m = _YEAR_AFTER_TITLE.search(title) if title[-1:] == ")" else None
        if not (m and year and int(m.group("y")) < year and m.start() > 3):
            return
        rec["title"], first = title[:m.start()], m.group("y")
    rec.setdefault("original-date", {"date-parts": [[int(first)]]})


def _town_before_publisher(rec: dict, text: str) -> None:
    """'Carnets de guerre, 1914-1916, Carcassonne, Écomarine, 2006': the word before the publisher is its town."""
    head, _, town = rec["title"].rpartition(", ")
    if head and len(town) >= 4 and town[:1].isupper() and town[1:].islower() and " " not in town \
            and f"{town}, {rec['publisher']}," in text:
        rec["title"], rec["publisher-place"] = head, town
