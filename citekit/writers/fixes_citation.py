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


def _year_and_suffix(item):
    date = item.reference.get("issued")
    year = getattr(date, "year", None) if date is not None else None
    if year is None and date is not None:
        year = getattr(getattr(date, "begin", None), "year", None)
    return year, str(item.reference.get("year_suffix") or "")


def _range_suffixes(parts: list, letters: list, dash: str) -> None:
    """In place: the latest run of three or more consecutive suffix letters ("b,c,d") of
    one author and year becomes a range ("b–d"); a run that grows is re-ranged."""
    runs, current = [], []
    for at, letter in letters:
        if current and len(letter) == 1 and ord(letter) == ord(current[-1][1]) + 1:
            current.append((at, letter))
        else:
            current = [(at, letter)]
            runs.append(current)
    for tail in runs:
        if len(tail) >= 3:
            _range_run(parts, tail, dash)


def _range_run(parts: list, tail: list, dash: str) -> None:
    first_at, first_letter = tail[0]
    last_at, last_letter = tail[-1]
    text, before, flag = parts[first_at]
    head = str(text)[: len(str(text)) - len(first_letter)]
    from citeproc.string import String

    parts[first_at] = (type(text)(head) + String(first_letter + dash + last_letter)
                       if head else String(first_letter + dash + last_letter), before, flag)
    for at, _ in tail[1:]:
        parts[at] = (String(""), "", flag)


_CITE = {"capture": False, "suppress": False, "author": None, "depth": 0}


def collapse_cites() -> None:
    """cs:citation `collapse` and `cite-group-delimiter` (CSL spec, Cite Grouping and Cite
    Collapsing; test-suite: collapse_AuthorCollapse, collapse_CitationNumberRangesMixed, ...):

    - cites by the same author (the first cs:names output) are grouped, in order of first
      appearance (without cs:sort only neighbouring cites, as citeproc-js groups them:
      name_CiteGroupDelimiterWithYearSuffixCollapse2), and joined by
      `cite-group-delimiter`; unset, that is ", " in in-text
      styles and the layout delimiter in others, as citeproc-js has it
      (disambiguate_YearSuffixWithEtAlSubsequent, disambiguate_YearCollapseWithInstitution);
    - `collapse="year"` (and the year-suffix forms, for which only this step is done) prints
      the author once per group: "(Smith 1900, 2000)";
    - `collapse="citation-number"` turns three or more consecutive numbers into a range:
      "[1]–[4]";
    - a collapsed group is followed by `after-collapse-delimiter` (default: the layout's);
    - a cite with nothing left once its author is collapsed away (no date) is dropped, as
      citeproc-js drops it (collapse_AuthorCollapseNoDateSorted).
    citeproc-py ignored all of them. Cites with a locator, prefix or suffix are not collapsed.
    """
    from citeproc import model
    from citeproc.source import VariableError
    from citeproc.string import String

    names_process = model.Names.process

    def process(self, item, names_context=None, context=None, **kwargs):
        outermost = _CITE["depth"] == 0
        if outermost and _CITE["capture"] and _CITE["author"] is None \
                and kwargs.get("sort_options") is None:
            if _CITE["suppress"]:
                _CITE["author"] = ""
                return None
            _CITE["depth"] += 1
            try:
                text = names_process(self, item, names_context, context, **kwargs)
            finally:
                _CITE["depth"] -= 1
            _CITE["author"] = str(text) if text is not None else ""
            return text
        _CITE["depth"] += 1
        try:
            return names_process(self, item, names_context, context, **kwargs)
        finally:
            _CITE["depth"] -= 1

    model.Names.process = process
    render_citation = model.Layout.render_citation

    def render_one(layout, item, suppress=False):
        layout.repressed = {}
        _CITE.update(capture=True, suppress=suppress, author=None)
        try:
            output = layout.render_children(item)
        except VariableError:
            output = None
        finally:
            _CITE["capture"] = False
        if output is None:
            return None, None
        return item.get("prefix", "") + output + item.get("suffix", ""), _CITE["author"]

    def plain(item) -> bool:
        return not (item.has_locator or item.get("prefix") or item.get("suffix"))

    def render_collapsed(self, citation, callback):
        element = self.getparent()
        collapse = element.get("collapse")
        grouping = element.get("cite-group-delimiter")
        if not collapse and grouping is None:
            return render_citation(self, citation, callback)
        bibliography = citation.bibliography
        good = [c for c in citation.cites if not c.is_bad()]
        bad = [c for c in citation.cites if c.is_bad()]
        good.sort(key=lambda item: bibliography.keys.index(item.key))
        if element.sort is not None:
            good = element.sort.sort(good, self)
        rendered = []
        for item in good:
            text, author = render_one(self, item)
            if text is not None:
                rendered.append([item, text, author])
        delimiter = self.get("delimiter", "")
        after = element.get("after-collapse-delimiter", delimiter)
        group_delimiter = grouping  # unset: ", " in in-text styles, else the layout's
        if group_delimiter is None:
            group_delimiter = ", " if self.get_root().get("class") == "in-text" else delimiter
        parts = []  # (text, delimiter before it)
        if collapse == "citation-number":
            i = 0
            while i < len(rendered):
                j = i
                while (j + 1 < len(rendered) and plain(rendered[j + 1][0]) and plain(rendered[j][0])
                       and rendered[j + 1][0].number == rendered[j][0].number + 1):
                    j += 1
                if j - i >= 2:
                    text = rendered[i][1] + self.unicode_character("EN DASH") + rendered[j][1]
                    parts.append((text, after if parts and parts[-1][2] else delimiter, True))
                    i = j + 1
                else:
                    parts.append((rendered[i][1], after if parts and parts[-1][2] else delimiter,
                                  False))
                    i += 1
        else:
            groups: list[list] = []
            by_author: dict = {}
            unsorted = element.find("cs:sort", element.nsmap) is None
            for entry in rendered:
                author = entry[2]
                if collapse in ("year-suffix", "year-suffix-ranged") and not author:
                    author = "\x00no names"  # cites without names group together
                if unsorted and by_author.get(author) is not (groups[-1] if groups else None):
                    by_author.pop(author, None)  # unsorted: only neighbours are grouped
                if author and author in by_author:
                    by_author[author].append(entry)
                else:
                    group = [entry]
                    groups.append(group)
                    if author:
                        by_author[author] = group
            suffix_delimiter = element.get("year-suffix-delimiter",
                                           grouping if grouping is not None else delimiter)
            for group in groups:
                collapsed = False
                previous_year = None
                suffix_only = None
                letters = []  # (index in parts, suffix) of a run of suffix-only cites
                runs = [letters]
                for n, (item, text, author) in enumerate(group):
                    year, suffix = _year_and_suffix(item)
                    before = group_delimiter if n else (after if parts and parts[-1][2]
                                                        else delimiter)
                    if n and parts and parts[-1][0] == suffix_only:
                        before = after  # a run of suffixes ends like a collapsed group
                    if (n and collapse in ("year-suffix", "year-suffix-ranged") and plain(item)
                            and suffix and year is not None and year == previous_year):
                        text, before, collapsed = String(suffix), suffix_delimiter, True
                        suffix_only = text
                        letters.append((len(parts), suffix))
                    elif n and collapse in ("year", "year-suffix", "year-suffix-ranged") \
                            and plain(item):
                        short, _ = render_one(self, item, suppress=True)
                        if short is None:  # nothing left once the author goes: dropped,
                            continue  # as citeproc-js drops it (AuthorCollapseNoDateSorted)
                        text, collapsed = short, True
                        letters = [(len(parts), suffix)] if suffix else []
                        runs.append(letters)
                    else:
                        letters = [(len(parts), suffix)] if suffix else []
                        runs.append(letters)
                    previous_year = year if suffix else None
                    parts.append((text, before, False))
                if collapse == "year-suffix-ranged":
                    for run in runs:
                        _range_suffixes(parts, run, self.unicode_character("EN DASH"))
                if collapsed:
                    parts[-1] = (parts[-1][0], parts[-1][1], True)
        out = None
        for text, before, _ in parts:
            out = text if out is None else out + String(before) + text
        for item in good:
            element.cites.append(item)
        for item in bad:
            value = callback(item)
            piece = value or "{}?".format(item.key)
            out = piece if out is None else out + String(delimiter) + piece
        if out is None:
            return None
        return self.format(self.wrap(out))

    model.Layout.render_citation = render_collapsed
