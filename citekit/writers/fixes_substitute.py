"""Engine fixes for cs:substitute and subsequent-author-substitute.

Installed by `citeproc_fixes.apply()`; one documented function per engine defect.
"""

from __future__ import annotations

from .fixes_disambiguation import _condition_holds
from .fixes_sorting import _name_parts


CSL_TEXT_TAG = "{http://purl.org/net/xbiblio/csl}text"  # how the engine keys cs:text in `repressed`


def suppress_substituted_variables() -> None:
    """CSL spec, cs:substitute: a variable rendered as a substitute is suppressed in the rest
    of the output. citeproc-py only suppressed a <text variable> that was a direct child of
    cs:substitute, and never names, so MLA printed "Kramer, Mark, editor. ... Edited by Mark
    Kramer" and a title that stood in for the author appeared twice (CSL test-suite:
    magic_SuppressDuplicateVariableRendering). Names already rendered inside the substitute
    are not rendered a second time within it either (substitute_SuppressOrdinaryVariable).
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
        if recording:  # rendered earlier in the same substitute: once is enough
            repressed = repressed | recording[-1]
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
                layout.repressed.setdefault(CSL_TEXT_TAG, []).append(var)
        return text

    model.Text._variable = _variable
    model.Names.process = process
    model.Substitute.render = render


def inherit_names_in_substitute() -> None:
    """CSL spec, cs:substitute: a `<names>` inside cs:substitute without a cs:name child uses
    the cs:name, cs:et-al and cs:label of the `<names>` element that holds the substitute.
    citeproc-py did this only for direct children of cs:substitute, so an editor standing in
    for the author from inside a cs:choose (as in every Chicago style) was rendered with a bare
    default name: no "and", no inversion, no "eds." ("L. Chang, P. Kornbluh" for "Chang,
    Laurence, and Peter Kornbluh, eds."; CSL test-suite: substitute_SharedMacro...).
    """
    from citeproc import model

    process = model.Names.process

    def process_inheriting(self, item, names_context=None, context=None, **kwargs):
        if names_context is None and self.name is None:
            owner = self.xpath_search("./ancestor::cs:substitute[1]/parent::cs:names")
            if owner:
                names_context = owner[0]
        return process(self, item, names_context, context, **kwargs)

    model.Names.process = process_inheriting


def substitute_through_choose() -> None:
    """CSL spec, cs:substitute: its elements are tried in turn and the first that renders
    anything is used. citeproc-py took a cs:choose inside cs:substitute as one element and
    rendered everything in the matching branch, so Chicago's `editor-translator, editor,
    translator` alternatives all printed: "Mark Kramer, ed.Mark Kramer, trans." for
    "Mark Kramer, ed., ..., trans. Mark Kramer". The branch a cs:choose selects now supplies
    its children as further alternatives (CSL test-suite: substitute_SharedMacro...).
    """
    from citeproc import model
    from citeproc.source import VariableError

    def candidates(element, item, context):
        for child in element.iterchildren():
            if isinstance(child, model.Choose):
                branch = _chosen_branch(child, item, context)
                if branch is not None:
                    yield from candidates(branch, item, context)
            else:
                yield child

    def render(self, item, context=None, **kwargs):
        for child in candidates(self, item, context):
            try:
                if isinstance(child, model.Names) and child.name is None:
                    names = self.xpath_search("./parent::cs:names[1]")[0]
                    text = child.render(item, names_context=names, context=context, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            if text:
                self.add_to_repressed_list(child, context)
                return text
        return None

    model.Substitute.render = render


def _chosen_branch(choose, item, context):
    """The cs:if / cs:else-if / cs:else child of `choose` whose condition holds, if any."""
    from citeproc import model

    for branch in choose.iterchildren():
        if isinstance(branch, model.Else) or _condition_holds(branch, item, context):
            return branch
    return None


def subsequent_author_substitute() -> None:
    """cs:bibliography `subsequent-author-substitute`: when an entry's first names (the
    author, or what stands in for it) are those of the entry before, they are replaced by the
    given string, e.g. "———" in Chicago and MLA. citeproc-py ignored the option. Names are
    compared without their labels ("Kramer, Mark, ed." then "———. “Tactical ...”"), as
    citeproc-js does; the entry's own label stays ("--- ed."). Rules (CSL spec,
    subsequent-author-substitute-rule): complete-all (the default) replaces the whole list,
    complete-each each name of a list that matches in full, partial-each the names that match
    from the first on, partial-first the first name only. A title that stands in for the
    names is replaced whole. (CSL test-suite: sort_DropNameLabelInSort,
    sort_SeparateAuthorsAndOthers, substitute_SharedMacro, name_SubstitutePartialEach, ...)
    """
    from citeproc import model

    state = {"entry": None, "previous": None, "previous_parts": None, "depth": 0,
             "replace": None}
    process = model.Names.process

    def plan(entry, key):
        """What of this entry's first names the substitute replaces, by the rule: "all"
        (the whole list), a number of leading names, or None."""
        previous, rule = state["previous"], entry["rule"]
        if not entry["names"] or previous is None or previous[:1] == ("text",):
            return "all" if key == previous else None
        if rule == "complete-all":
            return "all" if key == previous else None
        parts, earlier = entry["parts"], state["previous_parts"] or [()]
        if rule == "complete-each":
            return sum(len(names) for names in parts) if key == previous else None
        same = 0
        for mine, theirs in zip(parts[0], earlier[0]):  # name by name
            if mine != theirs:
                break
            same += 1
        if rule == "partial-first":
            same = min(same, 1)
        return same or None

    def process_substituting(self, item, names_context=None, context=None, **kwargs):
        entry = state["entry"]
        outermost = state["depth"] == 0
        if (entry is None or not outermost or entry["seen"]
                or kwargs.get("sort_options") is not None):
            return process(self, item, names_context, context, **kwargs)
        layout = (context if context is not None else self).get_layout()
        before = {k: type(v)(v) for k, v in getattr(layout, "repressed", {}).items()}
        state["depth"] += 1
        try:
            text = process(self, item, names_context, context, **kwargs)
        finally:
            state["depth"] -= 1
        if text is None:
            return text
        entry["seen"] = True
        names = tuple(entry["names"])  # the name lists rendered, wherever they came from
        key = names if names else ("text", str(text))
        entry["key"] = key
        replace = plan(entry, key)
        if replace is None:
            return text
        if replace == "all" and not names:  # a title or other text stood in for names
            return self.preformat(entry["substitute"])
        layout.repressed = before  # rendered again, as if for the first time
        state["depth"] += 1
        state["replace"] = replace
        try:
            return process(self, item, names_context, context, **kwargs)
        finally:
            state["depth"] -= 1
            state["replace"] = None

    render_bibliography = model.Layout.render_bibliography

    def render_with_substitutes(self, citation_items):
        bibliography = self.getparent()
        substitute = bibliography.get("subsequent-author-substitute")
        rule = bibliography.get("subsequent-author-substitute-rule", "complete-all")
        if substitute is None or rule not in ("complete-all", "complete-each", "partial-each",
                                              "partial-first"):
            return render_bibliography(self, citation_items)
        output = []
        state["previous"] = state["previous_parts"] = None
        try:
            for item in citation_items:
                state["entry"] = {"seen": False, "key": None, "substitute": substitute,
                                  "names": [], "parts": [], "rule": rule}
                output.extend(render_bibliography(self, [item]))
                state["previous"] = state["entry"]["key"]
                state["previous_parts"] = state["entry"]["parts"]
        finally:
            state["entry"] = None
        return output

    name_process = model.Name.process

    def name_process_recording(self, item, variable, *args, **kwargs):
        entry, replace = state["entry"], state["replace"]
        if replace is not None and entry is not None and kwargs.get("sort_options") is None:
            if replace == "all":  # names, "and" and "et al." give way; a label stays
                return self.preformat(entry["substitute"])
            names = item.reference.get(variable, [])
            state["replace"] = max(0, replace - len(names))  # the next list takes the rest
            _SUBSTITUTED.update({id(n): entry["substitute"] for n in names[:replace]})
            try:
                return name_process(self, item, variable, *args, **kwargs)
            finally:
                _SUBSTITUTED.clear()
        text = name_process(self, item, variable, *args, **kwargs)
        if (entry is not None and not entry["seen"] and state["depth"] and text
                and kwargs.get("sort_options") is None):
            entry["names"].append(tuple(_name_parts(n) for n in item.reference.get(variable, [])))
            entry["parts"].append(tuple(_name_parts(n) for n in item.reference.get(variable, [])))
        return text

    from citeproc import source

    parts = source.Name.parts

    def parts_substituted(self):
        if _SUBSTITUTED and id(self) in _SUBSTITUTED:  # printed as the substitute alone
            return None, _SUBSTITUTED[id(self)], None, None, None
        return parts(self)

    source.Name.parts = parts_substituted
    model.Name.process = name_process_recording
    model.Names.process = process_substituting
    model.Layout.render_bibliography = render_with_substitutes


_SUBSTITUTED: dict = {}  # id of a name -> the subsequent-author-substitute printed for it
