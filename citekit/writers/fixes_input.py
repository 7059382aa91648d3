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
