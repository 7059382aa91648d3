"""A document described, not titled, then the work that prints it: the work is what is cited.

'Testimony of X, in Veselova and Nikiliev, Pam’iat’ narodu, vol. 2, 758'; an archive's file, 'TsDAHOU 1/20/5254
(1932), 1–16, in R. Ia. Pyrih, ed., …'; a document by its kind and date, 'Discurso, 1 de marzo de 1936, ante las
masas, en P. Moa, Title, …', 'Lettre à Thiers, 3 mai 1871, dans J. Dupont, Title, …'."""

from __future__ import annotations

import re

_TESTIMONY = re.compile(r"(?:Testimony|Letter|Memorandum|Speech|Statement|Telegram|Deposition|Petition)\s+"
                        r"(?:of|from|by|to|before)\s+[A-Z][^,“”\"‘’()]{2,80},\s+in\s+(?=[A-Z])")
_TESTIMONY_FIRST = frozenset("TLMSDP")
_FILED = re.compile(r"(?:[A-Z][A-Za-z]{1,9}\s+){1,3}\d+(?:/\d+){1,3}(?:\s*\((?:1[5-9]|20)\d\d\))?"
                    r"(?:,\s*\d+(?:[–-]\d+)?)?,\s+in\s+(?=[A-Z])")
_DATED_FIRST = frozenset("DCITNMLRBSAПР")
_DATED = re.compile(
    r"(?:Discurso|Carta|Declaraci[oó]n(?:es)?|Informe|Intervenci[oó]n|Telegrama|Nota|Manifiesto|Lettre|Discours|Rapport|"
    r"Télégramme|Lettera|Discorso|Relazione|Rede|Brief|Speech|Letter|Address|Письмо|Речь|Доклад)\b"
    r"[^«»“”\"()]{0,120}?\b(?:1[5-9]|20)\d\d\b[^«»“”\"()]{0,60}?,\s+(?:en|dans|in:?|в:?)\s+"
    r"(?=(?:[A-ZÀ-ÞА-ЯЁ]\.\s?){1,3}\s?[A-ZÀ-ÞА-ЯЁ])")


def source_start(text: str) -> int:
    """Where the printing work starts after a described document, or 0."""
    if ", in " in text and (text[:1] in _TESTIMONY_FIRST or "/" in text[:30]):
        m = _TESTIMONY.match(text) or _FILED.match(text)
        if m:
            return m.end()
    if text[:1] in _DATED_FIRST and (", en " in text or ", in" in text or ", dans " in text or ", в" in text):
        m = _DATED.match(text)
        if m:
            return m.end()
    return 0
