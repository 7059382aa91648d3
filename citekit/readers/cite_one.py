"""One citation's text (prose already trimmed) -> a CSL record, a locator and its label."""

from __future__ import annotations

import re

from .cite_cjk import _CJK_TITLE, _cjk_citation
from .cite_journal import journal_by_month, journal_imprint, journal_tail, magazine, months_kept, without_series
from .cite_news import NOT_PAPER, newspaper_issue
from .cite_news import _paper_name as paper_name
from .cite_parts_sv_cs import has_parts, take_parts
from .dates import parse_date
from .cite_roles_more import editor_in_reading_order, editors_not_journal, comma_after_role, gost_editors_lead, inside_span, pin_in_span
from .cite_abnt import abnt_article, abnt_head, abnt_hint, volume_at_end
from .cite_parts import (THESIS_IMPRINT, NUMBERED_EDITION, STRESS_ALTERNATION, volume_title, dash, first_date, is_place, marked_title, nominative,
                         take_locator, take_pub, take_roles)
from .cite_legal import garbled_name, law_book, law_review_tail, legal_case
from .cite_ref_list import listed_reference
from .cite_sigla_ru import siglum_short_form
from .cite_issue_ru import year_before_issue
from . import cite_hungarian as hu
from .cite_in_journal_year import article_in_journal_by_year
from .note_honorifics import without_honorific
from .cite_described import source_start
from .cite_shapes import UNSIGNED, after_title, eds_after_title, imprint_only, listed_book, lost_opening_quote
from .cite_thesis_town import thesis_by_town
from .cite_harvard_article import harvard_article
from .cite_inverted_names import bibliography_head, slashed_inverted
from .cite_reprint_year import AFTER_FIRST_PRINTING, REPRINT_WORDS, reprint_dates, without_reprint
from .cite_series_statement import series_statement
from .cite_people import (_CYRILLIC, _EDS, _initial_after_family, _PARTICLE_WORDS, IBERIAN_LITERAL, _SHORT_VOLUME, _SPANISH_HINT, _THESIS, RU_SHORT, _author_title, _iberian,
                          _namelike, _people, _short_form, _small_caps, _spanish_surnames, personal_literal)
from .names import given_of_place, parse_name, parse_names
from .dates import _ENGLISH_MONTHS, MONTH_WORDS, SEASONS
from .cite_year import (INVERTED_ONE, NATURAL_NAME_YEAR, _ISSUE_NO, _NAME_YEAR, _NY_YEAR, _name_year, harvard,
                        natural_name_year)

_NO = r"(?:(?i:no\.|nos\.|nr\.|n°|nº|n\.º|№|issue|Heft|núm\.)|H\.)\s*"
_VOL = r"(?:(?i:vol\.|volume|Bd\.|Jg\.)|a\.|anno|año)\s*"  # Italian 'a. XX', Spanish 'año XX' too
_JOURNAL = re.compile(
    r"(?<![^,()])(?P<j>[^,()]+?)(?:,\s*(?P<v5>[ivxlc]{1,8})|,?\s+(?:(?P<v1>\d+)(?:[:/]|\.(?=\d{1,2}\s*\())(?P<i1>\d+)|(?P<v6>\d{1,4})\s*\((?P<i6>\d{1,3})\)(?=\s*\()"
    rf"|{_VOL}(?P<v2>\d+|[IVXLC]+)(?:,?\s*{_NO}(?P<i2>\d+(?:[-–/]\d+)?)|,?\s*(?:pt\.|[Pp]art)\s*(?P<pt>\d+|[IVXLC]+))?|{_NO}(?P<i4>\d+(?:[-–/]\d+)?)"
    rf"|(?P<v3>\d{{1,4}}(?:[-–]\d{{1,2}}(?=\s*\())?|[IVXLC]+|[ivxlc]{{1,7}})(?:,?\s*{_NO}(?P<i3>\d+(?:[-–/]\d+)?))?))"
    r"\s*\((?:(?P<hi>\d{1,2})/)?(?P<d>(?:[A-Za-z]+\.?(?:[-–/][A-Za-z]+)?\s+|[а-я]{3,9}(?:\s?[-–]\s?[а-я]{3,9})?\s+|[A-Z][a-z]{2,3}\.,\s+|\d{1,2}\s(?:[A-Za-z]{3,9}|[а-я]{3,9})\.?\s+)?(?:\d{1,2},?\s+)?\d{4}(?:[-–/]\d{1,4})?)(?:\s+года|\s?г\.)?\)\s*[,:]?\s*(?P<p>\d+(?:\s*[-–]\s*\d+)?)?\s*$")
# a dated parenthesis after a volume or issue: '33 (1998)', 'XIV (2017)'; it opens on '(', which scans fast
_JOURNAL_HINT = re.compile(r"\((?:\d{1,2}/)?(?:[A-Za-z]+\.?(?:[-–/][A-Za-z]+)?\s+|[а-я]{3,9}(?:\s?[-–]\s?[а-я]{3,9})?\s+|[A-Z][a-z]{2,3}\.,\s+|\d{1,2}\s(?:[A-Za-z]{3,9}|[а-я]{3,9})\.?\s+)?"
                           r"(?:\d{1,2},?\s+)?\d{4}(?:[-–/]\d{1,4})?(?:\s+года|\s?г\.)?\)")  # Russian '(июль – август 2007 года)' too
# opens on its first space (looking back past it at the punctuation): the scan skips from space to space
_IN = re.compile(r"\s(?<=[,.*’”\"»']\s)\s*(?:in\s?:?|dans(?:\s:)?|en:|en(?=\s+[A-ZÀ-Þ«\"“*])|w:|\[w:\]|(?-i:i:)(?=\s+[A-ZÀ-ÞÅÄÖ][a-zåäöß-ÿ])|(?-i:i)(?=\s+(?-i:[A-ZÅÄÖØÆ][\w.\-]*\s+){1,3}\((?:red|utg|eds?)\.?\))|nel\s+vol(?:ume|\.)|dans\s+le\s+volume|в:|в\s+кн\.:?|(?-i:в)(?=\s+[A-Z«“„]))\s+"
                 r"(?=(?-i:[A-ZÀ-ÞА-ЯЁŒŁŚŻŹĆČŘŠŽ\d«“„*‘'(\"]|l[’']))", re.I)  # not 'Le Monde, in its editorial, …'
# (a Russian translation's 'в' before a book in Latin letters: '“Die rituelle Ordnung,” в Ritualtheorien, eds. …')
_QUOTED_JOURNAL_ISSUE = re.compile(r"[«“\"](?P<j>[^«»“”\"]{3,60})[»”\"],\s*(?P<y>(?:1[7-9]|20)\d\d)(?:\s*г\.)?"
                                   r"(?:,\s*[тТ]\.\s*(?P<v>[IVXLC]{1,6}|\d{1,3}))?(?:,\s*(?:кн|вып)\.\s*(?P<i>[IVXLC]{1,6}|\d{1,3}))?")
_IN_GUILLEMETS = re.compile(r"(?<=[\w»)])\s+in\s+«")
_PAREN_IN = re.compile(r"(?<=\))\s+In:\s+(?=[A-ZÀ-Þ])")  # Hungarian '(ford. Szabó T.) In: Somorjai Á. (szerk.)'
_REPORT = re.compile(r"[rR](?<!\w[rR])[eE][pP][oO][rR][tT]\b")  # '\breport\b' in any case, opening on a class: a quick scan
_PAPER_GIVEN = re.compile(r"(?:unpublished\s+)?(?:conference\s+)?(?:paper|lecture|talk|address)\s+(?:presented|given|read|delivered)\b", re.I)
_INTERVIEW = re.compile(r"interview\b", re.I)
# the letters (either case, and re.I's 'İ' and 'ı' for 'i') these two can open with
_PAPER_FIRST = frozenset("uUcCpPlLtTaA")
_INTERVIEW_FIRST = frozenset("iIİı")
_URL = re.compile(r"<?((?:https?:[/~]/|www\.)[^\s>]+?)[>.,]?(?=\s|$)")  # 'http:~/': OCR's slash
_AUTHOR_YEAR = re.compile(r"^(?P<who>[^()]{3,80}?)\s*\((?P<y>(?:1[4-9]|20)\d\d)\)\s*(?P<rest>.+)$")


# compiled once: _parse_citation asks them of many citations
_YEAR_PAREN_END = re.compile(r"\d{4}\)\s*$")
_AND_SPLIT = re.compile(r"\s+(?:and|&)\s+")
_NAME_LIST_SPLIT = re.compile(r",\s+|\s+(?:and|&|et|und|y|e|en)\s+")  # 'Grandjean, Hugoniot et Lion 2013'
_TRANSLATED_AND_EDITED = re.compile(r"translated\s+and\s+edited|и\s+под\s+ред", re.I)
_TRAILER = re.compile(r",\s*(?:entry\s+for|esp\.(?!\s*(?:\d|(?:pp?|chaps?|ch)\.\s*\d)))\s+[^,;]*$|\s*\((?:Table|Tab\.)\s[^)]*\)\s*\.?$", re.I)


_PAPER_ISSUE = re.compile(r"^(?P<c>\*[^*]{2,60}\*|(?:The\s+)?[A-Z][\w’'&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'&-]*)*"
                          r"(?:\s*\([A-Z][\w .]{1,20}\))?)(?:,\s*|\s+of\s+(?=\d))"  # 'Times (London)'; 'Pravda of 5 May 1936'
                          r"(?P<d>\d{1,2}\.?\s+[^\W\d_]{3,9}\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})$")
# 'Daily Telegraph 3/1/65': a newspaper issue with a numeric date
_NUMERIC_ISSUE = re.compile(r"^(?P<c>(?:The\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4})\s+"
                            r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2}|\d{4})$")
_NOT_PAPERS = frozenset({"Hansard", "FRUS", "PRO", "CAB", "FO", "PREM"})  # debates and archives


def _numeric_date(m: re.Match) -> dict | None:
    """Month first as in American notes, unless the first number cannot be a month."""
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if y < 100:
        y += 1900 if y >= 30 else 2000
    month, day = (b, a) if a > 12 else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return {"date-parts": [[y, month, day]]}


_RU_PERIODICAL = re.compile(r"^(?P<t>[^.,/]{3,60})\.\s*(?P<y>(?:1[7-9]|20)\d\d)\.\s*(?:(?:Vol|Т)\.\s*(?P<v>\d+)[.,]\s*)?№\s*(?P<n>\d+)(?:\.\s*(?P<m>[А-ЯЁ][а-яё]{2,7}))?$")
# a magazine's issue by its month, in a language other than English: 'Europe, mars 1949', 'Études Soviétiques, no 61, avril 1953'
_MONTH_PERIODICAL = re.compile(r"(?P<t>[A-ZÀ-Þ][^\W\d][^,;:()«»“”\d]{1,50}?)(?:,\s*|\s+de\s+)(?:(?:a\.|anno|año)\s*(?P<v>[IVXLC]{1,8}|\d{1,3}),\s*)?"
                               r"(?:(?:no|n°|nº|n\.º|n\.|nr\.|núm\.)\s*(?P<n>\d{1,4}(?:[-–]\d{1,4})?),\s*)?"
                               r"(?P<m>[^\W\d]{3,10})(?:\s+de)?\s+(?P<y>(?:1[5-9]|20)\d\d)(?:,\s*(?:no|n°|nº|n\.º|n\.)\.?\s*(?P<n2>\d{1,4}))?")
# the words a periodical's name opens with, however long the name: 'Bulletin de l'Institut d'histoire du temps présent'
PERIODICAL_WORDS = frozenset("Bulletin Bollettino Boletín Boletim Revue Revista Rivista Cahiers Quaderni Cuadernos Annales Annali Anales "
                             "Zeitschrift Mitteilungen Jahrbuch Journal Review Proceedings Transactions Studi Studies Études Вестник "
                             "Известия Записки Труды Вопросы".split())
_YEAR_ISSUE = re.compile(r",\s*(?P<y>(?:1[7-9]|20)\d\d)/(?P<n>\d{1,2})$")
_AUTHOR_DATE = re.compile(r"^(?P<who>[^\d,()]{2,60}?),?\s+\(?(?P<y>(?:1[5-9]|20)\d\d)[a-zабв]?\)?$")  # 'Каждан 1968а'
_BARE_NAME_YEAR = re.compile(r"(?P<who>[A-Z][a-zà-ÿ’'\-]+(?:\s+(?:and|&)\s+[A-Z][a-zà-ÿ’'\-]+"
                             r"|(?:,\s+[A-Z][a-zà-ÿ’'\-]+){1,3}\s+(?:and|&|et|und|y|e|en)\s+[A-Z][a-zà-ÿ’'\-]+)?)(?:,?\s+et\s+al\.)?\s+"
                             r"(?:(?P<orig>(?:1[5-9]|20)\d\d)/)?(?P<y>(?:1[5-9]|20)\d\d)[a-z]?(?:\s*[-–]\s*(?P<end>\d{2,4}))?")
_MONTHISH_NAME = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December|Spring|Summer|Autumn|Fall|Winter|In|Since|From|Until|To|By|Of|The|And|Or|"
                            r"Before|After|About|Circa|Around|Early|Late|Mid|Published|Printed|Edition|Reprint)")
# 'in: ders., Titel', 'in his The Interpretation of Cultures': a book by the same author
# 'in: ders., Titel', 'dans Id., Études', 'in Id., Saggi', 'in his Book': the same author's book;
# with a role, 'in: Ders. (Hg.), Titel', the author edits it
# the roles that make the same author the book's editor: 'Ders. (Hg.)', 'idem (ed.)', 'idem (a cura di)', 'tenże (red.)'
IDEM_ROLE = re.compile(r"\((?:Hg|Hrsg|eds?|éds?|dir|red|a\s+cura(?:\s+di)?)\.?\)", re.I)
_SAME_AUTHOR = re.compile(r",?\s+(?:in|dans|en)\s?:?\s+(?:(?:ders|dies|idem|eadem|ead|id)\.?(?:(?P<role>\s*" + IDEM_ROLE.pattern + r"),?|,)"
                          r"|(?-i:his|her|their)(?=\s+[A-Z“\"‘*]))\s*", re.I)
_QUESTION_TITLE = re.compile(r"(?<=[?!])([”\"])\s+(?=[A-Z])")


def _question_title(text: str) -> str:
    """'“Whose Culture Is It?” New York Review …': the comma a title ending on '?' or '!' goes without."""
    for m in _QUESTION_TITLE.finditer(text):
        before = text[:m.start()]
        if before.count("‘") > before.count("’") or before.count("'") % 2:
            continue  # a quotation inside a quoted title: '‘“The Strange Death …?” Reflections on …’'
        return f"{text[:m.end(1)]}, {text[m.end():]}"
    return text


_COMMA_IN_QUOTES = re.compile(r"[,.]([’']?[”\"])(?=\s|$)")  # '“The ‘Feudal Revolution,’”' too
_ACCESSED = re.compile(r"[,.]?\s*[(\[]?(?<!\w)(?:accessed|last\s+accessed|retrieved|consulted|geraadpleegd:?|abgerufen\s+am|consulté\s+le"
                       r"|consultad[oa]\s+(?:el|en)|consultat[oa]\s+(?:il|in)|accedido\s+(?:el|en)|дата\s+обращения:?|последнее\s+обращение:?"
                       r"|dostęp:?|(?:letzter\s+)?zugriff(?:\s+am)?:?|bezocht\s+op|accès\s+le)\s[^)\]]*[)\]]?", re.I)
_AFTER_PAGE = re.compile(r"(?P<keep>\bpp?\.\s*\d[\d–\-, ]*):\s+[A-Z].*$")
_DATE_AFTER_PAGE = re.compile(r"(?P<keep>\),\s*\d[\d–\-, ]*):\s+(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)\d{4}\.?$")
_AFTER_IMPRINT = re.compile(r"\),\s*\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}$")


_LEAD_AND = re.compile(r"^(?:and|und|y|et|e|и|or|also)\s+")  # 'e': Italian and Portuguese
_LEAD_AND_FIRST = frozenset("auyeиo")  # the first letters of its words


# '// Вопросы истории. 1990. Т. 5. № 3', '// Вопр. лит. 1966. № 1': a journal issue after the slashes
_RU_JOURNAL = re.compile(r"^«?(?P<t>[^«»]{3,80}?)»?[.,]\s*(?:[ТтV]o?l?\.\s*(?P<w>\d+|[IVXL]+)[.,]\s*)?"
                         r"(?P<y>(?:1[7-9]|20)\d\d)\.?(?:,?\s*(?:[ТтV]o?l?|Bd)\.\s*(?P<v>\d+)\.?)?"
                         r"(?:,?\s*(?:№|No\.|Вып\.)\s*(?P<i>\d+(?:\s?[-–/]\s?\d+)?)(?:\s?\(\d{1,4}\))?)?$")  # '№ 2 (8)': and the running number
# GOST in Latin letters: '// The Review of Politics. Vol. 43. № 3. (Jul., 1981)': the volume and number, then the issue's date
_GOST_VOL_NO_DATE = re.compile(r"^(?P<t>[^()/]{3,80}?)[.,]\s*(?:Vol|V|Т|т)\.\s*(?P<v>\d+|[IVXL]+)[.,]\s*"
                               r"(?:(?:№|No\.|N)\s*(?P<i>\d+(?:\s?[-–/]\s?\d+)?)\.?\s*)?"
                               r"\((?P<d>(?:[A-Z][a-z]{2,8}\.?,?\s)?(?:1[7-9]|20)\d\d)\)$")
_SERIES_CITY = re.compile(r"\.\s*(?P<p>(?:М|Л|СПб|Спб|Пг|К|Мн)\.(?:[,;]\s?(?:М|Л|СПб|Пг)\.)?)$")
# 'Правда. 1960. 29 мая': a newspaper issue, GOST style
# (or 'Правда, 1953, 5 марта', 'Известия. 23 октября 1962 г.': commas, or the day and month before the year)
_RU_NEWSPAPER = re.compile(r"^(?P<t>[^.,\d/]{2,40})[.,]\s*(?:(?P<y>(?:1[7-9]|20)\d\d)[.,]\s*(?P<dm>\d{1,2}\s+[а-яіїєґ]{3,9})\.?"
                           r"|(?P<dm2>\d{1,2}\s+[а-яіїєґ]{3,9})\.?\s+(?P<y2>(?:1[7-9]|20)\d\d)(?:\s?г\.?)?)$")  # Ukrainian months too


def _ru_newspaper(m: re.Match, rec: dict) -> dict:
    rec.update({"type": "article-newspaper", "container-title": m.group("t").strip(" «»")})
    year = m.group("y") or m.group("y2")
    date = first_date(f"{m.group('dm') or m.group('dm2')} {year}")
    rec["issued"] = date or {"date-parts": [[int(year)]]}
    if rec.get("author") and not rec.get("title"):
        rec.pop("author")
    return rec


_SLASH_JOURNAL = re.compile(r"^(?P<t>[^,(.]{2,80}?)[,.]?\s*(?:№|No\.|Nr\.)\s*(?P<i>\d+)\s*"
                            r"\((?:[^\d()]{2,14}\s)?(?P<y>(?:1[7-9]|20)\d\d)\)$")


def _ru_newspaper_match(text: str) -> re.Match | None:
    """_RU_NEWSPAPER.match(text), looked for only when the text ends on a Russian small letter, as it must."""
    last = text.rstrip(".\n")[-1:]
    return _RU_NEWSPAPER.match(text) if "а" <= last <= "я" or last.isdigit() and "А" <= text[:1] <= "Я" else None


# besides the stress words, the words that point at the page meant: 'here', 'cit.', 'quoted at'
_HERE_WORDS = r"here|ici|at|qui|aquí|tu|здесь|esp\.|cit\.|zde|här|" + STRESS_ALTERNATION
_HERE_HINT = re.compile(r" (?:quotations?|quoted?|" + _HERE_WORDS + ") ")
# '45–67, here 50', German 'S. 289-316, insb. S. 294 ff.', French 'p. 163-188, cit. p. 163': the pages, then the page meant
_HERE = re.compile(r"(?P<range>\d+\s*[-–]\s*\d+)\.?,?\s*(?:(?:quotations?|quoted?)\s+(?:on|at)|" + _HERE_WORDS + r")\s+"
                   r"(?:(?:S|p|pp|s|с|pag|str)\.\s*)?(?P<pin>\d+(?:\s*[-–]\s*\d+)?(?:,\s*\d+(?:\s*[-–]\s*\d+)?)*(?:\s?ff?\.?)?)\.?$")
_PAPER_SECTION = re.compile(r",\s*(?:(?:sec\.|sect\.|section)\s*[A-Z\d]{1,3}|(?:late\s+)?(?:city|final|home|morning|evening|national|early|late)"
                            r"\s+(?:ed\.|edition))(?=,\s*(?:pp?\.\s*)?[A-Z]?-?\d)", re.I)
_PIN_IN_PARENS = re.compile(r"(?P<range>\d+\s*[-–]\s*\d+)\s*\(pp?\.\s*(?P<pin>\d+(?:\s*[-–]\s*\d+)?)\)\.?$")
# British 'Journal, 40: 3 (1997)'; opens on a digit (the space before it looked at behind it): a quick scan
_VOL_COLON_ISSUE = re.compile(r"(\d(?<=\s\d)\d{0,3}):\s+(\d{1,3})(?=\s*\()")
_VOL_COLON_HINT = re.compile(r":(?<=\d:)\s+\d{1,3}\s*\(")  # what it needs around its colon, which opens this one: a quick scan
_IN_BOOK = re.compile(r"^\s*(?:[Вв]\s+кн\.|[Вв]|[Ii]n):\s*")  # GOST '// В кн.: Book'
_CIRCA_END = re.compile(r",\s*(?:c|ca|circa)\.?\s*(?P<y>[1-9]\d{2,3})(?:\s*(?:CE|AD|A\.D\.))?$")
_SUP_AFTER_YEAR = re.compile(r"(?<=\d{4})[²³]")
def without_rank(text: str) -> str:
    """'Emmanuel comte de Las Cases, Le Mémorial' -> 'Emmanuel de Las Cases, …': a rank is no part of a name."""
    return _LEAD_NOBLE_TITLE.sub(r"\1", text, 1) if " de " in text[:40] else text


_LEAD_NOBLE_TITLE = re.compile(r"^([A-ZÀ-Þ][\w’'\-]+)\s+"
                               r"(?:comte|comtesse|marquis|marquise|baron|baronne|vicomte|duc|duchesse)"
                               r"(?=\s+de\s+[A-ZÀ-Þ])")
_YEAR_PART = re.compile(r"/(?<=\d\d\d\d/)\d(?=,\s*(?:no|n°|nº|№)\s*\d)")
_BRACKET_ROLE = re.compile(r"\[((?:dir|éds?|eds?|coord|red|Hrsg)\.?)\]")
_ANCIENT_DATE = re.compile(r"\[(?:c\.\s*)?\d{1,4}\s*(?i:bce?|b\.c\.|ad|a\.d\.|ce)\]")  # opens on '['; a year before it
_FIRST_EDITION = re.compile(r"(?<=\d{4})\s*\[(?P<y>(?:1[5-9]|20)\d\d)\]|\[(?P<y2>(?:1[5-9]|20)\d\d)\]\s*(?=\d{4}\b)")
_EXTENT = re.compile(r"(?<=\d\d)[.,]\s*(?:[–—]\s*)?(?:[ivxlc]+,\s*)?(?P<n>\d{2,4})\s*(?:с|S|pp|p|s)\.?\s*$")  # GOST '. – 320 с.' too
_CROSS_REF = re.compile(r"\s*\((?:wie|s\.|siehe|as\s+in|see(?:\s+above,?)?|above,?|vgl\.|voir|cf\.|см\.|cit\.,?|op\.\s*cit\.,?"
                        r"|(?:s\.\s)?(?:oben|o\.|unten|u\.)|vorige|vorherige)?\s*"  # German '(oben N. 7)', '(vorige N.)'
                        r"(?:Anm\.|[Nn]\.|[Nn]otes?|[Nn]ota|прим\.|Fn\.|FN|сноск[аи])\s*(?:\d+|(?<=N\.)(?=\)))(?:,\s*[^()]{0,20})?"
                        r"(?:\s+(?:above|below|supra|infra|oben|unten|ci-dessus|sopra))?\)")  # '(note 3 above)'
_CROSS_REF_HINT = re.compile(r"\((?:[^()]{0,14}\s)?(?:Anm|[Nn]|[Nn]otes?|[Nn]ota|прим|Fn|FN|сноск[аи])\.?\s*(?:\d|\))")
_PLACE_PUBLISHER_END = re.compile(r",\s*(?P<place>[A-ZÀ-Þ][\w\-]+(?:\s[A-ZÀ-Þ][\w\-]+)?),\s*(?P<pub>[A-ZÀ-Þ][^,;()]{1,40}?)[\s.]*$")
_VOLS_OPEN_IMPRINT = re.compile(r"\((?P<n>\d{1,3})\svols\.,\s(?=[A-Z])")
_VOLS_IN = re.compile(r"(?:,\s*|\s+)(?P<n>\d{1,3})\s+(?:vols\.?|volumes|voll\.?|Bde\.?|tomes|tomos|tomi)(?=[\s,(]|$)")
_FOREWORD = re.compile(r",\s*(?:with\s+(?:an?\s+)?(?:new\s+)?(?=[fip])(?:foreword|introduction|preface)(?:\s+and\s+notes)?\s+by\s+[^,(;]+|(?:[Pp]refazione|[Ii]ntroduzione|[Pp]réface|[Ii]ntroduction|[Pp]reface|[Ff]oreword|[Vv]orwort"
                       r"|[Ee]inleitung|[Nn]achwort|[Pp]rólogo|[Pp]refacio|[Пп]редисловие|[Вв]ступ\.\s+ст\.)\s+"
                       r"(?:di|de|by|von|d['’]|del|dell['’])\s*[^,(;]+)")
_PART_END = re.compile(r",\s*(?:pt|part|Teil|partie|parte)\.?\s*(?P<n>\d{1,2}|[IVX]{1,4})$")
_GOST_VOLUME = re.compile(r"[.,]\s*(?:Т|т|Том|Вып|Vol)\.?\s*(\d+|[IVXL]+)\s*$")
_TRAILING_VOL = re.compile(r",(?<=[\d)],)\s*(?:(?:t|[Vv]ol|Bd|т)\.|tomo|tome|Band|volume)\s*(?P<v>\d+|[IVXLC]+)$")
_VOL_BEFORE_IMPRINT = re.compile(r",\s*(?:[Vv]ol\.|[Vv]olume|Bd\.)\s*(?P<v>\d+|[IVXLC]+)(?=\s*,|:\s)")
_SERIES = re.compile(r"\s*\(=\s*(?P<s>[^()]{3,120})\)")
# '(coll. Folio ; 4353)', '(Découvertes Gallimard ; 569)', '(Bibliothèque d'histoire du droit, publ. n° 6)'
_NUMBERED_SERIES = re.compile(r"\s*\((?:coll\.|collection|série|serie)?\s*(?P<s>[^()\d;]{3,100}?)\s*"
                              r"(?:;|,\s*(?:publ\.\s*)?(?:n[°o]|no\.|nr\.|vol\.))\s*(?P<n>\d{1,5})\)", re.I)
_OTHER_EDITION = re.compile(r",?\s*\((?:(?P<first>1(?:re|ère|st)|première|first|prima|original)|nuova|new|\d+(?:e|ª|a|nd|rd|th))"
                            r"\s+(?:éd|ed|edn|edizione|edición|édition|edition)\.?[^()]*?(?P<y>(?:1[5-9]|20)\d\d)[^()]*\)", re.I)
_EDITION_PAREN = re.compile(r"\s*\((?P<ed>\d+(?:e|ª|a|nd|rd|th|re|ère|ème)?|nuova|new|nouvelle|nueva|nova|seconda|seconde"
                            r"|second|revised|rev\.)\s+(?:ed|edn|éd|edition|edizione|édition|edición)\.?\)", re.I)
_EDITION_WORD = re.compile(r"(?:re|ère|st|ª|nd|rd|th|e|a|nuova|new|première|first|prima|original)\s+(?:éd|ed)", re.I)
_ED_AFTER_SPACE = re.compile(r"\s+(?:éd|ed)", re.I)


def _edition_word(text: str) -> bool:
    """_EDITION_WORD.search(text), looked for only before each ' ed'/' éd' (its alternatives
    begin with common letters, which makes a scan of the whole text slow)."""
    return any(_EDITION_WORD.search(text, max(0, m.start() - 9), m.end()) for m in _ED_AFTER_SPACE.finditer(text))


_FORMAT_TAIL = re.compile(r",\s*in-(?:\d{1,2}|fol|f[°o])°?(?:,.*)?$", re.I)


_BRACKET_SERIES = re.compile(r"(?<=[.,])\s*\[(?P<s>[^\[\]\d]{3,60}?)\s+(?P<n>\d{1,4})\](?=\s+[A-ZÀ-Þ])")


def _numbered_series(text: str, rec: dict) -> str:
    series = _NUMBERED_SERIES.search(text)
    if not series or series.start() == 0:
        return text
    rec["collection-title"] = series.group("s").strip(" ,")
    rec["collection-number"] = series.group("n")
    return text[:series.start()] + text[series.end():]


_JAHRGANG = re.compile(r",?\s*(?:(?P<a>\d{1,3})\.\s*(?:Jg\.|Jahrgang)|(?:Jg\.|Jahrgang)\s*(?P<b>\d{1,3}))\s*(?=\()")
_HEFT = re.compile(r",\s*(?:H\.|Heft)\s*(?P<n>\d+)(?=\s*(?:,|$))")
_GOST_DASH = re.compile(r"\.\s*[–—]\s*(?=\S)(?!(?<=(?<!\w)[МЛК]\.[–—])(?:М|Л|СПб|Пг|К)\.,)")  # not the cities of 'М.–Л., 1946'
# '. — В кн.: Book', '. — В сб.: Collection', '.— «Journal», 1974': what GOST also writes as ' // '
_GOST_IN = re.compile(r"\.\s*[–—]\s*(?:[ВB]\s+(?:кн|сб)\.:?\s*|(?=«))")
# what follows 'Name, Word: ' in a short form: a few title words and a page, no imprint
_SHORT_TITLE_COLON = re.compile(r"[A-Z][^\d():;]{0,60}?,\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?")
_ACCENTED = re.compile(r"[À-ÿ]")  # a letter English rarely prints: 'Pérez, Juan: Historia, 45' is Spanish
_INVERTED_COLON = re.compile(r"(?P<fam>[A-ZÀ-Þ][\w’'\-]+|[A-ZÀ-Þ][A-ZÀ-Þ’'\-]+\s[A-ZÀ-Þ][A-ZÀ-Þ’'\-]+),\s+"
                             r"(?P<given>(?:[A-ZÀ-Þ][\w’'\-]+|[A-ZÀ-Þ][a-z]?\.)(?:\s+(?:[A-ZÀ-Þ][\w’'\-]+|[A-ZÀ-Þ][a-z]?\.)){0,2})"
                             r":\s+(?=[A-ZÀ-Þ«„\"“])")  # given names or initials, not 'William. Khrushchev': a sentence
_VOL_AFTER_PAGE = re.compile(r",(?<=\d,)\s*(?:vol|tomo?|t)\.\s*(?P<v>[IVXLC]+|\d{1,3})\.?$", re.I)  # opens on ',': a quick scan
_GOST_REPRINT = re.compile(r"\.\s*(?:[Пп]ереизд|[Рр]епринт(?:\s+изд)?)\.?(?=\s)")
_WORD_STOP = re.compile(r"[^\W\d_]{4,}\.\s")  # a full word ending a sentence: a title, not a name
_INITIALS_NAME = re.compile(r"(?:[A-ZÀ-Þ]\.\s?){1,3}\s*[A-ZÀ-Þ][\w’'\-]+(?:\s+(?:and|&)\s+(?:[A-ZÀ-Þ]\.\s?){1,3}\s*[A-ZÀ-Þ][\w’'\-]+)?")
_EDS_FIRST = re.compile(r"(?P<who>[A-ZÀ-Þ][\w’'\-]+,\s+(?:[A-Z]\.\s?){1,3}(?:\s*(?:and|&)\s+[A-ZÀ-Þ][\w’'\-]+,\s+(?:[A-Z]\.\s?){1,3})?),?\s+eds?\.,\s+")
_AUTHOR_COLON = re.compile(r"(?P<who>[A-ZÀ-Þ][^\d:,.()]*(?:\.[^\d:,.()]*)*):\s+(?=[A-ZÀ-Þ«„\"“])")
# two places with their publishers joined by 'and' in one imprint: read as joined by ';'
_TWO_IMPRINTS = re.compile(r"\((?P<a>[A-Z][^():;,]{1,30}(?:,\s[A-Z][A-Za-z.]{1,12})?:\s[^():;]{2,80}?),?\s+and\s+"
                           r"(?P<b>[A-Z][^():;,]{1,30}(?:,\s[A-Z][A-Za-z.]{1,12})?:\s[^():;]{2,80},\s*(?:1[5-9]|20)\d\d)\)")
# a site, then its owner, before the page's date: '“Title,” Founders Online, National Archives, last modified June 13, 2018'
_SITE_OWNER = re.compile(r",”\s+(?P<site>[^,“”]{2,60}),\s+(?P<own>[A-Z][^,\d“”]{2,60}?),\s+(?:last\s+modified\s+|updated\s+)?"
                         r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+)?(?:1[5-9]|20)\d\d")
_AVAILABLE = re.compile(r"[,.]?\s*(?:(?:available|accessible|online)(?:\s+online)?\s+(?:at|from|on)|at|URL|режим\s+доступа|disponible\s+(?:sur|en|à\s+l['’]adresse)"
                        r"|disponibile\s+(?:su|in|all['’]indirizzo)|(?:verfügbar|abrufbar|online)\s+unter|beschikbaar\s+op|dostępn[ey]\s+(?:na|w))\s*:?\s*(?=[(\[]|$)", re.I)
_RU_VOL_PAGE = re.compile(r"(?P<v>\d{1,2}),(?P<p>\d{2,4}(?:\s*[–-]\s*\d{1,4})?)")
_VOL_PAGE = re.compile(r"(?P<v>\d{1,3}|[IVXL]{1,5}):\s?(?P<p>\d.*|[ivxlc]{1,7}(?:\s*[-–]\s*[ivxlc]{1,7})?)")
_VOLS = re.compile(r",\s*(?P<n>\d{1,3})\s+(?:vols?|Bde|tt?)\.?$")


# German 'o.J. [1885]' (no year printed, the year supplied), '2o.J.' (2nd edition, no year) and a
# superscript edition run into the year: 'Leipzig 21891'
_O_J = re.compile(r"(?<!\S)(?P<ed>[2-9])?o\.?\s?J\.\s*(?:\[(?P<y>(?:1[5-9]|20)\d\d)\])?")
# _SUP_EDITION's edition and year after their space: opening on that space, it scans quickly
_SUP_EDITION_HINT = re.compile(r" [2-9](?:1[5-9]|20)\d\d")
_SUP_EDITION = re.compile(r"(?P<ed>[2-9])(?<=[a-zäöü.] [2-9])(?P<y>(?:1[5-9]|20)\d\d)(?=\s*(?:[,.]|$))")


# the 'Name: Titel' order is German (and French) usage; in English 'Chau Ju-kua: His Work …' is a title
_GERMAN_HINT = re.compile(r"\bS\.\s*\d|\b[Ii]n:\s|\b(?:Hg|Hrsg|hg|hrsg|Bd|Aufl|Verlag|Jg)\b|:\s+(?:Der|Die|Das|Ein|Eine|Zur|Zum|Vom|Über|Le|La|Les|Un|Une)\s"
                          r"|[äöüß]")
# Hungarian, which puts a colon after the author: 'ő'/'ű', a page as '45. o.', a date as '1956. október 15.'
_HU_HINT = re.compile(r"[őűŐŰ]|\d\.\s?o\b|\d{4}\.\s(?:január|február|március|április|május|június|július|augusztus|szeptember|"
                      r"október|november|december)")
_WORKING_PAPER = re.compile(r"(?:(?<=[,”\"’])|(?<=,\s))\s*(?P<s>[A-Z][^,“”\"()]{2,90}?\b(?:Working|Discussion|Occasional|Seminar)\s+Papers?"
                            r"(?:\s+Series)?)(?:,?\s*(?:No\.|no\.|Nr\.|#|Number)\s*(?P<n>[\w\-/]+))?(?=\s*[,(]|\s*\.?$)")
_ISSUE_AFTER_YEAR = re.compile(r"(?P<v>\b\d{1,4}|\b[IVXLC]+)\s*\((?P<y>[^()]{0,20}\d{4})\),?\s*(?:n\.|n°|no\.|nn\.|fasc\.|z\.|nr\.?|Nr\.|H\.|č\.|(?=\d{1,2},\s*(?:pp?|S|s|С)\.))\s*"
                               r"(?P<n>\d+(?:[-–/]\d+)?)")  # a bare number before the pages: '31 (1990), 3, pp. 5–20'
# '), n', '), fasc', '), z.', '), č.', '), N' and ', p', ', S.', ', s.', ', С.': the gates of _ISSUE_AFTER_YEAR, one scan each
_ISSUE_AFTER_YEAR_WORDS = re.compile(r"\), (?:n|fasc|z\.|č\.|N)")
_PAGE_LABEL_AFTER_COMMA = re.compile(r", (?:p|[SsС]\.)")
_BARE_ISSUE = re.compile(r"\)(?<=\d\)),?\s*\d{1,2},\s*(?:pp?|S|s|С)\.")  # opens on ')' (rarer than a digit): a quick scan
_UNIVERSITY = re.compile(r"Universit|College|Institut|École|Ecole|Hochschule|Academy|Akademie", re.I)
_CYRILLIC_PAGE = re.compile(r"(?<!\w)[РС]\.\s*\d")


_TITLE_VOLUME = re.compile(r"\.\s*(?:Т|Том|Ч|Vol|Bd)\.?\s*(?P<v>\d{1,3}|[IVX]{1,5})$")
_ROLE_LEAD = re.compile(r"(eds?|tr|trans|comps?)\.,\s+(?=\S)", re.I)
_ROLE_WORD_FIRST = frozenset("etc")
_ROLE_WORD_LEAD = re.compile(r"(editors?|translators?|compilers?),\s+(?=[A-Z“\"‘*])")


_NO_YEAR_WORDS = re.compile(r"J(?:(?<=o\.J)|(?<=o J)|(?<=o\. J))")  # 'o.J', 'o J', 'o. J': one scan, opening on the rare 'J'


def _no_year_printed(text: str, rec: dict) -> str:
    m = _O_J.search(text)
    if m:
        if m.group("ed"):
            rec["edition"] = m.group("ed")
        text = text[:m.start()] + (m.group("y") or "") + text[m.end():]
    return text


_APUD = re.compile(r"(?:,\s*(?:c|cap)\.\s*\d{1,3})?,\s*ap\.\s+(?=(?:(?:Du|De|Da|Di|Del|La|Le)\s+)?[A-ZÀ-Þ][\w’'\-]+,\s+[A-ZÀ-Þ])")


def _in_edition(head: str, edition: str) -> tuple[dict, str | None, str | None] | None:
    """A work read in an editor's collection ('ap.', apud): a chapter, the collection's author its editor."""
    book, locator, label = parse_citation(edition)
    title = head.strip(" ,.")
    if not (book.get("author") and book.get("title") and title) or len(book["author"]) > 2:
        return None
    book["editor"] = book.pop("author")
    book["container-title"] = book.pop("title")
    book.update({"title": title, "type": "chapter"})
    return book, locator, label


_REPRINT_WORD = re.compile("|".join(w + " " for w in AFTER_FIRST_PRINTING))  # 'Ndr. ', 'Nachdruck ': one scan
_FIRST_PRINTED = re.compile(r",\s(?:(?P<place>[A-ZÄÖÜ][a-zäöüß]+)\s)?(?P<y>1[5-9]\d\d|20\d\d)$")


def _town_year(rec: dict, text: str) -> bool:
    """The one-word 'journal' stands right before the year, as Polish and German imprints put a
    town: 'Przemyśl 1928'."""
    imprint = f", {rec['container-title']} {rec.get('issued', {}).get('date-parts', [[0]])[0][0]}"
    at = text.find(imprint)
    return at > 0 and text[at + len(imprint):at + len(imprint) + 1] in ("", ",", ".", ";")


# a dictionary's entry by its headword: '…, s.v. “castrato.”', '…, s. v. Hanse'
SUB_VERBO = re.compile(r",?\s*s\.\s?v\.\s*[“\"‘]?(?P<w>[^“”\"‘’,;]{1,60}?)[.,]?[”\"’]?\.?$")
# 'II Comm. 77', 'IV Comm. 413': a roman volume, the work's abbreviation and a page (legal-history notes)
_ROMAN_VOLUME_SHORT = re.compile(r"(?P<v>[IVX]{1,5})\s+(?P<t>[A-Z][a-z]{1,10}\.(?:\s?[A-Z][a-z]{0,10}\.){0,2})\s*"
                                 r"(?P<p>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)")
_YEAR_THEN_KIND = re.compile(r"\((?P<y>(?:1[5-9]|20)\d\d),\s(?:[a-z]+\s)?(?:lecture|address|pamphlet)\)")
_ROMAN_LAST = frozenset("IVX")
_SHORT_VOLUME_LAST = frozenset("IVXLCr\n")  # what _SHORT_VOLUME can end on besides a digit (or before, a line break); keep in step
_CALENDAR_GLOSSED = re.compile(r"(?P<t>[A-Z]{2,5}), (?P<v>[IVXL]{1,6}), (?P<p>\d+(?:[–-]\d+)?) "
                               r"\((?:(?P<part>[ivx]{1,4})|[a-z][^()]{3,30})\)")
_SIGLUM_NO_VOWEL = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,6}")  # capitals, no vowel (nor Y): no surname


_OCR_YEAR_END = re.compile(r"\s*\((?:(?P<place>[A-Z][^()]{1,80}?)[,:]?\s*)?(?=\d*[oOlIi])[12lIi][\doOlI]{3}\)$")


_FR_EDITION = re.compile(r"(?:^|,\s*)édit\.(?:\s+de)?(?:\s+(?P<w>[^,]+))?$")  # '…, édit. de Sautereau de Marsy'
_FR_BOOK_CHAPTER = re.compile(r",\s*(?:chap|liv)\.\s*[IVXLC]{1,7}(?:\s+et\s+[IVXLC]{1,7})?$")  # '…, chap. I et II'


_JOURNAL_ROMAN_VOLUME = re.compile(r"\s+([IVXLC]{2,8})$")
_DAY_MONTH_DE = re.compile(r"\d{1,2}\s+de\s+[a-záéíóú]{4,10}\s+de")
# 'G. Villani, lib. VII, cap. 62', 'Villani, Cronica, lib. VII, cap. 16 e 17': a chronicle by book and chapter
# a collection of letters cited by book and letter: 'Lettere Familiari, lib. VII, ep. 13'
LETTERS = frozenset("Lettere Lettres Letters Epistolae Epistole Epistolario Cartas Briefe".split())
_ABBREVIATED_SET = re.compile(r"(?P<t>[A-Z][a-z]{2,6}\.(?:\s?[A-Z][a-z]{0,7}\.){1,4}),?\s*(?:t\.\s*)?(?P<v>[IVXLC]{1,6})[.,]\s*"
                              r"(?:p\.\s*)?(?P<p>\d{1,5})")
# 'Gio. Villani l. VIII, c. 37. p. 368', 'March. Stefani, lib. III, rub. 204', 'Ammirato, Storie, lib. IV, ann. 1295'
_CHRONICLE_BOOK = re.compile(r"(?P<who>(?:[A-ZÀ-Þ][a-z]{0,5}\.\s?)?[\w’' ]{2,40})(?:,\s*(?:(?P<t>[A-ZÀ-Þ][\w’' ]{2,60}),\s*)?lib"
                             r"|\.?\s+l)\.\s*[IVXLC]{1,6}(?:,\s*(?:cap|rub|ann|c|ep)\.\s*(?:\d{1,4}|[IVXLC]{1,7})"
                             r"(?:(?:,\s*|\s+e\s+)\d{1,4})*)?(?:[.,]\s*p\.\s*(?P<p>\d{1,5}))?[\s.]*")


def _french_edition(rec: dict, title: str) -> str:
    """The title without the edition or the book and chapter French notes print after it ('Œuvres, édit. de
    Versailles'): an edition by a person gives the editor; by place or by initial it is not kept."""
    m = _FR_BOOK_CHAPTER.search(title) if ", chap. " in title or ", liv. " in title else None
    if m and m.start() > 2:
        title = title[:m.start()]
    m = _FR_EDITION.search(title) if "édit." in title else None
    if m:
        who = (m.group("w") or "").strip(" .")
        if who[:1].isupper() and " " in who and not is_place(who) and "editor" not in rec:
            rec["editor"] = parse_names(who)
        title = title[:m.start()]
        if not title:
            rec.pop("type", None)  # 'La Beaumelle, édit. de 1756': a short form by author, no title
    if title:
        rec["title"] = title
    else:
        rec.pop("title", None)
    return title




def _title_years(rec: dict, text: str) -> None:
    """'Kokurin and Petrov, GULAG. 1917–1960, pp. 788–791': a span of years after a title, with no imprint, is the
    title's own (the years a work was printed over are few)."""
    first, last = rec["issued"]["date-parts"][:2]
    if not (first and last) or last[0] - first[0] < 10:
        return
    if rec.get("publisher-place") or rec.get("publisher") or rec.get("container-title"):
        return
    i = text.find(rec["title"])
    m = _YEAR_SPAN.match(text, i + len(rec["title"])) if i >= 0 else None
    if m:
        rec["title"] = text[i:m.end()]
        del rec["issued"]
        rec.pop("type", None)


_YEAR_SPAN = re.compile(r"[.,]?\s(?:1[5-9]|20)\d\d\s?[–-]\s?(?:1[5-9]|20)?\d\d\b")


# author-year notes with names in reading order: 'Hans-Robert Jauss (1979), « Title », in …', 'Roland Barthes (1966b), …'
_NAMED_YEAR = re.compile(r"(?P<who>[A-ZÀ-Þ][^\d(),;:«»“”]{2,70}?)\s\((?P<y>(?:1[5-9]|20)\d\d)(?P<s>[a-z])?\),\s+(?=\S)")
_TRAILING_VOLUME = re.compile(r"(?<=[a-zé])\s(\d{1,4})$")
_COLON_IMPRINT_END = re.compile(r",\s[A-ZÀ-Þ][\w .\-]{1,30}:\s[A-ZÀ-Þ][^,:;()]{1,50}$")
_PAGE_END = re.compile(r",\s*pp?\.\s*\d[\d\s\-–,]*\.?$")


def _name_year_first(m: re.Match, text: str) -> tuple[dict, str | None, str | None] | None:
    """The citation read without its year, which then dates it (the year printed after the author is the one cited)."""
    rest = text[m.end():]
    page = _PAGE_END.search(rest) if ", " in rest else None
    head = rest[:page.start()] if page else rest.rstrip(" .")
    if _PLACE_PUBLISHER_END.search(head) or ": " in head and _COLON_IMPRINT_END.search(head):
        # '…, München, Fink, p. 126', '…, London: Macmillan': the imprint, which takes its year back
        rest = f"{head}, {m.group('y')}{page.group(0) if page else ''}"
    rec, locator, label = parse_citation(m.group("who") + ", " + rest)
    if not rec.get("title") or not rec.get("author"):
        return None
    rec["issued"] = {"date-parts": [[int(m.group("y"))]]}
    number = (_TRAILING_VOLUME.search(rec.get("container-title", "")) if rec.get("type") == "article-journal"
              and "volume" not in rec else None)
    if number:  # '« Title », Communications 8, p. 1-27': the journal's volume after its name
        rec["volume"], rec["container-title"] = number.group(1), rec["container-title"][:number.start()]
    if m.group("s"):
        rec["year-suffix"] = m.group("s")
    return rec, locator, label


_POSSESSOR = re.compile(r"(?<=[a-z,]\s)(?P<who>(?:[A-Z][a-z]+|[A-Z]\.)(?:\s(?:[A-Z][a-z\-]+|[A-Z]\.)){1,3})[’']s\s(?=[A-Z])")
_DOCUMENT_IN_SHORT_FORM = re.compile(r"(?:Minutes|Memorandum|Memo|Letter|Telegram|Report|Speech|Protocol|Transcript)s?,\s"
                                     r"(?=[A-Z][\w’'\-]+\set\sal\.,\s[A-Z])")
_DEBATES = re.compile(r"(?:Hansard|Parl\.\s?Deb\.|Congressional Record|Cong\.\s?Rec\.|Reichs?tagsprotokolle|"
                      r"Verhandlungen des (?:Deutschen )?Reichstags|Stenographische Berichte|Sten\.\s?Ber\.|"
                      r"H[TE]K|Hand(?:elingen|\.)\s?(?:[TE]K|II?)|Handelingen (?:der Staten-Generaal|(?:van de )?(?:Tweede|Eerste) Kamer)|"
                      r"Kamerstukken(?: II?)?)(?=[\s,.(]|$)")  # Dutch 'HTK 1918-1919, 688': the Second Chamber's proceedings
_BOOK_FORMAT = re.compile(r",?\s(?:\d{1,2}\s+vol\.\s+)?in-(?:fol\.|(?:4|8|12|16|18|24|32)[°oº]?)(?=,\s*(?:p|pp|S)\.\s*\d)")
_EDITION_CITED = re.compile(r",\s*(?:ediz|edic|ed|éd)\.\s*cit\.(?=\s*,|\s*$)")
_ORAL_HISTORY = re.compile(r"[A-Z]{0,4}OHP(?=[\s,.]|$)")  # 'CUOHP': Columbia University Oral History Project
_WRITER_BEFORE_TITLE = re.compile(r"(?<=[a-z],\s)(?P<who>(?:[A-Z][a-z]+|[A-Z]\.)(?:\s(?:[A-Z][a-z\-]+|[A-Z]\.)){1,3}),\s[‘'“\"]$")
_REVIEW_BY = re.compile(r"(?P<who>(?:[A-Z][a-z]+|[A-Z]\.)(?:\s(?:[A-Z][a-z\-]+|[A-Z]\.)){0,3})[’']s\sreview\sin\s(?=[A-Z])")
_UNTITLED_REPORT = re.compile(r"\d{1,4}\s(?:[A-Z][A-Za-z’'.&]*\s){1,5}\d{1,5}(?:,\s\d{1,5})?\s\((?:1[7-9]|20)\d\d\)[\s.]*")
_CASE_HINT = re.compile(r",\s?\d{1,4}\s[A-Z][A-Za-z]{0,5}\.")  # ', 175 U.S.': a reporter's volume


_MONTHS_END = re.compile(r",\s(?P<a>[a-zéû]{3,9}|[A-Z][a-z]{2,8})-(?P<b>[a-zéû]{3,9}|[A-Z][a-z]{2,8})$")


def _journal_by_months(rec: dict) -> None:
    """'« … » in Annales historiques de la Révolution française, juillet-septembre 1967': a journal's
    issue by its months, not a book."""
    m = _MONTHS_END.search(rec["container-title"])
    year = ((rec["issued"].get("date-parts") or [[]])[0] or [None])[0]
    if not m or not year:
        return
    first, last = (parse_date(f"{m.group(k)} {year}") for k in "ab")
    if first and last and len(first.date["date-parts"][0]) == 2 and len(last.date["date-parts"][0]) == 2:
        rec.update({"type": "article-journal", "container-title": rec["container-title"][:m.start()], "_months": True,
                    "issued": {"date-parts": [first.date["date-parts"][0], last.date["date-parts"][0]]}})


def _law_review(head: str, rec: dict, pin: str | None) -> tuple[dict, str | None, str | None]:
    """The article's author and title before its journal (a name Cambridge Core garbled read as printed)."""
    garbled = garbled_name(head)
    if garbled:
        rec.update(author=[garbled[0]], title=garbled[1].strip(" ,"))
    else:
        front = _parse_citation(head)[0]
        rec.update({k: front[k] for k in ("author", "editor", "title") if k in front})
    return rec, pin, ("page" if pin else None)


_CENTURY_DIGITS = frozenset(("15", "16", "17", "18", "19", "20"))


def _abnt(text: str) -> tuple[dict, str | None, str | None] | None:
    """An ABNT reference: its author block read here, the rest as any citation read without its authors."""
    head = abnt_head(text)
    if not head:
        return None
    names, role, rest = head
    article = abnt_article(rest)
    if article:
        rec, locator, label = article, None, None
    else:
        rest, volume = volume_at_end(rest)
        rec, locator, label = parse_citation(rest)
        if not rec.get("title") or rec.get("author") or rec.get("editor") and role:
            return None
        if volume:
            rec["volume"] = volume
    rec[role or "author"] = names
    return rec, locator, label


_VOLUME_ONLY = re.compile(r"(?:Vol|vol|Bd|Band|[Tt]ome?|[Tt]omo|t)\.?\s*([IVXLC]{1,6}|\d{1,3})")
_SPAN_PIN = re.compile(r"(?P<a>\d+)–(?P<b>\d+),\s(?P<pin>(?P<p>\d+)(?:\s?ff?)?)")


def _span_then_pin(rec: dict, locator: str) -> str:
    """'245–260, 256': a piece's span, then one page inside it, which is the page cited."""
    m = _SPAN_PIN.fullmatch(locator)
    if not m:
        return locator
    if not inside_span(m.group("a"), m.group("b"), m.group("p")):
        return locator
    rec["page"] = f"{m.group('a')}–{m.group('b')}"
    return m.group("pin")


_ROLE_THEN_TITLE = re.compile(r"(?P<who>[^,()]{3,60}(?:,\s[^,()]{3,60}){0,5}),\s(?P<role>eds?)\.\s(?=[A-Z“‘«\"])")


def _role_then_title(text: str) -> str:
    """'A, B, eds. Title (…)': the editors' role, then the title after a full stop (as bibliographies set it), read
    as 'A, B, eds., Title'; not 'Title, ed. John Smith', where the names follow the role."""
    m = _ROLE_THEN_TITLE.match(text)
    if not m or not _namelike(m.group("who")) or any(len(n.split()) < 2 for n in _NAME_LIST_SPLIT.split(m.group("who"))):
        return text  # every editor a full name: not 'Photius, Bibliotheca, ed. R. Henry'
    after = re.split(r"[,(:;]", text[m.end():], maxsplit=1)[0]
    if not any(len(w) > 1 and w.islower() and w != "and" and w not in _PARTICLE_WORDS for w in after.split()):
        return text  # no word of a title in lower case: 'Sermons, ed. G. E. Corrie', 'Writs, ed. Harmer, F. E.'
    return f"{text[:m.end('role')]}., {text[m.end():]}"


_CO_AUTHORS = re.compile(r"(?P<who>(?:[A-ZÀ-Þ][a-zß-ÿ’'\-]+,\s)*[A-ZÀ-Þ][a-zß-ÿ’'\-]+)(?P<sep>:\s|,\s)(?P<t>[A-ZÀ-Þ„“«\"].+)")


def _co_authors(rec: dict, locator: str | None) -> None:
    """A short form whose title opens on more surnames set apart by commas: the work's other authors. German notes
    list co-authors so, then a colon ('Binner, Bonwetsch, Junge: Massenmord und Lagerhaft') or, before pages
    followed by 'f.'/'ff.', a comma ('Nogee, Donaldson, Soviet Foreign Policy, 63 ff.')."""
    m = _CO_AUTHORS.fullmatch(rec["title"])
    if not m or "family" not in rec["author"][0] or "given" in rec["author"][0]:
        return
    if m.group("sep") == ", " and not (locator and locator.endswith("f") and " " in m.group("t")):
        return
    names = m.group("who").split(", ")
    if any(is_place(n) or n.lower() in _NOT_CO_AUTHORS for n in names):
        return
    rec["author"] += [{"family": n} for n in names]
    rec["title"] = m.group("t")


_NOT_CO_AUTHORS = frozenset("bd band teil heft nr vol tome tomo the der die das le la el il".split())


def parse_citation(text: str) -> tuple[dict, str | None, str | None]:
    """(record, locator, label); record is {} when the text holds no citation."""
    text = without_honorific(text)  # 'Abbé J. Canard, …', 'Dr. Noirot, Louis, …'
    special = _SPECIAL_ISSUE.search(text) if "pecial issue" in text else None
    if special:  # 'a special issue of Mezhdunarodnaya zhizn' (1992)': a periodical's issue cited as a whole
        t = special.group("t") or special.group("t2")
        rec = {"type": "periodical", "title": t.strip(" *_«»“”\""), "genre": "special issue"}
        y = special.group("y") or special.group("y2")
        if y:
            rec["issued"] = {"date-parts": [[int(y)]]}
        return rec, None, None
    head = hu.author_head(text) if ": " in text[:60] and hu.hungarian(text) else None
    if head:  # Hungarian 'Rainer M. János: Nagy Imre. …': the names, family first, then the work
        rec, locator, label = parse_citation(head[2])
        at = head[2].find(rec["title"]) if rec.get("author") and rec.get("title") else -1
        if at > 0:  # 'Nagy Imre. Politikai életrajz': a title opening on a name, not its author
            del rec["author"]
            rec["title"] = head[2][:at] + rec["title"]
        if rec.get("type") and not rec.get("author") and not rec.get("editor"):
            rec[head[1]] = head[0]
            return rec, locator, label
    if ("《" in text or "『" in text or "「" in text) and _CJK_TITLE.search(text):
        return _cjk_citation(text)
    if ". " in text and ", " in text[:80] and abnt_hint(text):
        found = _abnt(text)
        if found:  # Brazilian 'HALL, Michael; PINHEIRO, Paulo. Título. São Paulo: Brasiliense, 1985.'
            return found
    source = source_start(text) if ", in" in text or ", en " in text or ", dans " in text or ", в" in text else 0  # the words it needs
    if source:  # 'Testimony of X, in Veselova and Nikiliev, Pam’iat’ narodu, vol. 2, 758': the work it is in
        return parse_citation(text[source:])
    if ", in " in text and "), " in text:
        article = article_in_journal_by_year(text)
        if article:  # 'S. Mitchell, in Journal of Roman Studies (1990), 184–5': an article by its journal and year
            return article
    if ")" in text and (" lecture)" in text or " address)" in text or " pamphlet)" in text):
        text = _YEAR_THEN_KIND.sub(r"(\g<y>)", text)  # 'Hadrian (1986, lecture)': a lecture printed, by its year
    if ", aldaar " in text:
        text = text.replace(", aldaar ", ", at ")  # Dutch '659-668, aldaar 660': the pinpoint page within the article
    if " // " in text and ", 1" in text:
        text = year_before_issue(text)  # '// Правоведение. № 1, 1988.': the issue printed before the year
    if "С." in text and "А" <= text[:1] <= "Я" and len(text) < 70:
        sigla = siglum_short_form(text)
        if sigla:  # 'ПБП. 2. № 453. С. 84', 'Голиков. ДПВ. 7. С. 347': an edition by siglum, volume, document
            return sigla
    if len(text) < 30 and text[:1] in _ROMAN_LAST:
        work = _ROMAN_VOLUME_SHORT.fullmatch(text.strip(" .;"))
        if work:  # 'II Comm. 77': a work abbreviated as the note said it would be, by volume and page
            return {"title": work.group("t"), "volume": work.group("v")}, dash(work.group("p")), "page"
    if len(text) < 40 and text[-1:] == ")" and "A" <= text[1:2] <= "Z":
        work = _CALENDAR_GLOSSED.fullmatch(text)
        if work:  # 'LP, VI, 562 (i)', 'LP, IX, 1077 (misdated to 1535)': a calendar by abbreviation, part or gloss after
            part = work.group("part")
            return ({"title": work.group("t"), "volume": work.group("v")},
                    dash(work.group("p")) + (f" ({part})" if part else ""), "page")
    apud = _APUD.search(text) if " ap. " in text else None
    if apud:  # 'Vita Karoli Magni, c. 33, ap. Jaffé, Monumenta Carolina, Berlino, 1867': a text in X's edition
        found = _in_edition(text[:apud.start()], text[apud.end():])
        if found:
            return found
    if "v" in text and " v" in text or "C" in text and "Case, " in text or text[:4] == "The ":
        case = legal_case(text.strip(" ;")) if _CASE_HINT.search(text) else None
        if case:  # 'Williams v. Florida, 399 U.S. 78 (1970)', 'The Paquete Habana, 175 U.S. 677 (1900)'
            return case
    if " et al., " in text[:60] and _DOCUMENT_IN_SHORT_FORM.match(text):
        text = text[_DOCUMENT_IN_SHORT_FORM.match(text).end():]  # 'Minutes, Procacci et al., Cominform, 43': a document in it
    if text[:1] in "HPCRVSK" and _DEBATES.match(text):
        return {}, None, None  # 'Hansard, 16 July 1930', 'Reichstagsprotokolle, …': parliamentary debates, no work
    if "O" in text and "OHP" in text[:7] and _ORAL_HISTORY.match(text):
        return {}, None, None  # 'CUOHP, 563': an oral-history project's interview, no work
    if text[:1].isdigit() and text.rstrip(" .")[-1:] == ")" and _UNTITLED_REPORT.fullmatch(text):
        return {}, None, None  # '1 Op. Att’y Gen. 26, 27 (1792)': an official text by reporter and page, no work titled
    listed = listed_reference(text) if "(" not in text and text.count(", ") >= 2 and text[-1:] in "0123456789. " \
        and text[:1].isupper() or text[:4] == "and " else None
    if listed:  # 'Egret, Jean, La Pré-révolution française. P.U.F., 1962': a publisher's reference list
        rec, locator, label = parse_citation(listed[0])
        if listed[1] and "publisher" not in rec and "publisher-place" in rec:
            rec["publisher"] = rec.pop("publisher-place")
        return rec, locator, label
    book = law_book(text) if text.rstrip(" .")[-1:] == ")" and text.rstrip(" .")[-6:-5] in " (" else None
    if book:  # 'Louis Henkin, Foreign Affairs and the Constitution 45 (1972)': a book in law-review style
        book[1]["author"] = parse_names(book[0])
        return book[1], book[2], "page"
    review = law_review_tail(text) if ") " in text[-2:] + " " or ")" in text and ") (" in text else None
    if review:  # '…, 100 Harv. L. Rev. 761, 763 (1987)': an article in law-review style
        return _law_review(*review)
    if "а" <= text[:1] <= "я" and ": " in text:
        work = _RU_WORK_BY.match(text)
        if work:  # 'превосходную статью г. Кавелина: Title // Journal': the work named in prose by its author
            return _ru_work_by(work, text)
    if "«" in text and ("книг" in text or "стать" in text or "работ" in text):
        work = _RU_WORK_BY_QUOTED.search(text)
        found = _ru_work_by(work, text) if work else None
        if found and found[0].get("title") and found[0].get("author"):
            return found  # 'ссылается на книгу воспоминаний А. И. Аджубея «Те десять лет»': the author, in the genitive
    siglum = _ABBREVIATED_SET.fullmatch(text) if text[-1:].isdigit() and text[1:3].islower() and "." in text[3:8] else None
    if siglum:  # 'Rer. It. Scrip., XV. 684': a set of sources by its abbreviated title, the volume and the page
        return {"title": siglum.group("t"), "volume": siglum.group("v")}, siglum.group("p"), "page"
    book = _CHRONICLE_BOOK.fullmatch(text) if "b" in text and ", lib. " in text or " l. " in text else None
    if book and book.group("who")[:1].isupper():  # Italian 'G. Villani, lib. VII, cap. 62': a chronicle by book
        who = book.group("who")
        rec = {"title": who} if who.split(None, 1)[0] in LETTERS else {"author": parse_names(who)}
        if book.group("t"):
            rec["title"] = book.group("t")
        return rec, book.group("p"), "page" if book.group("p") else None
    bare = imprint_only(text)
    if bare:  # 'Paris, Grasset, 1930': a book the review names by its imprint
        return bare, None, None
    text = lost_opening_quote(eds_after_title(text))
    if ", ed" in text[:160] and (", eds. " in text or ", ed. " in text):
        text = _role_then_title(text)  # 'Véronique Garros, …, Thomas Lahusen, eds. Intimacy and Terror (…)'
    listed = listed_book(text)
    if listed:  # a reference list's 'Middlemas, K., Diplomacy of Illusion: …, 1937–39, 1972'
        return listed
    dated = _NAMED_YEAR.match(text) if ")" in text and "), " in text[:90] else None
    if dated and _namelike(dated.group("who")):
        found = _name_year_first(dated, text)
        if found:
            return found
    if text[-1:].isdigit() and ("‘" in text or "“" in text or "'" in text or '"' in text):
        text = harvard_article(text) or text  # 'Smith, J. (1990) ‘Title’, Journal, 12: 3–20': an article by author and year
    rec, locator, label = _parse_citation(text)
    title = rec.get("title", "")
    if title[-1:] == "]" and title[-7:-5] == " [" and title[-5:-1].isdigit() and title[-5:-3] in _CENTURY_DIGITS:
        rec["title"] = title[:-7].rstrip(" ,")  # 'The Wealth of Nations [1776]': the work's first year, after its title
        rec.setdefault("original-date", {"date-parts": [[int(title[-5:-1])]]})
    if len(rec.get("issued", {}).get("date-parts", ())) == 2 and rec.get("title") and rec.get("type", "book") == "book":
        _title_years(rec, text)
    if rec.get("type") in ("book", "chapter"):
        after_title(rec, text)
    vol = _VOLUME_ONLY.fullmatch(rec["title"]) if rec.get("title", "")[:1] in ("V", "v", "B", "b", "T", "t") else None
    if vol and not rec.get("type"):  # 'Hunter, op cit, Vol IV, p 306': a volume of the work cited, not its title
        del rec["title"]
        rec["volume"] = vol.group(1)
    if locator and ", " in locator and "page" not in rec and rec.get("type") in ("chapter", "article-journal"):
        locator = _span_then_pin(rec, locator)  # German '245-260, 256': the article's pages, then the page cited
    if len(rec) == 2 and rec.get("title") and rec.get("author") and len(rec["author"]) == 1 and ", " in rec["title"][:40]:
        _co_authors(rec, locator)  # German 'Binner, Bonwetsch, Junge: Massenmord …', 'Nogee, Donaldson, Soviet …, 63 ff.'
    who = rec.get("author")
    if who and len(who) == 1 and "given" not in who[0] and who[0].get("family") in UNSIGNED:
        del rec["author"]  # 'Éditorial, « Tentons l’expérience », Annales ESC, …': a label of an unsigned piece
    if rec.get("type") == "chapter" and "-" in rec.get("container-title", "")[-30:] and "issued" in rec \
            and not (rec.get("publisher") or rec.get("publisher-place") or rec.get("editor")):
        _journal_by_months(rec)
    if rec.get("_prose") and rec.get("title") and not rec.get("author"):
        writer = _WRITER_BEFORE_TITLE.search(text, 0, max(0, text.find(rec["title"])))
        if writer and _namelike(writer.group("who")):  # 'See, amongst much other material, David Cannadine, ‘…’'
            rec["author"] = parse_names(writer.group("who"))
    if "s review in " in rec.get("container-title", "") and not rec.get("author"):
        review = _REVIEW_BY.search(rec["container-title"])
        if review:  # 'from Anthony Fletcher's review in The Historical Journal, 36 (1993)': an untitled review
            rec["author"] = parse_names(review.group("who"))
            rec["container-title"] = rec["container-title"][review.end():]
    if ("’s " in rec.get("title", "") or "'s " in rec.get("title", "")) and "issued" in rec \
            and not (rec.get("author") or rec.get("editor")):
        owner = _POSSESSOR.search(rec["title"])
        if owner:  # 'implied in Philip G. Roeder’s Red Sunset: … (Princeton, NJ, 1993)': the book named by its author's
            rec["author"] = parse_names(owner.group("who"))
            rec["title"] = rec["title"][owner.end():]
    if rec.pop("_gost_imprint", None) and locator and rec.get("title") and not rec.get("type") \
            and _CYRILLIC.search(rec["title"]):
        rec["_gost"] = True  # 'Президиум ЦК КПСС. Т. 1. С. 213': a GOST description with a page
    if rec.pop("_report", False) and rec.get("type") in ("book", "article-journal", None) and rec.get("title"):
        rec["type"] = "report"  # a paper in a working-paper series
    if rec.pop("_gost", False) and locator and not rec.get("type"):
        rec["type"] = "book"  # a GOST description with a page: 'Хрущёв Н. С. Воспоминания. С. 58'
    vp = _VOL_PAGE.fullmatch(locator) if locator and ":" in locator else None
    if not vp and locator and "," in locator and _CYRILLIC.search(text, 0, 40):
        vp = _RU_VOL_PAGE.fullmatch(locator)  # 'Карамзин, 8,103-105': volume 8, pages 103–105
    if vp and rec.get("type") != "article-journal":
        rec.setdefault("volume", vp.group("v"))  # Chicago 'Works, 6:53': volume 6, page 53
        locator = vp.group("p")
    if rec.get("type") == "chapter" and "volume" in rec and "issued" in rec and not (
            "publisher" in rec or "publisher-place" in rec or "editor" in rec or "container-author" in rec) \
            and _PERIODICAL_NAME.search(rec.get("container-title", "")):
        rec["type"] = "article-journal"  # '…, in O Panorama, Jornal Litterario …, Vol 3.º, 1844': a journal's volume
    if rec.get("type") == "chapter" and rec.get("container-title", "")[-1:] in "IVXLC" and "issued" in rec \
            and not ("publisher" in rec or "publisher-place" in rec or "editor" in rec or "volume" in rec):
        vol = _JOURNAL_ROMAN_VOLUME.search(rec["container-title"])
        if vol:  # Polish 'w: „Acta Universitatis Wratislawiensis. Prawo CCXXII” 1993': a journal's volume, no book
            rec.update({"container-title": rec["container-title"][:vol.start()], "volume": vol.group(1),
                        "type": "article-journal"})
    place = rec.get("publisher-place")
    if place and " — " in place:  # '… Т.II «Восток в средние века» — Москва: …': the volume, then the imprint's town
        _volume_before_place(rec, place)
    if rec.get("publisher", "")[:1].isdigit() and _DAY_MONTH_DE.fullmatch(rec["publisher"]) and "publisher-place" not in rec:
        for key in ("publisher", "issued", "type"):  # Spanish 'Halder, Diary, 11 de octubre de 1940, p. 262': an entry's day
            rec.pop(key, None)
    if rec.get("publisher-place") in REPRINT_WORDS:  # German 'Nachdruck 1987': the reprint's year, no town
        del rec["publisher-place"]
    if _REPRINT_WORD.search(text) and rec.get("title", "")[-1:].isdigit() \
            and "issued" in rec and "original-date" not in rec:
        first = _FIRST_PRINTED.search(rec["title"])
        if first:  # 'Jbb. …, Bd. 5, 1904, Ndr. 1965': the first printing's year (and town) before the reprint's
            rec["original-date"] = {"date-parts": [[int(first.group("y"))]]}
            if first.group("place"):
                rec.setdefault("publisher-place", first.group("place"))
            rec["title"] = rec["title"][:first.start()]
    title = rec.get("title", "")
    if "." in title and ", cap. " in title:  # Portuguese, Italian, Spanish '…, cap. III, A villa do infante': a chapter, not the title
        title = rec["title"] = title[:title.find(", cap. ")]
    if "é" in title and "édit." in title or "." in title and ("p" in title and ", chap. " in title or ", liv. " in title):
        title = _french_edition(rec, title)
    vols = _VOLS.search(title) if "v" in title and "vol" in title or "B" in title and "Bde" in title or "." in title and "t." in title else None
    if vols:
        rec["number-of-volumes"] = vols.group("n")
        rec["title"] = rec["title"][:vols.start()]
    ocr = (_OCR_YEAR_END.search(title) if title[-1:] == ")" and not rec.get("type") and "issued" not in rec
           else None)
    if ocr and ocr.start() > 3:  # 'An Imperial Possession (2oo6)': an imprint whose year OCR misread, so no year
        title = rec["title"] = title[:ocr.start()]
        rec["type"] = "book"
        place, _, firm = (ocr.group("place") or "").partition(":")
        if place.strip(" ,"):
            rec["publisher-place"] = place.strip(" ,")
        if firm.strip(" ,"):
            rec["publisher"] = firm.strip(" ,")
    for key in ("title", "container-title"):
        value = rec.get(key, "")
        if value.startswith("*") and value.endswith("*"):
            rec[key] = value = value.strip("*")  # Markdown italics are not part of a title
        if "()" in value:
            rec[key] = " ".join(value.replace("()", " ").split())  # 'International Affairs (), no. 4': emptied
    if title and title[:1] in "\"“'‘" and title.count(title[0]) == 1 and rec.get("title") == title:
        _unpaired_quotes(rec)
    if rec.get("publisher", "")[:1] == "«" and rec["publisher"][-1:] == "»" and rec.get("type") == "book" \
            and not rec.get("publisher-place"):  # Italian 'G. Rossi, La città, «Il Mulino», 1990': a journal, no publisher
        rec["type"], rec["container-title"] = "article-journal", rec.pop("publisher").strip("«» ")
    if rec.get("type") == "article-journal" and rec.get("publisher"):
        journal_imprint(rec)
    if rec.get("type") == "article-journal" and rec.get("container-title") and not (
            rec.get("volume") or rec.get("issue") or rec.get("issued")):
        _undated_volume(rec, text)  # '‘The Town’, Speculum, xii, pp. 1-20': a volume, no year
    if rec.get("type") == "article-journal" and " " not in rec.get("container-title", " ") and not (
            rec.get("volume") or rec.get("issue") or rec.get("page")) and _town_year(rec, text):
        rec["type"], rec["publisher-place"] = "book", rec.pop("container-title")  # '"Tytuł", Przemyśl 1928': a town
    if rec.get("publisher", "").endswith((" publisher", " publishers")):  # 'Cành Nam publisher'; not 'Transaction Publishers'
        rec["publisher"] = rec["publisher"].rsplit(" ", 1)[0]
    if rec.get("type") == "article-journal" and rec.get("issue") and not (
            rec.get("title") or rec.get("volume") or rec.get("author") or rec.get("editor")):
        rec.pop("title", None)  # '«Большевик», №№13–14, 1928': an issue cited as a whole
        rec["type"], rec["title"] = "periodical", rec.pop("container-title")
    if rec.pop("_months", False):
        pass  # a journal's issue by its months, read from the imprint: not a magazine
    elif rec.get("type") in ("article-journal", "article-newspaper") and rec.get("container-title"):
        magazine(rec, text)
    if rec.get("container-title", "")[-1:] in "egmps" and rec.get("type", "")[:8] == "article-" \
            and not (rec.get("volume") or rec.get("issue")) and _EVENT_END.search(rec["container-title"]):
        rec["type"], rec["event-title"] = "paper-conference", rec.pop("container-title")  # '…, Workshop Conference, July 1998'
    if rec.get("type") == "article-journal" and not (rec.get("volume") or rec.get("issue") or rec.get("issued")) \
            and ("ictionar" in rec.get("container-title", "") or "ncyclop" in rec.get("container-title", "")):
        rec["type"] = "chapter"  # '‘Mansergh, Nicholas (1910–1991)’, Oxford Dictionary of National Biography': an entry
    by = _TITLE_BY.match(rec.get("title", "")) if " by " in rec.get("title", "") and rec.get("type") == "book" \
        and not (rec.get("author") or rec.get("editor")) else None
    if by:  # 'Grain and Power by John Smith (London, 1980)'
        rec["author"], rec["title"] = [parse_name(by.group("who"))], by.group("t")
    paper = _PAPER_GIVEN.search(text) if rec.get("type") == "book" and "resent" in text else None
    if paper:  # '“Title,” paper presented at the annual meeting of …'
        rec["type"] = "paper-conference"
        rec.setdefault("genre", text[paper.start():].split(",")[0].strip())
    if rec.get("type") in ("article-newspaper", "article-magazine") and rec.get("URL") and _WEBSITE.search(
            rec.get("container-title", "")):
        rec["type"] = "webpage"  # '“Title,” Farm History Blog, March 3, 2015, https://…'
    if rec.get("type") == "article-journal" and rec.get("URL") and not (rec.get("volume") or rec.get("issue")):
        rec["type"] = "webpage"  # '“Title,” Site Name, accessed …, https://…'
        if len(((rec.get("issued") or {}).get("date-parts") or [[]])[0]) == 2:
            rec["type"] = "article-magazine"  # '“Title,” Art Museum Network News, October 2004, www…': a monthly's issue
    if rec.get("type") == "webpage" and "publisher" not in rec and rec.get("container-title") and "”, " not in text:
        owner = _SITE_OWNER.search(text)
        if owner and owner.group("site") == rec["container-title"]:
            rec["publisher"] = owner.group("own")  # '“T,” Founders Online, National Archives, last modified …': its owner
    if title.endswith(" /"):  # GOST 'Title / Под ред. …'
        rec["title"] = title[:-2].rstrip()
    pt = _PART_END.search(rec.get("title", "")) if "t" in rec.get("title", "")[-12:] else None
    if pt:  # 'Historia moderna de México, vol. 7, pt. 2': the part of the volume
        rec["part"], rec["title"] = pt.group("n"), rec["title"][:pt.start()]
    part = _TITLE_VOLUME.search(rec.get("title", "")) if rec.get("type") == "book" and not rec.get("volume") else None
    if part:  # 'Полное собрание русских летописей. Том 37', 'Сочинения. Ч. I'
        rec["volume"], rec["title"] = part.group("v"), rec["title"][:part.start()]
    title = rec.get("title", "")
    tail_vol = (_SHORT_VOLUME.search(title, max(0, len(title) - 24)) if title and not rec.get("type")
                and (title[-1] in _SHORT_VOLUME_LAST or title[-1].isdecimal()) else None)
    if tail_vol and not rec.get("volume") and tail_vol.start() > 2:  # a short form's volume: 'FRUS 1939, II'
        rec["volume"], rec["title"] = tail_vol.group(1), rec["title"][:tail_vol.start()]
    role = _ROLE_LEAD.match(rec.get("title", "")) if rec.get("author") else None
    if role and not (rec.get("editor") or rec.get("translator")):
        key = "translator" if role.group(1).lower().startswith("tr") else "editor"
        rec[key] = rec.pop("author")
        rec["title"] = rec["title"][role.end():]
    role = (_ROLE_WORD_LEAD.match(rec["title"]) if rec.get("title", "")[:1] in _ROLE_WORD_FIRST and rec.get("author")
            and not (rec.get("editor") or rec.get("translator")) else None)
    if role:  # 'Nancy Baker and Thomas Christensen, editors, Aesthetics and …': the role in a word after the names
        rec["translator" if role.group(1)[0] == "t" else "editor"] = rec.pop("author")
        rec["title"] = rec["title"][role.end():]
    by_line = _RU_WORK_OF.search(rec["title"]) if not rec.get("author") and "ие " in rec.get("title", "") else None
    if by_line:  # 'Русская женщина … Историческое исследование Александра Добрякова': the author, in the genitive
        rec["author"] = [_genitive_man(n) for n in parse_names(by_line.group("who"))]
        rec["title"] = rec["title"][:by_line.start()]
    if rec.get("title") and rec["title"][-1:] in _OP_CIT_LAST and _OP_CIT.fullmatch(rec["title"]):  # 'Минорский В. Ф. Указ. соч., с. 198': a short form
        del rec["title"]
        rec.pop("type", None)
    elif "op. cit" in text and len(rec.get("author") or ()) == 1 and "given" not in rec["author"][0] and "type" not in rec \
            and _GIVEN_ONLY.fullmatch(rec.get("title", "")):  # 'Smith, J., op. cit., p. 5': the given name, not a title
        given = rec.pop("title")
        rec["author"][0]["given"] = given + "." if given[-1:].isupper() else given  # an initial keeps its stop
    elif rec.get("title") in _ABOVE_BELOW and rec.get("author") and "type" not in rec:
        del rec["title"]  # 'Antoine, below, p. 112': a work cited in another note, by its author
    who = rec.get("author") if "title" not in rec and not rec.get("type") else None
    if who and len(who) == 1 and _SIGLUM_NO_VOWEL.fullmatch(who[0].get("family", "")) and "given" not in who[0]:
        rec["title"] = rec.pop("author")[0]["family"]  # 'HJFP, 1:lxxvi', 'GP, 80': a work's siglum, not a surname
    if rec.get("type") == "chapter" and "author" not in rec and " " in rec.get("title", "") and text[:1].isupper():
        rec = _prose_before_in(rec, text)
    if rec.get("type") == "chapter" and rec.get("container-author") and "author" not in rec \
            and _LETTER_NAMED.fullmatch(rec.get("title", "")):  # 'Wallis letter, in Weld, History of the Royal Society'
        rec = {"author": rec["container-author"], "title": rec["container-title"],
               **{k: rec[k] for k in ("volume", "page") if k in rec}}
    for role in ("author", "editor", "translator"):
        if rec.get(role):
            rec[role] = [_iberian(_small_caps(n)) for n in rec[role]]
            if any(n.get("given", "").count(" ") == 1 for n in rec[role]) and _SPANISH_HINT.search(text):
                rec[role] = [_spanish_surnames(n) for n in rec[role]]
            elif "literal" in rec[role][0] and " de" in rec[role][0]["literal"] and _SPANISH_HINT.search(text):
                rec[role] = [_spanish_compound(n) for n in rec[role]]
    return rec, locator, label


# a clause of English prose: 'Many of these accounts are now available in English', 'The letter may be found'
_PROSE_CLAUSE = re.compile(r"[A-Z][a-z]*(?: [a-z]+)*? (?:is|are|was|were|may be|can be|has been|have been|will be) "
                           r"(?:[a-z]+ ){0,4}(?:available|found|printed|reprinted|translated|given|published|edited|"
                           r"collected|quoted|reproduced)\b")


def _prose_before_in(rec: dict, text: str) -> dict:
    """'The letter may be found complete, in English translation, in The Monteverdi Companion, ed. …': the words
    before 'in' are a sentence saying where the text is, not a chapter's title; the book is the work cited."""
    title = rec["title"]
    if not text.startswith(title) or not _PROSE_CLAUSE.match(title):
        return rec
    book = rec.get("container-title") or "\0"
    at = text.find(book)
    cut = text.rfind(", in ", 0, at + len(book)) if at > 0 else -1
    if cut < 0:
        return rec
    book = _parse_citation(text[cut + 5:])[0]
    if not book.get("title") or book.get("type") not in ("book", None):
        return rec
    book["type"] = "book"
    return book


def _unpaired_quotes(rec: dict) -> None:
    """'"The Workers' Union in the countryside'': quotation marks that do not pair; ''Book Review': one never closed."""
    title = rec["title"]
    if title[-1:] in "'’" and title[0] in "\"“":
        rec["title"] = title[1:-1]
    elif title[0] in "'‘" and "’" not in title and '"' not in title and "”" not in title and title[1:2].isupper():
        rec["title"] = title[1:]


_EDITION_IN_IMPRINT = re.compile(r"\((?P<ed>\d+(?:st|nd|rd|th|d)|[Rr]ev\.|[Rr]evised)\s+(?:ed\.|edn\.?|edition),\s+"
                                 r"(?=[A-Z][^()]*\d{4}\)|\d{4}\))")
_PAGES_IN_IMPRINT = re.compile(r",(?<=\d{4},)\s*(?P<p>pp?\.\s*\d+(?:\s*[-–]\s*\d+)?),?\)")  # opens on ',
_INVERTED_NAME_YEAR = re.compile(r"(?P<fam>[A-Z][\w’'\-]+),\s+(?P<given>[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|[A-Z]\.))*)\s+"
                                 r"(?P<y>(?:1[5-9]|20)\d\d)[a-z]?")
_VOL_NO_PAREN = re.compile(r"\s*\((?i:vol)\.\s*(?P<v>\d+|[IVXL]+),\s*(?i:no)\.\s*(?P<n>\d+)[;,]\s*"
                           r"(?P<d>(?:[A-Z][a-z]+\.?\s+)?(?:1[5-9]|20)\d\d)\)")
# medical and science journals: 'Hist. Sci., 1980, 18: 209–25', 'Int. J. Infect. Dis., 2006, 10 (3): 206–14',
# 'Science (1967), 156, 611–22, on 613'; rewritten in the usual order 'Journal 18, no. 3 (1980): 209–25'
_YEAR_FIRST_JOURNAL = re.compile(r"[,(](?:(?<=,)\s*(?P<y>(?:1[5-9]|20)\d\d),\s*(?P<v>\d{1,4})(?:\s*\((?P<n>\d{1,3})\))?:\s*"
                                 r"|(?<=\()(?P<y2>(?:1[5-9]|20)\d\d)\),\s*(?P<v2>\d{1,4}),\s*)"
                                 r"(?P<p>\d+(?:\s*[-–]\s*\d+)?)(?:,\s*on\s+(?P<pin>\d+(?:\s*[-–]\s*\d+)?))?$")

_QUOTED_BEFORE = re.compile(r"[’”'\"],\s")


def _year_first_journal(text: str, rec: dict) -> str:
    m = _YEAR_FIRST_JOURNAL.search(text, max(0, len(text) - 50))
    if not m or m.group("y2") and not _QUOTED_BEFORE.search(text, 0, m.start()):
        return text  # '(1967), 156, 611–22' is a journal's only after an article's quoted title
    volume = m.group("v") or m.group("v2")
    issue = f", no. {m.group('n')}" if m.group("n") else ""
    pages = m.group("p")
    if m.group("pin"):  # 'on 613': the page meant inside the article's pages
        rec["page"] = dash(pages)
        pages = m.group("pin")
    return f"{text[:m.start()].rstrip()} {volume}{issue} ({m.group('y') or m.group('y2')}): {pages}"


_RU_WORK_OF = re.compile(r"\.\s+(?:[А-ЯЁ][а-яё]+ое\s+)?(?:[Ии]сследование|[Сс]очинение)\s+"
                         r"(?P<who>[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+)$")


_RU_WORK_BY = re.compile(r"(?:[а-яё]+\s+){0,2}(?:стать[юиея]|книг[еиу]|работ[еуы]|труд[еа]?|исследовани[ие])\s+"
                         r"(?:(?:г|проф|акад)\.\s*)?(?P<who>(?:[А-ЯЁ]\.\s?){0,2}[А-ЯЁ][а-яё\-]+[аы])\s*:\s+(?=[А-ЯЁ«])")


_RU_WORK_BY_QUOTED = re.compile(r"(?:книг[еиу]|стать[юиея]|работ[еуы])(?:\s+[а-яё]+){0,2}\s+"
                                r"(?P<who>(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё\-]+[аяы])\s+(?=«)")
_PERIODICAL_NAME = re.compile(r"\b(?:Jornal|Journal|Revista|Rivista|Revue|Zeitschrift|Review|Bulletin|Boletim|Bolet[íi]n"
                              r"|Bollettino|Jahrbuch|Tijdschrift|Przegląd|Kwartalnik|Časopis|Журнал|Вестник)\b")
_VOLUME_NAMED = re.compile(r"(?:Т|Vol|Bd|t)\.\s?(?P<v>[IVXLC]{1,6}|\d{1,3})\.?(?:\s*«(?P<t>[^«»]{2,120})»)?\.?")


def _volume_before_place(rec: dict, place: str) -> None:
    head, _, town = place.rpartition(" — ")
    vol = _VOLUME_NAMED.fullmatch(head.strip())
    if vol and not rec.get("volume") and town[:1].isupper():
        rec["publisher-place"], rec["volume"] = town.strip(), vol.group("v")
        if vol.group("t"):
            rec["volume-title"] = vol.group("t")


def _ru_work_by(work: re.Match, text: str) -> tuple[dict, str | None, str | None]:
    rec, locator, label = parse_citation(text[work.end():])
    if rec.get("title") and not rec.get("author"):
        rec["author"] = [_genitive_man(n) for n in parse_names(work.group("who"))]
    return rec, locator, label


def _genitive_man(name: dict) -> dict:
    """'Александра Добрякова' -> 'Александр Добряков': a man's names from the genitive."""
    name = nominative(name)
    given = name.get("given", "")
    if name.get("family", "").endswith(("ов", "ев", "ин", "ский")) and given[-1:] in "ая" and len(given) > 3:
        name["given"] = given[:-1] + ("й" if given[-1] == "я" else "")
    return name


# 'the work cited': a short form's stand-in for a title
_OP_CIT = re.compile(r"(?:op|loc|ouvr|art)\.\s*cit\.?|cit\.|a\.\s?a\.\s?O\.?|(?:указ|цит)\.\s*(?:соч|раб|ст|статья)\.?|dz\.\s*cyt\.?|a\.\s?w\.?|t\.\s?a\.\s?p\.?", re.I)
_SEMI_SEASON = re.compile(r";(?=\s(?:Spring|Summer|Autumn|Fall|Winter)\s+(?:1[5-9]|20)\d\d,)")
_EVENT_END = re.compile(r"\b(?:Conference|Workshop|Symposium|Congress|Colloquium|Meeting)$")
# a letter named by its writer (and reader), quoted from a book cited short: 'Wallis letter', 'Newton to Locke'
_LETTER_NAMED = re.compile(r"[A-Z][\w’'\-]+(?:\s+(?:letter|to\s+[A-Z][\w’'\-]+))")
_ABOVE_BELOW = frozenset(("above", "below", "supra", "infra"))
_GIVEN_ONLY = re.compile(r"(?:[A-ZÀ-ÞА-ЯЁ]\.?\s?){1,3}|[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]+")
_OP_CIT_LAST = frozenset("tT.oOчЧwWpPбБтТяЯ")  # the last letters _OP_CIT can end on (its cases, either case)


# a journal's volume and number after its name, titles unmarked: 'A. Smith, Title, Journal, vol. 13, no. 2, 2006',
# ISO 690 'SMITH, John. Title. Journal, 2006, vol. 13, no. 2', Czech '…, Soudobé dějiny, 2006, roč. 13, č. 1–2'
_UNMARKED_ARTICLE = re.compile(
    r"(?P<head>.+?)[,.]\s+(?P<j>[A-ZÀ-Þ\u0100-\u017f](?:(?!\.\s)[^,;:()]){1,80}?)[,.]\s+(?:(?P<y>(?:1[6-9]|20)\d\d),\s+)?"
    r"(?:[Vv]ol\.|[Vv]olume|roč\.)\s?(?P<v>\d+|[IVXLC]+),\s+(?:[Nn]o\.|[Nn]os\.|č\.|[Nn]r\.?|[Ii]ssue)\s?(?P<i>\d+(?:\s?[-–/]\s?\d+)?)"
    r"(?(y)|,?\s+\(?(?P<d>(?:[A-Z][a-z]+\.?\s)?(?:1[6-9]|20)\d\d)\)?)")


def _unmarked_article(rest: str, rec: dict) -> bool:
    """An article by its journal's volume and number, its own title not set apart: the last part before the
    volume is the journal (a book has no number of an issue)."""
    m = _UNMARKED_ARTICLE.fullmatch(rest) if marked_title(rest) is None else None
    date = parse_date(m.group("y") or m.group("d")) if m else None
    if not date:
        return False
    head: dict = {}
    _author_title(m.group("head"), head)
    if not head.get("title") or not head.get("author"):
        return False
    rec.update({**head, "type": "article-journal", "container-title": m.group("j").strip(), "volume": m.group("v"),
                "issue": m.group("i"), "issued": date.date})
    return True


_GOST_VOL_NO_MONTH = re.compile(r"^(?P<t>[^()/]{3,80}?)[.,]?\s+(?:(?:Vol|V)\.\s*)?(?P<v>\d{1,4})[.,]\s*"
                                r"(?:№|No\.|N)\s*(?P<i>\d+(?:\s?[-–/]\s?\d+)?)[.,]\s*"
                                r"(?P<d>[A-Z][a-z]{2,8}\.?(?:\s?[-–/]\s?[A-Z][a-z]{2,8}\.?)?,?\s(?:1[7-9]|20)\d\d)$")
_DISS_AFTER_IMPRINT = re.compile(rf"\.\s+{THESIS_IMPRINT}$")
_THESIS_AFTER_QUOTE = re.compile(r"(?<=[”\"])\s*(?P<g>(?:Ph\.?\s?D\.?|M\.?\s?A\.?|[Mm]aster['’]s|[Dd]octoral|[Uu]ndergraduate|[Ss]enior)"
                                 r"\s+(?:diss(?:ertation)?|thesis)\.?),\s+(?P<rest>[^()]+?,\s+(?:1[5-9]|20)\d\d)\.?$")
_EDITORIAL = re.compile(r"(?<=[”\",])\s*(?:unsigned\s+)?editorial(?=,)", re.I)
_E_RESOURCE = re.compile(r"\s*\[(?:[Ээ]лектронный\s+ресурс|[Ee]lectronic\s+resource)\]")
# a series of documents whose volumes are titled by their subjects: 'Foreign Relations of the United States, 1961–1963,
# vol. X, Cuba, 1961–1962 (Washington …)'
_DOCUMENT_SERIES = re.compile(r"(?:U\.\s?S\.\s+Department\s+of\s+State,\s+)?(?:Foreign\s+Relations\s+of\s+the\s+United\s+States|FRUS"
                              r"|Documents\s+on\s+British\s+Policy\s+Overseas|Documents\s+diplomatiques\s+français"
                              r"|Akten\s+zur\s+Auswärtigen\s+Politik)\b")
_SPECIAL_ISSUE = re.compile(r"\b[Ss]pecial\s+issue\s+of\s+(?P<t>[*_«“\"]?[A-ZÀ-Þ][^,;()]{1,60}?[*_»”\"]?)\s*(?:[,(]\s*(?P<y>(?:1[6-9]|20)\d\d)\)?)?\.?$"
                            r"|^(?P<t2>[*_«“\"]?[A-ZÀ-Þ][^,;()]{1,60}?[*_»”\"]?),\s+special\s+issue\s*(?:[,(]\s*(?P<y2>(?:1[6-9]|20)\d\d)\)?)?\.?$")
# GOST's genre after the title: 'учеб. пособие', 'монография', 'сб. ст.', 'сб. док.' (before '. Place' or ' / Editor')
_GOST_GENRE = re.compile(r"\s*:\s*(?i:уч(?:еб)?\.\s*пособие|учебное\s+пособие|монография|сб\.\s*(?:ст|статей|док|документов"
                         r"|науч\.\s*тр|материалов)\.?|сборник\s+(?:статей|документов|научных\s+трудов))(?=\s*(?:\.\s|/|$))")


def without_gost_genre(text: str) -> str:
    """'…: учеб. пособие. Уфа, 1998' -> '…. Уфа, 1998': what kind of book it is, no part of its title."""
    if ("посо" in text or "моногр" in text or "сб." in text or "сборник" in text) and _GOST_GENRE.search(text):
        return _GOST_GENRE.sub("", text)
    return text


def _gost_dated_issue(rest: str, rec: dict) -> bool:
    """GOST in Latin letters: 'Author. Title // Journal. Vol. 43. № 3. (Jul., 1981)', '// Russian Review 51. No. 1.
    January 1992': an article, dated by its issue."""
    head, _, container = rest.partition(" // ")
    container = container.strip(" ,.")
    dated = _GOST_VOL_NO_DATE.match(container) if container[-1:] == ")" else _GOST_VOL_NO_MONTH.match(container)
    date = parse_date(dated.group("d")) if dated else None
    if not date:
        return False
    rec["_gost_imprint"] = True
    _author_title(head, rec)
    rec.update({"type": "article-journal", "container-title": dated.group("t"), "volume": dated.group("v"),
                "issued": date.date, **({"issue": dated.group("i")} if dated.group("i") else {})})
    return True


def _parse_citation(text: str) -> tuple[dict, str | None, str | None]:
    text = text.strip(" ;<")
    if text[:1] in _LEAD_AND_FIRST:
        text = _LEAD_AND.sub("", text)
    if ("iss" in text or "hesis" in text) and ("”" in text or '"' in text):
        text = _THESIS_AFTER_QUOTE.sub(r" (\g<g>, \g<rest>)", text)  # Chicago bibliography: '“Title.” PhD diss., Harvard …'
    if "ditorial," in text:
        text = _EDITORIAL.sub("", text)  # '“Soviet Missiles in Cuba,” editorial, New York Times, October 23, 1962'
    diss = _DISS_AFTER_IMPRINT.search(text) if text.rstrip(" .")[-1:] == ")" and "iss" in text[-30:] else None
    if diss:  # GOST in Latin letters: 'Sanborn J. A. Title. University of Chicago, 1998 (Ph. D. diss.)'
        text = f"{text[:diss.start()]} ({diss.group('g')}, {diss.group('inst')}, {diss.group('y')})"
    gost_thesis = diss is not None and _initial_after_family(text)  # the name as GOST sets it
    if "[" in text and "есурс]" in text or "[E" in text and "resource]" in text:
        text = _E_RESOURCE.sub("", text)  # GOST's '[Электронный ресурс]': how it is read, not its title
    url = _URL.search(text) if "http" in text or "w" in text and "www." in text else None
    rec: dict = {"_gost_imprint": True} if gost_thesis else {}
    if ("Р" in text and "Р." in text or "С" in text and "С." in text) and _CYRILLIC_PAGE.search(text):  # 'Р. 102', 'С. 45': a GOST description, whatever its script
        rec["_gost_imprint"] = True
    elif (". P. " in text or ". S. " in text or " p" in text[-6:]) and _LATIN_GOST_PAGE.search(text, max(0, len(text) - 30)):
        rec["_gost_imprint"] = True  # 'Kotkin S. Stalin. Vol. 1. New York, 2014. P. 45': GOST in Latin letters
    elif text[-1:].isdigit() and text[1:2].islower() and "." in text[2:24] and _LATIN_GOST_BOOK.fullmatch(text):
        rec["_gost_imprint"] = True
    if url:
        rec["URL"] = url.group(1)
        before = text[:url.start()]
        if rec["URL"].endswith(")") and "(" not in rec["URL"]:  # 'Geoweb (http://…/chs/), kaart': the link in parentheses
            rec["URL"] = rec["URL"][:-1]
            if before.rstrip().endswith("("):
                before = before.rstrip()[:-1].rstrip() + ","
        text = _AVAILABLE.sub("", (before + text[url.end():]).strip(" ,.")).strip(" ,.")
    extent = _EXTENT.search(text, max(0, len(text) - 24)) if text[-3:].rstrip(" .")[-1:] in "сSpsP" else None
    if extent:  # GOST 'М., 2011. 456 с.', '… 1990, 312 S.': the book's length, not a page cited
        rec["number-of-pages"] = extent.group("n")
        text = text[:extent.start()]
    if ":" in text and ": " in text and _VOL_COLON_HINT.search(text) and _VOL_COLON_ISSUE.search(text):
        text = _VOL_COLON_ISSUE.sub(r"\1:\2", text)
    ed_first = _EDITION_IN_IMPRINT.search(text) if " ed" in text and (" ed.," in text or " edn," in text
                                                                      or " edition," in text) else None
    if ed_first:  # '(2nd ed., Belmont, CA: …, 2008)': the edition, then the imprint
        text = f"{text[:ed_first.start()].rstrip()}, {ed_first.group('ed')} ed. ({text[ed_first.end():]}"
    if text[-1:] == ")" and ", p" in text and ", p" in text[text.rfind("(") + 1:]:
        text = _PAGES_IN_IMPRINT.sub(r"), \g<p>", text)  # '(New York: Norton, 1968, pp. 52–56,)': the pages after it
    if ";" in text and "; " in text and ("mer 1" in text or "ter 1" in text or "ing 1" in text or "umn 1" in text or "all 1" in text):
        text = _SEMI_SEASON.sub(",", text)  # 'International Security; Summer 1976, vol. I': the issue's season
    if " and " in text and text.count(": ") > 1 and "(" in text:
        text = _TWO_IMPRINTS.sub(r"(\g<a>; \g<b>)", text)  # '(London: Vision Press, and Totowa, NJ: Barnes & Noble, 1983)'
    if "V" in text and "(Vol" in text or "(" in text and "(vol" in text:  # 'Journal (Vol. 28, No. 1; January 1937)': the usual 'Journal 28, no. 1 (…)'
        text = _VOL_NO_PAREN.sub(r" \g<v>, no. \g<n> (\g<d>)", text)
    if text.rstrip(" .")[-1:].isdigit() and (")" in text and "), " in text or ":" in text and ": " in text):
        text = _year_first_journal(text.rstrip(" ."), rec)
    if "(" in text and _CROSS_REF_HINT.search(text):  # '(wie Anm. 3)', '(as in n. 12)': a pointer, not part of a title
        text = _CROSS_REF.sub(lambda m: "," if m.string[m.end():m.end() + 1] == " " and m.string[m.start() - 1:m.start()].isalpha()
                              else "", text)  # 'Rose (oben N. 7) 175': the name, then the page
    if "ccess" in text or "v" in text and "etriev" in text or "onsult" in text or "g" in text and ("eraadpleegd" in text or "bgerufen" in text) \
            or "о" in text and "обращени" in text or "ę" in text and "dostęp" in text or "ugriff" in text or "ccedido" in text \
            or "bezocht" in text or "ccès" in text:
        text = _ACCESSED.sub("", text)
    if "f" in text and ("ef" in text or "éf" in text) or "ntro" in text or "ort" in text or "w" in text and "orew" in text or "р" in text and ("рол" in text or "редисл" in text) or "п" in text and "ступ" in text:
        text = _FOREWORD.sub("", text)  # 'Prefazione di A. Frassati', 'introduction by …': not the work's maker
    if ", r" in text or "; r" in text or ", N" in text:
        text = without_reprint(text, rec)  # 'Paris, Grasset, 1948, rééd. 1979': a reprint's year after the imprint's
    if "K" in text and "Kindle" in text or "b" in text and "book" in text or "U" in text and "EPUB" in text or "D" in text and "PDF" in text:
        text = _FORMAT.sub("", text)  # '…, 1971), Kindle edition, chap. 3': the format read, not the work
    if "”" in text or '"' in text:
        text = _COMMA_IN_QUOTES.sub(r"\1,", text)
        if "?”" in text or "?" in text and '?"' in text or "!”" in text:
            text = _question_title(text)
    if "«" in text and " in «" in text:
        text = _IN_GUILLEMETS.sub(", in «", text)  # Italian 'La questione agraria in «Studi storici»': the journal
    text = text.strip(" ,.")
    opening = _VOLS_OPEN_IMPRINT.search(text) if "v" in text and "vols., " in text else None
    if opening:  # British '(3 vols., Philadelphia, PA, 1939)': the set's size opens the imprint
        rec["number-of-volumes"] = opening.group("n")
        text = text[:opening.start() + 1] + text[opening.end():]
    vols = _VOLS_IN.search(text) if "v" in text and "vol" in text or "B" in text and "Bde" in text or "m" in text and "tom" in text else None
    if vols:  # '…, 2 vols. (London …)': the size of the set, not part of a title
        rec["number-of-volumes"] = vols.group("n")
        text = text[:vols.start()] + text[vols.end():]
    if "º" in text or "ª" in text:
        ordinal = _ORDINAL_VOLUME.search(text)
        if ordinal:  # Portuguese 'Vol 3.º, 2.ª Serie': the volume (the series' number is dropped)
            rec["volume"] = ordinal.group("v")
            text = text[:ordinal.start()] + text[ordinal.end():]
        text = _ORDINAL_SERIES.sub("", text)
    deel = _DEEL.search(text) if "deel " in text or "dl. " in text else None
    if deel:  # Dutch 'Geschiedenis …, deel 2 (Amsterdam 1934)': the volume
        rec["volume"] = deel.group("v")
        text = text[:deel.start()] + text[deel.end():]
    wp = _WORKING_PAPER.search(text) if "k" in text and "orking" in text or "P" in text and "eminar Pap" in text else None
    if wp:  # '…,” Cold War International History Project Working Paper No. 8 (Washington, DC: …)'
        rec["collection-title"] = wp.group("s").strip()
        if wp.group("n"):
            rec["number"] = wp.group("n")
        rec["_report"] = True
        text = (text[:wp.start()] + text[wp.end():]).strip(" ,")
    coll = _COLLECTION.search(text) if "col" in text else None
    if coll:  # French 'coll. « Points Histoire »', Spanish 'col. Historia', Italian 'collana …': the series
        rec["collection-title"] = coll.group("s").strip(" «»\"“”")
        if coll.group("n"):
            rec["collection-number"] = coll.group("n")
        text = text[:coll.start()] + text[coll.end():]
    if "»" in text and ("»," in text or "» ," in text):
        series = _SERIES_BEFORE_YEAR.search(text)
        if series and text.count(", ", 0, series.start() + 2) >= 3:  # 'Le Seuil, « Poétique », 2008': the series
            rec["collection-title"] = series.group("s")
            text = text[:series.start()] + text[series.end():]
    if "=" in text and "(=" in text:  # 'Göttingen 1990 (= Kritische Studien, Bd. 45)': the series
        series = _SERIES.search(text)
        if series:
            rec["collection-title"] = series.group("s").strip()
            text = text[:series.start()] + text[series.end():]
    if "(" in text and (";" in text or "°" in text and "n°" in text or ", no." in text or "v" in text and ", vol." in text or ", nr." in text):
        text = _numbered_series(text, rec)
    if "]" in text and "] " in text:  # the bracket alone first: one quick look
        series = _BRACKET_SERIES.search(text)
        if series:  # Hungarian '[METEM-könyvek 5] Budapest, 1994': the series before the imprint
            rec["collection-title"], rec["collection-number"] = series.group("s"), series.group("n")
            text = text[:series.start()] + text[series.end():]
    if "(" in text and (" ed" in text or "é" in text and " éd" in text or "E" in text and " Ed" in text or "É" in text and " Éd" in text) and _edition_word(text):
        first = _OTHER_EDITION.search(text)
        if first:  # '(1re éd. Balland, 1984)', '(nuova ed. Bompiani, Milano 1974)': another edition's imprint
            if first.group("y") and first.group("first"):
                rec["original-date"] = {"date-parts": [[int(first.group("y"))]]}
            text = text[:first.start()] + text[first.end():]
        which = _EDITION_PAREN.search(text)
        if which:  # '… Milano 1972 (nuova ed.)', '(2nd edn)': the edition cited, in a parenthesis of its own
            rec["edition"] = re.sub(r"(?<=\d)\D+$", "", which.group("ed"))
            text = text[:which.start()] + text[which.end():]
    if "-" in text and "in-" in text:  # French '…, 1946, in-8°, 184 p.': format and page count, not a locator
        if not text[:1].isdigit():  # not a text that opens on its year: no title there to cite a page of
            text = _BOOK_FORMAT.sub("", text)  # '1842, in-12, p. 32': the format before a page cited
        text = _FORMAT_TAIL.sub("", text)
    late = (_ISSUE_AFTER_YEAR.search(text) if _ISSUE_AFTER_YEAR_WORDS.search(text)
            or _PAGE_LABEL_AFTER_COMMA.search(text) and _BARE_ISSUE.search(text) else None)
    if late:  # Italian and French '33 (1998), n. 2, pp. …': the issue, as if before the year
        text = f"{text[:late.start()]}{late.group('v')}, no. {late.group('n')} ({late.group('y')}){text[late.end():]}"
    if "J" in text and ("g" in text and "Jg" in text or "Jahrgang" in text):  # 'Einheit, 26. Jg. (1971)', 'Jg. 26 (1971)': the volume
        text = _JAHRGANG.sub(lambda m: f" {m.group('a') or m.group('b')} ", text)
    heft = _HEFT.search(text) if "H" in text else None
    if heft:  # German '12 (1986), H. 3': the issue
        rec["issue"] = heft.group("n")
        text = text[:heft.start()] + text[heft.end():]
    if _NO_YEAR_WORDS.search(text):
        text = _no_year_printed(text, rec)
    sup = _SUP_AFTER_YEAR.search(text) if "²" in text or "³" in text else None
    if sup:  # Italian '1990²': the edition, printed as a superscript after the year
        rec["edition"] = str("²³".index(sup.group(0)) + 2)
        text = text[:sup.start()] + text[sup.end():]
    if "/" in text:
        text = _YEAR_PART.sub("", text)  # French 'Le Débat, 1989/2, no 54': the year's second number, then its issue
    if "]" in text and ".]" in text:
        text = _BRACKET_ROLE.sub(r"(\1)", text)  # French 'Thierry Lentz [dir.]': the role as in '(dir.)'
    era = _ANCIENT_DATE.search(text) if "[" in text else None
    if era and text[:era.start()].rstrip()[-4:].isdigit():  # '(London: Heinemann, 1927 [45 bc])': the ancient
        text = text[:era.start()].rstrip() + text[era.end():]  # work's own date beside the edition's year
    first = _FIRST_EDITION.search(text) if "[" in text else None
    if first:  # '1990 [1946]', '[1946] 1990': the year of the first edition beside the one cited
        rec["original-date"] = {"date-parts": [[int(first.group("y") or first.group("y2"))]]}
        text = text[:first.start()] + text[first.end():]
    if ":" in text and "in: " in text and (" e.a. " in text or "d., " in text):
        text = _IN_EDITOR_BARE.sub(r"\g<who> (\g<r>.),", text)  # Dutch 'in: C.C. van Baalen e.a. ed., Jaarboek …'
    if "р" in text and ("ереизд" in text or "епринт" in text):  # GOST '… вв. Переизд. М., 1937': a reprint, then its imprint
        text = _GOST_REPRINT.sub(".", text)
    if "–" in text or "—" in text:
        text = _GOST_DASH.sub(". ", _GOST_IN.sub(" // ", text))  # GOST 7.1 '. – М.: Наука, 1990. – С. 45'
    series = _SERIES_VOLUME.search(text) if _SERIES_VOLUME_WORDS.search(text) else None
    if series:  # '(Gesammelte Abhandlungen, Bd. I, hrsgg. von Fritz Hartung)': the series, its volume, the editor
        rec.update({"collection-title": series.group("s").strip(), "volume": series.group("v")})
        if series.group("who"):
            rec["editor"] = parse_names(series.group("who"))
        text = text[:series.start()] + text[series.end():]
    if "P" in text and ". P" in text or "V" in text and ". Ver" in text:
        text = series_statement(text, rec)  # 'Title. Publication du Centre d'Études …, Armand Colin, 1966': the series
    if "(" in text and ("Lectures (" in text or "Classics (" in text):
        text = _named_series_before_imprint(text, rec)
    if "(" in text and " (" in text:
        text = _numbered_series_before_imprint(text, rec)
    numbered = _SERIES_AFTER_YEAR.search(text) if "(" in text else None
    if numbered:  # 'Uppsala 1990 (Studia historica Upsaliensia 161)': the series and its number after the imprint
        rec.update({"collection-title": numbered.group("s"), "collection-number": numbered.group("n")})
        text = text[:numbered.start()].rstrip() + text[numbered.end():]
    if " cit." in text and "d" in text:
        text = _EDITION_CITED.sub("", text)  # Italian 'Diss. XLIII, ediz. cit., tom. VIII': the edition cited before
    if ":" in text and ": " in text and "cit" in text:  # British 'G. Hills: op. cit., p. 26': the colon after the name
        text = _COLON_OP_CIT.sub(", ", text)
    if ":" in text and "): " in text:  # German 'Karl Schmidt (Hrsg.): Das Dorf': the role, then a colon before the title
        text = _ROLE_COLON.sub(r"\1, ", text)
    elif ".) " in text and " in" in text or " dans " in text and ") " in text:  # 'in: M. Jones (ed.) Medieval Towns'
        text = comma_after_role(text)
    if 0 < text.find(",", 0, 30) < text.find(" ") and ". " in text[:90]:
        text = bibliography_head(text)  # 'Smith, John, and Mary Jones. Title. London: …': a bibliography's names
    if "/" in text[:60] and ": " in text[:100] and ", " in text[:30]:
        text = slashed_inverted(text)  # 'Meier, Hans/Schmidt, Karl: Titel': inverted names joined by slashes
    if ", ed. " in text and "., " in text:  # 'ed. Riley, H. T., i (1867)'
        text = editor_in_reading_order(text)
    inverted = _INVERTED_COLON.match(text) if ":" in text and ": " in text[:70] else None
    if inverted and _SHORT_TITLE_COLON.fullmatch(text, inverted.end()) and not _GERMAN_HINT.search(text) \
            and not _ACCENTED.search(text):
        inverted = None  # English 'Lockwood, Beethoven: Music, 162': a short title with a subtitle, then the page
    if inverted and ("’s " in inverted.group("given") or "'s " in inverted.group("given")
                     or inverted.group("given").startswith(("The ", "A ", "An "))):
        inverted = None  # 'Richie, Faust’s Metropolis: …', 'Plato, The Republic: …': a possessive or article opens a title
    if inverted:  # German and Spanish 'Müller, Hans: Titel', 'PÉREZ, Juan: Título'
        text = f"{inverted.group('given')} {inverted.group('fam')}, {text[inverted.end():]}"
    colon = _AUTHOR_COLON.match(text) if ":" in text and ": " in text[:70] else None
    if colon and _namelike(colon.group("who")) and (_GERMAN_HINT.search(text) or _INITIALS_NAME.fullmatch(colon.group("who"))
                                                    or _HU_HINT.search(text)):
        # German 'Hans Müller: Die Bauern …', British 'G. Hills: The Battle for Madrid (London, 1976)'
        text = f"{colon.group('who')}, {text[colon.end():]}"
    low = text.lower()
    if "y" in low and "entry" in low or "esp." in low or "b" in low and "tab" in low:
        text = _TRAILER.sub("", text)
    if "p." in text and ":" in text:
        text = _AFTER_PAGE.sub(r"\g<keep>", text)
    elif ")" in text and "), " in text and ":" in text and ": " in text[-24:]:
        text = _DATE_AFTER_PAGE.sub(r"\g<keep>", text)  # '(…, 1960), 522: January 4, 1636': the letter's date
    here = _HERE.search(text, max(0, len(text) - 40)) if _HERE_HINT.search(text, max(0, len(text) - 40)) else None
    if here:  # '45–67, here 50': the article's pages and the page meant
        rec["page"] = dash(here.group("range"))
        text = text[:here.start("range")] + here.group("pin")
    if ("sec. " in text or "sect. " in text or "section " in text or " edition, " in text) and _PAPER_SECTION.search(text):
        text = _PAPER_SECTION.sub("", text)  # 'New York Times, March 12, 1990, sec. 4, p. 5': the paper's section
    pin = _PIN_IN_PARENS.search(text, max(0, len(text) - 40)) if text.rstrip(".")[-1:] == ")" and "(p" in text[-16:] else None
    if not pin and text[-1:] in ").":  # '45–67 (50)': a bare page within the span
        pin = pin_in_span(text)
    if pin:  # British 'pp. 99–142 (p. 101)': the article's pages, then the page meant in parentheses
        rec["page"] = dash(pin.group("range"))
        text = text[:pin.start("range")] + pin.group("pin")
    after_page = _VOL_AFTER_PAGE.search(text, max(0, len(text) - 16)) if "." in text[-14:] else None
    if after_page:  # 'Histoire de la maison de Savoie, pag. 61, vol. 1': the volume after the page
        rec["volume"] = after_page.group("v")
        text = text[:after_page.start()]
    part = _PART_BEFORE_IMPRINT.search(text) if " parte " in text else None
    if part:  # Italian 'Historia di Bologna, parte prima (Bologna, 1596)': the part of the work
        rec["part-number"] = part.group("p")
        text = text[:part.start()] + text[part.end():]
    column = _COLUMN_END.search(text, max(0, len(text) - 24)) if "col" in text[-24:] or "S" in text and "Sp." in text[-24:] else None
    if column:  # '…, tom. VIII, col. 528–29', Italian 'colonna 338', German 'Sp. 12': columns, not pages
        locator, label, rest = dash(column.group("loc")), "column", text[:column.start()]
    else:
        locator, label, rest = take_locator(text)
    rest = rest.strip(" ,.")
    if (rest[-1:] == ")" or rest[-1:].isdigit() and "No" in rest) and " // " in rest and _gost_dated_issue(rest, rec):
        return rec, locator, label  # its date in parentheses, not an imprint
    if ("köt." in rest or "sz" in rest) and hu.hungarian(rest):
        rest = hu.volume(rest, rec)  # 'I. köt.'
        found = hu.journal_issue(rest)
        if found:  # 'Ennivaló és hozomány. Századok, 1998. 3. sz. 555–570', its author read before
            rec.update(found[0])
            return rec, *((locator, label) if locator or not found[1] else (dash(found[1]), "page"))
    if (", vol" in rest or ", Vol" in rest or ", roč" in rest) and _unmarked_article(rest, rec):
        return rec, locator, label  # 'John Smith, The Title, Journal of History, vol. 13, no. 2, 2006': no quotes kept
    whole = _QUOTED_JOURNAL_ISSUE.fullmatch(rest) if rest[:1] in "«“\"" else None
    if whole:  # '(“Вестник Европы”, 1868 г., кн. I, стр. 235)': a journal's issue cited as a whole
        rec.update({"type": "article-journal", "container-title": whole.group("j").strip(),
                    "issued": {"date-parts": [[int(whole.group("y"))]]}})
        rec.update({k: whole.group(k[0]) for k in ("volume", "issue") if whole.group(k[0])})
        return rec, locator, label
    end = rest[-24:]
    gost_vol = (_GOST_VOL_TAIL.search(rest, max(0, len(rest) - 24))
                if "Т" in end and "Т." in end or "К" in end and "Кн." in end or "В" in end and "Вып." in end or "Ч" in end and "Ч." in end else None)
    if gost_vol:  # GOST '… М., 2011. Т. 1. Кн. 2': the volume (and book) cited after the imprint
        rec["volume"] = gost_vol.group("t") or gost_vol.group("k") or gost_vol.group("k2")
        rest = rest[:gost_vol.start()]
    gost_set = _GOST_SET.search(rest) if "в" in rest and " в " in rest or "В" in rest and " В " in rest else None
    if gost_set:  # ': в 3 т.': the set's size
        rec["number-of-volumes"] = gost_set.group("n")
        after = rest[gost_set.end():]
        rest = rest[:gost_set.start()] + ("." if after.lstrip()[:1].isupper() else "") + after
        mid = _GOST_VOL_MID.search(rest)
        if mid and not rec.get("volume"):  # '… В 4 т. Т. 3. Кн. 1. М., 2003'
            rec["volume"] = mid.group("t")
            rest = rest[:mid.start()] + rest[mid.end():]
    tome = (_TRAILING_VOL.search(rest) if "." in rest[-12:] or "tom" in rest[-10:] or "B" in rest and "Band" in rest[-10:] or "ume" in rest[-10:] else
            _YEAR_ROMAN_VOL.search(rest, max(0, len(rest) - 12)) if rest[-1:] in "IVXLC" else None)
    if tome:  # '…, Moscou, Novosti, 1996, t. 1'
        rec["volume"] = tome.group("v")
        rest = rest[:tome.start()]
    if "/" in rest and " // " in rest:
        head, _, container = rest.partition(" // ")
        sj = _SLASH_JOURNAL.match(container.strip(" ,."))
        if sj:  # 'Title // CWIHP Bulletin, № 4 (осень 1994)'
            _author_title(head, rec)
            rec.update({"type": "article-journal", "container-title": sj.group("t").strip(),
                        "issue": sj.group("i"), "issued": {"date-parts": [[int(sj.group("y"))]]}})
            return rec, locator, label
    hv = (harvard(rest) if ", " in rest[:40] and rest[:1].isupper() and _YEAR_IN_PARENS.search(rest, 0, 200)
          else None)
    if hv:  # 'Smith, J. (ed.) (1990) Title. London: Routledge'
        return {**rec, **hv}, locator, label
    natural = (NATURAL_NAME_YEAR.match(rest) if ":" in rest and ": " in rest and (". 1" in rest or "2" in rest and ". 2" in rest) and rest[:1].isupper()
               else None)
    found = natural_name_year(natural) if natural and _namelike(natural.group("who")) else None
    if found:  # 'Roger Lewin. 1993. Complexity. London: Phoenix': names in reading order, then the year
        return {**rec, **found}, locator, label
    ny = (_NAME_YEAR.search(rest) if "." in rest and ". " in rest and " // " not in rest  # not GOST
          and _NY_YEAR.search(rest) else None)
    if ny:
        found = _name_year(ny, rec)
        if found:
            return found, locator, label
        rec = {k: v for k, v in rec.items() if k == "URL"}
    # Czech 'roč. 27, č. 2', Swedish 'årg. 12': a journal's volume and issue, read as 'vol.' and 'no.'
    if "." in rest and ("n.s" in rest or "n. s" in rest) or "N" in rest and ("N.S" in rest or "N. S" in rest) or "ser" in rest or "N" in rest and ("NS " in rest or "N.F" in rest or "N. F" in rest) \
            or "F" in rest and "Folge" in rest or "é" in rest and "érie" in rest or "erie" in rest or "." in rest and ", s. " in rest:
        rest = without_series(rest)  # 'Economic History Review, 2nd ser., 12 (1959)': the journal, then its volume
    probe = _CS_SV_NUMBERS.sub(_cs_sv_number, rest) if "č" in rest and "č." in rest or "å" in rest and "årg." in rest else rest
    j = _JOURNAL.search(probe) if _journal_hint(probe) else None
    if j and j.group("v3") and not j.group("v3").isdigit() and j.group("j").rstrip()[-1:].isdigit():
        j = None  # law-review '…, Essays in Jurisprudence 49, 52-53 (1983)': a first page and pages, no double issue
    if j and j.group("j")[-1:] in "DCE" and _ERA_END.search(j.group("j")):
        j = None  # 'Rome: The Empire of Eagles, 753 BC AD 476 (2008)': a span of years closing a book's title
    if j and not _YEAR_PAREN_END.search(j.group("j")):
        return _journal(probe, j, rec, locator, label)
    book_imprint = rest[-1:] == ")" and ":" in rest[rest.rfind("("):]  # '(Chicago: Prairie Press, 1971)'
    tail = journal_tail(rest) if not book_imprint else None
    if tail:  # 'Title, «Studi storici», a. XII, n. 3, 1990', 'in: Journal, 12. Jg. (1986)'
        return _journal_issue(tail, rec), locator, label
    news = _NEWSPAPER.search(rest) if "*" in rest or '"' in rest or "“" in rest or "‘" in rest else None
    if news:
        if news.group("pg") and not locator:
            locator, label = news.group("pg"), "page"
        return _newspaper(rest, news, rec), locator, label
    numeric = _NUMERIC_ISSUE.match(rest) if "/" in rest else None
    if numeric and numeric.group("c").split()[0] not in _NOT_PAPERS:
        date = _numeric_date(numeric)
        if date:
            rec.update({"type": "article-newspaper", "container-title": numeric.group("c"), "issued": date})
            return rec, locator, label
    digit_end = rest.rstrip()[-1:].isdigit()  # the next three patterns end on a number
    year_end = rest[-6:].removesuffix("\n") if digit_end else ""  # _PAPER_ISSUE ends on a space and a year (before '$')
    paper = _PAPER_ISSUE.match(rest) if year_end[-5:-4].isspace() and year_end[-4:].isdecimal() else None
    if paper and len(paper.group("c").split()) <= 5 and not NOT_PAPER.search(paper.group("c")) and len((first_date(paper.group("d")) or {
            "date-parts": [[]]})["date-parts"][0]) == 3:  # a day of a newspaper: 'Le Monde, 12 janvier 1962' 
        rec.update({"type": "article-newspaper", "container-title": paper.group("c").strip(" *")})
        date = first_date(paper.group("d"))
        if date:
            rec["issued"] = date
        return rec, locator, label
    paper = _ru_newspaper_match(rest)
    if paper:
        return _ru_newspaper(paper, rec), locator, label
    issue = newspaper_issue(rest) if not book_imprint and " // " not in rest else None
    if issue and not issue["head"] and issue["paper"][:1] in "LBCП" and issue["paper"].lower() in _LETTER:
        return {}, None, None  # 'Lettre du 16 février 1938': a letter by its day, a document and no paper
    if issue:  # 'Le Monde, 12-13 janvier 1962', '„Brot für alle“, in: Die Zeit, 12. März 1956'
        if issue["page"] and not locator:
            locator, label = dash(issue["page"]), "page"
        return _newspaper_issue(issue, rec), locator, label
    ru = _RU_PERIODICAL.match(rest) if digit_end or "№" in rest[-14:] else None
    if ru:
        month = first_date(f"{ru.group('m')} {ru.group('y')}") if ru.group("m") else None  # '№ 11. Май.'
        rec.update({"type": "periodical", "title": ru.group("t").strip(),
                    "issued": month or {"date-parts": [[int(ru.group("y"))]]}, "issue": ru.group("n")})
        if ru.group("v"):  # 'Cold War History. 2004. Vol. 4. № 3'
            rec["volume"] = ru.group("v")
        return rec, locator, label
    per = (_MONTH_PERIODICAL.fullmatch(rest) if digit_end and rest.count(",") <= (3 if ", a. " in rest or "año " in rest or "anno " in rest else 2)
           and (rest[-6:-5].isalpha() and rest[-5:-4] == " " or "n" in rest[-12:]) else None)  # '… mars 1949', '…, nº. 512'
    month = first_date(f"{per.group('m')} {per.group('y')}") if per and (len(per.group("t").split()) <= 5 or per.group("t").split()[0] in PERIODICAL_WORDS) \
        and per.group("m").lower() in MONTH_WORDS and (per.group("m").lower() not in _ENGLISH_MONTHS or _monthly_name(per.group("t"))) else None
    if per and not month and per.group("m").lower() in SEASONS and _monthly_name(per.group("t")):
        month = {"date-parts": [[int(per.group("y"))]]}  # 'Dissent, Winter 1962': a quarterly's issue, its year
        rec.update({"type": "periodical", "title": per.group("t").strip(), "issued": month})
        return rec, locator, label
    if month and len(month["date-parts"][0]) == 2:
        rec.update({"type": "periodical", "title": per.group("t").strip(), "issued": month})
        if per.group("n") or per.group("n2"):
            rec["issue"] = dash(per.group("n") or per.group("n2"))
        if per.group("v"):
            rec["volume"] = per.group("v")  # Italian 'a. XIII, n. 11, novembre 1956': the year of the run
        return rec, locator, label
    yi = _YEAR_ISSUE.search(rest) if digit_end else None
    if yi and marked_title(rest):  # 'Critique internationale, 2001/3': year and issue
        rec.update({"type": "article-journal", "issue": yi.group("n"),
                    "issued": {"date-parts": [[int(yi.group("y"))]]}})
        _author_title(rest[:yi.start()], rec)
        return rec, locator, label
    num = _ISSUE_NO.search(rest)
    issue_first = bool(num) and not rest[:num.start()].rstrip()[-4:].isdigit()  # 'Der Spiegel, Nr. 44, 1962': not 'Annales, 1953, n°2'
    if num:
        rec["issue"] = dash(num.group("n"))
        rest = rest[:num.start()] + rest[num.end():]
    if ")" in rest and ")," in rest:
        rest = _AFTER_IMPRINT.sub(")", rest)
    sup = _SUP_EDITION.search(rest) if not rec.get("edition") and _SUP_EDITION_HINT.search(rest) else None
    if sup and (sup.start() < 20 or not re.search(r"\d", rest[:sup.start()][-20:])):
        rec["edition"] = sup.group("ed")
        rest = rest[:sup.start()] + sup.group("y") + rest[sup.end():]
    low = rest.lower()
    aufl = NUMBERED_EDITION.search(rest) if "ed" in low or "é" in low and "éd" in low or "u" in low and "aufl" in low else None  # its words
    if aufl:
        rec["edition"] = aufl.group("ed")
        after = rest[aufl.end():]  # '2. Aufl. Göttingen 1978': the town after it opens the imprint
        rest = rest[:aufl.start()] + ("," if after[:1] == " " and after[1:2].isupper() else "") + after
        low = rest.lower()
    same_author = _SAME_AUTHOR.search(rest) if ("ders" in low or "dies" in low or "idem" in low or "m" in low and "eadem" in low
                                                 or " id." in low
                                                 or "in his " in low or "in her " in low or "in their " in low) else None
    if same_author:
        rest = rest[:same_author.start()] + ", in: " + rest[same_author.end():]
    bare = (_BARE_NAME_YEAR.fullmatch(rest) if (rest[-1:].isdecimal() or "a" <= rest[-1:] <= "z" and rest[-2:-1].isdecimal())
            and " " in rest[:30] and "A" <= rest[:1] <= "Z" else None)  # it opens on a capital, ends on the year (or its letter)
    if bare and not is_place(bare.group("who")) and not _MONTHISH_NAME.fullmatch(bare.group("who")):
        # author-date: 'Vanderbroeck 1987', 'Adams 1889/1986', 'Broughton 1951-86', 'Badian 1990a'
        short = {"author": [{"family": n} for n in _NAME_LIST_SPLIT.split(bare.group("who"))],
                 "issued": {"date-parts": [[int(bare.group("y"))]]}}
        if bare.group("end"):
            end = bare.group("end")
            short["issued"]["date-parts"].append([int(bare.group("y")[:4 - len(end)] + end)])
        if bare.group("orig"):
            short["original-date"] = {"date-parts": [[int(bare.group("orig"))]]}
        if rec.get("volume"):
            short["volume"] = rec["volume"]  # 'Hunger 1978, Bd. 1, S. 12': the volume of the work cited
        return short, locator, label
    ad = _AUTHOR_DATE.match(rest) if locator and rest.count(",") < 2 and not issue_first else None  # one comma at most, before the year
    if ad and _namelike(ad.group("who")) and not _GOST_PLACE_END.search(ad.group("who")) \
            and not _WORD_STOP.search(ad.group("who")):  # not 'Пирлинг П. Титул. М., 1912'
        who = ad.group("who")
        if ": " in who and who.rsplit(": ", 1)[1][:1].isupper():
            who = who.rsplit(": ", 1)[1]  # 'Ambitus: Linderski 1995: 107-14': the topic, then the reference
        short = _short_form(who)
        if short:
            short["issued"] = {"date-parts": [[int(ad.group("y"))]]}
            if rec.get("volume"):
                short["volume"] = rec["volume"]  # 'Любарский 1978, т. 2, с. 130'
            return short, locator, label
    inverted = _INVERTED_NAME_YEAR.fullmatch(rest) if locator and rest[-1:].isdigit() else None
    if inverted and not is_place(inverted.group("fam")) and not is_place(inverted.group("given")):
        # 'Brown, William Wells 1849, 49': an author-date short form, the name inverted
        return {"author": [{"family": inverted.group("fam"), "given": inverted.group("given")}],
                "issued": {"date-parts": [[int(inverted.group("y"))]]}}, locator, label
    vol = _VOL_BEFORE_IMPRINT.search(rest) if "ol" in rest or "B" in rest and "Bd" in rest else None
    if vol:  # 'Title, Vol. II, London: Macmillan, 1990'
        rec["volume"] = vol.group("v")
        after = rest[vol.end():]
        named = volume_title(after, _DOCUMENT_SERIES.match(rest) is not None) \
            if after[:2] in (", ", ": ") and "(" in after else None
        if named:  # 'Stalin, vol. 1, Paradoxes of Power, 1878–1928 (New York: Penguin, 2014)'
            rec["volume-title"] = named[0]
            after = named[1]
        rest = rest[:vol.start()] + after
    end = rest[-16:]
    circa = _CIRCA_END.search(rest, max(0, len(rest) - 24)) if "c" in end and (" c" in end or "circa" in end) else None
    if circa:  # a premodern work dated 'c. 850', 'ca. 1355'
        rest = rest[:circa.start()]
    pub, rest = take_pub(rest)
    if "_reprint" in rec:
        reprint_dates(rec, pub)
    if "Diss" in rest[-24:] or "Habil" in rest[-30:]:
        rest = thesis_by_town(rest, pub, rec)  # 'Title, Diss. Halle 1911': a thesis, its school's town
    if pub.get("publisher") and pub.get("issued") and pub.get("publisher-place", "")[-1:].isalpha():
        issue = journal_by_month(pub)
        if issue:  # '(Boll. d'Arte, gennaio-aprile 1919)': a journal's issue
            rec.update(issue, _months=True)
            _author_title(rest, rec)
            return rec, locator, label
    if not pub and (rec.get("number-of-volumes") or "." in rest and ", t. " in rest):
        undated = _PLACE_PUBLISHER_END.search(rest)
        if undated and is_place(undated.group("place")):  # '…, Paris, Mouton, 2 volumes': an imprint with no year
            pub = {"publisher-place": undated.group("place"), "publisher": undated.group("pub")}
            rest = rest[:undated.start()]  # (and '…, t. II, De l’insurrection …, Paris, PUF, p. 45')
    if circa and "issued" not in pub:
        pub["issued"] = {"date-parts": [[int(circa.group("y"))]], "circa": True}
    if aufl and aufl.group("y"):  # '10. Aufl. 2000': the edition cited, so its year
        pub["issued"] = {"date-parts": [[int(aufl.group("y"))]]}
    kind = pub.get("publisher-place", "")
    if kind and (_THESIS.search(kind) or "diss." in kind and re.search(r"\bdiss\.", kind)):
        rec["genre"] = pub.pop("publisher-place")
    elif "," in pub.get("publisher", "") and _THESIS.match(pub["publisher"].split(",")[0].strip()):
        # '(D.Phil. thesis, St. Antony's College, Oxford University, 1980)': kind, then the institution
        kind, _, school = pub["publisher"].partition(",")
        rec["genre"] = kind.strip()
        pub["publisher"] = ", ".join(p for p in (school.strip(), pub.pop("publisher-place", "")) if p)
    elif pub.get("publisher") and _THESIS.match(pub["publisher"]):  # '(thèse de doctorat, Université Paris I, 1990)'
        rec["genre"] = pub.pop("publisher")
        if pub.get("publisher-place"):
            pub["publisher"] = pub.pop("publisher-place")
    by = _PRINTED_BY.search(rest) if "y" in rest and " by " in rest else None
    if by and not pub:  # '…, reprinted by Prairie Press, n.d.': the publisher, named in words
        pub = {"publisher": by.group("p").strip()}
        rest = rest[:by.start()]
    if not pub and locator and not (marked_title(rest) and not RU_SHORT.match(rest)) and not _ROLE_WORDS.search(rest) \
            and "w:" not in rest and " dans " not in rest and not (", in: " in rest and _TITLE_IN_BOOK_DE.search(rest)) \
            and not (", in " in rest and " (ed" in rest):  # '…, in D. McLellan (ed.), Book, p. 158'
        # 'Title, [w:] Book, op. cit.', German 'Titel, in: Buch (wie Anm. 210), S. 21': a chapter, not a short form
        short = _short_form(rest)
        if short and text[len(rest):len(rest) + 1] == "," and "_gost" in short:
            del short["_gost"]  # 'И.И. Смирнов. Очерки, с. 121': a short form's comma before the page, no GOST description
        if short:
            if rec.get("volume") and not short.get("volume"):
                short["volume"] = rec["volume"]
            inside = _EDITOR_SHORT_BOOK.fullmatch(short.get("container-title", "")) if "author" in short else None
            if inside:  # 'R. Lim, in Harris, Transformations, pp. 265-81': a chapter in a book cited short
                short.update({"type": "chapter", "container-title": inside.group("t"),
                              "editor": [{"family": inside.group("ed")}]})
                if rec.get("page"):
                    short["page"] = rec["page"]
            elif text[len(rest):len(rest) + 2] == " p" and _book_run_into_page(short, text[len(rest):]):
                short["type"] = "book"
            return short, locator, label
    if ("p" in rest and "uppl" in rest or "v" in rest and "vyd." in rest or not rest.isascii() and " s. " in text) and has_parts(rest):  # Swedish '2 uppl.', 'd. 1:2'; Czech 'díl 2'
        rest = take_parts(rest, rec)
    roles, rest = take_roles(rest)
    rec.update(pub)
    rec.update({k: v for k, v in roles.items() if k != "editor"})
    if roles.get("translator") and _TRANSLATED_AND_EDITED.search(text):
        roles.setdefault("editor", roles["translator"])
    rest = rest.strip(" ,.")
    ay = _AUTHOR_YEAR.match(rest) if "(" in rest else None
    if ay and _namelike(_EDS.sub("", ay.group("who"))):
        rec.setdefault("issued", {"date-parts": [[int(ay.group("y"))]]})
        who = ay.group("who")
        key = "editor" if _EDS.search(who) else "author"
        rec[key] = _people(_EDS.sub("", who))
        title, _, tail = ay.group("rest").partition(", ")
        rec["title"] = title.strip(" ,.")
        if tail and not rec.get("publisher"):
            rec["publisher"] = tail.strip(" ,.")
        return _finish(rec, roles, bool(pub) or bool(tail)), locator, label
    slash = rest.find(" // ")
    if slash > 3:
        rec["_gost_imprint"] = True  # '//' is GOST's, whatever the script: 'Ivanov I. I. Stat'ia // …'
        _author_title(rest[:slash], rec)
        container = _IN_BOOK.sub("", rest[slash + 4:])
        lead = gost_editors_lead(container) if "(" in container[:60] and ("ред" in container or "сост" in container) else None
        if lead:  # '// Петров П. П. (ред.) История городов': the editors and their role before the book
            roles.setdefault("editor", lead[0])
            container = lead[1]
        paper = _ru_newspaper_match(container.strip(" ,."))
        if paper:
            return _ru_newspaper(paper, rec), locator, label
        ru = _RU_JOURNAL.match(container.strip(" ,."))
        if ru:
            rec.update({"type": "article-journal", "container-title": ru.group("t"),
                        "issued": {"date-parts": [[int(ru.group("y"))]]}})
            city = _SERIES_CITY.search(ru.group("t")) if "." in ru.group("t")[-9:] else None
            if city:  # '// Материалы … СССР. М., Л., 1949. № 11': a series' place before its year
                rec["container-title"], rec["publisher-place"] = ru.group("t")[:city.start()], city.group("p")
            rec.update({k: ru.group(k[0]) for k in ("volume", "issue") if ru.group(k[0])})
            if ru.group("w"):  # '«Византийский временник», т. 14, 1958': the volume before the year
                rec["volume"] = ru.group("w")
            return rec, locator, label
        more = _MORE_EDITORS.search(container) if "/," in container and roles.get("editor") else None
        if more:  # '// Book / eds. J. A. Getty, R. Manning': the editors after the first
            roles["editor"] = roles["editor"] + parse_names(more.group("who"))
            container = container[:more.start()]
        vol = _GOST_VOLUME.search(container)
        if vol:
            rec["volume"], container = vol.group(1), container[:vol.start()]
        container = container.strip(" ,./")
        periodical = (container.startswith("«") and container.endswith("»")
                      or not (rec.get("publisher-place") or rec.get("publisher")) and rec.get("issued")
                      and (rec.get("volume") or rec.get("issue")))
        if periodical:  # no place of publication: '// Вестник Европы. Т. II. 1866', '— «Рус. лит.», 1974, № 3'
            rec["container-title"], rec["type"] = container.strip("«»"), "article-journal"
            return rec, locator, label
        rec["container-title"], rec["type"] = container, "chapter"
        if roles.get("editor"):  # '// Book / Под ред. X'
            rec["editor"] = roles["editor"]
        return rec, locator, label
    m = _IN.search(rest) or (_PAREN_IN.search(rest) if ")" in rest and ") In:" in rest else None)
    if m and rest[m.end() - 3:m.end()] == "In " and _namelike(rest[:m.start()].strip(" ,")):
        m = None  # 'Anatoly Dobrynin, In Confidence: …': a name, then a title opening on 'In'
    if m and m.start() > 3:
        head, container = rest[:m.start()], rest[m.end():]
        german_in = rest[m.end() - 2] == ":"  # German 'in: …'
        _author_title(head, rec)
        if rec.get("title") and not rec.get("author") and _NAME_ONLY.fullmatch(head.strip(" ,.")):
            rec["author"] = _people(rec.pop("title"))  # 'S. SECHI, in «Nuova Rivista Storica», 1967': a review
        if same_author and rec.get("author"):
            rec["editor" if same_author.group("role") else "container-author"] = rec["author"]
        box: dict = {}
        if roles.get("editor"):  # 'in Rural Europe, 1900–1950, ed. X': the rest is the book's title
            m = marked_title(container)
            box["title"] = next(g for g in m.groups() if g) if m else container.strip(" ,.")
        elif _EDS_FIRST.match(container):  # 'in Prest, W., ed., Lawyers in England': inverted editors
            eds = _EDS_FIRST.match(container)
            box["editor"] = [{"family": fam, "given": given.strip()} for fam, given in
                             INVERTED_ONE.findall(eds.group("who"))]
            box["title"] = container[eds.end():].strip(" ,.")
        else:
            _author_title(container, box)
            if box.get("author") == [{"family": container.split(". ", 1)[0]}] and not box.get("editor"):
                box = {"title": container.strip(" ,.")}  # 'w: Renesans. Sztuka i ideologia': a title with a full stop
            elif box.get("title", "")[:1].islower() and len(box.get("author") or ()) == 1 \
                    and "given" not in box["author"][0]:
                box = {"title": container.strip(" ,.")}  # 'en Pirineos, tristes montes': a title with a comma
        ctitle = box.get("title") or container.strip(" ,.")
        pages = _CHAPTER_PAGES.search(ctitle)
        if pages:  # Chicago bibliography 'In Book, edited by X, 45–67. Chicago: …': the chapter's pages
            rec.setdefault("page", dash(pages.group(1)))
            ctitle = ctitle[:pages.start()]
            first = _FIRST_PAGE_END.search(ctitle) if locator is None else None
            if first:  # law-review 'in Studies in Historiography 239, 240-241 (1966)': first page, then the pages meant
                rec["page"], locator, label = first.group(1), rec["page"], "page"
                ctitle = ctitle[:first.start()]
        elif locator is None and ctitle[-1:].isdigit() and (roles.get("editor") or box.get("editor")):
            one = _PAGE_AFTER_EDITORS.search(ctitle)
            if one:  # 'in Book, eds. X and Y, 39 (Tokyo: …, 2002)': the page cited, before the imprint
                locator, label, ctitle = one.group(1), "page", ctitle[:one.start()]
        named = _VOLUME_WORD_PART.search(ctitle) if "olume " in ctitle else None
        if named:  # 'in The Oxford History of the British Empire: Volume IV- The Twentieth Century': the volume
            rec.setdefault("volume", named.group("v"))
            if named.group("t"):
                rec.setdefault("volume-title", named.group("t").strip())
            ctitle = ctitle[:named.start()]
        part = _VOLUME_PART.search(ctitle) if ": " in ctitle else None
        if part:  # 'in The Cambridge Medieval History, IV: The Byzantine Empire': the volume and its own title
            rec.setdefault("volume", part.group("v"))
            rec.setdefault("volume-title", part.group("t"))
            ctitle = ctitle[:part.start()]
        vol = _BOOK_VOLUME.search(ctitle) if "." in ctitle[-8:] or "er" in ctitle[-12:] else None
        if vol and vol.group(0):  # 'w: Pomniki dziejowe Polski, seria II, t. l': the book's volume (and series number)
            if vol.group("v"):
                rec.setdefault("volume", vol.group("v"))
            if vol.group("s"):
                rec["collection-number"] = vol.group("s")
            ctitle = ctitle[:vol.start()]
        if ctitle[-1:].isdigit() and "volume" not in rec and "issued" in rec and german_in:
            num = _CONTAINER_NUMBER.search(ctitle)
            if num:  # German 'in: Exempla historica 13, 1983': the series' or yearbook's volume
                rec["volume"], ctitle = num.group(1), ctitle[:num.start()]
        if ctitle.endswith(("op. cit", "op. cit.")) and ", " in ctitle:  # 'dans L’Empire, op. cit.': cited before
            ctitle = ctitle[:ctitle.rfind(", ")]
        if not re.fullmatch(r"(?:op\.\s*cit|cit|ed\.,?\s*op\.\s*cit)\.?", ctitle, re.I):
            rec["container-title"] = ctitle
        eds = box.get("editor") or roles.get("editor")
        if eds:
            rec["editor"] = eds
        elif box.get("author") and " et al" in container[:container.find(",") + 1 or 60]:
            rec["editor"] = box["author"]  # 'in Dutton et al., Sources of Vietnamese Tradition': a volume's editors, cited short
        elif box.get("author"):  # 'in A and B, Title': the book's authors, no editors named
            rec["container-author"] = box["author"]
        rec["type"] = "chapter"
        if "issue" in rec and not (eds or "publisher" in rec or "publisher-place" in rec):
            rec["type"] = "article-journal"  # 'dans Bulletin de la Diana, t. XXIX, n° 4': a journal's issue
        if container.lstrip().startswith("«") and not (rec.get("publisher") or rec.get("publisher-place")):
            _guillemet_journal(rec, container)  # Italian 'in «Studi storici», 1969, 3': a journal
            if locator and "issue" not in rec and "»" in text[-24:]:
                locator, label = _bare_issue(rec, text, locator, label)
            elif rec.get("issue") and "volume" not in rec:
                before_year = _NUMBER_THEN_YEAR.search(text)
                if before_year and before_year.group(1) == rec["issue"]:  # '«Studi storici», XX, 1979': the volume
                    rec["volume"] = rec.pop("issue")
        return rec, locator, label
    if rec.get("issue") and rest and "," not in rest and not marked_title(rest):
        rec.update({"type": "periodical", "title": rest})  # 'Minouvcheie, n° 5, Moscou, Phenix, 1991'
        return rec, locator, label
    _author_title(rest, rec)
    return _finish(rec, roles, bool(pub)), locator, label


_NEWSPAPER = re.compile(
    r"(?P<t>\*[^*]+\*|[\"“][^\"”]+[\"”]|‘[^’]+’)\s*,?\s*(?P<c>\*?[A-Z][^,()\d*]{2,40}?\*?),\s*"
    r"(?P<d>(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\.?\s+)(?:1[6-9]|20)\d\d)(?:,\s*(?P<pg>[A-Z]\d{1,3}))?\s*\.?$")


def _newspaper(rest: str, m: re.Match, rec: dict) -> dict:
    rec["type"] = "article-newspaper"
    rec["title"] = m.group("t").strip("*\"“”‘’ ,")
    rec["container-title"] = m.group("c").strip(" *")
    date = first_date(m.group("d"))
    if date:
        rec["issued"] = date
    before = rest[:m.start()].strip(" ,.")
    if before and _namelike(before):
        rec["author"] = _people(before)
    return rec


_TITLE_IN_BOOK_DE = re.compile(r",[^,]+,\sin:\s")  # 'Borst, Titel, in: Buch': not 'Hintze, in: Buch'
_CONTAINER_NUMBER = re.compile(r"(?<=[a-zß-ÿ.])\s(\d{1,3})$")
_BOOK_VOLUME = re.compile(r"(?:,\s*(?:seria|series|serie|série|Reihe)\s+(?P<s>[IVXLC]+|\d{1,3}))?"
                          r"(?:,\s*(?:t|tom|tome|vol|Bd|т)\.\s*(?P<v>[IVXLC]+|l|\d{1,4}))?$")
_VOLUME_WORD_PART = re.compile(r"[:,]\s*[Vv]olume\s+(?P<v>[IVXLC]{1,6}|\d{1,2})(?:\s*[-–:,.]\s*(?P<t>[A-Z][^:]{2,120}))?$")
_VOLUME_PART = re.compile(r",\s*(?P<v>[IVXLC]{1,6}|\d{1,2}):\s+(?P<t>[A-ZÀ-Þ][^:]{2,120})$")
# a title run into its page with no comma between: 'Anthony Beevor, Berlin: The Downfall pp. 406ff'
_RUN_INTO_PAGE = re.compile(r" pp?\.\s?[\dixv]")


def _book_run_into_page(short: dict, tail: str) -> bool:
    """An author named with a full given name, then a title and its page with no comma: the book itself, cited
    without imprint, not a short form (which gives the surname alone)."""
    people = short.get("author")
    if not people or not short.get("title") or not _RUN_INTO_PAGE.match(tail):
        return False
    for p in people:
        given = p.get("given", "")
        if len(given) < 3 or "." in given or not given[1:].islower() and " " not in given:
            return False
    return True


_EDITOR_SHORT_BOOK = re.compile(r"(?P<ed>[A-ZÀ-Þ][\w’'\-]+),\s+(?P<t>[A-ZÀ-Þ][^,]{1,80})")
_NAME_ONLY = re.compile(r"(?:[A-ZÀ-Þ]\.\s?){1,3}\s*(?:(?:[Dd]e|[Dd]i|[Ll]o|[Ll]a|[Ll]e|[Dd]el|[Vv]an|[Vv]on)\s+)?[A-ZÀ-Þ][\w’'\-]+|[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ][A-ZÀ-Þ’'\-]{2,}")
_AFTER_GUILLEMETS = re.compile(r"»\s*,?\s*(?:(?:a\.|anno)\s*[IVXLC\d]+,\s*)?(?:(?P<y>(?:1[5-9]|20)\d\d)\s*,?\s*)?"
                               r"(?P<n>[IVXLC]+|\d{1,4}(?:[-–/]\d{1,4})?)?\s*$")


def _undated_volume(rec: dict, text: str) -> None:
    at = text.find(rec["container-title"])
    m = _VOLUME_AFTER_NAME.match(text, at + len(rec["container-title"])) if at >= 0 else None
    if m:
        rec["volume"] = m.group(1)


_VOLUME_AFTER_NAME = re.compile(r"[,.]?\s+([IVXLC]{1,8}|[ivxlc]{1,7}|\d{1,4}),\s*(?=(?:pp?|S|s|pp)\.\s*\d)")
_NUMBER_THEN_YEAR = re.compile(r"»,\s*([IVXLC]{1,8}|\d{1,4}),\s*(?:1[5-9]|20)\d\d")
# '«Studi storici», 1969, 3': a bare number after the journal's year, with no 'p.', is its issue
_BARE_ISSUE_END = re.compile(r"»,\s*(?:1[5-9]|20)\d\d,\s*(\d{1,3})\.?$")


def _bare_issue(rec: dict, text: str, locator: str, label: str | None) -> tuple[str | None, str | None]:
    bare = _BARE_ISSUE_END.search(text.rstrip(), max(0, len(text) - 30))
    if bare and bare.group(1) == locator:
        rec["issue"] = locator
        return None, None
    return locator, label


def _guillemet_journal(rec: dict, container: str) -> None:
    rec["type"] = "article-journal"
    rec["container-title"] = container[container.find("«") + 1:container.find("»")].strip() or rec["container-title"]
    tail = _AFTER_GUILLEMETS.search(container)
    if tail and tail.group("y") and not rec.get("issued"):
        rec["issued"] = {"date-parts": [[int(tail.group("y"))]]}
    if tail and tail.group("n") and not rec.get("issue") and tail.group("n") != tail.group("y"):
        rec["issue"] = tail.group("n")


def _bare_book(rec: dict) -> bool:
    """'Kenneth Sinclair-Loutit, Very Little Luggage': one named author and a title-case title."""
    people, title = rec.get("author") or [], rec.get("title", "")
    if len(people) != 1 or not people[0].get("given") or "." in people[0]["given"]:
        return False
    words = [w for w in title.split() if w.lower() not in ("a", "an", "the", "of", "and", "in", "on")]
    return 2 <= len(words) <= 12 and all(w[:1].isupper() for w in words)


def _finish(rec: dict, roles: dict, published: bool) -> dict:
    if not published and _bare_book(rec):
        published = True
    if roles.get("editor"):
        rec.setdefault("editor", roles["editor"])
    if rec.get("type") == "article-journal" or rec.get("type") == "chapter" and rec.get("container-title"):
        return rec
    if rec.get("publisher", "")[:1] in _PAPER_FIRST and _PAPER_GIVEN.match(rec["publisher"]):  # '“Title,” paper presented at the … convention, Boston'
        rec["genre"] = rec.pop("publisher")
        rec["type"] = "paper-conference"
        return rec
    if rec.get("title", "")[:1] in _INTERVIEW_FIRST and _INTERVIEW.match(rec["title"]):
        rec["type"] = "interview"
    elif "genre" in rec and (_THESIS.search(rec["genre"]) or "diss." in rec["genre"]):
        rec["type"] = "thesis"
        if _UNIVERSITY.search(rec.get("publisher-place", "")) and not rec.get("publisher"):
            rec["publisher"] = rec.pop("publisher-place")  # 'Diss. phil., Universität Hamburg 1985'
    elif rec.get("URL") and not (rec.get("publisher-place") and rec.get("issued")):
        rec["type"] = "webpage"
    elif published or rec.get("URL"):  # a book with a link to a copy stays a book
        corporate = any("literal" in n and not personal_literal(n["literal"]) and not given_of_place(n["literal"])
                        for n in rec.get("author", []))
        rec["type"] = "report" if corporate or _REPORT.search(rec.get("title", "")) else "book"
    return rec


def _spanish_compound(name: dict) -> dict:
    """'Fernando Puell de la Villa' in a Spanish note (its letters need no accent): given, then a compound surname."""
    m = IBERIAN_LITERAL.fullmatch(name.get("literal", ""))
    return {"family": m.group("family"), "given": m.group("given")} if m else name


_GOST_VOL_TAIL = re.compile(r"(?<=\d)(?<!Т\.\s\d)(?<!Т\.\s\d\d)\.\s*(?:Т\.\s*(?P<t>\d+(?: \d)?|[IVXL]{1,6})(?:\.\s*(?:Кн|Вып|Ч)\.\s*(?P<k>\d+|[IVXL]{1,6}))?|(?:Кн|Вып|Ч)\.\s*(?P<k2>\d+|[IVXL]{1,6})(?:[.,]\s*(?:[Вв]ып|[Чч])\.\s*(?:\d+|[IVXL]{1,6}))?)$")
_GOST_VOL_MID = re.compile(r"\.\s*Т\.\s*(?P<t>\d+)(?:\.\s*(?:Кн|Вып|Ч)\.\s*\d+)?(?=\.\s)")
_GOST_SET = re.compile(r"[:.]?\s*[Вв]\s+(?P<n>\d{1,2})(?:-ти|-х)?\s*(?:тт|т|кн|вып|ч)\.(?=\s|$)")  # 'в 6-ти тт.'
_PRINTED_BY = re.compile(r",\s*(?:re)?(?:printed|published|issued)\s+by\s+(?P<p>[^,]{2,60}?)(?:\s+[Pp]ublishers?)?"
                         r"(?:,\s*(?:n\.\s?d|s\.\s?d|unknown\s+(?:date|year)[^,]*|no\s+date)\.?)?$")
_ROLE_WORDS = re.compile(r"\b(?:translated|edited|compiled)\s+by\b|,\s*(?:trans|ed|eds|tr)\.\s+[A-Z]")
_FORMAT = re.compile(r",\s*(?:Kindle|e-?book|EPUB|PDF)(?:\s+(?:edition|ed\.|version))?(?=\s*[,.]|$)", re.I)
_WEBSITE = re.compile(r"\b(?:Blog|Online|Website|Web|Forum|Wiki\w*)\b|\.(?:com|org|net|ru|de|fr)$", re.I)
_GOST_PLACE_END = re.compile(r"\.\s*(?:М|Л|СПб|К|Мн)\.?$")  # 'Орлов П. П. Мельницы. М., 1990': an imprint
_PART_BEFORE_IMPRINT = re.compile(r",\s*parte\s+(?P<p>prima|seconda|terza|quarta|primera|segunda|tercera|[IVX]{1,4}|\d{1,2})(?=\s*\()")
# the editor of a book an essay is in, the role without parentheses or after 'e.a.' (et al.): 'in: P. van Schie red., …'
_IN_EDITOR_BARE = re.compile(r"(?<=in:\s)(?P<who>(?:[A-Z]\.\s?){1,3}(?:(?:van|de|der|den|von|ter|te)\s+){0,2}[A-Z][\w’'\-]+)"
                             r"\s+(?:e\.\s?a\.\s+)?\(?(?P<r>eds?|red)\.\)?,")
_COLUMN_END = re.compile(r"[,;]\s*(?:coll?\.|colonn[ae]|Sp\.)\s*(?P<loc>\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:\s*(?:,|e|et|und|u\.)\s*\d{1,5})*)\.?$")
_COLLECTION = re.compile(r",\s*(?:coll\.|col\.|collana|collection)(?!\s*\d+[\s\d–\-.,]*$)\s*(?P<s>«[^»]{2,60}»|“[^”]{2,60}”|\"[^\"]{2,60}\"|[^,;()]{2,60}?)"
                         r"(?:,?\s*(?:n°|no|nº|n\.)\s*(?P<n>\d+))?(?=\s*[,;)]|$)")
_SERIES_VOLUME_WORDS = re.compile(r", (?:Bd|vol|t)\. ")  # ', Bd. ', ', vol. ', ', t. ': one scan
_SERIES_VOLUME = re.compile(r"\s*\((?P<s>[^\W\d_][^(),;]{2,80}),\s*(?:Bd|vol|t)\.\s*(?P<v>[IVXLC]+|\d{1,3})"
                            r"(?:,\s*(?:hrsgg?\.\s+von|hg\.\s+v\.|ed\.\s+by|éd\.\s+par|a\s+cura\s+di)\s+(?P<who>[^()]{3,60}))?\)")
_SERIES_AFTER_YEAR = re.compile(r"\((?:(?<=\d{4}\s\()|(?<=\d{4}\())(?!(?:vol|tome|Bd|Band|repr|first|orig|nouv|new|ed|éd)\b)"
                                r"(?P<s>[^\W\d_][^(),;\d]{2,80}?)\s(?P<n>\d{1,3}|[IVXL]{1,6}|[ivxl]{1,6})\)")
_CS_SV_NUMBERS = re.compile(r"(?<![\w.])(roč|č|årg)\.(?=\s?\d)")


def _cs_sv_number(m: re.Match) -> str:
    return "no." if m.group(1) == "č" else "vol."


_COLON_OP_CIT = re.compile(r":\s+(?=(?:op|loc|ob|art)\.\s*cit)")
_ROLE_COLON = re.compile(r"(\((?:Hrsgg?|Hgg?|eds?|Eds?|dir|red|ред|coords?|szerk)\.?\))\s*:\s+")
_TITLE_BY = re.compile(r"(?P<t>[A-ZÀ-Þ].+?),?\s+by\s+(?P<who>(?:[A-Z][\w.’'\-]*\s+){1,2}[A-Z][\w’'\-]+)$")
_YEAR_IN_PARENS = re.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)")  # Harvard's '(1990)' after the names
_MORE_EDITORS = re.compile(r"\s*/,\s*(?P<who>(?:[A-ZА-ЯЁ][\w.\s\-]*?)(?:,\s*[A-ZА-ЯЁ][\w.\s\-]*?)*)\s*$")
_ORDINAL_VOLUME = re.compile(r",\s*[Vv]ol\.?\s*(?P<v>\d{1,3}\.?º)")
# a series by name and number after the title, before the imprint: '…, Dumbarton Oaks Studies 9, 2 vols (Washington'
_SERIES_NUMBER = re.compile(r",\s(?P<s>(?!(?:Vol|Volume|Part|Book|Band|Tome|No)\s)[A-Z][\w’'\-]+"
                            r"(?:\s+(?:of|on|in|for|and|the|[A-Z][\w’'\-]+)){1,6})"
                            r"\s(?P<n>\d{1,4})(?P<vols>,\s*\d{1,2}\s+vols\.?)?$")


# a lecture series or a publisher's classics set named after the title: ', Sather Classical Lectures (Berkeley …'
_NAMED_SERIES = re.compile(r",\s(?P<s>(?:[A-Z][\w’'\-]*\s){1,4}(?:Lectures|Classics))(?=\s\()")


def _named_series_before_imprint(text: str, rec: dict) -> str:
    """'…, Jerome Lectures (Ann Arbor: …)', '…, Oxford World’s Classics (…)': the series, not part of the title
    (not 'Smith, The Gifford Lectures (…)', the title itself)."""
    series = _NAMED_SERIES.search(text)
    if series and "collection-title" not in rec and ", " in text[:series.start()] and series.group("s")[:4] != "The ":
        rec["collection-title"] = series.group("s")
        text = text[:series.start()] + text[series.end():]
    return text


def _numbered_series_before_imprint(text: str, rec: dict) -> str:
    """The text without a series named with its number before the imprint, which goes in `rec`."""
    i = text.find(" (")
    head = text[:i]
    paren = text[i + 2:text.find(")", i)]
    if not (head[-1:].isdigit() or head.endswith(("vols", "vols."))) \
            or not (": " in paren or is_place(paren.split(",")[0])):
        return text  # an imprint, not a journal's date ('Journal of … 31 (Spring 1970)')
    m = _SERIES_NUMBER.search(head, max(0, i - 120))
    if not m or head.count(", ", 0, m.start() + 2) < 2 or rec.get("collection-title") \
            or marked_title(head[:m.start()]):
        return text  # the names and the title come first; '“Title,” Journal 83 (1978)': an article's journal
    rec["collection-title"], rec["collection-number"] = m.group("s"), m.group("n")
    return head[:m.start()] + (m.group("vols") or "") + text[i:]


_ORDINAL_SERIES = re.compile(r",\s*\d{1,2}\.?ª\s*[Ss][ée]rie")
_DEEL = re.compile(r",\s*(?:deel|dl\.)\s*(?P<v>\d{1,3}|[IVXLC]{1,6})(?![\w.])")
# the page cited ('S.' transliterates 'С.'), or the book's length: '… 2011. S. 45', '… 2005. 333 p.'
_LATIN_GOST_PAGE = re.compile(r"\.\s+(?:[PS]\.\s*\d[\d\s,–—-]*\.?|\d+\s+p\.?)$")
# GOST in Latin letters with no page: 'Conquest R. The Great Terror. Harmondsworth, 1971' (surname, initials, title,
# then the town and year after a full stop); a Western name never sets its initials after the surname without a comma
_LATIN_GOST_BOOK = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s(?:[A-Z]\.\s?){1,3}\s?[A-Z].*\.\s[A-Z][\w\s.,:;&’'-]{2,60},\s(?:1[5-9]|20)\d\d\.?")
_YEAR_ROMAN_VOL = re.compile(r"(?<=, (?:1[5-9]|20)\d\d)(?<![»”\"*], (?:1[5-9]|20)\d\d),\s*(?P<v>[IVXLC]{1,6})$")  # 'Madrid, 1956, I'
_SERIES_BEFORE_YEAR = re.compile(r",\s*«\s*(?P<s>[^«»]{2,60}?)\s*»(?=\s*,\s*(?:1[5-9]|20)\d\d\b)")
_YEAR_SLASH_YEAR = re.compile(r"(?<=\d{4})/(?=(?:(?:1[5-9]|20)\d\d|\d\d)$)")  # '1999/2000', '1988/89'
_FIRST_PAGE_END = re.compile(r"(?<=[a-z])\s(\d{1,4})$")
_PAGE_AFTER_EDITORS = re.compile(r",\s*(?!1[5-9]\d\d|20\d\d)(\d{1,4})$")
_CHAPTER_PAGES = re.compile(r",\s*((?!1[4-9]\d\d|20\d\d)\d{1,4}\s*[-–]\s*\d{1,4})$")  # not a title's '1900–1950'
_VOLUME_LAST = re.compile(r"\s(\d{1,4})$")
_LOW_ROMAN_END = re.compile(r"\s((?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))$")  # a numeral, not 'civil'
_LOW_ROMAN_LAST = frozenset("ivxlc")
_IN_JOURNAL = re.compile(r"(?<=[.”“\"»«])\s+(?:[Ii]n:?|dans)\s+(?=\S)")


# the journal named after an article's quoted title: '‘Title’, Historical Journal' (British style)
_QUOTED_THEN_JOURNAL = re.compile(r"(?<=[’”\"]),\s*(?P<j>[A-Z][^,’”\"()]{2,80})$")
_ROMAN_NUMBER = re.compile(r"[IVXLC]{1,8}")
# the same, an apostrophe inside its words allowed ('Naukovyi visnyk Mykolaïvs’koho …')
_QUOTED_THEN_NAME = re.compile(r"(?<=[’”\"]),\s*(?P<j>[A-Z](?:[^,’”\"()]|(?<=\w)’(?=\w)){2,80})$")


_VOLUME_LABELS = frozenset(("t", "T", "tome", "Tome", "vol", "Vol", "Bd", "Jg", "Т", "т", "Tom", "tom"))
_TITLE_THEN_NAME = re.compile(r"(?P<h>[^‘“\"]*[‘“\"][^’”\"]+[’”\"])[.,]?\s+(?P<j>[A-Z][^‘’“”\"]+)")
_ERA_END = re.compile(r"(?:\d|BCE?|B\.C\.)\s*[-–]?\s*(?:AD|A\.D|CE|C\.E)\.?$")  # not the journal 'AD'


def _journal(rest: str, j: re.Match, rec: dict, locator, label):
    head = rest[:j.start()].strip(" ,.")
    inside = _IN_JOURNAL.search(j.group("j"))
    if inside:  # 'Die Realisierung des Utopischen. In: Geschichte und Gesellschaft 9 (1983)'
        head = f"{head}, {j.group('j')[:inside.start()]}".strip(" ,.")
    journal = j.group("j")[inside.end():] if inside else j.group("j")
    if "’" in journal or "”" in journal or '"' in journal:
        after_title = _TITLE_THEN_NAME.match(journal.strip())
        if after_title:  # 'Hill, C. ‘The Norman yoke’. Past and Present 5 (1954)': the quoted title before the journal
            head, journal = f"{head}, {after_title.group('h')}".strip(" ,"), after_title.group("j")
    journal = re.sub(r"^(?:in:?|dans|[iwв]:|(?-i:en|em))\s+", "", journal.strip(" ,.*"), flags=re.I).strip(" *«»“”\"")
    if journal in _VOLUME_LABELS and ", " in head:  # '…, Revue de Synthèse, t. VII (1934)': the label, not the journal
        head, journal = head.rsplit(", ", 1)
        journal = journal.strip(" *«»“”\"")
    vol = j.group("v1") or j.group("v2") or j.group("v3") or j.group("v5") or j.group("v6")  # v6: '10 (4) (1986)'
    issue = j.group("i1") or j.group("i2") or j.group("i3") or j.group("i4") or j.group("hi") or j.group("i6")
    number = _VOLUME_LAST.search(journal) if j.group("v3") and not issue else None
    if number:  # 'Farm Studies 12, 3 (1990)': volume 12, issue 3
        vol, issue, journal = number.group(1), vol, journal[:number.start()]
    elif j.group("v3") and not issue and journal[-1:] in _LOW_ROMAN_LAST:
        roman = _LOW_ROMAN_END.search(journal)
        if roman:  # 'Current Archaeology vii 4 (No. 75, 1981)': volume vii, issue 4
            vol, issue, journal = roman.group(1), vol, journal[:roman.start()]
    roman = _QUOTED_THEN_JOURNAL.search(head) if vol and not issue and journal[-1:] in _VOLUME_END else None
    if roman and (_ROMAN_NUMBER.fullmatch(journal) or journal.isdigit() and len(journal) <= 4):
        # 'Historical Journal, XXVI, I (1983)', 'Journal of Modern History, 44, 4 (1972)': the volume, then the issue
        vol, issue, journal = journal, vol, roman.group("j")
        head = head[:roman.start()]
    elif vol and ("’, " in head or "”, " in head) and head[-1:] not in "’”":
        series = _QUOTED_THEN_NAME.search(head)
        if series and not is_place(series.group("j")):  # '‘T’, Naukovyi visnyk, Istorychni nauky 21 (2008)'
            journal, head = f"{series.group('j')}, {journal}", head[:series.start()]
    eds = editors_not_journal(journal) if journal[:2] == "ed" else None
    inside = _IN.search(head) if " in" in head or " dans " in head else None
    if eds and inside:  # '‘Guilds’, in Medieval Towns, ed. Jones, M., ii (1998)': a chapter in an edition in volumes
        rec.update({"type": "chapter", "container-title": head[inside.end():].strip(" ,"), "editor": eds})
        head, journal = head[:inside.start()], ""
    elif eds:  # 'Gesta Abbatum, ed. Riley, H. T., i (1867)': an edition in volumes, its editor, no journal
        rec.update({"type": "book", "title": head, "editor": eds})
        journal = ""
    elif inside and head.endswith(")") and _EDS.search(head, inside.end()):
        box = {}  # '‘Guilds’, in Jones, M. (ed.), Medieval Towns, ii (1998)': the book's editors, then the book
        _author_title(head[inside.end():] + ", " + journal, box, True)
        if box.get("editor") and box.get("title"):
            rec.update({"type": "chapter", "container-title": box["title"], "editor": box["editor"]})
            head, journal = head[:inside.start()], ""
        else:
            rec.update({"type": "article-journal", "container-title": journal})
    else:
        rec.update({"type": "article-journal", "container-title": journal})
    if vol:
        rec["volume"] = vol
    if j.group("pt"):  # 'vol. 12, pt. 3 (1990)': the volume's part
        rec["part-number"] = j.group("pt")
    if issue:
        rec["issue"] = issue
    d = j.group("d")
    date = first_date(_YEAR_SLASH_YEAR.sub("–", d) if "/" in d else d)  # '(1999/2000)': a volume's two years
    if date:
        rec["issued"] = date
    if j.group("p"):
        if locator is None:
            locator, label = dash(j.group("p")), "page"
        else:
            rec["page"] = dash(j.group("p"))
    if head:
        m = marked_title(head + " ")
        box: dict = {}
        _author_title(head, box)
        rec.update({k: v for k, v in box.items() if k in ("author", "title")})
        if m is None and "title" in box and "author" not in box:
            rec["title"] = box["title"]
    elif j.group("v2") and date and len(date["date-parts"][0]) == 3:
        rec["type"], rec["title"] = "periodical", rec.pop("container-title")
    if " in " in journal and (rec.get("author") and "title" not in rec or rec.get("title") == head):
        _title_in_journal(rec, head)
    return rec, locator, label


_TITLE_IN = re.compile(r"(?P<t>[A-ZÀ-Þ][^,;:()«»“”\"]*?\s(?-i:[a-zß-ÿ]{5,})\s[^,;:()«»“”\"]*?)\s+in\s+(?P<j>[A-ZÀ-Þa-z][^,;:()]{2,80})")


def _title_in_journal(rec: dict, head: str) -> None:
    """Italian and German 'A. ROSSI, Un ritratto sconosciuto in Japigia, IV (1933)': the article's title, unmarked,
    joined to its journal by 'in' (a word in lower case in the title sets it apart from a journal's name such as
    'Studies in Philology')."""
    m = _TITLE_IN.fullmatch(rec["container-title"])
    if m and len(m.group("t").split()) >= 3:
        if rec.get("title") == head:  # the name alone before the title: 'S. A. LUCIANI'
            if not _NAME_ONLY.fullmatch(head):
                return
            rec["author"] = _people(head)
        rec["title"], rec["container-title"] = m.group("t"), m.group("j")


def _journal_hint(rest: str) -> bool:
    for m in _JOURNAL_HINT.finditer(rest) if "(" in rest else ():  # it opens on '('
        before = rest[:m.start()].rstrip()
        before = before[:-1].rstrip() if before.endswith(")") else before
        if before[-1:] and before[-1] in _VOLUME_END:
            return True
    return False


_VOLUME_END = frozenset("0123456789IVXLCivxlc")


def _journal_issue(tail: dict, rec: dict) -> dict:
    _author_title(tail["head"], rec)
    rec.pop("container-title", None)
    rec.update({"type": "article-journal", "container-title": tail["journal"]})
    rec.update({k: tail[k] for k in ("volume", "issue") if tail.get(k)})
    date = first_date(tail["date"])
    if date and len(date["date-parts"]) > 1 and not months_kept(tail["date"]):  # 'July/August 2014': the year
        date = {"date-parts": [date["date-parts"][0][:1]]}
    if date:
        rec["issued"] = date
    return rec


_LETTER = frozenset("lettre letter letters brief carta lettera письмо".split())


def _monthly_name(title: str) -> bool:
    """'Encounter', 'Partisan Review': a magazine's name before an English month ('Commentary, March 1963'), not a
    person's or a place's, nor a document's."""
    return paper_name(title.strip()) and not is_place(title.strip()) and not _LETTER_NAMED.fullmatch(title.strip())


def _newspaper_issue(issue: dict, rec: dict) -> dict:
    if issue.get("byline") or issue.get("editorial"):  # 'James Reston, New York Times, …': the writer, no title
        if issue.get("byline"):
            rec["author"] = [parse_name(issue["head"])]
        rec.update({"type": "article-newspaper", "container-title": issue["paper"], "issued": issue["date"]})
        return rec
    if issue["head"]:
        _author_title(issue["head"], rec)
        rec.pop("container-title", None)
    rec.update({"type": "article-newspaper", "container-title": issue["paper"], "issued": issue["date"]})
    if issue["issue"]:
        rec["issue"] = issue["issue"]
    if issue.get("place"):
        rec["publisher-place"] = issue["place"]
    if rec.get("author") and not rec.get("title"):
        rec.pop("author")  # 'Le Monde, …': the paper, not a person
    elif issue.get("led") and rec.get("title") == issue["head"] and _SURNAME_ALONE.fullmatch(issue["head"]):
        name = parse_name(issue["head"])  # Hungarian 'Kosák Dezső': family name, then a given name it knows
        rec["author"] = [name if name.get("family") == issue["head"].split()[0] else {"family": issue["head"]}]
        rec.pop("title")  # 'Largo, en Renovación, 28-IX-33', 'Largo Caballero': who wrote in the paper
    return rec


_SURNAME_ALONE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿőű’'\-]{2,}(?:\s[A-ZÀ-Þ][a-zß-ÿőű’'\-]{2,})?")  # 'Largo Caballero' too
