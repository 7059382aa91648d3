# -*- coding: utf-8 -*-
# Twenty-third gathering (2026-11-25): 81 footnotes and endnotes, all English, with 121 citations (31 of them short
# forms) from 15 pages not used before (no `where` address of notes.jsonl or of /work/gather/*.py, checked again just before
# writing). Sites new to the set: none were needed; all pages are other books or articles on sites used before
# (whosread.com three books, 100vampirenovels.net, erenow.net, erenow.org, trantor.is four books, bookreadfree.com two books,
# homsy-staging.cambridgecore.org and core-varnish-new.prod.aop.cambridge.org (Cambridge Core copies),
# docslib.org), because the search index shows a page's text from its beginning and pages holding only notes were the ones
# it gave whole. Gold written by hand from the note text; no parser was run. Notes were taken only where the page showed
# them whole (a note cut off by the index, or a page that opens in the middle of a note, was left out).
# Language: English only (the brief asked for English notes).
# Subjects: Puritan New England and Harvard, the American Revolution in memory (Lepore), Roman history (Woolf), Greece and
# Rome (Spawforth), the Ottomans, the French Revolution (Doyle) and eighteenth-century France (Colin Jones), British India
# (Jon Wilson), early modern witchcraft and the English Reformation (Historical
# Journal articles), Passchendaele and the First World War, a counterfactual 1918, the American Civil War (Guelzo; a book
# on the war in the media), medieval literature (the Golden Legend and Piers Plowman).
# Pages and shapes:
#  - whosread.com (Harvard and the Puritans): Chicago notes with prose before the works, a seventeenth-century tract with its
#    printer as publisher (`(London: R.O. and G.D. for Henry Overton, 1643)`), a journal article by month and year without
#    volume (`William and Mary Quarterly, April 1992, 298–320`), `esp. 11–12`, a title ending in `…`.
#  - 100vampirenovels.net (Lepore): the number and every italic title on lines of their own, kept as the page gives them;
#    a newspaper by date alone, a letter cited from an edition, `2 vols.` after the title, `Works of John Adams, 2:219`.
#  - erenow.net (Woolf): a lecture series after the title (`Sather Classical Lectures`, `Jerome Lectures`), `Berkeley and
#    Los Angeles`, `Malden, Mass.`, a chapter and its reprint in one note (`1978; repr. in P. A. Brunt, Roman Imperial
#    Themes (…), 288–323)`), an ancient text by book and section.
#  - whosread.com (Spawforth): keyword-led notes (`‘Delos, which could both admit’: Strabo 14, 5, 2.`), `Hesperia 85 (2016),
#    pp. 559–76` with no article title, `and others`, an ancient text in a modern collection with a translation quoted from
#    another book, `eds,` without a point.
#  - trantor.is (Ottomans): `trans.` after the title, an original edition named in prose, a television documentary
#    (`directed by …, narrated by … (London: BBC Two, 2013)`), an article title ending in `?’` with no comma after it.
#  - bookreadfree.com (Doyle): place-only imprints, `M. Vox (ed.)`, an edition named by its title with `ed. C. Maxwell`,
#    `Quoted in`, title-only short forms (`Travels, 180.`, `Travels, 10 June 1787 (p. 23).`).
#  - erenow.org (Colin Jones): numbers without a point, introduction notes naming historians but no works, `Cited in` a
#    chapter `in D. L. Rubin (ed.), …`.
#  - whosread.com (Jon Wilson): the number glued to the first word (`6C. A. Bayly`), an ODNB entry with its URL and date of
#    access in brackets, journal volumes in lower-case roman numerals (`South Asia, xxvi (2003)`), a chapter `in Lawrence
#    Stone, An Imperial State at War` (no `ed.`).
#  - Cambridge Core (Gaskill, Walsham): British lower-case titles, `(3 vols., Philadelphia, PA, 1939)`, `George Lincoln Burr,
#    ed.,`, inverted names (`Withington, Phil,`), `CrossRefGoogle Scholar` glued to the note (kept in the text, in no field),
#    `ch. 3 and passim`, an archival reference and a reference work named by title in one note.
#  - trantor.is (Passchendaele): the number followed by three spaces, short forms with `vol. 2`, untitled contributions named
#    by author in an edited book (`Marc Derez in Liddle (ed.), Passchendaele in Perspective, pp. 437–58`), `op. cit.` both
#    for an author's book and for an edited book.
#  - bookreadfree.com (Guelzo): diaries and letters cited from editions (`in The Journals of Josiah Gorgas, 75`), `4:205`,
#    `1:313–14, 325–26, 328–29`, a state archive department as publisher, an em dash in a title, a title ending in a quoted
#    phrase.
#  - trantor.is (Civil War in the media): the number on its own line with two spaces after it and a blank line, a journal by
#    abbreviation (`CWH 20 (1974)`), an article with volume and year but no page, `Robert P. Swierenga, ed., (Westport, …)`
#    after the container title, `Charles R. Lee Jr.`, a note that cites no work.
#  - docslib.org (Golden Legend): spaces lost after `trans.` and before an opening quote (`Whatley,“The Uses …`), `2 vols.`,
#    `I.178–79`, `2nd edn.`, `the edition of Theodor Graesse`, a medieval author (`Jacobus de Voragine`, short form
#    `de Voragine`), a short form after a quotation with no space (`. . .”de Voragine, Golden Legend, p. 171.`).
#  - trantor.is (counterfactual 1918): a chapter `in Jessica Meyer (ed.), … (London: Brill, 2008), pp. 351–68`, prose after
#    the citation.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - A television documentary (`The Ottomans: Europe’s Muslim Emperors, directed by …, narrated by … (London: BBC Two,
#    2013)`) is a `broadcast` with `director` and `narrator`, the channel as `publisher` and the place as printed.
#  - An original edition named in prose (`originally published in Turkish as Beyaz Kale (Istanbul: Can, 1985)`) is listed
#    as its own `book` (as the fourteenth's "originally published in"); since the note names it only as "the novel", it gets
#    no author (the "my"/"his" rule). A page given in prose (`found on page 58`) is not a locator. `Originally published in
#    Italian in 1999 with the subtitle …` with no imprint adds nothing.
#  - A chapter reprinted in the author's own collection (`…, 1978; repr. in P. A. Brunt, Roman Imperial Themes (…), 288–323`)
#    gives two entries, the chapter and the collection; the pages after the collection are its locator.
#  - A lecture series printed after the title (`Sather Classical Lectures`) is `collection-title`.
#  - A chapter `in Lawrence Stone, An Imperial State at War` with no `ed.` gives Stone as `container-author` (as printed),
#    not `editor`.
#  - An ancient text cited with a page `in C. Halm, ed., Rhetores Latini Minores (Leipzig, 1863)` is a `chapter` with a
#    `literal` author in that edition; the book quoted for the translation (`trans. Andrew Wallace-Hadrill, Rome’s Cultural
#    Revolution (Cambridge, 2008), p. 446`) is a second entry, authored by the translator named.
#  - An untitled contribution named by its author in a short-form edited book (`Marc Derez in Liddle (ed.), Passchendaele in
#    Perspective, pp. 437–58`) is a short form with that author, `editor` and `container-title`; with `op. cit.` in place
#    of the title it keeps only author and editor.
#  - A diary entry or letter cited from an edition by short title (`Gorgas, diary entry …, in The Journals of Josiah Gorgas,
#    75`) gives a short form with the edition's title only; a titled document in quotes `in The Rebellion Record …, ed.
#    Frank Moore (…), 4:205` is a `chapter` without author.
#  - An ODNB entry with URL and access date (`[www.oxforddnb.com/view/article/29008, accessed 31 July 2014]`) is a
#    `chapter` of the Dictionary with `URL` and `accessed`.
#  - A reference work named by title alone among other references (`Oxford dictionary of national biography;`) is a `book`
#    with `title` only; the archival reference beside it is not listed.
#  - `ch. 3 and passim` gives locator "3" with label `chapter`.
#  - A journal volume in roman numerals is kept as printed (`xxvi`); a journal cited by abbreviation keeps it
#    (`container-title` "CWH").
#  - `the edition of Theodor Graesse` makes Graesse `editor`; `2nd edn.` gives `edition` "2".
# Doubtful: `Beyaz Kale` (author not printed); `Ars rhetorica` as a chapter of Halm's edition (it might be read as an
# ancient-text short form); the ODNB in Walsham's note 1 listed as a work; Stone as `container-author` (he was the volume's
# editor); `Travels, 10 June 1787 (p. 23)` read with locator 23; the documentary's `publisher`; `Liddle (ed.), op. cit.`
# kept as a short form without container; `The Journals of Josiah Gorgas` given no author; the Golden Legend's volume `I`
# (from `I.178–79`) put in `volume` with locator `178–79`.
# Four notes cite no work (prose, a census, a cross-reference): their `citations` list is empty.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


WR = "https://whosread.com/452517/11117017"
LEP = "https://100vampirenovels.net/pdf-novels/the-whites-of-their-eyes-by-matt-braun-free/23-page"
WO = "https://erenow.net/ancient/rome-an-empires-story-woolf/19.php"
SPA = "https://whosread.com/263609/6503534"
OTT = "https://trantor.is/content/Pusx0TWJEJprthJp/endnotes.xhtml"
DOY = "https://bookreadfree.com/167247/4136908"
JON = "https://erenow.org/modern/the-great-nation-france-from-louis-xv-to-napoleon/58.php"
CHA = "https://whosread.com/532170/13066302"
GAS = "https://homsy-staging.cambridgecore.org/core/journals/historical-journal/article/pursuit-of-reality-recent-research-into-the-history-of-witchcraft/41B06ED6E083CF7F5C0173ACE805C1A2"
WAL = "http://core-varnish-new.prod.aop.cambridge.org/core/journals/historical-journal/article/abs/history-memory-and-the-english-reformation/88C9566B7B464A567AA5188D14A92042"
YPR = "https://trantor.is/content/Ur_mXzMNDVU_7RwR/backmatter01.html"
GUE = "https://bookreadfree.com/161463/3992567.amp"
CWM = "https://trantor.is/content/k4cEA2f3tjUgdHSV/notes.html"
GLG = "https://docslib.org/doc/11601469/introduction-the-rule-of-exceptional-salvations-1"
ALT = "https://trantor.is/content/omFkTzVE7hVF3j8x/30_notes.xhtml"

TWENTYTHIRD = [
# --- US colonial history: Chicago endnotes of a book on Harvard and the Puritans (whosread.com, another book)
(WR, "15. Increase Mather, father of Cotton Mather, served Harvard College as acting president from 1685 to 1686, as rector from 1686 to 1692, and again as president from 1692 to 1701. Richard Hofstadter, Academic Freedom in the Age of the College (New York: Columbia University Press, 1961), 82–83; Robert H. Murray, Dublin University and the New World: A Memorial Discourse Preached in the Chapel of Trinity College, Dublin, May 23, 1921 (London: Society for Promoting Christian Knowledge, 1921); Samuel Eliot Morison, Builders of the Bay Colony (Boston: Houghton Mifflin, 1930), 269–88.",
 [C(book("Academic Freedom in the Age of the College", [P("Richard", "Hofstadter")], publisher="Columbia University Press", place="New York", year=1961), "82–83"),
  C(book("Dublin University and the New World: A Memorial Discourse Preached in the Chapel of Trinity College, Dublin, May 23, 1921", [P("Robert H.", "Murray")], publisher="Society for Promoting Christian Knowledge", place="London", year=1921)),
  C(book("Builders of the Bay Colony", [P("Samuel Eliot", "Morison")], publisher="Houghton Mifflin", place="Boston", year=1930), "269–88")]),
(WR, "16. Samuel Eliot Morison, “The History of Harvard College,” in The History and Traditions of Harvard College (Cambridge, MA: Harvard Crimson, 1936), esp. 11–12; Rolph, “Emmanuel College, Cambridge, and the Puritan Movements,” 334.",
 [C(chap("The History of Harvard College", [P("Samuel Eliot", "Morison")], "The History and Traditions of Harvard College", publisher="Harvard Crimson", place="Cambridge, MA", year=1936), "11–12"),
  C(sh([F("Rolph")], "Emmanuel College, Cambridge, and the Puritan Movements"), "334")]),
(WR, "17. New England’s First Fruits; In Respect, First of the Conversion of Some, Conversion of Divers Others, Preparation of Sundry of the Indians. 2. Of the Progresse of Learning, in the Colledge at Cambridge in Massachusetts Bay. With Other Special Matters Concerning that Country (London: R.O. and G.D. for Henry Overton, 1643); Michael P. Clark, The Eliot Tracts: With Letter from John Eliot to Thomas Thorowgood and Richard Baxter (Westport, CT: Praeger, 2003); George Parker Winship, The Eliot Indian Tracts (Cambridge, MA: Harvard University Press, 1925).",
 [C(book("New England’s First Fruits; In Respect, First of the Conversion of Some, Conversion of Divers Others, Preparation of Sundry of the Indians. 2. Of the Progresse of Learning, in the Colledge at Cambridge in Massachusetts Bay. With Other Special Matters Concerning that Country", publisher="R.O. and G.D. for Henry Overton", place="London", year=1643)),
  C(book("The Eliot Tracts: With Letter from John Eliot to Thomas Thorowgood and Richard Baxter", [P("Michael P.", "Clark")], publisher="Praeger", place="Westport, CT", year=2003)),
  C(book("The Eliot Indian Tracts", [P("George Parker", "Winship")], publisher="Harvard University Press", place="Cambridge, MA", year=1925))]),
(WR, "18. Kathleen J. Bragdon, Native People of Southern New England, 1500–1650 (Norman: University of Oklahoma Press, 1996), 23–28; John D. Daniels, “The Indian Population of North America,” William and Mary Quarterly, April 1992, 298–320; S. F. Cook, The Indian Population of New England in the Seventeenth Century (Berkeley: University of California Press, 1976), 1–12; John Eliot and Thomas Mayhew, Tears of Repentance: Or, a Further Narrative of the Progress of the Gospel Amongst the Indians in New England … (London: Peter Cole, 1653), esp. 33–36.",
 [C(book("Native People of Southern New England, 1500–1650", [P("Kathleen J.", "Bragdon")], publisher="University of Oklahoma Press", place="Norman", year=1996), "23–28"),
  C(art("The Indian Population of North America", [P("John D.", "Daniels")], "William and Mary Quarterly", year=Y(1992, 4), page="298–320")),
  C(book("The Indian Population of New England in the Seventeenth Century", [P("S. F.", "Cook")], publisher="University of California Press", place="Berkeley", year=1976), "1–12"),
  C(book("Tears of Repentance: Or, a Further Narrative of the Progress of the Gospel Amongst the Indians in New England …", [P("John", "Eliot"), P("Thomas", "Mayhew")], publisher="Peter Cole", place="London", year=1653), "33–36")]),
# --- US revolutionary history: Chicago endnotes of Lepore's The Whites of Their Eyes (100vampirenovels.net, another book;
#     the number and each italic title on lines of their own, kept as the page gives them)
(LEP, "37\nJohn Eliot,\nBiographical Dictionary\n(Salem and Boston, 1809), 191–92; Edwin Monroe Bacon,\nBoston: A Guide Book\n. (Boston, 1903), 59. On Eliot, see Clifford K. Shipton, “Andrew Eliot,” in\nNew England Life in the Eighteenth Century\n(Cambridge, MA: Harvard University Press, 1963), 397–428.",
 [C(book("Biographical Dictionary", [P("John", "Eliot")], place="Salem and Boston", year=1809), "191–92"),
  C(book("Boston: A Guide Book", [P("Edwin Monroe", "Bacon")], place="Boston", year=1903), "59"),
  C(chap("Andrew Eliot", [P("Clifford K.", "Shipton")], "New England Life in the Eighteenth Century", publisher="Harvard University Press", place="Cambridge, MA", year=1963, page="397–428"))]),
(LEP, "38\nNew York Gazette\n, August 29, 1765.",
 [C(paper(None, None, "New York Gazette", Y(1765, 8, 29)))]),
(LEP, "39\nJohn Singleton Copley to Captain R. C. Bruce, September 10, 1765,\nLetters and Papers of John Singleton Copley and Henry Pelham, 1739–1776\n(Boston: Massachusetts Historical Society, 1914), 36; Jennifer Roberts, “Copley’s Cargo:\nBoy with a Squirrel\nand the Dilemma of Transit,”\nAmerican Art\n21 (2007): 21–41. On Copley, see Jules Prown,\nJohn Singleton Copley\n, 2 vols. (Cambridge, MA: Harvard University Press, 1966).",
 [C(book("Letters and Papers of John Singleton Copley and Henry Pelham, 1739–1776", publisher="Massachusetts Historical Society", place="Boston", year=1914), "36"),
  C(art("Copley’s Cargo: Boy with a Squirrel and the Dilemma of Transit", [P("Jennifer", "Roberts")], "American Art", "21", year=2007, page="21–41")),
  C(book("John Singleton Copley", [P("Jules", "Prown")], publisher="Harvard University Press", place="Cambridge, MA", year=1966, **{"number-of-volumes": "2"}))]),
(LEP, "40\nBurns,\nInfamous Scribblers\n, 353.",
 [C(sh([F("Burns")], "Infamous Scribblers"), "353")]),
(LEP, "41\nWorks of John Adams\n, 2:219.",
 [C(sh(None, "Works of John Adams", volume="2"), "219")]),
(LEP, "42\nFischer,\nPaul Revere’s Ride\n, 53.",
 [C(sh([F("Fischer")], "Paul Revere’s Ride"), "53")]),
# --- Roman history: notes of Woolf, Rome: An Empire's Story (erenow.net, another book), chapters 1 and 2 (Oxford-style
#     imprints with `Malden, Mass.`, a lecture series after the title, `repr. in` inside the parentheses)
(WO, "1. Velleius Paterculus, Roman History 2.1.",
 [C(sh([L("Velleius Paterculus")], "Roman History"))]),
(WO, "1. Philip Hardie, Virgil’s Aeneid: Cosmos and Imperium (Oxford: Clarendon Press, 1985).",
 [C(book("Virgil’s Aeneid: Cosmos and Imperium", [P("Philip", "Hardie")], publisher="Clarendon Press", place="Oxford", year=1985))]),
(WO, "3. Denis Feeney, Caesar’s Calendar: Ancient Time and the Beginnings of History, Sather Classical Lectures (Berkeley and Los Angeles: University of California Press, 2007).",
 [C(book("Caesar’s Calendar: Ancient Time and the Beginnings of History", [P("Denis", "Feeney")], publisher="University of California Press", place="Berkeley and Los Angeles", year=2007, **{"collection-title": "Sather Classical Lectures"}))]),
(WO, "4. Paul Zanker, The Power of Images in the Age of Augustus, Jerome Lectures (Ann Arbor: University of Michigan Press, 1988).",
 [C(book("The Power of Images in the Age of Augustus", [P("Paul", "Zanker")], publisher="University of Michigan Press", place="Ann Arbor", year=1988, **{"collection-title": "Jerome Lectures"}))]),
(WO, "6. Emma Dench, Romulus’ Asylum: Roman Identities from the Age of Alexander to the Age of Hadrian (Oxford: Oxford University Press, 2005); T. Peter Wiseman, Remus: A Roman Myth (Cambridge: Cambridge University Press, 1995).",
 [C(book("Romulus’ Asylum: Roman Identities from the Age of Alexander to the Age of Hadrian", [P("Emma", "Dench")], publisher="Oxford University Press", place="Oxford", year=2005)),
  C(book("Remus: A Roman Myth", [P("T. Peter", "Wiseman")], publisher="Cambridge University Press", place="Cambridge", year=1995))]),
(WO, "7. Andrew Erskine, Troy between Greece and Rome: Local Tradition and Imperial Power (Oxford: Oxford University Press, 2001); Greg Woolf, Tales of the Barbarians: Ethnography and Empire in the Roman West (Malden, Mass.: Blackwell Publishers, 2011).",
 [C(book("Troy between Greece and Rome: Local Tradition and Imperial Power", [P("Andrew", "Erskine")], publisher="Oxford University Press", place="Oxford", year=2001)),
  C(book("Tales of the Barbarians: Ethnography and Empire in the Roman West", [P("Greg", "Woolf")], publisher="Blackwell Publishers", place="Malden, Mass.", year=2011))]),
(WO, "9. Erich Gruen, Culture and National Identity in Republican Rome (London: Duckworth, 1992); Thomas Habinek, The World of Roman Song from Ritualised Speech to Social Order (Baltimore: Johns Hopkins University Press, 2005).",
 [C(book("Culture and National Identity in Republican Rome", [P("Erich", "Gruen")], publisher="Duckworth", place="London", year=1992)),
  C(book("The World of Roman Song from Ritualised Speech to Social Order", [P("Thomas", "Habinek")], publisher="Johns Hopkins University Press", place="Baltimore", year=2005))]),
(WO, "10. William Vernon Harris, War and Imperialism in Republican Rome, 327–70 B.C. (Oxford: Clarendon Press, 1979).",
 [C(book("War and Imperialism in Republican Rome, 327–70 B.C.", [P("William Vernon", "Harris")], publisher="Clarendon Press", place="Oxford", year=1979))]),
(WO, "11. P. A. Brunt, ‘Laus Imperii’, in Peter Garnsey and C. R. Whittaker (eds.), Imperialism in the Ancient World (Cambridge: Cambridge University Press, 1978; repr. in P. A. Brunt, Roman Imperial Themes (Oxford: Oxford University Press, 1990), 288–323).",
 [C(chap("Laus Imperii", [P("P. A.", "Brunt")], "Imperialism in the Ancient World", editor=[P("Peter", "Garnsey"), P("C. R.", "Whittaker")], publisher="Cambridge University Press", place="Cambridge", year=1978)),
  C(book("Roman Imperial Themes", [P("P. A.", "Brunt")], publisher="Oxford University Press", place="Oxford", year=1990), "288–323")]),
(WO, "12. Mary Beard, The Roman Triumph (Cambridge, Mass.: Harvard University Press, 2007).",
 [C(book("The Roman Triumph", [P("Mary", "Beard")], publisher="Harvard University Press", place="Cambridge, Mass.", year=2007))]),
# --- Greek and Roman history: keyword-led notes of Spawforth, The Story of Greece and Rome (whosread.com, another book;
#     the page starts a new screen, its first note opens with its label)
(SPA, "Delphi victory monument, on display in the archaeological museum at Delphi: see now Michael J. Taylor, Hesperia 85 (2016), pp. 559–76.",
 [C(art(None, [P("Michael J.", "Taylor")], "Hesperia", "85", year=2016, page="559–76"))]),
(SPA, "‘Delos, which could both admit’: Strabo 14, 5, 2.",
 [C(sh([L("Strabo")]))]),
(SPA, "‘That which is necessary for keeping alive’: Aulus Gellius, Attic Nights 9, 14, 16–17.",
 [C(sh([L("Aulus Gellius")], "Attic Nights"))]),
(SPA, "Seats at the games: Gaius Julius Victor, Ars rhetorica, p. 402, lines 12–15 in C. Halm, ed., Rhetores Latini Minores (Leipzig, 1863), trans. Andrew Wallace-Hadrill, Rome’s Cultural Revolution (Cambridge, 2008), p. 446.",
 [C(chap("Ars rhetorica", [L("Gaius Julius Victor")], "Rhetores Latini Minores", editor=[P("C.", "Halm")], place="Leipzig", year=1863), "402"),
  C(book("Rome’s Cultural Revolution", [P("Andrew", "Wallace-Hadrill")], place="Cambridge", year=2008), "446")]),
(SPA, "‘Homoloïchos and Anaxidamos’: Plutarch, Sulla 19, 5. Jeremy McInerney and others, American Journal of Archaeology, 96 (1992), pp. 443–55.",
 [C(sh([L("Plutarch")], "Sulla")),
  C(art(None, [P("Jeremy", "McInerney")], "American Journal of Archaeology", "96", year=1992, page="443–55"))]),
(SPA, "‘I’m amazed, O wall’: Corpus Inscriptionum Latinarum 4, 1904 translated in Jennifer Baird and Claire Taylor, eds, Ancient Graffiti in Context (New York, 2011), p. 2.",
 [C(sh(None, "Corpus Inscriptionum Latinarum", volume="4")),
  C(book("Ancient Graffiti in Context", editor=[P("Jennifer", "Baird"), P("Claire", "Taylor")], place="New York", year=2011), "2")]),
# --- Ottoman history: Chicago endnotes of a history of the Ottomans (trantor.is, another book; `trans.` after the title,
#     an original edition named in prose, a television documentary with director and narrator)
(OTT, "1. Amos Oz, A Tale of Love and Darkness, trans. Nicholas de Lange (London: Chatto & Windus, 2004), 47.",
 [C(book("A Tale of Love and Darkness", [P("Amos", "Oz")], publisher="Chatto & Windus", place="London", year=2004, translator=[P("Nicholas", "de Lange")]), "47")]),
(OTT, "2. Orhan Pamuk, The White Castle: A Novel, trans. Victoria Holbrook (New York: Vintage, 1998). The novel was originally published in Turkish as Beyaz Kale (Istanbul: Can, 1985). The quote in this paragraph is found on page 58.",
 [C(book("The White Castle: A Novel", [P("Orhan", "Pamuk")], publisher="Vintage", place="New York", year=1998, translator=[P("Victoria", "Holbrook")])),
  C(book("Beyaz Kale", publisher="Can", place="Istanbul", year=1985))]),
(OTT, "3. Pamuk, The White Castle, 62, 65, 67, 69–70, 82.",
 [C(sh([F("Pamuk")], "The White Castle"), "62, 65, 67, 69–70, 82")]),
(OTT, "6. Those interested in this topic can read Noel Malcolm, Useful Enemies: Islam and the Ottoman Empire in Western Political Thought, 1450–1750 (Oxford: Oxford University Press, 2019).",
 [C(book("Useful Enemies: Islam and the Ottoman Empire in Western Political Thought, 1450–1750", [P("Noel", "Malcolm")], publisher="Oxford University Press", place="Oxford", year=2019))]),
(OTT, "7. Franco Cardini, Europe and Islam, trans. Caroline Beamish (New York: Blackwell, 2001), 122, 136. Originally published in Italian in 1999 with the subtitle History of a Misunderstanding, the book was simultaneously published in translation in English, French, German, and Spanish two years later.",
 [C(book("Europe and Islam", [P("Franco", "Cardini")], publisher="Blackwell", place="New York", year=2001, translator=[P("Caroline", "Beamish")]), "122, 136")]),
(OTT, "8. The Ottomans: Europe’s Muslim Emperors, directed by Gillian Bancroft, narrated by Rageh Omar (London: BBC Two, 2013); Albert Hourani, ‘How Should We Write the History of the Middle East?’ International Journal of Middle East Studies 23 (1991): 130.",
 [C({"type": "broadcast", "title": "The Ottomans: Europe’s Muslim Emperors", "director": [P("Gillian", "Bancroft")], "narrator": [P("Rageh", "Omar")], "publisher": "BBC Two", "publisher-place": "London", "issued": Y(2013)}),
  C(art("How Should We Write the History of the Middle East?", [P("Albert", "Hourani")], "International Journal of Middle East Studies", "23", year=1991), "130")]),
# --- French revolutionary history: notes of Doyle, The Oxford History of the French Revolution (bookreadfree.com, another
#     book; British place-only imprints, an edition named by title with `ed.`, `Quoted in`, title-only short forms)
(DOY, "1. M. Vox (ed.), Correspondance de Napoléon: Six cent lettres de travail (1806–1810) (Paris, 1943), 215; 12 Apr. 1808.",
 [C(book("Correspondance de Napoléon: Six cent lettres de travail (1806–1810)", editor=[P("M.", "Vox")], place="Paris", year=1943), "215")]),
(DOY, "1. Travels in France during the Years 1787, 1788 and 1789, ed. C. Maxwell (Cambridge, 1929), 275–6.",
 [C(book("Travels in France during the Years 1787, 1788 and 1789", editor=[P("C.", "Maxwell")], place="Cambridge", year=1929), "275–6")]),
(DOY, "2. Quoted in W. Scott, Terror and Repression in Revolutionary Marseilles (London, 1973), 10.",
 [C(book("Terror and Repression in Revolutionary Marseilles", [P("W.", "Scott")], place="London", year=1973), "10")]),
(DOY, "3. Travels, 180.",
 [C(sh(None, "Travels"), "180")]),
(DOY, "4. Travels, 10 June 1787 (p. 23).",
 [C(sh(None, "Travels"), "23")]),
# --- French eighteenth-century history: notes of Colin Jones, The Great Nation (erenow.org, a sister site of erenow.net;
#     number without a point; introduction notes naming historians but no works)
(JON, "1 In the light of this intention, I have not given full bibliographical details of the works to which I allude. The works referred to will be found in the bibliography; see below, pp. 613–14.",
 []),
(JON, "2 e.g. G. V. Taylor, C. B. A. Behrens and William Doyle.",
 []),
(JON, "11 See pp. 239–40.",
 []),
(JON, "1 Cited in R. Astier, ‘Louis XIV, Premier Danseur’, in D. L. Rubin (ed.), Sun King: The Ascendancy of French Culture during the Reign of Louis XIV (London, 1992), pp. 86–7.",
 [C(chap("Louis XIV, Premier Danseur", [P("R.", "Astier")], "Sun King: The Ascendancy of French Culture during the Reign of Louis XIV", editor=[P("D. L.", "Rubin")], place="London", year=1992), "86–7")]),
(JON, "2 Saint-Simon cited in J. M. Apostolides, Le Roi-machine. Spectacle et politique au temps de Louis XIV (Paris, 1981), p. 156.",
 [C(book("Le Roi-machine. Spectacle et politique au temps de Louis XIV", [P("J. M.", "Apostolides")], place="Paris", year=1981), "156")]),
# --- British India: Oxford-style notes of Jon Wilson, The Chaos of Empire (whosread.com, another page of a book the tenth
#     gathering used for seven notes; the number glued to the first word, volumes in lower-case roman numerals)
(CHA, "6C. A. Bayly, ‘Wellesley, Richard, Marquess Wellesley (1760–1842)’, The Oxford Dictionary of National Biography (Oxford, 2004) [www.oxforddnb.com/view/article/29008, accessed 31 July 2014].",
 [C(chap("Wellesley, Richard, Marquess Wellesley (1760–1842)", [P("C. A.", "Bayly")], "The Oxford Dictionary of National Biography", place="Oxford", year=2004, URL="www.oxforddnb.com/view/article/29008", accessed=Y(2014, 7, 31)))]),
(CHA, "8Mark Wilks, History of Mysore (London, 1810), 660; Kate Brittlebank, ‘The White Raja Of Srirangapattana: Was Arthur Wellesley Tipu Sultan’s True Successor?’, South Asia, xxvi (2003), 23–35; Penderel Moon, The British Conquest and Dominion of India (London, 1989), 278.",
 [C(book("History of Mysore", [P("Mark", "Wilks")], place="London", year=1810), "660"),
  C(art("The White Raja Of Srirangapattana: Was Arthur Wellesley Tipu Sultan’s True Successor?", [P("Kate", "Brittlebank")], "South Asia", "xxvi", year=2003, page="23–35")),
  C(book("The British Conquest and Dominion of India", [P("Penderel", "Moon")], place="London", year=1989), "278")]),
(CHA, "11C. A. Bayly, ‘The British Military-Fiscal State and Indigenous Resistance in India, 1750–1820’, in Lawrence Stone, An Imperial State at War: Britain From 1689–1815 (London, 1994), 344–6.",
 [C(chap("The British Military-Fiscal State and Indigenous Resistance in India, 1750–1820", [P("C. A.", "Bayly")], "An Imperial State at War: Britain From 1689–1815", place="London", year=1994, **{"container-author": [P("Lawrence", "Stone")]}), "344–6")]),
# --- Early modern history: Cambridge Core reference lists of two Historical Journal articles (witchcraft; the English
#     Reformation and memory); British lower-case titles, `(3 vols., Philadelphia, PA, 1939)`, link text glued on
(GAS, "1 Christian Thomasius, De crimine magiae (Halle, 1701); Wilhelm Gottlieb Soldan, Geschichte der Hexenprozesse aus dem Quellen dargestellt (Stuttgart, 1843). The early English contribution was not anti-clerical but did disparage Catholicism: Francis Hutchinson, An historical essay concerning witchcraft (London, 1718).",
 [C(book("De crimine magiae", [P("Christian", "Thomasius")], place="Halle", year=1701)),
  C(book("Geschichte der Hexenprozesse aus dem Quellen dargestellt", [P("Wilhelm Gottlieb", "Soldan")], place="Stuttgart", year=1843)),
  C(book("An historical essay concerning witchcraft", [P("Francis", "Hutchinson")], place="London", year=1718))]),
(GAS, "2 Joseph Hansen, Zauberwahn, Inquisition, und Hexenprozessen im Mittelalter und die Entstehung der grossen Hexenverfolgung (Munich, 1900); Henry Charles Lea, Materials toward a history of witchcraft, ed. Arthur C. Howland (3 vols., Philadelphia, PA, 1939); George Lincoln Burr, ed., Narratives of the witchcraft cases, 1648–1706 (New York, NY, 1914).",
 [C(book("Zauberwahn, Inquisition, und Hexenprozessen im Mittelalter und die Entstehung der grossen Hexenverfolgung", [P("Joseph", "Hansen")], place="Munich", year=1900)),
  C(book("Materials toward a history of witchcraft", [P("Henry Charles", "Lea")], editor=[P("Arthur C.", "Howland")], place="Philadelphia, PA", year=1939, **{"number-of-volumes": "3"})),
  C(book("Narratives of the witchcraft cases, 1648–1706", editor=[P("George Lincoln", "Burr")], place="New York, NY", year=1914))]),
(WAL, "1 See The National Archives, Kew (TNA), SP 16/86/88; Oxford dictionary of national biography; Mellor, Ronald, ‘Tacitus, academic politics, and regicide in the reign of Charles I: the tragedy of Dr Isaac Dorislaus’, International Journal of the Classical Tradition, 11 (2004), pp. 153–93CrossRefGoogle Scholar. I thank Richard Serjeantson for this reference.",
 [C(book("Oxford dictionary of national biography")),
  C(art("Tacitus, academic politics, and regicide in the reign of Charles I: the tragedy of Dr Isaac Dorislaus", [P("Ronald", "Mellor")], "International Journal of the Classical Tradition", "11", year=2004, page="153–93"))]),
(WAL, "2 Withington, Phil, Society in early modern England: the vernacular origins of some powerful ideas (Cambridge, 2010)Google Scholar, ch. 3 and passim. See also the stimulating discussion in de Grazia, Margreta, ‘The modern divide: from either side’, Journal of Medieval and Early Modern Studies, 37 (2007), pp. 453–67CrossRefGoogle Scholar.",
 [C(book("Society in early modern England: the vernacular origins of some powerful ideas", [P("Phil", "Withington")], place="Cambridge", year=2010), "3", "chapter"),
  C(art("The modern divide: from either side", [P("Margreta", "de Grazia")], "Journal of Medieval and Early Modern Studies", "37", year=2007, page="453–67"))]),
# --- First World War: notes of a history of Passchendaele (trantor.is, another book; the number followed by three spaces,
#     British short forms, `Liddle (ed.), op. cit.`, untitled contributions named by their author only)
(YPR, "1   The Times, 9 August 1914, p. 4.",
 [C(paper(None, None, "The Times", Y(1914, 8, 9)), "4")]),
(YPR, "2   McKisack, The Fourteenth Century, p. 432.",
 [C(sh([F("McKisack")], "The Fourteenth Century"), "432")]),
(YPR, "3   Churchill, Marlborough, vol. 2, pp. 92–125, 180–81, 570–71.",
 [C(sh([F("Churchill")], "Marlborough", volume="2"), "92–125, 180–81, 570–71")]),
(YPR, "4   For Ypres’s general setting, see the stimulating chapter by Marc Derez in Liddle (ed.), Passchendaele in Perspective, pp. 437–58.",
 [C(sh([P("Marc", "Derez")], None, editor=[F("Liddle")], **{"container-title": "Passchendaele in Perspective"}), "437–58")]),
(YPR, "6   Bumpus, The Cathedrals and Churches of Belgium, p. 116, quoted by Marc Derez in Liddle (ed.), op. cit., pp. 437–8.",
 [C(sh([F("Bumpus")], "The Cathedrals and Churches of Belgium"), "116"),
  C(sh([P("Marc", "Derez")], None, editor=[F("Liddle")]), "437–8")]),
(YPR, "8   For an informative map of railways at Ypres in 1918: Gilbert, Routledge Atlas of the First World War, p. 22.",
 [C(sh([F("Gilbert")], "Routledge Atlas of the First World War"), "22")]),
(YPR, "9   Strachan, First World War, vol. 1, p. 209. See also J. Stengers on Belgium in Wilson (ed.), Decisions for War, pp. 151–6.",
 [C(sh([F("Strachan")], "First World War", volume="1"), "209"),
  C(sh([P("J.", "Stengers")], None, editor=[F("Wilson")], **{"container-title": "Decisions for War"}), "151–6")]),
(YPR, "2   Text of the memorandum in Ritter, The Schlieffen Plan, pp. 134–8. On Ritter’s study see L. C. F. Turner in Kennedy (ed.), The War Plans of the Great Powers, pp. 199–217.",
 [C(sh([F("Ritter")], "The Schlieffen Plan"), "134–8"),
  C(sh([P("L. C. F.", "Turner")], None, editor=[F("Kennedy")], **{"container-title": "The War Plans of the Great Powers"}), "199–217")]),
(YPR, "4   On Joffre and Plan 17, Strachan, op. cit., pp. 191–8. For the evolution of Joffre’s strategy, S. R. Williamson in Kennedy (ed.), op. cit., pp. 133–53.",
 [C(sh([F("Strachan")]), "191–8"),
  C(sh([P("S. R.", "Williamson")], None, editor=[F("Kennedy")]), "133–53")]),
# --- American Civil War: Chicago endnotes of Guelzo, Fateful Lightning (bookreadfree.com, another book; diaries and
#     letters cited from editions, `4:205`, `1:313–14, 325–26`, a corporate publisher)
(GUE, "48. Gorgas, diary entry for July 28, 1863, in The Journals of Josiah Gorgas, 75.",
 [C(sh(None, "The Journals of Josiah Gorgas"), "75")]),
(GUE, "49. Capt. Frank Imboden, diary entry for July 17–18, 1863, in Spencer C. Tucker, Brigadier General John D. Imboden: Confederate Commander in the Shenandoah (Lexington: University Press of Kentucky, 2003), 150, 172.",
 [C(book("Brigadier General John D. Imboden: Confederate Commander in the Shenandoah", [P("Spencer C.", "Tucker")], publisher="University Press of Kentucky", place="Lexington", year=2003), "150, 172")]),
(GUE, "50. William Hesseltine, Lincoln and the War Governors, 312.",
 [C(sh([P("William", "Hesseltine")], "Lincoln and the War Governors"), "312")]),
(GUE, "51. “Occupation of Nashville,” February 26, 1862, in The Rebellion Record: A Diary of American Events, ed. Frank Moore (New York: G. P. Putnam, 1862), 4:205; Engle, Buell, 185, 316–20.",
 [C({"type": "chapter", "title": "Occupation of Nashville", "container-title": "The Rebellion Record: A Diary of American Events", "editor": [P("Frank", "Moore")], "publisher": "G. P. Putnam", "publisher-place": "New York", "issued": Y(1862), "volume": "4"}, "205"),
  C(sh([F("Engle")], "Buell"), "185, 316–20")]),
(GUE, "52. Whitelaw Reid, Ohio in the War: Her Statesmen, Her Generals, and Soldiers (New York: Moore, Wilstach and Baldwin, 1868), 1:313–14, 325–26, 328–29; Garfield to Lucretia Garfield, February 13, 1863, in The Wild Life of the Army: Civil War Letters of James A. Garfield, ed. F. D. Williams (East Lansing: Michigan State University Press, 1964), 233.",
 [C(book("Ohio in the War: Her Statesmen, Her Generals, and Soldiers", [P("Whitelaw", "Reid")], publisher="Moore, Wilstach and Baldwin", place="New York", year=1868, volume="1"), "313–14, 325–26, 328–29"),
  C(book("The Wild Life of the Army: Civil War Letters of James A. Garfield", editor=[P("F. D.", "Williams")], publisher="Michigan State University Press", place="East Lansing", year=1964), "233")]),
(GUE, "53. Davis to J. A. Seddon, December 18, 1862, in Jefferson Davis, Constitutionalist: Letters, Papers and Speeches, ed. Dunbar Rowland (Jackson: Mississippi Department of Archives and History, 1923), 5:386; Hudson Strode, Jefferson Davis: Confederate President (New York: Harcourt, Brace, 1959), 2:344–45.",
 [C(book("Jefferson Davis, Constitutionalist: Letters, Papers and Speeches", editor=[P("Dunbar", "Rowland")], publisher="Mississippi Department of Archives and History", place="Jackson", year=1923, volume="5"), "386"),
  C(book("Jefferson Davis: Confederate President", [P("Hudson", "Strode")], publisher="Harcourt, Brace", place="New York", year=1959, volume="2"), "344–45")]),
(GUE, "54. James Lee McDonough, Stones River—Bloody Winter in Tennessee (Knoxville: University of Tennessee Press, 1980), 118–22; William M. Lamars, The Edge of Glory: A Biography of General William S. Rosecrans, U.S.A. (Baton Rouge: Louisiana State University Press, 1999), 213–14, 219, 223, 225, 233–36.",
 [C(book("Stones River—Bloody Winter in Tennessee", [P("James Lee", "McDonough")], publisher="University of Tennessee Press", place="Knoxville", year=1980), "118–22"),
  C(book("The Edge of Glory: A Biography of General William S. Rosecrans, U.S.A.", [P("William M.", "Lamars")], publisher="Louisiana State University Press", place="Baton Rouge", year=1999), "213–14, 219, 223, 225, 233–36")]),
(GUE, "55. Peter Cozzens, No Better Place to Die: The Battle of Stones River (Urbana: University of Illinois Press, 1990), 172–74; Robert P. Broadwater, General George H. Thomas: A Biography of the Union’s “Rock of Chickamauga” (Jefferson, NC: McFarland, 2009), 100–101; Wilson J. Vance, Stone’s River: The Turning-Point of the Civil War (New York: Neale, 1914), 56–57.",
 [C(book("No Better Place to Die: The Battle of Stones River", [P("Peter", "Cozzens")], publisher="University of Illinois Press", place="Urbana", year=1990), "172–74"),
  C(book("General George H. Thomas: A Biography of the Union’s “Rock of Chickamauga”", [P("Robert P.", "Broadwater")], publisher="McFarland", place="Jefferson, NC", year=2009), "100–101"),
  C(book("Stone’s River: The Turning-Point of the Civil War", [P("Wilson J.", "Vance")], publisher="Neale", place="New York", year=1914), "56–57")]),
# --- American Civil War and the press: Chicago endnotes of a book on the Civil War in the media (trantor.is, another book;
#     the number on its own line with two spaces after it and a blank line, a journal by abbreviation `CWH 20 (1974)`,
#     `Robert P. Swierenga, ed., (Westport, …)` after the title)
(CWM, "1.  \n\nFor a synopsis of the major schools of thought on Civil War causation, see: David Donald, “American Historians and the Causes of the Civil War,” South Atlantic Quarterly 59 (1960); Eric Foner, “The Causes of the American Civil War: Recent Interpretations and New Directions,” CWH 20 (1974); Edwin C. Rozwenc, ed., The Causes of the American Civil War (Lexington, Mass.: Heath, 1972).",
 [C(art("American Historians and the Causes of the Civil War", [P("David", "Donald")], "South Atlantic Quarterly", "59", year=1960)),
  C(art("The Causes of the American Civil War: Recent Interpretations and New Directions", [P("Eric", "Foner")], "CWH", "20", year=1974)),
  C(book("The Causes of the American Civil War", editor=[P("Edwin C.", "Rozwenc")], publisher="Heath", place="Lexington, Mass.", year=1972))]),
(CWM, "2.  \n\nAn excellent synopsis of the role of territorial expansionism in precipitating the Civil War can be found in James McPherson, Battle Cry of Freedom (New York: Oxford University Press, 1988), 47–77.",
 [C(book("Battle Cry of Freedom", [P("James", "McPherson")], publisher="Oxford University Press", place="New York", year=1988), "47–77")]),
(CWM, "3.  \n\nGerald W. Wolff, “Party and Section: The Senate and the Kansas-Nebraska Bill,” in Beyond the Civil War Synthesis: Political Essays of the Civil War Era. Robert P. Swierenga, ed., (Westport, Conn.: Greenwood, 1975), 179–83.",
 [C(chap("Party and Section: The Senate and the Kansas-Nebraska Bill", [P("Gerald W.", "Wolff")], "Beyond the Civil War Synthesis: Political Essays of the Civil War Era", editor=[P("Robert P.", "Swierenga")], publisher="Greenwood", place="Westport, Conn.", year=1975), "179–83")]),
(CWM, "4.  \n\nWolff, “Party and Section,” 169.",
 [C(sh([F("Wolff")], "Party and Section"), "169")]),
(CWM, "5.  \n\nFor an examination of the reconciliation theme in post–Civil War America, see Alan T. Nolan, Lee Considered: General Robert E. Lee and Civil War History (Chapel Hill: University of North Carolina Press, 1991), 25–26; and Bruce Chadwick, The Reel Civil War: Mythmaking in American Film (New York: Knopf, 2001).",
 [C(book("Lee Considered: General Robert E. Lee and Civil War History", [P("Alan T.", "Nolan")], publisher="University of North Carolina Press", place="Chapel Hill", year=1991), "25–26"),
  C(book("The Reel Civil War: Mythmaking in American Film", [P("Bruce", "Chadwick")], publisher="Knopf", place="New York", year=2001))]),
(CWM, "6.  \n\nNolan, Lee Considered, 27–28. Stephens and Smith quoted in Charles R. Lee Jr., The Confederate Constitutions (Chapel Hill: University of North Carolina Press, 1963), 110.",
 [C(sh([F("Nolan")], "Lee Considered"), "27–28"),
  C(book("The Confederate Constitutions", [{"given": "Charles R.", "family": "Lee", "suffix": "Jr."}], publisher="University of North Carolina Press", place="Chapel Hill", year=1963), "110")]),
(CWM, "7.  \n\nPopulation based on the U.S. National Census.",
 []),
(CWM, "9.  \n\nSee also Michael F. Holt, The Political Crisis of the 1850s (New York: Norton, 1978), 183–85.",
 [C(book("The Political Crisis of the 1850s", [P("Michael F.", "Holt")], publisher="Norton", place="New York", year=1978), "183–85")]),
(CWM, "10.  \n\nRobert A. Rutland, The Newsmongers: Journalism in the Life of the Nation, 1690–1972 (New York: Dial Press, 1973), 178.",
 [C(book("The Newsmongers: Journalism in the Life of the Nation, 1690–1972", [P("Robert A.", "Rutland")], publisher="Dial Press", place="New York", year=1973), "178")]),
# --- Medieval literature: notes of a book on Piers Plowman and the salvation of Trajan (docslib.org; spaces lost after
#     `trans.` and before a title, `2 vols.`, `I.178–79`, `2nd edn.`, a medieval author named by his particle)
(GLG, "1. Jacobus de Voragine, The Golden Legend, trans.William Granger Ryan, 2 vols. (Princeton: Princeton University Press, 1995), I.178–79. For the Latin text, see the edition of Theodor Graesse, Legenda Aurea Vulgo Historia Lombardica Dicta, 2nd edn. (Leipzig: Librariae Arnoldianae, 1850), pp. 196–97.",
 [C(book("The Golden Legend", [L("Jacobus de Voragine")], publisher="Princeton University Press", place="Princeton", year=1995, translator=[P("William Granger", "Ryan")], volume="I", **{"number-of-volumes": "2"}), "178–79"),
  C(book("Legenda Aurea Vulgo Historia Lombardica Dicta", editor=[P("Theodor", "Graesse")], publisher="Librariae Arnoldianae", place="Leipzig", year=1850, edition="2"), "196–97")]),
(GLG, "3. Gordon Whatley,“The Uses of Hagiography:The Legend of Pope Gregory and the Emperor Trajan in the Middle Ages,” Viator 15 (1984): 25.",
 [C(art("The Uses of Hagiography:The Legend of Pope Gregory and the Emperor Trajan in the Middle Ages", [P("Gordon", "Whatley")], "Viator", "15", year=1984), "25")]),
(GLG, "4. As in the case of Gregory himself, for example: “The name Gregory (Gregorius) is formed from grex, flock, and gore, which means to preach or to say,and Saint Gregory was preacher to his flock. Or the name resembles egre- garius, from egregius, outstanding, and gore; and Gregory was an outstanding preacher and doctor. Or Gregorius, in our language, suggests vigilance, watchfulness; and the saint watched over himself, over God, and over his flock. . .”de Voragine, Golden Legend, p. 171.",
 [C(sh([L("de Voragine")], "Golden Legend"), "171")]),
(GLG, "5. de Voragine, Golden Legend, p. 179.",
 [C(sh([L("de Voragine")], "Golden Legend"), "179")]),
# --- First World War counterfactual history: notes of an alternative history of 1918 (trantor.is, another book)
(ALT, "1 For a full discussion of First World War alternative history literature, see Stephen Badsey, ‘If It Had Happened Otherwise: First World War Exceptionalism in Counterfactual History’, in Jessica Meyer (ed.), British Popular Culture and the First World War (London: Brill, 2008), pp. 351–68.",
 [C(chap("If It Had Happened Otherwise: First World War Exceptionalism in Counterfactual History", [P("Stephen", "Badsey")], "British Popular Culture and the First World War", editor=[P("Jessica", "Meyer")], publisher="Brill", place="London", year=2008, page="351–68"))]),
(ALT, "2 Peter G. Tsouras, Disaster at Stalingrad: An Alternate History (London: Frontline, 2013). Peters uses the word ‘alternative’, which is a more accurate word than alternate. Unfortunately, ‘alternate’ was first used colloquially and then simply stuck, another triumph for the teaching of English usage.",
 [C(book("Disaster at Stalingrad: An Alternate History", [P("Peter G.", "Tsouras")], publisher="Frontline", place="London", year=2013))]),
]
