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


_INVERTED = {"last": None, "et-al": None}  # the current list's answers, while it renders


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
        saved = dict(_INVERTED)
        if sort_options is None:
            names = item.reference.get(variable, None) or []
            order = self.get_option("name-as-sort-order", context)
            long_form = self.get_option("form", context) == "long"

            def inverted(index):  # a name without a given name (an institution) never is
                return long_form and 0 <= index < len(names) and bool(
                    names[index].parts()[0]) and (
                    order == "all" or (order == "first" and index == 0))

            use_first = self.get_option("et-al-use-first", context)
            _INVERTED["last"] = inverted(len(names) - 2)
            _INVERTED["et-al"] = inverted(min(use_first, len(names)) - 1)
        try:
            return process(self, item, variable, context, sort_options, **kwargs)
        finally:
            _INVERTED.update(saved)

    def option(self, name, context=None, sort_options=None):
        value = get_option(self, name, context, sort_options)
        if value == "after-inverted-name" and name in ("delimiter-precedes-last",
                                                       "delimiter-precedes-et-al"):
            answer = _INVERTED["last" if name.endswith("last") else "et-al"]
            return "always" if answer else "never"
        return value

    model.Name.process = process_knowing_inversion
    model.Name.get_option = option


def no_and_in_name_sort_keys() -> None:
    """A name list used as a sort key is the names alone, without the "and" term, as
    citeproc-js builds its keys: "Colaresi, Rasler, and Thompson" sorts before "Colaresi
    and Thompson" (Rasler < Thompson), not after it ("and" < "Rasler") (CSL spec, Sorting:
    name lists are compared name by name; CSL test-suite: sort_WithAndInOneEntry).
    """
    from citeproc import model

    get_option = model.Name.get_option

    def option(self, name, context=None, sort_options=None):
        if name == "and" and sort_options is not None:
            return None
        return get_option(self, name, context, sort_options)

    model.Name.get_option = option
