"""Pandoc-style citations in Markdown: `[see @key, p. 45; @other]`, `@key [45]`, `[-@key]`.

Follows pandoc's citation syntax: a key starts with a letter, digit or `_` and may hold single
internal punctuation (`:.#$%&-+?<>~/`), or is written in braces (`@{...}`). An `@` after a
letter or digit (`a@b.com`), an escaped `\\@`, and code (spans and fenced blocks) are not
citations. After the key, an optional comma, a locator (a term such as `p.`, `chap.`, or a number
meaning a page; `{...}` delimits one) and a suffix.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

KEY = r"(?:\{(?P<bkey>[^{}\s]+)\}|(?P<key>\w(?:\w|[:.#$%&\-+?<>~/](?=\w))*))"
KEY_RE = re.compile(r"(?P<minus>-?)@" + KEY)
# In a bracket, a key starts the item or follows white space or an opening bracket.
ITEM_KEY_RE = re.compile(r"(?:^|(?<=[\s(\[]))" + KEY_RE.pattern)
FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.M)

# Locator terms (pandoc takes them from the CSL locale) -> CSL locator variables.
TERMS = {
    "p": "page", "pp": "page", "page": "page", "pages": "page",
    "chap": "chapter", "chaps": "chapter", "ch": "chapter", "chapter": "chapter",
    "chapters": "chapter", "sec": "section", "secs": "section", "section": "section",
    "§": "section", "§§": "section", "vol": "volume", "vols": "volume", "volume": "volume",
    "fig": "figure", "figs": "figure", "figure": "figure", "n": "note", "nn": "note",
    "note": "note", "notes": "note", "para": "paragraph", "paras": "paragraph",
    "paragraph": "paragraph", "¶": "paragraph", "¶¶": "paragraph", "fol": "folio",
    "fols": "folio", "folio": "folio", "folios": "folio", "f": "folio", "ff": "folio",
    "l": "line", "ll": "line",
    "line": "line", "lines": "line", "col": "column", "cols": "column", "column": "column",
    "bk": "book", "bks": "book", "book": "book", "pt": "part", "pts": "part", "part": "part",
    "no": "issue", "nos": "issue", "op": "opus", "opp": "opus", "v": "verse", "vv": "verse",
    "verse": "verse", "s.v": "sub-verbo", "s.vv": "sub-verbo", "sub verbo": "sub-verbo",
    "app": "appendix", "appendix": "appendix",
}
_TERM_RE = re.compile(
    r"(?P<term>" + "|".join(re.escape(t) for t in sorted(TERMS, key=len, reverse=True))
    + r")(?:\.|(?=\s))\s*", re.I)
_NUM = r"(?:\[?\d[\w.:()\[\]]*|[ivxlcdm]+\b|[IVXLCDM]+\b)"
_VALUE_RE = re.compile(_NUM + r"(?:\s*[-–—]+\s*" + _NUM + r")?")


@dataclass
class Cite:
    key: str
    prefix: str = ""
    suffix: str = ""
    label: str | None = None  # CSL locator variable: page, chapter...
    locator: str | None = None
    suppress_author: bool = False
    author_in_text: bool = False


@dataclass
class Cluster:
    """One citation as written: a bracketed group, or `@key` with its optional `[suffix]`."""
    start: int  # offsets of the written citation in the text
    end: int
    line: int
    cites: list[Cite] = field(default_factory=list)
    in_text: bool = False  # `@key` written in the sentence, not in brackets


def split_locator(rest: str) -> tuple[str | None, str | None, str]:
    """Text after a key -> (label, locator, suffix): ', pp. 33-35 and passim' ->
    ('page', '33-35', ' and passim'). Without a term only numbers are locators (pages)."""
    m = re.match(r"\s*,?\s*", rest)
    s = rest[m.end():]
    if s.startswith("{"):
        close = s.find("}")
        if close > 0:
            inner = s[1:close].strip()
            term = _TERM_RE.match(inner)
            label = TERMS[term.group("term").lower()] if term else "page"
            value = inner[term.end():] if term else inner
            return (label, value.strip(), s[close + 1:]) if value.strip() else (None, None,
                                                                               s[close + 1:])
    term = _TERM_RE.match(s)
    label = TERMS[term.group("term").lower()] if term else None
    body = s[term.end():] if term else s
    values, pos = [], 0
    while True:
        v = _VALUE_RE.match(body, pos)
        if not v or (not term and not v.group().lstrip("[")[:1].isdigit()):
            break
        after = body[v.end():v.end() + 1]
        if after and not (after.isspace() or after in ",;"):
            break
        values.append(v.group())
        pos = v.end()
        more = re.match(r"\s*(?:,|&|and)\s*", body[pos:])
        nxt = _VALUE_RE.match(body, pos + more.end()) if more else None
        if not nxt or (not term and not nxt.group().lstrip("[")[:1].isdigit()):
            break
        values.append(body[pos:pos + more.end()])
        pos += more.end()
    if not values:
        return None, None, rest
    return label or "page", "".join(values).strip(), body[pos:]


def _item(text: str) -> Cite | None:
    """One `;`-separated part of a bracketed citation: prefix, [-]@key, locator and suffix."""
    m = ITEM_KEY_RE.search(text)
    if not m:
        return None
    label, locator, suffix = split_locator(text[m.end():])
    return Cite(key=m.group("bkey") or m.group("key"), prefix=text[:m.start()].strip(),
                suffix=suffix.rstrip(), label=label, locator=locator,
                suppress_author=bool(m.group("minus")))


def _split_items(content: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(content):
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        elif ch == ";" and depth == 0 and (i == 0 or content[i - 1] != "\\"):
            parts.append(content[start:i])
            start = i + 1
    parts.append(content[start:])
    return parts


def _closing_bracket(text: str, i: int) -> int:
    """Index of the `]` matching the `[` at i, or -1."""
    depth, j = 0, i
    while j < len(text):
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "\n" and text[j + 1:j + 2] == "\n":
            return -1  # a citation does not span paragraphs
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return -1


def _code_ranges(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks and inline code spans, which hold no citations."""
    ranges = []
    pos = 0
    while True:
        m = FENCE_RE.search(text, pos)
        if not m:
            break
        fence = m.group(1)
        close = re.compile(r"^ {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$",
                           re.M).search(text, text.find("\n", m.end()) + 1 or len(text))
        end = close.end() if close and text.find("\n", m.end()) >= 0 else len(text)
        ranges.append((m.start(), end))
        pos = end
    return ranges


def parse(text: str) -> list[Cluster]:
    """Every citation in `text`, in order."""
    code = _code_ranges(text)
    clusters: list[Cluster] = []
    i, n, r = 0, len(text), 0
    while i < n:
        while r < len(code) and code[r][1] <= i:
            r += 1
        if r < len(code) and code[r][0] <= i:
            i = code[r][1]
            continue
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            run = re.match(r"`+", text[i:]).group()
            close = re.compile(r"(?<!`)" + run + r"(?!`)").search(text, i + len(run))
            i = close.end() if close else i + len(run)
            continue
        if ch == "[":
            cluster = _bracketed(text, i)
            if cluster:
                clusters.append(cluster)
                i = cluster.end
                continue
        elif ch == "@" and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_@.\\/")):
            cluster = _in_text(text, i)
            if cluster:
                clusters.append(cluster)
                i = cluster.end
                continue
        i += 1
    for c in clusters:
        c.line = text.count("\n", 0, c.start) + 1
    return clusters


def _bracketed(text: str, i: int) -> Cluster | None:
    if text[i + 1:i + 2] == "^" or (i > 0 and text[i - 1] in "!]"):
        return None  # footnote reference, image, second half of a link
    j = _closing_bracket(text, i)
    if j < 0 or text[j + 1:j + 2] in ("(", "[", ":"):
        return None  # a link or a reference definition
    items = [_item(part) for part in _split_items(text[i + 1:j])]
    if not items or any(c is None for c in items):
        return None
    return Cluster(i, j + 1, 0, items)


def _in_text(text: str, i: int) -> Cluster | None:
    m = KEY_RE.match(text, i)
    if not m or m.group("minus"):
        return None
    cite = Cite(key=m.group("bkey") or m.group("key"), author_in_text=True)
    cluster = Cluster(i, m.end(), 0, [cite], in_text=True)
    b = re.match(r" ?\[", text[m.end():])
    if b:
        start = m.end() + b.end() - 1
        j = _closing_bracket(text, start)
        parts = _split_items(text[start + 1:j]) if j > 0 else []
        if parts and ITEM_KEY_RE.search(parts[0]) is None:
            rest = [_item(p) for p in parts[1:]]
            if all(rest):
                cite.label, cite.locator, suffix = split_locator(parts[0])
                cite.suffix = suffix.rstrip()
                cluster.cites.extend(rest)
                cluster.end = j + 1
    return cluster
