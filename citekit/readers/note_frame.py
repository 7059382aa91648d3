"""What a page sets around a note's citations and no field holds: a remark on where the note stood in
the printed book, a bracketed key after it, a link back to the text, the number of a note on the page cited."""

from __future__ import annotations

import re

# Swedish '(I den tryckta boken not 2) Wohlin 1909 …', '(Note 4 in the print edition) …'
_PRINTED_NOTE = re.compile(r"\((?=[^()]{0,60}\b(?:not|note|nota|Anm\.)\s\d)[^()]{3,80}\)\s*(?=[A-ZÀ-Þ\u0410-\u042f])")
# Swedish endnotes keyed to the page and note: 'Sid. 198 not 1 Se även …' (the page number OCR may misread)
_PAGE_NOTE_KEY = re.compile(r"Sid\.\s\S{1,5}\snot\s\d{1,3}\.?\s+(?=[A-ZÅÄÖ])")
# Swedish 'o.' (och) between two citations: '… sp. 434 (Kronogods) o. C. Strandberg, Zur Frage …'
_AND_NEXT = re.compile(r"(?<=\)) o\. (?=(?:[A-ZÅÄÖ]\.\s?){1,3}[A-ZÅÄÖ][a-zåäöß-ÿ]+,)")
# a key the page gives each source after its citation: '… s. 51 [NW 1909]', '[JP 61]'
_KEY_AFTER = re.compile(r"\s*\[[A-ZÀ-ÞÅÄÖ]{1,4}\s(?:\d\d|\d{4})[a-z]?\]\s*$")
# Italian web editions: '… 398 e nota 9)torna al testo.'
_BACK_TO_TEXT = re.compile(r"\s*torna al testo\.?\s*$")
# the note on the page cited: 'p. 423, nota 1.' (the page is the locator)
_NOTE_ON_PAGE = re.compile(r"(?<=\d),\s*(?:nota|note|not)\s\d{1,3}(?=\s*[.;]?\s*$)")


def trimmed(text: str) -> str:
    """`text` without the frame a page set around its citations."""
    if text[:1] == "(" and _PRINTED_NOTE.match(text):
        text = text[_PRINTED_NOTE.match(text).end():]
    elif text[:4] == "Sid." and _PAGE_NOTE_KEY.match(text):
        text = text[_PAGE_NOTE_KEY.match(text).end():]
    if text.startswith(("EPIGRAPH:", "Epigraph:")):
        text = text[9:].lstrip()  # 'EPIGRAPH: Louis-Étienne Arcère, Histoire …': the note on a chapter's epigraph
    if ")" in text and ") o. " in text:
        text = _AND_NEXT.sub("; ", text)
    if text[-1:] == "]" and _KEY_AFTER.search(text):
        text = text[:_KEY_AFTER.search(text).start()]
    if "al testo" in text:
        text = _BACK_TO_TEXT.sub(".", text)
    if ", not" in text and _NOTE_ON_PAGE.search(text):
        text = _NOTE_ON_PAGE.sub("", text)
    return text
