"""A Markdown manuscript with pandoc-style citations -> text with numbered notes (note styles)
or in-place citations (in-text styles), followed by the bibliography of the works cited.

Positions (first, subsequent, ibid, ibid-with-locator) come from citeproc-py, which decides them
from the citations rendered before in the same bibliography object: every citation of the
document is rendered in order through one. Two engine gaps are handled here, not in the style:
- citeproc-py compares locators by identity, so a repeated "p. 45" was "ibid-with-locator";
  `Locator` gets value equality (`locators_compare_by_value`);
- it knows neither `suppress-author` nor author-only rendering (pandoc's `[-@key]` and `@key`):
  `Names.render` is wrapped to drop, or keep only, the first name list of a flagged cite.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from ..manuscript import Cite, Cluster, parse
from ..model import Record
from .csl import StyleError, _finish, _formatter, bibliography, choose_style, load_style, to_engine

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# id(CitationItem) -> "suppress" | "author-only", set only while that citation renders.
_name_modes: dict[int, str] = {}
_patched = False


class UnknownKey(ValueError):
    """A citation key the library does not hold; the message names file and line."""


def locators_compare_by_value() -> None:
    from citeproc.source import Locator

    Locator.__eq__ = lambda a, b: (isinstance(b, Locator) and (a.label, a.identifier)
                                   == (b.label, b.identifier))
    Locator.__hash__ = lambda a: hash((a.label, a.identifier))


def names_follow_cite_mode() -> None:
    """`[-@key]` drops the first name list the cite renders (its author, or what stands in for
    it); `@key` in the sentence renders that name list alone."""
    from citeproc import model

    render = model.Names.render
    state: dict[int, list] = {}  # id(item) -> [depth, first list done?, kept text]

    def names_render(self, item, *args, **kwargs):
        mode = _name_modes.get(id(item))
        if mode is None:
            return render(self, item, *args, **kwargs)
        st = state.setdefault(id(item), [0, False, None])
        st[0] += 1
        try:
            text = render(self, item, *args, **kwargs)
        finally:
            st[0] -= 1
        if st[0] == 0 and not st[1] and text:
            st[1] = True
            st[2] = text
            return None if mode == "suppress" else text
        return text

    def reset(item) -> str | None:
        return (state.pop(id(item), None) or [0, False, None])[2]

    model.Names.render = names_render
    names_follow_cite_mode.reset = reset


def _patch() -> None:
    global _patched
    if not _patched:
        locators_compare_by_value()
        names_follow_cite_mode()
        _patched = True


@dataclass
class Rendered:
    text: str
    notes: list[str]
    label: str  # before note numbers in Markdown: "c" when the text has footnotes [^1]...
    bibliography: list[str]
    bibliography_title: str


def check_keys(clusters: list[Cluster], records: dict[str, Record], source: str) -> None:
    for cluster in clusters:
        for cite in cluster.cites:
            if cite.key not in records:
                raise UnknownKey(f"{source}:{cluster.line}: unknown citation key '{cite.key}'")


def _affix(text: str, fmt: str) -> str:
    return html.escape(text, quote=False) if fmt in ("html", "markdown") else text


def _suffix(text: str) -> str:
    return text if not text or text[0] in ",.;:!?)" else " " + text


class _Engine:
    """One citeproc-py bibliography through which every citation of a document renders."""

    def __init__(self, records: list[Record], style_name: str, fmt: str):
        from citeproc import CitationStylesBibliography
        from citeproc.source.json import CiteProcJSON

        self.style = load_style(style_name)
        _patch()  # after the engine fixes, so these wrap them
        self.fmt = fmt
        self.bib = CitationStylesBibliography(self.style, CiteProcJSON(
            [to_engine(r) for r in records]), _formatter(fmt))
        self.note_class = self.style.root.get("class") == "note"

    def citation(self, cites: list[Cite]):
        from citeproc import Citation, CitationItem
        from citeproc.source import Locator

        items = []
        for cite in cites:
            options = {}
            if cite.locator:
                options["locator"] = Locator(cite.label or "page", cite.locator)
            if cite.prefix:
                options["prefix"] = _affix(cite.prefix, self.fmt) + " "
            if cite.suffix:
                options["suffix"] = _affix(_suffix(cite.suffix), self.fmt)
            items.append(CitationItem(cite.key, **options))
        citation = Citation(items)
        self.bib.register(citation)
        return citation

    def render(self, citation, modes: list[str | None], *, counts: bool = True
               ) -> tuple[str, list[str | None]]:
        """The citation's text; per cite, the name list an author-only cite kept. A citation
        that does not count (an author's name in the sentence) leaves positions as they were."""
        seen = len(self.bib._cites)
        for item, mode in zip(citation.cites, modes):
            if mode:
                _name_modes[id(item)] = mode
        saved = self.bib.keys
        if self.note_class:  # citeproc-py orders a citation's cites by first citation; keep
            own = [c.key for c in citation.cites]  # the author's order (notes are unsorted)
            self.bib.keys = own + [k for k in saved if k not in own]
        try:
            text = str(self.bib.cite(citation, _missing))
        finally:
            self.bib.keys = saved
            if not counts:
                del self.bib._cites[seen:]
            kept = [names_follow_cite_mode.reset(item) for item in citation.cites]
            for item in citation.cites:
                _name_modes.pop(id(item), None)
        return _finish(text, self.fmt), [_finish(str(k), self.fmt) if k else None for k in kept]


def _missing(item) -> None:
    raise StyleError(f"no record {item.key!r}")


def render_manuscript(text: str, records: dict[str, Record], style: str, *,
                      edition: str | None = None, fmt: str = "text",
                      source: str = "<text>", cache_dir: Path | None = None) -> Rendered:
    """Replace each citation by a note reference (note styles) or the citation itself."""
    clusters = parse(text)
    check_keys(clusters, records, source)
    choice = choose_style(style, edition)
    cited: dict[str, Record] = {}
    for cluster in clusters:
        for cite in cluster.cites:
            cited.setdefault(cite.key, records[cite.key])
    engine = _Engine(list(cited.values()), choice.name, fmt)
    in_note = _own_footnotes(text) if engine.note_class else {}
    planned = []
    for cluster in clusters:
        first = cluster.cites[0]
        if engine.note_class and first.prefix and _label_at(cluster.start, in_note) is None:
            # a note of its own is a sentence: 'see' -> 'See' (pandoc)
            first.prefix = re.sub(r"^(\W*)(\w)", lambda m: m.group(1) + m.group(2).upper(),
                                  first.prefix)
        if cluster.in_text:  # the author's name in the sentence, the rest cited after it
            head = cluster.cites[0]
            author = engine.citation([Cite(key=head.key)])
            planned.append((cluster, author, engine.citation(cluster.cites)))
        else:
            planned.append((cluster, None, engine.citation(cluster.cites)))
    own = set(re.findall(r"\[\^([^\]\s]+)\]", text))  # the author's own footnotes
    label = "c" if fmt == "markdown" and any(str(i) in own for i in range(1, len(clusters) + 1)) \
        else ""
    rendered = {}  # rendered in reading order: a footnote's citations where it is referred to
    for i in sorted(range(len(planned)), key=lambda i: _reading_position(
            planned[i][0], in_note, text)):
        cluster, author, citation = planned[i]
        name = ""
        if author is not None:
            _, kept = engine.render(author, ["author-only"], counts=False)
            name = kept[0] or ""
        modes = [("suppress" if c.suppress_author or c.author_in_text else None)
                 for c in cluster.cites]
        rendered[i] = (name, engine.render(citation, modes)[0])
    out, notes, pos = [], [], 0
    for i, (cluster, author, citation) in enumerate(planned):
        before = text[pos:cluster.start]
        after_at = cluster.end
        name, body = rendered[i]
        if _label_at(cluster.start, in_note) is not None:  # in the author's own footnote
            if re.match(r"[.,;:!?]", text[after_at:after_at + 1]):
                body = body.rstrip(".")
            out.append(before + (f"{name} ({body.rstrip('.')})" if name else body))
        elif engine.note_class:
            notes.append(body)
            mark = _note_mark(label + str(len(notes)), fmt)
            if author is not None:
                out.append(before + name + mark)
            else:  # the note mark goes after the sentence's punctuation
                gap = re.search(r"(?<!\n)[ \t]*(?:\n[ \t]*)?\Z", before)
                before = before[:gap.start()] if gap else before  # not across a blank line
                punct = re.match(r"[.,;:!?]+", text[after_at:])
                if punct:
                    out.append(before + punct.group() + mark)
                    after_at += punct.end()
                else:
                    out.append(before + mark)
        else:
            if name and not re.sub(r"[\s()\[\]]", "", body):
                body = ""  # nothing left but the brackets once the author is in the sentence
            out.append(before + " ".join(p for p in (name, body) if p))
        pos = after_at
    out.append(text[pos:])
    entries, title = [], ""
    if clusters and load_style(choice.name).has_bibliography():
        entries = bibliography(list(cited.values()), style, edition=edition, fmt=fmt,
                               cache_dir=cache_dir)
        title = ("Works Cited" if "modern-language-association" in choice.name else
                 "Bibliography" if engine.note_class else "References")
    return Rendered("".join(out), notes, label, entries, title)


def _own_footnotes(text: str) -> dict[tuple[int, int], str]:
    """(start, end) of each footnote definition the author wrote (`[^n]: ...` with its lazy
    and indented continuation lines) -> its label."""
    spans = {}
    for m in re.finditer(r"^\[\^([^\]\s]+)\]:", text, re.M):
        end = text.find("\n", m.end())
        while end >= 0:
            nxt = text.find("\n", end + 1)
            line = text[end + 1:nxt if nxt >= 0 else len(text)]
            if not line.strip():  # a blank line ends it unless indented text follows
                follow = re.match(r"(?:[ \t]*\n)*([ \t]*)\S", text[end + 1:])
                if not follow or len(follow.group(1).expandtabs(4)) < 4:
                    break
            elif line.startswith("[^") and re.match(r"\[\^[^\]\s]+\]:", line):
                break
            end = nxt
        spans[(m.start(), end if end >= 0 else len(text))] = m.group(1)
    return spans


def _label_at(offset: int, spans: dict[tuple[int, int], str]) -> str | None:
    return next((label for (a, b), label in spans.items() if a <= offset < b), None)


def _reading_position(cluster: Cluster, spans: dict, text: str) -> int:
    """Where a reader meets a citation: a footnote's where the footnote is referred to."""
    label = _label_at(cluster.start, spans)
    if label is None:
        return cluster.start
    for m in re.finditer(re.escape(f"[^{label}]"), text):
        if _label_at(m.start(), spans) is None and text[m.end():m.end() + 1] != ":":
            return m.start()
    return cluster.start


def _note_mark(n: str, fmt: str) -> str:
    if fmt == "markdown":
        return f"[^{n}]"
    if fmt == "html":
        return f'<sup id="fnref{n}"><a href="#fn{n}">{n}</a></sup>'
    return n.translate(SUPERSCRIPT)


def format_document(doc: Rendered, fmt: str) -> str:
    parts = [doc.text.rstrip("\n")]
    if fmt == "markdown":
        if doc.notes:
            parts.append("\n".join(f"[^{doc.label}{i}]: {n}"
                                   for i, n in enumerate(doc.notes, 1)))
        if doc.bibliography:
            parts.append(f"# {doc.bibliography_title}\n\n" + "\n\n".join(doc.bibliography))
    elif fmt == "html":
        if doc.notes:
            parts.append('<section class="footnotes">\n<ol>\n' + "\n".join(
                f'<li id="fn{i}">{n} <a href="#fnref{i}">↩</a></li>'
                for i, n in enumerate(doc.notes, 1)) + "\n</ol>\n</section>")
        if doc.bibliography:
            parts.append(f"<h1>{doc.bibliography_title}</h1>\n<div class=\"csl-bib-body\">\n"
                         + "\n".join(f'<div class="csl-entry">{e}</div>'
                                     for e in doc.bibliography) + "\n</div>")
    else:
        if doc.notes:
            parts.append("Notes\n\n" + "\n".join(f"{i}. {n}" for i, n in enumerate(doc.notes, 1)))
        if doc.bibliography:
            parts.append(f"{doc.bibliography_title}\n\n" + "\n".join(doc.bibliography))
    return "\n\n".join(parts) + "\n"
