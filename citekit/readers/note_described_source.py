"""A document described by its kind and date, then the book it is read in: 'Discurso, 1 de marzo de 1936, ante las
masas, en P. Moa, Title, …', 'Lettre à Thiers, 3 mai 1871, dans J. Dupont, Title, …'. The book is the work cited."""

from __future__ import annotations

import re

_KIND_FIRST = frozenset("DCITNMLRBSAПР")
_DESCRIBED_IN = re.compile(
    r"(?:Discurso|Carta|Declaraci[oó]n(?:es)?|Informe|Intervenci[oó]n|Telegrama|Nota|Manifiesto|Lettre|Discours|Rapport|"
    r"Télégramme|Lettera|Discorso|Relazione|Rede|Brief|Speech|Letter|Address|Письмо|Речь|Доклад)\b"
    r"[^«»“”\"()]{0,120}?\b(?:1[5-9]|20)\d\d\b[^«»“”\"()]{0,60}?,\s+(?:en|dans|in:?|в:?)\s+"
    r"(?=(?:[A-ZÀ-ÞА-ЯЁ]\.\s?){1,3}\s?[A-ZÀ-ÞА-ЯЁ])")


def described_then_source(text: str) -> int:
    """Where the book starts after a described document, or 0."""
    if text[:1] not in _KIND_FIRST:
        return 0
    m = _DESCRIBED_IN.match(text)
    return m.end() if m else 0
