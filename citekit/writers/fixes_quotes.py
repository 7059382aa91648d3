"""Engine fixes for quotation marks and punctuation: punctuation-in-quote, typographic
quotes, punctuation where two pieces of output meet.

Installed by `citeproc_fixes.apply()`; one documented function per engine defect.
"""

from __future__ import annotations


def punctuation_in_quote() -> None:
    """Locale option `punctuation-in-quote` (true for en-US): a period or comma that follows a
    quoted string goes inside the closing quotation mark: “Title,” not “Title”, and so do
    ! and ?, while a colon after “...!” or “...?” is dropped (CSL test-suite:
    quotes_PunctuationWithInnerQuote, punctuation_FullMontyQuotesIn). citeproc-py read the
    option and ignored it. The closing mark is tagged where the engine adds it (cs:text
    quotes="true"), and the move happens where the engine joins strings: a period after
    “…?” or “…!” or “….” is dropped, a comma is kept after ? and !, as citeproc-js does.
    """
    from citeproc import model, string

    quote = model.Quoted.quote

    def quote_marking(self, text):
        out = quote(self, text)
        if (self.get("quotes", "false").lower() == "true"
                and str(self.get_locale_option("punctuation-in-quote")).lower() == "true"
                and isinstance(out, string.MixedString) and len(out)):
            last = list.__getitem__(out, -1)  # MixedString's own [] indexes its text
            out = string.MixedString(list(out)[:-1] + [_mark(last)])
        return out

    add = string.MixedString.__add__

    def add_moving(self, other):
        if self and isinstance(list.__getitem__(self, -1), _PiqMarked):
            head = str(other)[:1]
            if head == ":" and str(self)[:-1].rstrip().endswith(("!", "?")):
                rest = string._strip_first_char(other)  # “Why?” needs no colon after it
                return add(self, rest) if str(rest) else self
            if head in (".", ",", "!", "?"):
                close = list.__getitem__(self, -1)
                inner = string.MixedString(list(self)[:-1])
                before = str(inner).rstrip()
                keep = not (before.endswith(head) or (head == "." and before[-1:] in "?!."))
                parts = list(self)[:-1]
                if keep and parts and str(parts[-1]).endswith(("\u2019", "\u201d")) \
                        and _closes_quote(str(inner)):
                    last = parts[-1]  # an inner quotation ends here: the mark goes in it too
                    parts[-1] = type(last)(str(last)[:-1] + head + str(last)[-1])
                    keep = False
                parts = parts + ([string.String(head)] if keep else []) + [close]
                rest = string._strip_first_char(other)
                moved = string.MixedString(parts)
                return add(moved, rest) if str(rest) else moved
        return add(self, other)

    model.Quoted.quote = quote_marking
    string.MixedString.__add__ = add_moving
    string.MixedString.__iadd__ = add_moving


class _PiqMarked(str):
    pass


def _closes_quote(text: str) -> bool:
    """Whether the final ’ or ” of `text` closes a quotation opened in it (not an apostrophe)."""
    opening = {"\u2019": "\u2018", "\u201d": "\u201c"}.get(text[-1:])
    return bool(opening) and opening in text[:-1]


_marked_types: dict[type, type] = {}


def _mark(segment):
    """A copy of `segment` (a string type of the engine) that remembers it is a closing quote."""
    cls = type(segment)
    if issubclass(cls, _PiqMarked):
        return segment
    if cls not in _marked_types:
        _marked_types[cls] = type("Piq" + cls.__name__, (_PiqMarked, cls), {})
    return _marked_types[cls](segment)


def smart_quotes() -> None:
    """Straight quotation marks and apostrophes in field values become typographic ones, as
    citeproc-js does: "One Hell of a Gamble" -> “One Hell of a Gamble”, Plato's -> Plato’s.
    Inside a quoted element (quotes="true") double quotes become the locale's inner quotes,
    typographic ones too (CSL test-suite: flipflop_Apostrophes,
    flipflop_QuotesInFieldNotOnNode, decorations_NestedQuotes,
    decorations_NestedQuotesInnerReverse). A mark after a space never closes a quotation: an
    orphan stays straight (flipflop_OrphanQuote). URLs, DOIs and numbers are left alone; a
    locator is text too (s.v. “gargoyle”).
    """
    from citeproc import model, string

    variable = model.Text._variable

    def _variable(self, item, context):
        text = variable(self, item, context)
        name = self.get("variable", "")
        if not text or name in _VERBATIM:
            return text
        quoted = self.get("quotes", "false").lower() == "true"
        if quoted and ("\u201c" in str(text) or "\u2018" in str(text)):
            text = _straightened(text)  # typographic quotes nest like straight ones
        if "'" not in str(text) and '"' not in str(text):
            return text
        marks = (("open-inner-quote", "close-inner-quote") if quoted
                 else ("open-quote", "close-quote"))
        opening, closing = (str(self.get_single_term(m)) for m in marks)
        if isinstance(text, string.MixedString):
            segments = list(list.__iter__(text))
            # rich-text markup (fixes_formatting.Markup) is kept as it is; for the quotes
            # around it, an opening tag reads as a space, a closing one as a letter would
            markup = [getattr(seg, "kind", None) is not None for seg in segments]
            plain = "".join(_placeholder(s) if m else str(s) for s, m in zip(segments, markup))
            whole = _typographic(plain, opening, closing)
            if len(whole) != len(plain):  # quote terms longer than one character
                if not any(markup):
                    return string.String(whole)
                return string.MixedString([s if m else type(s)(_typographic(s, opening, closing))
                                           for s, m in zip(segments, markup)])
            out, at = [], 0
            for segment, is_markup in zip(segments, markup):
                n = len(str(segment))
                out.append(segment if is_markup else type(segment)(whole[at:at + n]))
                at += n
            return string.MixedString(out)
        if isinstance(text, str):
            return type(text)(_typographic(text, opening, closing))
        return text

    def _variable_marked(self, item, context):
        text = _variable(self, item, context)
        if not text or self.get("variable", "") in _VERBATIM:
            return text
        return mark_final_quote(self, text)

    model.Text._variable = _variable_marked


def mark_final_quote(element, text):
    """`text` whose closing quotation mark at the end is tagged like the one of quotes="true",
    so that punctuation-in-quote moves a following period or comma inside it: a field or
    value "'friend'" followed by ", and enter." reads “friend,” and enter. (CSL test-suite:
    flipflop_QuotesInFieldNotOnNode)."""
    from citeproc import string

    whole = str(text)
    if (not whole.endswith(("\u201d", "\u2019")) or not _closes_quote(whole)
            or str(element.get_locale_option("punctuation-in-quote")).lower() != "true"):
        return text
    segments = list(list.__iter__(text)) if isinstance(text, string.MixedString) else [text]
    last = segments[-1]
    if getattr(last, "kind", None) is not None or isinstance(last, (_PiqMarked, string.NoCase)):
        return text
    head = str(last)[:-1]
    rest = [type(last)(head)] if head else []
    return string.MixedString(segments[:-1] + rest + [_mark(string.String(whole[-1]))])


def _straightened(text):
    """`text` with typographic quotation marks made straight, apostrophes kept."""
    import re

    from citeproc import string

    def straight(s: str) -> str:
        s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'")
        return re.sub(r"\u2019(?!\w)|(?<!\w)\u2019", "'", s)

    if isinstance(text, string.MixedString):
        return string.MixedString([seg if getattr(seg, "kind", None) is not None
                                   else type(seg)(straight(str(seg)))
                                   for seg in list.__iter__(text)])
    return type(text)(straight(str(text)))


def _placeholder(tag) -> str:
    n = len(str(tag))
    return ("\x01" + "\x01" * (n - 1)) if tag.closing else ("\x01" + " " * (n - 1))[:n]


_VERBATIM = frozenset({"URL", "DOI", "ISBN", "ISSN", "PMID", "PMCID", "page", "page-first",
                       "number", "volume", "issue", "citation-number",
                       "citation-label", "year-suffix", "call-number"})


def _typographic(text: str, opening: str, closing: str, inner=("\u2018", "\u2019")) -> str:
    """Straight quotes to typographic ones by nesting, as citeproc-js's flip-flop does: the
    outer pair gets `opening`/`closing`, a pair inside it the other kind, and so on; " and '
    both delimit quotations. An apostrophe inside or at the end of a word becomes ’."""
    import re

    text = re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)  # apostrophe inside a word
    marks = [(opening, closing), inner]
    if opening == inner[0]:  # the element's own quotes are the outer level
        marks = [inner, ("\u201c", "\u201d")]
    out, stack = [], []
    for i, ch in enumerate(text):
        if ch not in "\"'":
            out.append(ch)
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        opens = (before.isspace() or before in "([{\u2014-/\u201c\u2018\"'") and not after.isspace()
        if stack and stack[-1][0] == ch and not opens and not before.isspace():
            _, at, level = stack.pop()
            out[at] = marks[level % 2][0]
            out.append(marks[level % 2][1])
        elif opens and after not in (ch, " "):
            stack.append((ch, len(out), len(stack)))
            out.append(ch)
        else:
            out.append("\u2019" if ch == "'" else ch)
    for quote, at, _ in stack:  # unmatched: an apostrophe or a stray mark, left as text
        out[at] = "\u2019" if quote == "'" and at else quote
    return "".join(out)


def punctuation_at_seams() -> None:
    """Where two pieces meet, a mark that adds nothing after another is dropped, as
    citeproc-js does: a period after : ; ! ?, a colon after ; ! ?, and any mark after the
    same mark, also when a closing tag stands between them ("<b>n.d.</b>" and "."); a colon or
    semicolon before ! or ? is dropped (CSL test-suite: punctuation_FullMontyPlain,
    punctuation_FullMontyField, punctuation_FieldDuplicates, bugreports_AsmJournals,
    bugreports_UndefinedNotString). citeproc-py dropped only the same mark twice."""
    from citeproc import model, string

    import re

    seam = string.normalize_seam
    closing_tags = re.compile(r"(?:</(?:i|b|span|sup|sub)>)+$")

    def normalize_seam(left, other):
        other = seam(left, other)
        left_text, other_text = str(left), str(other)
        if not left_text or not other_text:
            return other
        last, first = left_text[-1], other_text[0]
        if last == ">" and first in ".,;:!?":  # the mark before the closing tags counts
            inner = closing_tags.sub("", left_text)
            if inner != left_text and inner:
                last = inner[-1]
                if last == first:
                    return string._strip_first_char(other)
        if (first == "." and last in ":;!?") or (first == ":" and last in ";!?"):
            return string._strip_first_char(other)
        return other

    string.normalize_seam = normalize_seam
    model.normalize_seam = normalize_seam

    add = string.MixedString.__add__

    def add_dropping(self, other):
        """A colon or semicolon before ! or ? is dropped: "colon! exclamation"."""
        if other is not None and str(other)[:1] in ("!", "?") and len(self):
            last = list.__getitem__(self, -1)
            if str(last)[-1:] in (":", ";") and not isinstance(last, string.NoCase):
                head = list(list.__iter__(self))[:-1]
                cut = str(last)[:-1]
                self = string.MixedString(head + ([type(last)(cut)] if cut else []))
        return add(self, other)

    string.MixedString.__add__ = add_dropping
    string.MixedString.__iadd__ = add_dropping


def typographic_quotes_in_affixes() -> None:
    """Straight quotes in a style's `value` text and in a cite's prefix or suffix become
    typographic too, as citeproc-js renders them; a style's own prefix and suffix attributes
    are left as written (CSL test-suite: affix_CommaAfterQuote, affix_SpaceWithQuotes,
    quotes_QuotesUnderQuotesFalse)."""
    from citeproc import model, string

    def smart(element, text):
        if not text or ("'" not in text and '"' not in text):
            return text
        marks = [str(element.get_single_term(m)) for m in ("open-quote", "close-quote")]
        return _typographic(text, *marks)

    text_process = model.Text.process

    def process(self, item, context=None, **kwargs):
        text, language = text_process(self, item, context, **kwargs)
        if "value" in self.attrib and text and smart(self, str(text)) != str(text):
            text = mark_final_quote(self, string.String(smart(self, str(text))))
        return text, language

    render_citation = model.Layout.render_citation

    def render_citation_smart(self, citation, callback):
        for cite in citation.cites:
            for key in ("prefix", "suffix"):
                if cite.get(key):
                    cite[key] = smart(self, cite[key])
        return render_citation(self, citation, callback)

    model.Text.process = process
    model.Layout.render_citation = render_citation_smart
