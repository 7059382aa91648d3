"""Citation-level fixes for citeproc-py (how the cites of a citation are put together);
installed by citeproc_fixes.apply()."""

from __future__ import annotations


class _GivenOrder:
    """Stands in for a missing cs:sort: the cites of a citation in the order given."""

    def __init__(self, cites):
        self.order = {id(cite): i for i, cite in enumerate(cites)}

    def sort(self, items, context):
        return sorted(items, key=lambda item: self.order.get(id(item), len(self.order)))


def cites_in_given_order() -> None:
    """CSL spec, cs:citation: without cs:sort, cites are printed in the order they are given.
    citeproc-py put them in the order the items were first cited, or in bibliography order
    once that was sorted, so "(Wong 1999; Garcia 1998)" came out "(Garcia 1998; Wong
    1999)" (CSL test-suite: disambiguate_YearSuffixAndSort). The engine reads cs:sort as an
    attribute of the cs:citation element; for the time of one citation a stand-in keeps the
    given order there.
    """
    from citeproc import model

    render_citation = model.Layout.render_citation

    def render_in_given_order(self, citation, callback):
        element = self.getparent()
        if element.find("cs:sort", element.nsmap) is not None:
            return render_citation(self, citation, callback)
        element.sort = _GivenOrder(citation.cites)
        try:
            return render_citation(self, citation, callback)
        finally:
            del element.sort

    model.Layout.render_citation = render_in_given_order


def first_reference_note_number() -> None:
    """CSL variable `first-reference-note-number`: the number of the note in which the item
    was first cited (in a citation, never in the bibliography). citeproc-py did not know
    it, so "supra note 1" lost its number (CSL test-suite:
    integration_SimpleFirstReferenceNoteNumber, position_IbidSeparateCiteSameNote).
    """
    from citeproc import model
    from citeproc.source import VariableError
    from citeproc.string import String

    variable = model.Text._variable

    def note_number_variable(self, item, context):
        if self.get("variable") != "first-reference-note-number":
            return variable(self, item, context)
        layout = context.get_layout()
        citation = layout.getparent()
        if not isinstance(citation, model.Citation):
            raise VariableError("first-reference-note-number")
        first = next((cite for cite in getattr(citation, "cites", None) or ()
                      if cite.key == item.key), item)
        note = getattr(getattr(first, "citation", None), "note_index", None)
        if not note:
            raise VariableError("first-reference-note-number")
        return String(str(note))

    model.Text._variable = note_number_variable
