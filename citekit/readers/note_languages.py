"""Readings of a citation text that one language's conventions call for, which the footnote reader applies before
or after the general parse: French 'l'ouvrage de', German 'im ersten Band' and legal style, Italian journal issues and
essays in journals, Russian tails and front matter, Polish names in the genitive, and reprints."""

from __future__ import annotations

import re

from .cite_one import parse_citation
from .cite_legal_de import german_legal
from .note_citation import NoteCitation
from .cite_parts import dash, nominative
from .names import parse_name, parse_names


_FRENCH_WORK_OF = re.compile(r"\b(?:ouvrage|livre|étude|mémoire)\s+de\s+(?:(?:miss|M\.|Mme|Mlle|sir|lord)\s+)?"
                             r"(?P<who>(?:[A-ZÀ-Þ][a-zà-ÿ\-]+\s+){0,2}[A-ZÀ-Þ][a-zà-ÿ\-]+)\s*:\s+"
                             r"(?P<t>[A-ZÀ-Þ][^.;:()]{2,120}?)(?=\s*[.;]|$)")


def french_work_of(chunk: str) -> list[NoteCitation]:
    """French prose naming a work after its author's name and a colon: a short form by author and title."""
    m = _FRENCH_WORK_OF.search(chunk)
    if not m:
        return []
    return [NoteCitation({"author": parse_names(m.group("who")), "title": m.group("t")}, raw=m.group(0))]


_GERMAN_VOLUME_OF = re.compile(r"\b(?:im|in\s+dem)\s+(?P<n>ersten|zweiten|dritten|vierten|fünften|sechsten)\s+Bande\s+"
                               r"(?:von\s+)?(?P<who>[A-ZÄÖÜ][a-zäöüß]{2,})s\s+(?P<t>[A-ZÄÖÜ][^,;.:()]{2,80}?)(?=\s*[,;.:]|$)")
_GERMAN_ORDINALS = {"ersten": "1", "zweiten": "2", "dritten": "3", "vierten": "4", "fünften": "5", "sechsten": "6"}


def german_volume_of(chunk: str) -> list[NoteCitation]:
    """German prose naming a volume of an author's work, the author in the genitive: a short form with its volume."""
    m = _GERMAN_VOLUME_OF.search(chunk)
    if not m:
        return []
    rec = {"author": [{"family": m.group("who")}], "title": m.group("t"), "volume": _GERMAN_ORDINALS[m.group("n")]}
    return [NoteCitation(rec, raw=m.group(0))]


_REPRINT_CUE = re.compile(r"(?:reprinted|repr\.|repris|ristampat[oa]|reimpres[oa])\s+(?:in|dans|en):?\s*$", re.I)


def reprints(chunk: str, found: list[NoteCitation]) -> None:
    """'« Is Politics … ? », Daedalus, hiver 1971, pp. 1-19, repris dans Historical Studies Today, éd. …': the
    piece reprinted is a chapter of the book named after the cue, under its own title."""
    for first, c in zip(found, found[1:]):
        at = chunk.find(c.raw)
        rec = c.record
        if (at > 0 and rec.get("type") == "book" and rec.get("title") and not rec.get("author")
                and first.record.get("title") and _REPRINT_CUE.search(chunk, max(0, at - 30), at)):
            rec.update({"type": "chapter", "container-title": rec["title"], "title": first.record["title"]})
            if first.record.get("author"):
                rec["author"] = [dict(n) for n in first.record["author"]]


def german_legal_note(text: str) -> NoteCitation | None:
    """'*Leistner*, in: Schricker/Loewenheim, 6. Aufl. 2020, § 4 UrhG, Rn. 38', 'BGH, GRUR 1991, 529 (530)'."""
    found = german_legal(text)
    return NoteCitation(found[0], found[1], found[2], text) if found else None


_ANNO = re.compile(r"[,.]\s*(?:a\.|anno)\s*(?P<y>(?:1[5-9]|20)\d\d)\b")
_FASCICOLO = re.compile(r"[,.]\s*fas[ce]\.\s*(?P<n>\d{1,3})\b")
_VOL_AFTER = re.compile(r"[,.]\s*[Vv]ol\.\s*(?P<v>[IVXLC]{1,6}|\d{1,4})\b")


def italian_journal_issue(record: dict, tail: str) -> None:
    """After an Italian journal's name: 'Vol. V' the volume, 'a. 1901' (anno) the year, 'fasc. 3' the issue."""
    for key, pattern in (("volume", _VOL_AFTER), ("issue", _FASCICOLO)):
        m = pattern.search(tail) if key not in record else None
        if m:
            record[key] = m.group(1)
    m = _ANNO.search(tail) if "issued" not in record else None
    if m:
        record["issued"] = {"date-parts": [[int(m.group("y"))]]}


_RU_NOTE_END = re.compile(r",\s*прим\.\s*\d{1,4}$")
_RU_TRANSLATOR_END = re.compile(r",\s*пер\.\s+(?P<who>(?:[А-ЯЁ]\.\s?){1,2}\s*[А-ЯЁ][а-яё\-]+)$")
_RU_SPAN_PIN = re.compile(r"[сС]\.\s*(?P<span>\d+\s*[-–—]\s*\d+),\s*(?:специально|особенно|в\s+особенности)\s+"
                          r"(?=[сС]\.\s*\d+(?:\s*[-–—]\s*\d+)?$)")


def russian_tail(text: str) -> tuple[str, str | None, list[dict] | None]:
    """'Пселл 1969, с. 145—147, специально с. 147, пер. Т. А. Миллер': the text without the span and the
    translator, the span (the pages stressed are the locator) and the translator."""
    translator = None
    if "прим." in text:
        text = _RU_NOTE_END.sub("", text)  # 'с. 12, прим. 3': the page; its note gives no locator
    m = _RU_TRANSLATOR_END.search(text) if "пер. " in text else None
    if m:
        translator = [nominative(n) for n in parse_names(m.group("who"))] or None
        text = text[:m.start()] if translator else text
    m = _RU_SPAN_PIN.search(text) if "с" in text else None
    if m:
        return text[:m.start()] + text[m.end():], dash(m.group("span")), translator
    return text, None, translator


def polish_nominative(m: re.Match) -> str:
    return f"{m.group(0)[:m.start('g') - m.start()]}{m.group('g')[:-1]} {m.group('f')[:-1]}, "


def italian_essay_in_journal(essay: re.Match) -> NoteCitation:
    record = {"type": "article-journal", "author": [{"family": essay.group("who")}], "title": essay.group("t").strip(),
              "container-title": essay.group("j").strip()}
    rest, locator, label = parse_citation(f"{essay.group('j')}, {essay.group('rest')}")
    if rest.get("volume"):
        record["volume"] = rest["volume"]
    return NoteCitation(record, locator, label, essay.group(0).strip())


_RU_WRITER = re.compile(r"(?P<who>(?:[А-ЯЁ]\.\s?){1,2}\s*[А-ЯЁ][а-яё\-]+)\s*:\s*[“«]")


def russian_front_matter(front: re.Match, text: str) -> NoteCitation:
    record = {"type": "chapter", "title": front.group("part"), "container-title": front.group("t"),
              "issued": {"date-parts": [[int(front.group("y"))]]}}
    if front.group("pub"):
        record["publisher"] = front.group("pub").strip()
    who = _RU_WRITER.search(text, 0, front.start())
    if who:  # 'эту мысль выразил Р. Н. Редлих: “…”': the writer the prose quotes
        record["author"] = [parse_name(who.group("who"))]
    return NoteCitation(record, None, None, text[front.start():])
