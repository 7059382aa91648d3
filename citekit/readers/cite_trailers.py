"""What closes a note's citation besides a page, in the notes' languages: a note on the page
('S. 111, Anm. 2', 'Einl.', 'note 2, p. 455'), 'citate' after a title cited before, an entry ('s.v.'), a chapter of a
classical text ('l. II, c. 29', 'ii. 10'), an appendix ('annexe II', 'Bijlage 5') or a leaf ('f. 89')."""

from __future__ import annotations

import re

from .dates import MONTH_WORDS, SEASONS

_MONTHS_SEASONS = MONTH_WORDS | SEASONS

_NOTE_AFTER_PAGE = re.compile(r",?\s*(?:Anm\.?\s*(?:zu\s+Z\.\s*)?\d+[a-z]?|Einl\.)$")
_NOTE_BEFORE_PAGE = re.compile(r",\s*(?:note|nota|n\.)\s+\d{1,3}(?=,\s*(?:p|pp|S|s)\.\s*\d)")  # '1983, note 2, p. 455'
_CITED = re.compile(r"(?<=\w)\s+(?:citat[aeio]|cit\.)(?=,|$)")  # Italian 'Memorie Manzoniane citate'
_SUB_VOCE = re.compile(r",?\s*s\.\s?v(?:\.\s+\S[^,;]{0,40}|\.?)$")
_CHAPTER_END = re.compile(r"(?:,\s*l\.\s*[IVXLC\d]{1,5})?(?:,|(?<=\d)\.)\s*(?:c\.\s*(?=[IVXLC]|\d\d?$)|[Cc]ap\.\s*)"
                          r"(?P<c>[IVXLC]{1,6}|\d{1,3})$")  # not 'c. 850', a date
_APPENDIX_END = re.compile(r",\s*(?:annexe|[Aa]nhang|[Aa]nlage|appendice|apéndice|anexo|bijlage)\s+(?P<a>[IVXLC]{1,5}|\d{1,3})$")
# a proposition of a Dutch thesis; a book of a poem and its verse ('w.', 'l' read for '1'); annals by their year
# ('Raynaldi, Ann. 1278'): cited without a locator
_DIVISION_END = re.compile(r",\s*(?:stelling\s+\d{1,3}|Ann\.\s*\d{3,4}|[Kk]sięga\s+[IVXLC\dl]{1,5}(?:,\s*w\.\s*[\dl]{1,4}(?:\s*[-–]\s*\d{1,4})?)?)\.?$")
_BOOK_CHAPTER_END = re.compile(r"(?<=[a-z])\s[ivxl]{1,6}\.\s?\d{1,2}(?:\s*[-–]\s*\d{1,2})?$")  # not a page: 'ii. 345'
# books and chapters joined without a space ('H.E., ii,6.7.12, and v,9', 'Hist. frag. iv,1', 'HE i. 9–10');
# a chapter has two digits at most ('ii. 345' is a volume's page)
_BOOKS_CHAPTERS_END = re.compile(r"(?:,\s|(?<=[A-Za-z.])\s)(?:and\s)?(?!l+[,.])[ivxl]{1,6}(?:,|\.\s?)\d{1,2}(?:\s?[.\-–]\s?\d{1,3})*"
                                 r"(?:,?\s(?:and\s)?[ivxl]{1,6}(?:,|\.\s?)\d{1,2}(?:\s?[.\-–]\s?\d{1,3})*)*$")
# an ancient text by book and line in arabic figures after its capitalised title ('Jewish War 2.385'), not a date
_DOTTED_BOOK_END = re.compile(r"(?<=\s[A-Z][a-z])([a-z]{0,12})\s\d{1,2}\.\d{1,4}(?:\.\d{1,4})?$")
_AUTHOR_BOOK_SECTION = re.compile(r"(?P<who>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s\d{1,2}\.\d{1,3}\.\d{1,3}")
# an ancient author known by one name, a work and its line or section ('Sophocles, Antigone 821')
_ANCIENT_LINE = re.compile(r"[A-Z][a-z]{3,15},\s(?P<t>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})\s\d{1,4}")
# a collection's pieces by number, one with a letter ('4a, 4b. 6'): the letter marks a numbered document, not a page
_NUMBERED_PIECES = re.compile(r"[A-Z][a-z]{3,15},\s(?P<t>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})\s"
                              r"(?=[\d.,\s]*\d[a-z]\b)\d{1,4}[a-z]?(?:(?:,\s?|\.\s?)\d{1,4}[a-z]?){1,5}")
_FOLIO_END = re.compile(r",\s*(?:ff?|fol|fols|fos?)\.\s*(?P<f>\d{1,4}[rv]?(?:\s*[-–]\s*\d{1,4}[rv]?)?)$")

_NOTE_AND_PAGE = re.compile(r"\s(?<=\d\s)(?:and|e|et|y|und|i)\s+(?:nn?\.|notes?|nota|Anm\.)\s*\d{1,4}(?:\s?[-–]\s?\d{1,4})?\.?$")
_NOTE_REFERRED = re.compile(r",\s+(?:above|supra|below|infra),?\s+(?P<n>(?:nn?\.|notes?)\s*\d{1,4})(?=,|$)")
_AT_PAGE = re.compile(r"(?<=[^\d\s]),\s+at\s+(?=\d{1,4}(?:\s?[-–]\s?\d{1,4})?\.?$)")
# a remark on the words quoted after the page: 'emphasis added', 'italics in original', 'my translation'
_EMPHASIS_END = re.compile(r"(?<=\d)[,;]?\s+\(?(?:(?:emphasis|italics)(?:\s+(?:added|mine|supplied|in(?:\s+the)?\s+original))?"
                           r"|(?:my|our)\s+(?:emphasis|italics|translation)|translation\s+(?:mine|ours|my\s+own))\)?\.?$", re.I)
_CHAPTERS_END = re.compile(r",\schs\.?\s(?P<c>\d{1,3}(?:\s?[-–]\s?\d{1,3}|(?:,\s\d{1,3})+)?)\.?$")
_QUOTED_AT = re.compile(r",\squoted\sat\s(?:pp?\.\s?)?\d[\d\s,–\-]*\.?$")
_PART_END = re.compile(r",\sPart\s(?P<p>[IVX]{1,4}|\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\.?$")


def drop_remarks(text: str) -> str:
    """The text without a note on the page ('Anm. 2') or a 'citate' after a short title."""
    if "A" in text and "Anm" in text or "E" in text and "Einl" in text:
        text = _NOTE_AFTER_PAGE.sub("", text)  # 'S. 111, Anm. 2', 'Anm. zu Z. 7': the page's note, not a locator
    if ", note " in text or ", nota " in text:
        text = _NOTE_BEFORE_PAGE.sub("", text)  # French 'note 2, p. 455': the page's note, the page cited
    if "q" in text and ", quoted at " in text:
        text = _QUOTED_AT.sub("", text)  # 'Dallek, Roosevelt, 199-201, quoted at 200': the pages cited, then the quotation's
    if "c" in text and "citat" in text or " cit." in text:
        text = _CITED.sub("", text)  # 'Memorie Manzoniane citate, pag. 81': the title cited before
    tail = text[-40:]
    if "n" not in tail and "a" not in tail:
        return text  # each remark below has an 'n' or an 'a' near the end: one quick look
    if ("n. " in tail or "note" in tail or "nota" in tail or "Anm." in tail) and _NOTE_AND_PAGE.search(text, max(0, len(text) - 24)):
        text = _NOTE_AND_PAGE.sub("", text)  # 'Smith, Title, 45 and n. 3', 'p. 45 e nota 3': the page cited, and its note
    if ("above" in tail or "supra" in tail or "below" in tail or "infra" in tail) and _NOTE_REFERRED.search(text):
        text = _NOTE_REFERRED.sub(r" (\g<n>)", text)  # 'Smith, Title, above n. 3, 45': as '(n. 3)', the note the work is in
    if ", at " in tail:
        text = _AT_PAGE.sub(", ", text)  # law reviews' 'Smith, Title, at 45': the page, after a title
    if "mphasis" in tail or "talics" in tail or "ranslation" in tail:
        text = _EMPHASIS_END.sub("", text)  # 'Gilbert, Wilderness, 153, emphasis added': a word on the quotation
    return text


def take_trailer(text: str) -> tuple[str, str | None, str | None, bool]:
    """(text, locator, label, whole work cited) after a closing entry, chapter, appendix or leaf."""
    if "v" in text and ("s.v" in text or "s. v" in text):
        entry = _SUB_VOCE.search(text)
        if entry:  # 'F. Preisigke, Wörterbuch, s.v. ἀπαιτητής': an entry of the work, no page
            return text[:entry.start()], None, None, True
    if ", c" in text[-14:] or "C" in text and ", C" in text[-14:] or ". c." in text[-10:]:  # '…, tom. 1. c. 1': old Spanish
        chap = _CHAPTER_END.search(text, max(0, len(text) - 24))
        if chap:  # 'Sulpice Sévère, Hist., l. II, c. 29': a classical text's chapter
            return text[:chap.start()], chap.group("c"), "chapter", False
    if ", a" in text[-16:] or "A" in text and ", A" in text[-16:] or "b" in text and ", b" in text[-16:]:
        annex = _APPENDIX_END.search(text, max(0, len(text) - 20))
        if annex:  # 'S. Boursier, op. cit., annexe II': an appendix of the work
            return text[:annex.start()], annex.group("a"), "appendix", False
    if ", f" in text[-16:]:
        folio = _FOLIO_END.search(text, max(0, len(text) - 16))
        if folio:  # 'S. Boursier, op. cit., f. 89': a manuscript's leaf
            return text[:folio.start()], folio.group("f"), "folio", False
    if ", chs" in text[-16:]:
        chaps = _CHAPTERS_END.search(text, max(0, len(text) - 16))
        if chaps:  # British 'Karl Marx: His Life and Thought, chs 12–13': chapters, the plural with no stop
            return text[:chaps.start()], chaps.group("c").replace("-", "–"), "chapter", False
    if "P" in text and ", Part " in text[-20:]:
        part = _PART_END.search(text, max(0, len(text) - 20))
        if part:  # 'Brenner, Merchants and Revolution (Cambridge, 1993), Part Three': a part of the book
            return text[:part.start()], part.group("p"), "part", False
    if ", stelling " in text[-16:] or "ę" in text and "sięga " in text[-20:] or "A" in text and ", Ann." in text[-14:]:
        part = _DIVISION_END.search(text, max(0, len(text) - 24))
        if part:  # 'Hofman, De collaborateur, stelling 1', 'Pan Tadeusz, Księga I, w. l.': a thesis or a poem by its parts
            return text[:part.start()], None, None, True
    tail = text[-14:]
    if text[-1:].isdigit() and ("i" in tail and "i. " in tail or "v" in tail and "v. " in tail or "x" in tail and "x. " in tail or "l" in tail and "l. " in tail) and ", " in text:
        book = _BOOK_CHAPTER_END.search(text, max(0, len(text) - 18))
        if book:  # 'Philostorgius, Historia Ecclesiastica ii. 10': an ancient text by book and chapter, no page
            return text[:book.start()], None, None, True
    if text[-1:].isdigit() and ", " in text and ("," in text[-4:] or ". " in text[-6:]):
        books = _BOOKS_CHAPTERS_END.search(text, max(0, len(text) - 80))
        if books:  # 'Socrates, H.E., ii,6.7.12.13, and v,9': an ancient text by books and chapters, no page
            return text[:books.start()].rstrip("."), None, None, True
    if text[-1:].isdigit() and "." in text[-6:] and ", " in text:
        book = _DOTTED_BOOK_END.search(text, max(0, len(text) - 14))
        if book:  # 'Josephus, Jewish War 2.385': book and section, no page
            return text[:book.start() + len(book.group(1))], None, None, True
    if text[-1:].isdigit() and text.count(",") == 1 and len(text) < 40 and "." in text[-6:]:
        book = _AUTHOR_BOOK_SECTION.fullmatch(text)
        if book:  # 'Aulus Gellius, 19.8.5': an ancient author's only work, by book, chapter and section
            return text[:book.end("who")], None, None, True
    if text[-1:].isdigit() and text.count(",") == 1 and len(text) < 60:
        line = _ANCIENT_LINE.fullmatch(text)
        if line and not (line.group("t").rsplit(" ", 1)[-1].lower() in _MONTHS_SEASONS and text[-4:-2] in ("16", "17", "18", "19", "20")):
            # (not a monthly's issue: 'Encounter, November 1962')  # 'Plutarch, Greek Questions 11': no page, a line or section of the work
            return text[:line.end("t")], None, None, True
    if text[-1:].isdigit() and len(text) < 60 and text.count(",") <= 3 and ", " in text:
        numbered = _NUMBERED_PIECES.fullmatch(text)
        if numbered:  # 'Opitz, Urkunden 4a, 4b. 6': a collection's numbered pieces, no page
            return text[:numbered.end("t")], None, None, True
    return text, None, None, False
