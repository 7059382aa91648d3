"""The writer's own work named before its title in French, Spanish, Italian and German notes: 'Voir notre
ouvrage, Title', 'véase mi libro Title', 'cfr. il mio volume Title', 'vgl. mein Buch Title'. The work is cited with
no author named."""

from __future__ import annotations

import re

_OWN = ("notre ", "mon ", "nos ", "mes ", "ma ", "mi ", "mis ", "nuestr", "mio ", "mia ", "miei ", "mein")
_OWN_WORK_LEAD = re.compile(
    r"(?:[A-Za-zà-ÿ'’]+,?\s+){0,8}?(?:notre|mon|ma|nos|mes|mi|mis|nuestr[oa]s?|(?:il|la|i|le)\s+mi[oaei]|miei|mein(?:em|en|e[mnr]?)?)\s+"
    r"(?:(?:récent|dernier|nouvel|precedente|último|reciente|neue[mn]?)\s+)?"
    r"(?:ouvrage|livre|étude|article|thèse|biographie|essai|libro|estudio|artículo|trabajo|obra|volume|saggio|articolo|"
    r"studio|Buch|Aufsatz|Studie|Beitrag)s?,?\s+(?=[A-ZÀ-Þ«“„\"])"
    r"|(?:[A-Za-zà-ÿ'’]+,?\s+){0,8}?(?:ma|mon|mi|il\s+mio|la\s+mia)\s+(?:préface|introduction|postface|prólogo|introducción|"
    r"prefazione|introduzione)\s+(?:à|a|al|alla)\s+(?=[A-ZÀ-Þ«“„\"])")  # 'dans ma préface à Gershey, Léo, Title': the book


def own_work_lead(text: str) -> int:
    """Where the title starts after a lead naming the writer's own work, or 0."""
    head = text[:90]
    if not any(w in head for w in _OWN):
        return 0
    m = _OWN_WORK_LEAD.match(text)
    return m.end() if m else 0


_OWN_TITLE_STOP = re.compile(_OWN_WORK_LEAD.pattern[_OWN_WORK_LEAD.pattern.index("(?:notre"):] + r"[^,;()\d]{2,80}\.$")


def own_work_title_runs_on(sentence: str) -> bool:
    """'Voir notre ouvrage, Le Prix de la gloire.': a sentence ending inside the title of the writer's own work."""
    return any(w in sentence for w in _OWN) and _OWN_TITLE_STOP.search(sentence) is not None
