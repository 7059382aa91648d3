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
        note = _note_of(first)
        if not note:
            raise VariableError("first-reference-note-number")
        return String(str(note))

    model.Text._variable = note_number_variable


def near_note_by_note_numbers() -> None:
    """CSL spec, position "near-note": the item was cited in a note at most
    near-note-distance notes before the current one (0: the same note). citeproc-py counted
    citations instead of notes, so with near-note-distance="0" a second cite in the same
    note was not near (CSL test-suite: position_NearNoteSameNote). Citations without note
    numbers keep the engine's count.
    """
    from citeproc import model

    position = model.If._position

    def position_by_notes(self, item, context):
        results = position(self, item, context)
        names = self.get("position").split()
        if "near-note" not in names or len(names) != len(results):
            return results
        current = _note_of(item)
        if not current:
            return results
        layout = (context if context is not None else self).get_layout()
        cites = [c for c in getattr(layout.getparent(), "cites", None) or ()
                 if c.key == item.key and c is not item]
        notes = [_note_of(c) for c in cites]
        if not cites or not all(notes):
            return results
        distance = int(self.get_root().get_option("near-note-distance"))
        near = any(0 <= current - note <= distance for note in notes)
        return [near if name == "near-note" else result
                for name, result in zip(names, results)]

    model.If._position = position_by_notes


def _note_of(cite):
    """The note number of the citation a cite belongs to; None outside notes. (A citation
    raises VariableError, not AttributeError, for a missing attribute.)"""
    try:
        return cite.citation.note_index
    except Exception:
        return None


def ibid_after_a_note_of_one_cite() -> None:
    """CSL spec, position "ibid": the first cite of a citation is ibid only when the
    preceding citation was a single cite of the same item. With notes, citeproc-js takes the
    preceding citation as everything cited in the preceding note: after a note that cites
    two works, even if the last is the same item, the next note's cite is not ibid; within
    one note, citations count one by one (CSL test-suite:
    position_IbidWithMultipleSoloCitesInBackref, position_IbidSeparateCiteSameNote).
    """
    from citeproc import model

    position = model.If._position

    def position_by_note(self, item, context):
        results = position(self, item, context)
        names = self.get("position").split()
        if len(names) != len(results) or not any(
                r for n, r in zip(names, results) if n.startswith("ibid")):
            return results  # (in a bibliography the engine answers [False])
        layout = (context if context is not None else self).get_layout()
        cites = getattr(layout.getparent(), "cites", None) or []
        if not cites or cites[-1].citation is item.citation:
            return results
        note = _note_of(cites[-1])
        if not note or not _note_of(item) or note == _note_of(item):
            return results
        if sum(1 for c in cites if _note_of(c) == note) > 1:
            return [False if n.startswith("ibid") else r for n, r in zip(names, results)]
        return results

    model.If._position = position_by_note


def locators_compare_by_value() -> None:
    """CSL spec, position "ibid-with-locator": the cite has a locator that differs from the
    preceding cite's. citeproc-py compared locators by identity, so a repeated "p. 34" was
    "ibid-with-locator" instead of "ibid" (CSL test-suite: integration_SimpleIbid). The same
    equality as notes.locators_compare_by_value, which manuscripts had alone."""
    from citeproc.source import Locator

    Locator.__eq__ = lambda a, b: (isinstance(b, Locator) and (a.label, a.identifier)
                                   == (b.label, b.identifier))
    Locator.__hash__ = lambda a: hash((a.label, a.identifier))


def ibid_within_text_or_notes() -> None:
    """In a note style, citations in the running text (note number 0) and citations in
    notes are two sequences: "ibid" refers to the preceding cite of the same sequence, so
    an in-text citation after a footnote can still be "Ibid." of the in-text one before it
    (citeproc-js; CSL test-suite: position_IbidInText). CSL spec, position "ibid": same item
    as the preceding cite, which is in the same citation or is a citation of one cite.
    """
    from citeproc import model

    position = model.If._position

    def position_in_sequence(self, item, context):
        results = position(self, item, context)
        names = self.get("position").split()
        if len(names) != len(results) or not any(n.startswith("ibid") for n in names):
            return results
        layout = (context if context is not None else self).get_layout()
        cites = getattr(layout.getparent(), "cites", None) or []
        mine = _note_of(item) is not None and not _note_of(item)  # in the text, not a note
        same = [c for c in cites if (_note_of(c) is not None and not _note_of(c)) == mine]
        if len(same) == len(cites) or _note_of(item) is None:
            return results
        last = same[-1] if same else None
        possibly = (last is not None and last.key == item.key
                    and (last.citation is item.citation or len(last.citation.cites) == 1))
        ibid = possibly and (item.has_locator or not last.has_locator)
        with_locator = possibly and item.has_locator and (
            not last.has_locator or item.locator != last.locator)
        return [ibid if n == "ibid" else with_locator if n == "ibid-with-locator" else r
                for n, r in zip(names, results)]

    model.If._position = position_in_sequence
