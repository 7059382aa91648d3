"""Fixes to citeproc-py's behaviour, one documented function per engine defect.

`apply()` installs them once per process, before the first style is loaded.
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


def honour_initialize_false() -> None:
    """CSL `initialize="false"`: keep full given names, only tidy initials already there.

    citeproc-py initialises whenever `initialize-with` is set, so Chicago printed "M. Kramer"
    for "Mark Kramer" (CSL test-suite: name_InitialsInitializeFalse*).
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

    Name.initialize = initialize_unless_false


def apply() -> None:
    global _applied
    if not _applied:
        know_csl_102_variables()
        honour_initialize_false()
        _applied = True
