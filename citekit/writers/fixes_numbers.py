"""Engine fixes for locators and numbers.

Installed by `citeproc_fixes.apply()`; one documented function per engine defect.
"""

from __future__ import annotations

import re

_SPACED_RANGE = re.compile(r"(?<=\w)\s*\u2013\s*(?=\w)")


def locators_like_citeproc_js() -> None:
    """A locator is printed without the spaces typed around it, and a range in it without
    spaces around its en dash ("100 - 103" as 100–103), as citeproc-js prints it; citeproc-py
    kept both (CSL test-suite: locator_SimpleLocators, locator_WithLeadingSpace). A page
    locator follows the style's page-range-format, as the page variable does, and "\\-" is
    a plain hyphen (label_CollapsedPageNumberPluralDetection). An ampersand between numbers is
    the locale's and-symbol (label_PluralWithLocalizedAmpersand)."""
    from citeproc import model
    from citeproc.string import String

    variable = model.Text._variable

    def _variable(self, item, context):
        text = variable(self, item, context)
        if self.get("variable") != "locator" or not isinstance(text, str):
            return text
        raw = str(item.locator.identifier).strip()
        if "\\-" in raw:  # an escaped hyphen is a hyphen, not a range
            return String(raw.replace("\\-", "-"))
        pages = item.locator.label == "page" and self.get_root().get("page-range-format")
        if "&" in raw:  # "213 & 235": the locale's and-symbol between the numbers
            from .fixes_formatting import escape_html, is_html

            html = is_html(self.get_formatter())
            symbol = self.get_single_term("and", form="symbol") or self.preformat("&")
            parts = [str(self._process(p.strip(), "page")) if pages else
                     _SPACED_RANGE.sub("\u2013", p.strip().replace("-", "\u2013"))
                     for p in raw.split("&")]
            if html and not pages:
                parts = [escape_html(p) for p in parts]
            return String(f" {symbol} ".join(parts))
        if pages:
            return self._process(raw, "page")  # a page locator is a page range
        tidy = _SPACED_RANGE.sub("\u2013", str(text).strip())
        return text if tidy == str(text) else String(tidy)

    model.Text._variable = _variable


def number_of_labels_are_plural_by_value() -> None:
    """A label for `number-of-volumes` or `number-of-pages` is plural when the number is more
    than one (CSL spec, cs:label). citeproc-py read the number from the cite instead of the
    item, raised, and the label was lost (CSL test-suite: label_PluralNumberOfVolumes)."""
    from citeproc import model
    from citeproc.source import VariableError

    is_plural = model.Label._is_plural

    def _is_plural(self, item):
        variable = self.get("variable") or ""
        if not variable.startswith("number-of"):
            return is_plural(self, item)
        try:
            value = item.reference[variable.replace("-", "_")]
        except VariableError:
            return False
        number = re.match(r"\s*(\d+)", str(value))
        return bool(number and int(number.group(1)) > 1) or (
            model.Label.RE_MULTIPLE_NUMBERS.search(str(value)) is not None)

    model.Label._is_plural = _is_plural


def escaped_hyphen_is_not_a_range() -> None:
    """In a number variable "\\-" is a hyphen that is not a range: "3\\-B" prints as 3-B and
    is singular, as citeproc-js reads it; citeproc-py printed "3\\–B" and made the label
    plural (CSL test-suite: label_CollapsedPageNumberPluralDetection)."""
    from citeproc import model
    from citeproc.string import String

    process = model.FormatNumber._process

    def _process(self, value, variable):
        if "\\-" in str(value):
            return String(str(value).replace("\\-", "-"))
        return process(self, value, variable)

    model.FormatNumber._process = _process

    is_plural = model.Label._is_plural

    def _is_plural(self, item):
        variable = self.get("variable")
        value = (item.locator.identifier if variable == "locator" and item.has_locator
                 else item.reference.get((variable or "").replace("-", "_")))
        if "\\-" in str(value or ""):
            return model.Label.RE_MULTIPLE_NUMBERS.search(
                str(value).replace("\\-", "")) is not None
        return is_plural(self, item)

    model.Label._is_plural = _is_plural


def number_text_escaped() -> None:
    """The text of a number variable that is not a number is escaped for HTML like any field
    text: citeproc-js does not read markup in a number ("1<sup>er</sup>" prints its tags as
    text); citeproc-py copied it verbatim (CSL test-suite: flipflop_NumericField)."""
    from citeproc import model

    from .fixes_formatting import escape_html, is_html

    for cls in (model.FormatNumber, model.Number):
        def format_number(self, number, _own=vars(cls)["format_number"]):
            text = _own(self, number)
            if str(number).strip().isdigit():
                return text  # a number, rendered by the engine (ordinals come as markup)
            if isinstance(text, str) and is_html(self.get_formatter()):
                escaped = escape_html(text)
                if escaped != text:
                    return type(text)(escaped) if type(text) is not str else escaped
            return text

        cls.format_number = format_number


def locator_labels_with_spaces() -> None:
    """CSL-JSON from CSL 1.0.1 writes the locator label "sub verbo" with a space; its term is
    "sub-verbo". citeproc-js reads both; citeproc-py found no term and printed no label
    (CSL test-suite: bugreports_MovePunctuationInsideQuotesForLocator)."""
    from citeproc import source

    init = source.Locator.__init__

    def init_normalised(self, label, identifier):
        if isinstance(label, str) and " " in label.strip():
            label = "-".join(label.split())
        init(self, label, identifier)

    source.Locator.__init__ = init_normalised


def _gendered_term(locales, name: str, gender: str):
    """The first term `name` with gender-form `gender`, else without a gender-form, in the
    first of `locales` that has either; None when none has it."""
    for locale in locales:
        terms = getattr(locale, "terms", None)
        if terms is None:
            continue
        for condition in (f"@gender-form='{gender}'", "not(@gender-form)"):
            found = terms.xpath_search(f"./cs:term[@name='{name}' and not(@form) "
                                       f"and {condition}]")
            if found:
                return found[0]
    return None


def ordinals_follow_the_gender_of_their_term() -> None:
    """An ordinal takes the gender of the term it numbers (CSL spec, "Gender-specific
    ordinals"): the feminine "edition" gets "1.ª", the masculine "issue" "1.º", and a
    number with no ordinal of that gender falls back to the generic one. citeproc-py took
    the first ordinal term whatever its gender (CSL test-suite:
    number_SeparateOrdinalNamespaces)."""
    from citeproc import model

    to_ordinal = model.to_ordinal

    def to_ordinal_gendered(number, context):
        variable = context.get("variable") if isinstance(context, model.Number) else None
        locales = getattr(context.get_root(), "locales", None)
        if not variable or not locales:
            return to_ordinal(number, context)
        term = context.get_term(variable.replace("_", "-"))
        gender = term.get("gender") if term is not None else None
        if not gender:
            return to_ordinal(number, context)
        names = [f"ordinal-{number:02}" if len(str(number)) == 1 else f"ordinal-{number}",
                 f"ordinal-{int(str(number)[-1]):02}", "ordinal"]
        for locale in locales:  # the style's own locale first, with any of its ordinals
            for name in names:
                found = _gendered_term([locale], name, gender)
                if found is not None and (name != names[1] or len(str(number)) == 1
                                          or found.get("match") != "whole-number"):
                    return str(number) + str(found.single)
        return to_ordinal(number, context)

    model.to_ordinal = to_ordinal_gendered


def page_ranges_like_citeproc_js() -> None:
    """`page-range-format` as the CSL spec and citeproc-js apply it (CSL test-suite:
    page_Chicago, page_Chicago16, page_Expand, page_Minimal, page_ChicagoWeird):

    - an abbreviated second number is first completed from the first ("1536-538" is
      1536-1538) and only then shortened again by the chosen format;
    - "chicago" is CMOS 15/17 (four-digit ranges changing three digits stay whole,
      1496–1504), "chicago-16" CMOS 16, which has no such rule (1496–500);
    - numbers of different length are never shortened;
    - a range whose two ends have different prefixes ("N110 - 5", "110 - N6") is not a range
      the format can touch: it keeps a plain hyphen, without spaces.
    citeproc-py shortened the number as typed and ignored prefixes.
    """
    from citeproc import model
    from citeproc.string import join

    process = model.FormatNumber._process

    def _process(self, value, variable):
        range_format = self.get_root().get_option("page-range-format")
        if not range_format or variable != "page":
            return process(self, value, variable)
        delimiter = (self.get_single_term(name="page-range-delimiter")
                     or self.unicode_character("EN DASH"))
        amp = " " + self.unicode_character("AMPERSAND") + " "
        return join((join((_page_range(part.strip(), range_format, str(delimiter),
                                       self.format_number)
                           for part in chunk.split("&")), amp)
                     for chunk in str(value).split(",")), delimiter=", ")

    model.FormatNumber._process = _process


def _page_range(text: str, range_format: str, delimiter: str, number) -> str:
    import re

    parts = re.split(r"\s*[-\u2013]\s*", text)
    if len(parts) != 2:
        return number(text) if len(parts) == 1 else text
    first, last = parts
    fm = re.fullmatch(r"(.*?)(\d+)", first)
    lm = re.fullmatch(r"(.*?)(\d+)", last)
    if not fm or not lm:  # roman numerals and words: a range, left unshortened
        roman = re.compile(r"[ivxlcdm]+|[IVXLCDM]+")
        if roman.fullmatch(first) and roman.fullmatch(last):
            return f"{first}{delimiter}{last}"
        return f"{first}-{last}"
    prefix, first_digits = fm.groups()
    last_prefix, last_digits = lm.groups()
    if last_prefix and last_prefix != prefix or (prefix and not last_prefix and
                                                  len(last_digits) >= len(first_digits)):
        return f"{first}-{last}"
    if prefix and not last_prefix:
        return f"{first}-{last}"
    if len(last_digits) < len(first_digits):  # 1536-538 is 1536-1538
        last_digits = first_digits[:len(first_digits) - len(last_digits)] + last_digits
    short = _shorten(first_digits, last_digits, range_format)
    end = prefix + short if short == last_digits else short
    return f"{number(first)}{delimiter}{end}"


def _shorten(first: str, last: str, range_format: str) -> str:
    if len(first) != len(last) or range_format == "expanded":
        return last
    common = 0
    while common < len(first) and first[common] == last[common]:
        common += 1
    minimal = last[min(common, len(last) - 1):]
    minimal_two = last[min(common, max(len(last) - 2, 0)):]
    if range_format == "minimal":
        return minimal
    if range_format == "minimal-two":
        return minimal_two
    if range_format in ("chicago", "chicago-15", "chicago-16"):
        value = int(first)
        if value < 100 or value % 100 == 0:
            return last
        if range_format != "chicago-16" and len(first) == 4 and len(first) - common >= 3:
            return last
        return minimal if value % 100 < 10 else minimal_two
    return last


_NUMBER_VARIABLES = ("chapter_number", "collection_number", "issue", "number", "volume",
                     "number_of_pages", "number_of_volumes")


def _dash_rising_ranges(text: str, dash: str) -> str:
    import re

    def replace(match):
        first, second = match.group(1), match.group(2)
        a, b = re.search(r"\d+", first), re.search(r"\d+", second)
        rising = a and b and int(a.group()) < int(b.group())
        return first + (dash if rising else "-")

    return re.sub(r"([A-Za-z]*\d+[A-Za-z]*)\s*-(?=\s*([A-Za-z]*\d+[A-Za-z]*))", replace, text)


def is_numeric_per_spec() -> None:
    """CSL spec, `is-numeric`: a value is numeric when it is numbers (each with optional
    letter affixes) separated by hyphens, en dashes, commas or ampersands ("2-4", "12, 14",
    "3 & 4"). citeproc-py accepted a single number only, so "85-3-62" got no label; Chicago
    prints "nos. 85-3–62" for it, as citeproc-js does. The cite's locator counts as a number
    variable too: citeproc-py never found it, so "chap. 3" lost its label (fixture
    condition_IsNumericLocator)."""
    import re

    from citeproc import model

    numeric = re.compile(r"^\s*[A-Za-z]*\d+[A-Za-z]*(\s*[-\u2013,&]\s*[A-Za-z]*\d+[A-Za-z]*)*\s*$")

    def _is_numeric(self, item):
        out = []
        for var in self.get("is-numeric").split():
            name = var.replace("-", "_")
            if name == "locator":  # the cite's, not the item's (CSL: a number variable too)
                value = item.locator.identifier if item.has_locator else None
            else:
                value = item.reference[name] if name in item.reference else None
            out.append(value is not None and bool(numeric.match(str(value))))
        return out

    model.If._is_numeric = _is_numeric

    variable = model.Text._variable

    def _variable(self, item, context):
        """A numeric number variable prints its ranges with an en dash where the numbers
        rise ("3-62" is a range), keeping the hyphen where they do not ("85-3" is a compound
        number), as citeproc-js does: "nos. 85-3–62"."""
        text = variable(self, item, context)
        name = self.get("variable", "")
        if (text is None or name.replace("-", "_") not in _NUMBER_VARIABLES
                or "-" not in str(text) or not numeric.match(str(text))):
            return text
        from citeproc.string import String

        return String(_dash_rising_ranges(str(text), str(self.unicode_character("EN DASH"))))

    model.Text._variable = _variable
