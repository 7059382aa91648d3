"""English note shapes of the ninth round: a note number run into initials, contributions named by their author
in an edited book, lecture series after a title, ancient texts by book and section, imprints with volumes."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_note_number_run_into_two_initials():
    c = one("11C. A. Bayly, ‘The British Military-Fiscal State and Indigenous Resistance in India, 1750–1820’, in "
            "Lawrence Stone, An Imperial State at War: Britain From 1689–1815 (London, 1994), 344–6.")
    assert c.record["author"] == [{"family": "Bayly", "given": "C. A."}]
    assert c.record["type"] == "chapter"
    assert c.locator == "344–6"


def test_contribution_named_by_its_author_in_an_edited_book_cited_short():
    cites = parse_note("9   Strachan, First World War, vol. 1, p. 209. See also J. Stengers on Belgium in Wilson (ed.), "
                       "Decisions for War, pp. 151–6.")
    c = cites[-1]
    assert c.record == {"author": [{"family": "Stengers", "given": "J."}], "editor": [{"family": "Wilson"}],
                        "container-title": "Decisions for War"}
    assert c.locator == "151–6"


def test_contribution_in_an_edited_book_cited_before_keeps_author_and_editor():
    cites = parse_note("6   Bumpus, The Cathedrals and Churches of Belgium, p. 116, quoted by Marc Derez in Liddle (ed.), "
                       "op. cit., pp. 437–8.")
    assert cites[-1].record == {"author": [{"family": "Derez", "given": "Marc"}], "editor": [{"family": "Liddle"}]}
    assert cites[-1].locator == "437–8"


def test_chapter_by_an_author_in_an_edited_book_after_prose():
    c = one("4   For Ypres’s general setting, see the stimulating chapter by Marc Derez in Liddle (ed.), Passchendaele "
            "in Perspective, pp. 437–58.")
    assert c.record["container-title"] == "Passchendaele in Perspective"
    assert c.record["author"] == [{"family": "Derez", "given": "Marc"}]


def test_lecture_series_after_the_title_is_the_collection():
    r = one("4. Paul Zanker, The Power of Images in the Age of Augustus, Jerome Lectures (Ann Arbor: University of "
            "Michigan Press, 1988).").record
    assert r["title"] == "The Power of Images in the Age of Augustus"
    assert r["collection-title"] == "Jerome Lectures"
    assert r["publisher"] == "University of Michigan Press"


def test_classics_set_after_a_translator_is_the_collection():
    cites = parse_note("9. Guthrie and Fideler, Pythagorean Sourcebook, 178; Aristotle, Politics, trans. Ernest Barker, "
                       "Oxford World’s Classics (Oxford University Press, 1988), 311.")
    r = cites[-1].record
    assert (r["author"], r["title"]) == ([{"family": "Aristotle"}], "Politics")
    assert r["collection-title"] == "Oxford World’s Classics"
    assert cites[-1].locator == "311"


def test_ancient_text_by_book_chapter_and_section_has_no_locator():
    c = one("‘That which is necessary for keeping alive’: Aulus Gellius, Attic Nights 9, 14, 16–17.")
    assert c.record == {"author": [{"literal": "Aulus Gellius"}], "title": "Attic Nights"}
    assert c.locator is None


def test_ancient_author_by_book_chapter_and_section_alone():
    c = one("‘Delos, which could both admit’: Strabo 14, 5, 2.")
    assert c.record == {"author": [{"family": "Strabo"}]}
    assert c.locator is None


def test_ancient_text_by_dotted_book_and_section_keeps_both_names_as_printed():
    c = one("1. Velleius Paterculus, Roman History 2.1.")
    assert c.record == {"author": [{"literal": "Velleius Paterculus"}], "title": "Roman History"}


def test_untitled_article_by_an_author_and_others():
    c = one("Jeremy McInerney and others, American Journal of Archaeology, 96 (1992), pp. 443–55.")
    r = c.record
    assert r["author"] == [{"family": "McInerney", "given": "Jeremy"}]
    assert "title" not in r
    assert (r["container-title"], r["volume"], c.locator) == ("American Journal of Archaeology", "96", "443–55")


def test_place_only_imprint_of_two_towns_one_of_them_unknown():
    cites = parse_note("37\nJohn Eliot,\nBiographical Dictionary\n(Salem and Boston, 1809), 191–92; Edwin Monroe Bacon,\n"
                       "Boston: A Guide Book\n. (Boston, 1903), 59.")
    r = cites[0].record
    assert r["publisher-place"] == "Salem and Boston"
    assert "publisher" not in r


def test_number_of_volumes_opening_a_british_imprint():
    cites = parse_note("2 Henry Charles Lea, Materials toward a history of witchcraft, ed. Arthur C. Howland (3 vols., "
                       "Philadelphia, PA, 1939); George Lincoln Burr, ed., Narratives of the witchcraft cases, 1648–1706 "
                       "(New York, NY, 1914).")
    r = cites[0].record
    assert (r["publisher-place"], r["number-of-volumes"]) == ("Philadelphia, PA", "3")
    assert r["editor"] == [{"family": "Howland", "given": "Arthur C."}]


def test_dated_letter_before_the_edition_it_is_printed_in():
    cites = parse_note("39\nJohn Singleton Copley to Captain R. C. Bruce, September 10, 1765,\nLetters and Papers of John "
                       "Singleton Copley and Henry Pelham, 1739–1776\n(Boston: Massachusetts Historical Society, 1914), 36; "
                       "Jennifer Roberts, “Copley’s Cargo,” American Art 21 (2007): 21–41.")
    r = cites[0].record
    assert r["title"] == "Letters and Papers of John Singleton Copley and Henry Pelham, 1739–1776"
    assert r["publisher"] == "Massachusetts Historical Society"
    assert cites[0].locator == "36"


def test_editor_named_after_the_book_title_before_the_imprint():
    r = one("3.  \n\nGerald W. Wolff, “Party and Section: The Senate and the Kansas-Nebraska Bill,” in Beyond the Civil War "
            "Synthesis: Political Essays of the Civil War Era. Robert P. Swierenga, ed., (Westport, Conn.: Greenwood, "
            "1975), 179–83.").record
    assert r["container-title"] == "Beyond the Civil War Synthesis: Political Essays of the Civil War Era"
    assert r["editor"] == [{"family": "Swierenga", "given": "Robert P."}]
    assert r["publisher"] == "Greenwood"


def test_sentence_with_years_from_and_to_before_the_works_cites_nothing():
    cites = parse_note("15. Increase Mather, father of Cotton Mather, served Harvard College as acting president from 1685 "
                       "to 1686, as rector from 1686 to 1692, and again as president from 1692 to 1701. Richard "
                       "Hofstadter, Academic Freedom in the Age of the College (New York: Columbia University Press, "
                       "1961), 82–83.")
    assert [c.record["author"][0]["family"] for c in cites] == ["Hofstadter"]


def test_inverted_name_with_a_particle_after_prose_and_in():
    cites = parse_note("2 Withington, Phil, Society in early modern England (Cambridge, 2010), ch. 3 and passim. See also "
                       "the stimulating discussion in de Grazia, Margreta, ‘The modern divide: from either side’, Journal "
                       "of Medieval and Early Modern Studies, 37 (2007), pp. 453–67.")
    assert cites[-1].record["author"] == [{"family": "de Grazia", "given": "Margreta"}]
    assert cites[-1].record["title"] == "The modern divide: from either side"


def test_reprint_named_inside_the_imprint_is_a_second_entry():
    cites = parse_note("11. P. A. Brunt, ‘Laus Imperii’, in Peter Garnsey and C. R. Whittaker (eds.), Imperialism in the "
                       "Ancient World (Cambridge: Cambridge University Press, 1978; repr. in P. A. Brunt, Roman Imperial "
                       "Themes (Oxford: Oxford University Press, 1990), 288–323).")
    assert [c.record["type"] for c in cites] == ["chapter", "book"]
    assert cites[0].record["container-title"] == "Imperialism in the Ancient World"
    assert cites[0].record["issued"] == {"date-parts": [[1978]]}
    assert (cites[1].record["title"], cites[1].locator) == ("Roman Imperial Themes", "288–323")


def test_diary_entry_cited_from_an_edition_by_short_title():
    c = one("48. Gorgas, diary entry for July 28, 1863, in The Journals of Josiah Gorgas, 75.")
    assert c.record == {"title": "The Journals of Josiah Gorgas"}
    assert c.locator == "75"


def test_short_form_with_the_years_of_a_set_and_its_volume():
    c = one("6 Hodgkin, History of the Anglo-Saxons, 1935–9, I, p. 385.")
    assert c.record == {"author": [{"family": "Hodgkin"}], "title": "History of the Anglo-Saxons", "volume": "I",
                        "issued": {"date-parts": [[1935], [1939]]}}
    assert c.locator == "385"


def test_edition_cited_by_a_siglum_in_capitals_volume_and_page():
    c = one("2. OPP, 1:xvii.")
    assert c.record == {"title": "OPP", "volume": "1"}
    assert c.locator == "xvii"


def test_quoted_topic_before_see_cites_nothing():
    c = one("1. For ‘International Zwinglianism’ see B. Gordon, The Swiss (Manchester: Manchester University Press, "
            "2002), 283–316.")
    assert c.record["author"] == [{"family": "Gordon", "given": "B."}]


def test_prose_naming_the_volume_before_its_title():
    cites = parse_note("5. Important analyses of the distinction between agape and cosmopolitanism include the volume "
                       "Cosmopolitics: Thinking and Feeling Beyond the Nation, ed. Pheng Cheah and Bruce Robbins "
                       "(Minneapolis: University of Minnesota Press, 1998), and Charles Taylor’s A Secular Age (Cambridge, "
                       "MA: Harvard University Press, 2007).")
    assert cites[0].record["title"] == "Cosmopolitics: Thinking and Feeling Beyond the Nation"
    assert cites[0].record["editor"][0] == {"family": "Cheah", "given": "Pheng"}

_HEIJDRA = ("3. One recent estimate is that the population grew from 85 million in 1393 to 155\nmillion in 1500, 231 million "
            "in 1600 and 268 million by 1650. Martin J. Heijdra,\n“The Socio-economic Development of Ming Rural China "
            "(1368–1644)” (Ph.D.\ndiss., Princeton University, 1994), chap. 1, sec. 3, “Population.” Heijdra’s estimates\n"
            "are well summarized, and explained as relatively conservative, by F. W. Mote,\nImperial China: 900–1800 "
            "(Cambridge, Mass.: Harvard University Press, 1999),\n745.")


def test_thesis_cited_by_chapter_then_a_section_and_its_title():
    c = parse_note(_HEIJDRA)[0]
    assert c.record["type"] == "thesis"
    assert c.record["title"] == "The Socio-economic Development of Ming Rural China (1368–1644)"
    assert (c.locator, c.label) == ("1", "chapter")


def test_prose_over_two_commas_then_by_an_author_with_initials():
    c = parse_note(_HEIJDRA)[-1]
    assert c.record["author"] == [{"family": "Mote", "given": "F. W."}]
    assert c.record["title"] == "Imperial China: 900–1800"


def test_contribution_in_an_edited_book_without_pages_after_a_comma():
    c = one("4 See the chapter by Marc Derez, in Liddle (ed.), Passchendaele in Perspective.")
    assert c.record == {"author": [{"family": "Derez", "given": "Marc"}], "editor": [{"family": "Liddle"}],
                        "container-title": "Passchendaele in Perspective"}
    assert c.locator is None


def test_ancient_title_with_words_in_lower_case():
    c = one("Plutarch, Life of Sulla 19, 5.")
    assert c.record == {"author": [{"family": "Plutarch"}], "title": "Life of Sulla"}
    assert c.locator is None


def test_reprinted_in_spelled_out_inside_the_imprint():
    cites = parse_note("P. A. Brunt, ‘Laus Imperii’, in P. Garnsey (ed.), Imperialism (Cambridge, 1978; reprinted in "
                       "P. A. Brunt, Roman Imperial Themes (Oxford, 1990), 288–323).")
    assert [c.record.get("title") for c in cites] == ["Laus Imperii", "Roman Imperial Themes"]


def test_diary_named_with_a_comma_before_its_date():
    c = one("Gorgas, diary, July 28, 1863, in The Journals of Josiah Gorgas, 75.")
    assert c.record == {"title": "The Journals of Josiah Gorgas"}


def test_inscription_by_corpus_volume_and_number_has_no_locator():
    c = one("4. Corpus Inscriptionum Latinarum, 12.1122.")
    assert c.record == {"title": "Corpus Inscriptionum Latinarum", "volume": "12"}
    assert c.locator is None
    assert one("Inscriptiones Graecae II² 1035.").record == {"title": "Inscriptiones Graecae", "volume": "II"}


def test_prose_before_a_name_with_jr():
    c = one("The two most recent accounts of the colony’s history as a whole are George D. Langdon Jr., Pilgrim Colony: "
            "A History of New Plymouth, 1620–1691 (New Haven: Yale University Press, 1966).")
    assert c.record["author"] == [{"family": "Langdon", "given": "George D.", "suffix": "Jr."}]
    assert c.record["title"] == "Pilgrim Colony: A History of New Plymouth, 1620–1691"


def test_early_book_cited_by_its_leaves():
    c = one("15.Articles deuisid by the holle consent of the kynges moste honourable counsayle (1533), 1r–10v.")
    assert c.record["title"] == "Articles deuisid by the holle consent of the kynges moste honourable counsayle"
    assert c.record["issued"] == {"date-parts": [[1533]]}
    assert (c.locator, c.label) == ("1r–10v", "folio")
    c = one("John Smith, A Treatise of the Kings Power (London, 1533), 12r.")
    assert (c.locator, c.label) == ("12r", "folio")


def test_subtitle_colon_before_a_british_imprint_without_parentheses():
    c = one("4 Charles Webster, The great instauration: science, medicine and reform 1626–1660, London, Duckworth, "
            "1975, pp. 246–9.")
    r = c.record
    assert r["author"] == [{"family": "Webster", "given": "Charles"}]
    assert r["title"] == "The great instauration: science, medicine and reform 1626–1660"
    assert (r["publisher-place"], r["publisher"]) == ("London", "Duckworth")


def test_op_cit_with_the_note_that_cites_the_work_in_full():
    c = parse_note("9 Ibid., p. 23; Nutton, op. cit., note 3 above, p. 17.")[-1]
    assert c.record == {"author": [{"family": "Nutton"}]}
    assert c.locator == "17"


def test_medical_style_article_span_then_the_page_cited():
    c = one("3 Vivian Nutton, ‘The seeds of disease’, Med. Hist., 1983, 27: 1–34, p. 15.")
    r = c.record
    assert (r["volume"], r["page"], r["issued"]) == ("27", "1–34", {"date-parts": [[1983]]})
    assert c.locator == "15"


def test_lectures_that_are_the_whole_title_stay_the_title():
    c = one("John Smith, The Gifford Lectures (Edinburgh, 1990), 45.")
    assert c.record["title"] == "The Gifford Lectures"
    assert "collection-title" not in c.record


def test_academic_publisher_named_alone_is_no_place():
    c = one("5. Scholium to Euclid’s Elements, quoted in Richard J. Trudeau, The Non-Euclidean Revolution (Birkhäuser, "
            "1987), 103.")
    assert c.record["publisher"] == "Birkhäuser"
    assert "publisher-place" not in c.record


def test_online_edition_letter_cited_again_by_its_quoted_title():
    c = one("3. “From Thomas Jefferson to Nathaniel Macon, December 4, 1818.”")
    assert c.record == {"title": "From Thomas Jefferson to Nathaniel Macon, December 4, 1818"}


def test_volume_of_papers_named_by_its_dates_and_a_year_after_the_imprint():
    c = one("The Papers of George Washington, Presidential Series, vol. 6, 1 July 1790–30 November 1790, ed. Mark A. "
            "Mastromarino (Charlottesville: University of Virginia Press), 1996, 284–86.")
    r = c.record
    assert r["title"] == "The Papers of George Washington, Presidential Series"
    assert (r["volume"], r["volume-title"]) == ("6", "1 July 1790–30 November 1790")
    assert (r["publisher"], r["issued"]) == ("University of Virginia Press", {"date-parts": [[1996]]})
    assert c.locator == "284–86"


def test_act_scene_and_line_alone_cite_no_work():
    assert parse_note("6. II.3.1440.") == []


def test_letter_heading_with_no_edition_is_no_work():
    cites = parse_note("14‘As your conduct and bravery is become the publick’: Richard Clive to Robert Clive, 15 December "
                       "1752; OIOC Mss Eur G37/3 quoted in Nechtman, 2007.")
    assert [c.record.get("author") for c in cites] == [[{"family": "Nechtman"}]]


def test_house_of_parliament_before_its_report_is_the_author():
    c = parse_note("17 .House of Commons Report from the Select Committee appointed to consider the validity\nof the "
                   "doctrine of contagion in the Plague(London, 1819 ); G. Milroy,Quarantine and Plague (London, 1846 ).")[0]
    assert c.record["author"] == [{"literal": "House of Commons"}]
    assert c.record["title"] == ("Report from the Select Committee appointed to consider the validity of the doctrine "
                                 "of contagion in the Plague")
