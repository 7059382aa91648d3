"""Swedish, Danish, Norwegian and Czech parts of a book description: the edition ('2 uppl.', '3. vyd.',
'2. udg.') and the volume ('d. 1:2', 'díl 2', 'sv. 3', 'Bd 4') that follow the title."""

from __future__ import annotations

import re

_EDITION = re.compile(r",\s*(?P<ed>\d{1,2})\.?\s*(?:uppl|upplagan|vyd|udg|utg|oplag)\.?(?=[,\s]|$)")
_VOLUME = re.compile(r",\s*(?:d|dl|del|díl|sv|band)\.?\s*(?P<v>\d{1,3}(?::\d{1,2})?|[IVXL]{1,6})(?=[,\s]|$)")


def has_parts(text: str) -> bool:
    """A quick look for the words the patterns need."""
    return ("uppl" in text or "vyd." in text or "udg." in text or "utg." in text or ", d. " in text
            or ", dl. " in text or ", del " in text or ", díl " in text or ", sv. " in text or ", band " in text)


def take_parts(text: str, rec: dict) -> str:
    """`text` without its edition and volume, set in `rec`."""
    m = _EDITION.search(text)
    if m:
        rec.setdefault("edition", m.group("ed"))
        text = text[:m.start()] + text[m.end():]
    m = _VOLUME.search(text)
    if m:
        rec.setdefault("volume", m.group("v"))
        text = text[:m.start()] + text[m.end():]
    return text
