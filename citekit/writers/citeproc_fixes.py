"""Fixes to citeproc-py's behaviour, one documented function per engine defect.

`apply()` installs them once per process, before the first style is loaded, in an order that
matters (a later fix may wrap a method an earlier one replaced). The fixes live by area:
`fixes_names`, `fixes_substitute`, `fixes_disambiguation`, `fixes_sorting`, `fixes_citation`
(cite order, collapsing, positions), `fixes_quotes`, `fixes_formatting`, `fixes_textcase`,
`fixes_numbers`, `fixes_dates`, `fixes_input`; the few that fit none of them are here.
"""

from __future__ import annotations

_applied = False


# CSL 1.0.2 name and date variables that citeproc-py 0.11 does not know. Unknown to it, a name
# list such as `contributor` is read as a string and the first <names> element that meets it
# crashes ("'String' object has no attribute 'parts'").
CSL_102_NAMES = ("chair", "compiler", "contributor", "curator", "director", "executive_producer",
                 "guest", "host", "narrator", "organizer", "performer", "producer",
                 "script_writer", "series_creator", "reviewed_author")
CSL_102_DATES = ("available_date",)


def know_csl_102_variables() -> None:
    import citeproc

    for names, extra in ((citeproc.NAMES, CSL_102_NAMES), (citeproc.DATES, CSL_102_DATES)):
        for var in extra:
            if var not in names:
                names.append(var)  # in place: the engine's modules share these lists
            if var not in citeproc.VARIABLES:
                citeproc.VARIABLES.append(var)


def label_needs_variable() -> None:
    """CSL spec, cs:label: rendered only when its variable is non-empty. citeproc-py printed the
    term regardless, so a newspaper article with no edition ended in ", Edition." (CSL
    test-suite: label_EmptyLabelVanish)."""
    from citeproc import model

    process = model.Label.process

    def process_if_set(self, item, variable=None, plural=None, context=None, **kwargs):
        name = self.get("variable")
        if variable is None and name and name != "locator":
            if name.replace("-", "_") not in item.reference:
                return None
        return process(self, item, variable, plural, context, **kwargs)

    model.Label.process = process_if_set


TERM_FORM_FALLBACK = {"verb-short": "verb", "verb": None, "short": None, "symbol": "short"}


def term_form_fallback() -> None:
    """CSL spec, locale terms: a form the locale does not define falls back, symbol → short →
    long and verb-short → verb → long. citeproc-py returned nothing, so MLA's short month
    form dropped the season ("1993" for "Autumn 1993": en-US has no short season terms)."""
    from citeproc import model

    get_term = model.CitationStylesElement.get_term

    def get_term_falling_back(self, name, form=None, *args, **kwargs):
        term = get_term(self, name, form, *args, **kwargs)
        while term is None and form in TERM_FORM_FALLBACK:
            form = TERM_FORM_FALLBACK[form]
            term = get_term(self, name, form, *args, **kwargs)
        return term

    model.CitationStylesElement.get_term = get_term_falling_back


def near_note_distance_from_citation() -> None:
    """`near-note-distance` is an option of cs:citation (default 5). citeproc-py looked for it
    on the style element and raised KeyError for every `position="near-note"` test (CSL
    test-suite: position_NearNoteSameNote)."""
    from citeproc import model

    get_option = model.Style.get_option

    def style_option(self, name):
        if name == "near-note-distance":
            citation = self.citation
            return int(citation.get(name, 5)) if citation is not None else 5
        return get_option(self, name)

    model.Style.get_option = style_option


def apply() -> None:
    global _applied
    from . import (fixes_citation, fixes_dates, fixes_disambiguation, fixes_formatting, fixes_input,
                   fixes_names, fixes_numbers, fixes_quotes, fixes_sorting, fixes_substitute,
                   fixes_textcase)

    if not _applied:
        fixes_formatting.display_blocks()  # first: later fixes wrap Layout.render_children
        know_csl_102_variables()
        fixes_names.honour_initialize_false()
        fixes_substitute.substitute_through_choose()  # before the next fix wraps it
        fixes_substitute.suppress_substituted_variables()
        fixes_substitute.inherit_names_in_substitute()
        fixes_quotes.punctuation_in_quote()
        fixes_disambiguation.disambiguate_condition()
        fixes_numbers.number_of_labels_are_plural_by_value()
        fixes_numbers.locator_labels_with_spaces()
        fixes_formatting.rich_text_in_fields()  # smart_quotes works on the text it reads
        fixes_formatting.style_text_as_html()
        fixes_formatting.rich_text_in_values_and_affixes()
        fixes_formatting.guillemets_hold_their_text()
        fixes_formatting.quotes_flip_inside_quotes()
        fixes_formatting.cite_prefix_punctuation_replaces_delimiter()
        fixes_quotes.smart_quotes()
        fixes_numbers.locators_like_citeproc_js()  # after rich text: it may format page ranges
        label_needs_variable()
        fixes_textcase.title_case_stop_words()
        fixes_textcase.title_case_like_citeproc_js()
        fixes_formatting.case_spares_nocase()
        fixes_formatting.capitalize_all_per_segment()
        fixes_formatting.macro_is_an_implicit_group()
        fixes_input.journal_abbreviation_is_short_container_title()
        fixes_input.empty_date_parts_are_absent()
        fixes_input.raw_date_without_parts_is_literal()
        fixes_sorting.sort_keys_like_citeproc_js()
        fixes_textcase.capitalize_ibid_at_note_start()
        fixes_numbers.page_ranges_like_citeproc_js()
        fixes_numbers.escaped_hyphen_is_not_a_range()
        fixes_numbers.number_text_escaped()
        fixes_numbers.ordinals_follow_the_gender_of_their_term()
        fixes_dates.seasons_in_month()
        fixes_dates.date_ranges_like_citeproc_js()
        term_form_fallback()
        fixes_names.initials_like_citeproc_js()
        fixes_textcase.capitalize_first_letter()
        fixes_names.typographic_apostrophes_in_names()
        fixes_names.name_parts_like_citeproc_js()
        fixes_names.et_al_needs_use_first()
        fixes_names.et_al_subsequent()  # under the name options year suffixes add
        fixes_disambiguation.year_suffix_disambiguation()
        fixes_disambiguation.names_per_level()  # wraps the name options set just above
        fixes_disambiguation.citation_label_trigraph()
        fixes_names.count_names_across_variables()
        fixes_names.delimiter_after_inverted_name()
        fixes_names.no_and_in_name_sort_keys()
        fixes_names.asian_names_family_first()
        fixes_names.et_al_use_first_zero()
        fixes_citation.collapse_cites()
        fixes_quotes.punctuation_at_seams()
        near_note_distance_from_citation()
        fixes_numbers.is_numeric_per_spec()
        fixes_quotes.typographic_quotes_in_affixes()
        fixes_formatting.punctuation_in_quote_through_decorations()  # after the seam fixes
        fixes_substitute.subsequent_author_substitute()
        fixes_citation.cites_in_given_order()  # around every render_citation above
        fixes_citation.first_reference_note_number()
        fixes_citation.near_note_by_note_numbers()
        fixes_citation.ibid_after_a_note_of_one_cite()
        fixes_citation.ibid_within_text_or_notes()
        fixes_citation.locators_compare_by_value()
        _applied = True
    from . import engine_speed  # the memos that make the fixed engine fast (no output change)

    engine_speed.apply()
