"""The work cited before, as other languages write it: French 'ouvr. cité', 'art. cité', Spanish and Portuguese
'obra citada', Italian 'op. citata', Hungarian 'i. m.' (idézett mű); each is read as 'op. cit.'."""

from __future__ import annotations

import re

_CITED_WORK = re.compile(r",?\s+(?:(?:ouvr?|op|art)\.\s*citée?|ouvrage\s+cité|article\s+cité|obra\s+citada"
                         r"|op\.\s*citat[ao])\.?(?=,|\s*$)")
# Hungarian 'Kovács i. m. 5.', 'Kovács: i. m. 38. o.': after a surname, before the page
_HU_CITED_WORK = re.compile(r"(?<=[a-zá-űőöü]),?\s*:?\s+i\.\s?m\.,?(?=\s*\d|\s*$)")


# written without its stops ('Hunter, op cit, Vol IV'), or as a pointer to the note that cites it ('Sarkar, as in 53')
_BARE_OP_CIT = re.compile(r"(?<=[a-z]),?\s+(?:op\s+cit|as\s+in\s+(?:n(?:ote)?\.?\s*)?\d{1,3})(?=,|\.?\s*$)")


def as_op_cit(text: str) -> str:
    """The text with its stand-in for the work cited before written 'op. cit.'."""
    if "cit" in text and ("cité" in text or "citad" in text or "citat" in text):
        text = _CITED_WORK.sub(", op. cit.", text)
    if "op cit" in text or "as in " in text:
        text = _BARE_OP_CIT.sub(", op. cit.", text)
    if " i. m" in text or " i.m" in text:
        text = _HU_CITED_WORK.sub(", op. cit.,", text)
    return text


# perhaps a word of prose ('and'), a writer's name as a note prints it (initials, a particle 'v.' or 'von', a surname
# in capitals, or initials after it), the stand-in for the work cited before ('op. cit.', 'a.a.O.', 'dz. cyt.'), the page
NAME_OP_CIT = re.compile(
    r"(?:(?!(?:von|van|de|di|da|du)\s)[a-zà-ÿ]+\s+)?(?P<given>(?:[A-ZÀ-Þ]\.\s?(?:-?[A-ZÀ-Þ]\.\s?)?){1,3}|[A-ZÀ-Þ][a-zß-ÿ]+\s)?"
    r"(?P<family>(?:(?:v\.|von|van|de|di|da|du)\s)?[A-ZÀ-ÞА-ЯЁ][\w’'\-]+(?:\s+[A-ZÀ-ÞА-ЯЁ][\w’'\-]+)?)"
    r"(?:\s+(?P<initials>(?:[A-ZА-ЯЁ]\.\s?){1,2}))?,?\s+"
    r"(?i:(?:op|ouvr|art|loc)\.\s*cit|dz\.\s*cyt|a\.\s?w|t\.\s?a\.\s?p|a\.\s?a\.\s?O|o\.\s?c)(?P<dot>\.)?"
    r"(?:,\s*(?P<rest>\S.{0,40}))?")


def name_op_cit(text: str) -> dict | None:
    """'F. v. KESZYCKA, a.a.O., S. 27 f.': the author of the work cited before; the text after it is the locator's."""
    m = NAME_OP_CIT.fullmatch(text)
    if not m:
        return None
    family = m.group("family")
    if family.isupper() or " " in family and family.split()[-1].isupper():
        family = " ".join(w if w.islower() or w.endswith(".") else w.capitalize() for w in family.split())
    name = {"family": family}
    if m.group("given") or m.group("initials"):
        name["given"] = (m.group("given") or m.group("initials")).strip()
    return {"author": [name], "rest": m.group("rest") or ""}

