"""Footnotes citing secondary works -> citations (CSL records with their locators).

`parse_note` finds every citation in one note's prose; `parse_notes` reads a document's notes in
order, resolving 'Ibid.' and short forms to the earlier full citation and merging repeats.
A note is cut into citation texts by `note_split`, each text is read here (`_one`) with
`cite_one.parse_citation`, its record finished and judged by `note_records`, and a document's
citations linked by `note_links`.
"""

from __future__ import annotations

import re
from copy import deepcopy

from .cite_journal import magazine
from .cite_news import _paper_name as paper_name, names_a_day
from .cite_one import _CHRONICLE_BOOK, IDEM_ROLE, LETTERS, SUB_VERBO, parse_citation, without_gost_genre, without_rank
from .cite_people import _DIGIT, _SPANISH_GIVEN, RU_SHORT, SPANISH_LETTER, _iberian_letters, citation_start, prose_lead
from .cite_trailers import drop_remarks, take_trailer
from .cite_legal_de import plain_names
from .cite_editions_de import edition_after_work, in_collected_edition
from .note_languages import (french_work_of, german_legal_note, german_volume_of, italian_essay_in_journal,
                             italian_journal_issue, polish_nominative, reprints, russian_front_matter, russian_tail)
from .note_abbreviated_titles import comma_after_author, in_abbreviated_collection, latin_genitive, without_anonymous
from .note_bylines import italian_named_work, title_byline
from .note_short_volumes import volume_at_title_end
from .note_volume_in_prose import volume_of_work
from .note_imprint_forms import dutch_imprint, format_at_end, school_as_printed, thesis_school
from .note_citation import NoteCitation
from .note_author_date import in_text_references
from .cite_abnt import abnt_author_ends
from .note_author_in_periodical import author_in_periodical
from .note_hungarian_short import hungarian_title_short
from .note_journal_volume import journal_by_volume
from .note_contributions import contribution_in_edited
from .note_in_ibid import IBID_WORDS, in_ibid
from .cite_roles_more import roman_volume_at_end, space_before_in
from .note_en_forms import (abbreviated_title, article_is_no_name, contributors, film, front_matter_to, older_english,
                            possessive_author, possessive_work, title_after_lead_in,
                            roman_volume_page, siglum_by_chapters, society_periodical, with_author)
from .note_frame import trimmed
from .note_short_forms import ancient_by_sections, next_short_form, title_cut_short, date_only, inscription_corpus, name_volume_page, next_part, series_siglum
from .note_links import NoteLinks, _compound_surnames
from .note_records import (_AUTHOR_DATE_FIELDS, _CLAUSE, _PROSE_VERB, _anonymous, _article_in_parens, _author_title_year,
                           _dated_issue, _gost_author, _imprinted, _initials_as_printed, _interviewed, _is_citation,
                           _journal_by_volume, _later_year_issued, _place_of_a_lost_year, _prose, _prose_words,
                           _title_after_parse, _title_as_author, _volume_after_title, _volume_before_imprint)
from .note_split import (_IBID_FIRST, _after_cues, _chunks, _ibid, _outside_quotes, _split_and,
                         _split_depth0)
from .note_paren_short import short_forms_in_parentheses
from .note_whole import opening_work, whole_note_work
from .note_op_cit import NAME_OP_CIT, as_op_cit, name_op_cit
from .note_paper_issues import issues_of_days, next_issue
from .note_own_work import OWN_HINT, own_work_lead
from .cite_lexicon_entry import as_entry, entry_after_column
from .cite_series_end import series_closing_title
from .note_front_matter import FRONT_MATTER_HINT, as_front_matter, front_matter_by
from .note_dates_ru import issue_months_ru
from .notes_prose import (_PARTICLE, _SIGLUM_NOTE, _SMALL, _WHO, _YEAR_PAGE, _author_date_in_prose, _book_in_prose,
                          _prose_works, _year_ref, genitive_works, italian_work_in_prose)
from .cite_parts import dash, first_date, is_place, marked_title, nominative, take_locator
from .names import parse_name, parse_names
from ..model import key_base

_NUMBER = re.compile(r"^\s*(?:\(\s?['’]\s?\)|['’](?=\s)|\[\d{1,4}:(?=\s[^\]]*\]\s*$)|(?:\d{1,4}\.?\s*)?↑(?:\s*\d{1,2},\d{1,2})*|\[\^?\d{1,4}\.?\]\.?:?|\[\[\d{1,4}\]\]|(?i:(?:page|hoofdstuk|chapter|chapitre|kapitel|capitolo|cap[íi]tulo)\s+(?:\d{1,4}|[ivxlc]{1,7}),?\s+(?:note|noot|nota|anm\.)\s+\d{1,3}\.?)|(?i:(?:nota|note|noot|anm\.|fn\.)\s+\d{1,4}\s*:)|\d{1,4}\[\d{1,4}\]|\(\d{1,4}\)|\^\d{1,4}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,4}\)(?=\s)"
                     r"|\d{1,4}(?:-\d+|\.\d{1,2})?\.?(?=\s)|\d{1,4}\s*\n"
                     # a number run into the text: '2.See Wilma …', '84Bürger, Gottfried …'
                     r"|\d{1,3}\.(?=[A-ZÀ-Þ\u0410-\u042f“‘\"«])|\d{1,3}(?=[A-ZÀ-Þ\u0410-\u042f][a-zß-ÿ\u0430-\u044f])"
                     r"|\d{1,3}(?=(?:[A-ZÀ-Þ]\.\s?){1,3}[A-ZÀ-Þ][a-zß-ÿ]))\s*")  # '186N. Gottwald', '6C. A. Bayly': run into initials
# a hyphen at a line's end after a letter: a word broken ('Ita-⏎liana'), or a compound ('Anglo-⏎American')
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")


def _joined(m: re.Match) -> str:
    """A word's two parts run together; a compound's keep their hyphen."""
    return "" if m.string[m.end()].islower() else "-"


# a page's second numbering after the note's own: '1. 1).', '141\n\n141', '35\n\n1. Белинский'
_SEE_LOCATOR = re.compile(r"(?<=[a-zа-яё]\. )См\.\s+(?=(?:гл|[сСрР])\.\s*\d)")
_MORE_PAGES = re.compile(r"\s\d{1,4}(?:\s?[-–]\s?\d{1,4})?\.?\s*")
_PAGES_END = re.compile(r"\bp\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?\s?$")
_CHAPTER_NUMBER = re.compile(r"\d{1,3} (?=[A-ZÀ-Þ\u0410-\u042f][a-zß-ÿ\u0430-\u044f\u0410-\u042f])")
_SECOND_NUMBER = re.compile(r"^\s*(?:\d{1,4}\)\.?|\[\d{1,4}\]\.?|\d{1,3}\.(?=\s)|\d{1,4}(?=\s*\n)|\d{1,4}\s*[—–](?=\s))\s*")
_REVISION = re.compile(r",?\s*which\s+is\s+an?\s+(?:revised|translated|abridged|shortened)"
                       r"[\w\s]*?\s+(?:version|translation|edition)\s+of\s+", re.I)
_IDEM = re.compile(r"(?<!\S)(?<!in:\s)(?<!in\s)(?<!\bdans\s)(?<!\ben\s)(?<!\ben:\s)(?:(?:idem|eadem|ead\.|id\.|ders\.|dies\.|он\s+же|она\s+же|týž|tatáž|tenže|tenże|tejże)(?:\s*\([^()]{1,12}\))?\s*[,:]|the\s+same\s+author[’']s"
                   r"|(?:он|она|они|его|её|ее|их)\s+же\.)\s*(?=\S)", re.I)  # GOST 'Он же. Title', 'Его же. Title': a full stop after it
_IDEM_WORDS = ("idem", "eadem", "ead.", "id.,", "ders.", "dies.", " же", "same author", "týž", "tatáž", "tenže", "tenże", "tejże")


def _idem_word(low: str) -> bool:
    """One of _IDEM_WORDS is in `low` (spelled out: quicker than any() over them; keep them in step)."""
    return ("idem" in low or "eadem" in low or "ead." in low or "id.," in low or "ders." in low or "dies." in low
            or "same author" in low or not low.isascii() and ("ж" in low and " же" in low or "ž" in low and ("týž" in low or "tatáž" in low or "tenže" in low)
                                                               or "ż" in low and ("tenże" in low or "tejże" in low)))


_APPENDIX = re.compile(r"\bappendix\s+(?P<n>\w+)\s+(?:of|in)\s+", re.I)


_EG_BEFORE_PAGE = re.compile(r"\(e\.\s?g\.\)\s*(?=\d)")


_FRONT_MATTER_LEAD = re.compile(r"(?P<part>introduction|préface|postface|avant-propos)\s+(?:à|de)\s+(?=[A-ZÀ-Þ])", re.I)
_FRONT_MATTER_OF_VOLUME = re.compile(
    r"(?P<who>[A-ZÀ-Þ][\w’'\-]+(?:\s+[A-ZÀ-Þ][\w’'\-]+){0,2})\s+dans\s+(?:l['’]|la\s+)"
    r"(?P<part>introduction|préface|postface|avant-propos)\s+(?:au|du)\s+(?:tome|volume|vol\.)\s*(?P<v>\d{1,3}|[IVXLC]{1,6})"
    r"\s+d[eu]\s+(?:la\s+|l['’]|les\s+)?(?P<t>[^,;]{2,80}?)(?P<loc>,\s*(?:pp?\.|S\.)\s*\d.*)?$")


def parse_note(text: str) -> list[NoteCitation]:
    """Every citation in one footnote, in order."""
    if not isinstance(text, str) or not text.strip():
        return []
    try:
        return _parse(text)
    except (ValueError, IndexError, KeyError, TypeError, AttributeError, RecursionError):
        return []


_HU_MONTHS = ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
              "október", "november", "december")
_HU_DATE = re.compile(r"(?<![\d.])((?:1[6-9]|20)\d\d)\.\s(" + "|".join(_HU_MONTHS) + r")\s(\d{1,2})\.")
_HU_AND_NEXT = re.compile(r"(?<=[\d.]),\s+és\s+(?=[A-ZÀ-Þ])|,\s+és\s+(?=[A-ZÀ-Þ][\w’'\-]+:\s)")


def _hu_date(m: re.Match) -> str:
    """'1956. október 29.' as '29.10.1956.', the order the date readers know."""
    return f"{m.group(3)}.{_HU_MONTHS.index(m.group(2)) + 1}.{m.group(1)}."


_MENU_AFTER_PAREN = re.compile(r"\)[A-ZÀ-Þ][^()|]{0,30}(?:\s\|\s[^()|]{1,30})+$")
_ANCIENT_NAME = re.compile(r"[A-Z][a-z]+\s[A-Z][a-z]+")
_OCR_BULLET_BREAK = re.compile(r"(?<=[a-z])•\s+(?=[a-z])")


def _parse(text: str) -> list[NoteCitation]:
    text = text.replace("<<", "")
    if text[:1] == "i" and _OCR_ONE.match(text):
        text = text[_OCR_ONE.match(text).end():]  # 'i. J. Murray (ed.), …': OCR read the note's '1' as 'i'
    elif text[:3] == "I) ":
        text = text[3:]  # 'I) F. PHILIPPI, …': OCR read the note's '1)' as 'I)'
    if text[-1:] == "-" and text[-2:-1].isdigit():
        text = text[:-1]  # '…, p. 302-': a hyphen the line's end left after the page
    if text[:2] == "(*":  # '(*) Capelle …': a note marked by an asterisk, not a number
        text = text.lstrip("(*) ")
    elif text[:1] == "*" and text[1:2].isupper() and text.count("*") == 1:
        text = text[1:]  # '*Shmuel Galai, The Liberation Movement …': an asterisk for the note's number, no italics
    number = _NUMBER.match(text)
    if number:
        text = text[number.end():]
        if number.group(0).rstrip().endswith(":") and text.rstrip().endswith("]"):
            text = text.rstrip()[:-1]  # '[15: Cour des pairs. …]': the note inside its number's brackets
        if "\n" in number.group(0) or text[:1].isdigit() or text[:1] == "[":
            text = _SECOND_NUMBER.sub("", text, 1)
            if text[:1].isdigit() and "\n" in number.group(0):  # '107\n1 Ленин В.И. …': the chapter's own number
                text = _CHAPTER_NUMBER.sub("", text, 1)
    if text[:2] == "p." and _PAGE_KEY.match(text):  # 'p. 21. Games: Augustine, …': the page and topic keyed to
        text = _TOPIC.sub("", _PAGE_KEY.sub("", text, 1))  # '…, 6.8. Banning by Constantine: Jones, …': more topics
    broken = "\n" in text  # a line break (one quick look): the next two rules need one
    if broken and "\n," in text:
        text = _ITALIC_LINE.sub(_quoted_after_words, text)  # 'Weizsäcker, anotación del …,⏎Papiere⏎, p. 221'
    if broken and ("-\n" in text or "- \n" in text):
        text = _BROKEN_WORD.sub(_joined, text)  # 'Rivista Storica Ita-⏎liana': a word the line's end broke
    if "•" in text and "• " in text:  # the bullet alone first: one quick look
        text = _OCR_BULLET_BREAK.sub("", text)  # 'Lon• don', 'pol• itics': OCR read a line-end hyphen as a bullet
    text = trimmed(_spaced(" ".join(text.split())))
    text = without_gost_genre(text)  # '…: учеб. пособие. Уфа': no sentence to end there
    if ". " in text:
        text = _RUN_IN_NUMBER.sub(".;", text)  # '… 1928. 47И.Сталин, т. 11': the next notes, run into this one
        if ")" in text:
            text = _RUN_IN_AFTER_YEAR.sub("); ", text)  # '… (2007)4. C. Freeman, …': the next note, after an imprint
        if "ber " in text or "us " in text or "á" in text and "ár " in text or "ilis " in text:
            text = _HU_DATE.sub(_hu_date, text)  # Hungarian '1956. október 29.': year, month, day
    if "|" in text and " | " in text:
        text = _MENU_AFTER_PAREN.sub(")", text)  # '(Kampen 1995)Afmelden | Aanmelden': a web page's menu glued on
    if text[:1] == "«" and "» — " in text:
        quote = text.find("» — ")
        if quote > 80 and ". " in text[:quote]:  # '«Hic est modus … etc.» — Delizie degli Eruditi, tomo XI': a passage, then its source
            text = text[quote + 4:]
    if "cit. in " in text:  # Italian and Portuguese 'cit. in': the work the words are quoted from
        text = _CIT_IN.sub("quoted in ", text)
    if "compte rendu" in text:  # French 'voir notre compte rendu, Annales, 1953': the review is in the journal named
        text = _OWN_REVIEW.sub("", text)
    if "b" in text and "bl" in text and _DUTCH_PAGE.search(text):  # Dutch 'bl. 533', 'blz. 12', 'bladz. 5': the page
        text = _DUTCH_PAGE.sub("p. ", text)
    if ", ep. " in text:  # '…, vol. III, ep. 48, pag. 422-32': the letter's number in a collection, before its page
        text = _LETTER_NUMBER.sub("", text)
    if " t. " in text:  # older Italian 'Istorie Pistoiesi anonime t. I, p. 374': the volume with no comma before it
        text = _BARE_TOME.sub(", t. ", text)
    if "z" in text and "zit. n" in text:  # German 'Mann zit. n. Glatzer: …' (zitiert nach): the work the words are quoted from
        text = text.replace("zit. n. ", "quoted in ").replace("zit. nach ", "quoted in ")
    if "—" in text and ".—" in text:  # older French notes run their citations on with '.—': each one its own segment
        text = _DOT_DASH_NEXT.sub("; ", text)
    if ", o " in text or ", ou " in text or ", oder " in text:
        text = _OR_NEXT_WORK.sub(r"\g<pages>; ", text)  # 'Memorias I, pp. 496, 503, o Diarios …': the other work to see
    if ";" in text and "; " in text and ", S. " in text:
        text = edition_after_work(text)  # '«Was tun?» [1902]; LAW Bd. 1, S. 292': the work, then the edition it is in
    if "é" in text and ", és " in text:
        text = _HU_AND_NEXT.sub("; ", text)  # Hungarian '…, 1956. október 29., és Gosztonyi: …': the next citation
    if "；" in text or "。" in text:  # Chinese and Japanese notes: '；' separates, '。' ends a citation
        text = text.replace("；", ";")
        text = _CJK_STOP.sub("。;", text)
    if "{" in text and "}" not in text:  # '{Boll. d'Arte, 1919).': OCR read the parenthesis as a brace
        text = text.replace("{", "(")
    if ";" in text and ("; repr. in " in text or "; reprinted in " in text):  # '(Cambridge: …, 1978; repr. in P. A. Brunt, Roman Imperial Themes (Oxford: …, 1990),
        text = _REPRINT_INSIDE.sub(r"\g<y>); \g<w>", text)  # 288–323)': the reprint, a citation of its own
    if "(" in text and "(e." in text:  # 'Wiseman 1994a: (e. g.) 339, 346': the gloss before the pages
        text = _EG_BEFORE_PAGE.sub("", text)
    if "'" in text and "''" in text:  # two apostrophes set for a double quotation mark
        text = text.replace("''", '"')
    if "’" in text and "’’" in text or "‘" in text and "‘‘" in text:  # two single marks set for a double one: '…Self-Sacrifice,’’ in …'
        text = text.replace("’’", "”").replace("‘‘", "“")
    if _DASH_ROMAN.search(text) and _ROMAN_MONTH_DATE.search(text):
        text = _ROMAN_MONTH_DATE.sub(_dotted_date, text)  # Spanish 'Renovación, 28-IX-33': a paper's day
    if ("—" in text or "–" in text) and ("—" in text and ". — " in text or ". – " in text):  # '…, p. 157. — Vita Innoc. III, p. 488': the next citation after a page
        text = _PAGE_DASH_NEXT.sub(r"\g<page>.; ", text)
        if ". — " in text or ". – " in text:  # older Italian '… dalle origini al 1313. — Villari, Il Comune …': the next work, by its author
            text = _DASH_NEXT_AUTHOR.sub(".; ", text)
    if "…" in text and "… " in text:  # 'Деяния Петра Великого… М., 1837': the title's ellipsis, then its full stop before the place
        text = _ELLIPSIS_IMPRINT.sub("….", text)
    if "(" in text and " (" in text and not text.isascii():
        text = issue_months_ru(text)  # 'New Left Review, 46 (июль – август 2007 года)': the issue's year
    if " by " in text:  # '…; translated by Colonel Henry Yule': the contributor of the work before
        text = contributors(text)
    if " by " in text or "vol. " in text or ".B." in text or ".S." in text or "M.P." in text:
        text = older_english(text)  # 'Henry Yule, C.B. Second edition, London, 1875, vol. ii., p. 235'
    if "п" in text and "; пер. " in text:  # '…, с. 147; пер. Т. А. Миллер': the translator of the work just cited
        text = text.replace("; пер. ", ", пер. ")
    if " ," in text:  # 'El final de la Guerra Civil , Madrid': a space set before the comma
        text = text.replace(" ,", ",")
        if " in, " in text:
            text = _IN_EMPTY.sub(" in ", text)  # '‘Title’, in , Stone, Book': a linked name the page left out
    if "é" in text and "spécial " in text:  # 'Annales ESC, no spécial Histoire et sciences sociales, novembre 1989': a special issue's
        text = _SPECIAL_ISSUE.sub("", text)  # title, which the citation of its article leaves out
    if "é" in text and " numéro" in text:  # '…, reproduit dans le présent numéro : « … », p. 725-796': this issue, no work cited
        text = _THIS_ISSUE.sub("", text)
    if "<" in text and "(<" in text:  # 'in (<Nuova Rivista Storica», 1967)': OCR read the opening guillemet as '(<'
        text = _OCR_GUILLEMET.sub("«", text)
    if "(" in text and "(articolo " in text:  # Italian '(articolo nella Rivista d'Italia, 1916)': the journal the article is in
        text = _ARTICLE_IN_PARENS.sub(r", in «\g<j>», \g<y>", text)
    if "j" in text and "j," in text and "(" in text:  # 'M. Sot (dirj, Title': OCR read the role's '.)' as 'j'
        text = _ROLE_OCR.sub(r"(\1.),", text)
    if "(" in text and "( " in text or ")" in text and " )" in text:  # a text layer's spacing: '( 1981 ): 607', '(Geneva, 1975 )'
        text = text.replace("( ", "(").replace(" )", ")")
    if (". c" in text or ".c" in text) and _LOCO_CITATO.search(text):  # 'Borst, l. c., S. 21', OCR '1. c': loco citato, as 'op. cit.'
        text = _LOCO_CITATO.sub(", op. cit.", text)
    if ("'" in text or '"' in text) and (" '1" in text or ' "1' in text):  # 'Kaisergesch., \'1908, Ndr. "1983': edition numbers OCR read as quotes
        text = _EDITION_MARK.sub("", text)
    if "b" in text and "(ebd" in text:  # 'P. Herde (ebda.), S. VIII': the author's piece in the work just cited
        text = _EBDA_AFTER_NAME.sub("", text)
    if " in " in text and " (ed" in text:  # 'Theses on Feuerbach in D. McLellan (ed.), …': an italic title lost its marks
        text = _IN_EDITED.sub(", in ", text)
    if "v" in text and " above" in text and ", note" in text:  # British 'Nutton, op. cit., note 3 above, p. 17': the note citing it in full
        text = _NOTE_ABOVE.sub("", text)
    if ", supra" in text:  # law-review 'Henkin, supra note 6, at 855': a work cited in an earlier note, as 'op. cit.'
        text = _SUPRA.sub(lambda m: ", op. cit." + (", " if m.group("at") else ""), text)
    if ")" in text and (") and " in text or ") et " in text):  # '(Paris, 1953) and Bloch, Marc, Apologie …': a reference list's next entry
        text = _NEXT_INVERTED.sub("; ", text)
    if ")" in text and ") - " in text or "–" in text and ") – " in text:  # '… (Oxford, 1990) - the description is from …': prose after a dash
        text = _DASH_AFTER_IMPRINT.sub("; ", text)
    if ")" in text and ("), 1" in text or "), 2" in text):  # '(Charlottesville: University of Virginia Press), 1996, 284–86': the
        text = _YEAR_AFTER_IMPRINT.sub(r"(\g<i>, \g<y>), ", text)  # imprint's year printed after its parenthesis
    if "(" in text and "(, " in text:  # '(, 1960)': an imprint whose town the text layer lost, its year kept
        text = text.replace("(, ", "(")
    if "(" in text and _GLUED_PAREN.search(text):  # 'le vainqueur de la peste(Paris, 1985)'
        text = _GLUED_PAREN.sub(" (", text)
    if "(" in text and (", 1" in text or ", 2" in text):
        text = _MONTH_COMMA_YEAR.sub(_without_comma, text)  # '39 (February, 1979): 1–15': the month and year of an issue
    if " ." in text or ":" in text and " :" in text:  # OCR spacing: 'S . 204 .', '(Hrsg .) :Ruodlieb'
        text = _SPACE_BEFORE_STOP.sub("", _SPACE_BEFORE_COLON.sub(": ", text))
    if "’in" in text or "”in " in text or "»dans " in text:  # a closing quote run into 'in': '‘… a national Church’in Robert, Robson (ed.), …'
        text = space_before_in(text)
    if " , " in text:  # OCR spacing: 'Van den Sande , X. B. bl. 146'
        text = _SPACE_BEFORE_COMMA.sub("", text)
    if "[" in text:
        text = _BRACKET_REMARK.sub("", text)
        if text[-1:] == "]" and ". [" in text:  # 'НХ1. С. 127. [НХ5. Т. 1. С. 226.]': another edition's page, bracketed
            text = _BRACKETED_LAST_CITATION.sub(r"; \g<c>", text)
    if "q" in text and " (quoting " in text or "‘" in text and (" (‘" in text or ": ‘" in text):
        text = _GLOSS_AFTER_PAGE.sub("", text)  # '472 (‘The Enigma of Shakespeare’, 1964)', 'Ch. 18: ‘London becomes Rome.’'
    if "“" in text and ": “" in text and "p" in text:
        text = _QUOTE_AFTER_PAGES.sub(r"\g<loc>.", text)  # 'pp. 17, 19: “a death by displacement …”': the words quoted
    if "[" in text and ("[back]" in text or "[BACK]" in text):  # '…, 65-72. [BACK]': a page's link back to the text, no part of the note
        text = _BACK_LINK.sub("", text)
    tail = text[-20:].lower()
    if "testo" in tail or "texte" in tail or "texto" in tail or " text" in tail:
        text = _BACK_TO_TEXT.sub("", text)  # '…, 680torna al testo.': a page's link back to the text, no part of the note
    if "С" in text and "См. " in text:
        text = _SEE_LOCATOR.sub("", text)  # 'Khlevniuk. См. гл. 12—13': the work, then where in it to see
    if "G" in text and "Google Scholar" in text or "R" in text and "CrossRef" in text or "M" in text and "PubMed" in text or "W" in text and "WorldCat" in text:
        text = _LINK_TEXT.sub(_link_gap, text)
    ocr_years = None
    if ("I" in text and "Ig" in text or "g" in text and "lg" in text or "8" in text and "8g" in text) and _OCR_YEAR.search(text):
        ocr_years = {}  # 'Dresda Ig0g', 'XV (I8g4)': a year OCR read with letters, read as one but giving no date
        text = _OCR_YEAR.sub(lambda m: _ocr_year(m, ocr_years), text)
        if " pago " in text:
            text = _OCR_PAGE.sub("pag. ", text)  # 'pago 401-40': the same scan's 'pag.'
    out: list[NoteCitation] = []
    segments = _split_depth0(text)
    for j in range(len(segments) - 1, 0, -1):
        if segments[j][1:2].isupper() and _imprint_segment(segments[j]):  # 'Mediaeval Feudalism; Ithaque, Cornell Un. Pr., 1942': one citation
            segments[j - 1] += "," + segments.pop(j)
        elif segments[j][1:2] in "tpc" and segments[j].startswith(_PART_AFTER_SEMICOLON) \
                and not segments[j - 1].rstrip(" .")[-1:].isdigit():
            segments[j - 1] += "," + segments.pop(j)  # older Italian 'Historia di Bologna; parte prima (Bologna, 1596); pag. 279'
        elif segments[j][1:2].isdigit() and _MORE_PAGES.fullmatch(segments[j]) and _PAGES_END.search(segments[j - 1]):
            segments[j - 1] += ";" + segments.pop(j)  # 'p. 10-15 ; 18-30': one page list, set apart by a semicolon
        elif segments[j][2:3].isupper() and segments[j][1:2].isupper() and abnt_author_ends(segments[j - 1]):
            segments[j - 1] += ";" + segments.pop(j)  # Brazilian 'HALL, Michael; PINHEIRO, Paulo. Título': one author list
    i = 0
    ahead = None  # the next segment, already read while trying a join (nothing was found since)
    listed = None if len(segments) > 2 else {}  # a list of short forms, looked for once a segment cites nothing
    if listed is None and " – " in text:
        listed = _short_form_list(segments)  # or at once when dashes set off its sentences: 'Moeller, Frömmigkeit. – …'
    while i < len(segments):
        if listed and i in listed and not ahead:  # a list of short forms: each read as one, or else as any segment
            found = _listed(listed[i], out) or (ahead if ahead is not None else _from_segment(segments[i], out))
        else:
            found = ahead if ahead is not None else _from_segment(segments[i], out)
            if not found and listed is None:
                listed = _short_form_list(segments)
                found = _listed(listed[i], out) if i in listed else found
        ahead = None
        if not found and out and i and not out[-1].ibid:
            found = next_short_form(segments[i], out[-1], _one)  # 'Cf. Gilbert, Wilderness; Smith, Title.': the list goes on
        if not found and i + 1 < len(segments):
            after = _from_segment(segments[i + 1], out)
            # the join is read only when it could be taken: the next segment names no person
            joined = _from_segment(segments[i] + ";" + segments[i + 1], out) \
                if after and not _who(after[0]) and segments[i][-1:] != "." else []  # not '…, chap. V.—Caylus, …': a full stop ended it
            if (after and joined and not _who(after[0]) and _who(joined[0])
                    and len(joined) == len(after)):
                found, i = joined, i + 1  # a ';' inside a title: 'Trotsky; The Eternal ...'
            else:
                ahead = after
        out.extend(found)
        i += 1
    for c in out:
        if not c.ibid and not c.record.get("type"):
            _compound_surnames(c.record, [f.record for f in out if f.record.get("type")])
    if len(out) > 1 and (" in his " in text or " in her " in text):
        _own_book_author(out)
    if len(out) > 1 and ("; " in text or "Ibid" in text or "ibid" in text):
        _same_journal(out)
    if "S" in text and ". See " in text and text[:1].isupper():
        out[:0] = _pages_of_named_author(text)
    if ocr_years:
        _drop_ocr_years(out, ocr_years)
    if not out and len(text) <= 100:
        out = whole_note_work(text)  # 'Rebello da Silva, Annaes das sciencias e lettras.': a work named whole
    elif out and ". " in text[:102]:
        out[:0] = opening_work(text, out)  # 'Sluglett, Britain in Iraq. See also …': so is a note's first sentence
    return out


_OR_NEXT_WORK = re.compile(r"(?P<pages>\b(?:pp?|págs?|pags?|S|s)\.\s?\d[\d\s,–-]{0,40}?\d),\s(?:o|ou|oder)\s(?=[A-ZÀ-Þ«„])")
_PAGES_ETC = re.compile(r",(?<=\d,)\s*etc$")
_PART_AFTER_SEMICOLON = (" tom. ", " pag. ", " colonna ", " col. ", " parte ")
_YEAR_ISSUE_NO = re.compile(r",\s*(?:1[5-9]|20)\d\d,\s*n(?:°|o\.?)\s*(?P<n>\d{1,3})\b")
_OWN_REVIEW = re.compile(r"(?<=\s)(?:notre|mon|son|leur)\s+compte\s+rendu,?\s+(?:dans\s+(?:les\s+|la\s+|le\s+)?)?(?=[A-ZÀ-Þ«])")
# a surname, a short title with no comma, a volume and its part ('I D.' deel, 'IV. St.' stuk), then the page
_VOLUME_PART_PAGE = re.compile(r"(?P<who>[A-Z]{1,2}[a-z’']+(?:\s(?:van|de|den|der)(?:\sden)?\s[A-Z][a-z’']+)?)\s?,?\s+"
                               r"(?:(?P<t>[A-Z][a-z]+)\.?\s+)?(?:(?P<v>[IVXLC]{1,5})\.?\s*(?:(?:D|St|B)\.\s*)?)?"
                               r"p\.\s*(?P<p>\d{1,4}(?:\.\s\d{1,4})*)")
_DUTCH_PAGE = re.compile(r"(?<=\s)(?:blz?|bladz)\.\s?(?=\d)")
_LETTER_NUMBER = re.compile(r",\s*ep\.\s*\d{1,4}(?=,\s*(?:pp?|pag)\.\s*\d)")
_BARE_TOME = re.compile(r" t\. (?<=[a-zà-ÿ] t\. )(?=[IVXLC]{1,6},\s*(?:p|pag)\.\s*\d)")
_CIT_IN = re.compile(r"(?<![\w.])(?<!op\.\s)(?<!loc\.\s)cit\.\sin\s")
_DOT_DASH_NEXT = re.compile(r"(?<=\.)—(?=[A-ZÀ-ÞŒ])")  # '…, p. 379.—Lettres de …'
_PAGE_DASH_NEXT = re.compile(r"(?P<page>\b(?:pp?|pag|S|С|с)\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?"
                             # older Italian '…, lib. VIII, cap. 8. — March. Stefani, …': after a book or chapter
                             r"|\b(?:lib|cap|rub|c|l|t|ep)\.\s?(?:\d{1,4}|[IVXLC]{1,7})"
                             # or after a book's format: '… 3 vol. in 4.º — Jannotii Manetti …'
                             r"|\bin[-\s](?:4|8|12|16)\.?[º°])(?:\sGoogle\sScholar)?\.?\s[—–]\s(?=[A-ZÀ-ÞА-ЯЁ])")
_DASH_NEXT_AUTHOR = re.compile(r"[.º]\s[—–]\s(?=(?:[A-Z]\.\s?){0,2}[A-ZÀ-Þ][a-zà-ÿ’'\-]+,\s+[A-ZÀ-Þ«“\"])")
_ELLIPSIS_IMPRINT = re.compile(r"…(?=\s(?:М|Л|СПб|Спб|К|Мн|Пг)\.,)")
_NEXT_INVERTED = re.compile(r"(?<=\d\))\s(?:and|et)\s(?=[A-ZÀ-Þ][\w’'\-]+,\s(?:[A-ZÀ-Þ]\.\s?){0,3}[A-ZÀ-Þ]?[a-zß-ÿ\-]*,\s)")
_DASH_AFTER_IMPRINT = re.compile(r"(?<=\d\))\s[-–]\s(?=[a-z])")
_EDITION_MARK = re.compile(r"(?<=[\s,])['\"](?=(?:1[5-9]|20)\d\d(?![\d'\"’]))")
_LOCO_CITATO = re.compile(r",\s[l1]\.\s?c\.?(?=,|\s*$)")
_EBDA_AFTER_NAME = re.compile(r"(?<=[a-zäöüß])\s\((?:ebda?|ebd)\.\)(?=,)")
_IN_EDITED = re.compile(r"(?<=[a-z])\sin\s(?=(?:[A-Z]\.\s?){1,3}[A-Z][\w’'\-]+(?:,?\s(?:and|&)\s(?:[A-Z]\.\s?){1,3}"
                        r"[A-Z][\w’'\-]+)?\s\(eds?\.?\))")
_SPAN_THEN_PIN = re.compile(r"(?<=\d):\s\d{1,5}\s?[-–]\s?\d{1,5}(?P<cut>,\s(?:pp?\.\s?)?)(?P<pin>\d{1,5}(?:\s?[-–]\s?\d{1,5})?)$")
_NOTE_ABOVE = re.compile(r",\snotes?\s\d{1,4}(?:\s?[-–]\s?\d{1,4})?\sabove(?=,|\.|;|$)")
_SUPRA = re.compile(r",\ssupra(?:,?\snotes?\s\d{1,4}(?:\s?[-–]\s?\d{1,4})?)?(?P<at>,\s(?:at\s)?(?=\d))?")
_IN_WORK_CITED = re.compile(r"[A-Z][^,;()\d]{2,60},\s[Ii]bid\.(?=,)")
_OCR_GUILLEMET = re.compile(r"\(<(?=[A-ZÀ-Þ][^«»()<>]{1,80}»)")
_ARTICLE_IN_PARENS = re.compile(r"\s*\(articolo\s+(?:nella|nel|nello|in)\s+(?P<j>[^,;()«»]{3,80}),\s*(?P<y>(?:1[5-9]|20)\d\d)\)")
_THIS_ISSUE = re.compile(r",?\s*(?:(?:reproduit|republié|repris|traduit)e?s?\s+)?dans\s+(?:le\s+présent|ce\s+même|ce)\s+numéro"
                         r"\s*:?\s*(?:«[^«»]{2,200}»)?(?:,\s*pp?\.\s*\d+(?:\s*[-–]\s*\d+)?)?")
_MONTH_COMMA_YEAR = re.compile(r"\((?P<m>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Spr|Sum|Fal|Aut|Win)[a-z]{0,6}),"
                               r"(?=\s(?:1[5-9]|20)\d\d\))")
_VERB_THEN_INVERTED = re.compile(r"\s(?:are|is)\s(?=[A-ZÀ-Þ][\w’'\-]+,\s(?:[A-Z]\.\s?){0,3}[A-ZÀ-Þ]?[\w’'\-.]*(?:\s[A-Z]\.)?,\s[“\"‘])")
def _without_comma(m: re.Match) -> str:
    return m.group(0)[:-1]


_SPECIAL_ISSUE = re.compile(r",\s*(?:no|n°|numéro)\s+spécial\s+[^,;()«»]{3,120}(?=,)")
_ROLE_OCR = re.compile(r"\((dir|éds?|eds?|Hrsg|Hg|red|coord)j,")
_OCR_YEAR = re.compile(r"(?<![\w\-])[Il1][8g](?=\w\w(?![\w\-]))(?:\d[gIlO]|[gIlO][\dgIlO])|(?<![\w\-])[Il][8g]\d\d(?![\w\-])")
_OCR_DIGITS = str.maketrans("gIlO", "9110")
_OCR_PAGE = re.compile(r"(?<=[\s,])pago (?=\d)")


def _ocr_year(m: re.Match, seen: dict) -> str:
    year = m.group(0).translate(_OCR_DIGITS)
    seen[int(year)] = m.group(0)
    return year


def _drop_ocr_years(out: list[NoteCitation], years: dict) -> None:
    """A year read from letters gives no date: 'Torino Ig27' names the place only."""
    for c in out:
        issued = c.record.get("issued")
        parts = issued.get("date-parts") if isinstance(issued, dict) else None
        if parts and parts[0] and parts[0][0] in years:
            del c.record["issued"]
            c.warnings = [w for w in c.warnings if "year" not in w]
        for y, word in years.items():
            if str(y) in c.raw:
                c.raw = c.raw.replace(str(y), word)


_NAME_THEN_VERB = re.compile(r"(?P<who>[A-Z][a-z’'\-]+)\s+(?:details|discusses|describes|lists|examines|explores|analyses|"
                             r"analyzes|treats|surveys|summarizes|summarises)\s[^.]{3,120}\.\s+See\s+(?:especially\s+)?"
                             r"(?P<loc>pp?\.\s*\d[\d–\-]*(?:,\s*\d[\d–\-]*)*)\.")


def _pages_of_named_author(text: str) -> list[NoteCitation]:
    """'Ratner details many of these figures in his chapter on melody. See especially pp. 83-5, 91-4.': the pages
    of the work of the author the sentence before named."""
    m = _NAME_THEN_VERB.match(text)
    if not m or m.group("who") in _SMALL_CAPITALS:
        return []
    loc, label, _ = take_locator(m.group("loc"))
    return [NoteCitation({"author": [{"family": m.group("who")}]}, loc, label, m.group(0))] if loc else []


_SMALL_CAPITALS = frozenset(("The", "This", "That", "He", "She", "It", "One", "Each", "Chapter", "Table", "Figure"))


def _same_journal(out: list[NoteCitation]) -> None:
    """'Albion 23, 2 (Fall 1993): 419-41; 28, 4 (Winter 1996): 607-33': more issues of the journal named first."""
    for k in range(1, len(out)):
        rec, before = out[k].record, out[k - 1].record
        box = rec.get("container-title", "")
        if box[:1] in ("I", "i", "E", "e") and box.rstrip(".").lower() in IBID_WORDS \
                and before.get("container-title"):  # '« Title », Ibid., t. IX, 1936': the journal named just before
            rec["container-title"] = before["container-title"]
        elif rec.get("type") == "article-journal" and rec.get("container-title", "").isdigit() and before.get(
                "type") == "article-journal" and before.get("container-title") and not rec.get("issue"):
            rec["issue"] = rec.pop("volume", None)
            rec["volume"], rec["container-title"] = rec["container-title"], before["container-title"]
            if rec["issue"] is None:
                del rec["issue"]
        elif rec.get("title", "").isdigit() and len(rec) <= 3 and before.get("type") == "article-journal" \
                and before.get("container-title"):  # '…, 112 (1986), pp. 60–90; 115 (1987), pp. 1-20'
            rec.update({"type": "article-journal", "volume": rec.pop("title"), "container-title": before["container-title"]})


def _own_book_author(out: list[NoteCitation]) -> None:
    """'Geertz’s “Thick Description,” in his …; see his essay, “Passage and Accident,” in his Available Light (…)':
    a piece in the author's own book, the author being the one the citation before named."""
    for k in range(1, len(out)):
        rec = out[k].record
        if rec.get("type") != "chapter" or rec.get("author") or rec.get("editor"):
            continue
        prev = out[k - 1].record.get("author")
        if prev and len(prev) == 1 and (" in his " in out[k].raw or " in her " in out[k].raw):
            rec["author"], rec["container-author"] = [dict(prev[0])], [dict(prev[0])]


# one short form in a list: 'Beutel, Luther Handbuch', 'H. Schilling, Aufbruch und Krise', 'Brecht, Martin Luther, 3 Bde.',
# with the words that lead up to it ('Zur Geschichte des Zeitalters: Kohler, …') and the prose after it ('. – Für …')
_SHORT_ITEM = re.compile(r"\s*(?:[^;:()]{3,80}:\s+)?(?P<c>(?:[A-ZÀ-Þ]\.\s?){0,2}[A-ZÀ-Þ][\w’'\-]+(?:/[A-ZÀ-Þ][\w’'\-]+)?,\s+"
                         r"[A-ZÀ-Þ][^,;:()\d.]{1,60}?(?:,\s*\d{1,2}\s*(?:Bde|vols?|voll|t)\.)?)\.?(?:\s+[–—]\s+[^;]*)?")


def _short_form_list(segments: list[str]) -> dict[int, list[tuple[str, bool]]]:
    """The segments of a list of three or more short forms by author and title, no page ('Brecht, Martin
    Luther; Beutel, Luther Handbuch; Buchwald, Luther-Kalendarium'): each one a work cited, page or not.
    A segment may hold the end of one sentence and the start of the next ('Kaufmann, Reformation. – Zur
    Geschichte: Kohler, …'): its pieces, each with whether it is such a short form."""
    candidates = [j for j, segment in enumerate(segments) if "," in segment and len(segment) <= 300
                  and (" – " in segment or not _THREE_DIGITS.search(segment))]  # a year or a page: no such short form
    if len(candidates) < 3:
        return {}
    items: dict[int, list[tuple[str, bool]]] = {}
    count = 0
    for j in candidates:
        segment = segments[j]
        pieces = _DASH_SENTENCE.split(segment) if " – " in segment or " — " in segment else (segment,)
        found = []
        for piece in pieces:
            m = _SHORT_ITEM.fullmatch(piece)
            found.append((m.group("c"), True) if m else (piece, False))
            count += bool(m)
        if any(short for _, short in found):
            items[j] = found
    return items if count >= 3 else {}


_THREE_DIGITS = re.compile(r"\d\d\d")
_DASH_SENTENCE = re.compile(r"(?<=[\w)])\.\s+[–—]\s+")


def _listed(pieces: list[tuple[str, bool]], before: list[NoteCitation]) -> list[NoteCitation]:
    found: list[NoteCitation] = []
    for piece, short in pieces:
        if not short:
            found.extend(_from_segment(piece, before + found))
            continue
        c = _one(piece, cued=True)
        if c and c.record.get("author") and c.record.get("title"):
            found.append(c)
    return found


_SEGMENT_PLACE = re.compile(r"\s*(?P<p>[A-ZÀ-Þ][\w\-]+(?:\s[A-ZÀ-Þ][\w\-]+)?)[,:]\s+[^;]{0,60}?\b(?:1[5-9]|20)\d\d\b")


def _imprint_segment(segment: str) -> bool:
    """The segment opens with a place and its imprint: the title before the ';' is its book's."""
    m = _SEGMENT_PLACE.match(segment) if segment[:1] == " " and segment[1:2].isupper() else None
    return bool(m) and is_place(m.group("p")) and not names_a_day(m.group(0))  # not 'Washington Post, 12 June 1963'


_IN_EMPTY = re.compile(r"(?<=[’”'\"],) in, (?=[A-Z])")
_OCR_ONE = re.compile(r"i\.?\s+(?=[A-ZÀ-Þ])")
_RUN_IN_AFTER_YEAR = re.compile(r"\)(?<=\d\d\))\d{1,3}\.\s(?=(?:[A-Z]\.\s?){1,3}[A-Z][a-z])")  # opens on ')'; a quick scan
_DASH_ROMAN = re.compile(r"-[IVX]")  # '-I', '-V', '-X': one scan
_ROMAN_MONTH_DATE = re.compile(r"(?<![\w\-])(?P<d>\d{1,2})-(?P<m>I{1,3}|IV|VI{0,3}|IX|XI{0,2})-(?P<y>\d\d(?:\d\d)?)(?![\w\-])")


def _dotted_date(m: re.Match) -> str:
    """'28-IX-33' -> '28.IX.1933': the day, the month in roman numerals and the year (of the twentieth
    century when given by two digits), as newspaper dates are read."""
    y = m.group("y")
    return f"{m.group('d')}.{m.group('m')}.{'19' + y if len(y) == 2 else y}"


_RUN_IN_NUMBER = re.compile(r"\. \d{1,3}(?=[А-ЯЁA-Z]\.\s?[А-ЯЁA-Z][а-яёa-z])")
_SPACE_BEFORE_STOP = re.compile(r"(?<=\w) (?=\.(?:\s|$|\)))")
# a citation in brackets after a citation's page: another edition's or translation's page, a citation of its own
_BRACKETED_LAST_CITATION = re.compile(r"(?<=\d\.) \[(?P<c>[A-ZА-ЯЁ][^\[\]]{1,160}?(?:[СсS]|pp?)\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?\.?)\]$")
_SPACE_BEFORE_COMMA = re.compile(r"(?<=[^\W\d]) (?=, )")
_SPACE_BEFORE_COLON = re.compile(r"(?<=[\w)]) :(?=\w)|(?<=\)) :(?=\s)")  # ': Ruodlieb', '(Hrsg.) : Waltharius'
# '[first published in 1955, Hanoi; reprinted … in 2002]', '[based on a note from the publisher]'
_BRACKET_REMARK = re.compile(r"\s*\[(?:first|orig|originally|reprinted|repr\.|1st|based|trans|translated|"
                             r"emphasis|my|in\s|hereafter|henceforth|далее|ci-après|im\s+folgenden)[^\[\]]{0,200}\]", re.I)
_CJK_STOP = re.compile(r"。(?=\s*\S)")
# link text a publisher's page glues to each reference: '(Oxford, 1974)Google Scholar'
_GLOSS_AFTER_PAGE = re.compile(r"(?<=\d) \((?:quoting [A-Z][^()]{2,60}|‘[^‘’()]{2,80}’, \d{4})\)|(?<=\d): ‘[^‘’]{2,80}’(?=\.?$)")
_QUOTE_AFTER_PAGES = re.compile(r"(?P<loc>\bpp?\. \d[\d, –-]{0,30}): “[^()]{2,800}$")
_BACK_LINK = re.compile(r"\s*\[(?:back|BACK)\]")
_BACK_TO_TEXT = re.compile(r"\s*(?:torna al testo|retour au texte|volver al texto|zurück zum Text|(?:return|back) to (?:the )?text)"
                           r"\.?\s*$", re.I)
_LINK_TEXT = re.compile(r"\s*(?:Google Scholar|CrossRef|PubMed|WorldCat)+")
_GLUED = re.compile(r"\.(?=[A-Z\u0410-\u042f][a-z\u0430-\u044f])|,(?=[“«‘]|[A-ZÀ-Þ][a-zà-ÿ]|A$)|(?<=[,.][”’])(?=[a-zA-Z])")
_GLUED_PAREN = re.compile(r"\((?<=[a-z]\()(?=[A-Z][a-z]+(?:[,:]| [A-Z][a-z]+[,:]))")
_GLUED_FAST = re.compile(r"[.,](?=[A-Z\u0410-\u042f“«‘À-Þ])")  # _GLUED's first two cases, found quickly


def _link_gap(m: re.Match) -> str:
    """Link text goes; a space stays when it was glued to the next note's words ('348.Google ScholarThe')."""
    after = m.string[m.end():m.end() + 2]
    if after[:1] == " " and after[1:].isalpha() and m.string[m.start() - 1:m.start()].isdigit():
        return ";"  # '…, xiv (1926), 26Google Scholar and plate xxx, and Vaughan, R., …': the reference ends there
    return " " if after[:1].isalpha() else ""


def _spaced(text: str) -> str:
    """'Зубок В.Spy vs. Spy', 'Bradley,“Making', 'Pearce,The Strike', '“Parts,”in': the space lost
    after a full stop, a comma or a closing quote."""
    if not (_GLUED_FAST.search(text) or (("”" in text or "’" in text)  # the marks alone first: quick looks
                                          and ("”" in text and (",”" in text or ".”" in text) or ",’" in text or ".’" in text)
                                          and _GLUED.search(text))):
        return text

    def space(m: re.Match) -> str:
        if not m.group(0):
            return " "  # after a closing quote
        before = m.string[m.start() - 1:m.start()]
        return m.group(0) + " " if m.group(0) == "," or before.isalnum() else m.group(0)

    # _GLUED needs a '.' or ',' with something after it in the word
    return " ".join(w if ("." not in w[:-1] and "," not in w[:-1]) or "://" in w or "www." in w else _GLUED.sub(space, w)
                    for w in text.split(" "))


def _who(c: NoteCitation) -> bool:
    """The citation names a person as author (given name and family name)."""
    return any(n.get("given") for n in c.record.get("author") or [])


# '…, Britannia xii (1981), 315–16; xiii (1982), 329–30': another volume of the journal just named
_NEXT_VOLUME = re.compile(r"\s*(?P<v>[ivxlc]{1,7}|[IVXLC]{1,7}|\d{1,4})\s*\((?P<y>(?:1[5-9]|20)\d\d)\),?\s*"
                          r"(?P<p>\d{1,5}(?:\s*[-–]\s*\d{1,5})?(?:,\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?)*)\.?\s*")

_YEAR_ONLY_REF = re.compile(r"\s*(?:1[5-9]|20)\d\d[a-zа-я]?(?:[,:]\s*(?:(?:[сСpS]|pp)\.\s*)?\d[\d–—\-, ]*)?\.?\s*")
_MORE_PAGES = re.compile(r"\s*(?P<p>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)\.?\s*")
_NEXT_VOLUME_FIRST = frozenset("ivxlcIVXLC0123456789")
_ANOTHER_VOLUME = re.compile(r"\s*(?:Vol|vol)\.?\s*(?P<v>[IVXLC]{1,6}|\d{1,3}),\s*(?:pp?\.?\s*)?"
                             r"(?P<p>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\.?\s*")


def _next_volume(segment: str, before: list[NoteCitation]) -> list[NoteCitation]:
    m = _NEXT_VOLUME.fullmatch(segment)
    last = before[-1].record if m and before else {}
    if last.get("type") != "article-journal" or not last.get("container-title") or not last.get("volume"):
        return []
    rec = {"type": "article-journal", "container-title": last["container-title"], "volume": m.group("v"),
           "issued": {"date-parts": [[int(m.group("y"))]]}}
    return [NoteCitation(rec, dash(m.group("p")), "page", segment.strip())]


# a short form that closes the segment after another's pages, set off by a comma only
_SHORT_FORM_AFTER_COMMA = re.compile(r",(?<=\d,)\s+(?=(?P<who>[A-Z][a-z’'\-]+)(?:\s+and\s+[A-Z][a-z’'\-]+)?,\s+[A-Z][^,;()]{0,60},"
                                     r"\s*(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?\s*$)")


def _from_segment(segment: str, before: list[NoteCitation]) -> list[NoteCitation]:
    if before and before[-1].record.get("type") == "article-newspaper" and len(segment) <= 40:
        issue = next_issue(segment, before[-1].record)  # 'Pravda, 3 March 1953, 1; 5 March 1953, 2': the next issue
        found = _from_chunk(issue) if issue else []
        if len(found) == 1 and found[0].record.get("container-title") == before[-1].record["container-title"]:
            return found
    if before and segment[1:3] in ("ча", "Ч.") and "part-number" in before[-1].record:
        part = next_part(segment.strip(" ."), before[-1].record)  # '…, часть 1,152-154; часть II, 453-455'
        if part:
            return [part]
    if segment[:1] == " " and segment[1:2] in ("V", "v") and before and before[-1].record.get("volume"):
        more = _ANOTHER_VOLUME.fullmatch(segment)
        if more:  # 'Hunter, op cit, Vol IV, p 306; Vol IX, p 116': the same work, another volume and its page
            record = {**deepcopy(before[-1].record), "volume": more.group("v")}
            return [NoteCitation(record, dash(more.group("p")), "page", segment.strip(), list(before[-1].warnings))]
    if segment[:1] == " " and segment[1:2] in _NEXT_VOLUME_FIRST:
        found = _next_volume(segment, before)
        if found:
            return found
        more = _MORE_PAGES.fullmatch(segment) if before and before[-1].locator and segment[1:2].isdigit() else None
        if more:  # 'Linderski 1995: 107-14; 638-9', 'Op. cit., p. 77—87; 87—109': more pages of the work just cited
            pages = dash(more.group("p"))
            if not before[-1].locator.endswith(pages):
                before[-1].locator = f"{before[-1].locator}; {pages}"
            return []
        last = before[-1].record if before else {}
        if last.keys() == {"author", "issued"} and _YEAR_ONLY_REF.fullmatch(segment):
            return _from_chunk(f"{_family_name(last['author'][0])} {segment.strip()}")  # 'Лихачев 1967, с. 50; 1971, с. 12'
    comma = (_SHORT_FORM_AFTER_COMMA.search(segment, max(0, len(segment) - 120))
             if segment.count(", ") >= 4 and segment.rstrip(" .")[-1:].isdigit() else None)
    if comma and not is_place(comma.group("who")):  # 'Barclay, Empire, 55–7, Judd and Slinn, Evolution, 15': a ';' lost
        return _from_segment(segment[:comma.start()], before) + _from_segment(segment[comma.end():], before)
    found: list[NoteCitation] = []
    for chunk in (c for part in _split_and(segment) for c in _chunks(part)):
        chunk = _ibid_with_issue(chunk.strip(), before + found)
        issues = [c for text in issues_of_days(chunk) for c in _from_chunk(text)]
        if len(issues) >= 2 and all(c.record.get("type", "")[:8] == "article-" for c in issues):
            found.extend(issues)  # 'El Socialista, 15 y 30 de septiembre de 1933': two issues of one paper, two entries
            continue
        two = _TWO_ISSUES.match(chunk) if "и" in chunk and " и " in chunk and "от " in chunk else None
        if two:  # '«Известия» от 12 и 13 января 1928': two issues of one paper, two entries
            for day in (two.group("d1"), two.group("d2")):
                found.extend(_from_chunk(f"{two.group('p')} от {day} {two.group('my')}"))
            continue
        tr = _TRANSLATION.search(chunk) if "(" in chunk and _TRANSLATION_HINT.search(chunk) else None
        if tr:  # 'Title, Cambridge 1982 (deutsch: Titel, übers. von I. Lindt, Tübingen 1990)': the translation too
            work = _from_chunk(chunk[:tr.start()] + chunk[tr.end():])
            version = _from_chunk(tr.group("c"))
            if work and version and work[0].record.get("author") and not version[0].record.get("author"):
                version[0].record["author"] = [dict(n) for n in work[0].record["author"]]
            found.extend(work + version)
            continue
        house = _TRANSLATED_AT.search(chunk) if "(" in chunk and "(traduction" in chunk else None
        work = _from_chunk(chunk[:house.start()] + chunk[house.end():]) if house else None
        if work:  # '…, 2004, 592 p. (traduction chez De Fallois en 2008, 580 p.)': the French translation too
            version = {"type": "book", "publisher": house.group("p"),
                       "issued": {"date-parts": [[int(house.group("y"))]]}}
            if work[0].record.get("author"):
                version["author"] = [dict(n) for n in work[0].record["author"]]
            found.extend(work + [NoteCitation(version, raw=house.group(0).strip(" ()"))])
            continue
        low = chunk.lower()
        if low[:2] in _IDEM_YEAR_OPENINGS:
            chunk = _idem_year(chunk, before + found)
        same = _IDEM.search(chunk) if _idem_word(low) else None
        if same and _ibid(chunk[same.start():]):
            same = None  # 'Idem, p. 45' is the same work, not the same author's next one
        if same:  # 'idem, Les ouvriers (Paris, 1995)': another work by the last author named
            cites = _from_chunk(chunk[same.end():])
            prev = next((c.record["author"] for c in reversed(before + found)
                         if c.record.get("author")), None)
            role = "editor" if "(" in same.group(0) and IDEM_ROLE.search(same.group(0)) else "author"
            rest = chunk[same.end():]
            if not cites and prev and rest.endswith(("passim", "passim.")):  # 'Týž, Václav Březan, passim'
                title = rest.split(",")[0].strip(" .")  # after 'the same', a title, even one that looks like a name
                cites = [NoteCitation({"title": title}, raw=rest)] if title[:1].isupper() else []
            for c in cites[:1]:
                if prev and c.record.keys() == {"author"} and len(c.record["author"]) == 1 and c.locator:
                    c.record = {"title": rest.split(",")[0].strip(" .")}  # 'ders., Molotov, 21 ff.': a short title
                title = c.record.get("title", "")
                if prev and c.record.get("author") and title and rest.find(title) > 0 and not c.record.get("editor"):
                    c.record["title"] = rest[:rest.find(title) + len(title)].strip(" ,")  # 'Ders., Kaiser, Hof und Staat'
                    del c.record["author"]
                if prev and c.record.get("title") and not c.record.get("author"):
                    c.record[role] = [dict(n) for n in prev]  # 'Týž (ed.), Václav Březan': the same man edits
                elif not prev and c.record.get("title") and not c.record.get("author"):
                    c.same_author = role  # 'Id., Les relations …' opening a note: the person cited before it
            found.extend(cites)
            continue
        for c in _from_chunk(chunk):
            who = c.record.get("author") or []
            if len(who) == 1 and who[0].get("family", "").lower().rstrip(".") in _IDEM_NAMES:
                prev = next((f.record["author"] for f in reversed(before + found) if f.record.get("author")), None)
                if prev:  # 'ora in ID., Dallo stato liberale …': the same author's book
                    c.record["author"] = [dict(n) for n in prev]
            if ("bid" in chunk or "ebd" in chunk or "ivi" in chunk) and (before or found):  # 'P. Brown, “Markets”, in ibid.'
                in_ibid(c.record, c.raw or chunk, [f for f in before + found if not f.ibid])
            if c.record.get("type") == "chapter":  # 'in Medieval Towns, ed. M. Jones, ii (London, 1998)': the volume
                roman_volume_at_end(c.record)
            found.append(c)
    return found


_IDEM_YEAR = re.compile(r"(?:он|она)\s+же\s+(?=(?:1[5-9]|20)\d\d[a-zа-я]?(?:[,:;.]|\s|$))"
                        r"|(?:idem|eadem|ders\.|dies\.)\s+(?=(?:1[5-9]|20)\d\d[a-z]?(?:[,:;.]|\s|$))", re.I)
_IDEM_YEAR_OPENINGS = frozenset(("он", "id", "ea", "de", "di"))


def _idem_year(chunk: str, before: list[NoteCitation]) -> str:
    """'Любарский 1975, с. 114—139; Он же 1978, с. 130—151': an author-year reference to the same author's
    other work, written with the surname it repeats."""
    m = _IDEM_YEAR.match(chunk)
    prev = next((c.record["author"] for c in reversed(before) if c.record.get("author")), None) if m else None
    if not prev or len(prev) != 1 or not prev[0].get("family"):
        return chunk
    return prev[0]["family"] + " " + chunk[m.end():]


_TWO_ISSUES = re.compile(r"(?P<p>«[^»]{2,40}»)\s+от\s+(?P<d1>\d{1,2})\s+и\s+(?P<d2>\d{1,2})\s+(?P<my>[а-яё]{3,9}\s+(?:1[7-9]|20)\d\d)")
_TRANSLATED_AT = re.compile(r"\s*\(traduction\s+(?:française\s+)?chez\s+(?P<p>[^,()]{2,40}?)\s+en\s+"
                            r"(?P<y>(?:1[5-9]|20)\d\d)(?:,\s*\d+\s*p\.)?\)")
_TRANSLATION_HINT = re.compile(r"\((?:deutsch|dt\.|engl\.|englisch|franz\.|französisch|trad\.|ital\.)")
_TRANSLATION = re.compile(r"\s*\((?:deutsch|dt\.|engl\.|englisch|franz\.|französisch|ital\.|trad\.\s*(?:fr|it|esp|fran[cç]aise|italiana))"
                          r"(?:\s+(?:Übers\.|Ausg\.|Ausgabe))?\s*:\s*(?P<c>[^()]{5,200})\)")
_IDEM_NAMES = frozenset("id idem ead eadem ders dies týž tenže tenże".split())


def _ibid_with_issue(chunk: str, before: list[NoteCitation]) -> str:
    """'ibid., vol. 24, no. 4 (...)' after a periodical names another issue of it."""
    chunk_ = _no_lemma(chunk)
    m = _ibid(chunk_)
    full = [c for c in before if not c.ibid] if m else None
    if m and full and re.match(r"(?:vol|no)\.", chunk_[m.end():]):
        prev = full[-1].record
        title = prev.get("container-title") or prev.get("title")
        if title:
            return f"{title}, {chunk_[m.end():]}"
    return chunk


_IBID_SOURCE = re.compile(r"(?P<loc>(?:pp?\.\s*|S\.\s*)?\d[\d–\-]*(?:,\s*\d[\d–\-]*)*),\s+(?:quoting|citing|quoted\s+in|cited\s+in)\s+(?=[A-Z])")
_IBID_THEN = re.compile(r"(?P<loc>(?:pp?\.\s*)?\d[\d–\-]*(?:,\s*\d[\d–\-]*)*)?\.\s+(?=[A-Z“\"‘])")


# the pages cited, then the words quoted from them: '… (1986), 20–21: ‘the notion that …’'
_QUOTED_AFTER_PAGES = re.compile(r"[,)]\s\d{1,4}(?:\s?[–-]\s?\d{1,4})?(?P<q>:\s[‘“])")


# after the pages, a comma and a clause of prose: '…, pp. 184-189, Lequerica no hizo más que obedecer …'
_PROSE_AFTER_PAGES = re.compile(r"p\.\s(\d+(?:\s?[-–]\s?\d+)?),\s[A-ZÀ-Þ][\w’'\-]+(?:\s[a-zß-ÿ]+){4,}[^\d]*$")


def _without_prose_after_pages(chunk: str) -> str:
    if ", " not in chunk or "p. " not in chunk:
        return chunk
    m = _PROSE_AFTER_PAGES.search(chunk)
    return chunk[:m.end(1)] if m else chunk


def _from_chunk(chunk: str) -> list[NoteCitation]:
    chunk = _without_prose_after_pages(_no_lemma(chunk))
    untitled = author_in_periodical(chunk) or hungarian_title_short(chunk) or journal_by_volume(chunk)
    if untitled:
        return [untitled]
    if ("‘" in chunk or "“" in chunk) and (": ‘" in chunk or ": “" in chunk):
        quoted = _QUOTED_AFTER_PAGES.search(chunk)
        if quoted:
            chunk = chunk[:quoted.start("q")]
    if not chunk:
        return []
    two = _TWO_PIECES.match(chunk) if "/" in chunk and " // " in chunk and ", " in chunk else None
    if two and two.group("a").count(" // ") == 0:  # 'A. Title. P. 49, B. Title. P. 132 // Book …': two chapters
        return _from_chunk(f"{two.group('a')} // {two.group('c')}") + _from_chunk(f"{two.group('b')} // {two.group('c')}")
    ib = _ibid(chunk)
    if ib:
        then = _IBID_THEN.match(chunk, ib.end()) if len(chunk) - ib.end() > 30 else None
        if then:  # 'Ibid., 14. See also Robert M. Maxon, Struggle for Kenya (…)': the next citation follows
            return _from_chunk(chunk[:then.end("loc")]) + _from_chunk(chunk[then.end():])
        source = _IBID_SOURCE.match(chunk, ib.end()) if len(chunk) - ib.end() > 20 and ("quot" in chunk or "cit" in chunk) else None
        if source:  # 'Ibid., p. 5, quoting Jones, Other, 67': the page here, then the work it quotes
            return _from_chunk(chunk[:source.end("loc")]) + _from_chunk(chunk[source.end():])
        loc, label, _ = take_locator(chunk[ib.end():])
        if loc is None:
            m = re.match(r"(?:pp?\.|S\.|С\.|at)?\s*(\d+(?:\s*[-–]\s*\d+)?)", chunk[ib.end():])  # law-review "Id. at 862"
            loc = dash(m.group(1)) if m else None
            label = "page" if loc else None
        return [NoteCitation({}, loc, label, chunk, ibid=True)]
    if ", ibid.," in chunk[:80] or "I" in chunk and ", Ibid.," in chunk[:80]:
        inside = _IN_WORK_CITED.match(chunk)
        if inside:  # 'Complete minutes, ibid., 217–49': a document inside the work just cited
            loc, label, _ = take_locator(chunk)
            return [NoteCitation({}, loc, label, chunk, ibid=True)]
    if "w" in chunk and "to write " in chunk:
        written = _WROTE_TITLE.search(chunk)
        if written and not _DIGIT.search(chunk):  # prose only: no page or year of a citation beside it  # 'Buber-Neumann survived to write ‘Between Two Dictators: Stalin and Hitler’ after the war'
            return [NoteCitation({"author": [{"family": written.group("who")}], "title": written.group("t")},
                                 raw=written.group(0), warnings=["short form: needs the earlier full citation"])]
    special = _prose_works(chunk)
    if "S" in chunk and " S. " in chunk and not special and chunk[chunk.find(" S. ") - 1:chunk.find(" S. ")].isalpha():
        works = genitive_works(chunk)  # 'Vgl. Creuzers Röm. Antiquitäten S. 91, Wachsmuth Aelteste Gesch. … S. 184'
        if works:
            if " Bande " in chunk:  # the sentence before may name a volume: 'im ersten Bande von Niebuhrs …'
                works[:0] = german_volume_of(chunk[:max(0, chunk.find(works[0].raw))])
            return works
    found: list[NoteCitation] = []
    revised = "h" in chunk and "hich" in chunk and _REVISION.search(chunk) is not None
    for part in _REVISION.split(chunk, maxsplit=1) if revised else (chunk,):
        for body, cued in _after_cues(part):
            ib = _ibid(body.strip()) if cued else None
            if ib:  # 'Cf. ibid., p. 12'
                c = _from_chunk(body.strip())
                found.extend(c)
                continue
            bare = _drop_lemma(body)
            if len(bare) < len(body) and bare[:1] in _IBID_FIRST and _ibid(bare):
                found.extend(_from_chunk(bare))  # '… centenarian life: Ibid, p. 120': the words keyed, then 'Ibid'
                continue
            c = _one(bare, cued)
            if (not c or "author" not in c.record) and ("cit" in bare or "a.O" in bare or "a. O" in bare
                                                        or "t.a.p" in bare or "t. a. p" in bare):
                c = _op_cit_by_name(bare) or c  # 'F. v. KESZYCKA, a.a.O., S. 27 f.': a name the reader did not take
            if c and "w" in body and "nterview with " in body and len(c.record.get("author") or ()) == 1:
                _interviewed(c.record, body)
            if c:
                found.append(c)
    if len(found) == 2 and revised:
        found[0].record.setdefault("custom", {})["related"] = [
            {"relation": "revision-of", "id": key_base(found[1].record)}]
    found = [c for c in found if not (any(s.raw in c.raw for s in special) and _anonymous(c.record)
                                      and "authority" not in c.record)]  # a court's 'Urteil vom …' is no paper
    if len(found) > 1 and ("repr" in chunk or "repris" in chunk or "ristampat" in chunk or "reimpres" in chunk):
        reprints(chunk, found)
    if found and any(s.warnings == _SIGLUM_NOTE and len(s.raw) > len(chunk) - 12 for s in special):
        found = []  # 'Vgl. P.Oxy. XII 1456.': the edition is the whole citation
    for i, c in enumerate(found):
        if c.record.get("type") == "book" and "author" not in c.record and _PROSE_VERB.search(c.record.get("title", "")):
            found[i:i + 1] = _book_in_prose(c.raw)[:1] or [c]  # 'As Hale has argued in Grain Boards (…)'
        elif c.record.get("type") == "book" and c.record.get("title", "")[:1].islower() and "(" in c.raw:
            found[i:i + 1] = _author_date_in_prose(c.raw) or [c]  # 'Brown (1990) and Smith (1992) disagree …'
        elif c.record.get("type") == "book" and "(" in c.record.get("title", "") and not _imprinted(c.record):
            refs = _author_date_in_prose(c.raw)  # 'Vastgelegd door: Huët (1753), Te Water (1767)': prose naming refs
            if len(refs) > 1:
                found[i:i + 1] = refs
    if len(found) == 1 and not special and chunk.rstrip(" .").endswith(")") and _cut_at_parenthesis(found[0].record):
        found = _closing_parenthesis(chunk.rstrip(" .")) or found  # '… to the north (J. Smith, The North, London, 1975, p. 69)'
    if not found and not special and chunk.rstrip(" .").endswith(")"):
        found = _closing_parenthesis(chunk.rstrip(" ."))
    if "(" in chunk and len(found) <= 1 and chunk[:1] != "(":
        inside = _cued_parentheses(chunk)
        if inside and (not found or not found[0].locator or found[0].raw in inside[0].raw):
            found = _cited_before_parenthesis(chunk) + inside  # 'Dies zeigt (vgl. H. Müller, …, S. 4), dass …': the source in prose
    if "(" in chunk and ("(see " in chunk or "q" in chunk and "(q.v. " in chunk or "(cf. " in chunk):
        refs = _cued_year_refs(chunk)
        if refs and all("(" in c.raw and c.raw.find("(") < c.raw.find(refs[0].raw) for c in found):
            found = refs  # 'Computer graphics … possibilities (see Alvey 1993; Hodder 1997).': prose, then its sources
    if not found and not special and "(" in chunk:
        found = _author_date_in_prose(chunk) or _book_in_prose(chunk)
    if not found and not special and "(" in chunk and chunk[:1] != "(":
        found = short_forms_in_parentheses(chunk, _one)  # '… echoing Milton (Paradise Regained, 320–21)'
    if found and found[0].record.get("title", "")[:1].islower() and not special \
            and all(_untitled_prose(c.record) for c in found) and _YEAR4.search(chunk):
        found = _merged(_author_date_in_prose(chunk), in_text_references(chunk)) or found  # prose read as a title:
        # 'Na década de 1770, os dados de Alden (1963) sugerem …, próxima de 15%. IBGE, 1990: p.32.'
    if not found and not special and _YEAR4.search(chunk):
        found = _name_years_in_prose(chunk) or in_text_references(chunk)  # 'Badian 1990a', '[Aron 2000]', 'von Koch 1975, S. 7'
    if not found and not special and (" su" in chunk or " del" in chunk) and (" nel" in chunk or " nei " in chunk):
        found = italian_work_in_prose(chunk)  # 'il Gervinus … nella sua Introduzione alla Storia …, che …'
    if not found and not special and (" nel" in chunk or "C" in chunk and "a Cron" in chunk):
        named = italian_named_work(chunk)  # '… Cesare Balbo nella Vita di Dante Alighieri.'
        found = [NoteCitation(named, raw=chunk)] if named else []
    if not found and not special and "e de " in chunk and ": " in chunk:
        found = french_work_of(chunk)  # 'le curieux ouvrage de miss Agnès Strickland: Lifes of the Queens of England'
    if not found and not special and "B" in chunk and " Bande " in chunk:
        found = german_volume_of(chunk)  # 'im ersten Bande von Niebuhrs Römischer Geschichte'
    keep = [s for s in special if not any(s.raw in c.raw for c in found) or "volume" in s.record and "type" not in s.record
            and not any(c.record.get("title") == s.record["title"] for c in found)]  # 'B.L. 5, S. 2' inside prose
    out = keep + found
    if len(out) < 2:
        return out  # nothing to order (sorted would still call the key)
    return sorted(out, key=lambda c: _start_in(chunk, c) if keep else max(0, chunk.find(c.raw)))


def _untitled_prose(record: dict) -> bool:
    """A reading with nothing but a title that opens in lower case (and a place or year): the rest of a sentence,
    not a work (a title in sentence case, as Spanish and Russian set them, still opens on a capital)."""
    title = record.get("title", "")
    return title[:1].islower() and record.keys() <= {"type", "title", "issued", "publisher-place"} and " " in title


def _merged(first: list[NoteCitation], second: list[NoteCitation]) -> list[NoteCitation]:
    """Two finders' references, each once, in the order of the text."""
    seen = {c.raw for c in first}
    return first + [c for c in second if c.raw not in seen]


# a writer and the title of a work he wrote, named in a sentence
_WROTE_TITLE = re.compile(r"(?P<who>[A-ZÀ-Þ][a-zß-ÿ’']+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)\s+(?:[a-z]+\s+){0,3}to\s+write\s+"
                          r"[‘“](?P<t>[A-ZÀ-Þ][^’”]{3,120})[’”]")


def _op_cit_by_name(text: str) -> NoteCitation | None:
    """The writer of the work cited before, and the page."""
    found = name_op_cit(text.strip(" .;"))
    if not found:
        return None
    loc, label, _ = take_locator(", " + found["rest"]) if found["rest"] else (None, None, "")
    return NoteCitation({"author": found["author"]}, loc, label, text, warnings=["short form: needs the earlier full citation"])


def _op_cit_alone(text: str) -> bool:
    """'Rumi, op. cit': a writer's name and the stand-in for his work cited before, nothing after (its last stop taken off)."""
    m = NAME_OP_CIT.fullmatch(text)
    return bool(m and not m.group("rest") and not m.group("dot"))


def _start_in(chunk: str, c: NoteCitation) -> int:
    """Where a citation starts in its chunk: where its raw text does, or else at its first author's name."""
    at = chunk.find(c.raw)
    if at > 0 or not c.record.get("author"):
        return max(0, at)
    return max(0, chunk.find(_family_name(c.record["author"][0])))


def _family_name(name: dict) -> str:
    return name.get("family") or name.get("literal") or "\0"


_NAME_YEAR_IN_PROSE = re.compile(  # opens on its capital, the words before it looked at behind it: a quick scan
    r"[A-Z](?:(?<=\bin [A-Z])|(?<=\bsee [A-Z])|(?<=\bcf\. [A-Z])|(?<=: [A-Z])|(?<=; [A-Z]))[a-zà-ÿ’'\-]+(?:\s+(?:and|&)\s+[A-Z][a-zà-ÿ’'\-]+)?"
    r"\s+(?:(?:1[5-9]|20)\d\d/)?(?:1[5-9]|20)\d\d[a-z]?(?:\s*[-–]\s*\d{2,4})?(?::\s*\d+(?:\s*[-–]\s*\d+)?)?(?=[\s,.;)]|$)")


# author-date references listed in a parenthesis after a cue: '(see Alvey 1993; Forte and Siliotti 1997)'
_CUED_YEAR_LIST = re.compile(r"\((?:see|cf\.|q\.v\.)\s+(?P<refs>[A-Z][^()]{3,200}?)\)")
_ONE_YEAR_REF = re.compile(r"[A-Z][a-zà-ÿ’'\-]+(?:\s+(?:and|&)\s+[A-Z][a-zà-ÿ’'\-]+)?\s+(?:1[5-9]|20)\d\d[a-z]?"
                           r"(?::\s*\d+(?:\s*[-–]\s*\d+)?)?")


def _cued_year_refs(chunk: str) -> list[NoteCitation]:
    """The author-date references of every cued parenthesis that holds nothing else."""
    out = []
    for m in _CUED_YEAR_LIST.finditer(chunk):
        parts = m.group("refs").split("; ")
        if all(_ONE_YEAR_REF.fullmatch(p.strip()) for p in parts):
            out.extend(c for c in (_one(p) for p in parts) if c and c.record.get("issued"))
    return out


_CUED_PAREN = re.compile(r"\((?:vgl\.|so(?:\s+auch(?:\s+schon)?)?|voir|cf\.|cfr\.|see|siehe|zie|véase|vedi|(?:[пП]одробнее\s+)?[сС]м\.(?:\s+(?:также|подробнее))?:?|[сС]р\.:?|[цЦ]ит\.\s+по:?)\s+(?P<c>[^()]{8,200})\)")


def _cited_before_parenthesis(chunk: str) -> list[NoteCitation]:
    """'Smith, Title, 45 (cf. Jones, Other, 67)': a citation with its page before the cued parenthesis."""
    m = _CUED_PAREN.search(chunk)
    head = chunk[:m.start()].rstrip(" ,") if m else ""
    if not head[-1:].isdigit() or ", " not in head:
        return []
    c = _one(head)
    return [c] if c and c.locator and c.record.get("author") and c.record.get("title") else []


def _cued_parentheses(chunk: str) -> list[NoteCitation]:
    """Works cited in parentheses inside a sentence, after a cue: '(vgl. H. Müller, Die Stadt, S. 4)'."""
    out = []
    for m in _CUED_PAREN.finditer(chunk):
        c = _one(m.group("c"), cued=True)
        if c and (c.record.get("author") or c.record.get("editor")) and c.record.get("title"):
            out.append(c)
    return out


def _name_years_in_prose(chunk: str) -> list[NoteCitation]:
    """Author-date references named in a sentence: '… further references in Badian 1990a.'"""
    found = []
    for m in _NAME_YEAR_IN_PROSE.finditer(chunk):
        c = _one(m.group(0))
        if c and set(c.record) <= _AUTHOR_DATE_FIELDS:
            found.append(c)
    return found


def _closing_parenthesis(chunk: str) -> list[NoteCitation]:
    """Prose that ends on its source in parentheses: '… рассказывал Каганович (Чуев Ф. И. …, 2001. С. 137)'."""
    depth = 0
    for i in range(len(chunk) - 1, -1, -1):
        depth += chunk[i] == ")"
        depth -= chunk[i] == "("
        if depth == 0:
            inner = chunk[i + 1:-1]
            if i > 10 and len(inner) > 15 and _YEAR_OR_PAGE.search(inner):
                c = _one(inner)
                if c and (c.record.get("issued") or c.locator) and (c.record.get("author") or c.record.get("editor")):
                    return [c]
                if c and c.locator and c.record.get("type") == "periodical" and c.record.get("issued") and c.record.get("title"):
                    c.record.update(type="article-journal", **{"container-title": c.record.pop("title")})
                    return [c]  # 'письмо … (“Вестник Европы”, 1868 г., кн. I, стр. 235)': the piece, where it was printed
                if c and c.locator and c.record.get("title") and chunk[:i].rstrip(" .")[-1:] in "»”\"":
                    return [c]  # '«… l’Équateur». (Histoire de la géographie, tom. I, pag. 290)': a quotation's source
                return _journal_in_parentheses(inner)
            return []
    return []


_FIGURE_END = re.compile(r"[;,]\s*(?:figs?|pls?|plates?)\.?\s*\d+[a-z]?$", re.I)


def _cut_at_parenthesis(record: dict) -> bool:
    """A title that closes a parenthesis it never opened: prose read up to a source in parentheses."""
    title = record.get("title", "")
    return ")" in title and "(" not in title


def _journal_in_parentheses(inner: str) -> list[NoteCitation]:
    """'… excavated in 1969–70 (Britannia i (1970) 270–1; fig. 2)': a journal's volume, year and pages, no author."""
    if "(" not in inner:
        return []
    fig = _FIGURE_END.search(inner) if "ig" in inner or "pl" in inner or "Pl" in inner else None
    c = _one(inner[:fig.start()] if fig else inner)
    if c and c.locator and c.record.get("type") == "article-journal" and c.record.get("container-title") \
            and c.record.get("issued") and c.record.get("volume"):
        return [c]
    return []


_NAME_YEAR_ONLY = re.compile(rf"(?P<given>(?!{_PARTICLE}\s)[A-ZÀ-Þ][a-zß-ÿ]+\s+(?=[A-ZÀ-Þ][^()]*\(\d))?{_WHO}\s+\({_YEAR_PAGE}\)")


_YEAR_OR_PAGE = re.compile(r"\b(?:1[5-9]|20)\d\d\b|\b(?:pp?|pagg?|S|С|Р)\.\s*\d")


_PAGE_KEY = re.compile(r"^p\.\s*\d{1,4}\.\s+[^:,;()]{1,60}:\s+")
_TOPIC = re.compile(r"(?<=\.\s)[A-Z][^:,;()]{1,60}:\s+(?=[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3},\s)")
_LEMMA = re.compile(r"^(?:‘[^’]*’|“[^”]*”|'[^']*'|\[[^\]]*\]|p\.\s*\d+)\s*:\s*")
_GUILLEMET_LEMMA = re.compile(r"»[^»«]{1,80}«(?:\s(?:u\.|und)\s»[^»«]{1,80}«)?\s(?=[A-ZÄÖÜ])")  # German '»Natürlich waren die« Mendelssohn: …'
_IN_LEAD = re.compile(r"in\s+[A-Z]")
_COLON_NAME = re.compile(r":\s+(?=(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]+(?:\s\(eds?\.\))?,\s|“|Ibid)")


# Italian 'Cronica Sanese di Neri di Donato', 'Istoria di Pistoja … di Michel Angelo Salvi': the chronicler after 'di'
_CHRONICLE_BY = re.compile(r"(?P<t>(?:Cronac|Cronic|Istori|Annal|Diari|Memori|Commentar)\w*\s.*?|Cronac[ah]|Cronica)\s+di\s+"
                           r"(?P<who>[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+(?:di\s+)?[A-ZÀ-Þ][a-zà-ÿ]+){1,3})")

_BOOK_NUMBER_END = re.compile(r"(?:,\s*|\s)(?:l|lib)\.\s*[IVXLC]{1,6}$")  # '…, l. I': the book of the chronicle


def _chronicle_by(record: dict) -> None:
    """The title of a chronicle named with its writer: the writer as author ('di' inside a name keeps it whole)."""
    m = _CHRONICLE_BY.fullmatch(_BOOK_NUMBER_END.sub("", record["title"]))
    if m:
        who = m.group("who")
        record["title"] = _BOOK_NUMBER_END.sub("", m.group("t"))
        record["author"] = [{"literal": who}] if " di " in who else parse_names(who)


def _no_lemma(text: str) -> str:
    """Without a leading quoted phrase or 'p. 5' and its colon (page-keyed endnotes)."""
    if text[:1] == "»":  # German page-keyed notes open on the words noted, in reversed guillemets
        return _GUILLEMET_LEMMA.sub("", text, 1)
    return _LEMMA.sub("", text) if text[:1] in "‘“'[p" else text


def _drop_lemma(body: str) -> str:
    """'‘the Führer has decided’: in X' and 'p. 5: quoted words: Colville, ...' -> the citation."""
    body = _no_lemma(body)
    if _IN_LEAD.match(body):
        body = body[3:]
    m = _COLON_NAME.search(body) if ":" in body else None
    if m and _outside_quotes(body[:m.start()]) and (re.search(r"\. \. \.|…", body[:m.start()])
                                                     or _prose(body[:m.start()])
                                                     or _key_phrase(body[:m.start()])):
        body = body[m.end():]  # '… triomphalisme : Pierre Grosser, « … »'
    return body


def _chapter_in_short_form(record: dict, text: str) -> None:
    """'‘The Age of Offa’, in Campbell, The Anglo-Saxons, 1991, p. 128': a chapter in a book cited short, by its
    author's surname, title and year; no publisher."""
    who, book = record["container-title"], record["publisher"]
    if f"in {who}, {book}, {record['issued']['date-parts'][0][0]}, " in text and who[:1].isupper():
        record.update({"container-author": [{"family": who}], "container-title": book})
        del record["publisher"], record["type"]


def _without_remark_by_author(record: dict, title: str) -> str:
    """The title without a sentence about the author after it: 'A Social History of Truth. Shapin devotes …'."""
    family = record["author"][0].get("family")
    at = title.find(f". {family} ") if family else -1
    if at > 0 and title[at + len(family) + 3:][:1].islower():
        record["title"] = title = title[:at]
    return title


def _key_phrase(head: str) -> bool:
    """The words of the text a page-keyed endnote repeats before its citation: 'recording played
    at his funeral: King, My Life, 343' (mostly lower case, no comma: not 'Author, Title: …')."""
    if ", " in head or len(head) > 90:  # '139,801 American casualties: NYT, …' has no comma of a list
        return False
    if head[:1].islower() and head[1:2] in "abcdefghijklmnopqrstuvwxyz ":
        return True  # 'a “miracle of youth”: Jardine, …', 'skeletally thin Robert Boyle: Steven Shapin, …'
    words = [w for w in head.split() if len(w) > 1 and w[:1].isalnum() and w.lower() not in _SMALL]
    return len(words) >= 3 and sum(w[0].islower() or w[0].isdigit() for w in words) * 2 > len(words)


_PROSE_TAIL = re.compile(r"(?:(?<=\d)\s*,\s+|(?<=\))\s*,?\s+)(?=[a-z]+\s+[a-z])(?![^()]*\))(?!(?:and|et|und|y|e|и)\s+\d)"
                         r"(?!(?:ed|eds|trans|vol|no|n|esp|ch)\.)(?![^\d]*(?:https?:|www\.|[“«\"‘]))[^\d]*$")


# prose after an imprint that names a number and ends in words: ') puts the total at 950,000 for both sides'
_PROSE_WITH_NUMBERS = re.compile(r"\)\s(?=[a-z]+\s[a-z])(?!(?:ed|eds|trans|vol|no|n|esp|ch|chap|pp?|and|et)[.\s])[^()]*$")
# a relative clause on the work or its author after the page: '…, 67, who disagrees', '…, S. 4, der …'
_RELATIVE_WORDS = frozenset("who which where whose qui que dont où der die das welche che cui quien quienes donde".split())
_DIGIT_THEN_PROSE = re.compile(r"\d,\s[a-z]{3,}\s[a-z]")


# an Italian by-line with an honorific after the title: 'Memorie Manzoniane del prof. Cristoforo Fabris'
_IT_FOUND_IN = re.compile(r"^[^,;]*\s(?:nell[aeo']|nei|negli|nel)\s*(?=[A-ZÀ-Þ])")
_ITALIAN_BY_WORDS = re.compile(r" d(?:el |i |ello )")  # ' del ', ' di ', ' dello ': one scan
_ITALIAN_BYLINE = re.compile(r"\s+(?:d(?:el|ello|i)\s+(?:prof|dott|sig|cav|comm|avv|conte|marchese|mons|padre|can)|del\s+P(?=\.))\.?\s+"
                             r"(?P<who>(?:[A-ZÀ-Þ][\w’'.\-]*\s+){0,2}[A-ZÀ-Þ][\w’'\-]+)(?=,|\.\s|$)")
# 'Paul Preston en su Franco', 'Max Weber in seiner Protestantischen Ethik', 'Croce nella sua Storia': Spanish,
# German, Italian, French, Portuguese and Dutch possessives between an author and the title of the work
_OWN_WORK_OTHER = re.compile(r"(?P<who>(?:[A-ZÀ-Þ][a-zß-ÿ’'\-]+\s+(?:de\s+|di\s+)?){0,2}[A-ZÀ-Þ][a-zß-ÿ’'\-]+)\s+(?:en\s+su|in\s+seine[mnr]?|"
                             r"in\s+ihre[mnr]?|nel\s+suo|nella\s+sua|e\s+al\s+suo|e\s+alla\s+sua|dans\s+son|dans\s+sa|em\s+seu|na\s+sua|in\s+zijn|"
                             r"in\s+haar)(?:\s+[a-zß-ÿ]+){0,2}?,?\s+(?=[A-ZÀ-Þ«„“\"*])")  # 'dans son ouvrage, Title'
# 'M. Aragón en su estudio preliminar a Title', 'X dans sa préface à Title': the author's front matter to a book
# ' su ', ' sein', ' ihre', ' suo ', ' sua ', ' son ', ' sa ', ' seu ', ' zijn ', ' haar ': one scan, quicker than ten `in`
_OWN_WORK_WORDS = re.compile(r" (?:s(?:u |ein|uo |ua |on |a |eu )|ihre|zijn |haar )")
# ', ne', ', en su', ', dans s', ', in sein', ', in ihr': the openings _IN_OWN_WORK_OTHER needs, in one scan
_IN_OWN_WORK_WORDS = re.compile(r", (?:ne|en su|dans s|in sein|in ihr)")
_OWN_PREFACE = re.compile(r"(?P<who>(?:[A-ZÀ-Þ]\.\s?|[A-ZÀ-Þ][a-zß-ÿ’'\-]+\s+){0,2}[A-ZÀ-Þ][a-zß-ÿ’'\-]+)\s+"
                          r"(?:en\s+su|dans\s+sa|dans\s+son|nella\s+sua|nel\s+suo)\s+(?P<part>estudio\s+preliminar|pr[óo]logo|"
                          r"introducci[óo]n|introduction|préface|prefazione|introduzione)\s+(?:a|à|al|alla)\s+(?=[A-ZÀ-Þ«“\"])")
_OWN_WORK_LEAD = re.compile(r"(?:[A-Z]?[a-z]+\s+){0,2}?(?:in\s+)?(?:my|his|her|their)\s+"
                         r"(?:(?:book|study|article|essay|monograph|paper)s?,?\s+)?(?=[A-Z“\"‘«*])")


_IN_OWN_WORK = re.compile(r",\s+in\s+(?:his|her|their)\s+(?:(?:recent|new|classic|excellent|important)\s+)?"
                          r"(?:book|study|article|essay|monograph|paper)s?,?\s+(?=[A-Z“\"‘«*])")


# Italian, Spanish, French and German 'in his (her) …' between the author and the title
_IN_OWN_WORK_OTHER = re.compile(r",\s+(?:nei\s+suoi|nel\s+suo|nella\s+sua|nelle\s+sue|en\s+sus?|dans\s+(?:son|sa|ses)|"
                                r"in\s+seine[mnr]?|in\s+ihre[mnr]?)\s+(?=[A-ZÀ-Þ«“„\"])")
# 'el artículo de Tovar en Arriba', 'l'articolo di Croce in La Critica', 'l'article de Bloch dans Annales': the writer
_ARTICLE_BY_OPENINGS = frozenset(("el", "un", "l'", "l’"))
_ARTICLE_BY = re.compile(r"(?:el|un|l['’]|un\s)\s*(?:artículo|articolo|article)\s+(?:de|di|del)\s+"
                         r"(?P<who>[A-ZÀ-Þ][\w’'\-]+(?:\s[A-ZÀ-Þ][\w’'\-]+)?)\s+(?P<in>en|in|dans)\s+(?=[A-ZÀ-Þ«“])")
# a piece in its author's collected works, with no comma before 'in': 'Lo que yo supe en Obras completas'
_IN_COLLECTED_WORKS = re.compile(r"(?<=[\w»”])\s+(?=(?:en|in|dans|em)\s+(?:Obras\s+(?:completas|escogidas|selectas)|"
                                 r"Opere(?:\s+complete)?|[ŒO]e?uvres(?:\s+complètes)?|Gesammelte\s+(?:Werke|Schriften)|"
                                 r"Sämtliche\s+Werke)\b)")
# a full stop between the title and an imprint 'Place, Publisher, Year' (Italian and Spanish notes), a page after it
_STOP_BEFORE_IMPRINT = re.compile(r"\.(?<=[a-zà-ÿ]\.)\s+(?=(?P<p>[A-ZÀ-Þ][\w\-]+(?:\s?a/M\.|\sa\.\s?M\.)?),\s+[A-ZÀ-Þ][^,.;:]{1,40},\s+"
                                  r"(?:1[5-9]|20)\d\d(?:,\s*(?:pagg?|pp?)\.\s*\d[\d\-–, ]*)?$)")
# the page before the imprint: 'European Beginnings in West Africa, p. 23, London, Longman, 1937'
_PAGE_BEFORE_IMPRINT = re.compile(r",\sp{1,2}\.\s?(?P<p>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)(?=(?:,\sVol\.\s[IVXL\d]{1,5})?"
                                  r",\s(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s[^()]{0,60}\d{4}\.?$)")
_VOLUME_THEN_PLACE = re.compile(r"(,\s*(?:vol|tom|Bd)\.\s*(?:[IVXLC]{1,6}|\d{1,3}))\.\s+(?=[A-ZÀ-Þ][\w\-]+(?:\s[A-ZÀ-Þ][\w\-]+)?,\s+"
                                r"[^,]{2,40},\s+(?:1[5-9]|20)\d\d\b)")
_PROSE_THEN_PAGE = re.compile(r"(?<=\))\s*,\s+(?P<prose>[a-z][^()]*?),\s*(?P<loc>(?:pp?\.|S\.|С\.)\s*\d[\d–\-, ]*)$")


def _imprint_before(text: str, end: int) -> bool:
    """An imprint closes the text before `end`, after 'Author, Title' ('Dale, A., Towns (Oxford,
    1980) are …'; not 'The Treaty of Versailles (Paris, 1919) ended …')."""
    start = text.rfind("(", 0, end)
    inside = text[start:end]
    return ("," in inside or ":" in inside) and ", " in text[:start]


_FRONT_MATTER = ("preface", "introduction", "foreword", "Preface", "Introduction", "Foreword", "passim")
_FRONT_MATTER_END = re.compile(r",\s*(?:(?:the\s+)?(?:preface|introduction|foreword)|passim)$", re.I)
_HOLDER_END = re.compile(r"(?<=\d)\s+\((?:[A-Z][\w.]*,?\s*){1,5}\)$")
_REMARK_END = re.compile(r"\s*\((?![^()]*\s(?:ed|edn|éd)\.?\)$)(?:[a-zà-ÿа-яё][^()\d]{2,40}|sic|Hervorhebung[^()\d]{0,30}|Übers[^()\d]{0,30})\)$")


_PAGE_THEN_PROSE = re.compile(r"(?:\bpp?|pagg?|\bS)\.\s*\d[\d–\-]*(?:,\s*\d[\d–\-]*)*(?=,\s+[a-zà-ÿ]{2,}\s+[a-zà-ÿ]{2,}\s)")
_AND_CHAPTER_END = re.compile(r",(?<=\d,)\s+and\s+(?:ch|chap)\.\s*\d{1,3}\.?$")
_PAGE_SPACE_PROSE = re.compile(r"p(?<![\w.]p)p?\.\s*\d[\d–\-]*(?:,\s*\d[\d–\-]*)*(?=\s+[a-z]{2,}\s+[a-z]{1,}\s)")
_PAGE_THEN_VERB = re.compile(r",(?<=\d,)\s+(?:cites|quotes|argues|notes|suggests|says|writes|claims|shows|describes|"
                             r"discusses|mentions|reports|observes|points|gives|calls|lists|prints|reproduces)\s")
_ARTICLE_NAME = re.compile(r"(?:il|lo)\s+(?=[A-ZÀ-Þ][\w’'\-]+(?:\s+[A-ZÀ-Þ][\w’'\-]+)?(?:,|\s+ne(?:l|lla|lle|gli)\s))")


def _wrapped(text: str) -> bool:
    """The parenthesis that opens the text closes at its end."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0:
            return i == len(text) - 1
    return False


def _front_matter_of_volume(m: re.Match) -> NoteCitation:
    """The introduction (preface…) that an author wrote to one volume of a work, and the pages cited."""
    record = {"author": parse_names(m.group("who")), "title": m.group("part"), "volume": m.group("v"),
              "container-title": m.group("t").strip(" .")}
    locator, label, _ = take_locator(m.group("loc")) if m.group("loc") else (None, None, "")
    return NoteCitation(record, locator, label, m.group(0))


# '31 Car. II, c. 2', '9 Geo. IV, c. 31': an English statute by the regnal year and the chapter
_REGNAL_STATUTE = re.compile(r"\d{1,3}\s+[A-Z][a-z]{1,6}\.?\s+(?:[IVX]{1,5}|\d{1,2})")  # before its chapter


_FRONT_MATTER_BY = re.compile(r"(?:[Tt]he\s+)?(?P<part>[Ii]ntroduction|[Pp]reface|[Ff]oreword|[Aa]fterword)\s+by\s+"
                              r"(?P<who>(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w’'\-]+)\s+to\s+(?=[A-Z“\"‘])")
_FRONT_MATTER_OPEN = frozenset(("the", "int", "pre", "for", "aft"))


_COURT_OPENINGS = frozenset("BGH BVe BAG BSG BFH BPa EuG EGM OLG OVG VGH LAG LSG".split() + ["RG,", "KG,", "LG ", "AG ", "VG ", "FG "])


_RU_CHAPTER = re.compile(r"\.\s*Гл\.\s*(?P<n>\d{1,3}|[IVXL]{1,6})(?=\.|,|\s|$)")
_PAGES_BEFORE_SLASHES = re.compile(r"\.\s+(?:[PСРS]|pp?|с)\.\s*(?P<loc>\d[\d,\-–— ]*?)\s*(?=\s//\s)")
# GOST: two pieces of one book, each with its pages, before the '//' that names it
_TWO_PIECES = re.compile(r"(?P<a>[^/]+?\.\s+(?:[PСР]|pp?|с)\.\s*\d[\d,\-–— ]*?),\s+"
                         r"(?P<b>[A-ZА-ЯЁ][\w’'\-]+\s+(?:[A-ZА-ЯЁ][a-z]?\.\s?){1,2}[^/]+?)\s+//\s+(?P<c>.+)")


_YEAR_VOLUME_PAGE = re.compile(r",(?<=\d{4},)\s*(?P<v>\d{1,2}|[IVX]{1,5}),\s*(?:(?:ep|ер|epist)\.\s*\d{1,4},\s*)?"
                               r"(?=(?:pp?|pagg?|S|С)\.\s*\d[\d–\-]*\.?$)")
_PAGES_LABEL = re.compile(r"(?<!\w)(?:С|с|S|pp?)\.\s*(?=\d)")
_PAGE_GLOSS = re.compile(r"(?<=\d)\s*\((?:\d{1,2}\.\d{1,2}\.?(?:\d{2,4})?|[^\W\d][^()\d]{0,20})\)")
_PAGE_LIST = re.compile(r"\d[\d–\-]*(?:\s*(?:,|and|и|et|und)\s*\d[\d–\-]*)*")


def _without_page_glosses(text: str) -> str:
    """'… С. 517–526 (07.12.1930), 527 (8.12)' -> '… С. 517–526, 527': a gloss on a page cited (a date, a word)
    is no part of the locator."""
    labels = list(_PAGES_LABEL.finditer(text, max(0, len(text) - 80)))
    if not labels:
        return text
    start = labels[-1].end()
    pages = _PAGE_GLOSS.sub("", text[start:])
    return text[:start] + pages if pages != text[start:] and _PAGE_LIST.fullmatch(pages) else text


_NUMBERED_SECTION = re.compile(r"(?P<c>[^\d].{2,200}?)\.\s+(?P<n>\d{1,2}(?:\.\d{1,2}){1,2})\.?\s+(?P<t>[А-ЯЁA-ZÀ-Þ][^.]{2,120})")
_RU_CHURCH_RANK = re.compile(r"(?:Митрополит|Архиепископ|Епископ|Патриарх|Архимандрит|Игумен|Иеромонах|Протоиерей|"
                             r"Священник|Иерей|Монах|Инок)\s+(?=[А-ЯЁ][а-яё]+\s?\.\s)")


def _marks(text: str) -> tuple[str, dict | None]:
    """The text without the marks the parse would misread, and those marks: 'Milano, 1941, 2, ер. 224, p. 267'
    (the volume between the year and the page, a letter's number), '… Т. 8. Гл. 5.' (the chapter cited), 'Title.
    P. 49,50-52 // Book …' (the pages of the piece, named before its book), a span with the pages stressed and a
    translator ('с. 145—147, специально с. 147, пер. Т. А. Миллер')."""
    marks = {}
    m = _YEAR_VOLUME_PAGE.search(text, max(0, len(text) - 50)) if text[-1:].isdigit() and ", " in text[-40:] else None
    if m:
        marks = _number_after_year(text, m)
        text = text[:m.start()] + ", " + text[m.end():]
    if not text.isascii() and _CYRILLIC_OR_LATER.search(text):
        m = _RU_CHAPTER.search(text) if "Г" in text and "Гл." in text else None
        if m:
            text, marks["chapter"] = text[:m.start()] + text[m.end():], m.group("n")
        if "п" in text and ("пер. " in text or "специально" in text) or "о" in text and "особенно" in text or "м" in text and "прим." in text:
            text, span, translator = russian_tail(text)
            if span:
                marks["span"] = span
            if translator:
                marks["translator"] = translator
    m = _PAGES_BEFORE_SLASHES.search(text) if "/" in text and " // " in text else None
    if m:
        text, marks["pages"] = text[:m.start()] + text[m.end():], dash(m.group("loc"))
    return text, marks or None


def _number_after_year(text: str, m: re.Match) -> dict:
    """'Milano, 1941, 2, p. 267': a volume; after a quoted article title ('« Titre », Annales ESC, 1989, 6,
    p. 1325') the journal's issue."""
    return {"issue" if _QUOTE_MARK.search(text, 0, m.start()) else "volume": m.group("v")}


def _apply_marks(marks: dict, record: dict, locator: str | None, label: str | None) -> tuple[str | None, str | None]:
    if "chapter" in marks and not locator:
        locator, label = marks["chapter"], "chapter"
    if "pages" in marks and not locator:
        locator, label = marks["pages"], "page"
    if "volume" in marks and "volume" not in record and record.get("issued"):
        record["volume"] = marks["volume"]
    if "issue" in marks and record.get("type") == "article-journal" and not record.get("issue"):
        record["issue"] = marks["issue"]
    if "span" in marks and locator:
        record["page"] = marks["span"]  # 'с. 175—221, специально с. 194—199': the span cited, and the pages stressed
    if "translator" in marks and not record.get("translator"):
        record["translator"] = marks["translator"]
    return locator, label


# a US National Archives record group with its box, entry or the archive's name: an archival document, not a work
_RECORD_GROUP = re.compile(r"\bRG \d{1,3}[A-Z]?,(?=.*?\b(?:NARA|National Archives|Box \d|Entry \d))")

# a file at The National Archives (UK) by its department's code, series and piece: 'FO 371/1250', 'SP 1/185'
_CLASS_REFERENCE = re.compile(r"(?<![\w/])(?:FO|CO|CAB|PREM|SP|ADM|WO|HO|DO|BT|AIR|KV|INF|DEFE|MAF|LAB|POWE)\s\d{1,4}/\d+")

_NOTE_IN_LOCATOR = re.compile(r"(?<=\d),?\s*nn?\.\s*\d+(?:\s*[-–]\s*\d+)?(?=$|;)")

# Polish 'praca Petera Brocka', 'książka Jana Nowaka': a man's work, his name in the genitive
_PL_WORK_OF = re.compile(r"(?<=\s)(?:prac[aęy]|książk[aęi]|esej|studium)\s+(?P<g>[A-ZŁŚŻŹ][a-ząćęłńóśźż]+a)\s+(?P<f>[A-ZŁŚŻŹ][\w\-]+a),\s")


_DASHED_NAME = re.compile(r"(?<=[A-ZÀ-Þ]\.\s)([A-ZÀ-Þ][a-zß-ÿ]+)[—–]([A-ZÀ-Þ][a-zß-ÿ]+),")
_CENTURIES = frozenset(("18", "19", "20"))
_CHAMBER = re.compile(r"Parliament|Congress|Senate|Reichstag|Bundestag|Duma|Commons|Lords|Assembly|Court|Council|Chamber")  # a speech
_WRITER_IN_PAPER = re.compile(r"(?P<who>[A-ZÀ-Þ][a-zß-ÿ]+(?:\s+(?:van|de|von|der)?\s?[A-ZÀ-Þ][a-zß-ÿ]+){1,2})\s+in\s+"
                              r"(?P<p>[A-ZÀ-Þ][\w’'\-]+(?:\s+[A-ZÀ-Þ][\w’'\-]+){0,3}),?\s+(?P<d>\d{1,2}\.?\s+[^\W\d]{3,12}\s+(?:1[89]|20)\d\d)")
_ARTICLE_BY_IN_PAPER = re.compile(r"\barticle\s+by\s+(?P<who>(?:[A-ZÀ-Þ][a-zß-ÿ]+\s+|[A-ZÀ-Þ]\.\s?){1,2}[A-ZÀ-Þ][\w’'\-]+),"
                                  r"[^;]{0,120}?\bpublished\s+in\s+(?P<p>[A-ZÀ-Þ][^,;]{2,50}),\s+"
                                  r"(?P<d>\d{1,2}\s+[A-Z][a-z]{2,8}\s+(?:1[89]|20)\d\d|[A-Z][a-z]{2,8}\s+\d{1,2},\s+(?:1[89]|20)\d\d)(?:\s+and)?$")
# Italian 'il Bonaini (Della Parte guelfa in Firenze), nel Giornale Storico degli Archivi toscani, Vol. III, pag. 167':
# the writer with his article, the title in parentheses, then the journal, its volume and the page
_IT_ESSAY_IN_JOURNAL = re.compile(r"(?:^|\s)(?:il|lo|la)\s+(?P<who>[A-ZÀ-Þ][a-zß-ÿ’'\-]+)\s+\((?P<t>[A-ZÀ-Þ][^()]{3,100})\),"
                                  r"\s+nel(?:la|lo|l['’])?\s*(?P<j>[A-ZÀ-Þ][^,;()]{3,80}),\s*(?P<rest>(?:Vol|vol|Anno|anno|[IVXL]).*)$")


# '– Введение к книге “Очерки большевизмоведения”. Изд. Посев, 1956': the writer's introduction to a book
_RU_FRONT_MATTER = re.compile(r"(?P<part>Введение|Предисловие|Послесловие)\s+к\s+книге\s+[“«](?P<t>[^”»]{2,120})[”»]\.?\s*"
                              r"(?:Изд\.\s*(?P<pub>[^,.]{2,40}),\s*)?(?P<y>(?:1[89]|20)\d\d)\.?$")


_MONTH_YEAR_ONLY = re.compile(r"[A-Z][a-z]{2,8}\.?\s+(?:1[5-9]|20)\d\d")
_IN_INVERTED_EDITOR = re.compile(r"// In: (?P<fam>[A-ZÀ-Þ][\w’'\-]+),\s+(?P<given>[A-ZÀ-Þ][a-z]+|(?:[A-ZÀ-Þ]\.\s?){1,3}),\s+"
                                 r"eds?\.\s+(?=[A-ZÀ-Þ])")
_LANGUAGE_EDITION = re.compile(r",\s+(?P<ed>(?:Spaanse|Engelse|Duitse|Franse|Italiaanse|Russische|Poolse|Nederlandse|Spanish|"
                               r"English|German|French|Italian|Russian|Polish|Dutch))\s+ed\.(?=,|$)")
_TWO_VOLUMES_END = re.compile(r",\s+t\.\s?([1-9lI]),\s?([2-9])$")
# the short name used hereafter: '(далее КПСС)', '(hereafter cited as Comm.)', French '(désormais cité Chrétiens...)'
_HEREAFTER = re.compile(r"\s*\((?:далее|hereafter|henceforth|désormais|ci-après|d['’]ora in poi|in seguito|im Folgenden)"
                        r"\s*[–—-]?\s*[^()]{1,40}\)")
_HEREAFTER_HINT = re.compile(r"\((?:далее|hereafter|henceforth|désormais|ci-après|d['’]ora|in seguito|im Folgenden)")
_FR_EDITIONS = re.compile(r",\s*(?P<ed>\d{1,2})\s?(?:e|ème|re|er)\s+éd\.\s*(?P<y>(?:1[5-9]|20)\d\d)"
                          r"(?:,\s*1\s?(?:re|ère|er)\s+éd\.\s*(?P<y1>(?:1[5-9]|20)\d\d))?")
_FROM_NAME = re.compile(r"From\s+(?:[A-ZÀ-Þ][a-zß-ÿ]+\s+|[A-ZÀ-Þ]\.\s?){1,3}[A-ZÀ-Þ][\w’'\-]+(?:\s+\(eds?\.\))?,\s")
_CHAPTER_TITLE_END = re.compile(r"(?<=\d),\s+[‘“][^’”]{3,120}[’”]$")
_CS_SV_OP_CIT = re.compile(r",?\s+(?:cit\.\s?d(?:ílo)?|c\.\s?d|anf\.\s?arb|a\.\s?a|nav\.\s?(?:dj|djelo|delo|d)|нав\.\s?(?:дело|дј|д)"
                           r"|цит\.\s?съч)\.?(?=,|$)")  # Serbo-Croatian 'nav. dj.', Bulgarian 'цит. съч.'
_DUTCH_OP_CIT = re.compile(r",?\s+o\.\s?c\.?(?=,|$)")
_NAME_AAO = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)\s+a\.\s?a\.\s?O\.\s*,?\s*(?=S\.)")
_HU_OP_CIT = re.compile(r":?\s+id\.\s?mű\.?(?=,|$)")  # Hungarian 'Berecz: id. mű, 99. o.'
_EDITOR_OP_CIT = re.compile(r",\s+(eds?)\.,\s+(?=op\.\s*cit)")


_OTHER_CLAUSE = re.compile(r"\s(?:был[аио]?|были|является|est|sont|était|étaient|ist|sind|war|waren|wurde|wurden|fue|fueron|era|eran"
                           r"|è|furono|erano|był[aoy]?|byli|jest|było|werd|werden|waren)\s")
_CYRILLIC_OR_LATER = re.compile("[\u0400-\U0010ffff]")  # a letter from Cyrillic on: a quicker look than max(text)
_REPRINT_INSIDE = re.compile(r"(?P<y>\b(?:1[5-9]|20)\d\d); (?:repr\.|reprinted) in (?P<w>[A-Z][^()]{5,200}\([^()]{4,80}\)(?:,\s?\d[\d–\-]*)?)\)")
_DIARY_ENTRY_IN = re.compile(r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2},\s(?:diary|journal)(?:\sentry)?(?:\sfor|\sof|,)?\s"
                             r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s|\d{1,2}\s[A-Z][a-z]{2,8}\.?\s)\d{4},\sin\s(?=[A-Z])")
_ACT_SCENE_LINE = re.compile(r"[IVX]{1,5}\.\s?\d{1,2}\.\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?")
_QUOTED_TOPIC = re.compile(r"(?:For|On)\s(?:the\s)?[‘“][^’”]{2,80}[’”]")
_YEARS_IN_PROSE = re.compile(r"\s(?:from|between)\s1\d\d\d\s(?:to|and|until)\s1\d\d\d|\s(?:until|since|till)\s1\d\d\d(?=[,.\s]|$)")
_CITATION_MARKS = frozenset("0123456789*\"“”‘’«»„()[]/:;")
_CITATION_MARK = re.compile("[" + re.escape("".join(sorted(_CITATION_MARKS))) + "]")  # one of them: a quicker scan


_SEE_NOTE_DE = re.compile(r"\((?:wie|s\.|vgl\.)\s?Anm\.\s?\d{1,4}\)")


def _cited_in_note(text: str, record: dict) -> bool:
    """German 'The Letters of John of Salisbury, vol. I (wie Anm. 156)': a work by title, given in full in an
    earlier note."""
    title = record.get("title", "")
    return set(record) <= {"title", "volume"} and title[:1].isupper() and len(title.split()) <= 10 \
        and not _prose(title) and bool(_SEE_NOTE_DE.search(text))


def _plain_prose(text: str) -> bool:
    """A sentence (mostly lower case, with a verb such as 'was' or 'had') and no digit, quotation mark, italics,
    bracket, colon or slash: no work is cited in it."""
    return _CITATION_MARK.search(text) is None and _prose(text) and (_CLAUSE.search(text) or _OTHER_CLAUSE.search(text)) is not None


_INITIALS_NAME = re.compile(r"(?<![\w.])[A-ZÀ-ÞА-ЯЁ]\.\s?(?:[A-ZÀ-ÞА-ЯЁ]\.\s?)*[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]")
_ITALIC_LINE = re.compile(r"(?<=[,;]\n)([A-ZÀ-Þ][^\n“”«»]{1,200}?)(?=\n,)")
def _quoted_after_words(m: re.Match) -> str:
    """A title in italics, set on a line of its own, quoted when words of prose lead to it on the line before."""
    line = m.string[m.string.rfind("\n", 0, m.start() - 1) + 1:m.start()]
    opens = m.string[m.start() - 2] == ";"  # or when it opens the next citation: '…, pp. 285-292;⏎Catalunya sota …⏎, París'
    return f"“{m.group(1)}”" if opens or _LOWER_WORD.search(line) else m.group(1)


_LOWER_WORD = re.compile(r"\s[a-zà-ÿ]{3,}")
_TITLE_GLOSS = re.compile(r"(?<=[a-zà-ÿ])\s\((?:[“‘\"]?)[A-ZÀ-Þ][^\W\d]*(?:\s[^\W\d][^\W\d’'\-]*){1,12}[”’\"]?\)$")
_IN_PAPER_ON = re.compile(r"(?:\sdans|(?<=[»”],)\sin)\s+(?:la\s+|le\s+|l[’']\s?)?(?P<p>[A-ZÀ-Þ][\w’'\-]+(?:\s(?:[A-ZÀ-Þ]|d[’'](?=[A-ZÀ-Þ]))[\w’'\-]+){0,3}),\s+"
                          r"(?P<d>\d{1,2}(?:er)?\s+[a-zéû]{3,9}\s+(?:1[6-9]|20)\d\d)$")
_SPEAKER_IN = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\s+in\s+(?=[A-ZÄÖÜ][a-zäöüß\-]+:\s+[A-ZÄÖÜ])")
_TOPIC_LEAD = re.compile(r"(?:[A-Za-zÀ-ÿ][\w\-]*\s){0,2}[A-Za-zÀ-ÿ][\w\-]{3,}:\s+(?=[A-ZÀ-Þ][\w’'\-]+,\s+[A-ZÀ-Þ][^,]{1,80},"
                         r"\s*(?!(?:1[5-9]|20)\d\d\b)\d{1,4}\b)")
# the words German notes set with a colon before the work they point to: 'Quelle:', 'Übersichten:', 'neue Quellen:'
_DE_SOURCE_LEAD = re.compile(r"(?:(?:[Nn]eue|[Ww]eitere|[Ee]rste|[Aa]usgewählte)\s)?(?:Übersichten|Übersicht|Überblick|Auszüge|Auszug|"
                             r"Zitate?|Quellen?|Dokumente|Literatur|Forschungsstand|Belege?|Darstellungen?)"
                             r"(?:\s(?:jetzt|dazu|hierzu|bei))?:\s+(?=[A-ZÀ-Þ„«\"])")
# Russian words of prose in lower case, a colon, then a GOST author ('Фамилия И.'): 'об этом: Иванов И.И. …'
_RU_TOPIC_LEAD = re.compile(r"(?:[А-ЯЁа-яё][а-яё]*\s){0,3}[а-яё]+:\s+(?=[А-ЯЁ][а-яё\-]+\s[А-ЯЁ]\.)")
# Russian and Ukrainian prose naming the kind of work that follows its colon: 'в работе:', 'в книге:', 'у статті:'
_IN_THE_WORK = re.compile(r"(?<!\S)(?:в|во|у)\s+(?:работе|работах|книге|книгах|статье|статьях|монографии|исследовании"
                          r"|исследованиях|сборнике|праці|працях|книзі|статті|монографії|дослідженні)(?:\s[^:;.«»“”„\"]{0,60})?:\s+"
                          r"(?=[A-ZА-ЯЁІЇЄ])")
_ANY_DIGIT = re.compile(r"\d")
_PLATE_END = re.compile(r",\s*(?:tav(?:ola)?\.?|Taf(?:el)?\.?|planche)\s*[IVXLC\d]+(?:,\s*(?:n|fig|Abb)\.\s*\d+)?\.?$")
_QUOTE_MARK = re.compile(r"[‘’“”«»„\"]")
_SECTION_END = re.compile(r",\s*§\.?\s*\d{1,4}(?:\s*(?:e|et|y|und|and|,|-|–)\s*\d{1,4})*\.?(?=$|(?P<page>,\s*(?:pp?|pag|S)\.\s*\d))")
# a word that names a periodical, not a publisher
_PERIODICAL = re.compile(r"(?i:časopis|sborník|tidskrift|tidsskrift|årsbok|årsskrift|zeitschrift|вестник|журнал|revue\s|annales\s|rivista\s|tijdschrift)")
_VOLUME_AFTER_NAME = re.compile(r"\s(?P<v>\d{1,3}|[IVXL]{1,6})$")


def _sole_imprint(record: dict) -> str:
    """The publisher or the place, when the record has only one of them."""
    place = record.get("publisher-place")
    return (record.get("publisher") or "") if place is None else "" if "publisher" in record else place


def _periodical_not_publisher(record: dict) -> None:
    """A journal read as a book's publisher or place: its name (and the volume after it) in their fields."""
    name = record.pop("publisher", None) or record.pop("publisher-place")
    vol = _VOLUME_AFTER_NAME.search(name)
    if vol:
        record.setdefault("volume", vol.group("v"))
        name = name[:vol.start()]
    record["container-title"], record["type"] = name, "article-journal"


_DATE_FIRST = frozenset("Dd0123456789")
_YEAR_NUMBER = re.compile(r"(?:1[5-9]|20)\d\d,")
_BOX_FILE_PAGE = re.compile(r", \d{1,5}, \d{1,4}, pp?\.")  # where _ARCHIVE_SIGNATURE can be: a quick scan
_ARCHIVE_SIGNATURE = re.compile(r"(?<![\w.])[A-Z]{2,6}[a-z]{0,2}\.?,\s*\d{1,5},\s*\d{1,4},\s*pp?\.\s*\d")
_REPOSITORY_SHELFMARK = re.compile(r"(?:[A-Z][\w’'\-]*\s+){0,5}(?:Museum|Archives|Library|Record\s+Office),"
                                   r"[^;]{0,120}?\b[A-Z]{0,4}\s?\d+/\d+")


_FRONT_MATTER_TO = re.compile(r"(?P<who>[A-Z][^,‘“]{2,40}), [‘“](?P<part>Introduction|Preface|Foreword|Afterword|"
                              r"Historical Commentary)[’”],? to (?P<rest>[A-Z].+)")
_BOOK_BY = re.compile(r"(?P<t>[^,]{2,80}), by (?P<a>[A-Z][^,]{2,40}), ")
_ROMAN_PAGES_END = re.compile(r"(?<=\), )(?:[ivxlc]+, )*[ivxlc]+$")


def _front_matter_to(m: re.Match, cued: bool) -> NoteCitation | None:
    """'Jill L. Matus, ‘Introduction’ to Cambridge Companion to …, ed. Jill L. Matus (…), 3': front matter as a chapter
    of the book it introduces, by the person named first; the book's own author ('…, by Elizabeth Gaskell') as the
    container's author."""
    rest = m.group("rest")
    by = _BOOK_BY.match(rest)
    if by:
        rest = f"{by.group('a')}, {by.group('t')}, {rest[by.end():]}"
    c = _one(rest, cued)
    if not c or c.record.get("type") != "book" or not c.record.get("title"):
        return None
    record = c.record
    as_front_matter(record, m.group("part"), parse_names(m.group("who")))
    pages = _ROMAN_PAGES_END.search(rest) if c.locator is None else None
    if pages:  # 'xiii, xii, xvii, xxi': the introduction's pages, not a volume
        if record.get("volume") == pages.group(0).split(",")[0]:
            del record["volume"]
        c.locator, c.label = pages.group(0), "page"
    return c


def _one(text: str, cued: bool = False) -> NoteCitation | None:
    text = text.strip(" .,")
    if "m" in text and ("tomo " in text or "tome " in text) or "v" in text and "volume " in text:
        volume = volume_of_work(text)
        if volume and (volume.raw == text[:len(volume.raw)] or text[:text.find(volume.raw)].rstrip()[-1:].islower()):
            return volume  # 'Vejam-se os documentos publicados no tomo II das Provas …, pag. 8 e 51': a volume named in prose
    if "’s " in text and text.find("’s ", 0, 50) >= 0 and text[:1].isupper():
        named = possessive_work(text)
        if named:  # 'William Dusinberre’s Slavemaster President covers the subject in detail'
            return named
    if not cued and _plain_prose(text):
        return None  # 'The Donatists were a heretical sect …': a sentence with nothing a citation is made of
    headword = None
    if text[-1:] == ")" and ("sp." in text or "Sp." in text or "col" in text or "kol." in text or "Стб." in text):
        text, headword = entry_after_column(text)  # 'Kulturhist. lex. IX, sp. 434 (Kronogods)': the entry's headword
    if text[-3:] == "etc":
        text = _PAGES_ETC.sub("", text)  # '…, pp. 309, 332, 408, etc.': the pages listed are the pages cited
    if text[-3:] in ("ecc", "etc") and text[-5:-3] == ", ":
        text, cued = title_cut_short(text, cued)  # 'A. Périvier, Napoléon journaliste, ecc.': a title cut short
    if ", S. " in text[-90:]:
        edition = in_collected_edition(text, lambda head: _one(head, True))
        if edition:  # 'Karl Marx: «Das Kapital». MEW Bd. 23, S. 25': the work in an edition named by siglum
            return edition
    pin = _SPAN_THEN_PIN.search(text, max(0, len(text) - 40)) if ":" in text and ": " in text[-40:] and (
        ", p" in text[-16:] or text[-1:].isdigit() and text.count(", ", len(text) - 24) > 1) else None
    if pin:  # British medical style 'Med. Hist., 1983, 27: 1–34, p. 15': the article's span, then the page cited
        c = _one(text[:pin.start("cut")], cued)
        if c and c.record.get("type") == "article-journal" and "page" not in c.record and c.locator:
            c.record["page"], c.locator = c.locator, dash(pin.group("pin"))
            return c
    if len(text) < 20 and text[:1] in "IVX" and _ACT_SCENE_LINE.fullmatch(text):
        return None  # 'II.3.1440': a play's act, scene and line, the play named in the text
    if " to " in text[-80:] and text[-4:].isdigit() and _LETTER_DATED.fullmatch(text[text.rfind(": ") + 1:].lstrip()):
        return None  # 'Richard Clive to Robert Clive, 15 December 1752': a letter by its heading, no edition named
    if not cued and text[:4] in ("For ", "On ‘", "On “") and _QUOTED_TOPIC.fullmatch(text):
        return None  # 'For ‘International Zwinglianism’ see B. Gordon, …': the topic, then the cue to the work
    if not cued and (" from 1" in text or " until 1" in text or " since 1" in text) \
            and _plain_prose(_YEARS_IN_PROSE.sub("", text)):
        return None  # 'Increase Mather … served Harvard College as acting president from 1685 to 1686, …': years in prose
    if ": " in text and text[-1:].isdigit() and text.find(": ", len(text) - 12) >= 0:
        text = roman_volume_page(text)  # 'Newton to Locke, June 30, 1691, Corres III: 365': the volume after the title
    if ", with " in text and text.find(", with ", 0, 80) >= 0:
        text = with_author(text)  # 'R. E. Robinson and J. A. Gallagher, with A. Denny, Africa and the Victorians'
    if " to " in text and text.find(" to ", 0, 60) >= 0 and ("rd to " in text or "ion to " in text or "ace to " in text or "ogue to " in text):
        part = front_matter_to(text, lambda rest: _one(rest, True))
        if part:  # 'Curtin, Philip, forward to Robinson, Ronald, …, Africa and the Victorians (London: …, 1992)'
            return part
    if "directed by " in text:
        movie = film(text, lambda rest: _one(rest, True))
        if movie:  # 'Dave Asprey, Moldy, directed by Kee Kee Buckley and Eric Troyer (Bulletproof Films, 2015)'
            return movie
    if "(" in text and " (ed" in text and " in " in text:
        part = contribution_in_edited(text)
        if part:  # 'Marc Derez in Liddle (ed.), Passchendaele in Perspective, pp. 437–58'
            return part
    if ":" in text and " in: " in text:
        cut = text.find(" in: ")
        if (_prose_words(text[:cut]) or _prose(text[:cut])) and not _QUOTE_MARK.search(text, 0, cut) \
                and not _INITIALS_NAME.search(text, 0, cut):  # not '… enthält E. N. Novoselcev, Title, in: …': an author
            text, cued = text[cut + 5:], True  # Dutch 'Zie de diverse artikelen over … in: P. van Schie (ed.), …': the book
    speaker = _SPEAKER_IN.match(text) if " in " in text[:30] and ": " in text[:60] else None
    if speaker:  # German 'Siedler in Glatzer: Berlin zur Weimarer Zeit': the words' speaker, in the author's book
        text = text[speaker.end():]
    topic = _TOPIC_LEAD.match(text) if ":" in text and ": " in text[:40] else None
    if topic:  # German 'Datierung: Semirjaga, Sekretnye dokumenty, 3': the topic, then a short form
        text = text[topic.end():]
    elif "А" <= text[:1] <= "я" and ": " in text[:40] and _RU_TOPIC_LEAD.match(text):
        text = text[_RU_TOPIC_LEAD.match(text).end():]  # 'об этом: Иванов И.И. Указ. соч. С. 5': the topic, then the work
    elif "А" <= text[:1] <= "я" and ": " in text:
        work = _IN_THE_WORK.search(text)
        if work:  # '… отражен в работе: Sanborn J. A. Drafting the Nation …': prose, then the work it names
            text, cued = text[work.end():], True
    elif ": " in text[:30] and text[:1].isupper():
        lead = _DE_SOURCE_LEAD.match(text)
        if lead:  # German 'Übersichten: A. Hillgruber, in: …', 'Quelle: Sacharow, Mein Leben, 115 ff.': what the work is for
            text, cued = text[lead.end():], True
    plate = _PLATE_END.search(text) if "v" in text and "tav" in text or "T" in text and "Taf" in text or "p" in text and "planche" in text else None
    if plate and not _ANY_DIGIT.search(text, 0, plate.start()):  # Italian 'D'AGINCOURT, Histoire de l'Art, Sculpture, tavola XXVI, n. 4': a plate of the work
        text, cued = text[:plate.start()], True  # a plate cited: a citation, even with no page
    paper = _IN_PAPER_ON.search(text) if " dans " in text or "»" in text and "», in " in text or "”" in text and "”, in " in text else None
    date = first_date(paper.group("d")) if paper and not is_place(paper.group("p")) else None
    if date and len(date["date-parts"][0]) == 3:  # French 'Interview de … dans la Pravda, 20 octobre 1935': the paper's issue
        return NoteCitation({"type": "article-newspaper", "container-title": paper.group("p"), "issued": date}, None, None, text)
    section = _SECTION_END.search(text) if "§" in text else None
    if section:  # 'Vita Innoc. III, § 12, p. 488': a section gives no locator; the page does
        text = text[:section.start()] + text[section.end():]
    if len(text) < 70 and text[-1:].isdigit() and text[:1].isupper() and (", " in text[-8:] or "." in text[-6:]
                                                                         or text[:1] in "CIS"):
        ancient = ancient_by_sections(text)
        if ancient:  # 'Plutarch, Sulla 19, 5': an ancient text by book and section
            return ancient
        corpus = inscription_corpus(text) if text[:1] in "CIS" else None
        if corpus:  # 'Corpus Inscriptionum Latinarum, 12.1122': an inscription by its corpus, volume and number
            return corpus
    if ", c" in text and text.find(", c", 0, 12) >= 0 and text[1:2].isupper():
        siglum = siglum_by_chapters(text)
        if siglum:  # 'DAI, cc. 9, 46, 52, pp. 56-63': an edition by its siglum, chapters and pages
            return siglum
    if len(text) < 40 and text[-1:].isdigit() and ". " in text:  # Czech: 'Palacký II. 2. 340', 'Dne 3. května 1466'
        if text[:1] in _DATE_FIRST and date_only(text):
            return None
        short = name_volume_page(text) if text[:1].isupper() else None
        if short:
            return short
    if "А" <= text[:1] <= "Я" and "А" <= text[1:2] <= "Я" and text[-1:].isdigit():
        short = series_siglum(text)  # 'ПСРЛ, 13, часть II. 456'
        if short:
            return short
    aside = text[:1] == "("  # a remark in parentheses: '(Благодарю С. А. Исаева за подсказку.)'
    if ("*" in text or "R" in text and "Rn." in text or "A" in text and "Aufl." in text or "(" in text and "(Fn." in text) or text[:3] in _COURT_OPENINGS:
        legal = german_legal_note(text)  # German legal style: names in italics, commentaries, margin numbers, courts
        if legal:
            return legal
        text = plain_names(text)  # '*Peukert*, Kritik der Ontologie, Berlin 2018': a book, read as any other
    if "R" in text and "RG " in text and _RECORD_GROUP.search(text):
        return None  # 'Memcon, May 1, 1957, …, Entry 3051B, CF 878, RG 59, NARA II': a document in an archive
    if "/" in text and "(" not in text and _CLASS_REFERENCE.search(text) and marked_title(text) is None:
        return None  # 'Grey to Rodd, 28 July 1911, TNA FO 371/1250, fo. 311', 'SP 1/185, 21r': a file at The National Archives
    box = _BOX_FILE_PAGE.search(text, max(0, len(text) - 40)) if "p" in text and ", p" in text else None
    if box and _ARCHIVE_SIGNATURE.search(text, max(0, box.start() - 10)) and not (
            _QUOTE_MARK.search(text, 0, box.start()) and _YEAR_NUMBER.match(text, box.start() + 2)):
        return None  # 'AGMAv., 1221, 39, p. 8': an archive's siglum, its box, file and page: a document, not a work
        # (not '« Titre », Annales ESC, 1989, 6, p. 1325': a journal's year and issue)
    if "/" in text and ("Museum," in text or "Archives," in text or "Library," in text or "Office," in text) \
            and _REPOSITORY_SHELFMARK.match(text):
        return None  # 'Bradford Industrial Museum, Lord Masham’s Private Letters, T2002 880/1-9': papers in a collection
    dashed = _DASHED_NAME.search(text, 0, 60) if text.find("—", 0, 60) >= 0 or text.find("–", 0, 60) >= 0 else None
    if dashed:  # 'H. Seton—Watson, Nations and states': a double name set with a dash; read as hyphened
        text = f"{text[:dashed.start()]}{dashed.group(1)}-{dashed.group(2)},{text[dashed.end():]}"
    if text[-4:-2] in _CENTURIES and text[-5:-4] == " " and " in " in text:
        byline = _WRITER_IN_PAPER.fullmatch(text)
        date = (first_date(byline.group("d")) if byline and paper_name(byline.group("p"))
                and not _CHAMBER.search(byline.group("p")) else None)
        if date and len(date["date-parts"][0]) == 3:  # 'Renate Rubinstein in Vrij Nederland 19 mei 1990': untitled
            record = {"type": "article-newspaper", "author": [parse_name(byline.group("who"))],
                      "container-title": byline.group("p"), "issued": date}
            magazine(record, text)  # a weekly known by name
            return NoteCitation(record, None, None, text)
    if " nel" in text and "), nel" in text:
        essay = _IT_ESSAY_IN_JOURNAL.search(text)
        if essay:
            return italian_essay_in_journal(essay)
    if "н" in text and " к книге " in text:
        front = _RU_FRONT_MATTER.search(text)
        if front:
            return russian_front_matter(front, text)
    if "b" in text and "rticle by " in text and " published in " in text:
        paper = _ARTICLE_BY_IN_PAPER.search(text)
        date = first_date(paper.group("d")) if paper else None
        if date and len(date["date-parts"][0]) == 3:  # 'an article by Francesco Giunta, …, originally published in
            record = {"type": "article-newspaper", "author": [parse_name(paper.group("who"))],  # II Popolo di
                      "container-title": paper.group("p"), "issued": date}  # Trieste, 4 March 1921': untitled
            magazine(record, text)
            return NoteCitation(record, None, None, text)
    editions = _FR_EDITIONS.search(text) if "é" in text and "e éd." in text else None
    if editions:  # 'Paris, PUF, 9 e éd. 1990, 1 re éd. 1964': the edition cited and its year, then the first's
        first = f" (1re éd. {editions.group('y1')})" if editions.group("y1") else ""
        text = f"{text[:editions.start()]}, {editions.group('y')}{first}{text[editions.end():]}"
    book_eds = _IN_INVERTED_EDITOR.search(text) if "/" in text and "// In: " in text else None
    if book_eds:  # 'Title // In: Ward, Chris, ed. The Stalin Years: A Reader. — NY: …': the book's editor, inverted
        text = text[:book_eds.start("fam")] + text[book_eds.end():]
    language_ed = _LANGUAGE_EDITION.search(text) if " ed.," in text or text[-4:] == " ed." else None
    if language_ed:  # 'Hugh Thomas, De Spaanse burgeroorlog, Spaanse ed., p. 40': the edition in that language
        text = text[:language_ed.start()] + text[language_ed.end():]
    volumes = _TWO_VOLUMES_END.search(text, max(0, len(text) - 12)) if ", t. " in text[-12:] else None
    if volumes:  # Polish 'Londyn 1863, t. l, 2': two volumes ('l' read for '1'), not a volume and a page
        text = text[:volumes.start()]
    if "(" in text and _HEREAFTER_HINT.search(text):
        text = _HEREAFTER.sub("", text)  # 'История Коммунистической партии … (далее КПСС)': the short name used hereafter
    if "iary" in text[:40]:
        entry = _DIARY_ENTRY_IN.match(text)
        if entry:  # 'Gorgas, diary entry for July 28, 1863, in The Journals of Josiah Gorgas, 75': the edition cited
            text = text[entry.end():]
    if text[:5] == "From " and _FROM_NAME.match(text):
        text = text[5:]  # 'From Margrit Pernau (ed.), Delhi College: …': the source the words are taken from
    if "hapter " in text and text[-1:] in "’”":
        text = _CHAPTER_TITLE_END.sub("", text)  # '…, 1963), chapter 5, ‘Fascism — Left, Right and Centre’'
    if (" d." in text or " a." in text or "f" in text and "anf." in text or "dílo" in text or "nav." in text or "нав." in text
            or "съч" in text) and _CS_SV_OP_CIT.search(text):
        text = _CS_SV_OP_CIT.sub(", op. cit.", text)  # Czech 'cit. d.', 'c. d.'; Swedish 'anf. arb.', 'a. a.'
    if "cit" in text or " i." in text or "as in " in text:
        text = as_op_cit(text)  # French 'ouvr. cité', Spanish 'obra citada', Hungarian 'i. m.': the work cited before
    if " o.c" in text:
        text = _DUTCH_OP_CIT.sub(", op. cit.", text)  # 'H.J. Scheffer o.c., p. 222': the work cited before
    if "O" in text and "a.O" in text:
        text = _NAME_AAO.sub(r"\1, a.a.O., ", text)  # German 'Broszat a.a.O.S.219': the surname, a.a.O. and the page
    if "ű" in text and "id. mű" in text:
        text = _HU_OP_CIT.sub(", op. cit.", text)  # Hungarian 'Hollós: id. mű, 38. o.': the author's work cited before
    if "(" in text and (", ed., (" in text or ", eds., (" in text):
        text = _EDITOR_AFTER_BOOK.sub(r", ed. \g<who> (", text, 1)  # '…, in Title. Robert P. Swierenga, ed., (Westport, …'
    if "p" in text and "ed., op" in text or "eds., op" in text:
        text = _EDITOR_OP_CIT.sub(r" (\1.), ", text, 1)  # 'Talbott, ed., op. cit.': the editor's book cited before
    lead = _FRONT_MATTER_LEAD.match(text) if text[:3].lower() in ("int", "pré", "pos", "ava") else None
    if lead:  # 'introduction à Jacques Le Goff, Saint-Louis, Paris, …': the author's own front matter of his book
        c = _one(text[lead.end():], cued)
        if c and c.record.get("title") and c.record.get("author"):
            c.record["container-title"], c.record["title"] = c.record["title"], lead.group("part")
            c.record["type"], c.record["container-author"] = "chapter", [dict(n) for n in c.record["author"]]
        return c
    front = front_matter_by(text, lambda rest: _one(rest, True)) if FRONT_MATTER_HINT.search(text, 0, 100) else None
    if front:  # 'S. JULIÁ, prólogo a Diarios': the writer's front matter of the book named after it
        return front
    by = (_FRONT_MATTER_BY.match(text) if text[:1] in "tTiIpPfFaA" and text[:3].lower() in _FRONT_MATTER_OPEN
          and " by " in text[:40] else None)
    if by:  # 'the Introduction by M. A. Screech to Michel de Montaigne, An Apology …': front matter by another hand
        c = _one(text[by.end():], cued)
        if c and c.record.get("title") and c.record.get("type") == "book":
            c.record["container-title"], c.record["title"] = c.record["title"], by.group("part")
            if c.record.get("author"):
                c.record["container-author"] = c.record.pop("author")
            c.record.update({"type": "chapter", "author": parse_names(by.group("who"))})
            return c
    front_to = _FRONT_MATTER_TO.match(text) if ("’" in text or "”" in text) and (
        "’ to " in text or "”" in text and "”, to " in text or "’, to " in text) else None
    if front_to:  # 'Macdonald Daly, ‘Introduction’ to Mary Barton, by Elizabeth Gaskell, ed. Macdonald Daly (…)'
        c = _front_matter_to(front_to, cued)
        if c:
            return c
    volume_part = _FRONT_MATTER_OF_VOLUME.match(text) if " dans l" in text else None
    if volume_part:  # 'Patrice Gueniffey dans l’introduction au tome 9 de la CG, p. 17-18'
        return _front_matter_of_volume(volume_part)
    if text.endswith(_FRONT_MATTER) and ", " in text:
        part = _FRONT_MATTER_END.search(text)
        if part:  # 'Hooke, Micrographia, preface': the work, cited by its front matter rather than a page
            text, cued = text[:part.start()], True
    if text.endswith(")") and "(" in text:
        # '45 (emphasis added)', '45 (my translation)': its '(' is the last, its spaces those before it
        remark = _REMARK_END.match(text, len(text[:text.rfind("(")].rstrip()))
        text = text[:remark.start()] if remark else text
        if ", " in text[-40:] and text[-40:].count("(") == 1:
            text = _HOLDER_END.sub("", text)  # '…, 2 (ZB, Krantenbank Zeeland)': the library holding the copy

    if ", " in text and ")" in text:
        # its '[^\d]*$' runs to the end: an ASCII digit there turns it away
        tail = _PROSE_TAIL.search(text, text.rfind(")")) if text[-1] not in "0123456789" else None
        if tail and _prose_words(text[tail.start():]) and (
                "," in tail.group(0)[:3] or _imprint_before(text, tail.start())):
            text = text[:tail.start()]  # no comma: only after an imprint, '(Oxford, 1986) are the …'
        elif tail is None and text[-1:].isalpha() and ") " in text:
            tail = _PROSE_WITH_NUMBERS.search(text, text.rfind(")"))
            if tail and _prose_words(text[tail.start() + 1:]) and _imprint_before(text, tail.start() + 1):
                text = text[:tail.start() + 1]  # '(London: Michael Joseph, 1989) puts the total casualties at 950,000 for …'
        elif text[-1:].isdigit():
            later = _PROSE_THEN_PAGE.search(text, text.rfind(")"))
            if later and _prose(later.group("prose")):  # '(London, 1977), has written … exists, p. 5'
                text = f"{text[:later.start()]}, {later.group('loc')}"
    elif ", " in text and text[-1:].isalpha() and _DIGIT_THEN_PROSE.search(text):
        tail = _PROSE_TAIL.search(text)
        if tail and "," in tail.group(0)[:3] and (_prose_words(text[tail.start():])
                                                  or text[tail.start():].lstrip(" ,").split(" ", 1)[0] in _RELATIVE_WORDS):
            text = text[:tail.start()]  # '…, 18: 209–25, provides a good survey of …': the prose after the pages
    if ", sec" in text[-60:]:
        text = _SECTION_AFTER_CHAPTER.sub("", text)  # '…, 1994), chap. 1, sec. 3, “Population.”': the chapter cited
    if "h" in text and " and ch" in text:
        text = _AND_CHAPTER_END.sub("", text)  # '…, 1993), 103, and ch. 4': the page cited, then a chapter to see
    if text[-1:].isalpha() and ("." in text and (" p." in text or "pag." in text) or "S" in text and " S." in text):
        page = _PAGE_THEN_PROSE.search(text)
        if page and _prose_words(text[page.end():]):  # '…, Roma, 1876, p. 73, che tanto questa tavola …'
            text = text[:page.end()]
        elif " p" in text:
            page = _PAGE_SPACE_PROSE.search(text)
            if page and _prose_words(text[page.end():]):  # 'Ratner, p. 213-4 for a description of …'
                text = text[:page.end()]
    if text[-1:].isalpha() and ", " in text:
        verb = _PAGE_THEN_VERB.search(text)
        if verb and verb.start() > 8:  # 'Griffiths, String Quartet, 81, cites Landon saying …': prose about the work
            text = text[:verb.start()]
    if text.startswith("(") and text.endswith(")") and (text.count("(") == 1 or _wrapped(text)):
        text = text[1:-1]  # '(Smith 1990, 45)', '(so auch P. Kool, Title (1954), S. 125)'
    if text[-1:] == ")" and text[:1].isupper():
        bare = _NAME_YEAR_ONLY.fullmatch(text)
        if bare:  # 'Weber (1997)', 'Coenraad Pieterse (1873)': an author-date reference, alone
            c = _year_ref(bare)
            if c and bare.group("given"):
                c.record["author"][0]["given"] = bare.group("given").strip()
            return c
    locator = label = None
    app = _APPENDIX.search(text) if "x" in text and "ppendix" in text or "X" in text and "PPENDIX" in text else None
    if app and app.start() < 30:
        locator, label = app.group("n"), "appendix"
        text = text[app.end():]
    leaves = _LEAVES_END.search(text, max(0, len(text) - 20)) if text[-1:] in "rv" and ")" in text[-20:] else None
    if leaves:  # '… counsayle (1533), 1r–10v': an early book cited by its leaves, recto and verso
        locator, label = leaves.group("f"), "folio"
        text = text[:leaves.start()]
    lead_editor = _LEAD_EDITOR.match(text) if text[:1] in "eEéhHaA" or text[:4] in ("Sous", "sous") else None
    if lead_editor:  # 'ed. W. Spiegelberg, Der Sagenkreis …': the names edit the work
        text = text[lead_editor.end():]
    ru_editor = _RU_LEAD_EDITOR.match(text) if text[:4] in ("Под ", "под ") else None
    if ru_editor:  # 'Под ред. А. М. Панкратовой. История …': the editor, named before the title
        text = text[ru_editor.end():]
    sets = school = latin = None
    collected = (in_abbreviated_collection(text) if (" t. " in text or "v" in text and " vol. " in text) and (". p" in text or "., p" in text)
                 else None)
    if collected:  # 'Istorie Pistojesi … anonime t. XI, Scr. Rer. Ital. p. 367': a text in a collection's volume
        return NoteCitation(collected[0], dash(collected[1]), "page", text)
    if text[:1].isupper() and text.find(". ", 3, 40) > 0 and text.find(",", 0, 12) < 0:
        text, latin = comma_after_author(text)  # 'Ammirato Ist. Fior. l. IV, p. 118': the author, then a title cut short
    if text[-1:] in "º°ᵒo." and text[-2:-1] in "º°ᵒotv.48":
        text, sets = format_at_end(text)  # '… Pistoja 1627. 3 vol. in 4.º': the format, after the year
    if "j" in text and " bij " in text:
        text = dutch_imprint(text)  # Dutch 'uitgegeven te Leiden bij v.d. Heuvell, 1849': place, publisher, year
    if "v" in text and ", univ" in text:
        text, school = thesis_school(text)  # 'thèse de science politique, université Paris 1, 2001'
    byline = _ITALIAN_BYLINE.search(text) if _ITALIAN_BY_WORDS.search(text) else None
    if byline:  # 'Memorie Manzoniane del prof. Cristoforo Fabris, Milano, 1901': the author after the title
        head = text[:byline.start()]
        inside = _IT_FOUND_IN.search(head) if " nel" in head or " nei " in head or " negli " in head else None
        if inside:  # 'Parecchi documenti si trovano nelle Delizie … del P. Ildefonso': the prose before the title
            head = head[inside.end():]
        text = f"{byline.group('who')}, {head}{text[byline.end():]}"
    elif " di " in text or " par " in text or " por " in text or " door " in text or ", von " in text:
        text = title_byline(text)  # 'Histoire de France, par M. Michelet, t. II': the author after the title
    text = without_rank(text)
    if "А" <= text[:1] <= "Я" and _RU_CHURCH_RANK.match(text):
        text = _RU_CHURCH_RANK.sub("", text, 1)  # 'Митрополит Макарий. История …': the see's rank is no name
    if "p" in text and " prac" in text or "ż" in text and "sięż" in text or "j" in text and "sej " in text:
        text = _PL_WORK_OF.sub(polish_nominative, text, 1)  # 'jest praca Petera Brocka, Polish Nationalism'
    text = text[prose_lead(text):]  # 'Cf., sur ces travaux, G. Lefebvre, …': prose, then the author
    if " are " in text or " is " in text:
        verb = _VERB_THEN_INVERTED.search(text, 0, 160)
        if verb:  # 'Two excellent reviews of … are Aymard, Maurice, “Title,” …': the prose leads up to the author
            text = text[verb.end():]
    if text.endswith(("passim", "passim.")) and text.rstrip(".").endswith(", passim"):
        text, cued = text.rstrip(".")[:-8], True  # 'Melman, America, passim': the whole work, cited
    if text[:3] in ("il ", "lo "):
        article = _ARTICLE_NAME.match(text)
        if article:  # Italian 'il Frézet, pag. 61', 'il De Rossi, Piante …': the article before a surname
            text = text[article.end():]
    if _OWN_WORK_WORDS.search(text):  # the words _OWN_WORK_OTHER needs
        preface = _OWN_PREFACE.search(text)
        book = _one(text[preface.end():], cued) if preface else None
        if book and book.record.get("title"):  # 'M. Aragón en su estudio preliminar a La velada …, Madrid, 1974'
            book.record.update({"container-title": book.record["title"], "title": preface.group("part"),
                                "type": "chapter", "author": parse_names(preface.group("who"))})
            return book
        own = _OWN_WORK_OTHER.search(text)
        if own:  # 'Como ha señalado Paul Preston en su Franco (…)': the author, then the work
            text = f"{own.group('who')}, {text[own.end():]}"
    if "my " in text[:30] or "his " in text[:40] or "her " in text[:40] or "their " in text[:40]:
        own = _OWN_WORK_LEAD.match(text)
        if own:  # 'See my Criticism Between …', 'Principally in his American Power …': the work, no author named
            text = text[own.end():]
        else:  # 'Coral Bell, in her book, The Diplomacy of Detente (…)': the author, then the work
            text = _IN_OWN_WORK.sub(", ", text, 1)
    own = own_work_lead(text) if OWN_HINT.search(text, 0, 90) else 0
    if own:  # 'Voir notre ouvrage, Le Prix de la gloire. …': the writer's own work, no author named
        text = text[own:]
    if _IN_OWN_WORK_WORDS.search(text) and _IN_OWN_WORK_OTHER.search(text):
        text = _IN_OWN_WORK_OTHER.sub(", ", text, 1)  # 'K. Hillebrand, nei suoi Zeiten, Völker und Menschen'
        if text[:3] in ("Il ", "Lo "):
            text = text[3:]  # 'Il Nourrisson, nel suo Machiavel': the article before the author's name
    if text[:2] in _ARTICLE_BY_OPENINGS and _ARTICLE_BY.match(text):
        text = _ARTICLE_BY.sub(r"\g<who>, \g<in> ", text, 1)  # 'el artículo de Tovar en Arriba, 16, junio, 1953'
    if ("O" in text and ("Obras" in text or "Opere" in text) or "v" in text and "uvres" in text or "k" in text and "Werke" in text or "f" in text and "Schriften" in text) \
            and _IN_COLLECTED_WORKS.search(text):
        text = _IN_COLLECTED_WORKS.sub(", ", text, 1)  # 'Lo que yo supe en Obras completas, Valladolid, 1940'
    cut = text.rfind(". ", max(0, len(text) - 90), len(text) - 12) if text[-1:].isdigit() else -1
    if cut > 0:  # the last full stop before the end: 'Gervinus, Historische Schriften. Lipsia, Engelmann, 1833'
        stop = _STOP_BEFORE_IMPRINT.match(text, cut)
        if stop and is_place(stop.group("p")):
            text = f"{text[:stop.start()]}, {text[stop.end():]}"
    if ("v" in text and "vol. " in text or "m" in text and "tom. " in text or "B" in text and "Bd. " in text) and _VOLUME_THEN_PLACE.search(text):
        text = _VOLUME_THEN_PLACE.sub(r"\1, ", text, 1)  # '…, vol. II. Berlin, Oppenheim, 1875': the volume, then the imprint
    if "p" in text and ", p" in text and text[-1:] in "0123456789." and not locator:
        page = _PAGE_BEFORE_IMPRINT.search(text)
        if page and is_place(page.group("place")):
            locator, label = dash(page.group("p")), "page"
            text = text[:page.start()] + text[page.end():]
    text = drop_remarks(text)
    if text[:5] in ("Dans ", "dans ") and _NAME_AFTER_DANS.match(text, 5):
        text = text[5:]  # 'Dans Ph. Gasparini, Autofiction …': the work named after 'in'
    if text[-1:] == ")" and "), " in text:
        text = _without_page_glosses(text)  # 'С. 517–526 (07.12.1930), 527 (8.12)': the pages, not their dates
    marks = None
    if "/" in text and " // " in text or not text.isascii() and _CYRILLIC_OR_LATER.search(text):  # GOST's '//', or Cyrillic letters
        text, marks = _marks(text)  # a volume after the year, a chapter, a piece's pages, a span, a translator
    elif text[-1:].isdigit() and text.find(", ", len(text) - 40) >= 0:
        m = _YEAR_VOLUME_PAGE.search(text, max(0, len(text) - 50))
        if m:  # 'Milano, 1941, 2, p. 267': the volume between the year and the page
            text, marks = text[:m.start()] + ", " + text[m.end():], _number_after_year(text, m)
    entry = None
    whole = False
    if not locator:
        before_trailer = text
        text, locator, label, whole = take_trailer(text)
        cued = cued or whole
        if whole:  # an entry closed the text ('…, s.v. “castrato.”'): its headword, for a dictionary with an imprint
            entry = SUB_VERBO.search(before_trailer)
        elif label == "chapter" and text[:1].isdigit() and _REGNAL_STATUTE.fullmatch(text):
            return None  # '31 Car. II, c. 2': a statute by regnal year and chapter, not a work
    if not cued and "А" <= text[:1] <= "Я" and text.count(" ") < 10 and RU_SHORT.match(text):
        cued = True  # 'Самыгин. Промпартия.': a surname and a full stop shape a short form, even without a page
    elif not cued and "А" <= text[:1] <= "Я" and text[1:2] == "." and text.count(" ") < 10 and _RU_INITIALS_SHORT.match(text):
        cued = True  # 'Л. Максименков. Культ. Заметки …': initials before the surname, likewise
    journal = (_JOURNAL_IN_PARENS.search(text, max(0, len(text) - 90))
               if text[-1:] == ")" and (", t." in text or ", vol." in text) else None)
    old_short = _VOLUME_PART_PAGE.fullmatch(text) if len(text) < 50 and "." in text and " p. " in text and text[-1:].isdigit() else None
    if journal:  # 'La Civilisation féodale (Annales, t. II, janvier 1940, p. 39)': the journal's issue in parentheses
        record, loc, lab = _article_in_parens(text, journal)
    elif old_short and (old_short.group("t") or old_short.group("v")):  # older Dutch 'Wagenaar Amst. IV. St. bl. 439'
        record = {"author": [{"family": old_short.group("who")}]}
        record.update({k: old_short.group(g) for k, g in (("title", "t"), ("volume", "v")) if old_short.group(g)})
        loc, lab = old_short.group("p"), "page"
    else:
        record, loc, lab = parse_citation(text)
    if loc and not locator:
        locator, label = loc, lab
    if school:
        school_as_printed(record, school)
    if "author" not in record and "editor" not in record and ":" in record.get("title", "") and (
            record.get("publisher-place") or record.get("publisher")):
        title_after_lead_in(record)  # 'The classic account remains: The Making of … (London, 1963)'
    if "author" not in record and "editor" not in record and "s " in record.get("title", "")[:40] \
            and ("’s " in record["title"] or "'s " in record["title"]):
        possessive_author(record)  # 'Timothy Fitzgerald's The Ideology of Religious Studies (New York, 2000)'
    if locator and record.keys() == {"author", "title"} and record["title"][-1:] in "IVX":
        volume_at_title_end(record)  # 'Schaper, Een halve eeuw van strijd II, 121': the volume, then the page
    if "anonim" in record.get("title", "")[-9:]:
        without_anonymous(record)  # Italian 'Istorie Pistoiesi anonime': a chronicle whose writer is unknown
    if latin:
        latin_genitive(record, latin)  # 'Jannotii Manetti Hist. Pist.': a name in the Latin genitive, as printed
    if sets and record.get("title"):
        record["number-of-volumes"] = sets
    if headword and record.get("title") and "container-title" not in record:
        as_entry(record, headword)  # 'Kulturhist. lex. IX, sp. 434 (Kronogods)': the entry, a chapter of the lexicon
    if record.get("title", "")[-1:] == ")" and record.get("author") and set(record) == {"author", "title"}:
        series_closing_title(record)  # 'C. Strandberg, Zur Frage … (Rättshist. bibliotek ii)': a book in its series
    if " l. " in record.get("title", "")[-9:]:
        record["title"] = _BOOK_NUMBER_END.sub("", record["title"])  # 'Machiav. Stor. Fior. l. II': the book cited
    if record.keys() == {"title", "issued"} and ("n°" in text or "no " in text):
        issue = _YEAR_ISSUE_NO.search(text)
        if issue:  # French 'Annales, 1953, n°2, p. 241': a journal's issue, no article named
            record = {"type": "article-journal", "container-title": record["title"], "issued": record["issued"],
                      "issue": issue.group("n")}
    book = _CHRONICLE_BOOK.fullmatch(text) if ("b" in text and ", lib. " in text or " l. " in text) and set(record) <= {"author", "title"} \
        and ("author" in record or record.keys() == {"title"}) else None
    if book:  # Italian 'G. Villani, lib. VII, cap. 62': a chronicle by book and chapter, no page unless one is printed
        locator, label = book.group("p"), "page" if book.group("p") else None
        whole = True
    if " di " in record.get("title", "") and "author" not in record and record["title"][:1] in "CIADM":
        _chronicle_by(record)
    if whole and len(record) == 1 and " " not in record.get("title", " "):
        record = {"author": [{"family": record["title"]}]}  # 'Raynaldi, Ann. 1278': the annalist, by his year
    elif whole and len(record) == 1 and record.get("title", "").count(" ") == 1 \
            and _ANCIENT_NAME.fullmatch(record["title"]) and record["title"].split()[0] not in LETTERS:
        record = {"author": [{"literal": record["title"]}]}  # 'Aulus Gellius, 19.8.5': a Roman author's two names
    if lead_editor and record.get("author") and not record.get("editor"):
        record["editor"] = record.pop("author")
    if ru_editor and not record.get("editor"):
        record["editor"] = [nominative(n) for n in parse_names(ru_editor.group("who"))]
    if record.get("type") == "webpage" and ". " in record.get("title", "") and not locator:
        part = _NUMBERED_SECTION.fullmatch(record["title"])
        if part:  # 'История Российского государства. … 8.5 Значение новой династии, http://…': a section of an e-text
            record.update({"container-title": part.group("c"), "title": part.group("t")})
            locator, label = part.group("n"), "chapter"
    if record.get("type") == "article-journal" and "»" in text and ("a. " in text or "fas" in text or "Vol. " in text):
        italian_journal_issue(record, text[text.rfind("»"):])  # '«Bullettino senese». Vol. V, a. 1901, fasc. 3'
    if marks:
        locator, label = _apply_marks(marks, record, locator, label)
    if record.get("type") == "article-journal" and "author" not in record and "title" in record:
        _title_as_author(record)
    elif record.get("type") == "book" and record.get("title", "")[-1:] in _ROMAN_LAST and not _imprinted(record):
        _journal_by_volume(record, text)
    elif record.get("type") == "book" and record.get("volume", "")[-1:] in _ROMAN_LAST and " " in record.get(
            "publisher-place", "") and "publisher" not in record and not is_place(record["publisher-place"]) \
            and f". {record['publisher-place']}, " in text:
        record["container-title"] = record.pop("publisher-place")  # 'Title. Studentský časopis, 1938, XVII': a journal
        record["type"] = "article-journal"
    elif record.get("type") == "book" and _PERIODICAL.search(_sole_imprint(record)):
        _periodical_not_publisher(record)  # 'Title, Časopis Musea království Českého 1907, s. 45': a journal by its year
    if "issued" not in record and "(" in record.get("title", "") and _IMPRINT_IN_TITLE.search(record["title"]):
        cut = _ends_at_year(text)  # 'Title (Basingstoke 1998), p. 79 and n. 210 p. 147': read past the imprint
        if cut:
            text, record, loc, lab = cut
            locator, label = (loc, lab) if loc else (locator, label)
    if record.get("title", "")[-1:] == ")" and record.get("issued") and (record.get("publisher-place") or record.get("publisher")):
        gloss = _TITLE_GLOSS.search(record["title"])
        if gloss:  # 'G. Joukov, Vospominania i razmychlenia (Souvenirs et réflexions), Moscou, …': the title translated
            record["title"] = record["title"][:gloss.start()]
    if "А" <= text[:1] <= "Я" and locator is None and record.keys() == {"author", "title"} and _gost_author(record) \
            and record["title"][:1].isupper() and not aside:
        record["type"] = "book"  # 'Широкорад А.Б. Бояре Романовы в Великой Смуте.': a book cited whole, no imprint
    if not _is_citation(record, locator, cued, quoted="“" in text or "«" in text or "‘" in text or "'" in text and ", '" in text) and not (
            "A" in text and "Anm." in text and _cited_in_note(text, record)) and not (
            record.get("author") and len(record["author"]) <= 3 and _op_cit_alone(text)) and not (
            whole and set(record) <= {"author", "title"} and (len(record.get("author") or ()) == 1 or book)) and not (
            section and set(record) <= {"author", "title"} and record.get("title", "")[:1].isupper()) and not (
            leaves and record.get("issued") and record.get("title", "")[:1].isupper()):  # 'Articles … (1533), 1r–10v'
        cut = _ends_at_year(text) if locator is None or "issued" not in record else None
        if cut is None:
            return None  # 'Rumi, op. cit.': the author's work cited before, even with no page
        text, record, loc, lab = cut
        locator, label = (loc, lab) if loc else (locator, label)
    if entry and record.get("type") == "book" and record.get("title"):  # '…, Dictionary (London, 1992), s.v. “castrato.”'
        record.update({"type": "chapter", "container-title": record["title"], "title": entry.group("w").strip()})
    if record.get("title", "")[-1:] in _ROMAN_LAST and record.get("type") == "book" and "volume" not in record \
            and "publisher-place" in record and "issued" in record:
        _volume_before_imprint(record)  # first: a government body before the volume publishes the book
    if record.get("title", "")[-1:] in _VOLUME_TITLE_LAST and record.get("author") and "volume" not in record \
            and record.get("type") in (None, "book"):
        _volume_after_title(record)
    container = record.get("container-title")
    if container and container[-1:].isdigit():
        if "author" not in record and _MONTH_YEAR_ONLY.fullmatch(container):
            return None  # '“Results of Mikoyan’s Visit to Bonn,” May 1958, … MFA': a dated document, no periodical named
        if "publisher-place" not in record and "issued" not in record:
            _place_of_a_lost_year(record)
    if ". " in text:
        _initials_as_printed(record, text)
    if dashed:
        for name in record.get("author") or ():
            if name.get("family") == f"{dashed.group(1)}-{dashed.group(2)}":
                name["family"] = dashed.group(0)[:-1]  # the dash as printed
    if book_eds and record.get("type") == "chapter":
        record["editor"] = [{"family": book_eds.group("fam"), "given": book_eds.group("given")}]
    if volumes and "volume" not in record:
        record["volume"] = f"{volumes.group(1)}, {volumes.group(2)}"
    if language_ed and "edition" not in record:
        record["edition"] = language_ed.group("ed")
    if editions and "edition" not in record:
        record["edition"] = editions.group("ed")
    kind = record.get("type")
    if kind == "chapter" and len(record.get("issued", {}).get("date-parts", [[]])[0]) == 3:
        _dated_issue(record)
    if "original-date" in record and "issued" in record:
        _later_year_issued(record)
    title = record.get("title")
    if title and "." in title and ". " in title and record.get("author"):
        title = _without_remark_by_author(record, title)
    if title:
        _title_after_parse(record, title, kind, text)
        if kind == "book" and len(record) == 4 and "issued" in record and len(record.get("author") or ()) == 1 \
                and text.find(" (", len(title)) > 0 and record["author"][0].get("given", "The ")[:4] == "The ":
            name = record["author"][0]
            if "given" in name:  # 'Donne, The Epithalamions, Anniversaries and Epicedes (1978)': the title's first part
                record["author"], record["title"] = [{"family": name["family"]}], f"{name['given']}, {title}"
            _author_title_year(record, text)
            if "type" in record and "given" in name:
                record["author"], record["title"] = [name], title
        elif kind == "chapter" and "publisher" in record and "publisher-place" not in record \
                and " " not in record.get("container-title", " ") and "issued" in record:
            _chapter_in_short_form(record, text)
        elif kind == "book" and len(record) == 4 and "issued" in record \
                and len(record.get("author") or record.get("editor") or ()) == 1 \
                and "given" not in (record.get("author") or record["editor"])[0] and f"{title}, " in text:
            _author_title_year(record, text)  # 'Campbell, Anglo-Saxon State, 2000, p. 74': a short form with its year
        elif kind == "book" and len(record) == 3 and "issued" in record and " " not in title \
                and text.endswith(f"{title}, {record['issued']['date-parts'][0][0]}") and title[:1].isupper():
            record["author"] = [{"family": n} for n in record.pop("title").split("/")]  # 'quoted in Nechtman, 2007.': an
            # author and a year; German sets co-authors apart by slashes: 'Feest/Blankenburg, 1972'
            del record["type"]
        elif kind is None and " to " in title and title[-1:] != ")" and len(record) <= 2:
            letter = _LETTER_THEN_EDITION.fullmatch(title)
            if letter:  # 'T.J. to William Wirt, August 5, 1815, Gribbel, 22': a letter in an edition cited short
                record["title"] = letter.group("t")
        elif kind == "book" and " to " in title[:80] and "author" not in record and "editor" not in record:
            letter = _LETTER_DATED.match(title)
            if letter and title[letter.end():letter.end() + 2] == ", " and title[letter.end() + 2:][:1].isupper():
                record["title"] = title[letter.end() + 2:]  # 'Copley to Bruce, September 10, 1765, Letters and Papers
                # of …(Boston: …, 1914), 36': a letter in an edition, which is cited
        elif kind == "chapter" and " to " in title and title[-1:].isdigit() and "author" not in record \
                and "container-title" in record and _LETTER_DATED.fullmatch(title):
            record["title"] = record.pop("container-title")  # 'Jefferson to Adams, October 28, 1813, in The … Letters'
            record["type"] = "book"  # the letter in an edition: the edition is cited
    if kind in ("article-journal", "chapter") and "author" not in record and "”" in text and ": " in text:
        short_ed = _QUOTED_THEN_EDITION.search(text)
        if short_ed:  # '“Association of Members …,” Papers, 1: 107–108': a document cited from an edition's short title
            record = {"title": short_ed.group("t"), "volume": short_ed.group("v")}
            locator, label = short_ed.group("p"), "page"
    if kind == "chapter" and ", The " in record.get("container-title", "")[:40]:
        lead = _AUTHOR_IN_CONTAINER.match(record["container-title"])
        if lead:  # 'in Thomas More, The Debellation of Salem and Bizance, ed. J. Guy': the book's author, then its title
            record["container-author"] = [{"family": lead.group("f"), "given": lead.group("g")}]
            record["container-title"] = record["container-title"][lead.end():]
    if kind == "book" and "’s " in record.get("title", "")[:40] and "author" not in record and "editor" not in record:
        owner = _OWNER_THEN_TITLE.match(record["title"])
        if owner:  # 'Charles Taylor’s A Secular Age (Cambridge, MA: …)': the author named in the possessive
            record["author"] = [{"family": owner.group("f"), "given": owner.group("g")}]
            record["title"] = record["title"][owner.end():]
    if kind == "webpage" and "publisher" not in record and "container-title" in record and ", http" in text:
        site = f"{record['container-title']}, "
        at = text.find(site)
        if at > 0:
            rest = text[at + len(site):text.find(", http", at)]
            if 2 < len(rest) < 50 and rest[:1].isupper() and not _DIGIT_IN.search(rest) and ", " not in rest:
                record["publisher"] = rest  # '“…,” History.org, Colonial Williamsburg, http://…': the site's owner
    if kind == "book" and "volume" not in record and ("I" in text and "), I" in text or "V" in text and "), V" in text or "X" in text and "), X" in text):
        vol = _ROMAN_VOLUME_AFTER_IMPRINT.search(text)
        if vol:  # '3 vols (Oxford: Clarendon Press, 1995–2004), I, p. 319': the volume cited
            record["volume"] = vol.group("v")
    if kind == "book" and "author" not in record and " by " in record.get("title", "") and " in " in record["title"]:
        made = _MADE_BY_IN.search(record["title"])
        if made:  # 'This argument is made by B. R. Tomlinson in The Economy of Modern India, …': prose names the author
            record["author"] = parse_names(made.group("who"))
            record["title"] = made.group("t")
            series = _SERIES_VOL_END.search(record["title"])
            if series:  # '…, The New Cambridge History of India, Vol 3, 3': the series and its number as printed
                record["title"] = record["title"][:series.start()]
                record["collection-title"], record["collection-number"] = series.group("c"), series.group("n")
    if kind == "book" and "author" not in record and (" volume " in record.get("title", "") or " collection " in record.get(
            "title", "")):
        named = _PROSE_THEN_VOLUME.search(record["title"])
        if named and _prose(record["title"][:named.start()]):  # '… cosmopolitanism include the volume Cosmopolitics:
            record["title"] = record["title"][named.end():]  # Thinking and Feeling …, ed. …': the title after the prose
    if ", footnote " in record.get("title", ""):
        head, _, tail = record["title"].rpartition(", footnote ")
        if tail.isdigit():
            record["title"] = head  # 'The Works of Thomas Jefferson, …, vol. 12, footnote 1 (…)': a note number, no title
    if "(" in text and "(pseud" in text and len(record.get("author") or ()) == 1:
        name = record["author"][0]
        if f"{name.get('given')} {name.get('family')} (pseud" in text:
            record["author"] = [{"literal": f"{name['given']} {name['family']}"}]  # 'Miles Ignotus (pseud.)'
    place = record.get("publisher-place")
    if place and place[-4:] == " and":
        record["publisher-place"] = place[:-4]  # 'Oxford and : Clarendon Press': the second place lost
    if locator and "n" in locator and label == "page":
        locator = _NOTE_IN_LOCATOR.sub("", locator)  # 'p. 382, n. 9': the page; a note number inside it is dropped
    if record.get("type") == "report" and "author" not in record and record.get("title", "")[:9] == "House of ":
        house = _HOUSE_THEN_TITLE.match(record["title"])
        if house:  # 'House of Commons Report from the Select Committee …': the House, then its report
            record["author"], record["title"] = [{"literal": house.group("h")}], record["title"][house.end():]
    if "volume" in record and "volume-title" not in record and record.get("title", "")[-4:].isdigit():
        span = _DATES_SPAN_END.search(record["title"])
        if span:  # Founders Online's 'Original source: The Papers of …, vol. 6, 1 July 1790–30 November 1790, ed. …'
            record["title"], record["volume-title"] = record["title"][:span.start()], span.group("d")
    if "type" not in record and record.get("author") and ("–" in record.get("title", "")[-8:] or record.keys() == {
            "author", "volume"}):
        _short_form_years_or_siglum(record, text)
    if "type" not in record and record.keys() == {"author", "title", "volume"} and record["title"][:1] in "TPJBMA":
        society_periodical(record)  # 'E. M. Satow, Transactions of the Asiatic Society, vol. i., p. 30'
    if "type" not in record and text[:1] in "AT" and text[1:2] in " nh" and record.get("author") and record.get("title"):
        article_is_no_name(record, text)  # 'A Summary View, Papers, 1: 121': a document in an edition cited short
    if locator and record.keys() == {"author"} and ".," in text[:24]:
        abbreviated_title(record, text)  # 'De Cer., pp. 651-60': a title cut short, no surname
    warnings = []
    if record.get("type") in ("book", "chapter", "report", "thesis") and "issued" not in record:
        warnings.append("no year of publication")
    if not record.get("type"):
        warnings.append("short form: needs the earlier full citation")
        if len(record.get("author") or ()) == 1 and record["author"][0].keys() == {"family", "given"}:
            _two_spanish_surnames(record["author"][0])
    return NoteCitation(record, locator, label, text[citation_start(text):], warnings)


_PROSE_THEN_VOLUME = re.compile(r"\s(?:the|a|an)\s(?:[a-z]+\s)?(?:volume|collection)\s(?=[A-Z])")
_SECTION_AFTER_CHAPTER = re.compile(r"(?<=\d),\ssec(?:\.|tion)\s\d{1,3}(?:,\s[“‘][^“”‘’]{2,80}[”’])?\.?$")
_LEAVES_END = re.compile(r"(?<=\)),\s(?P<f>\d{1,4}[rv](?:\s?[-–]\s?\d{1,4}[rv])?)$")
_YEAR_AFTER_IMPRINT = re.compile(r"\((?P<i>[A-Z][^()\d]{2,40}:\s[A-Z][^()\d]{2,80})\),\s(?P<y>(?:1[5-9]|20)\d\d),\s(?=\d)")
_HOUSE_THEN_TITLE = re.compile(r"(?P<h>House\sof\s(?:Commons|Lords|Representatives))[,.]?\s(?=[A-Z])")
_DATES_SPAN_END = re.compile(r",\s(?P<d>\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4}\s?[–-]\s?\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})$")
_TITLE_YEARS_END = re.compile(r",\s(?P<a>(?:1[5-9]|20)\d\d)[–-](?P<b>\d{1,4})$")
_SIGLUM_LEAD = re.compile(r"[A-Z]{2,4},\s")  # longer, a surname in small capitals ('VILLARI, II, 45')


def _short_form_years_or_siglum(record: dict, text: str) -> None:
    """A set's years after a short form's title ('Hodgkin, History of the Anglo-Saxons, 1935–9, I, p. 385'); an edition
    cited by a siglum in capitals and a volume ('OPP, 1:xvii'), its siglum no author."""
    years = _TITLE_YEARS_END.search(record.get("title", ""))
    if years:
        a, b = years.group("a"), years.group("b")
        end = int(a[:4 - len(b)] + b) if len(b) < 4 else int(b)
        if int(a) < end <= int(a) + 15 and "volume" in record:  # a set's volumes, not a period ('Europe, 1815–1914')
            record["title"] = record["title"][:years.start()]
            record["issued"] = {"date-parts": [[int(a)], [end]]}
    elif "title" not in record and _SIGLUM_LEAD.match(text):
        record["title"] = text[:text.find(",")]
        del record["author"]


def _two_spanish_surnames(name: dict) -> None:
    """A Spanish short form names its author by two surnames ('Serrano Súñer, Memorias'), not a given name; with two
    surnames already ('Pompeyo García Sánchez, op. cit.') the first word is the given name."""
    given = name["given"]
    if " " not in given and " " not in name["family"] and given[-1:] != "." and given.lower() not in _SPANISH_GIVEN \
            and _iberian_letters(f"{given} {name['family']}") and SPANISH_LETTER.search(f"{given} {name['family']}"):
        name["family"] = f"{given} {name['family']}"
        del name["given"]


_ROMAN_VOLUME_AFTER_IMPRINT = re.compile(r"\d\), (?P<v>[IVX]{1,5}), pp?\. \d")
_MADE_BY_IN = re.compile(r"\b(?:made|argued|advanced|developed|discussed|proposed|put forward|suggested) by "
                         r"(?P<who>(?:[A-Z]\. ?){1,3}[A-Z][a-z]+|[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+) in (?P<t>[A-Z].+)$")
_SERIES_VOL_END = re.compile(r", (?P<c>The [A-Z][^,]{5,60}), Vol\.? (?P<n>\d+, \d+)$")
_DIGIT_IN = re.compile(r"\d")
_OWNER_THEN_TITLE = re.compile(r"(?P<g>[A-Z][a-z]+(?: [A-Z]\.)?) (?P<f>[A-Z][a-z]+)’s (?=(?:The|A|An) [A-Z])")
_AUTHOR_IN_CONTAINER = re.compile(r"(?P<g>[A-Z][a-z]+(?: [A-Z]\.)?) (?P<f>[A-Z][a-z]+), (?=The )")
_QUOTED_THEN_EDITION = re.compile(r"[,.]” (?P<t>[A-Z][\w&]{1,20}), (?P<v>\d{1,2}): (?P<p>\d+(?:[–-]\d+)?)\.?$")
# the book's editor after its title, then the imprint: '… Civil War Era. Robert P. Swierenga, ed., (Westport, …'
_EDITOR_AFTER_BOOK = re.compile(r"\.\s(?P<who>(?:[A-Z][a-z]+|[A-Z]\.)(?:\s(?:[A-Z][a-z]+|[A-Z]\.)){1,3}),\seds?\.,\s\(")
_LETTER_DATED = re.compile(r"[A-Z][^,]{1,40} to [A-Z][^,]{1,40}, (?:[A-Z][a-z]{2,8}\.? \d{1,2},|\d{1,2} [A-Z][a-z]{2,8}\.?)"
                           r" \d{4}")
_LETTER_THEN_EDITION = re.compile(r"[A-Z][^,]{1,40} to [A-Z][^,]{1,40}, (?:[A-Z][a-z]{2,8}\.? \d{1,2},|\d{1,2} [A-Z][a-z]{2,8}\.?)"
                                  r" \d{4}, (?P<t>[A-Z][^,]{0,30})")


_RU_INITIALS_SHORT = re.compile(r"(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё\-]+\.\s+(?=[А-ЯЁ«])")


_LEAD_EDITOR = re.compile(r"(?:(?:[Ee]d|[ÉéHh]d|[Hh]g|[Hh]rsg)\.\s?(?:v\.\s|von\s|by\s)?|[Aa] cura di\s|[Ee]dited by\s"
                          r"|[Ss]ous la direction de\s|[Hh]erausgegeben von\s|[Ee]dición de\s)"
                          r"(?=(?:[A-ZÀ-Þ][a-z]?\.\s?){1,3}[A-ZÀ-Þ][\w’'\-]+,)")
_RU_LEAD_EDITOR = re.compile(r"[Пп]од\s+ред\.\s+(?P<who>(?:[А-ЯЁ][а-яё]?\.\s?){1,2}\s*[А-ЯЁ][а-яё\-]+)\.\s+(?=[А-ЯЁ«])")
_NAME_AFTER_DANS = re.compile(r"(?:[A-ZÀ-Þ][a-z]?\.[\s-]?){1,3}[A-ZÀ-Þ][\w’'\-]+,\s")


_ROMAN_LAST = frozenset("IVXLC")  # the last letter of a roman number (a set: '' is not in it)


_VOLUME_TITLE_LAST = frozenset("IVXL)")


_JOURNAL_IN_PARENS = re.compile(r"\s\((?P<j>[A-ZÀ-Þ][^(),]{1,60}),\s*(?:t|vol)\.\s*(?P<v>[IVXLC]{1,7}|\d{1,3}),\s*"
                                r"(?P<d>(?:[^\W\d]{3,12}\s+)?(?:1[5-9]|20)\d\d)(?:,\s*pp?\.\s*(?P<p>\d+(?:\s*[-–]\s*\d+)?))?\)$")


_YEAR4 = re.compile(r"(?:1[4-9]|20)\d\d(?:[-–]\d{1,4})?(?:\s+(?:год|г\.|r\.))?")
_MORE_AFTER = re.compile(r"\)?[.,]\s+\S")
_IMPRINT_IN_TITLE = re.compile(r"\([A-Z][^()]*\s(?:1[4-9]|20)\d\d(?:[-–]\d{1,4})?\)")
_VOL_AFTER_IMPRINT = re.compile(r",\s*(?:vol\.\s*)?(?P<v>[ivxl]{1,5}|[IVXL]{1,5})(?=,)")
_LEAD_PAGES = re.compile(r"[.,]\s*(?:pp?\.|S\.|С\.|pag\.|s\.)\s*(?P<loc>\d+(?:\s*[-–]\s*\d+)?)(?=[\s,;.(]|$)")


def _ends_at_year(text: str):
    """(text, record, locator, label) of a description that ends at its imprint's year, with
    what follows left out up to a page at the end: '…, Einaudi, Torino 1975, Q9, §127,
    Risorgimento, p. 1190', 'М. Наука. 1987 год'; None if no such description is there."""
    year = end = None
    for m in _YEAR4.finditer(text):
        if text[m.start() - 1:m.start()] in (" ", ",", ".") and _MORE_AFTER.match(text, m.end()):  # the cheaper test first
            year, end = m, m.end() + (text[m.end()] == ")")  # '(Basingstoke 1998), p. 79 and n. 210'
    if year is None or year.start() < 12:
        return None
    word = text[max(0, year.start() - 40):year.start()].split()[-1:]
    if not word or not word[0].lstrip("(")[:1].isupper():
        return None  # a place or publisher comes just before the year: 'Torino 1975', 'Наука. 1987'
    head = text[:end]
    if head.count("(") != head.count(")"):
        return None  # the year of a parenthesis: '… рассказывал Каганович (Чуев Ф. И. …, 2001. С. 137)'
    record, _, _ = parse_citation(head)
    if (record.get("type") not in ("book", "chapter", "thesis", "report") or "issued" not in record
            or not (record.get("publisher") or record.get("publisher-place"))
            or not _is_citation(record, None)):
        return None
    vol = _VOL_AFTER_IMPRINT.match(text, end)
    if vol:  # '(Paris 1885–8), ii, Sermon XI, pp. 328–31': the volume, after the set's imprint
        record.setdefault("volume", vol.group("v"))
        first = _LEAD_PAGES.search(text, vol.end())
    else:
        first = _LEAD_PAGES.match(text, end)
    if first:  # the first pages named after the imprint: '(London 2006), pp. 705 (Baltic) and 904 and nn'
        return head, record, dash(first.group("loc")), "page"
    loc, lab, rest = take_locator(text[end:])
    if loc is not None and len(rest) > 60:
        loc = lab = None
    return head, record, loc, lab


def parse_notes(notes: list[tuple[int, str]]) -> list[tuple[int, list[NoteCitation]]]:
    """Each note's citations; 'Ibid.' and short forms point at the earlier full record."""
    links = NoteLinks()
    return [(number, links.link(parse_note(text))) for number, text in notes]


__all__ = ["NoteCitation", "NoteLinks", "parse_note", "parse_notes"]
