"""Name-rendering fixes for citeproc-py (cs:names / cs:name), one documented function each;
installed by citeproc_fixes.apply()."""

from __future__ import annotations


def count_names_across_variables() -> None:
    """CSL spec, cs:name form="count": the number of names that would be rendered, summed over
    all variables of the cs:names element. citeproc-py turned each variable's count into text
    and joined them, so `<names variable="author editor"><name form="count"/>` gave "32" for 3
    authors and 2 editors instead of 5. A list shorter than et-al-min counts in full
    (CSL test-suite: name_AuthorCountWithMultipleVariables, name_AuthorEditorCount,
    name_AuthorCountWithSameVarContentAndCombinedTermFail).
    """
    from citeproc import model

    markup = model.Name.markup
    process = model.Name.process

    def markup_count(self, text):
        if isinstance(text, int) and not isinstance(text, bool):
            return text  # a count stays a number, summed by cs:names
        return markup(self, text)

    def process_count(self, item, variable, context=None, sort_options=None, **kwargs):
        result = process(self, item, variable, context, sort_options, **kwargs)
        if isinstance(result, int) and not isinstance(result, bool):
            names = item.reference.get(variable, None) or []
            et_al_min = self.get_option("et-al-min", context, sort_options)
            if not (et_al_min and len(names) >= et_al_min):
                return len(names)
        return result

    model.Name.markup = markup_count
    model.Name.process = process_count


_INVERTED = {"list": None}  # (element, item, variable, context) of the list being rendered


def delimiter_after_inverted_name() -> None:
    """CSL spec, delimiter-precedes-last / delimiter-precedes-et-al="after-inverted-name":
    the delimiter goes before "and" (or "et al.") only when the name before it is printed
    inverted (name-as-sort-order). citeproc-py knew only "always" and "contextual", so it
    never put the delimiter there: "Weinstock, R., Leong, G. B. & Silva, J. A." for
    "..., Leong, G. B., & Silva, J. A." (CSL test-suite: name_AfterInvertedName,
    name_DelimiterAfterInverted).
    """
    from citeproc import model

    process = model.Name.process
    get_option = model.Name.get_option

    def process_knowing_inversion(self, item, variable, context=None, sort_options=None,
                                  **kwargs):
        saved = _INVERTED["list"]
        _INVERTED["list"] = (self, item, variable, context) if sort_options is None else None
        try:
            return process(self, item, variable, context, sort_options, **kwargs)
        finally:
            _INVERTED["list"] = saved

    def inverted_before(which: str) -> bool:
        """Whether the name before "and" (which="last") or "et al." is printed inverted; a
        name without a given name (an institution) never is."""
        if _INVERTED["list"] is None:
            return False
        element, item, variable, context = _INVERTED["list"]
        names = item.reference.get(variable, None) or []
        if which == "last":
            index = len(names) - 2
        else:
            index = min(element.get_option("et-al-use-first", context), len(names)) - 1
        order = element.get_option("name-as-sort-order", context)
        return (element.get_option("form", context) == "long" and 0 <= index < len(names)
                and bool(names[index].parts()[0])
                and (order == "all" or (order == "first" and index == 0)))

    def option(self, name, context=None, sort_options=None):
        value = get_option(self, name, context, sort_options)
        if value == "after-inverted-name" and name in ("delimiter-precedes-last",
                                                       "delimiter-precedes-et-al"):
            answer = inverted_before("last" if name.endswith("last") else "et-al")
            return "always" if answer else "never"
        return value

    model.Name.process = process_knowing_inversion
    model.Name.get_option = option


def no_and_in_name_sort_keys() -> None:
    """A name list used as a sort key is the names alone, without the "and" and "et al."
    terms, as citeproc-js builds its keys: "Colaresi, Rasler, and Thompson" sorts before
    "Colaresi and Thompson" (Rasler < Thompson), not after it ("and" < "Rasler"), and with
    names-use-first="1" "Smith et al." sorts with "Smith" (CSL spec, Sorting: name lists are
    compared name by name; CSL test-suite: sort_WithAndInOneEntry, sort_AguStyleReverseGroups).
    """
    from citeproc import model

    get_option = model.Name.get_option
    process = model.Name.process
    et_al = model.Name.et_al
    sorting = {"on": False}

    def option(self, name, context=None, sort_options=None):
        if name == "and" and sort_options is not None:
            return None
        return get_option(self, name, context, sort_options)

    def process_for_sorting(self, item, variable, context=None, sort_options=None, **kwargs):
        saved = sorting["on"]
        sorting["on"] = sort_options is not None
        try:
            return process(self, item, variable, context, sort_options, **kwargs)
        finally:
            sorting["on"] = saved

    def et_al_unless_sorting(self):
        return None if sorting["on"] else et_al(self)

    model.Name.get_option = option
    model.Name.process = process_for_sorting
    model.Name.et_al = et_al_unless_sorting


# "cite": [item, cs:citation, subsequent?] of the cite being rendered; "force": every cite is
# taken as a subsequent one (year-suffix disambiguation compares the subsequent forms).
_SUBSEQUENT = {"cite": None, "force": False}


def et_al_subsequent() -> None:
    """CSL spec, et-al-subsequent-min / et-al-subsequent-use-first: in a cite of an item
    already cited (position "subsequent"), these replace et-al-min / et-al-use-first. citeproc-py
    read them and never used them, so a second cite repeated all four names instead of "John
    Doe et al." (CSL test-suite: bugreports_EtAlSubsequent). Year suffixes are decided on
    the subsequent form, as citeproc-js does, so works alike there get them even in first
    cites (disambiguate_BasedOnEtAlSubsequent). Installed before the
    disambiguation options so names added there still count.
    """
    from citeproc import model

    render_children = model.Layout.render_children
    get_option = model.Name.get_option
    explicit: dict = {}

    def render_knowing_position(self, item, *args, **kwargs):
        saved = _SUBSEQUENT["cite"]
        citation = self.getparent()
        _SUBSEQUENT["cite"] = ([item, citation, None] if isinstance(citation, model.Citation)
                               and hasattr(item, "key") else None)
        try:
            return render_children(self, item, *args, **kwargs)
        finally:
            _SUBSEQUENT["cite"] = saved

    def subsequent(cite) -> bool:
        """The cite repeats an earlier one of its item (worked out once per cite)."""
        if cite[2] is None:
            item, citation = cite[0], cite[1]
            cite[2] = _SUBSEQUENT["force"] or any(
                c.key == item.key for c in getattr(citation, "cites", None) or ()
                if c is not item)
        return cite[2]

    def subsequent_value(element, citation, name):
        key = (element, citation, name)
        if key not in explicit:
            value = element.get(name)
            if value is None:
                value = citation.get(name)
            if value is None:
                value = element.get_root().get(name)
            explicit[key] = value
        return explicit[key]

    def option(self, name, context=None, sort_options=None):
        cite = _SUBSEQUENT["cite"]
        if (cite is not None and sort_options is None
                and name in ("et-al-min", "et-al-use-first")):
            value = subsequent_value(self, cite[1],
                                     name.replace("et-al-", "et-al-subsequent-"))
            if value is not None and subsequent(cite):
                return int(value)
        return get_option(self, name, context, sort_options)

    model.Layout.render_children = render_knowing_position
    model.Name.get_option = option


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_LONG = {"on": None}  # (element, context, sort options) of the <name> being rendered


def asian_names_family_first() -> None:
    """Names written in Chinese, Japanese or Korean script print family name first and
    given name after it without a space, in any name order ("我妻栄", not "栄 我妻"), as
    citeproc-js prints them (CSL spec, Name-part Order: non-Latin names; CSL test-suite:
    name_AsianGlyphs).
    """
    import re

    from citeproc import model, source

    asian = re.compile(f"^[{_CJK}]+$")
    process = model.Name.process
    parts = source.Name.parts

    def process_noting_form(self, item, variable, context=None, sort_options=None,
                            **kwargs):
        saved = _LONG["on"]
        _LONG["on"] = (self, context, sort_options)  # the form is asked for when needed
        try:
            return process(self, item, variable, context, sort_options, **kwargs)
        finally:
            _LONG["on"] = saved

    def parts_family_first(self):
        given, family, dropping, non_dropping, suffix = result = parts(self)
        if (_LONG["on"] and given and family and not dropping and not non_dropping
                and asian.match(str(given)) and asian.match(str(family))):
            element, context, sort_options = _LONG["on"]
            if element.get_option("form", context, sort_options) == "long":
                return None, type(family)(str(family) + str(given)), None, None, suffix
        return result

    model.Name.process = process_noting_form
    source.Name.parts = parts_family_first


def et_al_use_first_zero() -> None:
    """et-al-use-first="0" on a list long enough to be shortened shows no names and no
    "et al." either: the name list renders nothing, as in citeproc-js (CSL test-suite:
    etal_UseZeroFirst). citeproc-py printed a lone " et al."."""
    from citeproc import model

    process = model.Name.process

    def process_none_shown(self, item, variable, context=None, sort_options=None, **kwargs):
        if sort_options is None:
            names = item.reference.get(variable, None) or []
            et_al_min = self.get_option("et-al-min", context) if len(names) > 1 else 0
            if (et_al_min and len(names) >= et_al_min
                    and self.get_option("et-al-use-first", context) == 0
                    and self.get_option("form", context) != "count"):
                return None
        return process(self, item, variable, context, sort_options, **kwargs)

    model.Name.process = process_none_shown


def et_al_needs_use_first() -> None:
    """Names are shortened only where et-al-use-first is set, on cs:name or inherited from
    the cs:citation / cs:bibliography being rendered or cs:style: et-al-min alone does not
    shorten, as in citeproc-js. citeproc-py fell back to a use-first of 1, so a
    bibliography with et-al-min="3" printed "John Doe et al." for three authors (CSL
    test-suite: nameattr_EtAlUseFirstOnCitationInBibliography).
    """
    from citeproc import model

    get_option = model.Name.get_option
    explicit: dict = {}
    scope = "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"

    def use_first_set(element, context) -> bool:
        key = (element, context)
        if key not in explicit:
            found = element.get("et-al-use-first") is not None
            if not found:
                parent = (context if context is not None else element).xpath_search(scope)
                found = bool(parent) and parent[0].get("et-al-use-first") is not None
            explicit[key] = found or element.get_root().get("et-al-use-first") is not None
        return explicit[key]

    def option(self, name, context=None, sort_options=None):
        value = get_option(self, name, context, sort_options)
        if (name == "et-al-min" and sort_options is None and value
                and not use_first_set(self, context)):
            return 0
        return value

    model.Name.get_option = option


def honour_initialize_false() -> None:
    """CSL `initialize="false"`: keep full given names, only tidy initials already there.

    citeproc-py initialises whenever `initialize-with` is set, so Chicago printed "M. Kramer"
    for "Mark Kramer" (CSL test-suite: name_InitialsInitializeFalsePeriodSpace,
    name_FirstInitialFullForm).
    """
    from citeproc.model import CitationStylesElement, Name

    CitationStylesElement._default_options.setdefault("initialize", "true")  # inheritable option
    initialize = Name.initialize

    def initialize_unless_false(self, given, mark, context):
        if str(self.get_option("initialize", context)).lower() != "false":
            return initialize(self, given, mark, context)
        parts = given.replace(".", ". ").split()
        out = [p if len(p.rstrip(".")) > 1 else p.rstrip(".") + mark.rstrip() for p in parts]
        return " ".join(out)

    initialize_unless_false.__wrapped__ = initialize  # the engine's own, for hyphenated names
    Name.initialize = initialize_unless_false


def initials_like_citeproc_js() -> None:
    """Given names with `initialize-with`, as citeproc-js treats them (CSL test-suite:
    name_InitialsInitializeTrue, ...False, ...FalseEmpty, ...TruePeriod): a part written
    with a period ("Ph.", "ME.") is an abbreviation and stays as written, without its period;
    a single letter is an initial; other parts are initialised only when `initialize` is not
    "false". Initials are followed by the `initialize-with` string, so "Ph.M.E." gives
    "Ph M E", "Ph.M.E." or "PhME" with " ", "." or "". Replaces the earlier tidy-up in
    honour_initialize_false, which kept "ME." and split "Ph." from its initial.
    """
    import re

    from citeproc.model import Name

    hyphenated = Name.initialize.__wrapped__ if hasattr(Name.initialize, "__wrapped__") else None

    def initialize(self, given, mark, context):
        initialise = str(self.get_option("initialize", context)).lower() != "false"
        pieces = []  # (text, is_initial)
        for token, period in re.findall(r"([^\s.]+)(\.?)", str(given)):
            if "-" in token and initialise and not period and hyphenated is not None:
                spacing = mark[len(mark.rstrip()):]  # what follows each initial
                pieces.append((hyphenated(self, token, mark, context).rstrip() + spacing, True))
                continue
            if token[0].islower() and not period:  # a particle, never initialised
                pieces.append((token, False))
            elif period or len(token) == 1:
                pieces.append((token + mark, True))
            elif initialise:
                pieces.append((token[0] + mark, True))
            else:
                pieces.append((token, False))
        out = ""
        for i, (text, is_initial) in enumerate(pieces):
            if i and not (pieces[i - 1][1] and is_initial) and not out.endswith(" "):
                out += " "
            out += text
        return out.strip()

    Name.initialize = initialize


def typographic_apostrophes_in_names() -> None:
    """An apostrophe in a name is typographic, as in other fields: Shun’ichi, d’Aubignac
    (CSL test-suite: name_ApostropheInGivenName, textcase_NoSpaceBeforeApostrophe)."""
    from citeproc import source

    parts = source.Name.parts

    def typographic_parts(self):
        return tuple(p.replace("'", "\u2019") if isinstance(p, str) else p
                     for p in parts(self))

    source.Name.parts = typographic_parts


def name_parts_like_citeproc_js() -> None:
    """Name parts read as citeproc-js reads them (CSL test-suite: name_OnlyGivenname,
    magic_NameSuffixNoComma): a name with only a given part is a one-word name, printed
    whole and never initialised ("Banksy", not "B."); a suffix typed after a comma in the
    given name ("John, III") is the suffix ("John Doe III", not "John, III Doe")."""
    from citeproc import source

    parts = source.Name.parts

    def parsed_parts(self):
        given, family, dropping, non_dropping, suffix = parts(self)
        if family is None and given and "literal" not in self:
            return None, given, dropping, non_dropping, suffix
        if given and suffix is None and ", " in given and "literal" not in self:
            head, _, tail = given.partition(", ")
            tail = tail.lstrip("!").strip()
            if head and tail:
                return type(given)(head), family, dropping, non_dropping, type(given)(tail)
        return given, family, dropping, non_dropping, suffix

    source.Name.parts = parsed_parts
