"""Short forms a sentence cites in parentheses: '… echoing Milton (Paradise Regained, 320–21)'."""

from __future__ import annotations

import re

from .cite_parts import dash, is_place
from .note_citation import NoteCitation
from .note_records import _prose


# a short form in parentheses inside a sentence: '(Dickens and His Readers, 53)', '(The Life of Sir Isaac Newton,
# p. 303)', '(Forster, The Life of Charles Dickens 2:269)': a title in upper case, then its page
_PAREN_SHORT_FORM = re.compile(r"\((?P<head>[A-ZÀ-Þ][^()\d;:,]{3,100}(?:,\s[A-ZÀ-Þ][^()\d;:,]{3,100})?)(?:,\s(?:(?:pp?|S|pag)\.\s?)?|\s(?=\d{1,2}:))"
                               r"(?:(?P<vol>\d{1,2}):)?(?P<loc>\d{1,4}(?:\s?[–-]\s?\d{1,4})?)\)")


def short_forms_in_parentheses(chunk: str, read) -> list[NoteCitation]:
    """Short forms a sentence cites in parentheses ('… echoing Milton (Paradise Regained, 320–21)'): the title (and
    the surname before it), a volume before a colon, the page; a year ('(London, 1971)') is an imprint, not a page.
    Russian ones ('(Шлихтинг. С. 27)', '[ПСРЛ. Т. 34. С. 1901]') are read by `read` (text → NoteCitation or None)."""
    out = []
    if "С. " in chunk:
        for m in _RU_PAREN_SHORT_FORM.finditer(chunk):
            c = read(m.group("c"))
            if c is None and m.group("c")[:4] in ("Указ", "Цит.") and chunk[m.start() - 1:m.start()] == " ":
                named = _RU_NAME_BEFORE.search(chunk, max(0, m.start() - 40), m.start())
                c = read(f"{named.group(1)}. {m.group('c')}") if named else None  # 'отмечает Иванов (Указ. соч. С. 5)'
            if c and c.locator and (c.record.get("title") or c.record.get("author")):
                out.append(c)
    for m in _PAREN_SHORT_FORM.finditer(chunk):
        head, loc = m.group("head"), m.group("loc")
        if len(loc) == 4 and 1500 <= int(loc) <= 2099 or head.split()[0].lower() in _PAREN_CUES:
            continue
        record: dict = {}
        name = _PAREN_NAME.match(head)
        if name:
            record["author"] = [{"family": name.group(1)}]
            head = head[name.end():]
        elif m.start() and chunk[m.start() - 1] == " ":
            before = _NAME_BEFORE.search(chunk, max(0, m.start() - 30), m.start())
            if before and before.group(1) not in _NOT_NAMES and not is_place(before.group(1)):  # 'Gilbert (Wilderness, 153)': the writer named before
                record["author"] = [{"family": before.group(1)}]
        words = head.split()
        if len(words) < (1 if record else 2) or len(words) > 12 or is_place(head) or _prose(head) \
                or sum(w[:1].isupper() for w in words) * 2 <= len(words):
            continue
        record["title"] = head
        if m.group("vol"):
            record["volume"] = m.group("vol")
        out.append(NoteCitation(record, dash(loc), "page", m.group(0), ["short form: needs the earlier full citation"]))
    return out


_RU_PAREN_SHORT_FORM = re.compile(r"[(\[](?P<c>[А-ЯЁ][^()\[\]\d;«»]{2,100}?\.\s(?:Т\.\s\d{1,3}\.\s)?С\.\s\d{1,4}(?:\s?[–-]\s?\d{1,4})?)"
                                  r"(?=[)\]]|\s\[)")
_PAREN_NAME = re.compile(r"([A-ZÀ-Þ][a-zß-ÿ’'\-]+),\s(?=[A-ZÀ-Þ])")
_PAREN_CUES = frozenset("see cf. cfr. vgl. voir vedi siehe also and".split())
# the surname just before the parenthesis, after a lower-case word, an article or the sentence's start
_NAME_BEFORE = re.compile(r"(?:^|(?<=[a-zß-ÿ’']) )([A-ZÀ-Þ][a-zß-ÿ’'\-]{2,}) $")
_NOT_NAMES = frozenset("The This That These Those See Also And But For Cf In On".split())
_RU_NAME_BEFORE = re.compile(r"(?<=[а-яё] )([А-ЯЁ][а-яё\-]{2,}) $")  # a surname after a word in lower case
