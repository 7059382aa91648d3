"""A German thesis cited by the town of its university: 'Title, Diss. Halle 1911', 'Titel, Phil. Diss. Wien 1950',
'Titel, Habil.-Schr. Bonn 1990'. The town printed as the imprint is the school, the kind is the genre."""

from __future__ import annotations

import re

# opens on the comma before the kind: 'Diss.', 'Phil. Diss.', 'Diss. phil.', 'Dissertation', 'Habil.', 'Habilitationsschrift'
_KIND_END = re.compile(r",\s*(?P<g>(?:[A-Z][a-z]{1,5}\.\s?)?(?:Diss(?:ertation|\.\s?(?:phil|jur|theol|med|masch))?|Habil(?:itationsschrift|\.-Schr)?)\.?)$")


def thesis_by_town(rest: str, pub: dict, rec: dict) -> str:
    """The text before the kind; `pub`'s town becomes the publisher, the kind the genre."""
    m = _KIND_END.search(rest, max(0, len(rest) - 30))
    if not m or pub.get("publisher") or not pub.get("publisher-place"):
        return rest
    kind = m.group("g").rstrip(".")  # as the other readers print it: 'Diss. phil', but 'Diss.' keeps the stop
    rec["genre"] = kind + "." if kind.endswith(("Diss", "Habil", "Schr")) else kind
    pub["publisher"] = pub.pop("publisher-place")
    return rest[:m.start()]
