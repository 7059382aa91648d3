"""Engine fixes for reading CSL-JSON input.

Installed by `citeproc_fixes.apply()`; one documented function per engine defect.
"""

from __future__ import annotations


def journal_abbreviation_is_short_container_title() -> None:
    """CSL-JSON's `journalAbbreviation` is the short form of `container-title` (CSL variable
    container-title-short), as citeproc-js reads it; citeproc-py dropped it, so
    `<text variable="container-title" form="short"/>` printed the full journal title
    (CSL test-suite: magic_StripPeriodsTrueShortForm)."""
    from citeproc.source import json as source_json

    init = source_json.CiteProcJSON.__init__

    def init_with_abbreviation(self, json_data):
        refs = []
        for ref in json_data:
            if "journalAbbreviation" in ref and "container-title-short" not in ref:
                ref = dict(ref)
                ref["container-title-short"] = ref.pop("journalAbbreviation")
            refs.append(ref)
        init(self, refs)

    source_json.CiteProcJSON.__init__ = init_with_abbreviation


def _trimmed_parts(parts: list) -> list:
    out = []
    for value in parts:
        if value in ("", None):
            break  # a part given as an empty string is absent, and so are the smaller ones
        out.append(value)
    return out


def empty_date_parts_are_absent() -> None:
    """A date part given as an empty string ("date-parts": [["2000", "", ""]]) is absent, as
    citeproc-js reads it; citeproc-py printed it as "00/00/2000" (CSL test-suite:
    date_EmptyStrings)."""
    from citeproc.source import json as source_json

    parse_date = source_json.CiteProcJSON.parse_date

    def parse_date_trimmed(self, json_data):
        parts = json_data.get("date-parts") if isinstance(json_data, dict) else None
        if parts and any(p in ("", None) for date in parts for p in date):
            json_data = dict(json_data)
            json_data["date-parts"] = [d for d in (_trimmed_parts(p) for p in parts) if d]
        return parse_date(self, json_data)

    source_json.CiteProcJSON.parse_date = parse_date_trimmed


def raw_date_without_parts_is_literal() -> None:
    """A date with no date-parts but a `raw` string is printed as that string, as
    citeproc-js prints a raw date it cannot read; citeproc-py lost the date (CSL
    test-suite: date_String)."""
    from citeproc.source import json as source_json

    parse_date = source_json.CiteProcJSON.parse_date

    def parse_date_raw(self, json_data):
        if (isinstance(json_data, dict) and not json_data.get("date-parts")
                and "literal" not in json_data and json_data.get("raw")):
            json_data = dict(json_data, literal=json_data["raw"])
        return parse_date(self, json_data)

    source_json.CiteProcJSON.parse_date = parse_date_raw
