"""Older Italian and Latin short forms that set an abbreviated title after the author with no comma between:
'Ammirato Ist. Fior. l. IV, p. 118', 'Leon. Aretino Ist. Fior.', 'Jannotii Manetti Hist. Pist. l. II, p. 1009'.
The comma is put back so the author and the title are read apart; a name in the Latin genitive
('Jannotii Manetti', 'Georg. Stellæ') is kept as printed."""

from __future__ import annotations

import re

# a given name abbreviated or not, one or two full words, then one or two abbreviated words and the book, volume or page
_NAME_THEN_ABBREVIATION = re.compile(
    r"(?P<who>(?:[A-Z][a-z]{1,6}\.\s)?[A-Z][a-zæ]{2,}(?:\s[A-Z][a-zæ]{2,})?)\s"
    r"(?=(?:[A-Z][a-z]{1,7}[.,]\s(?:d['’])?[A-Z][a-z]{1,9}\.,?|[A-Z][a-z]{1,7}\.)\s(?:l|lib|t|c|cap|p)\.\s?[\dIVXLC])")
_GENITIVE_END = ("ii", "æ", "ae")


def comma_after_author(text: str) -> tuple[str, str | None]:
    """The text with a comma after the author's name, and the name (None when the shape is not there)."""
    m = _NAME_THEN_ABBREVIATION.match(text)
    if not m:
        return text, None
    return f"{m.group('who')},{text[m.end('who'):]}", m.group("who")


def latin_genitive(record: dict, who: str) -> None:
    """A name printed in the Latin genitive, as the author's only name: one literal, as printed."""
    names = record.get("author") or []
    if len(names) == 1 and any(w.rstrip(".").endswith(_GENITIVE_END) for w in who.split()):
        record["author"] = [{"literal": who}]


# a text inside a numbered volume of a collection cited by abbreviation: 'Istorie Pistojesi … t. XI, Scr. Rer. Ital.
# p. 367' (Muratori's Rerum Italicarum Scriptores), 'Vita …, t. II, Mon. Germ. Hist., p. 45'
_IN_ABBREVIATED_COLLECTION = re.compile(
    r"(?P<t>[A-ZÀ-Þ][^;()]{3,160}?)(?:,\s*|\s+)(?:t|tom|vol)\.\s?(?P<v>[IVXLC]{1,6}),\s*"
    r"(?P<c>(?:[A-Z][a-z]{0,7}\.\s?){2,5}?),?\s*(?:p|pag)\.\s?(?P<p>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\.?")
# Italian 'anonime' after a title: the chronicle's writer is unknown; no word of the title
_ANONYMOUS_END = re.compile(r"\s+anonim[aeio]$")


def in_abbreviated_collection(text: str) -> tuple[dict, str] | None:
    """(record, page) of a text in a collection's volume, the collection named by abbreviation."""
    m = _IN_ABBREVIATED_COLLECTION.fullmatch(text)
    if not m:
        return None
    title = _ANONYMOUS_END.sub("", m.group("t").strip())
    return {"type": "chapter", "title": title, "container-title": m.group("c").strip(),
            "volume": m.group("v")}, m.group("p")


def without_anonymous(record: dict) -> None:
    """'Istorie Pistoiesi anonime': the title without the word that says its writer is unknown."""
    record["title"] = _ANONYMOUS_END.sub("", record["title"])
