"""Journal-article note shapes: Cambridge Core pages (names printed inverted, link text glued on) and
French Annales notes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_editors_printed_inverted_after_ed():
    r = one("page 211 note 2 The Crawford Collection of Early Charters and Documents, ed. Napier, A. S. and "
            "Stevenson, W. H. (Oxford, 1895), p. viii.Google Scholar").record
    assert r["editor"] == [{"family": "Napier", "given": "A. S."}, {"family": "Stevenson", "given": "W. H."}]
    assert r["title"] == "The Crawford Collection of Early Charters and Documents"
    r = one("3 Select English Historical Documents, ed. Harmer, F. E. (Cambridge, 1914), p. 12.").record
    assert r["editor"] == [{"family": "Harmer", "given": "F. E."}]
    assert r["title"] == "Select English Historical Documents"


def test_editor_printed_inverted_after_ed_by():
    r = one("4 Letters of Horace Walpole, ed. by Toynbee, P. (Oxford, 1904), p. 9.").record
    assert r["editor"] == [{"family": "Toynbee", "given": "P."}]
    assert r["title"] == "Letters of Horace Walpole"


def test_see_now_is_a_cue():
    c = one("10 See now Whitehouse, David, ‘The medieval glazed pottery of Lazio’, PBSR, xxxv, 1967, pp. 40–86.")
    assert c.record["author"] == [{"family": "Whitehouse", "given": "David"}]
    assert c.record["title"] == "The medieval glazed pottery of Lazio"


def test_inverted_name_with_initials_after_prose():
    r = one("1 The phrase in quotation marks is from Clark, J. C. D., Revolution and Rebellion (Cambridge, 1986) "
            "p. 130CrossRefGoogle Scholar.").record
    assert r["author"] == [{"family": "Clark", "given": "J. C. D."}]
    assert r["title"] == "Revolution and Rebellion"


def test_journal_by_volume_with_a_page_range_is_an_untitled_article():
    c = one("2 Geographical Journal, cxxviii, 1962, pp. 389–90Google Scholar.")
    assert c.record["type"] == "article-journal"
    assert (c.record["container-title"], c.record["volume"]) == ("Geographical Journal", "cxxviii")
    assert c.locator == "389–90"
    c = one("1 Tijdschrift voor Geschiedenis, no 103, 1990, pp. 279-293.")
    assert (c.record["type"], c.record["issue"]) == ("article-journal", "103")


def test_journal_by_volume_and_one_page_is_the_periodical():
    c = one("page 354 note 3. Cf. Annales, t. I, 1929, p. 108.")
    r = c.record
    assert (r["type"], r["title"], r["volume"]) == ("periodical", "Annales", "I")
    assert r["issued"] == {"date-parts": [[1929]]}
    assert c.locator == "108"


def test_inverted_author_in_a_journal_by_volume():
    c = one("9 Harris, W. in PBSR, xxxiii, 1965, p. 114Google Scholar.")
    r = c.record
    assert r["type"] == "article-journal"
    assert r["author"] == [{"family": "Harris", "given": "W."}]
    assert (r["container-title"], r["volume"]) == ("PBSR", "xxxiii")


def test_book_by_volume_without_a_journal_word_is_not_a_journal():
    c = one("1. Cambridge Economie History of Europe, t. III, p. 41.")
    assert c.record.get("type") != "periodical"


def test_note_that_is_only_the_imprint_of_a_work_under_review():
    r = one("page 458 note 1 Tongres, Michiels-Broeders, 1935 ; in-8°, 308 p.").record
    assert (r["type"], r["publisher-place"], r["publisher"]) == ("book", "Tongres", "Michiels-Broeders")
    r = one("page 85 note 1. Nîmes, imp. Charlanier frères et Alméras, 1942, 798 p. in-8°.").record
    assert (r["publisher-place"], r["publisher"]) == ("Nîmes", "imp. Charlanier frères et Alméras")
    assert r["issued"] == {"date-parts": [[1942]]}


def test_honorific_before_an_author_is_not_part_of_the_name():
    r = one("page 83 note 2. Dr. Noirot, Louis, Études statistiques sur la mortalité dans la ville de Dijon, "
            "Paris et Dijon, 1850, in-8°, 88 p.Google Scholar").record
    assert r["author"] == [{"family": "Noirot", "given": "Louis"}]
    assert r["title"] == "Études statistiques sur la mortalité dans la ville de Dijon"
    r = one("3. Chanoine L. Clément, Routot, des origines à la Révolution, Fécamp, 1950, in-8°, VIII-306 p.").record
    assert r["author"] == [{"family": "Clément", "given": "L."}]


def test_inverted_author_then_et_al():
    r = one("1 Brooks, N. et al. , ‘A New Charter of King Edgar’, ASE 13 (1984), 137–55, at 155.Google Scholar").record
    assert r["author"] == [{"family": "Brooks", "given": "N."}]
    r = one("4 Brooks, Nicholas, et al., ‘A New Charter of King Edgar’, ASE 13 (1984), 137–55.").record
    assert r["author"] == [{"family": "Brooks", "given": "Nicholas"}]


def test_french_journal_in_parentheses_is_not_a_publisher():
    r = one("2 Rolland, P., De l'économie antique au grand commerce médiéval (Annales d'histoire économique et "
            "sociale, 1935).").record
    assert r["type"] == "article-journal"
    assert r["container-title"] == "Annales d'histoire économique et sociale"
    assert "publisher" not in r
