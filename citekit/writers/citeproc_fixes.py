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

    Name.initialize = initialize_unless_false


def suppress_substituted_variables() -> None:
    """CSL spec, cs:substitute: a variable rendered as a substitute is suppressed in the rest
    of the output. citeproc-py only suppressed a <text variable> that was a direct child of
    cs:substitute, and never names, so MLA printed "Kramer, Mark, editor. ... Edited by Mark
    Kramer" and a title that stood in for the author appeared twice (CSL test-suite:
    magic_SuppressDuplicateVariableRendering).
    """
    from citeproc import model

    recording: list[set[str]] = []
    text_variable = model.Text._variable

    def _variable(self, item, context):
        text = text_variable(self, item, context)
        if text is not None and recording:
            recording[-1].add(self.get("variable"))
        return text

    names_process = model.Names.process

    def process(self, item, names_context=None, context=None, **kwargs):
        layout = (context if context is not None else self).get_layout()
        repressed = getattr(layout, "repressed", {}).get("citekit-vars", set())
        declared = self.get("variable")
        roles = declared.split()
        kept = [r for r in roles if r not in repressed]
        if recording:
            recording[-1].update(r for r in kept if r in item.reference)
        if kept == roles:
            return names_process(self, item, names_context, context, **kwargs)
        self.set("variable", " ".join(kept) or "citekit-suppressed")
        try:
            return names_process(self, item, names_context, context, **kwargs)
        finally:
            self.set("variable", declared)

    substitute_render = model.Substitute.render

    def render(self, item, context=None, **kwargs):
        recording.append(set())
        try:
            text = substitute_render(self, item, context=context, **kwargs)
        finally:
            rendered = recording.pop()
        if text:
            layout = (context if context is not None else self).get_layout()
            layout.repressed.setdefault("citekit-vars", set()).update(rendered)
            for var in rendered:  # the engine's own check on <text variable>
                layout.repressed.setdefault(model.Text.tag if hasattr(model.Text, "tag") else
                                            "{http://purl.org/net/xbiblio/csl}text", []).append(var)
        return text

    model.Text._variable = _variable
    model.Names.process = process
    model.Substitute.render = render


def apply() -> None:
    global _applied
    if not _applied:
        know_csl_102_variables()
        honour_initialize_false()
        suppress_substituted_variables()
        _applied = True
