"""Engine fixes for text case: title case, capitalize-first, "Ibid." at a note's start.

Installed by `citeproc_fixes.apply()`; one documented function per engine defect.
"""

from __future__ import annotations


# citeproc-js's CSL.SKIP_WORDS (2.4.63), the single words: prepositions, conjunctions and
# articles that title case leaves in lower case. citeproc-py knew only CSL 1.0's short list.
TITLE_CASE_STOP_WORDS = (
    "about above across afore after against al along alongside amid amidst among amongst anenst "
    "apropos apud around as aside astride at athwart atop barring before behind below beneath "
    "beside besides between beyond but by circa despite down during et except for forenenst "
    "from given in inside into lest like modulo near next notwithstanding of off on onto out "
    "over per plus pro qua sans since than through thru throughout thruout till to toward "
    "towards under underneath until unto up upon versus vs. v. vs v via vis-à-vis with within "
    "without or yet so nor a an the de d' von van c ca and"
).split()


def title_case_stop_words() -> None:
    """text-case="title" keeps citeproc-js's stop words in lower case: "Inside the White House
    during the Cuban Missile Crisis", not "... During ..." (CSL test-suite:
    textcase_TitleCapitalization...)."""
    from citeproc import model

    model.TextCased._stop_words = list(TITLE_CASE_STOP_WORDS)


def _ends_sentence(prefix: str) -> bool:
    """A cite prefix after which a new sentence starts: "This has been said. " but not a
    one-word abbreviation such as "Cf. " (CSL test-suite: bugreports_CapsAfterOneWordPrefix)."""
    text = prefix.strip()
    return text.endswith(("!", "?")) or (text.endswith(".") and " " in text)


def capitalize_ibid_at_note_start() -> None:
    """In a note style, a note that starts with the term "ibid." starts with a capital:
    "Ibid., 45.", as citeproc-js does (CMOS 14.34; CSL test-suite: position_IbidWithLocator,
    position_IfIbidWithLocatorIsTrueThenIbidIsTrue). citeproc-py printed the locale term as
    is, "ibid.". So does any other term that opens the note
    (magic_CapitalizeFirstOccurringTerm). Only the first cite of a citation without a prefix
    starts the note.
    """
    from citeproc import model

    render_children = model.Layout.render_children

    def render_capitalized(self, item, *args, **kwargs):
        output = render_children(self, item, *args, **kwargs)
        if (output is None or args or kwargs or not hasattr(item, "citation")
                or self.get_root().get("class") != "note"
                or self.xpath_search("./parent::cs:bibliography")
                or item.citation.cites[0] is not item
                or (item.get("prefix") and not _ends_sentence(str(item.get("prefix"))))):
            return output
        ibid = str(self.get_single_term("ibid"))
        if ibid and str(output).startswith(ibid) and ibid[:1].islower():
            return output.capitalize_first()
        first = list.__getitem__(output, 0) if isinstance(output, MixedString) else output
        if isinstance(first, _TermText) and str(first)[:1].islower():
            return output.capitalize_first()  # any term that opens the note
        return output

    from citeproc.string import MixedString, String

    class _TermText(String):
        """A term as cs:text renders it."""

    text_term = model.Text._term

    def _term(self, item):
        text = text_term(self, item)
        return _TermText(text) if type(text) is String else text

    model.Text._term = _term
    model.Layout.render_children = render_capitalized


def capitalize_first_letter() -> None:
    """`capitalize-first` and title case capitalise the first letter of a word, not the
    quotation mark before it: “New Career”, not “new Career” (CSL test-suite:
    textcase_AfterQuote, textcase_InQuotes)."""
    from citeproc import string

    def capitalize_first(self):
        text = str(self)
        for i, ch in enumerate(text):
            if ch.isalnum():
                return self.__class__(text[:i] + ch.upper() + text[i + 1:])
            if ch not in "\u201c\u2018\"'([\u00ab\u00bf\u00a1":
                break
        return self.__class__(text[:1].upper() + text[1:])

    string.String.capitalize_first = capitalize_first


def title_case_like_citeproc_js() -> None:
    """text-case="title" as citeproc-js applies it (CSL test-suite: textcase_InQuotes,
    textcase_StopWordBeforeHyphen, textcase_TitleCapitalization2,
    textcase_SkipNameParticlesInTitleCase, textcase_TitleCaseWithHyphens,
    textcase_TitleWithEmDash, textcase_TitleWithEnDash, textcase_TitleCaseWithFinalNocase,
    textcase_TitleCaseWithNonBreakSpace, textcase_ImplicitNocase): the last word and a word
    after : . ? ! are capitalised even when they are stop words; an en or em dash separates
    words as a space does; the parts of hyphenated and slashed compounds are capitalised one
    by one ("Pro-Environmental", "Out-of-Fashion", "Cat/Mouse"), the first always; stop words
    are recognised with punctuation attached ("for,"). Parts with any capital are left as
    they are, as before; so are words in another script than Latin ("β-Carotine",
    textcase_NonEnglishChars). The text keeps its own spaces (no-break ones too) and its
    nocase and markup segments where they are."""
    import re

    from citeproc import model
    from citeproc.string import MixedString, NoCase, String

    case = model.TextCased.case
    boundary = re.compile("(\\s+|[\u2013\u2014])")

    def title(self, text):
        stop = set(self._stop_words)
        segments = list(list.__iter__(text)) if isinstance(text, MixedString) else [text]
        tokens = []  # per segment: [text, is_word] pieces
        words = []  # (segment, token) of every word, in order
        for n, seg in enumerate(segments):
            pieces = [[p, bool(p) and not boundary.fullmatch(p)]
                      for p in boundary.split(str(seg))]
            tokens.append(pieces)
            words += [(n, k) for k, (p, is_word) in enumerate(pieces) if is_word]
        prev = ":"
        for i, (n, k) in enumerate(words):
            word = tokens[n][k][0]
            if isinstance(segments[n], NoCase):
                prev = word[-1:] or prev
                continue
            pieces = re.split(r"([-/])", word)
            forced = i == 0 or prev in ":.?!" or i == len(words) - 1
            new = []
            for j, piece in enumerate(pieces):
                if piece in ("-", "/") or not piece or not piece.islower():
                    new.append(piece)
                    continue
                core = piece.strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019")
                if j and not pieces[0][:1].isalpha():
                    new.append(piece)  # "07-x": a code, not a compound word
                    continue
                if not _latin_initial(core):
                    new.append(piece)  # "β-Carotine": title case is for Latin script
                    continue
                if (j == 0 and (forced or len(pieces) > 1)) or core not in stop:
                    new.append(str(String(piece).capitalize_first()))
                else:
                    new.append(piece)
            tokens[n][k][0] = word = "".join(new)
            prev = word[-1:]
        out = [seg if isinstance(seg, NoCase) else type(seg)("".join(p for p, _ in tokens[n]))
               for n, seg in enumerate(segments)]
        return MixedString(out) if isinstance(text, MixedString) else out[0]

    def case_title(self, text, language=None):
        if self.get("text-case") == "title" and language == "en":
            return title(self, text)
        return case(self, text, language)

    model.TextCased.case = case_title


def _latin_initial(word: str) -> bool:
    """Whether the first letter of `word` is a Latin one (or there is no letter)."""
    import unicodedata

    for ch in word:
        if ch.isalpha():
            return ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")
    return True
