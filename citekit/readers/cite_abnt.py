"""Brazilian ABNT (NBR 6023) references: surnames in capitals, inverted, several set apart by ';', then the title
after a full stop: 'HOLANDA, Sérgio Buarque de. Raízes do Brasil. Rio de Janeiro: José Olympio, 1936.', an article
'BATALHA, Claudio. Título. Revista Brasileira de História, São Paulo, v. 10, n. 20, p. 5-25, 1991.'"""

from __future__ import annotations

import re

from .cite_parts import dash

# one author: the surname in capitals (particles and compounds in capitals too), a comma, the given names
_SURNAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?:\s(?:D[AEO]S?\s|E\s)?[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+)*"
_GIVEN_WORD = r"(?:[A-ZÀ-Þ][a-zß-ÿ'’\-]+|[A-ZÀ-Þ]\.|d[aeo]s?|e)"
_AUTHOR = rf"(?P<fam>{_SURNAME}),\s(?P<given>{_GIVEN_WORD}(?:\s{_GIVEN_WORD}){{0,5}})"
_ONE = re.compile(_AUTHOR)
# the author block: authors set apart by ';', a role, then the full stop before the title
_HEAD = re.compile(rf"(?P<who>{_AUTHOR}(?:;\s{_SURNAME},\s{_GIVEN_WORD}(?:\s{_GIVEN_WORD}){{0,5}}){{0,5}})"
                   r"(?:\s\((?P<role>Orgs?|Eds?|Coords?)\.\))?\.?\s(?=[A-ZÀ-Þ“\"«])")
# an article: title, journal, place, volume, number, pages, (month) year
_ARTICLE = re.compile(r"(?P<t>.+?)\.\s(?P<j>[A-ZÀ-Þ][^.,]{2,100}?),(?:\s(?P<place>[A-ZÀ-Þ][^,]{1,40}),)?"
                      r"\s(?:v\.|ano)\s?(?P<v>[\dIVXLC]+),(?:\s(?:n\.|nº|n°)\s?(?P<n>[\d\-/]+),)?"
                      r"(?:\s(?:p\.)\s?(?P<p>\d+(?:\s?[-–]\s?\d+)?),)?\s(?:[a-zç]{3,5}\.?(?:/[a-zç]{3,5}\.?)?\s)?"
                      r"(?P<y>(?:1[5-9]|20)\d\d)\.?$")
_VOLUME_END = re.compile(r"\.\s(?:v|vol)\.\s?(?P<v>\d+|[IVX]{1,5})\.?$")


_HINT = re.compile(r"[A-ZÀ-Þ]{2,},\s[A-ZÀ-Þ]")
# the words that may lead up to the author block: 'Ver', 'Cf.', 'De acordo com', 'a linha de raciocínio de'
_LEAD = re.compile(r"(?:(?:Ver|Veja|Vide|Cf\.|Apud|Segundo|Conforme|Consultar|De)\s)?(?:[a-zà-ÿ]+\.?\s){0,8}")


def abnt_hint(text: str) -> bool:
    """A surname in capitals and a comma near the start: what an ABNT author block needs."""
    return _HINT.search(text, 0, 80) is not None


def abnt_head(text: str) -> tuple[list[dict], str | None, str] | None:
    """(authors, role, the rest) when the text opens on an ABNT author block, perhaps after a few words of lead."""
    m = _HEAD.match(text)
    if not m:
        lead = _LEAD.match(text)
        m = _HEAD.match(text, lead.end()) if lead.end() else None
    if not m or "," not in m.group("who"):
        return None
    names = []
    for part in m.group("who").split("; "):
        one = _ONE.fullmatch(part)
        if not one:
            return None
        given = one.group("given")
        if given.split()[-1] in ("de", "da", "do", "dos", "das"):  # 'HOLANDA, Sérgio Buarque de': the particle
            *rest, particle = given.split()
            names.append({"family": _title_case(one.group("fam")), "given": " ".join(rest),
                          "non-dropping-particle": particle})
        else:
            names.append({"family": _title_case(one.group("fam")), "given": given})
    role = "editor" if m.group("role") else None
    return names, role, text[m.end():]


_AUTHOR_END = re.compile(rf"(?:^|[\s(:])(?:{_AUTHOR})$")


def abnt_author_ends(text: str) -> bool:
    """A text that ends on one ABNT author ('… com HALL, Michael'): the list goes on after a ';'."""
    return bool(_AUTHOR_END.search(text.rstrip()))


def abnt_article(rest: str) -> dict | None:
    """'Título. Revista, Local, v. 10, n. 20, p. 5-25, 1991.': the article and its page span."""
    m = _ARTICLE.match(rest.strip())
    if not m:
        return None
    record = {"type": "article-journal", "title": m.group("t").strip(), "container-title": m.group("j").strip(),
              "volume": m.group("v"), "issued": {"date-parts": [[int(m.group("y"))]]}}
    if m.group("n"):
        record["issue"] = m.group("n")
    if m.group("p"):
        record["page"] = dash(m.group("p"))
    return record


def volume_at_end(rest: str) -> tuple[str, str | None]:
    """'… Paz e Terra, 1987. vol. 1.': the volume cited after the imprint, and the text without it."""
    m = _VOLUME_END.search(rest)
    return (rest[:m.start()] + ".", m.group("v")) if m else (rest, None)


def _title_case(surname: str) -> str:
    """'PINHEIRO' -> 'Pinheiro', 'SANTOS E SILVA' -> 'Santos e Silva'."""
    return " ".join(w.lower() if w in ("DE", "DA", "DO", "DOS", "DAS", "E") else
                    "-".join(p.capitalize() for p in w.split("-")) for w in surname.split())
