"""Engine fixes for sorting: sort keys and their comparison, as citeproc-js builds them.

Installed by `citeproc_fixes.apply()`; one documented function per engine defect.
"""

from __future__ import annotations


def sort_keys_like_citeproc_js() -> None:
    """Sort keys as citeproc-js builds and compares them (CSL test-suite: sort_Quotes,
    sort_StripMarkup, sort_DropNameLabelInSort, sort_NameVariable):

    - a name label is not part of a key: "Kramer, Mark, ed." sorts as "Kramer, Mark", so his
      edited document and his article are ordered by title;
    - markup, quotation marks and brackets are not part of a key: “Carta de Fidel Castro”
      sorts under C, not before A;
    - keys compare without regard to case or accents; an empty key sorts last whether the
      order is ascending or descending; two numbers compare as numbers;
    - punctuation inside a key sorts before letters and leading punctuation is skipped, so
      "d’Wander" precedes "de’ Frinkle" and "’t Horvath" sorts under T
      (sort_LeadingApostropheOnNameParticle).
    """
    from citeproc import model
    from citeproc.source import VariableError

    label_process = model.Label.process

    def label_unless_sorting(self, item, variable=None, plural=None, context=None, **kwargs):
        if kwargs.get("sort_options") is not None:
            return None
        return label_process(self, item, variable, plural, context, **kwargs)

    model.Label.process = label_unless_sorting

    sort_keys = model.Key.sort_keys

    def clean_sort_keys(self, items, context):
        return [_clean_key(key) for key in sort_keys(self, items, context)]

    def sort(self, items, context):
        columns, descending = [], []
        for key in self.findall("cs:key", self.nsmap):
            descending.append(key.get("sort", "ascending").lower() == "descending")
            columns.append(key.sort_keys(items, context))
        rows = [[column[i] for column in columns] for i in range(len(items))]

        from functools import cmp_to_key

        order = sorted(range(len(items)), key=cmp_to_key(
            lambda left, right: compare_sort_keys(rows[left], rows[right], descending)))
        return [items[i] for i in order]

    text_process = model.Text.process

    def process_keeping_sort_options(self, item, context=None, **kwargs):
        """A macro called through cs:text renders a sort key as a sort key too: citeproc-py
        dropped the sort options there, so names inside lost sort order and kept labels."""
        sort_options = kwargs.get("sort_options")
        if sort_options is None or "macro" not in self.attrib:
            return text_process(self, item, context, **kwargs)
        if context is None:
            context = self
        try:
            language = item.reference.language[:2]
        except VariableError:
            language = self.get_root().get("default-locale", "en")[:2]
        macro = self.get_macro(self.get("macro"))
        return macro.render(item, context, sort_options=sort_options), language

    clean_sort_keys.citekit_sort = sort.citekit_sort = True  # the render cache checks these
    model.Key.sort_keys = clean_sort_keys
    model.Sort.sort = sort
    model.Text.process = process_keeping_sort_options


def compare_sort_keys(left: list, right: list, descending: list[bool]) -> int:
    """Two entries' sort keys compared as citeproc-js does: column by column, an empty key
    last in either direction (also used by the render cache on stored keys)."""
    for a, b, desc in zip(left, right, descending):
        if a is None and b is None:
            continue
        if a is None or b is None:
            return 1 if a is None else -1
        result = _compare_keys(a, b)
        if result:
            return -result if desc else result
    return 0


def _clean_key(key):
    import re

    if key is None or isinstance(key, (int, float)):
        return key
    if isinstance(key, (list, tuple)) and not hasattr(key, "words"):  # date sort keys
        return key
    import html

    text = re.sub(r"<[^>]+>", "", html.unescape(str(key)))
    text = re.sub(r"(?<!\w)\u2019", "", text)  # a closing quote; an apostrophe stays
    text = re.sub("[\"\u201c\u201d\u2018\u00ab\u00bb\\[\\]]", "", text)
    text = " ".join(text.split())
    return text or None


def _collate(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))  # accents ignored
    kept = kept.lstrip("".join(c for c in kept[:3] if unicodedata.category(c).startswith("P")))
    kept = "".join("\x01" if unicodedata.category(c).startswith("P") else c for c in kept)
    return " ".join(kept.casefold().split())


def _compare_keys(a, b) -> int:
    if not isinstance(a, str) or not isinstance(b, str):
        try:
            return (a > b) - (a < b)
        except TypeError:
            a, b = str(a), str(b)
    if a.isdigit() and b.isdigit():
        return (int(a) > int(b)) - (int(a) < int(b))
    ca, cb = _collate(a), _collate(b)
    if ca != cb:
        return (ca > cb) - (ca < cb)
    return (a > b) - (a < b)


def _name_parts(name) -> tuple:
    try:
        return tuple(str(p) if p is not None else None for p in name.parts())
    except AttributeError:  # a literal name
        return (str(name),)
