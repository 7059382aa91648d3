# -*- coding: utf-8 -*-
# Fifteenth gathering (2026-11-25): 161 English footnotes and endnotes (171 citations, 76 of them short forms) from 15
# pages not used before (none of the `where` addresses of notes.jsonl or of the earlier gathering files). Sites new to
# the set: oreilly.com, informahealthcare.com; the rest are other books or articles on sites used before
# (bookreadfree.com, whosread.com, homsy-staging.cambridgecore.org, core-varnish-new.prod.aop.cambridge.org,
# globalauthorid.com (two articles), docslib.org (two documents), publishing.cdlib.org, trantor.is (four books)),
# because the search index gives a page's text only from its beginning (notes cut off at the end of the stored text
# were not taken). Gold written by hand from the note text; no parser was run.
# Language: English only. Subjects: Jefferson and revolutionary Virginia, the election of 1800 and the founders (US
# history), British India (colonial history), a thirteenth-century St Albans chronicle (medieval England), the origins
# of the Cold War and the Korean War, the Victorian novel, Charlotte Brontë, the Victorian historical novel and Dickens
# (literary studies), the Scientific Revolution (history of science), Italy's Libyan war and the July Crisis of 1914
# (diplomatic history), Britain's decision for war on 1 August 1914, the Henrician Reformation (early modern England).
# Shapes: Chicago endnotes citing editions by abbreviation (`Autobiography, Ford, 1: 12.`, `A Summary View, Papers, 1:
# 121.`, `T.J. to William Plumer, …, L&B, 14: 238.`, `Gribbel, 22`, `Ibid., 1: 122–123.`); keyword-led notes with the
# page glued to the keyword (`9British exports …: Jon Wilson, India Conquered: …, London: Simon & Schuster, 2016, p.
# 321.`, `Vol 3, 3` of a series, `22 (1), 1992`, `Vol. 41 (1)`, `quoted in Nechtman, 2007`); a Cambridge Core note list
# (`page ix note 1 …`, `ed. Riley, H. T., i (1867), pp. 330 ffGoogle Scholar.`, `‘ The Drawings of Matthew Paris ’`,
# `p. 382, n. 9`); PDF notes split by their numbers (`…, pp.33–58;` / `2. also see …`, `vol.24 (December 1980)
# 563–92`); introductions and commentaries by an edition's editor (`Macdonald Daly, ‘Introduction’ to Mary Barton, by
# Elizabeth Gaskell, ed. Macdonald Daly (…)`, `‘Historical Commentary’, to William Makepeace Thackeray, Catherine: A
# Story, ed. Sheldon F. Goldfarb`); British notes whose text layer lost words (`(Oxford and : Clarendon Press, …)`,
# `(: Vintage, 2001)`, `University of Press`, `3 vols`, `I, p. 319`, `16.82 (1972)`); numbering restarted under
# chapter headings, `edited by`, `(…, 1975; Harvard English Studies 6)`, two publishers `London: Vision Press, and
# Totowa, NJ: Barnes & Noble`, `1963.)`, `Quarterly Review, Vol. XIV (October 1815), p. 188.`; `ed. …, trans. …`,
# `Lane Cooper, ed.,`; author–title–year short forms (`Borges, The Total Library (2001), 465.`, `Harrison, ‘Reassessing
# the Butterfield Thesis’ (2006), 7, argues …`, `Ch. 18`, play references `II.1.813–15`); Founders Online pages
# (`…, Founders Online, National Archives, last modified June 13, 2018, https://…. Original source: The Papers of
# George Washington, Presidential Series, vol. 6, 1 July 1790–30 November 1790, ed. …`), `Online Library of Liberty,
# citing Jefferson, The Works of Thomas Jefferson, Federal Edition, vol. 12, footnote 1 (…, 1904–5), http://…`;
# British notes `(London, 1912), pp. 192–5`, `pp. 69–90, here p. 80`, `Lt-Col Gustavo Ramaciotti`, `Miles Ignotus
# (pseud.)`, short titles `Bosworth, Italy, p. 151.`; notes numbered without a period (`1 Edward Grey, …`), `vol. One:
# Reason in Common Sense`; notes glued to their number (`1.Thomas Wright, ed., … (1843), 8–9, 12.`), calendars by
# abbreviation (`LP, IX, 1077 (misdated to 1535)`, `CSP, Spain, IV (1), no. 547`, `TRP, I, 209–11`, `LSG, 57`), an
# ODNB entry, `L. E. Whatmore, ed., ‘The Sermon …’, EHR, 58 (1943), 463–75`, folios `1r–10v`.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - An edition named by an abbreviation the book defines (`Papers`, `Ford`, `L&B`, `Gribbel`, `Memorandum Books`,
#    `Papers of Jefferson`) is a short form with that abbreviation as `title` (as `HJFP` in the eighth), `1: 105–106`
#    giving `volume` "1" and locator "105–106"; the document cited from it (`A Summary View`, `Autobiography`, a letter
#    `T.J. to William Wirt, …`, a resolution in quotes) gets no entry of its own (the eighth's and fourteenth's rule for
#    documents in a collection); `Ford` is an editor's name used as the edition's short title, so it stays `title`.
#  - `Captain John Smith` drops the rank (an honorific, as `Lord` in the fourteenth).
#  - A series with its number in a book's imprint (`The New Cambridge History of India, Vol 3, 3`; `1975; Harvard
#    English Studies 6`) gives `collection-title` and `collection-number` (`3, 3` as printed).
#  - A compound hyphen followed by a space from the text layer (`Eighteenth- Century Studies`) is joined keeping the
#    hyphen (`Eighteenth-Century Studies`) in the gold, as words broken at a line's end are joined.
#  - An introduction or commentary by a book's editor (`Macdonald Daly, ‘Introduction’ to Mary Barton, by Elizabeth
#    Gaskell, ed. Macdonald Daly`) is a `chapter` whose `author` and `editor` are that person, with the book's author
#    as `container-author` (the tenth's introduction rule); `‘Historical Commentary’, to …` likewise, the commentary's
#    author being the editor the prose names.
#  - A place with a word lost by the text layer (`Oxford and : Clarendon Press`) keeps what remains without the dangling
#    `and` (`Oxford`); an imprint that lost its place (`(: Vintage, 2001)`) has no `publisher-place`; a publisher that
#    lost a word (`University of Press`) is kept as printed.
#  - Spaces inside quotation marks (`‘ The Drawings of Matthew Paris ’`) are not part of the title.
#  - A periodical cited without an article title (`Quarterly Review, Vol. XIV (October 1815), p. 188.`) is an
#    `article-journal` with no title, its month in `issued`.
#  - An author–title–year short form (`Borges, The Total Library (2001), 465.`) is a short form with `issued`, as the
#    eighth's author–date ones; `Ch. 18` gives locator "18" with label `chapter`; a gloss after a locator (`(quoting
#    Robert Hues)`, `(‘The Enigma of Shakespeare’, 1964)`) is dropped; play references by act, scene and line
#    (`II.1.813–15`) name no work and give no entry.
#  - A Founders Online letter is a `webpage` (as the eighth's letter with a URL): its title in quotes, `Founders Online`
#    the `container-title`, `National Archives` the `publisher`, `last modified …` the `issued` date; the edition after
#    `Original source:` is a second entry (a `book` with `volume` and the volume's date span as `volume-title`).
#    `Online Library of Liberty, citing Jefferson, The Works …` gives the web page (with the URL that ends the note) and
#    the book (`Federal Edition` as `edition`, `footnote 1` dropped as a note number, `1904–5` a year range).
#  - A poll page (`Frank Newport, “…,” Gallup, July 4, 2013, http://…`) is a `webpage` with `Gallup` as container.
#  - A note that a PDF split at a number inside it (`2. also see …`) is taken as the page gives it, two notes.
#  - Calendars and collections by abbreviation (`LP, IX, 1077`, `TRP, I, 209–11`, `LSG, 57`, `CSP, Spain, IV (1), no.
#    547`) are short forms with the abbreviation as `title` and the volume as printed (`IV (1)`); `no. 547` gives label
#    `number`, a part of an item number stays in the locator (`562 (i)`), a gloss is dropped (`(misdated to 1535)`);
#    folios `1r–10v` give label `folio`; an archival reference (`SP 1/185, 21r`, `TNA FO 371/1250, fo. 311`) no entry.
#  - A pseudonym marked `(pseud.)` (`Miles Ignotus`) is a `literal` author; a military rank (`Lt-Col`) is dropped.
#  - A document edited in a journal (`L. E. Whatmore, ed., ‘The Sermon …’, EHR, 58 (1943), 463–75`) is an
#    `article-journal` with the editor in `editor` and no author; an ODNB entry is a `chapter` of `ODNB` (eighth).
#  - An interview printed in a review and cited by date (`‘M. Miroslaw Spalaïkovitch’, interview with Spalajković in La
#    Revue Diplomatique, 31 July 1924`) is an `article-magazine` with its title; the archival cutting is not listed.
#  - An abbreviation a note defines for a documentary edition (`cited below as D.D.`, then `D.D. no. 575`) is a short
#    form with that `title`; a bracketed abbreviation after a title (`British documents on …, 1898–1914 [B.D.]`) is
#    not part of the title; `no. 612` gives label `number`; `Brock, , H. H. Asquith` is a short form by `Brock`.
#  - `Carl von Clausewitz`, `Paul de Man`: the particle goes with the family name (as `de Montaigne` in the tenth).
# Twenty-six notes cite no work (prose, `Ibid.`, `Ibid., 1: 122–123.`, `Ibid, p. 63.`, play references, archival
# references, `cited in ibid.`, a note that names only Geoffrey of Monmouth).
# Doubtful: `Vol 3, 3` could be `volume`; the letters edited as `Ford`, `Gribbel` could be read as editors' names
# (author of a short form) rather than titles; `Oxford and` may be wanted as printed; Goldfarb's commentary may be
# wanted without `author`; `Turgot’s A Philosophical Review …` named in prose was listed as a short form though the
# book is only mentioned; the Founders Online `last modified` date could be left out; `Historical Essays of Macaulay`
# has no author though Macaulay wrote the essays; the Online Library of Liberty URL may belong to the Works; the
# Spalajković interview could be typed a newspaper article; British imprints such as `(London, 1912)` were given
# `publisher-place` only.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def R(*dps):
    """A date range: R((1999,), (2000,))."""
    return {"date-parts": [list(d) for d in dps]}


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


RTM = "https://bookreadfree.com/569040/13967997.amp"
IEW = "https://whosread.com/150395/3716353"
JWA = "https://homsy-staging.cambridgecore.org/core/journals/camden-third-series/article/chronicle-attributed-to-john-of-wallingford/73C3DAB576D9D05AF8E4B98C388150B3"
CWO = "http://globalauthorid.com/WebPortal/ArticleView?wd=CB4C915F9FFC57996AC0137CF0EBF325683A7A31B7763A6F"
VIC = "http://globalauthorid.com/WebPortal/ArticleView?wd=CB4C915F9FFC57997B9EC7B653BE6100F453766D85A712D1"
BRO = "https://docslib.org/doc/5935221/introduction-the-sense-of-unending-closing-charlotte-bront%C3%ABs-emma"
HNV = "https://docslib.org/download/1479100/1-introduction-2-the-scott-legacy-3-the-emphasis-on"
DKP = "https://publishing.cdlib.org/ucpressebooks/view?chunk.id=d0e3615&doc.view=print&docId=ft038n99m1"
WIS = "https://trantor.is/content/Zry8ZzbIEHCx02SO/xhtml/notes.xhtml"
ORA = "https://www.oreilly.com/library/view/the-american-revolution/9781609949853/xhtml/notes.html"
FOU = "https://trantor.is/content/5WaK7fU8iWXYZTSh/xhtml/23_Notes.xhtml"
SLW = "https://trantor.is/content/I-FEltt7pgBXPvYl/text/9780062199225_Notes_1.xhtml"
LAC = "https://informahealthcare.com/doi/full/10.1080/01402390.2018.1482458"
TUD = "https://trantor.is/content/9jApargKDGRHKdkU/notes_01.htm"
BOSW = [P("R. J. B.", "Bosworth")]
AUG = "http://core-varnish-new.prod.aop.cambridge.org/core/journals/historical-journal/article/understanding-the-misunderstanding-of-1-august-1914/69201AF46D80E6185CE059DC1313C59E"
NECHT = [P("Tillman W.", "Nechtman")]

FIFTEENTH = [
# --- US history: Chicago endnotes of a book on Jefferson's reading (bookreadfree.com, another book than those used
#     before; editions named by abbreviation `Papers, 1: 105–106`, `Ford`, `L&B`, `Gribbel`; `Ibid., 1: 122–123`)
(RTM, "5. Autobiography, Ford, 1: 12.",
 [C({"title": "Ford", "volume": "1"}, "12")]),
(RTM, "6. Webster, “Notes,” 374.",
 [C(short([F("Webster")], "Notes"), "374")]),
(RTM, "7. Autobiography, Ford, 1: 12.",
 [C({"title": "Ford", "volume": "1"}, "12")]),
(RTM, "8. “Resolution of the House of Burgesses Designating a Day of Fasting and Prayer,” Papers, 1: 105–106, which includes in its notes the following quotation from Governor Dunmore.",
 [C({"title": "Papers", "volume": "1"}, "105–106")]),
(RTM, "9. Autobiography, Ford, 1: 13.",
 [C({"title": "Ford", "volume": "1"}, "13")]),
(RTM, "10. Mazzei, Memoirs, 205; T.J. to William Wirt, August 5, 1815, Gribbel, 22.",
 [C(short([F("Mazzei")], "Memoirs"), "205"),
  C({"title": "Gribbel"}, "22")]),
(RTM, "11. T.J. to William Wirt, August 5, 1815, Gribbel, 22.",
 [C({"title": "Gribbel"}, "22")]),
(RTM, "12. T.J. to William Plumer, January 31, 1815, L&B, 14: 238.",
 [C({"title": "L&B", "volume": "14"}, "238")]),
(RTM, "13. Michael Kammen, “The Meaning of Colonization in American Revolutionary Thought,” Journal of the History of Ideas 31 (1970): 349.",
 [C(art("The Meaning of Colonization in American Revolutionary Thought", [P("Michael", "Kammen")], "Journal of the History of Ideas", "31", None, 1970), "349")]),
(RTM, "14. “Monthly Catalogue,” Critical Review 38 (1774): 391; William L. Hedges, “Telling Off the King: Jefferson’s Summary View as American Fantasy,” Early American Literature 22 (1987): 170.",
 [C(art("Monthly Catalogue", None, "Critical Review", "38", None, 1774), "391"),
  C(art("Telling Off the King: Jefferson’s Summary View as American Fantasy", [P("William L.", "Hedges")], "Early American Literature", "22", None, 1987), "170")]),
(RTM, "15. A Summary View, Papers, 1: 121.",
 [C({"title": "Papers", "volume": "1"}, "121")]),
(RTM, "16. Ibid., 1: 122–123.",
 []),
(RTM, "17. Captain John Smith, The Complete Works of Captain John Smith (1580–1631), ed. Philip L. Barbour, 3 vols. (Chapel Hill: University of North Carolina Press, 1986), 2: 420.",
 [C(book("The Complete Works of Captain John Smith (1580–1631)", [P("John", "Smith")], [P("Philip L.", "Barbour")], "University of North Carolina Press", "Chapel Hill", 1986, volume="2", **{"number-of-volumes": "3"}), "420")]),
(RTM, "18. A Summary View, Papers, 1: 123.",
 [C({"title": "Papers", "volume": "1"}, "123")]),
(RTM, "19. Ibid., 1: 125.",
 []),
(RTM, "20. Ibid.",
 []),
(RTM, "21. Ibid., 1: 121.",
 []),
(RTM, "22. Ibid., 1: 125.",
 []),
(RTM, "23. Ibid., 1: 126.",
 []),
(RTM, "24. “Association of Members of the Late House of Burgesses,” Papers, 1: 107–108.",
 [C({"title": "Papers", "volume": "1"}, "107–108")]),
(RTM, "25. A Summary View, Papers, 1: 127–128.",
 [C({"title": "Papers", "volume": "1"}, "127–128")]),
(RTM, "26. J. A. Leo Lemay, The American Dream of Captain John Smith (Charlottesville: University Press of Virginia, 1991), 187.",
 [C(book("The American Dream of Captain John Smith", [P("J. A. Leo", "Lemay")], publisher="University Press of Virginia", place="Charlottesville", year=1991), "187")]),
(RTM, "27. A Summary View, Papers, 1: 132.",
 [C({"title": "Papers", "volume": "1"}, "132")]),
(RTM, "28. Ibid., 1: 135.",
 []),
(RTM, "29. Memorandum Books, 1: 376–377.",
 [C({"title": "Memorandum Books", "volume": "1"}, "376–377")]),
(RTM, "30. “On the Instructions Given to the 1st Delegation of Virginia to Congress, in August, 1774,” Papers, 1: 670.",
 [C({"title": "Papers", "volume": "1"}, "670")]),
(RTM, "31. Edmund Randolph, History of Virginia, ed. Arthur H. Shaffer (Charlottesville: University Press of Virginia, 1970), 205.",
 [C(book("History of Virginia", [P("Edmund", "Randolph")], [P("Arthur H.", "Shaffer")], "University Press of Virginia", "Charlottesville", 1970), "205")]),
# --- Colonial history: keyword-led endnotes of a book on British India (whosread.com, another page than those used
#     before; page number glued to the keyword `9British exports`, `Place: Publisher, Year`, `Vol 3, 3` of a series,
#     author-date short forms `quoted in Nechtman, 2007`, `Eighteenth- Century Studies`, `22 (1), 1992`)
(IEW, "9British exports of textiles to India, of course, soared: Jon Wilson, India Conquered: Britain’s Raj and the Chaos of Empire, London: Simon & Schuster, 2016, p. 321.",
 [C(book("India Conquered: Britain’s Raj and the Chaos of Empire", [P("Jon", "Wilson")], publisher="Simon & Schuster", place="London", year=2016), "321")]),
(IEW, "9India’s weavers were, thus, merely the victims of technological obsolescence: This argument is made by B. R. Tomlinson in The Economy of Modern India, 1870–1970, The New Cambridge History of India, Vol 3, 3, Cambridge: Cambridge University Press, 1996, p. 15.",
 [C(book("The Economy of Modern India, 1870–1970", [P("B. R.", "Tomlinson")], publisher="Cambridge University Press", place="Cambridge", year=1996, **{"collection-title": "The New Cambridge History of India", "collection-number": "3, 3"}), "15")]),
(IEW, "10In 1936, 62 per cent of the cloth sold in India: Gurcharan Das, India Unbound: From Independence to the Global Information Age, New York: Alfred A. Knopf, 2001.",
 [C(book("India Unbound: From Independence to the Global Information Age", [P("Gurcharan", "Das")], publisher="Alfred A. Knopf", place="New York", year=2001))]),
(IEW, "11at the end of British rule, modern industry employed only 2.5 million people: Ibid, p. 63.",
 []),
(IEW, "11‘the redemption of a nation… a kind of gift from heaven’: Owen Jones, ‘William Hague is wrong…we must own up to our brutal colonial past’, The Independent, 3 September 2012.",
 [C(paper("William Hague is wrong…we must own up to our brutal colonial past", [P("Owen", "Jones")], "The Independent", Y(2012, 9, 3)))]),
(IEW, "11‘There are few kings in Europe’: Letter to the Duke of Choiseul, dt. London, 27 Feb. 1768. A.E./C.P., Angleterre, Vol. 477, 1768; quoted in Sudipta Das, ‘British Reactions to the French Bugbear in India, 1763–83’, European History Quarterly, 22 (1), 1992, pp. 39–65.",
 [C(art("British Reactions to the French Bugbear in India, 1763–83", [P("Sudipta", "Das")], "European History Quarterly", "22", "1", 1992, "39–65"))]),
(IEW, "11‘[tax] defaulters were confined’: Durant, The Case for India.",
 [C(short([F("Durant")], "The Case for India"))]),
(IEW, "13Nabobs, [Macaulay] wrote: Historical Essays of Macaulay: William Pitt, Earl of Chatham, Lord Clive, Warren Hastings, Samuel Thurber (ed.), Boston: Allyn and Bacon, 1894. The five paragraphs that follow draw extensively from Tillman W. Nechtman, ‘A Jewel in the Crown? Indian Wealth in Domestic Britain in the Late Eighteenth Century’, Eighteenth- Century Studies, 2007, Vol. 41 (1), pp. 71–86.",
 [C(book("Historical Essays of Macaulay: William Pitt, Earl of Chatham, Lord Clive, Warren Hastings", editor=[P("Samuel", "Thurber")], publisher="Allyn and Bacon", place="Boston", year=1894)),
  C(art("A Jewel in the Crown? Indian Wealth in Domestic Britain in the Late Eighteenth Century", NECHT, "Eighteenth-Century Studies", "41", "1", 2007, "71–86"))]),
(IEW, "13‘India is a sure path to [prosperity]’: James Holzman, The Nabobs in England: A Study of the Returned Anglo-Indian, 1760–1785, New York: Columbia University Press, 1926, pp. 27–28, quoted in Nechtman, 2007.",
 [C(book("The Nabobs in England: A Study of the Returned Anglo-Indian, 1760–1785", [P("James", "Holzman")], publisher="Columbia University Press", place="New York", year=1926), "27–28"),
  C(sh([F("Nechtman")], None, issued=Y(2007)))]),
(IEW, "14‘As your conduct and bravery is become the publick’: Richard Clive to Robert Clive, 15 December 1752; OIOC Mss Eur G37/3 quoted in Nechtman, 2007.",
 [C(sh([F("Nechtman")], None, issued=Y(2007)))]),
# --- Medieval England: Cambridge Core note list of an edition of a chronicle (homsy-staging.cambridgecore.org, another
#     article; `page ix note 1`, `Riley, H. T.` inverted, volumes in small roman `i (1867)`, `CrossRef`-less `Google
#     Scholar` glued, spaces inside quotes `‘ The Drawings of Matthew Paris ’`, `p. 382, n. 9`, `(Marx, pp. 203 ff.)`)
(JWA, "page ix note 1 Gesta Abbatum Monasterii Sancti Albani, ed. Riley, H. T., i (1867), pp. 330 ffGoogle Scholar.",
 [C(book("Gesta Abbatum Monasterii Sancti Albani", editor=[P("H. T.", "Riley")], year=1867, volume="i"), "330 ff")]),
(JWA, "page ix note 2 For the picture and caption, see James, M. R., ‘ The Drawings of Matthew Paris ’, Walpole Society, xiv (1926), 26Google Scholar and plate xxx, and Vaughan, R., ‘ The Handwriting of Matthew Paris ’, Transactions of the Cambridge Bibliographical Society, i (1953), 392 For the mapGoogle Scholar, see Vaughan, ‘ Handwriting ’, p. 382, n. 9.",
 [C(art("The Drawings of Matthew Paris", [P("M. R.", "James")], "Walpole Society", "xiv", None, 1926), "26"),
  C(art("The Handwriting of Matthew Paris", [P("R.", "Vaughan")], "Transactions of the Cambridge Bibliographical Society", "i", None, 1953), "392"),
  C(short([F("Vaughan")], "Handwriting"), "382")]),
(JWA, "page ix note 3 Whence, for instance, the necrology (fos. 112V–113V), the drawing and description of the elephant (fos.114r–115r), and the history of the abbots of St. Albans (fos. 115V–121V).",
 []),
(JWA, "page x note 1 Page references thus, in parentheses, are to the text printed below.",
 []),
(JWA, "page xi note 1 It is possible that our author uses William of Jumièges in Robert of Torigni's version, but his omission of Robert's additions to William concerning the origins and early history of Rollo (Marx, pp. 203 ff.) makes this unlikely.",
 [C(short([F("Marx")]), "203 ff.")]),
(JWA, "page xi note 2 His mention of Henry and William on p. 40 is taken from Geoffrey of Monmouth.",
 []),
# --- Cold War: notes of an article on the Korean War and the Cold War (globalauthorid.com, another article; a PDF
#     whose note numbers split one note in two, `also see …` as note 2, `2nd edition`, `pp.33–58;`, `vol.24 (December
#     1980) 563–92`, `R. Barston (ed.)`)
(CWO, "1. The Cold War was initially signaled in Winston Churchill’s famous “iron curtain” speech at Fulton, Missouri on 5 March 1946 and then took definite shape successively in Iran, Turkey, Greece, Czechoslovakia, Berlin and Yugoslavia, and in the Marshall Plan and the Comecon. For a summary discussion on the origins and causes of the Cold War, see R. J. Lieber, No Common Power: Understanding International Relations, 2nd edition (New York: HarperCollins Publishers, 1991), pp.33–58;",
 [C(book("No Common Power: Understanding International Relations", [P("R. J.", "Lieber")], publisher="HarperCollins Publishers", place="New York", year=1991, edition="2"), "33–58")]),
(CWO, "2. also see R. J. Bresler, “The Origins and Development of the Cold War, 1945–58,” in R. Barston (ed.), International Politics Since 1945: Key Issues in the Making of the Modern World (Aldershot, England: Edward Elgar Publishing Limited, 1991), pp.1–18.",
 [C(chap("The Origins and Development of the Cold War, 1945–58", [P("R. J.", "Bresler")], "International Politics Since 1945: Key Issues in the Making of the Modern World", [P("R.", "Barston")], "Edward Elgar Publishing Limited", "Aldershot, England", 1991, page="1–18"))]),
(CWO, "3. See R. Jervis, “The Impact of the Korean War on the Cold War,” Journal of Conflict Resolution, vol.24 (December 1980) 563–92.",
 [C(art("The Impact of the Korean War on the Cold War", [P("R.", "Jervis")], "Journal of Conflict Resolution", "24", None, Y(1980, 12), "563–92"))]),
(CWO, "4. These views are found in W. Heinrichs, Threshold of War: Franklin D. Roosevelt and American Entry into World War II (New York: Oxford University Press, 1988);",
 [C(book("Threshold of War: Franklin D. Roosevelt and American Entry into World War II", [P("W.", "Heinrichs")], publisher="Oxford University Press", place="New York", year=1988))]),
(CWO, "5. J. Gaddis, Strategies of Containment (New York: Oxford University Press, 1982);",
 [C(book("Strategies of Containment", [P("J.", "Gaddis")], publisher="Oxford University Press", place="New York", year=1982))]),
# --- Literary studies: notes of a chapter on the Victorian novel (globalauthorid.com; `(Princeton University Press,
#     1983)` without place, an editor's `‘Historical Commentary’, to …`, `‘Introduction’ to …, ed. …` by the editor,
#     `Charles Taylor’s A Secular Age`)
(VIC, "1. Ermarth argues that, in Eliot, the mediating force between individual and unknowable social whole is some kind of historical tradition: ‘Her open-ended networks of influence cannot be grasped as a whole because they are dependent on individuals and therefore are constantly changing. This community need not be grasped as a whole, however, because it is securely rooted in historical traditions.’ Elizabeth Deeds Ermarth, Realism and Consensus in the English Novel (Princeton University Press, 1983), 222.",
 [C(book("Realism and Consensus in the English Novel", [P("Elizabeth Deeds", "Ermarth")], publisher="Princeton University Press", year=1983), "222")]),
(VIC, "2. Thackeray, Catherine, 132–3, 132, 131. In his edition of Catherine, Sheldon Goldfarb argues that Thackeray overstated the revulsion of the critics, who were ‘not that negative’. He speculates that Thackeray turned against his work because in his retelling he had actually softened some elements of the original crime, giving Catherine a reason to kill her brutal husband, and hence had not written ‘an anti-Newgate satire but one in which ruffians were presented almost affectionately’. ‘Historical Commentary’, to William Makepeace Thackeray, Catherine: A Story, ed. Sheldon F. Goldfarb (Ann Arbor: University of Michigan Press, 1999), 144, 146.",
 [C(short([F("Thackeray")], "Catherine"), "132–3, 132, 131"),
  C(chap("Historical Commentary", [P("Sheldon F.", "Goldfarb")], "Catherine: A Story", [P("Sheldon F.", "Goldfarb")], "University of Michigan Press", "Ann Arbor", 1999, **{"container-author": [P("William Makepeace", "Thackeray")]}), "144, 146")]),
(VIC, "3. Macdonald Daly, ‘Introduction’ to Mary Barton, by Elizabeth Gaskell, ed. Macdonald Daly (Harmondsworth: Penguin, 1996), xiii, xii, xvii, xxi.",
 [C(chap("Introduction", [P("Macdonald", "Daly")], "Mary Barton", [P("Macdonald", "Daly")], "Penguin", "Harmondsworth", 1996, **{"container-author": [P("Elizabeth", "Gaskell")]}), "xiii, xii, xvii, xxi")]),
(VIC, "4. Jill L. Matus, ‘Introduction’ to Cambridge Companion to Elizabeth Gaskell, ed. Jill L. Matus (Cambridge University Press, 2007), 3.",
 [C(chap("Introduction", [P("Jill L.", "Matus")], "Cambridge Companion to Elizabeth Gaskell", [P("Jill L.", "Matus")], "Cambridge University Press", None, 2007), "3")]),
(VIC, "5. Important analyses of the distinction between agape and cosmopolitanism include the volume Cosmopolitics: Thinking and Feeling Beyond the Nation, ed. Pheng Cheah and Bruce Robbins (Minneapolis: University of Minnesota Press, 1998), and Charles Taylor’s A Secular Age (Cambridge, MA: Harvard University Press, 2007).",
 [C(book("Cosmopolitics: Thinking and Feeling Beyond the Nation", editor=[P("Pheng", "Cheah"), P("Bruce", "Robbins")], publisher="University of Minnesota Press", place="Minneapolis", year=1998)),
  C(book("A Secular Age", [P("Charles", "Taylor")], publisher="Harvard University Press", place="Cambridge, MA", year=2007))]),
# --- Literary studies: British-style notes of a book on Charlotte Brontë (docslib.org, another document; the text
#     layer lost some words: `(Oxford and : Clarendon Press, …)`, `(: Vintage, 2001)`, `University of Press`; `3 vols`,
#     `I, p. 319`, `16.82 (1972)`, a book whose author is named in the prose before it, `begin- ning` kept in prose)
(BRO, "1. Charlotte Brontë, The Letters of Charlotte Brontë, with a Selection of Letters by Family and Friends, ed. Margaret Smith, 3 vols (Oxford and : Clarendon Press, 1995–2004), I, p. 319, my italics. From now on indicated as Letters.",
 [C(book("The Letters of Charlotte Brontë, with a Selection of Letters by Family and Friends", [P("Charlotte", "Brontë")], [P("Margaret", "Smith")], "Clarendon Press", "Oxford", R((1995,), (2004,)), volume="I", **{"number-of-volumes": "3"}), "319")]),
(BRO, "2. Philip Rhodes, ‘A Medical Appraisal of the Brontës’, Brontë Society Transactions, 16.82 (1972), p. 107. Winifred Gérin writes that Charlotte’s ‘death certificate made no mention of her pregnancy; it gave “Phthisis” as the sole cause of death, uniting her thus, as if proof of any closer ties were needed, with the sisters and brother who had gone before [...]. Little Dr. Dugdale, barely begin- ning his long career [...], carried into old age the regret and humiliation of losing his first – and most illustrious – patient. Of all the babies he lost, he used to say, the one that grieved him most was Charlotte Brontë’s’. Charlotte Brontë: The Evolution of Genius (Oxford: Clarendon Press, 1967), p. 566.",
 [C(art("A Medical Appraisal of the Brontës", [P("Philip", "Rhodes")], "Brontë Society Transactions", "16", "82", 1972), "107"),
  C(book("Charlotte Brontë: The Evolution of Genius", [P("Winifred", "Gérin")], publisher="Clarendon Press", place="Oxford", year=1967), "566")]),
(BRO, "3. Lucasta Miller, The Brontë Myth (: Vintage, 2001), p. 2.",
 [C(book("The Brontë Myth", [P("Lucasta", "Miller")], publisher="Vintage", year=2001), "2")]),
(BRO, "4. See Robert Keffe, Charlotte Brontë’s World of Death (Austin and London: University of Press, 1979), and John Maynard, Charlotte Brontë and Sexuality (Cambridge: Cambridge University Press, 1984).",
 [C(book("Charlotte Brontë’s World of Death", [P("Robert", "Keffe")], publisher="University of Press", place="Austin and London", year=1979)),
  C(book("Charlotte Brontë and Sexuality", [P("John", "Maynard")], publisher="Cambridge University Press", place="Cambridge", year=1984))]),
(BRO, "5. Alfred Tennyson, Tennyson’s Poetry, ed. Robert W. Hill (New York and London: W. W. Norton & Company, 1999), p. 128.",
 [C(book("Tennyson’s Poetry", [P("Alfred", "Tennyson")], [P("Robert W.", "Hill")], "W. W. Norton & Company", "New York and London", 1999), "128")]),
# --- Literary studies: Chicago notes of a book on the Victorian historical novel (docslib.org; numbering restarts under
#     chapter headings, `edited by`, a series in the imprint `1975; Harvard English Studies 6`, two publishers with their
#     places `London: Vision Press, and Totowa, NJ: Barnes & Noble`, `1963.)`, a review cited by volume and month only)
(HNV, "1. The texts of these letters are reproduced in Dear Stevenson: Letters from Andrew Lang to Robert Louis Stevenson with Five Letters from Stevenson to Lang, edited by Marysa DeMoor (Leuven: Uitgeverij Peeters, 1990).",
 [C(book("Dear Stevenson: Letters from Andrew Lang to Robert Louis Stevenson with Five Letters from Stevenson to Lang", editor=[P("Marysa", "DeMoor")], publisher="Uitgeverij Peeters", place="Leuven", year=1990))]),
(HNV, "2. John Maynard, 'Broad Canvas, Narrow Perspective', in The Worlds of Victorian Fiction, edited by Jerome H. Buckley (Cambridge, Mass.: Harvard University Press, 1975; Harvard English Studies 6), p. 238.",
 [C(chap("Broad Canvas, Narrow Perspective", [P("John", "Maynard")], "The Worlds of Victorian Fiction", [P("Jerome H.", "Buckley")], "Harvard University Press", "Cambridge, Mass.", 1975, **{"collection-title": "Harvard English Studies", "collection-number": "6"}), "238")]),
(HNV, "1. Ian Jack, English Literature 1815-1832 (Oxford: Clarendon Press, 1963.)",
 [C(book("English Literature 1815-1832", [P("Ian", "Jack")], publisher="Clarendon Press", place="Oxford", year=1963))]),
(HNV, "2. Allan Massie, 'Scott and the European Novel,' in Sir Walter Scott: The Long-Forgotten Melody, ed. Alan Bold (London: Vision Press, and Totowa, NJ: Barnes & Noble, 1983), p. 94.",
 [C(chap("Scott and the European Novel", [P("Allan", "Massie")], "Sir Walter Scott: The Long-Forgotten Melody", [P("Alan", "Bold")], "Vision Press; Barnes & Noble", "London; Totowa, NJ", 1983), "94")]),
(HNV, "3. Ibid., pp. 94-97. Massie reminds us that the French historian Augustin Thierry was not alone when he called Ivanhoe Scott's masterpiece, and added, 'Unless, I say, one can understand the feelings which these [medieval] novels and poems aroused, on cannot begin to measure or evaluate Scott or his influence.'",
 []),
(HNV, "4. Nicholas Rance, The Historical Novel and Popular Politics in Nineteenth Century England (London: Vision Press, 1975), pp. 25-26. Rance thus characterizes the way in which the Victorians interpreted the history of some five centuries earlier: 'The Middle Ages in fiction were either absolutely remote from contemporary life, in the sense that modern ised heroes and heroines breathed a romantic 'period' atmosphere, or else, more cunningly, the concept of the enduring English-Saxon character, resistant to Norman and Stuart tyranny, endowed readers with the spirit of the free Saxons.' Carlyle and Froude recognized the fact of change, but did not understand the mechanisms of evolution that created Victorian society. Rance adds that 'the medieval period was still the most neglected by accredited historians of the English past when Stubbs began publishing his Constitutional History in 1874' (p. 26).",
 [C(book("The Historical Novel and Popular Politics in Nineteenth Century England", [P("Nicholas", "Rance")], publisher="Vision Press", place="London", year=1975), "25–26")]),
(HNV, "5. Quarterly Review, Vol. XIV (October 1815), p. 188.",
 [C(art(None, None, "Quarterly Review", "XIV", None, Y(1815, 10)), "188")]),
# --- Literary studies: Chicago notes of a UC Press book on Dickens (publishing.cdlib.org, another book; `(New Jersey:
#     …)`, `Lane Cooper, ed.,`, `ed. …, trans. …`, a short form by title inside prose `Commissioned Spirits, p. 164`,
#     `pp. 17, 19:` followed by quotations, a work named by author and title in prose)
(DKP, "1. J. Hillis Miller, Charles Dickens: The World of His Novels (Cambridge: Harvard University Press, 1958), p. 292. See also Ermarth’s idea of omniscience as “collective consciousness” in Realism and Consensus in the English Novel.",
 [C(book("Charles Dickens: The World of His Novels", [P("J. Hillis", "Miller")], publisher="Harvard University Press", place="Cambridge", year=1958), "292"),
  C(short([F("Ermarth")], "Realism and Consensus in the English Novel"))]),
(DKP, "2. Lane Cooper, ed., The Rhetoric of Aristotle (New Jersey: Prentice-Hall, 1960), pp. 212–13.",
 [C(book("The Rhetoric of Aristotle", editor=[P("Lane", "Cooper")], publisher="Prentice-Hall", place="New Jersey", year=1960), "212–13")]),
(DKP, "3. Robert Caserio, Plot, Story, and the Novel (New Jersey: Princeton University Press, 1983), p. 57.",
 [C(book("Plot, Story, and the Novel", [P("Robert", "Caserio")], publisher="Princeton University Press", place="New Jersey", year=1983), "57")]),
(DKP, "4. Jarndyce here resembles Tulkinghorn, whose “calling is the acquisition of secrets, and the holding possession of such power as they give him” (567).",
 []),
(DKP, "5. On narrative as action, see A. J. Greimas and J. Courtes, “The Cognitive Dimension of Narrative Discourse,” New Literary History 7 (1976): 433–47.",
 [C(art("The Cognitive Dimension of Narrative Discourse", [P("A. J.", "Greimas"), P("J.", "Courtes")], "New Literary History", "7", None, 1976, "433–47"))]),
(DKP, "6. P. J. M. Scott, Reality and Comic Confidence in the Novels of Charles Dickens (London: Macmillan, 1979), p. 71.",
 [C(book("Reality and Comic Confidence in the Novels of Charles Dickens", [P("P. J. M.", "Scott")], publisher="Macmillan", place="London", year=1979), "71")]),
(DKP, "7. Jonathan Arac distinguishes surprises, by definition, from plot: “[S]uch a shock…has only symbolic bearing on the action because it surprises us. Inevitability is the characteristic of plot in the sense that I am using the term. The plot is the ground from which the book’s events spring and in which their roots can be traced”: Commissioned Spirits, p. 164.",
 [C(short([P("Jonathan", "Arac")], "Commissioned Spirits"), "164")]),
(DKP, "8. M. M. Bakhtin, “Discourse in the Novel,” in The Dialogic Imagination: Four Essays, ed. Michael Holquist, trans. Caryl Emerson and Michael Holquist (Austin: University of Texas Press, 1981), p. 308.",
 [C(chap("Discourse in the Novel", [P("M. M.", "Bakhtin")], "The Dialogic Imagination: Four Essays", [P("Michael", "Holquist")], "University of Texas Press", "Austin", 1981, translator=[P("Caryl", "Emerson"), P("Michael", "Holquist")]), "308")]),
(DKP, "9. Paul de Man, Allegories of Reading (New Haven: Yale University Press, 1979), p. ix.",
 [C(book("Allegories of Reading", [P("Paul", "de Man")], publisher="Yale University Press", place="New Haven", year=1979), "ix")]),
(DKP, "10. Garrett Stewart, Death Sentences (Cambridge: Harvard University Press, 1984), pp. 17, 19: “a death by displacement—by which I am suggesting a death undergone by proxy so that it can be overseen by a surviving protagonist—that serves to defray the psychic expenditure of an equivalent fatality in the onlooking consciousness”; “death from the security of aesthetic distance.”",
 [C(book("Death Sentences", [P("Garrett", "Stewart")], publisher="Harvard University Press", place="Cambridge", year=1984), "17, 19")]),
# --- History of science: author-title-year endnotes of a book on the Scientific Revolution (trantor.is, another book;
#     notes run together in one paragraph in the page, each taken on its own; `Harrison, ‘…’ (2006), 7, argues …`,
#     `Ch. 18`, play references `II.1.813–15` naming no work, a work named in prose `Turgot’s A Philosophical Review …`,
#     glosses after locators `11 (quoting Robert Hues), 13 (quoting …)`, `472 (‘The Enigma of Shakespeare’, 1964)`)
(WIS, "1. Harrison, ‘Reassessing the Butterfield Thesis’ (2006), 7, argues that the concept of the Scientific Revolution is incoherent because there is no way of knowing when it began and when it ended. I disagree: the concept would be coherent even if the dates were uncertain (compare the ‘Industrial Revolution’), but actually the dates are fairly easy to specify.",
 [C(sh([F("Harrison")], "Reassessing the Butterfield Thesis", issued=Y(2006)), "7")]),
(WIS, "1. Borges, The Total Library (2001), 465.",
 [C(sh([F("Borges")], "The Total Library", issued=Y(2001)), "465")]),
(WIS, "2. Barker, The Agricultural Revolution in Prehistory (2006).",
 [C(sh([F("Barker")], "The Agricultural Revolution in Prehistory", issued=Y(2006)))]),
(WIS, "3. Stein, Everybody’s Autobiography (1937), 289.",
 [C(sh([F("Stein")], "Everybody’s Autobiography", issued=Y(1937)), "289")]),
(WIS, "4. Turgot’s A Philosophical Review of the Successive Advances of the Human Mind was written in 1750 but not published until the nineteenth century (Turgot, Turgot on Progress (1973)); Condorcet, Outlines of an Historical View of the Progress of the Human Mind (1795) – original French edition the same year; Bury, The Idea of Progress (1920).",
 [C(short([F("Turgot")], "A Philosophical Review of the Successive Advances of the Human Mind")),
  C(sh([F("Turgot")], "Turgot on Progress", issued=Y(1973))),
  C(sh([F("Condorcet")], "Outlines of an Historical View of the Progress of the Human Mind", issued=Y(1795))),
  C(sh([F("Bury")], "The Idea of Progress", issued=Y(1920)))]),
(WIS, "5. II.1.813–15.",
 []),
(WIS, "6. II.3.1440.",
 []),
(WIS, "7. MacGregor, Shakespeare’s Restless World (2012), Ch. 18: ‘London becomes Rome.’",
 [C(sh([F("MacGregor")], "Shakespeare’s Restless World", issued=Y(2012)), "18", "chapter")]),
(WIS, "8. Borges, The Total Library (2001), 472 (‘The Enigma of Shakespeare’, 1964).",
 [C(sh([F("Borges")], "The Total Library", issued=Y(2001)), "472")]),
(WIS, "9. Kassell, Medicine and Magic in Elizabethan England (2005).",
 [C(sh([F("Kassell")], "Medicine and Magic in Elizabethan England", issued=Y(2005)))]),
(WIS, "10. Donne, The Epithalamions, Anniversaries and Epicedes (1978).",
 [C(sh([F("Donne")], "The Epithalamions, Anniversaries and Epicedes", issued=Y(1978)))]),
(WIS, "11. Wootton, Galileo (2010), 5–6.",
 [C(sh([F("Wootton")], "Galileo", issued=Y(2010)), "5–6")]),
(WIS, "12. Jacquot, ‘Thomas Harriot’s Reputation for Impiety’ (1952).",
 [C(sh([F("Jacquot")], "Thomas Harriot’s Reputation for Impiety", issued=Y(1952)))]),
(WIS, "13. Hill, Philosophia epicuraea (2007).",
 [C(sh([F("Hill")], "Philosophia epicuraea", issued=Y(2007)))]),
(WIS, "14. Brown, ‘Hac ex consilio meo via progredieris’ (2008), 836–8. I don’t think it can originally have come from the college library, for library books are not interleaved with blank pages.",
 [C(sh([F("Brown")], "Hac ex consilio meo via progredieris", issued=Y(2008)), "836–8")]),
(WIS, "15. Trevor-Roper, ‘Nicholas Hill, the English Atomist’ (1987), 11 (quoting Robert Hues), 13 (quoting Thomas Henshaw).",
 [C(sh([F("Trevor-Roper")], "Nicholas Hill, the English Atomist", issued=Y(1987)), "11, 13")]),
(WIS, "16. Trevor-Roper, ‘Nicholas Hill, the English Atomist’ (1987), 3–4.",
 [C(sh([F("Trevor-Roper")], "Nicholas Hill, the English Atomist", issued=Y(1987)), "3–4")]),
(WIS, "17. Trevor-Roper, ‘Nicholas Hill, the English Atomist’ (1987), 28–34.",
 [C(sh([F("Trevor-Roper")], "Nicholas Hill, the English Atomist", issued=Y(1987)), "28–34")]),
(WIS, "18. Kepler, Kepler’s Conversation with Galileo’s Sidereal Messenger (1965), 34–6, 38–9.",
 [C(sh([F("Kepler")], "Kepler’s Conversation with Galileo’s Sidereal Messenger", issued=Y(1965)), "34–6, 38–9")]),
# --- US history: Chicago notes of a book on the election of 1800 (oreilly.com, a site new to the set; letters cited
#     from editions: `in The Adams-Jefferson Letters: …, ed. …, 2 vols. (…), vol. 2, 387–92`, `[hereafter, Papers of
#     Jefferson]`, then the short title `Papers of Jefferson, vol. 15, 395–97`)
(ORA, "1. Thomas Jefferson to John Adams, October 28, 1813, in The Adams-Jefferson Letters: The Complete Correspondence between Thomas Jefferson and Abigail and John Adams, ed. Lester J. Cappon, 2 vols. (Chapel Hill: University of North Carolina Press, 1959), vol. 2, 387–92.",
 [C(book("The Adams-Jefferson Letters: The Complete Correspondence between Thomas Jefferson and Abigail and John Adams", editor=[P("Lester J.", "Cappon")], publisher="University of North Carolina Press", place="Chapel Hill", year=1959, volume="2", **{"number-of-volumes": "2"}), "387–92")]),
(ORA, "2. Thomas Jefferson to George Washington, November 14, 1786, in The Papers of Thomas Jefferson, ed. Julian P. Boyd (Princeton: Princeton University Press, 1950), vol. 10, 532–33 [hereafter, Papers of Jefferson].",
 [C(book("The Papers of Thomas Jefferson", editor=[P("Julian P.", "Boyd")], publisher="Princeton University Press", place="Princeton", year=1950, volume="10"), "532–33")]),
(ORA, "3. Thomas Jefferson to James Madison, September 6, 1789, Papers of Jefferson, vol. 15, 395–97.",
 [C({"title": "Papers of Jefferson", "volume": "15"}, "395–97")]),
# --- US history: Chicago notes of a book on American founding ideals (trantor.is, another book; Founders Online letters
#     `…, Founders Online, National Archives, last modified June 13, 2018, https://…` with `Original source:` an edition;
#     a page of the Online Library of Liberty `citing` an edition; newspapers with URLs; a short form by title only)
(FOU, "1. “From George Washington to the Hebrew Congregation in Newport, Rhode Island, 18 August 1790,” Founders Online, National Archives, last modified June 13, 2018, https://founders.archives.gov/documents/Washington/05-06-02-0135. Original source: The Papers of George Washington, Presidential Series, vol. 6, 1 July 1790–30 November 1790, ed. Mark A. Mastromarino (Charlottesville: University of Virginia Press), 1996, 284–86.",
 [C({"type": "webpage", "title": "From George Washington to the Hebrew Congregation in Newport, Rhode Island, 18 August 1790", "container-title": "Founders Online", "publisher": "National Archives", "issued": Y(2018, 6, 13), "URL": "https://founders.archives.gov/documents/Washington/05-06-02-0135"}),
  C(book("The Papers of George Washington, Presidential Series", editor=[P("Mark A.", "Mastromarino")], publisher="University of Virginia Press", place="Charlottesville", year=1996, volume="6", **{"volume-title": "1 July 1790–30 November 1790"}), "284–86")]),
(FOU, "1. Valerie Strauss, “What Americans Don’t Know about Their History,” The Washington Post, July 3, 2010.",
 [C(paper("What Americans Don’t Know about Their History", [P("Valerie", "Strauss")], "The Washington Post", Y(2010, 7, 3)))]),
(FOU, "2. Strauss, “What Americans Don’t Know about Their History.”",
 [C(short([F("Strauss")], "What Americans Don’t Know about Their History"))]),
(FOU, "3. Amy B. Wang, “Some Trump Supporters Thought NPR Tweeted Propaganda. It Was the Declaration of Independence,” The Washington Post, July 5, 2017, https://www.washingtonpost.com/news/the-fix/wp/2017/07/05/some-trump-supporters-thought-npr-tweeted-propaganda-it-was-the-declaration-of-independence.",
 [C(paper("Some Trump Supporters Thought NPR Tweeted Propaganda. It Was the Declaration of Independence", [P("Amy B.", "Wang")], "The Washington Post", Y(2017, 7, 5), URL="https://www.washingtonpost.com/news/the-fix/wp/2017/07/05/some-trump-supporters-thought-npr-tweeted-propaganda-it-was-the-declaration-of-independence"))]),
(FOU, "4. Frank Newport, “Most in U.S. Still Proud to Be an American,” Gallup, July 4, 2013, http://news.gallup.com/poll/163361/proud-american.aspx.",
 [C({"type": "webpage", "title": "Most in U.S. Still Proud to Be an American", "author": [P("Frank", "Newport")], "container-title": "Gallup", "issued": Y(2013, 7, 4), "URL": "http://news.gallup.com/poll/163361/proud-american.aspx"})]),
(FOU, "1. “From Thomas Jefferson to James Madison, 30 August 1823,” Founders Online, National Archives, last modified June 13, 2018, https://founders.archives.gov/documents/Jefferson/98-01-02-3728.",
 [C({"type": "webpage", "title": "From Thomas Jefferson to James Madison, 30 August 1823", "container-title": "Founders Online", "publisher": "National Archives", "issued": Y(2018, 6, 13), "URL": "https://founders.archives.gov/documents/Jefferson/98-01-02-3728"})]),
(FOU, "2. “From Thomas Jefferson to Nathaniel Macon, December 4, 1818,” Online Library of Liberty, citing Jefferson, The Works of Thomas Jefferson, Federal Edition, vol. 12, footnote 1 (New York and London: G.P. Putnam’s Sons, 1904–5), http://oll.libertyfund.org/titles/808.",
 [C({"type": "webpage", "title": "From Thomas Jefferson to Nathaniel Macon, December 4, 1818", "container-title": "Online Library of Liberty", "URL": "http://oll.libertyfund.org/titles/808"}),
  C(book("The Works of Thomas Jefferson", [F("Jefferson")], publisher="G.P. Putnam’s Sons", place="New York and London", year=R((1904,), (1905,)), volume="12", edition="Federal Edition"))]),
(FOU, "3. “From Thomas Jefferson to Nathaniel Macon, December 4, 1818.”",
 [C(short(None, "From Thomas Jefferson to Nathaniel Macon, December 4, 1818"))]),
(FOU, "4. Thomas Jefferson, “An Anecdote of Dr. Franklin,” History.org, Colonial Williamsburg, http://www.history.org/almanack/resources/jeffersonanecdote.cfm.",
 [C({"type": "webpage", "title": "An Anecdote of Dr. Franklin", "author": [P("Thomas", "Jefferson")], "container-title": "History.org", "publisher": "Colonial Williamsburg", "URL": "http://www.history.org/almanack/resources/jeffersonanecdote.cfm"})]),
# --- Diplomatic history: British notes of a book on the origins of the First World War (trantor.is, another book;
#     `(London, 1912), pp. 192–5`, a rank before a name `Lt-Col`, `pp. 69–90, here p. 80`, a pseudonym `Miles Ignotus
#     (pseud.)`, an interview in a review by date with its archive cutting, short forms by title `Bosworth, Italy`)
(SLW, "1. G. F. Abbott, The Holy War in Tripoli (London, 1912), pp. 192–5.",
 [C(book("The Holy War in Tripoli", [P("G. F.", "Abbott")], place="London", year=1912), "192–5")]),
(SLW, "2. Lt-Col Gustavo Ramaciotti, Tripoli. A Narrative of the Principal Engagements of the Italian-Turkish War (London, 1912), p. 117.",
 [C(book("Tripoli. A Narrative of the Principal Engagements of the Italian-Turkish War", [P("Gustavo", "Ramaciotti")], place="London", year=1912), "117")]),
(SLW, "3. Ernest N. Bennett, With the Turks in Tripoli. Being Some Experiences of the Turco-Italian War of 1911 (London, 1912), pp. 24–5.",
 [C(book("With the Turks in Tripoli. Being Some Experiences of the Turco-Italian War of 1911", [P("Ernest N.", "Bennett")], place="London", year=1912), "24–5")]),
(SLW, "4. Ibid., p. 77.",
 []),
(SLW, "5. George Young, Nationalism and War in the Near East (Oxford, 1915).",
 [C(book("Nationalism and War in the Near East", [P("George", "Young")], place="Oxford", year=1915))]),
(SLW, "6. ‘M. Miroslaw Spalaïkovitch’, interview with Spalajković in La Revue Diplomatique, 31 July 1924, cutting filed in AS, Personal fonds Miroslav Spalajković, Fiche 101, fo. 95.",
 [C(mag("M. Miroslaw Spalaïkovitch", None, "La Revue Diplomatique", Y(1924, 7, 31)))]),
(SLW, "7. William C. Askew, Europe and Italy’s Acquisition of Libya 1911–1912 (Durham, NC, 1942), p. 19; on the incorporation of a Libyan guarantee into the second renewal of the Triple Alliance in 1887, see Holger Afflerbach, Der Dreibund. Europäische Grossmacht-und Allianzpolitik vor dem Ersten Weltkrieg (Vienna, 2002), p. 691.",
 [C(book("Europe and Italy’s Acquisition of Libya 1911–1912", [P("William C.", "Askew")], place="Durham, NC", year=1942), "19"),
  C(book("Der Dreibund. Europäische Grossmacht-und Allianzpolitik vor dem Ersten Weltkrieg", [P("Holger", "Afflerbach")], place="Vienna", year=2002), "691")]),
(SLW, "8. R. J. B. Bosworth, Italy, the Least of the Great Powers. Italian Foreign Policy before the First World War (Cambridge, 1979), pp. 137–8.",
 [C(book("Italy, the Least of the Great Powers. Italian Foreign Policy before the First World War", BOSW, place="Cambridge", year=1979), "137–8")]),
(SLW, "9. Enrico Serra, ‘La burocrazia della politica estera italiana’, in R. J. B. Bosworth and Sergio Romano (eds.), La Politica estera italiana (1860–1985), (Bologna, 1991), pp. 69–90, here p. 80.",
 [C(chap("La burocrazia della politica estera italiana", [P("Enrico", "Serra")], "La Politica estera italiana (1860–1985)", BOSW + [P("Sergio", "Romano")], None, "Bologna", 1991, page="69–90"), "80")]),
(SLW, "10. Miles Ignotus (pseud.), ‘Italian Nationalism and the War with Turkey’, Fortnightly Review, 90 (December 1911), pp. 1084–96, here pp. 1088–91; Askew, Europe and Italy’s Acquisition of Libya, pp. 25, 27; Francesco Malgeri, Guerra Libica (1911–1912) (Rome, 1970), pp. 37–96.",
 [C(art("Italian Nationalism and the War with Turkey", [L("Miles Ignotus")], "Fortnightly Review", "90", None, Y(1911, 12), "1084–96"), "1088–91"),
  C(short([F("Askew")], "Europe and Italy’s Acquisition of Libya"), "25, 27"),
  C(book("Guerra Libica (1911–1912)", [P("Francesco", "Malgeri")], place="Rome", year=1970), "37–96")]),
(SLW, "11. On socialist jingoism at the time of the invasion, see Bennett, With the Turks, p. 7.",
 [C(short([F("Bennett")], "With the Turks"), "7")]),
(SLW, "12. Bosworth, Italy, p. 151.",
 [C(short([F("Bosworth")], "Italy"), "151")]),
(SLW, "13. Pietro di Scalea to San Giuliano, 13 August 1911, cited in ibid., p. 158.",
 []),
(SLW, "14. Thus Grey summarized his conversation with the ambassador in a subsequent letter to Sir Rennell Rodd, see Grey to Rodd, 28 July 1911, TNA FO 371/1250, fo. 311.",
 []),
(SLW, "15. Bosworth, Italy, pp. 152–3.",
 [C(short([F("Bosworth")], "Italy"), "152–3")]),
# --- Diplomatic history: notes of an article on the July Crisis (informahealthcare.com, a Taylor & Francis mirror new
#     to the set; number without a period, `vol. 1` before the imprint, `vol. One: Reason in Common Sense`, `trans.`)
(LAC, "1 Edward Grey, Twenty-Five Years, vol. 1 (New York: Frederick A. Stokes Company, 1925), 301.",
 [C(book("Twenty-Five Years", [P("Edward", "Grey")], publisher="Frederick A. Stokes Company", place="New York", year=1925, volume="1"), "301")]),
(LAC, "2 Carl von Clausewitz, On War, trans. Michael Howard and Peter Paret (Princeton: Princeton University Press, 2008), 616.",
 [C(book("On War", [P("Carl", "von Clausewitz")], publisher="Princeton University Press", place="Princeton", year=2008, translator=[P("Michael", "Howard"), P("Peter", "Paret")]), "616")]),
(LAC, "3 George Santayana, The Life of Reason, vol. One: Reason in Common Sense (New York: Dover Publications, 1980), 284.",
 [C(book("The Life of Reason", [P("George", "Santayana")], publisher="Dover Publications", place="New York", year=1980, volume="One", **{"volume-title": "Reason in Common Sense"}), "284")]),
(LAC, "4 Ernest R. May, ‘Lessons’ of the Past: The Use and Misuse of History in American Foreign Policy (Oxford: Oxford University Press, 1973).",
 [C(book("‘Lessons’ of the Past: The Use and Misuse of History in American Foreign Policy", [P("Ernest R.", "May")], publisher="Oxford University Press", place="Oxford", year=1973))]),
# --- Early modern England: notes of a book on the Henrician Reformation (trantor.is, another book; number glued to the
#     note `1.Thomas Wright, ed., …`, calendars by abbreviation `LP, IX, 1077 (misdated to 1535)`, `CSP, Spain, IV (1),
#     no. 547`, `TRP, I, 209–11`, `LSG, 57`, author-only short forms `MacCulloch, 637–8`, an ODNB entry, an edited
#     document in a journal `L. E. Whatmore, ed., ‘…’, EHR, 58 (1943)`, folios `1r–10v`, a book with no place `(1843)`)
(TUD, "1.Thomas Wright, ed., Three Chapters of Letters relating to the Suppression of Monasteries (1843), 8–9, 12.",
 [C(book("Three Chapters of Letters relating to the Suppression of Monasteries", editor=[P("Thomas", "Wright")], year=1843), "8–9, 12")]),
(TUD, "2.Hugh Latimer, Sermons and Remains, ed. G. E. Corrie (Cambridge, 1845), 317–21.",
 [C(book("Sermons and Remains", [P("Hugh", "Latimer")], [P("G. E.", "Corrie")], place="Cambridge", year=1845), "317–21")]),
(TUD, "3.MacCulloch, 637–8.",
 [C(short([F("MacCulloch")]), "637–8")]),
(TUD, "4.Gee, 187–9.",
 [C(short([F("Gee")]), "187–9")]),
(TUD, "5.John Guy, Tudor England (Oxford, 1988), 133–4.",
 [C(book("Tudor England", [P("John", "Guy")], place="Oxford", year=1988), "133–4")]),
(TUD, "6.Stanford E. Lehmberg, The Reformation Parliament 1529–1536 (Cambridge, 1970), 174–5; Bernard, 211.",
 [C(book("The Reformation Parliament 1529–1536", [P("Stanford E.", "Lehmberg")], place="Cambridge", year=1970), "174–5"),
  C(short([F("Bernard")]), "211")]),
(TUD, "7.LP, IX, 1077 (misdated to 1535).",
 [C({"title": "LP", "volume": "IX"}, "1077")]),
(TUD, "8.MacCulloch, 88–9.",
 [C(short([F("MacCulloch")]), "88–9")]),
(TUD, "9.Lehmberg, Reformation, 177–9; MacCulloch, 83–4.",
 [C(short([F("Lehmberg")], "Reformation"), "177–9"),
  C(short([F("MacCulloch")]), "83–4")]),
(TUD, "10.LP, VI, 562 (i); Roper, 229–30; Brigden, 217.",
 [C({"title": "LP", "volume": "VI"}, "562 (i)"),
  C(short([F("Roper")]), "229–30"),
  C(short([F("Brigden")]), "217")]),
(TUD, "11.CSP, Spain, IV (1), no. 547; Eric Ives, The Life and Death of Anne Boleyn (Oxford, 2004), 177–8; LP, VI, 923–4; C. L. Kingsford, ed., Two London Chronicles from the Collection of John Stow (1910), 8.",
 [C({"title": "CSP, Spain", "volume": "IV (1)"}, "547", "number"),
  C(book("The Life and Death of Anne Boleyn", [P("Eric", "Ives")], place="Oxford", year=2004), "177–8"),
  C({"title": "LP", "volume": "VI"}, "923–4"),
  C(book("Two London Chronicles from the Collection of John Stow", editor=[P("C. L.", "Kingsford")], year=1910), "8")]),
(TUD, "12.For what follows, see Diane Watt, ‘Barton, Elizabeth (c.1506–1534)’, ODNB; Ethan Shagan, Popular Politics and the English Reformation (Cambridge, 2003), 61–85; Cranmer, 272–4; L. E. Whatmore, ed., ‘The Sermon against the Holy Maid of Kent and her Adherents’, EHR, 58 (1943), 463–75.",
 [C(chap("Barton, Elizabeth (c.1506–1534)", [P("Diane", "Watt")], "ODNB")),
  C(book("Popular Politics and the English Reformation", [P("Ethan", "Shagan")], place="Cambridge", year=2003), "61–85"),
  C(short([F("Cranmer")]), "272–4"),
  C(art("The Sermon against the Holy Maid of Kent and her Adherents", None, "EHR", "58", None, 1943, "463–75", editor=[P("L. E.", "Whatmore")]))]),
(TUD, "13.SP 1/185, 21r; MacCulloch, 98.",
 [C(short([F("MacCulloch")]), "98")]),
(TUD, "14.LP, VI, 1487–8.",
 [C({"title": "LP", "volume": "VI"}, "1487–8")]),
(TUD, "15.Articles deuisid by the holle consent of the kynges moste honourable counsayle (1533), 1r–10v.",
 [C(book("Articles deuisid by the holle consent of the kynges moste honourable counsayle", year=1533), "1r–10v", "folio")]),
(TUD, "16.TRP, I, 209–11; Lehmberg, Reformation, 190–9; Gee, 225; J. A. Guy, ‘The Law of Heresy’, in Thomas More, The Debellation of Salem and Bizance, ed. J. Guy, R. Keen, C. H. Miller and R. McGugan (New Haven, 1987), lxii–lxvii; Brigden, 218–19.",
 [C({"title": "TRP", "volume": "I"}, "209–11"),
  C(short([F("Lehmberg")], "Reformation"), "190–9"),
  C(short([F("Gee")]), "225"),
  C(chap("The Law of Heresy", [P("J. A.", "Guy")], "The Debellation of Salem and Bizance", [P("J.", "Guy"), P("R.", "Keen"), P("C. H.", "Miller"), P("R.", "McGugan")], None, "New Haven", 1987, **{"container-author": [P("Thomas", "More")]}), "lxii–lxvii"),
  C(short([F("Brigden")]), "218–19")]),
(TUD, "17.Lehmberg, Reformation, 194–6.",
 [C(short([F("Lehmberg")], "Reformation"), "194–6")]),
(TUD, "18.Jonathan M. Gray, Oaths and the English Reformation (Cambridge, 2013), 57–8.",
 [C(book("Oaths and the English Reformation", [P("Jonathan M.", "Gray")], place="Cambridge", year=2013), "57–8")]),
(TUD, "19.LSG, 57.",
 [C({"title": "LSG"}, "57")]),
(TUD, "20.Gray, Oaths, 58–77.",
 [C(short([F("Gray")], "Oaths"), "58–77")]),
(TUD, "21.G. R. Elton, Policy and Police (Cambridge, 1972), 222–4; Peter Marshall, ‘The Last Years’, in George Logan, ed., The Cambridge Companion to Thomas More (Cambridge, 2011), 121–3.",
 [C(book("Policy and Police", [P("G. R.", "Elton")], place="Cambridge", year=1972), "222–4"),
  C(chap("The Last Years", [P("Peter", "Marshall")], "The Cambridge Companion to Thomas More", [P("George", "Logan")], None, "Cambridge", 2011), "121–3")]),
# --- Diplomatic history: Cambridge Core note list of an article on 1 August 1914 (core-varnish-new.prod.aop.cambridge.org,
#     another article; inverted names, `(eds.)` after the names, documents by number `no. 612`, an abbreviation the note
#     defines `cited below as D.D.` then `D.D. no. 575`, `[B.D.]` inside the title's place, `CrossRefGoogle Scholar`
#     glued, an editor's family name lost `Brock, , H. H. Asquith`, archival notes `Haldane MSS 5992` citing no work;
#     note 7, whose first editor lost his family name, and note 10, a French documentary series, were not taken)
(AUG, "1 George V to Wilhelm II, 1 August 1914, Montelgas, M. and Schucking, W. (eds.), Outbreak of the World War, German documents collected by Karl Kautsky (New York, 1924), no. 612Google Scholar; cited below as D.D.",
 [C(book("Outbreak of the World War, German documents collected by Karl Kautsky", editor=[P("M.", "Montelgas"), P("W.", "Schucking")], place="New York", year=1924), "612", "number")]),
(AUG, "2 Most recently, Young, H. F., ‘The misunderstanding of August 1, 1914’, Journal of Modern History, XLVIII (1976), 644–65CrossRefGoogle Scholar; Valone, S. J., ‘“There must be some misunderstanding”: Sir Edward Grey's diplomacy of August 1, 1914’, Journal of British Studies, XXVII (1988), 405–24CrossRefGoogle Scholar; Corp, E. T., ‘Sir William Tyrrell: the Eminence Grise of the British Foreign Office, 1912–1915’, Historical Journal, XXV (1982), 705.Google Scholar",
 [C(art("The misunderstanding of August 1, 1914", [P("H. F.", "Young")], "Journal of Modern History", "XLVIII", None, 1976, "644–65")),
  C(art("“There must be some misunderstanding”: Sir Edward Grey's diplomacy of August 1, 1914", [P("S. J.", "Valone")], "Journal of British Studies", "XXVII", None, 1988, "405–24")),
  C(art("Sir William Tyrrell: the Eminence Grise of the British Foreign Office, 1912–1915", [P("E. T.", "Corp")], "Historical Journal", "XXV", None, 1982), "705")]),
(AUG, "3 Wilhelm II to George V, 1 Aug. 1914, D.D. no. 575.",
 [C({"title": "D.D."}, "575", "number")]),
(AUG, "4 Lichnowsky to German Foreign Office, 1 Aug. 1914, Ibid. no. 562.",
 []),
(AUG, "5 Haldane to his mother, 1 Aug. 1914, Haldane MSS 5992.",
 []),
(AUG, "6 Ibid.",
 []),
(AUG, "8 Haldane to his mother, 1 Aug. 1914, Haldane MSS 5992.",
 []),
(AUG, "9 Haldane to his sister, 2 Aug. 1914, Ibid. 6012.",
 []),
(AUG, "11 Brock, , H. H. Asquith, p. 140.Google Scholar",
 [C(short([F("Brock")], "H. H. Asquith"), "140")]),
(AUG, "12 Koss, S. E., Lord Haldane, Scapegoat for Liberalism (New York, 1969), pp. 117–118.Google Scholar",
 [C(book("Lord Haldane, Scapegoat for Liberalism", [P("S. E.", "Koss")], place="New York", year=1969), "117–118")]),
(AUG, "13 Grey to Bertie, 29 July 1914, Gooch, G. P. and Temperley, H. W. V. (eds.) British documents on the origins of the war, 1898–1914 [B.D.] (London, 1926–1938), XI, no. 283.Google Scholar",
 [C(book("British documents on the origins of the war, 1898–1914", editor=[P("G. P.", "Gooch"), P("H. W. V.", "Temperley")], place="London", year=R((1926,), (1938,)), volume="XI"), "283", "number")]),
(AUG, "14 Brock, , H. H. Asquith, p. 140.Google Scholar",
 [C(short([F("Brock")], "H. H. Asquith"), "140")]),
(AUG, "15 Ibid.",
 []),
(AUG, "16 Haldane to his mother, 1 Aug. 1914, 5 p.m., Haldane MSS 5992.",
 []),
(AUG, "17 Burns Diary, 1 Aug. 1914, Burns MSS Add. MSS 46336.",
 []),
]
