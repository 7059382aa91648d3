"""Archival references as footnotes in books give them: note numbers, lemmas, 'Ibid.', a writer
before the kind of document, bare 'A to B' letters, archives the table does not know."""

from citekit.readers.archival import LETTER_TYPE, parse_archival


def rec(text):
    result = parse_archival(text)
    assert result.record is not None, result.warnings
    return result.record


def test_writer_then_kind_then_number():
    r = rec("31.  U.S. Dept of State, telegram, Paris 1234, May 2, 1956.")
    assert r["type"] == LETTER_TYPE and r["genre"] == "telegram" and r["title"] == "Paris 1234"
    assert r["author"] == [{"literal": "U.S. Dept of State"}]
    assert r["issued"] == {"date-parts": [[1956, 5, 2]]}


def test_memorandum_with_subject_in_quotes_and_dated():
    r = rec('12. U.S. Joint Chiefs of Staff, Memorandum for the Secretary of the Army, dated '
            '3 June 1956, subject: "Korea (South)."')
    assert r["title"] == "Korea (South)" and r["genre"].startswith("Memorandum for")
    assert r["author"] == [{"literal": "U.S. Joint Chiefs of Staff"}]


def test_sender_in_the_title_makes_the_department_a_contributor():
    r = rec("4. U.S. Dept. of State, Memorandum from Ambassador Smith to Asst. Secy. Jones, "
            "1 May 1955.")
    assert r["author"] == [{"family": "Smith"}] and r["recipient"] == [{"family": "Jones"}]
    assert r["contributor"] == [{"literal": "U.S. Dept. of State"}]


def test_bare_letter_lemma_and_book_abbreviation_for_the_archive():
    r = rec("‘a quoted phrase’: AB to Jean Smith, 6 September 1940 (AB TC).")
    assert r["type"] == LETTER_TYPE and "title" not in r
    assert r["author"] == [{"family": "AB"}]
    assert r["recipient"] == [{"family": "Smith", "given": "Jean"}]
    assert r["archive"] == "AB TC" and r["issued"] == {"date-parts": [[1940, 9, 6]]}


def test_ibid_note_number_on_its_own_line():
    r = rec("395\nIbid., Baker to Charles, 15 January 1941.")
    assert r["author"] == [{"family": "Baker"}] and r["recipient"] == [{"family": "Charles"}]
    assert parse_archival("3 December 1962, RGANI").record["issued"] == {
        "date-parts": [[1962, 12, 3]]}  # a day is no note number


def test_archive_not_in_the_table_with_an_unlabelled_reference():
    r = rec("7\nBBC Written Archives, R34/1/2, Smith memo, 20 January 1941.")
    assert r["archive"] == "BBC Written Archives" and r["archive_location"] == "R34/1/2"
    assert r["title"] == "Smith memo" and r["author"] == [{"family": "Smith"}]
    r = rec("p. 9: words of the lemma: National Library of Wales, Jones Papers 12/3a, "
            "AB to CD, 5 May 1940.")
    assert r["archive"] == "National Library of Wales"
    assert r["archive_location"] == "Jones Papers 12/3a"
    assert r["custom"]["locator"] == {"series": "Jones Papers", "file": "12/3a"}


def test_catalogue_line_and_series_piece():
    r = rec("FO 371/12345 1956 - 1957 Relations with Poland")
    assert r["title"] == "Relations with Poland" and r["archive_location"] == "FO 371/12345"
    assert r["custom"]["locator"] == {"series": "FO 371", "file": "12345"}
    assert r["issued"] == {"date-parts": [[1956], [1957]]}
    assert rec("12. ChP 2/55.")["custom"]["locator"] == {"series": "ChP", "file": "2/55"}


def test_prose_with_a_date_is_still_no_citation():
    assert parse_archival("We met on 3 May 1956 in the park.").record is None


def test_conversation_among_several_is_one_title():
    r = rec("5. U.S. Dept. of State, Memorandum of Conversation among Senator Smith, Assistant "
            "Secretary Jones, et al, 7 December 1954.")
    assert r["title"] == ("Memorandum of Conversation among Senator Smith, Assistant Secretary "
                          "Jones, et al")


def test_numbered_telegram_from_a_post_names_no_author_there():
    r = rec("8. U.S. Dept of State, telegram, SECTO 12 from Paris, 1 March 1955")
    assert r["title"] == "SECTO 12 from Paris"
    assert r["author"] == [{"literal": "U.S. Dept of State"}]


def test_lemma_with_an_apostrophe_and_posts_as_writers():
    r = rec("‘I’ve seen it’: General Records Officer to Mrs ABC, 11 September 1940 (XY KC).")
    assert r["author"] == [{"literal": "General Records Officer"}]
    assert r["recipient"] == [{"literal": "Mrs ABC"}]


def test_a_sentence_after_the_locator_is_not_part_of_it():
    r = rec("9. RGASPI, F.17, Op.3, D.28. The text is on pp.4–7 of the file.")
    assert r["custom"]["locator"] == {"fond": "17", "opis": "3", "delo": "28"}


def test_naid_is_the_document_locator():
    r = rec("Letter from John Adams to Thomas Jefferson, May 1, 1790. (NAID 123456).")
    assert r["custom"]["locator"] == {"document": "NAID 123456"}
    assert r["author"] == [{"family": "Adams", "given": "John"}]


def test_russian_letter_with_the_recipient_in_the_dative():
    r = rec("12\nИван Петров Сергею Иванову, 1 мая 1950 г. Частная коллекция.")
    assert r["type"] == LETTER_TYPE and r["archive"] == "Частная коллекция"
    assert r["author"] == [{"family": "Петров", "given": "Иван"}]
    assert r["recipient"] == [{"family": "Иванов", "given": "Сергей"}]
    assert r["issued"] == {"date-parts": [[1950, 5, 1]]}


def test_memorandum_to_or_for_a_named_person_names_the_recipient():
    r = rec("14.  U.S. Dept of State, Memorandum to President Kennedy, 3 May 1961.")
    assert r["recipient"] == [{"family": "Kennedy"}]
    r = rec('13.  U.S. Dept of State, Memo for Asst. SecState Jones, 30 April 1955, "Report on '
            'the Visit," which was sent on.')
    assert r["title"] == "Report on the Visit" and r["recipient"] == [{"family": "Jones"}]
    r = rec('26.  U.S. Joint Chiefs of Staff, Memorandum for the Secretary of Defense, dated '
            '9 May 1955, subject: "Indochina."')
    assert "recipient" not in r  # an office, no name
