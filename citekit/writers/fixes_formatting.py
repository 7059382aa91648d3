"""Engine fixes for formatting: rich text in field values, flip-flop of decorations, escaping.

Installed by `citeproc_fixes.apply()`; one documented function per engine defect.
"""

from __future__ import annotations

import re

from citeproc.string import MixedString, NoCase, String

# Superscript characters that citeproc-js writes as <sup> around their base character in HTML.
SUPERSCRIPTS = {
    "\u00aa": "a", "\u00b2": "2", "\u00b3": "3", "\u00b9": "1", "\u00ba": "o", "\u02b0": "h",
    "\u02b1": "\u0266", "\u02b2": "j", "\u02b3": "r", "\u02b4": "\u0279", "\u02b5": "\u027b",
    "\u02b6": "\u0281", "\u02b7": "w", "\u02b8": "y", "\u02e0": "\u0263", "\u02e1": "l",
    "\u02e2": "s", "\u02e3": "x", "\u02e4": "\u0295", "\u1d2c": "A", "\u1d2d": "\u00c6",
    "\u1d2e": "B", "\u1d30": "D", "\u1d31": "E", "\u1d32": "\u018e", "\u1d33": "G",
    "\u1d34": "H", "\u1d35": "I", "\u1d36": "J", "\u1d37": "K", "\u1d38": "L", "\u1d39": "M",
    "\u1d3a": "N", "\u1d3c": "O", "\u1d3d": "\u0222", "\u1d3e": "P", "\u1d3f": "R",
    "\u1d40": "T", "\u1d41": "U", "\u1d42": "W", "\u1d43": "a", "\u1d44": "\u0250",
    "\u1d45": "\u0251", "\u1d46": "\u1d02", "\u1d47": "b", "\u1d48": "d", "\u1d49": "e",
    "\u1d4a": "\u0259", "\u1d4b": "\u025b", "\u1d4c": "\u025c", "\u1d4d": "g", "\u1d4f": "k",
    "\u1d50": "m", "\u1d51": "\u014b", "\u1d52": "o", "\u1d53": "\u0254", "\u1d54": "\u1d16",
    "\u1d55": "\u1d17", "\u1d56": "p", "\u1d57": "t", "\u1d58": "u", "\u1d59": "\u1d1d",
    "\u1d5a": "\u026f", "\u1d5b": "v", "\u1d5c": "\u1d25", "\u1d5d": "\u03b2",
    "\u1d5e": "\u03b3", "\u1d5f": "\u03b4", "\u1d60": "\u03c6", "\u1d61": "\u03c7",
    "\u2070": "0", "\u2071": "i", "\u2074": "4", "\u2075": "5", "\u2076": "6", "\u2077": "7",
    "\u2078": "8", "\u2079": "9", "\u207a": "+", "\u207b": "\u2212", "\u207c": "=",
    "\u207d": "(", "\u207e": ")", "\u207f": "n", "\u2120": "SM", "\u2122": "TM",
    "\u3192": "\u4e00", "\u3193": "\u4e8c", "\u3194": "\u4e09", "\u3195": "\u56db",
    "\u3196": "\u4e0a", "\u3197": "\u4e2d", "\u3198": "\u4e0b", "\u3199": "\u7532",
    "\u319a": "\u4e59", "\u319b": "\u4e19", "\u319c": "\u4e01", "\u319d": "\u5929",
    "\u319e": "\u5730", "\u319f": "\u4eba", "\u02c0": "\u0294", "\u02c1": "\u0295",
    "\u06e5": "\u0648", "\u06e6": "\u064a",
}
_SPECIAL = re.compile("[&<>" + "".join(SUPERSCRIPTS) + "]")


def is_html(formatter) -> bool:
    return getattr(formatter, "__name__", "").endswith(".html")


def escape_html(text: str) -> str:
    """Text as citeproc-js writes it in HTML: & < > escaped, superscript characters as
    <sup> around their base character."""
    if not _SPECIAL.search(text):
        return text
    text = text.replace("&", "&amp;").replace("<", "&#60;").replace(">", "&#62;")
    return "".join(f"<sup>{SUPERSCRIPTS[ch]}</sup>" if ch in SUPERSCRIPTS else ch
                   for ch in text)


# -- rich text ----------------------------------------------------------------------------

# Decorations that flip: the attribute, the HTML for "on" and for "normal".
_FLIP = {
    "i": ("font-style", "<i>", "</i>"),
    "b": ("font-weight", "<b>", "</b>"),
    "sc": ("font-variant", '<span style="font-variant:small-caps;">', "</span>"),
}
_NORMAL = {attr: f'<span style="{attr}:normal;">' for attr, _, _ in _FLIP.values()}
_NORMAL["vertical-align"] = '<span style="baseline">'
_NODECOR_SCOPE = frozenset(attr for attr, _, _ in _FLIP.values())
_ON_VALUES = {"font-style": ("italic", "oblique"), "font-weight": ("bold",),
              "font-variant": ("small-caps",), "vertical-align": ("sup", "sub")}
# An element that sets an attribute to its plain value undoes the decoration around it.
_PLAIN_VALUES = {"font-style": "normal", "font-weight": "normal", "font-variant": "normal",
                 "vertical-align": "baseline"}
_OPEN = {"<i>": "i", "<b>": "b", "<sc>": "sc", "<sup>": "sup", "<sub>": "sub",
         '<span style="font-variant:small-caps;">': "sc",
         '<span class="nocase">': "nocase", '<span class="nodecor">': "nodecor"}
_CLOSE = {"</i>": ("i",), "</b>": ("b",), "</sc>": ("sc",), "</sup>": ("sup",),
          "</sub>": ("sub",), "</span>": ("sc", "nocase", "nodecor")}
_TAG = re.compile(r"<[^<>]*>")


class Markup(NoCase):
    """A tag of rich text in a field value: its HTML depends on the decorations around it, so
    it remembers what it is. Text case never touches it."""

    kind = None
    closing = False
    state = None  # flip kinds: True (decorated) / False (normal); nodecor: attributes undone

    def __new__(cls, text="", kind=None, closing=False, state=None):
        if kind is not None:
            text = _render(kind, closing, state)
        obj = super().__new__(cls, text)
        obj.kind, obj.closing, obj.state = kind, closing, state
        return obj

    def lower(self):
        return self

    upper = soft_lower = soft_upper = capitalize_first = lower

    def replace(self, *args, **kwargs):
        return self

    def rstrip(self, *args, **kwargs):
        return self

    def words(self):
        return iter(())


def _render(kind, closing, state) -> str:
    if kind in _FLIP:
        attr, on, off = _FLIP[kind]
        if closing:
            return off if state else "</span>"
        return on if state else _NORMAL[attr]
    if kind in ("sup", "sub"):
        return f"</{kind}>" if closing else f"<{kind}>"
    if kind == "nodecor":
        return "</span>" * len(state) if closing else "".join(_NORMAL[a] for a in sorted(state))
    if kind.startswith("reset "):  # an element's own plain value: a span inside decoration
        return ("</span>" if closing else _NORMAL[kind[6:]]) if state else ""
    return ""


def _pairs(tokens: list) -> set:
    """Indexes of the tags in `tokens` that open or close a matched pair."""
    stack, matched = [], set()
    for i, (kind, closing, _, _) in enumerate(tokens):
        if kind is None:
            continue
        if not closing:
            stack.append(i)
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if tokens[stack[depth]][0] in kind:
                matched.update((stack[depth], i))
                del stack[depth:]
                break
    return matched


def rich_text(text, html: bool):
    """A field value with citeproc-js's inline markup (<i>, <b>, <sc>, <sup>, <sub>, small-caps,
    nocase and nodecor spans) read as markup, and everything else as text: the segments
    the engine's strings are made of, escaped for HTML."""
    segments = list.__iter__(text) if isinstance(text, MixedString) else [text]
    tokens = []  # (kind or None, closing, raw text, nocase)
    for seg in segments:
        s = str(seg)
        nocase = isinstance(seg, NoCase)
        at = 0
        for m in _TAG.finditer(s):
            tag = re.sub(r"\s+", " ", m.group().lower()).replace(": ", ":").replace('; "', ';"')
            if tag in _OPEN or tag in _CLOSE:
                if m.start() > at:
                    tokens.append((None, False, s[at:m.start()], nocase))
                tokens.append((_OPEN[tag], False, m.group(), nocase) if tag in _OPEN
                              else (_CLOSE[tag], True, m.group(), nocase))
                at = m.end()
        if at < len(s):
            tokens.append((None, False, s[at:], nocase))
    matched = _pairs(tokens)
    out, stack = [], []  # stack: (kind, state) of the open tags, innermost last
    for i, (kind, closing, raw, nocase) in enumerate(tokens):
        if kind is None or i not in matched:  # text, or a tag that pairs with nothing
            piece = escape_html(raw) if html else raw
            nocase = nocase or any(k in ("nocase", "nodecor", "sc", "sup", "sub")
                                   for k, _ in stack)
            if piece:
                out.append(NoCase(piece) if nocase else String(piece))
            continue
        if closing:
            kind, state = stack.pop()
        else:
            if kind in _FLIP:
                state = not _outer_state(stack, kind)
            elif kind == "nodecor":
                state = frozenset(_FLIP[k][0] for k in _FLIP if _outer_state(stack, k))
            else:
                state = None
            stack.append((kind, state))
        if html and kind != "nocase":
            out.append(Markup(kind=kind, closing=closing, state=state))
    if not out:
        return String("")
    return MixedString(out) if len(out) != 1 else out[0]


def _outer_state(stack, kind) -> bool:
    """Whether decoration `kind` is on inside the tags of `stack` (innermost last)."""
    for k, state in reversed(stack):
        if k == kind:
            return state
        if k == "nodecor":
            return False
    return False


def flip(text, attrs: set):
    """`text` as it reads inside decorations `attrs`: its own decorated parts of those kinds
    turn normal and its normal ones decorated (CSL spec, flip-flop)."""
    out, nodecor = [], 0
    changed = False
    for seg in list.__iter__(text):
        if isinstance(seg, Markup) and seg.kind is not None:
            if seg.kind == "nodecor":
                if nodecor == 0 or (seg.closing and nodecor == 1):
                    seg = Markup(kind="nodecor", closing=seg.closing,
                                 state=seg.state ^ (attrs & _NODECOR_SCOPE))
                    changed = True
                nodecor += -1 if seg.closing else 1
            elif seg.kind.startswith("reset ") and seg.kind[6:] in attrs:
                seg = Markup(kind=seg.kind, closing=seg.closing, state=not seg.state)
                changed = True
            elif nodecor == 0 and seg.kind in _FLIP and _FLIP[seg.kind][0] in attrs:
                seg = Markup(kind=seg.kind, closing=seg.closing, state=not seg.state)
                changed = True
        out.append(seg)
    return MixedString(out) if changed else text


def rich_text_in_fields() -> None:
    """CSL-JSON field values may carry inline markup (<i>, <b>, <sup>, <sub>, <sc>, small-caps,
    nocase and nodecor spans); citeproc-js reads it as rich text. citeproc-py copied the
    value into the output verbatim: `&` and stray `<` unescaped, <sc> left as it is, and
    italics in an italic title nested as <i> in <i>. Now the markup is read where a variable
    is rendered (cs:text): text is escaped for HTML, the markup becomes the engine's own
    segments, text inside small caps, superscript and subscript is left alone by text-case,
    and decorations flip-flop (CSL spec, "Formatting": an italic phrase in an italic title is
    set in roman; nodecor undoes the decorations around it, and so does an element's own
    font-style="normal", vertical-align="baseline" etc. inside such a decoration). Plain
    text keeps the text only.
    CSL test-suite: flipflop_ItalicsSimple, flipflop_ItalicsFlipped, flipflop_SmallCaps,
    flipflop_ItalicsWithOk, flipflop_ItalicsWithOkAndTextcase, decorations_SimpleFlipFlop,
    textcase_ImplicitNocase, bugreports_DoubleEncodedAngleBraces, label_PluralWithAmpersand,
    decorations_NoNormalWithoutDecoration, decorations_Baseline.
    """
    from citeproc import model

    variable = model.Text._variable

    def _variable(self, item, context):
        text = variable(self, item, context)
        if (not isinstance(text, (str, MixedString)) or isinstance(text, Markup)
                or self.get("variable", "").startswith("page")):  # the engine formats pages
            return text
        plain = str(text)
        if "<" not in plain and not (_SPECIAL.search(plain)):
            return text
        html = is_html(self.get_formatter())
        if not html and "<" not in plain:
            return text
        return rich_text(text, html)

    model.Text._variable = _variable

    fmt = model.Formatted.format

    def format(self, string):
        attrib = self.attrib
        if ("font-style" not in attrib and "font-weight" not in attrib  # most elements
                and "font-variant" not in attrib and "vertical-align" not in attrib):
            return fmt(self, string)
        if isinstance(string, MixedString):
            attrs = {attr for attr, values in _ON_VALUES.items() if self.get(attr) in values}
            if attrs:
                string = flip(string, attrs)
        plain = [a for a, value in _PLAIN_VALUES.items() if self.get(a) == value]
        if plain and string is not None and str(string) and is_html(self.get_formatter()):
            parts = list(list.__iter__(string)) if isinstance(string, MixedString) else [string]
            for attr in plain:  # marks that render only inside such a decoration
                parts = [Markup(kind="reset " + attr, closing=False, state=False), *parts,
                         Markup(kind="reset " + attr, closing=True, state=False)]
            string = MixedString(parts)
        return fmt(self, string)

    model.Formatted.format = format

    from citeproc import string as engine_string

    strip_first = engine_string._strip_first_char

    def strip_first_char(other):
        """The engine's, past markup that renders as nothing (a reset outside decoration)."""
        if isinstance(other, MixedString):
            parts = list(list.__iter__(other))
            n = 0
            while n < len(parts) - 1 and isinstance(parts[n], Markup) and not str(parts[n]):
                n += 1
            if n:
                return MixedString(parts[:n] + list(list.__iter__(
                    strip_first(MixedString(parts[n:])))))
        return strip_first(other)

    engine_string._strip_first_char = strip_first_char


def style_text_as_html() -> None:
    """Text written in the style (terms, `value`, prefix and suffix) is escaped for HTML like
    field text, and a superscript character in it is written as <sup> around its base
    character, as citeproc-js does ("1ʳᵉ" as 1<sup>r</sup><sup>e</sup>). citeproc-py left
    affixes unescaped and superscript characters as they are (CSL test-suite:
    magic_SuperscriptChars, number_NewOrdinalsEdition, number_NewOrdinalsWithGenderChange,
    bugreports_NumberAffixEscape)."""
    from citeproc import model
    from citeproc.formatter import html

    html.preformat = lambda text: escape_html(str(text))

    wrap = model.Affixed.wrap

    def wrap_escaped(self, string):
        prefix, suffix = self.get("prefix", ""), self.get("suffix", "")
        if string is None or not (_SPECIAL.search(prefix) or _SPECIAL.search(suffix)) \
                or not is_html(self.get_formatter()):
            return wrap(self, string)
        prefix, suffix = escape_html(prefix), escape_html(suffix)
        string = model.normalize_seam(prefix, string)
        text = prefix + string
        return text + model.normalize_seam(text, suffix)

    model.Affixed.wrap = wrap_escaped


def _cased(segment, upper: bool, language):
    if isinstance(segment, NoCase):
        return segment
    text = str(segment)
    if language in ("tr", "az"):  # dotted and dotless i are two letters
        text = (text.replace("i", "\u0130") if upper else
                text.replace("I", "\u0131").replace("\u0130", "i"))
    text = text.upper() if upper else text.lower()
    return type(segment)(text) if isinstance(segment, String) else text


def case_spares_nocase() -> None:
    """text-case="uppercase" and "lowercase" leave nocase text as it is, as every other
    text-case does (CSL spec, "Text-case": nocase spans are exempt), and follow the item's
    language for the letters whose case depends on it (Turkish i/İ, ı/I). citeproc-py upper-
    and lower-cased nocase text too (CSL test-suite: textcase_Uppercase, textcase_Lowercase,
    textcase_LocaleUnicode)."""
    from citeproc import model

    case = model.TextCased.case

    def case_per_segment(self, text, language=None):
        text_case = self.get("text-case")
        if text_case not in ("uppercase", "lowercase") or not isinstance(text, str | MixedString):
            return case(self, text, language)
        upper = text_case == "uppercase"
        if isinstance(text, MixedString):
            return MixedString([_cased(seg, upper, language) for seg in list.__iter__(text)])
        return _cased(text, upper, language)

    model.TextCased.case = case_per_segment


# -- display ------------------------------------------------------------------------------

# The HTML citeproc-js writes around a `display` block: opening, closing.
DISPLAY_HTML = {
    "block": ('\n    <div class="csl-block">', "</div>\n"),
    "left-margin": ('\n    <div class="csl-left-margin">', "</div>"),
    "right-inline": ('<div class="csl-right-inline">', "</div>\n  "),
    "indent": ('<div class="csl-indent">', "</div>\n  "),
}


def _displayed(text, display: str):
    opening, closing = DISPLAY_HTML[display]
    parts = list.__iter__(text) if isinstance(text, MixedString) else [text]
    return MixedString([Markup(opening), *parts, Markup(closing)])


def _bibliography_html(layout) -> bool:
    parent = layout.getparent()
    return (parent is not None and parent.tag.endswith("}bibliography")
            and is_html(layout.get_formatter()))


def _second_field_align(layout) -> bool:
    return layout.getparent().get("second-field-align") in ("flush", "margin")


def display_blocks() -> None:
    """CSL `display` ("block", "left-margin", "right-inline", "indent") and the bibliography's
    `second-field-align` ("flush", "margin"), which sets the first field of each entry in the
    left margin and the rest beside it. citeproc-py ignored both. In HTML the blocks are the
    divs citeproc-js writes (csl-block, csl-left-margin, csl-right-inline, csl-indent); the
    layout's suffix stays inside the right-inline block. Installed before the fixes that wrap
    `Layout.render_children`, which see the blocks as markup. CSL test-suite:
    display_AuthorAsHeading, display_DisplayBlock, display_SecondFieldAlignClone,
    magic_SecondFieldAlign, bugreports_IeeePunctuation, bugreports_AsmJournals.
    """
    from citeproc import model
    from citeproc.model import Choose, VariableError
    from citeproc.string import join

    for cls in (model.Text, model.Group, model.Names, model.Date, model.Number, model.Label):
        def render(self, *args, _render=cls.render, **kwargs):
            text = _render(self, *args, **kwargs)
            display = self.get("display")
            if (display in DISPLAY_HTML and text is not None and str(text)
                    and kwargs.get("sort_options") is None and is_html(self.get_formatter())):
                return _displayed(text, display)
            return text

        cls.render = render

    render_children = model.Layout.render_children
    pending = []  # per entry being rendered: the closing of its last block, held back

    def render_children_aligned(self, item, delimiter="", **kwargs):
        if not pending or kwargs.get("sort_options") is not None or not _bibliography_html(self):
            return render_children(self, item, delimiter, **kwargs)
        if not _second_field_align(self):
            text = render_children(self, item, delimiter, **kwargs)
            last = list.__getitem__(text, -1) if isinstance(text, MixedString) and text else None
            if isinstance(last, Markup) and str(last) == DISPLAY_HTML["right-inline"][1]:
                pending[-1] = last  # the layout's suffix goes inside the last block
                text = MixedString(list(list.__iter__(text))[:-1])
            return text
        output = []
        for child in self.iterchildren():
            try:
                if isinstance(child, Choose):
                    text = child.render(item, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, **kwargs)
            except VariableError:
                continue
            if text is not None and str(text):
                output.append(text)
        if not output:
            return None
        first = _displayed(output[0], "left-margin")
        if len(output) == 1:
            return first
        rest = join(output[1:], delimiter)
        opening, closing = DISPLAY_HTML["right-inline"]
        pending[-1] = Markup(closing)
        parts = list.__iter__(rest) if isinstance(rest, MixedString) else [rest]
        return MixedString([*list.__iter__(first), Markup(opening), *parts])

    model.Layout.render_children = render_children_aligned

    render_bibliography = model.Layout.render_bibliography

    def render_bibliography_aligned(self, citation_items):
        if not _bibliography_html(self):
            return render_bibliography(self, citation_items)
        entries = []
        for item in citation_items:
            pending.append(None)
            try:
                rendered = render_bibliography(self, [item])
            finally:
                closing = pending.pop()
            entries += [e + closing if closing is not None else e for e in rendered]
        return entries

    model.Layout.render_bibliography = render_bibliography_aligned


def _words_capitalized(segment):
    if isinstance(segment, NoCase) or not isinstance(segment, str):
        return segment
    text = re.sub(r"(?<!\S)(\S+)", lambda m: str(String(m.group(1)).capitalize_first()),
                  str(segment))
    return type(segment)(text) if isinstance(segment, String) else text


def capitalize_all_per_segment() -> None:
    """text-case="capitalize-all" capitalises each word where it stands; citeproc-py rebuilt
    the text from its words joined by plain spaces, which lost markup (a nodecor span in a
    small-caps title) and no-break spaces. Text in a nodecor span is also left uncased, as
    citeproc-js leaves it (CSL test-suite: flipflop_ItalicsWithOkAndTextcase)."""
    from citeproc import model

    case = model.TextCased.case

    def case_capitalize_all(self, text, language=None):
        if self.get("text-case") != "capitalize-all" or not isinstance(text, MixedString):
            return case(self, text, language)
        return MixedString([_words_capitalized(seg) for seg in list.__iter__(text)])

    model.TextCased.case = case_capitalize_all



def rich_text_in_values_and_affixes() -> None:
    """A style's `value` text and a cite's prefix and suffix are rich text too: citeproc-js
    reads their <b>, <i>, <sc> ... markup as it reads a field's, flip-flop included.
    citeproc-py escaped the markup of a value and copied a cite prefix verbatim (CSL
    test-suite: flipflop_BoldfaceNodeLevelMarkup, affix_PrefixWithDecorations)."""
    from citeproc import model

    process = model.Text.process

    def process_value(self, item, context=None, **kwargs):
        value = self.get("value")
        if value is None or "<" not in value or "variable" in self.attrib:
            return process(self, item, context, **kwargs)
        text, language = process(self, item, context, **kwargs)
        return rich_text(String(value), is_html(self.get_formatter())), language

    model.Text.process = process_value

    render_citation = model.Layout.render_citation

    def render_citation_rich(self, citation, callback):
        html = is_html(self.get_formatter())
        for cite in citation.cites:
            for key in ("prefix", "suffix"):
                affix = cite.get(key)
                if affix and "<" in affix and not isinstance(affix, MixedString):
                    cite[key] = rich_text(String(affix), html)
        return render_citation(self, citation, callback)

    model.Layout.render_citation = render_citation_rich


_TESTS_VARIABLES: dict = {}  # per style element (holding it keeps its lxml proxy alive)


def _tests_variables(child) -> bool:
    """A cs:choose with a branch that tests variables: what it prints stands for them."""
    from citeproc.model import Choose, Text

    try:
        return _TESTS_VARIABLES[child]
    except KeyError:
        pass
    if isinstance(child, Text) and "macro" in child.attrib:
        macro = child.get_macro(child.get("macro"))
        answer = any(_tests_variables(c) for c in macro.iterchildren())
    else:
        answer = isinstance(child, Choose) and any("variable" in branch.attrib
                                                   for branch in child.iterchildren())
    _TESTS_VARIABLES[child] = answer
    return answer


def macro_is_an_implicit_group() -> None:
    """A macro called by cs:text is suppressed like a cs:group when it calls variables and
    none of them renders, as citeproc-js does: a chapter's container-title macro with the
    term "in" before an empty container-title prints nothing, not "in ,". What a cs:choose
    prints under a branch that tests variables counts as a variable, so "Anon." chosen for
    an item without author stays (CSL test-suite: group_SuppressTermInMacro,
    punctuation_SuppressPrefixPeriodForDelimiterSemicolon,
    bugreports_ChicagoAuthorDateLooping)."""
    from citeproc import model
    from citeproc.model import Choose, VariableError
    from citeproc.string import join

    def render(self, item, context=None, sort_options=None, delimiter=""):
        output, called, rendered = [], False, False
        for child in self.iterchildren():
            calls = child.calls_variable() or _tests_variables(child)
            called = called or calls
            try:
                if isinstance(child, Choose):
                    text = child.render(item, context=context, sort_options=sort_options,
                                        delimiter=delimiter)
                else:
                    text = child.render(item, context=context, sort_options=sort_options)
            except VariableError:
                continue
            if text is not None:
                output.append(text)
                rendered = rendered or calls
        if not output or (called and not rendered):
            return None
        return join(output, delimiter)

    model.Macro.render = render


_GUILLEMET_SPACE = re.compile("(?<=\u00ab)[ \u00a0]+|[ \u00a0]+(?=\u00bb)")


def guillemets_hold_their_text() -> None:
    """The space inside French quotation marks in a field value becomes a narrow no-break
    space (U+202F), as citeproc-js sets it: "« Anonymous »" cannot break away from its
    marks (CSL test-suite: punctuation_FrenchOrthography)."""
    from citeproc import model

    variable = model.Text._variable

    def _variable(self, item, context):
        text = variable(self, item, context)
        if not isinstance(text, (str, MixedString)) or not (
                "\u00ab" in str(text) or "\u00bb" in str(text)):
            return text
        if isinstance(text, MixedString):
            return MixedString([seg if isinstance(seg, Markup) else
                                type(seg)(_GUILLEMET_SPACE.sub("\u202f", str(seg)))
                                for seg in list.__iter__(text)])
        return type(text)(_GUILLEMET_SPACE.sub("\u202f", str(text)))

    model.Text._variable = _variable


def _swap_quotes(text: str, outer: tuple, inner: tuple) -> str:
    """`text` with outer quotation marks made inner ones and inner ones outer; a closing
    inner mark that closes nothing is an apostrophe and stays."""
    out, open_inner = [], 0
    for i, ch in enumerate(text):
        if ch == outer[0]:
            out.append(inner[0])
        elif ch == outer[1]:
            out.append(inner[1])
        elif ch == inner[0]:
            open_inner += 1
            out.append(outer[0])
        elif ch == inner[1] and open_inner and not (
                i + 1 < len(text) and text[i + 1].isalnum() and i and text[i - 1].isalnum()):
            open_inner -= 1
            out.append(outer[1])
        else:
            out.append(ch)
    return "".join(out)


def _same_kind(segment, text: str):
    """`text` as a segment of the engine's kind of `segment`; a formatted piece (a tag
    wrapper, which would wrap again) becomes a plain string."""
    return type(segment)(text) if isinstance(segment, String) else text


def quotes_flip_inside_quotes() -> None:
    """Quotation marks inside a quoted element alternate: a macro or value with quotes="true"
    turns the “...” of what it holds into ‘...’ and back (CSL spec, flip-flop of quotes, as
    citeproc-js does). citeproc-py nested “ in “ (CSL test-suite:
    flipflop_QuotesNodeLevelMarkup). A quoted variable already gets inner marks from
    smart_quotes, so it is left alone here."""
    from citeproc import model

    quote = model.Quoted.quote

    def quote_flipping(self, text):
        if (self.get("quotes", "false").lower() != "true" or "variable" in self.attrib
                or not isinstance(text, (str, MixedString))):
            return quote(self, text)
        outer = tuple(str(self.get_single_term(n)) for n in ("open-quote", "close-quote"))
        inner = tuple(str(self.get_single_term(n))
                      for n in ("open-inner-quote", "close-inner-quote"))
        if len("".join(outer + inner)) == 4 and any(m in str(text) for m in outer + inner):
            if isinstance(text, MixedString):
                text = MixedString([seg if isinstance(seg, Markup) or not isinstance(seg, str)
                                    else _same_kind(seg, _swap_quotes(str(seg), outer, inner))
                                    for seg in list.__iter__(text)])
            else:
                text = _same_kind(text, _swap_quotes(str(text), outer, inner))
        return quote(self, text)

    model.Quoted.quote = quote_flipping


def punctuation_in_quote_through_decorations() -> None:
    """Punctuation-in-quote reaches a quotation that ends inside a decoration: with italics
    around “Book A”, a following period goes into the quotation and the italics,
    <i>“Book A.”</i>, as citeproc-js writes it. citeproc-py's formatting turned the quoted
    text into a flat string, so the period stayed outside (CSL test-suite:
    magic_PunctuationInQuoteNested)."""
    from citeproc import model
    from citeproc import string as engine_string

    from .fixes_quotes import _PiqMarked

    fmt = model.Formatted.format

    def format_keeping_quote(self, string):
        out = fmt(self, string)
        if (not isinstance(string, MixedString) or not len(string) or isinstance(out, MixedString)
                or not isinstance(list.__getitem__(string, -1), _PiqMarked)):
            return out
        inner = str(string)
        at = str(out).find(inner)
        if at < 0 or str(out).find(inner, at + 1) >= 0:
            return out
        opening, closing = str(out)[:at], str(out)[at + len(inner):]
        return MixedString([Markup(opening), *list.__iter__(string), Markup(closing)])

    model.Formatted.format = format_keeping_quote

    add = engine_string.MixedString.__add__

    def add_into_quote(self, other):
        head = str(other)[:1] if other is not None else ""
        if head in (".", ",", "!", "?") and len(self):
            parts = list(list.__iter__(self))
            n = len(parts)
            while n and isinstance(parts[n - 1], Markup) and parts[n - 1].kind is None \
                    and str(parts[n - 1]).startswith("</"):
                n -= 1
            if 0 < n < len(parts) and isinstance(parts[n - 1], _PiqMarked):
                moved = add(MixedString(parts[:n]), String(head))
                rest = engine_string._strip_first_char(other)
                joined = MixedString(list(list.__iter__(moved)) + parts[n:])
                return add(joined, rest) if str(rest) else joined
        return add(self, other)

    engine_string.MixedString.__add__ = add_into_quote
    engine_string.MixedString.__iadd__ = add_into_quote


def cite_prefix_punctuation_replaces_delimiter() -> None:
    """A cite whose prefix starts with a comma or semicolon joins the cite before it without
    the layout delimiter: "Book A, cited in Book B", not "Book A; , cited in Book B", as
    citeproc-js joins them (CSL test-suite: magic_SuppressLayoutDelimiterIfPrefixComma)."""
    from citeproc import model
    from citeproc.string import join

    layout_join = model.Layout.join

    def join_cites(self, strings, default_delimiter=""):
        strings = [s for s in strings if s is not None]
        parent = self.getparent()
        if (len(strings) < 2 or parent is None or not parent.tag.endswith("}citation")
                or not any(str(s)[:1] in (",", ";") for s in strings[1:])):
            return layout_join(self, strings, default_delimiter)
        delimiter = self.get("delimiter", default_delimiter)
        pieces = [strings[0]]
        for text in strings[1:]:
            pieces += [text] if str(text)[:1] in (",", ";") else [delimiter, text]
        return join(pieces, "")

    model.Layout.join = join_cites
