"""The writer's own work named before its title in French, Spanish, Italian and German notes: 'Voir notre
ouvrage, Title', 'véase mi libro Title', 'cfr. il mio volume Title', 'vgl. mein Buch Title', 'dans ma préface à
Title'. The work is cited with no author named."""

from __future__ import annotations

import re

# the possessive, found by a plain search first: most notes have none
_OWN = (" notre ", " mon ", " ma ", " nos ", " mes ", " mi ", " mis ", " nuestr", " mio ", " mia ", " miei ", " mein")
# a quick look first: it opens on the class of the words' first letters, a quick scan (the word's start looked at behind)
OWN_HINT = re.compile(r"[nm](?<!\S[nm])(?:(?<=n)(?:otre|os|uestr)|(?<=m)(?:on|a|es|is?|i[oa]|iei|ein))[\s\w]")
_OWN_AT = (r"(?:notre|mon|ma|nos|mes|mi|mis|nuestr[oa]s?|mi[oa]|miei|mein(?:em|en|e[mnr]?)?)\s+"
           r"(?:(?:récent|dernier|nouvel|precedente|último|reciente|neue[mn]?)\s+)?"
           r"(?:ouvrage|livre|étude|article|thèse|biographie|essai|libro|estudio|artículo|trabajo|obra|volume|saggio|"
           r"articolo|studio|Buch|Aufsatz|Studie|Beitrag)s?,?\s+(?=[A-ZÀ-Þ«“„\"])"
           r"|(?:ma|mon|mi|mio|mia)\s+(?:préface|introduction|postface|prólogo|introducción|prefazione|introduzione)"
           r"\s+(?:à|a|al|alla)\s+(?=[A-ZÀ-Þ«“„\"])")  # 'dans ma préface à Gershey, Léo, Title': the book
_OWN_WORK = re.compile(_OWN_AT)
_OWN_TITLE_STOP = re.compile(rf"(?:{_OWN_AT})[^,;()\d]{{2,80}}\.$")
_PROSE_BEFORE = re.compile(r"(?:[A-Za-zà-ÿ'’]+,?\s+){0,8}")


def _possessives(text: str):
    """Where each possessive found in `text` starts (after its space)."""
    for w in _OWN:
        at = text.find(w)
        if at >= 0:
            yield at + 1


def own_work_lead(text: str) -> int:
    """Where the title starts after a lead naming the writer's own work (a few words of prose before it), or 0."""
    head = " " + text[:90]
    for at in _possessives(head):
        m = _OWN_WORK.match(head, at)
        if m and _PROSE_BEFORE.fullmatch(head, 1, at):
            return m.end() - 1
    return 0


def own_work_title_runs_on(sentence: str) -> bool:
    """'Voir notre ouvrage, Le Prix de la gloire.': a sentence ending inside the title of the writer's own work."""
    return any(_OWN_TITLE_STOP.match(sentence, at) for at in _possessives(sentence))
