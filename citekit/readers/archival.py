"""Archival citations (Wilson Center, NARA, FRUS styles) -> records.

    "Central Committee ... Protocol 71", December 3, 1962, Wilson Center Digital Archive, RGANI,
    F. 3, Op. 16, D. 947, Ll. 53-53ob. Translated and edited by Mark Kramer. <https://...>

Also archival footnotes as books print them ('20. U.S. Dept. of State, Memorandum from A to B,
17 December 1954', 'Baker to Charles, 15 January 1941 (BBC WAC)', 'FO 371/128663 1957 Title');
FRUS headings go to `frus`.

`parse_archival` reads one citation; it never raises and returns warnings for what it could not
place. `format_archival` writes a record back in the shape it was read from; reading that back
gives the same record (apart from provenance and the pre-rewrite URL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from citekit.archives import hosts, repositories
from citekit.model import FIELD_ORDER
from citekit.readers import dates, locators, names

Warning_ = tuple[str, str]
# CSL's type for letters, cables and telegrams; model.CSL_TYPES has no "letter", so records
# typed "letter" would fail validation.
LETTER_TYPE = "personal_communication"


@dataclass
class ParseResult:
    record: dict | None
    warnings: list[Warning_] = field(default_factory=list)


_URL_TOKEN_RE = re.compile(
    r"[(\[<]*(?:https?://|(?<![\w.])www\.|digitalarchive\.wilsoncenter\.org/|"
    r"wilson-center-digital-archive\.dvincitest\.com/)[\w\[]", re.I)
_MD_LINK_RE = re.compile(r"\[([^\]]{0,300})\]\(([^)\s]{1,500})\)")
_MD_EMPH_RE = re.compile(r"(?<![\w*])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*])")
_QUOTES = {'"': '"', "“": "”", "„": "“”", "«": "»", "‘": "’", "'": "'", "”": "”"}
_CLOSER_RES = {o: re.compile("[" + re.escape(c) + "]") for o, c in _QUOTES.items()}
_AFTER_QUOTE = frozenset(" \t\n\r,.;:)")
_TITLE_STRIP = " ,.;:\"'“”«»„‘’*_"
_VERBS = r"translated|edited|obtained|contributed|transcribed|annotated|introduced|compiled|" \
         r"provided|donated|prepared|selected|translation"
_CREDIT_RE = re.compile(
    rf"(?<!\w)(?=[tecoaipdsTECOAIPDS])(?P<verb>(?:{_VERBS})(?:\s*(?:,|and|&)\s*(?:{_VERBS}))*)"
    r"(?:\s+(?:for|from)\s+[^.;]{1,80}?)?\s+by\s+", re.I)
# a credit's names run to the end of its sentence: a full stop after a word (not an initial)
_CREDIT_END_RE = re.compile(
    rf";|\.(?:(?<=[^\W\d_]{{2}}\.)(?=\s|$)|\s*$|(?=\s+(?:{_VERBS}|language|original|accessed)\b))"
    rf"|,?\s+and(?=\s+(?:{_VERBS})(?:\s*(?:,|and|&)\s*(?:{_VERBS}))*\s+(?:by|for|from)\s)",
    re.I)  # ... or where the next credit starts: 'Obtained by X and translated by Y'
_VERB_LIST = sorted(_VERBS.split("|"))
_ASSIST_RE = re.compile(r",?\s*(?:with\s+(?:the\s+)?(?:assistance|help)\s+(?:of|from)|"
                        r"assisted\s+by)\s+", re.I)
_FOR_RE = re.compile(r"\s+for\s+(?:the\s+)?(?:[A-Z][\w-]*|CWIHP).*$")
_ROLES = {"translated": ("translator",), "translation": ("translator",), "edited": ("editor",)}
_ACCESSED_RE = re.compile(r"(?<!\w)(?:accessed|retrieved|last accessed)(?:\s+on)?\s+", re.I)
LANGUAGES = {  # language names as citations give them -> ISO 639-1
    "english": "en", "russian": "ru", "german": "de", "polish": "pl", "czech": "cs",
    "slovak": "sk", "hungarian": "hu", "romanian": "ro", "bulgarian": "bg", "chinese": "zh",
    "french": "fr", "spanish": "es", "italian": "it", "korean": "ko", "japanese": "ja",
    "vietnamese": "vi", "serbo-croatian": "sh", "albanian": "sq", "mongolian": "mn",
    "serbian": "sr", "ukrainian": "uk",
}
_LANG_NAMES = {v: k.capitalize() for k, v in LANGUAGES.items()}
_LANG_ALT = "|".join(LANGUAGES)
_ORIG_LANG_RE = re.compile(rf"(?<!\w)(?:original(?:ly)?(?:\s+language)?(?:\s+in|:)?|"
                           rf"original\s+text\s+in)\s+(?P<lang>{_LANG_ALT})\b\.?", re.I)
_LANG_RE = re.compile(rf"(?<!\w)language:\s+(?P<lang>{_LANG_ALT})\b\.?(?=\s*(?:[.;,]|$))",
                      re.I)
# commas, semicolons and full stops after a word ('Archive. RGANI'), not after 'F.' or 'Op.';
# a full stop after a number when a sentence follows ('D.28. The cited text')
_SPLIT_RE = re.compile(
    r"[,;]|\.(?=\s)(?:(?<=\d\.)(?=\s+[A-Z][a-z])|(?<=[^\W\d_]{4}\.)"
    r"(?<!(?i:sygn|kart|sept|fols|dept|prof|asst|secy|govt)\.))")
# a quote opening straight after a locator starts a new piece ('Ll. 53-53ob."Original ...')
_QUOTE_SPLIT_RE = re.compile(r"(?<=[\d.])\s?(?=[\"“«]\w)")
# so does a description in brackets after one: 'l. 1 (note to Dukelsky)'
_PAREN_NOTE_RE = re.compile(r"(?<=\d)\s+\((?=[^\W\d_]{2,}\s)")
_INNER_SPLIT = re.compile(
    r"\s+(?=(?:op|d|ll|li|l|delo|opis|оп|д|лл|л|box|folder|entry|file|series|vol|doc|bl)"
    r"\.?\s*\d)", re.I)
_LETTER_RE = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:letter|telegram|cable|cablegram|telex|"
                        r"ciphered telegram|письмо|телеграмма)s?\b", re.I)
# where the sender/recipient part of 'Letter from X to Y, regarding ...' ends (on lower case)
_FROM_END_RE = re.compile(r"[,:(\[]|\s(?:[-–]|regarding|concerning|about|on|re:|with|in reply|"
                          r"in response)\s")
_BETWEEN_RE = re.compile(
    r"\b(?:conversation|talks?|meeting|discussion|negotiations?)\s+between\s+(?P<who>.+?)"
    r"(?=\s*(?:[,:(]|\bon\s+(?=[a-z])|\bregarding\b|\bconcerning\b|\babout\b|$))", re.I)
_TO_RE = re.compile(r"\s+to\s+", re.I)
# correspondence headings: 'X, office, to Y' ('4 TO' keeps a footnote mark), 'AND TO Z'
_HEAD_KIND_RE = re.compile(r"^(?:telegram|cable|cablegram|letter|message|note|telex),\s+", re.I)
_HEAD_TO_RE = re.compile(r"(?:,\s*(?:\d{1,2}\s+)?|\s+)to\s+", re.I)
_AND_TO_RE = re.compile(r",?\s+and\s+to\s+", re.I)
_AND_OTHERS_RE = re.compile(r"\s+and\s+others$", re.I)
_HONORIFICS = r"(?:(?:Mr|Mrs|Ms|Dr|Sir|Lady|Lt|Col|Capt|Maj|Gen|General|Admiral|Colonel|Major|" \
              r"Comrade|Cde)\.?\s+)"
_NAMED_RE = re.compile(rf"^(?:{_HONORIFICS}|[A-Z]\.)")
_PARTY_NAME_RE = re.compile(
    rf"^{_HONORIFICS}{{0,3}}(?:[A-Z]\.\s?){{0,3}}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}$")
_PARTY_BODY_RE = re.compile(
    r"^(?:[Tt]he\s+)?([A-Z][\w.'’-]*)(?:\s+(?:of|for|and|the|[A-Z][\w.'’-]*)){0,6}$")
_NOT_BODIES = frozenset(
    "memorandum memo telegram cable letter note report minutes record summary response reply "
    "answer conversation meeting talks draft paper statement speech interview transcript "
    "protocol directive instructions order resolution decision appeal request information "
    "message airgram despatch dispatch diary journal extract excerpt".split())
_OFFICES = frozenset("chairman secretary president director ambassador minister chief deputy "
                     "commander premier chargé counselor counsellor consul governor officer "
                     "administrator envoy".split())
_CAPITALS = frozenset(
    "moscow washington london paris beijing peking bonn berlin warsaw prague budapest bucharest "
    "sofia belgrade tirana hanoi saigon tokyo havana pyongyang seoul rome vienna geneva delhi "
    "cairo jakarta rangoon vientiane ottawa canberra madrid lisbon athens ankara tehran baghdad "
    "damascus karachi kabul manila bangkok taipei helsinki stockholm oslo copenhagen brussels "
    "hague bern ulaanbaatar kremlin".split())
# Russian document titles: 'Письмо И.В. Сталина В.М. Молотову', 'Записка А.А. Громыко в ЦК КПСС'
_RU_INITIALS = r"(?:[А-ЯЁ]\.\s?){1,2}"
_RU_KIND_RE = re.compile(
    rf"^(письмо|записка|телеграмма|шифротелеграмма|донесение|доклад)\s+(?P<wi>{_RU_INITIALS})\s?"
    rf"(?P<a>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+(?P<ri>{_RU_INITIALS})\s?"
    r"(?P<b>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(?=$|[\s,.;])", re.I)
_RU_STEMS = frozenset("ов ев ёв ин ын".split())
_JOURNAL_RE = re.compile(r"^from\s+the\s+(?:journal|diary|notes|notebook)\s+of\s+([^,:;'‘\"“]+)",
                         re.I)
_POSTS = frozenset("ambassador envoy representative delegation mission embassy minister adviser "
                   "advisor counselor attaché attache plenipotentiary consul".split())
_PAREN_RE = re.compile(
    r"(?P<name>[^,;()]{0,80}(?:,\s*[^,;()]{0,80})?)\s*\((?P<abbr>[^()]{2,25})\)")
_PAREN_ABBR_RE = re.compile(r"\(([^()]{2,25})\)")  # every abbreviation _PAREN_RE can take, found fast
_ARCHIVE_WORD_RE = re.compile(r"(?i)\b(?:archives?|archiv\w*|library|records|cent(?:er|re)|"
                              r"office|foundation|institute|collection|policy)\b")
# 'National Security Files', 'Central Foreign Policy Files 1964-66': capitalised, no prose
_COLLECTION_RE = re.compile(
    r"(?=[A-Z0-9])(?=.*[^\W\d_]{2})(?!.*\b(?:courtesy|translation|translated|from|eds?|see|"
    r"published|copy|cited|reprinted|available)\b)")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# a number after these is a locator or a volume's years, not the document's date
_DATE_CONTEXT = frozenset("f op d ll l rg entry box folder file files records vol volume doc no p "
                          "pp series item frus states group".split())
_HAS_LETTER_RE = re.compile(r"[^\W\d_]")
# a holding archive named in full but missing from the table: 'BBC Written Archives'
_UNKNOWN_ARCHIVE_RE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,5}(?:Archives?(?:\s+Cent(?:re|er))?|Library|Record Office|College|"
    r"Institution)(?:\s+of\s+[A-Z][\w'’-]*)?$"
    r"|^(?:[Pp]rivate [Cc]ollection|[Чч]астная коллекция|[Лл]ичный архив)$"
    r"|^[А-ЯЁ]{3,7}$")  # a Russian archive's initials: 'ЦАОД'
_KINDS = (r"memorandum|memo|telegram|cable|cablegram|letter|diary|minutes?|note|report|"
          r"airgram|despatch|dispatch|message|record|estimate|directive|transcript")
_KIND_RE = re.compile(rf"(?i)^(?:{_KINDS})s?\b")
_KIND_WORD_RE = re.compile(rf"(?i)\b(?:{_KINDS})s?\b")
# the writer named last: 'Memorandum of Conversation by ...', 'Note by the Chairman (Smith)'
_BY_RE = re.compile(rf"(?i)^(?:(?:draft|joint)\s+)?(?:{_KINDS})s?\b[^,;:]*?\s+by\s+([^,;:()\[]+)$")
_BARE_KINDS = frozenset("memo memorandum letter telegram cable note minute message".split())
_NUMBERED_KINDS = frozenset("telegram cable cablegram airgram despatch dispatch message".split())
# a writer's name before the kind of document: 'U.S. Dept. of State', 'General J. Lawton Collins'
_LEAD_NAME_RE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|the|and|for|de|von)){0,6}$"
                           r"|^[А-ЯЁ][\w.-]*(?:\s+[А-ЯЁ][\w.-]*){0,3}$")
_NAME_WORDS = r"[A-ZА-ЯЁ][\w.'’-]*(?:\s+[A-ZА-ЯЁ][\w.'’-]*){0,3}"
_BARE_LETTER_RE = re.compile(rf"^({_NAME_WORDS})\s+to\s+({_NAME_WORDS})$")
_RU_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_RU_LETTER_RE = re.compile(rf"^({_RU_NAME}\s+{_RU_NAME})\s+({_RU_NAME}\s+{_RU_NAME})$")
# a man's name in the dative: 'Филиппу', 'Сергею'
_RU_DATIVE_RE = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])у\b|(?<=е)ю\b")
_MEMO_RE = re.compile(r"^([A-Z][\w'’-]+)\s+(?:memo|memorandum|minute|note)$")
_INNER_QUOTE_RE = re.compile(r"[“\"]([^”\"]{3,300}?)[,.]?(?:[”\"]|$)")
_TRAILING_ABBREV_RE = re.compile(
    r"\s*\(((?=[^()]*\b[A-Z]{2,5}\b)[A-Z][A-Za-z]{0,5}(?:\s+[A-Z][A-Za-z]{0,5}){1,2})\)[\s.,;]*$")
# abbreviated offices before a name: 'Asst. Secy. Robertson', 'Secretary of State Thomas Jefferson'
_OFFICE_RE = re.compile(
    r"^(?:(?:asst|secy|sec|dep|amb|adm|gen|pres)\.\s*|(?:assistant|deputy|acting|under)\s+|"
    r"secstate\s+|secdef\s+|secretary\s+of\s+(?:state|defense|war|the\s+\w+)\s+)+(?=\S)", re.I)
_ADDRESSED_RE = re.compile(rf"(?i)^(?:{_KINDS})s?\s+(?:to|for)\s+([^,;:(]+?)\s*$")
_SUBJECT_FILE_RE = re.compile(r"^[A-Z]{2,5} \d+(?:[–-]\d+)?(?: [A-Z][A-Z\d –-]*)?$")
_SERIES_YEARS_RE = re.compile(r"^[A-Z][\w ]*\b(?:Files?|Records)\s+\d{4}(?:[–-]\d{2,4})?$")
_ACRONYMS_RE = re.compile(r"^\s*(?:[A-ZА-ЯЁ]{2,}\s+){1,3}[A-ZА-ЯЁ]{2,}\s*$")
_LIST_RE = re.compile(r"\b(?:among|between)\b")
# a post held by someone unnamed ('General Establishment Officer'), or initials with a title
_POST_OR_INITIALS_RE = re.compile(
    r"^(?:[A-Z]\w+\s+){1,3}(?:Officer|Secretary|Director|Adviser|Controller|Manager)$"
    r"|^(?:Mrs?|Ms|Dr|Sir|Lady|Lord)\.?\s+[A-Z]{2,5}$")
_NAID_RE = re.compile(r"\(?\bNAID\s+(\d+)\)?")
_CALL_NUMBER_RE = re.compile(r"^(?:[A-Z][a-z]{0,3}\s)?[A-Z]?\d+[A-Za-z]?(?:/\w+)+$")
_PAPERS_ITEM_RE = re.compile(r"^((?:[A-Z][\w'’-]*\s+){1,5}Papers)\s+(\d[\w/.-]*)$")


def parse_archival(text: str) -> ParseResult:
    """Read one archival citation. Record None when the text holds no citation."""
    if not isinstance(text, str) or not _HAS_LETTER_RE.search(text):
        return ParseResult(None, [("text", "no citation found")] if isinstance(text, str) and
                           text.strip() else [])
    try:
        if "Source:" in text:  # a FRUS heading with its source note
            from . import frus

            if frus.looks_like(text):
                return frus.parse(text)
        elif "\n" in text:
            from . import frus

            if frus.looks_like_file_heading(text):
                return frus.parse_file_heading(text)
            laid_out = _layout(text)
            if laid_out:
                return laid_out
        if text[:1].isupper() or text[:1].isdigit():
            dated = _dated_title(text)
            if dated:
                return dated
        return _parse(text)
    except Exception as exc:  # a safety net: a bad citation must not stop a batch import
        return ParseResult(None, [("text", f"could not read the citation: {exc!r}")])


def _parse(raw: str) -> ParseResult:
    warnings: list[Warning_] = []
    rec: dict = {}
    custom: dict = {}
    text = _MD_LINK_RE.sub(r"\1 <\2>", raw) if "](" in raw else raw
    if text[:1] not in _QUOTE_OPENERS or _LEMMA_HINT_RE.search(text, 0, 210):
        text = _strip_note_lead(text)
        m = _CATALOGUE_RE.match(text)
        if m:
            return _catalogue_line(m, raw)
        if text[:1].isupper() and "/" in text[:24]:
            entry = _catalogue_entry(text, raw)
            if entry:
                return entry

    # URLs first: they hold dots, dashes and underscores the rest would misread
    urls, text = _take_urls(text)
    if "://" in text:  # a scheme that starts no URL ('https://*F'): not text to keep
        text = text.replace("://", " ")
    if "*" in text or "_" in text:
        text = _MD_EMPH_RE.sub("", text)
    text = " ".join(text.split())
    if urls:
        url = urls[0]
        canon = hosts.canonical_url(url)
        rec["URL"] = canon
        if canon != url:
            custom["url-original"] = url
        if len(urls) > 1:
            warnings.append(("URL", f"{len(urls) - 1} further URL(s) ignored"))

    title, quoted, text = _take_title(text)

    low = text.lower()
    accessed = _ACCESSED_RE.search(text) if "access" in low or "retriev" in low else None
    if accessed:
        found = dates.find_date(text, accessed.end())
        if found and found.date and found.start - accessed.end() < 3:
            rec["accessed"] = found.date
            text = text[:accessed.start()] + " " + text[found.end:]
            low = text.lower()

    credits, text = _take_credits(text, low) if " by " in low else ({}, text)
    for role, people in credits.items():
        rec[role] = people

    m = _ORIG_LANG_RE.search(text) if "original" in low else None
    if m:
        custom["original-language"] = LANGUAGES[m.group("lang").lower()]
        text = text[:m.start()] + " " + text[m.end():]
    m = _LANG_RE.search(text) if "language" in low else None
    explicit_lang = None
    if m:
        explicit_lang = LANGUAGES[m.group("lang").lower()]
        text = text[:m.start()] + " " + text[m.end():]

    issued, undated, text = _take_date(text)
    if issued:
        rec["issued"] = issued

    if "NAID" in text:  # '(NAID 16972482)': the National Archives' identifier, a locator
        text = _NAID_RE.sub(r", NAID \1,", text)
    paren_archive = None
    if "(" in text:
        m = _TRAILING_ABBREV_RE.search(text) if text.rstrip(" .,;")[-1:] == ")" else None
        if m:  # '..., 6 September 1940 (RM TC)': a book's short name for an archive
            paren_archive = repositories.Repository(m.group(1), m.group(1), "")
            text = text[:m.start()]
        if any(repositories.lookup(abbr) for abbr in _PAREN_ABBR_RE.findall(text)):
            text = _PAREN_RE.sub(_paren_archive, text)  # (only a known archive's abbreviation changes the text)
    segments = _segments(text)
    lead = genre = None
    letter = None  # (author, recipient) of a bare 'Baker to Charles' note
    if title is None and segments:
        letter = _bare_letter(segments[0])
        if letter:
            segments.pop(0)
        elif len(segments) > 1 and _KIND_RE.match(segments[1]) and _LEAD_NAME_RE.match(
                segments[0]) and not _classifies(segments[0]):
            lead, title, genre = _lead_and_kind(segments)
        elif not _classifies(segments[0]) and not _initials_before_fond(segments, 0):
            title = " ".join(segments.pop(0).split()).strip(_TITLE_STRIP) or None
    archive, source, parts, collection, leftovers = _classify(segments, warnings)
    archive = archive or paren_archive
    if title is None and not letter:
        for i, seg in enumerate(leftovers):
            letter = _bare_letter(seg)
            if letter or _KIND_WORD_RE.search(seg):
                title = None if letter else " ".join(seg.split()).strip(_TITLE_STRIP)
                del leftovers[i]
                break
    elif title and not letter and not genre and title.lower() in _BARE_KINDS:
        for i, seg in enumerate(leftovers):  # 'Memo, Lansdale to Collins, 5 January 1955'
            letter = _bare_letter(seg)
            if letter:
                del leftovers[i]
                break

    heading = False  # a correspondence heading: 'Mr A. Eden, ..., to Commonwealth Government'
    if title:
        rec["title"] = title
        if not (genre and genre.lower() in _NUMBERED_KINDS):  # 'SECTO 50 from Manila': a place
            heading = _read_title(title, rec, custom)
    if genre:
        rec["genre"] = genre
        if " " in genre and "recipient" not in rec:  # 'Memorandum to X' beside a quoted subject
            _read_title(genre, rec, custom)
    if letter:
        author, recipient = letter
        rec["author"], rec["recipient"] = [author], [recipient]
    if lead:
        rec["contributor" if rec.get("author") else "author"] = [lead]
    memo = _MEMO_RE.search(title) if title and not rec.get("author") else None
    if memo:  # 'Barnes memo': the writer named before the kind of document
        rec["author"] = [{"family": memo.group(1)}]
    memo_kind = title is not None and title.lower() in ("memo", "memorandum", "minute", "note")
    rec["type"] = LETTER_TYPE if (letter and not memo_kind) or heading or (
        title and _LETTER_RE.match(title)) or (
        genre and _LETTER_RE.match(genre)) else "manuscript"

    if archive:
        rec["archive"] = archive.abbrev
        if archive.place:
            rec["archive-place"] = archive.place
            custom["archive-name"] = archive.name
    if source:
        rec["source"] = source.name
    if collection:
        rec["archive_collection"] = ", ".join(collection)
    if parts:
        rec["archive_location"] = locators.location_text(parts)
        locator = {p: parts[p] for p in locators.ORDER if p in parts}
        if locator:
            custom["locator"] = locator

    language = explicit_lang or _language(title, rec)
    if language:
        rec["language"] = language
    if "original-language" not in custom and rec.get("translator") and archive:
        lang = repositories.language(archive)
        if lang and lang != language:
            custom["original-language"] = lang

    dated = issued or undated
    if not (archive or source or parts or credits or "URL" in rec):  # else it is a citation
        kind = letter or lead or (title and _KIND_RE.match(title))
        if not dated or not (quoted or kind):
            if "(" in raw or "elegram" in raw:  # a FRUS footnote naming a telegram or a file
                from . import frus

                note = frus.parse_footnote(raw)
                if note:
                    return note
            return ParseResult(None, [("text", "no citation found")])

    if not title:
        warnings.append(("title", "no title found"))
    if not issued and not undated:
        warnings.append(("issued", "no date found"))
    if not archive:
        warnings.append(("archive", "no holding archive recognised"))
    for seg in leftovers:
        warnings.append(("text", f"unrecognised text {seg!r}"))

    custom["provenance"] = {"raw": raw}
    out = {}
    for k in _FIELD_ORDER:  # model.ordered order, one space between words
        if k in rec:
            v = rec[k]
            if isinstance(v, str) and k != "URL" and ("  " in v or v != v.strip()):
                v = " ".join(v.split())
            out[k] = v
    out["custom"] = dict(sorted(custom.items()))
    return ParseResult(out, warnings)


# Documents printed as a heading over a dateline ('Cablegram 128 (extract) LONDON, 11 October
# 1939, 11.39 p.m.'), a bare date line, and a file line ('[AA: A981, GERMANY 72B, i]')
_LAYOUT_NUMBER_RE = re.compile(r"^\d{1,3}\.?\s+(?=[^\W\d_])")
_DATELINE_HEAD_RE = re.compile(
    r"^(?:(?:cablegram|telegram|cable|letter|despatch|dispatch|memorandum|minute|note|airgram|"
    r"savingram|message|record|extract)(?:\s+(?:no\.\s*)?[\w/.-]*\d[\w/.-]*|\s+unnumbered)?"
    r"(?:\s+\(extract\))?)?(?:\s*[A-Z][A-Z .'’-]{1,30})?[\s,]*$", re.I)
_DATELINE_TAIL_RE = re.compile(
    r"[\s,.;]*(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\.?|noon|midnight)?[\s,.;]*"
    r"(?:(?:most\s+|top\s+)?(?:secret|confidential|personal|immediate|urgent|priority)[\s,.;]*)*$",
    re.I)
_FILE_LINE_RE = re.compile(r"^\[(?P<archive>[A-Z]{1,6}):\s*(?P<loc>[^\]]{1,200})\]")
_SERIES_NO_RE = re.compile(r"^[A-Z]{1,3}\d{1,5}[A-Z]?$")


def _layout(raw: str) -> ParseResult | None:
    """A document as editions print its head: a heading line, then a dateline or a date alone,
    and perhaps a file line. The heading is the title, whole; None for any other layout."""
    lines = [ln.strip() for ln in raw.split("\n") if ln.strip()]
    if not 2 <= len(lines) <= 4:
        return None
    head = issued = archive = loc = None
    for line in lines:
        m = _FILE_LINE_RE.match(line) if line[:1] == "[" else None
        if m:
            if archive is not None:
                return None  # two file lines
            archive, loc = m.group("archive"), " ".join(m.group("loc").split())
            continue
        found = dates.find_date(line)
        if (found and found.date and _DATELINE_HEAD_RE.match(line, 0, found.start)
                and _DATELINE_TAIL_RE.match(line, found.end)):
            if issued is not None:
                return None  # two datelines: which one dates the document?
            issued = found.date
            continue
        if head is not None:
            return None
        head = line
    if head is None or issued is None:
        return None
    m = _LAYOUT_NUMBER_RE.match(head)
    if m:  # the edition's document number
        head = head[m.end():]
    title = head.rstrip(" ,;")
    if not _HAS_LETTER_RE.search(title) or _classifies(title):
        return None
    rec: dict = {"title": title}
    custom: dict = {}
    heading = _read_title(title, rec, custom)
    rec["type"] = LETTER_TYPE if heading or _LETTER_RE.match(title) else "manuscript"
    rec["issued"] = issued
    language = _language(title, rec)
    if language:
        rec["language"] = language
    if archive:
        rec["archive"] = archive
        rec["archive_location"] = loc
        first = loc.split(",", 1)[0].strip()
        if _SERIES_NO_RE.match(first):  # the Australian series number: 'A981'
            custom["locator"] = {"series": first}
    custom["provenance"] = {"raw": raw}
    out = {k: rec[k] for k in _FIELD_ORDER if k in rec}
    out["custom"] = dict(sorted(custom.items()))
    return ParseResult(out, [] if archive else [("archive", "no holding archive recognised")])


def _dated_title(text: str) -> ParseResult | None:
    """A listing line: the full date, then the document's title and nothing else ('October 09,
    1944 Record of Meeting at the Kremlin, Moscow, 9 October 1944, at 10 p.m.')."""
    found = dates.find_date(text[:24])
    if not (found and found.date and found.start == 0 and len(found.date["date-parts"]) == 1
            and len(found.date["date-parts"][0]) == 3):
        return None
    rest = text[found.end:]
    if not (rest[:1] == " " and rest[1:2].isupper()) or "\n" in rest or "://" in rest:
        return None
    title = _clean_title(rest)  # as a quoted title is cleaned: the same record either way
    if repositories.find(title) or any(_classifies(seg) for seg in _segments(title)):
        return None  # an archive or a locator follows: a citation, not a listed title
    rec: dict = {"title": title}
    custom: dict = {}
    heading = _read_title(title, rec, custom)
    rec["type"] = LETTER_TYPE if heading or _LETTER_RE.match(title) else "manuscript"
    rec["issued"] = found.date
    language = _language(title, rec)
    if language:
        rec["language"] = language
    custom["provenance"] = {"raw": text}
    out = {k: rec[k] for k in _FIELD_ORDER if k in rec}
    out["custom"] = dict(sorted(custom.items()))
    return ParseResult(out, [("archive", "no holding archive recognised")])


def _strip_note_lead(text: str) -> str:
    """Drop what a footnote puts before its citation: the note number, 'Ibid.', 'see' and the
    quoted phrase the note is keyed to ('‘most beautiful’: RM to ...', 'p. 8: words: ...')."""
    m = _NOTE_NUMBER_RE.match(text)
    if m:
        found = dates.find_date(text[:40])
        if not (found and found.start == m.start()):  # '3 December 1962' is a date
            text = text[m.end():]
    for _ in range(3):
        m = _LEAD_RE.match(text)
        if not m:
            break
        text = text[m.end():]
    return text


def _catalogue_line(m: re.Match, raw: str) -> ParseResult:
    """A catalogue line: 'FO 371/128663 1957 Leading personalities in Hungary'."""
    ref = m.group("ref")
    parts = locators.read_series_piece(ref)
    if not parts:  # any class: 'CHAR 20/95A/4', 'IR 40/12833'
        rm = _REF_SPLIT_RE.match(ref)
        parts = {"series": rm.group(1), "file": rm.group(2), "ref": ref}
    rec: dict = {"type": "manuscript", "title": " ".join(m.group("title").split()).rstrip(" :;,")}
    found = dates.parse_date(m.group("date"))
    if found and found.date:
        rec["issued"] = found.date
    rec["archive_location"] = locators.location_text(parts)
    custom = {"locator": {p: parts[p] for p in locators.ORDER if p in parts},
              "provenance": {"raw": raw}}
    if _read_title(rec["title"], rec, custom) or _LETTER_RE.match(rec["title"]):
        rec["type"] = LETTER_TYPE  # 'FO 371/1 1957 Letter from A to B'
    return ParseResult({k: rec[k] for k in _FIELD_ORDER if k in rec} | {"custom": custom})


def _catalogue_entry(text: str, raw: str) -> ParseResult | None:
    """A catalogue entry with its date last: the reference, the description (its title is the
    part naming the document, before the summary) and the date."""
    m = _CATALOGUE_TAIL_RE.match(text)
    if not m:
        return None
    desc = m.group("title").rstrip(" .")
    found = dates.find_date(desc, max(0, len(desc) - 20))
    if not (found and found.date and found.end >= len(desc)):
        return None
    desc = desc[:found.start].rstrip(" .,;")
    cut = _SUMMARY_RE.search(desc)
    title = desc[:cut.start()] if cut else desc
    if not title:
        return None
    result = _catalogue_line(_CATALOGUE_RE.match(f"{m.group('ref')} 1000 {title}"), raw)
    rec = result.record
    rec["issued"] = found.date
    return ParseResult({k: rec[k] for k in (*_FIELD_ORDER, "custom") if k in rec})


def _paren_archive(m: re.Match) -> str:
    """'Archive of Foreign Policy, Russian Federation (AVP RF)' -> 'AVP RF'."""
    repo = repositories.lookup(m.group("abbr"))
    if repo is None:
        return m.group(0)
    name = m.group("name")
    if _ARCHIVE_WORD_RE.search(name) or repositories.lookup(name):
        return f" {repo.abbrev}"  # the full name said again: keep the abbreviation only
    return f"{name}, {repo.abbrev}"


_QUOTE_OPENERS = frozenset(_QUOTES)
_LEMMA_HINT_RE = re.compile(r"[’'”\"»]\s*:")
_NOTE_NUMBER_RE = re.compile(r"^\s*\d{1,3}(?:\.[ \t]+|[ \t]*\n\s*|[ \t]+(?=[^\W\d_]{4}))")
_LEAD_RE = re.compile(
    r"^\s*(?:(?:ibid|ebenda|там же)\.?[,:;]?\s+|see\s+|source:\s+|"
    r"[‘'“\"«][^\n]{1,200}?[’'”\"»]\s*:\s+|"  # a quoted phrase, then a colon
    r"pp?\.\s*\d+(?:[–-]\d+)?:\s*[^:\n]{1,200}?:\s+)", re.I)
_REF = r"(?P<ref>[A-Z]{1,5}\s+\d+(?:/[\dA-Z][\w-]*)+)"
_CATALOGUE_RE = re.compile(  # '1955-56' too: the second year cut to two digits
    rf"^{_REF}\s+(?P<date>\d{{4}}(?:\s*[-–]\s*\d{{2}}(?:\d{{2}})?)?)\s+"
    r"(?P<title>[^\W\d_].*)$", re.S)
# a catalogue entry dated at its end: 'CHAR 20/95A/4 Letter from WSC to ... Signed. 26 Mar 1943'
_CATALOGUE_TAIL_RE = re.compile(rf"^{_REF}\s+(?P<title>[A-Z][^\n]*)$")
_REF_SPLIT_RE = re.compile(r"^([A-Z]{1,5}\s+\d+)/(.+)$")
# where a catalogue description stops naming the document and starts summarising it
_SUMMARY_RE = re.compile(
    r"\s+(?:stating|marked|thanking|asking|enclosing|regarding|concerning|informing|requesting|"
    r"reporting|saying|explaining|about|on\s+the\s+subject)\b|[.;:]\s", re.I)

# the fields this reader writes, in model.FIELD_ORDER
_FIELD_ORDER = tuple(f for f in FIELD_ORDER if f in {
    "type", "title", "author", "editor", "translator", "recipient", "contributor", "issued",
    "archive", "archive_collection", "archive_location", "archive-place", "source", "URL",
    "accessed", "language", "genre"})
_URL_MARK_RE = re.compile(r"://|www\.|digitalarchive\.|wilson-center-digital")


def _take_urls(text: str) -> tuple[list[str], str]:
    """URLs (whitespace-delimited, found with plain string search) and the text without them."""
    urls: list[str] = []
    pieces = []
    i = done = 0
    while True:
        hit = _URL_MARK_RE.search(text, i)
        if not hit:
            break
        j = hit.start()
        start = text.rfind(" ", 0, j) + 1
        end = text.find(" ", j)
        end = len(text) if end < 0 else end
        m = _URL_TOKEN_RE.search(text, start, end)
        if m and m.start() >= done:
            urls.append(hosts.clean_url(text[m.start():end].lstrip("([")))
            pieces.append(text[done:m.start()])
            done = end
        i = max(end, j + 1)
    pieces.append(text[done:])
    return urls, " ".join(pieces) if urls else text


def _take_title(text: str) -> tuple[str | None, bool, str]:
    """(title, was it quoted, the rest of the text)."""
    closers = _CLOSER_RES.get(text[:1])
    if closers:
        i = 1
        while True:  # the closing quote is the first one followed by punctuation or a space
            m = closers.search(text, i)
            if m is None:
                break
            j = m.start()
            if j + 1 == len(text) or text[j + 1] in _AFTER_QUOTE:
                title = _clean_title(text[1:j])
                return (title or None), True, text[j + 1:].lstrip(" ,.;:")
            i = j + 1
    return None, False, text


def _clean_title(text: str) -> str:
    """Spaces and outer punctuation off; a quote closing a quoted part at the end stays:
    "Cable from the Embassy, 'Soviet Reactions'"."""
    title = " ".join(text.split()).strip(_TITLE_STRIP)
    end = text.rstrip(" ,.;:")[-1:]
    if end in ("'", "’", "”", '"') and title:
        opener = {"'": "'", "’": "‘", "”": "“", '"': '"'}[end]
        opened = title.count(opener) if opener != end else title.count(end) % 2
        if opened > (title.count(end) if opener != end else 0):
            title += end
    return title


def _take_credits(text: str, low: str) -> tuple[dict[str, list[dict]], str]:
    """Translators, editors and contributors named in 'Translated by ...' sentences."""
    out: dict[str, list[dict]] = {}
    pieces = []
    pos = 0
    by = low.find(" by ")
    while by >= 0:
        # the verbs sit in the same sentence as ' by ': search from its start only
        m = _CREDIT_RE.search(text, max(pos, by - 80, text.rfind(". ", 0, by) + 1), by + 4)
        if m is None:
            by = low.find(" by ", by + 1)
            continue
        end = _CREDIT_END_RE.search(text, m.end())
        stop = end.start() if end else len(text)
        pieces.append(text[pos:m.start()])
        pos = end.end() if end else stop
        for role, people in _credit(m.group("verb").lower(), text[m.end():stop]):
            _add_names(out, role, [dict(p) for p in people])
        by = low.find(" by ", pos)
    pieces.append(text[pos:])
    return out, " ".join(pieces)


@lru_cache(maxsize=4096)  # credit lines recur: 'Translated by Gary Goldberg'
def _credit(chain: str, who: str) -> tuple[tuple[str, tuple[dict, ...]], ...]:
    """(role, people) pairs of one credit: its verbs ('translated and edited') and names."""
    verbs = [v for v in _VERB_LIST if v in chain]
    assist: list[str] = []
    if "assist" in who or "help" in who:
        who, *assist = _ASSIST_RE.split(who, maxsplit=1)
    people = tuple(_cached_names(_FOR_RE.sub("", who) if " for " in who else who))
    roles = [r for v in verbs for r in _ROLES.get(v, ("contributor",))]
    out = [(role, people) for role in dict.fromkeys(roles)]
    if assist:
        out.append(("contributor", _cached_names(_FOR_RE.sub("", assist[0]))))
    return tuple(out)


@lru_cache(maxsize=4096)
def _cached_names(text: str) -> tuple[dict, ...]:
    if _ACRONYMS_RE.match(text):  # 'USSR MFA', 'CC CPSU': a body, not a person called MFA
        return ({"literal": text.strip()},)
    return tuple(names.parse_names(text))


def _parse_names(text: str) -> list[dict]:
    """names.parse_names, cached: translators and leaders recur from citation to citation."""
    return [dict(n) for n in _cached_names(text)]  # copies: records may be changed later


def _add_names(out: dict, role: str, people: list[dict]) -> None:
    have = out.setdefault(role, [])
    have.extend(p for p in people if p not in have)
    if not have:
        del out[role]


def _take_date(text: str) -> tuple[dict | None, bool, str]:
    """(issued date, whether the text says 'n.d.', the text without the date)."""
    pos = 0
    while True:
        found = dates.find_date(text, pos)
        if found is None:
            return None, False, text
        before = text[max(0, found.start - 7):found.start]  # cheap tests first
        if before.rstrip().endswith(_SPAN_ENDS) and _TITLE_SPAN_RE.search(
                text, max(0, found.start - 40), found.start):
            pos = found.end  # 'Протоколы ... от 9 июня до 27 декабря 1930 года': a span the
            continue         # title describes, not the document's date
        if not _in_locator(text, found.start):
            m = None
            if "dat" in before:
                m = _DATED_RE.search(text, max(0, found.start - 12), found.start)
            elif before.endswith("of "):
                m = _KIND_OF_RE.search(text, max(0, found.start - 24), found.start)
            joint = ", "
            if m and _FROM_NEXT_RE.match(text, found.end):  # 'Letter of 12 June 1953 from A to B'
                joint = " "
            return found.date, found.undated, text[:m.start() if m else found.start] + joint + (
                text[found.end:].lstrip())
        pos = found.end


_SPAN_ENDS = (" to", " до", " по", "until", "till")
_DATED_RE = re.compile(r"\s*\b(?:dated|datiert|datée?)\s*$", re.I)
_KIND_OF_RE = re.compile(r"(?i)(?:(?<=letter)|(?<=telegram)|(?<=cable)|(?<=note)|(?<=memorandum)|"
                         r"(?<=report))\s+of\s*$")
_FROM_NEXT_RE = re.compile(r",?\s+(?:from|by)\s", re.I)
# 'from 9 June to' / 'от 9 июня до' just before a date: the date closes a span inside a title
_TITLE_SPAN_RE = re.compile(
    r"(?:\bfrom|\bот|(?<!\w)с)\s+\d{1,2}(?:\s+[^\W\d_]+)?\s+(?:to|until|till|до|по)\s*$", re.I)


def _in_locator(text: str, start: int) -> bool:
    """Whether the number at `start` follows a locator label ('Box 1962', 'FRUS, 1961')."""
    before = text[max(0, start - 14):start].rstrip()
    if before[-1:] in ("/", "-", "–"):
        return True
    before = before.rstrip(" ,.")
    word = before[before.rfind(" ") + 1:].lower()
    if word == "group":  # 'Record Group 1962', not 'the Special Study Group, 30 June 1954'
        return before[:-5].rstrip().lower().endswith("record")
    return word in _DATE_CONTEXT


def _segments(text: str) -> list[str]:
    """Comma/semicolon/sentence pieces; 'F. 3' and 'Op. 16' stay whole."""
    pieces = _SPLIT_RE.split(text)
    if '"' in text or "“" in text or "«" in text:
        pieces = [q for p in pieces for q in _QUOTE_SPLIT_RE.split(p)]
    if "(" in text:
        pieces = [q for p in pieces for q in _PAREN_NOTE_RE.split(p)]
    out = []
    for p in pieces:  # a final 'ob.' (verso) keeps its dot
        p = p.strip() if "ob." in p and p.rstrip().endswith("ob.") else p.strip(" .:()[]")
        if p:
            out.append(p)
    return out


def _classifies(seg: str) -> bool:
    return bool(repositories.match_start(seg) or locators.read_part(seg)
                or _UNKNOWN_ARCHIVE_RE.match(seg)
                or ("/" in seg and locators.read_series_piece(seg)))


_INITIALS_RE = re.compile(r"^[A-ZА-ЯЁ]{2,7}$")


def _initials_before_fond(segments: list[str], i: int) -> bool:
    """An archive's initials not in the table, before its fond: 'NARCH', 'F.1'."""
    if i + 1 >= len(segments) or not _INITIALS_RE.match(segments[i]):
        return False
    part = locators.read_part(segments[i + 1])
    return bool(part and part[0] == "fond")


def _bare_letter(seg: str) -> tuple[dict, dict] | None:
    """('Baker', 'Charles') from a note's 'Baker to Charles': two short names and 'to'; in
    Russian the recipient is in the dative: 'Филипп Джекобсон Филиппу Найтли'."""
    if " to " not in seg:
        m = _RU_LETTER_RE.match(seg)
        if not m or not _RU_DATIVE_RE.search(m.group(2)):
            return None
        recipient = _RU_DATIVE_RE.sub(lambda d: "" if d.group() == "у" else "й", m.group(2))
        author, recipient = names.parse_name(m.group(1)), names.parse_name(recipient)
        return (author, recipient) if author and recipient else None
    m = _BARE_LETTER_RE.match(seg)
    if not m:
        return None
    author, recipient = (
        {"literal": who} if _POST_OR_INITIALS_RE.match(who) else names.parse_name(who)
        for who in m.groups())
    return (author, recipient) if author and recipient else None


def _lead_and_kind(segments: list[str]) -> tuple[dict | None, str | None, str | None]:
    """'U.S. Dept of State, telegram, Saigon 4399', 'HS, diary', 'X, Memorandum for Y,
    "Subject"': (the writer, the title, the kind of document when the title is separate)."""
    lead = names.parse_name(segments.pop(0))
    kind = " ".join(segments.pop(0).split())
    genre = None
    if _LIST_RE.search(kind) and any("et al" in seg for seg in segments[:4]):
        while segments:  # 'Memorandum of Conversation among A, B, et al': one title
            seg = segments.pop(0)
            kind += ", " + seg
            if "et al" in seg:
                break
    if " " not in kind:  # a bare 'telegram': its number, if given, is its title
        if (kind.lower() in _NUMBERED_KINDS and segments and any(c.isdigit() for c in segments[0])
                and not _classifies(segments[0])):
            return lead, segments.pop(0), kind
        return lead, kind, None
    for i, seg in enumerate(segments):
        m = _INNER_QUOTE_RE.search(seg)
        if m:  # 'Memorandum for the Secretary of Defense, ..., subject: "Indochina."'
            genre, title = kind, m.group(1).strip(_TITLE_STRIP)
            del segments[i]
            while i < len(segments) and segments[i].strip(_TITLE_STRIP) == "":
                del segments[i]
            return lead, title, genre
    return lead, kind, None


@lru_cache(maxsize=8192)  # segments recur: 'RGANI', 'Wilson Center Digital Archive', 'F. 3'
def _what(seg: str, generation: int) -> tuple[str | None, object]:
    """What one segment is on its own: a repository (and the rest after its name), pieces to
    split further, a locator part, a series/piece reference, or nothing known. `generation`
    keys the cache to the repository table as it stands."""
    hit = repositories.match_start(seg)
    if hit:
        repo, end = hit
        return "repo", (repo, seg[end:].strip(" ,.:()"))
    if _SERIES_YEARS_RE.match(seg):  # 'Central Decimal File 1960-63': a series, dated
        return "part", ("series", seg)
    inner = _INNER_SPLIT.split(seg) if " " in seg else ()
    if len(inner) > 1:
        return "inner", tuple(p.strip() if p.rstrip().endswith("ob.") else p.strip(" .:")
                              for p in inner)
    part = locators.read_part(seg)
    if part:
        return "part", part
    ref = locators.read_series_piece(seg) if "/" in seg else None
    return ("ref", ref) if ref else (None, None)


def _classify(segments: list[str], warnings: list[Warning_]):
    archive = source = None
    parts: dict[str, str] = {}
    collection: list[str] = []
    leftovers: list[str] = []
    last = None
    queue = segments[::-1]  # segments come stripped; so do the pieces _what splits off
    generation = repositories.generation
    while queue:
        seg = queue.pop()
        if not seg:
            continue
        what, value = _what(seg, generation)
        if what == "repo":
            repo, rest = value
            if rest:
                queue.append(rest)
            if repo.online:
                source = source or repo
            elif archive is None:
                archive = repo
            elif repo is not archive:
                warnings.append(("archive", f"second archive {repo.abbrev!r} ignored"))
            last = None
            continue
        if what == "inner":
            queue.extend(reversed(value))
            continue
        if what == "ref":
            for name, v in value.items():
                parts.setdefault(name, v)
            last = "file"
            continue
        if what == "part":
            name, v = value
            if name in parts:
                warnings.append(("archive_location", f"{name} given twice; kept {parts[name]!r}"))
            else:
                parts[name] = v
            last = name
            continue
        if last == "folios" and locators.is_folio_tail(seg):
            parts["folios"] += ", " + locators.normalize_folios(seg)
            continue
        if last == "series" and "file" not in parts and _SUBJECT_FILE_RE.match(seg):
            parts["file"] = seg  # 'Central Files 1964–66, POL 27 VIET S'
            last = "file"
            continue
        if last == "file" and "page" not in parts and locators.is_folio_tail(seg):
            parts["page"] = locators.normalize_folios(seg)  # 'PRC FMA 109-00833-03, 19-21'
            last = "page"
            continue
        last = None
        if archive and seg == archive.place:  # 'AVP RF, Moscow': where the archive is
            continue
        if archive is None and (_UNKNOWN_ARCHIVE_RE.match(seg) or (
                queue and _initials_before_fond([seg, queue[-1]], 0))):
            archive = repositories.Repository(seg, seg, "")  # named, not in the table
            continue
        if archive and not parts and _CALL_NUMBER_RE.match(seg):
            parts["as-cited"] = seg  # 'BBC Written Archives, L1/8/1': a reference, no labels
            continue
        m = _PAPERS_ITEM_RE.match(seg) if archive and not parts else None
        if m:  # 'Lady Olwen Carey-Evans Papers 122/14a'
            parts.update(series=m.group(1), file=m.group(2), ref=seg)
            continue
        if (archive and not parts and not leftovers and len(seg.split()) <= 8
                and _COLLECTION_RE.match(seg)):
            collection.append(seg.strip("*_ ."))
        else:
            leftovers.append(seg)
    return archive, source, parts, collection, leftovers


def _read_title(title: str, rec: dict, custom: dict) -> bool:
    """Authors and recipients of letters and memoranda; participants in conversations. True when
    the title is a correspondence heading ('Mr A. Eden, ..., to Commonwealth Government'), which
    makes the document a letter."""
    author, recipient, participants, heading = _title_people(title)
    if author:
        rec["author"] = [dict(p) for p in author]
    if recipient:
        rec["recipient"] = [dict(p) for p in recipient]
    if participants:
        custom["participants"] = [dict(p) for p in participants]
    return heading


@lru_cache(maxsize=8192)  # titles recur: 'Letter from Khrushchev to Fidel Castro'
def _title_people(title: str) -> tuple[tuple, tuple, tuple, bool]:
    rec: dict = {}
    custom: dict = {}
    heading = _read_title_once(title, rec, custom)
    return (tuple(rec.get("author", ())), tuple(rec.get("recipient", ())),
            tuple(custom.get("participants", ())), heading)


def _read_title_once(title: str, rec: dict, custom: dict) -> bool:
    low = title.lower()
    m = _BETWEEN_RE.search(title) if "between" in low else None
    if m:
        people = _parse_names(m.group("who"))
        if people:
            custom["participants"] = people
        return False
    m = _JOURNAL_RE.match(title) if low.startswith("from the ") else None
    if m:  # 'From the Journal of K.A. Krutikov, ...': the diarist wrote the record
        author = _parse_names(m.group(1))
        if author and "literal" not in author[0]:
            rec["author"] = author
        return False
    m = _RU_KIND_RE.match(title) if title[:1] in "ПЗТДШпзтдш" else None
    if m:  # 'Письмо Н.С. Хрущева Д. Кеннеди': the writer in the genitive, the addressee in the
        author = names.parse_name(f"{m.group('wi')} {_ru_nominative(m.group('a'), 'а')}")
        recipient = names.parse_name(f"{m.group('ri')} {_ru_nominative(m.group('b'), 'у')}")
        if author and recipient:  # dative
            rec["author"], rec["recipient"] = [author], [recipient]
            return m.group(1).lower() in ("письмо", "телеграмма", "шифротелеграмма")
    i = low.find("from ") if len(low) == len(title) else -1
    if i >= 0 and (i == 0 or not low[i - 1].isalnum()):
        rest, rest_low = title[i + 5:], low[i + 5:]
        end = _FROM_END_RE.search(rest_low)
        if end:
            rest, rest_low = rest[:end.start()], rest_low[:end.start()]
        to = rest_low.find(" to ")
        sender, recipient = (rest[:to], rest[to + 4:]) if to >= 0 else (rest, None)
        sender, recipient = _split_to(sender.strip(), recipient.strip() if recipient else None)
        author = _bodies(_parse_names(_OFFICE_RE.sub("", sender)))
        if author:
            rec["author"] = author
        if recipient:
            people = _bodies(_parse_names(_OFFICE_RE.sub("", recipient)))
            if people:
                rec["recipient"] = people
        return False
    m = _BY_RE.search(title) if " by " in low else None
    if m:  # 'Memorandum of Conversation by Secretary of State John Foster Dulles'
        who = _OFFICE_RE.sub("", m.group(1).strip())
        if who[:1].isupper():
            people = _parse_names(who)
            if people and "literal" not in people[0]:
                rec["author"] = people
                return False
    m = _ADDRESSED_RE.match(title) if " to " in low or " for " in low else None
    if m:  # 'Memorandum to President Kennedy', 'Memo for Asst. SecState Robertson'
        who = _OFFICE_RE.sub("", m.group(1).strip())
        if who[:1].isupper() and not who.lower().startswith("the "):
            people = _parse_names(who)
            if people and "literal" not in people[0]:  # a person, not 'the Secretary of State'
                rec["recipient"] = people
        return False
    if " to " in low:
        found = _heading_people(title)
        if found:
            rec["author"], rec["recipient"] = found
            return True
    return False


def _ru_nominative(surname: str, ending: str) -> str:
    """'Хрущева' -> 'Хрущев' (genitive, ending 'а'), 'Молотову' -> 'Молотов' (dative, 'у');
    '-ского'/'-скому' -> '-ский'; names that do not decline ('Кеннеди') stay as they are."""
    for case_end, base in (("ского", "ский"), ("скому", "ский"), ("цкого", "цкий"),
                           ("цкому", "цкий")):
        if surname.endswith(case_end):
            return surname[:-len(case_end)] + base
    if surname.endswith(ending) and surname[-3:-1] in _RU_STEMS:
        return surname[:-1]
    return surname


def _bodies(people: list[dict]) -> list[dict]:
    """'the Chinese Foreign Ministry' -> 'Chinese Foreign Ministry': a body's name without the
    article the sentence gave it; a capital written for its government ('to Moscow') is a place,
    not a person called Moscow."""
    for i, p in enumerate(people):
        lit = p.get("literal")
        if lit and lit[:4].lower() == "the ":
            p["literal"] = lit[4:]
        elif not lit and "given" not in p and p.get("family", "").lower() in _CAPITALS:
            people[i] = {"literal": p["family"]}
    if any("given" not in p and p.get("family", "").lower() in _OFFICES for p in people):
        people[:] = [p for p in people  # 'the Chairman': an office, no one named
                     if not ("given" not in p and p.get("family", "").lower() in _OFFICES)]
    return people


def _heading_people(title: str) -> tuple[list[dict], list[dict]] | None:
    """Sender and recipients of a correspondence heading: 'Mr A. Eden, U.K. Secretary of State
    for Dominion Affairs, to Commonwealth Government', 'MR J.A. LYONS, PRIME MINISTER, TO MR M.
    MACDONALD, ..., AND TO MR M.J. SAVAGE, ...', 'Telegram, Zhou Enlai to Mao Zedong and Others,
    Regarding ...', 'G. Zhukov to the CPSU CC'. Each side is a name (its office after a comma)
    or a body; anything else ('Report to the Congress') is no heading."""
    text = title.title() if title.isupper() else title  # names in capitals: 'MR R.G. CASEY'
    kind = _HEAD_KIND_RE.match(text)
    if kind:
        text = text[kind.end():]
    m = _HEAD_TO_RE.search(text)
    if not m:
        return None
    # without 'Letter,' before it, a name must show itself as one (a title such as 'Mr', an
    # initial, a Chinese name): 'The Road to War' and 'Soviet Policy to Germany' are no letters
    sender = _heading_party(text[:m.start()].split(",", 1)[0], bool(kind))
    if not sender:
        return None
    recipients = []
    for part in _AND_TO_RE.split(text[m.end():]):
        who = _heading_party(_AND_OTHERS_RE.sub("", part.split(",", 1)[0]), bool(kind))
        if not who:
            return None
        recipients.append(who)
    return [sender], recipients


def _heading_party(text: str, after_kind: bool) -> dict | None:
    text = text.strip()
    if _PARTY_NAME_RE.match(text) and not _KIND_RE.match(text) and (
            after_kind or _NAMED_RE.match(text) or names.is_chinese(text)):
        name = names.parse_name(text)
        if name and "literal" not in name:
            return _bodies([name])[0]
    m = _PARTY_BODY_RE.match(text)
    if m and m.group(1).lower() not in _NOT_BODIES:
        name = _cached_names(m.group(0)[4:] if text[:4].lower() == "the " else m.group(0))
        return dict(name[0]) if len(name) == 1 and "literal" in name[0] else None
    return None


def _split_to(sender: str, recipient: str | None) -> tuple[str, str | None]:
    """Move 'to the USA' back into the sender in 'Ambassador to the USA Dobrynin to Moscow'."""
    if recipient is None:
        return sender, None
    last = sender.rsplit(None, 1)[-1].lower() if sender.strip() else ""
    if last not in _POSTS and " to " not in recipient:
        return sender, recipient  # the usual 'from A to B'

    whole = f"{sender} to {recipient}"
    for m in _TO_RE.finditer(whole):
        if whole[:m.start()].rsplit(None, 1)[-1].lower() not in _POSTS:
            return whole[:m.start()], whole[m.end():]
    return sender, recipient


def _language(title: str | None, rec: dict) -> str | None:
    if rec.get("translator"):
        return "en"
    if title and not title.isascii():
        if _CYRILLIC_RE.search(title):
            return "ru"
        if _CJK_RE.search(title):
            return "zh"
    return None


def format_archival(record: dict) -> str:
    """A record as a Wilson Center style citation; `parse_archival` reads it back. A record
    read from a FRUS heading is written back as one."""
    custom = record.get("custom") or {}
    raw = (custom.get("provenance") or {}).get("raw") or ""
    if raw:
        from . import frus

        if "\n" in raw and (frus.looks_like(raw) or frus.looks_like_file_heading(raw)):
            return frus.format_heading(record)
        if "\n" in raw and record.get("title") and record.get("issued") and _layout(raw):
            return _format_layout(record)
        lead_off = _strip_note_lead(raw) if raw[:1].isdigit() else raw  # '3. FO 371/...'
        m = _CATALOGUE_RE.match(lead_off) if record.get("title") and record.get("issued") else None
        if m and record.get("archive_location") == m.group("ref"):
            years = [str(p[0]) for p in record["issued"]["date-parts"]]
            return f"{record['archive_location']} {'-'.join(years)} {record['title']}"
        if (record.get("issued") and record.get("title") and record.get("archive_location")
                and _CATALOGUE_TAIL_RE.match(lead_off) and _catalogue_entry(lead_off, raw)):
            return (f"{record['archive_location']} {record['title']}. "
                    f"{dates.format_date(record['issued'])}")
        note = frus.parse_footnote(raw) if "(" in raw or "elegram" in raw else None
        if note and _same_record(note.record, record):  # read as a FRUS footnote
            return frus.format_footnote(record)
    out = []
    title, genre, author = record.get("title"), record.get("genre"), record.get("author")
    lead, by_lead = _lead_of(record), set()
    recipient = record.get("recipient")
    if (title and title.lower() in _BARE_KINDS and not genre and author and recipient
            and len(author) == len(recipient) == 1):  # '[body,] Memo, Lansdale to Collins,'
        contributor = record.get("contributor")
        if contributor and len(contributor) == 1 and "literal" in contributor[0]:
            out.append(f"{contributor[0]['literal']},")
            by_lead.add("contributor")
        out.append(f"{title}, {names.format_name(author[0])} to "
                   f"{names.format_name(recipient[0])},")
    elif not title and author and recipient and record.get("type") == LETTER_TYPE:
        out.append(f"{names.format_names(author)} to {names.format_names(record['recipient'])},")
    elif lead and (genre or (title and _KIND_RE.match(title))):  # 'HS, diary', 'X, telegram, N'
        by_lead.add("author" if lead is author else "contributor")
        out.append(f"{names.format_names(lead)},")
        if genre:
            out.append(f"{genre},")
        if genre and genre.lower() not in _NUMBERED_KINDS:
            out.append(f"“{title}”,")  # the subject, beside the kind of document
        elif title:
            out.append(f"{title},")
    elif title:
        opener, closer = next(((o, c) for o, c in (("“", "”"), ("«", "»"), ('"', '"'))
                               if c not in title), ("“", "”"))
        out.append(f"{opener}{title},{closer}")
    # 'n.d.' is how citations render a missing date
    out.append((dates.format_date(record["issued"]) if record.get("issued") else "n.d.") + ",")
    archive = record.get("archive")
    known = archive and (record.get("archive-place") or _UNKNOWN_ARCHIVE_RE.match(archive) or (
        _INITIALS_RE.match(archive) and "fond" in (custom.get("locator") or {})))
    for value in (record.get("source"), archive if known else None,
                  record.get("archive_collection"), record.get("archive_location")):
        if value:
            out.append(f"{value},")
    if archive and not known:  # a book's short name for an archive goes in brackets last
        out.append(f"({archive}),")
    if out and out[-1].endswith(","):
        out[-1] = out[-1][:-1] + ("" if out[-1].endswith(".,") else ".")
    elif out and out[-1][-2:] in (",”", ",»", ',"'):
        out[-1] = out[-1][:-2] + "." + out[-1][-1]
    roles = [("translator", "Translated"), ("editor", "Edited"), ("contributor", "Contributed")]
    for role, verb in roles:
        if record.get(role) and role not in by_lead:
            out.append(f"{verb} by {names.format_names(record[role])}.")
    if custom.get("original-language") in _LANG_NAMES:
        out.append(f"Original in {_LANG_NAMES[custom['original-language']]}.")
    if record.get("language") in _LANG_NAMES:
        out.append(f"Language: {_LANG_NAMES[record['language']]}.")
    if record.get("accessed"):
        out.append(f"Accessed {dates.format_date(record['accessed'])}.")
    if record.get("URL"):
        out.append(f"<{record['URL']}>")
    return " ".join(out)


def _format_layout(record: dict) -> str:
    """A record read by `_layout` in that layout: heading, date line, file line."""
    lines = [record["title"], dates.format_date(record["issued"])]
    if record.get("archive") and record.get("archive_location"):
        lines.append(f"[{record['archive']}: {record['archive_location']}]")
    return "\n".join(lines)


def _lead_of(record: dict) -> list[dict] | None:
    """The writer named before the kind of document ('U.S. Dept of State, telegram, ...'):
    an author the title does not give, or a body beside a title that names its own sender."""
    title, genre = record.get("title"), record.get("genre")
    derived: dict = {}
    if title and not (genre and genre.lower() in _NUMBERED_KINDS):
        _read_title(title, derived, {})
    if title and "author" not in derived and _MEMO_RE.search(title):
        derived["author"] = [{"family": _MEMO_RE.search(title).group(1)}]
    author = record.get("author")
    if author and author != derived.get("author"):
        return author
    contributor = record.get("contributor")
    if (author and contributor and len(contributor) == 1 and "literal" in contributor[0]
            and title and _KIND_RE.match(title)):
        return contributor
    return None


def _same_record(a: dict, b: dict) -> bool:
    """Equal apart from provenance."""
    def bare(r: dict) -> dict:
        return {**r, "custom": {k: v for k, v in (r.get("custom") or {}).items()
                                if k != "provenance"}}
    return bare(a) == bare(b)
