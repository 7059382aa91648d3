"""Short forms and dates that the general reader takes for titles: Czech and Russian conventions, ancient texts by
book and section."""

from __future__ import annotations

import re

from .note_citation import NoteCitation

_CS_MONTHS = r"ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince"
# Czech 'Dne 3. května 1466', 'Roku 1467': a date the note gives, no work
_CS_DATE = re.compile(rf"(?:[Dd]ne\s+)?\d{{1,2}}\.\s*(?:{_CS_MONTHS})\s+\d{{3,4}}")
# 'Palacký II. 2. 340': an author's work cited by volume (and part) and page, dots between them
_NAME_VOLUME_PAGE = re.compile(r"(?P<who>[A-ZÀ-ÞČŘŠŽ][a-zß-ÿěščřžýáíéůúňťď\-]{2,30})\s+(?P<v>[IVXL]{1,6})\.\s+"
                               r"(?:\d{1,2}\.\s+)?(?P<p>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)")
# a Russian source series by its siglum, volume, part and page: 'ПСРЛ, 13, часть II. 456', 'ПСРЛ. Т. 13. Ч. 2. С. 456'
_SERIES_SIGLUM = re.compile(r"(?P<t>[А-ЯЁ]{2,6})[.,]\s*(?:Т\.\s*)?(?P<v>\d{1,3}|[IVXL]{1,6})[.,]\s*"
                            r"(?:(?:часть|Ч\.|ч\.|Кн\.|кн\.|Вып\.|вып\.)\s*(?P<part>\d{1,2}|[IVX]{1,5})[.,]\s*)?"
                            r"(?:(?P<lab>[Сс]\.|[Сс]тб\.)\s*)?(?P<p>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)")

_NEXT_PART = re.compile(r"(?:часть|Ч\.)\s*(?P<part>\d{1,2}|[IVX]{1,5})[.,]\s*(?:[Сс]\.\s*)?(?P<p>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)")


def date_only(text: str) -> bool:
    """The text is a date and nothing more."""
    return bool(_CS_DATE.fullmatch(text))


def name_volume_page(text: str) -> NoteCitation | None:
    """'Palacký II. 2. 340' as the author's work, its volume and page."""
    m = _NAME_VOLUME_PAGE.fullmatch(text)
    if not m:
        return None
    return NoteCitation({"author": [{"family": m.group("who")}], "volume": m.group("v")},
                        m.group("p").replace("-", "–"), "page", text,
                        warnings=["short form: needs the earlier full citation"])


def series_siglum(text: str) -> NoteCitation | None:
    """'ПСРЛ, 13, часть II. 456': the series (its siglum the title), its volume and the page or column."""
    m = _SERIES_SIGLUM.fullmatch(text)
    if not m:
        return None
    record = {"title": m.group("t"), "volume": m.group("v")}
    if m.group("part"):
        record["part-number"] = m.group("part")
    label = "column" if m.group("lab") and len(m.group("lab")) > 2 else "page"
    return NoteCitation(record, m.group("p").replace("-", "–").replace(" ", ""), label, text,
                        warnings=["short form: needs the earlier full citation"])


def next_part(segment: str, last: dict) -> NoteCitation | None:
    """'часть II, 453-455' after 'ПСРЛ, 13, часть 1,152-154': another part of the volume just cited."""
    m = _NEXT_PART.fullmatch(segment)
    if not m:
        return None
    record = {k: v for k, v in last.items() if k in ("title", "volume", "author")}
    record["part-number"] = m.group("part")
    return NoteCitation(record, m.group("p").replace("-", "–").replace(" ", ""), "page", segment,
                        warnings=["short form: needs the earlier full citation"])


_SECTION = r"\d{1,3}(?:\s?[-–]\s?\d{1,3})?"
# an ancient text by book, chapter and section, its author known by one or two names: 'Aulus Gellius, Attic Nights 9,
# 14, 16–17', 'Plutarch, Sulla 19, 5', 'Velleius Paterculus, Roman History 2.1'; or by its author alone: 'Strabo 14, 5, 2'
_ANCIENT_SECTIONS = re.compile(
    r"(?P<who>[A-Z][a-z]{2,15}(?:\s[A-Z][a-z]{2,15})?)(?:,\s(?P<t>[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|[a-z]{2,12})){0,3}))?\s"
    rf"(?:\d{{1,3}},\s{_SECTION}(?:,\s{_SECTION})?|\d{{1,2}}\.\d{{1,4}}(?:\.\d{{1,4}})?)")


def ancient_by_sections(text: str) -> NoteCitation | None:
    """The author and the work, no locator: book and section are no page."""
    m = _ANCIENT_SECTIONS.fullmatch(text)
    if not m or not m.group("t") and (" " in m.group("who") or text.count(",") != 2):
        return None  # by author alone: one name and book, chapter, section ('Strabo 14, 5, 2')
    who = m.group("who")  # two Roman names as printed ('Aulus Gellius'); one name as a surname, as elsewhere
    record = {"author": [{"literal": who} if " " in who else {"family": who}]}
    if m.group("t"):
        record["title"] = m.group("t")
    return NoteCitation(record, None, None, text, warnings=["short form: needs the earlier full citation"])


# a corpus of inscriptions by volume and inscription number: 'Corpus Inscriptionum Latinarum, 12.1122',
# 'Inscriptiones Graecae II² 1035'; the number is no page
_INSCRIPTION_CORPUS = re.compile(r"(?P<t>(?:Corpus|Inscriptiones|Supplementum)\s[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}),?\s"
                                 r"(?P<v>\d{1,2}|[IVXL]{1,5})(?:²|\.|,)?\s?\d{1,5}[a-z]?")


def inscription_corpus(text: str) -> NoteCitation | None:
    """The corpus (its title) and volume, no locator."""
    m = _INSCRIPTION_CORPUS.fullmatch(text)
    if not m:
        return None
    return NoteCitation({"title": m.group("t"), "volume": m.group("v")}, None, None, text,
                        warnings=["short form: needs the earlier full citation"])


# a writer (initials and surname, or one or two names) and a title with no comma, closed by 'etc.' or Italian 'ecc.'
_TITLE_THEN_ETC = re.compile(r"(?:[A-ZÀ-Þ]\.\s?){0,3}[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+)?,\s[A-ZÀ-Þ«“‘][^,;()]{2,80},\s(?:etc|ecc)")


def title_cut_short(text: str, cued: bool) -> tuple[str, bool]:
    """'A. Périvier, Napoléon journaliste, ecc.': the writer and a title the note cuts short; the 'etc.' goes and
    the rest is a citation with no page."""
    if not _TITLE_THEN_ETC.fullmatch(text):
        return text, cued
    return text[:-5], True


# a surname (after initials) and a short title, nothing more: another short form in a list of them
_NEXT_SHORT = re.compile(r"\s*(?:[A-ZÀ-Þ]\.\s?){0,2}[A-ZÀ-Þ][\w’'\-]+,\s+[A-ZÀ-Þ«“‘][^,;:()\d]{1,50}")


def next_short_form(segment: str, last: NoteCitation, read) -> list:
    """'Cf. Gilbert, Wilderness; Smith, Title.': after a short form with no imprint and no page, a segment of the same shape
    is the next one in the list, cited like it with no page; `read` reads it as a cued citation."""
    if last.record.get("type") or last.locator or not last.record.get("author") or not last.record.get("title"):
        return []  # the list gives no pages: after a page, a name and words are more likely prose
    if len(segment) > 60 or not _NEXT_SHORT.fullmatch(segment.rstrip(" .")):
        return []
    c = read(segment.strip(" ."), True)
    if not c or not c.record.get("author") or not c.record.get("title") or len(c.record) != 2 \
            or len(c.record["title"].split()) > 6:
        return []
    return [c]
