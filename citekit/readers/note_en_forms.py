"""English book shapes a note reads before the citation reader: a contributor's role after a semicolon,
a film with its directors, a co-author added with 'with'."""

from __future__ import annotations

import re

from .cite_parts import is_place
from .names import parse_name, parse_names
from .note_citation import NoteCitation
from .note_front_matter import as_front_matter
from .note_records import _CLAUSE, _PROSE_VERB

# '…, Ancient and Moderne (1635), introduction by R. Freeman; bibliographical notes by C. S. Hensley (…)'
_ROLE_AFTER_SEMICOLON = re.compile(r";\s(?=(?:translated|edited|introduced|annotated|illustrated|(?:with\s)?(?:an\s)?"
                                   r"(?:introduction|foreword|preface|afterword)|(?:bibliographical\s)?notes)"
                                   r"(?:\s(?:and|with)\s[a-z ]{2,30})?\sby\s[A-Z])")


# notes by another hand than the author's, which no field keeps: ', bibliographical notes by Charles S. Hensley'
_NOTES_BY = re.compile(r",\s(?:with\s)?(?:bibliographical\s|explanatory\s)?notes\sby\s[^,(;]+")


def contributors(text: str) -> str:
    """A contributor named after a semicolon ('; translated by …') belongs to the work before it; notes by another
    hand are dropped."""
    if "; " in text:
        text = _ROLE_AFTER_SEMICOLON.sub(", ", text)
    return _NOTES_BY.sub("", text) if "notes by " in text else text


_DIRECTED_BY = re.compile(r",\sdirected\sby\s(?P<who>[^,()]{3,120}?)(?=\s\(|,\s|$)")


def film(text: str, read) -> NoteCitation | None:
    """'Dave Asprey, Moldy, directed by Kee Kee Buckley and Eric Troyer (Bulletproof Films, 2015)': a film, its
    directors after its title, the company that made it in the parenthesis."""
    m = _DIRECTED_BY.search(text)
    if not m:
        return None
    c = read(text[:m.start()] + text[m.end():])
    if c is None or not c.record.get("title"):
        return None
    record = c.record
    record["type"], record["director"] = "motion_picture", parse_names(m.group("who"))
    if "publisher-place" in record and "publisher" not in record:
        record["publisher"] = record.pop("publisher-place")  # '(Bulletproof Films, 2015)': a studio, no town
    return c


# honours after a name: 'Colonel Henry Yule, C.B.', 'John Lubbock, M.P., F.R.S.'
_POSTNOMINALS = re.compile(r",(?<=[a-z],)\s(?:(?:K\.C\.B|G\.C\.B|C\.B|K\.C\.S\.I|F\.R\.S|F\.R\.G\.S|F\.S\.A|M\.P)\.,?\s?)+"
                           r"(?=[A-Z(]|$)")
# older English 'vol. ii., p. 235': the numeral's full stop before the comma
_ROMAN_VOLUME_STOP = re.compile(r"vol\.\s([ivxlc]{1,6}|[IVXLC]{1,6})\.(?=,)")
# 'Title, London, 1875, vol. ii, p. 235': the volume cited after an imprint without parentheses
_VOLUME_AFTER_IMPRINT = re.compile(r",\s(?P<imp>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?,\s(?:1[5-9]|20)\d\d),\s"
                                   r"(?P<v>vol\.\s(?:[ivxlc]{1,6}|[IVXLC]{1,6}|\d{1,3}))(?=,\s(?:pp?\.\s?)?\d)")


_RANK_AFTER_BY = re.compile(r"by\s(?:Colonel|Col\.|Captain|Capt\.|Major|General|Lieutenant|Admiral|Commander)\s(?=[A-Z])")


def older_english(text: str) -> str:
    """Honours after a name and a rank before it dropped; a volume with its numeral's full stop, or after the
    imprint, set as usual."""
    if " by " in text and ("by C" in text or "by M" in text or "by G" in text or "by L" in text or "by A" in text):
        text = _RANK_AFTER_BY.sub("by ", text)  # 'translated by Colonel Henry Yule'
    if ".B." in text or ".S." in text or "M.P." in text:
        text = _POSTNOMINALS.sub(", ", text)
    if "vol. " in text:
        if "., " in text:
            text = _ROMAN_VOLUME_STOP.sub(r"vol. \1", text)
        m = _VOLUME_AFTER_IMPRINT.search(text)
        if m and is_place(m.group("imp").split(",")[0]):
            text = f"{text[:m.start()]}, {m.group('v')}, {m.group('imp')}{text[m.end():]}"
    return text


_NAME = r"(?:[A-Z]\.\s?){1,3}[A-Z][\w’'\-]+|[A-Z][a-z]+(?:\s[A-Z]\.)?\s[A-Z][\w’'\-]+"
# 'R. E. Robinson and J. A. Gallagher, with A. Denny, Africa and the Victorians': a third author, added with 'with'
_WITH_AUTHOR = re.compile(rf"(?P<head>(?:{_NAME})(?:(?:,\s|,?\sand\s)(?:{_NAME}))*),\swith\s(?P<who>{_NAME}),\s(?=[A-Z“‘])")


def with_author(text: str) -> str:
    """The authors before a title, one of them added with 'with', as one list."""
    m = _WITH_AUTHOR.match(text)
    return f"{m.group('head')} and {m.group('who')}, {text[m.end():]}" if m else text


# a work named by its abbreviated title, its last word cut short: 'De Cer., pp. 651-60', 'Hist. Eccl., p. 5'
_ABBREVIATED_TITLE = re.compile(r"(?P<t>[A-Z][a-z]{1,8}\.?\s(?:[a-z]{2,8}\.?\s)?[A-Z]?[a-z]{2,8}\.),\s(?=(?:pp?\.\s?)?\d)")


def abbreviated_title(record: dict, text: str) -> None:
    """A short form read as a surname ('De Cer.') that is a title cut short."""
    m = _ABBREVIATED_TITLE.match(text)
    if m and len(record["author"]) == 1:
        record["title"] = m.group("t")
        del record["author"]


# 'DAI, cc. 9, 46, 52, pp. 56-63': an edition by its siglum, the chapters, then the pages the note cites
_SIGLUM_CHAPTERS = re.compile(r"(?P<s>[A-Z]{2,5}),\scc?\.\s\d{1,3}(?:,\s\d{1,3})*,\spp?\.\s?(?P<p>\d[\d\s,–-]*)")


def siglum_by_chapters(text: str) -> NoteCitation | None:
    """A text cited by its siglum in capitals, chapters and pages (a surname in capitals takes no chapters)."""
    m = _SIGLUM_CHAPTERS.fullmatch(text)
    if not m:
        return None
    return NoteCitation({"title": m.group("s")}, m.group("p").strip(" ,").replace("-", "–"), "page", text,
                        ["short form: needs the earlier full citation"])


_PERSON = r"[A-Z][\w’'\-]+,\s[A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*){0,2}|(?:[A-Z][\w.’'\-]*\s){1,3}[A-Z][\w’'\-]+"
# 'Curtin, Philip, forward to Robinson, Ronald, …, Africa and the Victorians (…)', 'Philip Curtin, introduction to …'
_FRONT_MATTER_TO_BOOK = re.compile(rf"(?P<who>{_PERSON}),\s(?P<part>[Ii]ntroduction|[Ff]oreword|[Ff]orward|[Pp]reface"
                                   r"|[Aa]fterword|[Ee]pilogue)\sto\s(?=[A-Z“‘])")
# the book's authors inverted, each surname before its given names: 'Robinson, Ronald, Gallagher, John, and Denny, Alice, '
_INVERTED_AUTHORS = re.compile(r"(?:[A-Z][\w’'\-]+,\s[A-Z][\w’'\-]*\.?(?:\s[A-Z][\w’'\-]*\.?)?,\s(?:and\s)?){1,6}(?=[A-Z“‘])")
_INVERTED_ONE = re.compile(r"(?P<f>[A-Z][\w’'\-]+),\s(?P<g>[A-Z][\w’'\-]*\.?(?:\s[A-Z][\w’'\-]*\.?)?),\s(?:and\s)?")


def front_matter_to(text: str, read) -> NoteCitation | None:
    """A foreword or introduction by one writer to another's book: a chapter titled by the part, in the book."""
    m = _FRONT_MATTER_TO_BOOK.match(text)
    if not m:
        return None
    rest = text[m.end():]
    names = _INVERTED_AUTHORS.match(rest)
    c = read(rest[names.end():] if names else rest)
    if c is None or not c.record.get("title") or c.record.get("type") != "book":
        return None
    record = c.record
    if names:
        record["author"] = [{"family": n.group("f"), "given": n.group("g")} for n in _INVERTED_ONE.finditer(names.group(0))]
    as_front_matter(record, m.group("part"), [_one_name(m.group("who"))])
    return c


def _one_name(who: str) -> dict:
    """'Curtin, Philip' (inverted) or 'Philip Curtin'."""
    family, _, given = who.partition(", ")
    return {"family": family, "given": given} if given else parse_name(who)


# a learned society's periodical: 'Transactions of the Asiatic Society', 'Proceedings of the Royal Society'
_SOCIETY_PERIODICAL = re.compile(r"(?:Transactions|Proceedings|Journal|Bulletin|Memoirs|Annals)\s(?:of\s)?(?:the\s)?[A-Z]")


def society_periodical(record: dict) -> None:
    """'E. M. Satow, Transactions of the Asiatic Society, vol. i., p. 30': a writer's piece in a society's periodical,
    cited by its volume, the piece not named."""
    if _SOCIETY_PERIODICAL.match(record["title"]):
        record["type"], record["container-title"] = "article-journal", record.pop("title")


# 'Corres III: 365': a short title, the volume in roman numerals with no comma before it, then the page
_ROMAN_VOLUME_PAGE = re.compile(r"[a-z](?P<v>\s[IVXL]{1,5}):\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?$")


def roman_volume_page(text: str) -> str:
    """A comma set before a roman volume that follows a title directly ('Corres III: 365' -> 'Corres, III: 365')."""
    m = _ROMAN_VOLUME_PAGE.search(text, max(0, len(text) - 24))
    return f"{text[:m.start('v')]},{text[m.start('v'):]}" if m else text


# 'William Dusinberre’s Slavemaster President covers the subject in detail': a work named in prose by its author's
# possessive, its title the words in capitals before the verb
_POSSESSIVE_WORK = re.compile(r"(?P<who>(?:[A-Z][a-z]+\.?\s|[A-Z]\.\s?){1,3}[A-Z][\w\-]+)[’']s\s(?P<t>[A-Z][\w\-]*"
                              r"(?:\s(?:of|the|and|in|on|to|for|a|an|[A-Z][\w\-]*))*?)\s(?:covers|is|was|remains|gives"
                              r"|offers|provides|describes|discusses|shows|treats|examines|explores|surveys|deals)\s[a-z]")


def possessive_work(text: str) -> NoteCitation | None:
    """The author and short title of a work a sentence names by its author's possessive, with no imprint."""
    m = _POSSESSIVE_WORK.match(text)
    if not m or "(" in text:
        return None
    return NoteCitation({"author": [parse_name(m.group("who"))], "title": m.group("t")}, None, None, text,
                        ["short form: needs the earlier full citation"])


def article_is_no_name(record: dict, text: str) -> None:
    """'A Summary View, Papers, 1: 121': words opening with an article name a document, not its author."""
    head = text[:text.find(",")]
    if " " in head and head.split(" ", 1)[0] in ("A", "An", "The") and len(record["author"]) == 1:
        del record["author"]


# a writer's given name (or initials) and surname in the possessive, then the title: 'Timothy Fitzgerald's The …'
_POSSESSIVE_AUTHOR = re.compile(r"(?!(?:The|A|An|This|That|Our|His|Her|Their|New|Saint|St|Great|North|South|East|West|Central)\s)(?P<who>(?:[A-Z][a-z]+\s|[A-Z]\.\s?){1,2}[A-Z][\w\-]+)[’']s\s(?=[A-Z‘“])")


def possessive_author(record: dict) -> None:
    """The writer named in the possessive before a title ('Timothy Fitzgerald's The Ideology of Religious Studies')
    is its author; a surname alone stays ('Hitler's Willing Executioners' is a title)."""
    m = _POSSESSIVE_AUTHOR.match(record["title"])
    if m and len(record["title"]) - m.end() > 3 and not is_place(m.group("who")):  # not 'Great Britain's …'
        record["author"] = [parse_name(m.group("who"))]
        record["title"] = record["title"][m.end():].strip("‘“”’")


def title_after_lead_in(record: dict) -> None:
    """'The classic account remains: The Making of the English Working Class (London, 1963)', 'la réimpression …
    dans les deux volumes posthumes : Les villes …': a sentence leads up to the title with a colon; the title is
    what follows it. The words before read as prose: they open in lower case or hold a verb."""
    title = record["title"]
    at = title.find(": ") if ": " in title else title.find(" : ")
    head, tail = title[:at].rstrip(), title[at:].lstrip(" :")
    if len(head.split()) < 3 or not tail[:1].isupper() or len(tail.split()) < 2:
        return
    if head[:1].islower() or _CLAUSE.search(f" {head} ") or _PROSE_VERB.search(f" {head} "):
        record["title"] = tail
