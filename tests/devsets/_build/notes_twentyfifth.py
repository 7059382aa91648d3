# -*- coding: utf-8 -*-
# Twenty-fifth gathering (2026-11-25): 82 English footnotes and endnotes of history and humanities books and articles,
# with 111 citations (23 of them short forms); 7 notes cite no work (prose, a bare `Ibid.`, an IWM photograph number).
# Pages: 14, none of them a `where` address of notes.jsonl or of any /work/gather/*.py (grepped before each page was
# taken and again before the file was closed; notes_twentysixth.py did not exist yet). Sites new to the set: m.qienxs.cc,
# fdocuments.us, fdocuments.net, zoboko.com, p-books.com. The others are other books or articles on sites used before:
# muse.jhu.edu (two books' NOTES pdfs and one chapter page), docslib.org (a notes chapter), erenow.net (Herrin's
# Byzantium), erenow.org (a history of the Western Front), whosread.com (Beckett), 100-vampirenovels.net (Westad),
# homsy-staging.cambridgecore.org (an article in History of Education Quarterly). As before, the search index shows a
# page's text from its beginning, so pages holding only notes were the ones it gave whole. Notes were taken only where
# the page showed them whole (the note cut off at the end of each stored text was left out, and a note whose pinpoints
# could not be given one locator, Baptist's `(23) JQA,February 11,1820,4: 524,July 5,1819,4: 398.`, was not taken).
# Gold written by hand from the note text; no parser was run.
# Language: English only (the brief asked for English notes).
# Subjects: historiography (Eley's A Crooked Line: the preface notes), historical method (Henige's Historical Evidence
# and Argument), sixteenth-century France (the royal tour of Charles IX, La Rochelle), the American Missouri crisis and
# slavery (Baptist, The Half Has Never Been Told), British imperialism (Paul Kennedy's chapter on Robinson and Gallagher),
# Anglo-Saxonism and orientalism in English literature, Byzantium (a Macmillan book on its sources; Herrin's Byzantium),
# the First World War (the Western Front; Beckett on the road to the Russian Revolution), China's foreign relations
# (Westad), colonial education in Nigeria, material religion (Chidester), Meiji Japan (David Murray, 1894).
# Pages and shapes:
#  - muse.jhu.edu, Eley: Chicago notes, `George Santayana , The Life` (space before the comma), `2nd ed.`, `eds.`,
#    ligatures lost (`‹rst`, `‹ve`), books named in a biographical note (`she published two major books, …`),
#    `(Ann Arbor: …, 1989; orig. pub. 1948)`, `“Notes on Deconstructing ‘the Popular,’” in Raphael Samuel, ed., …`.
#  - muse.jhu.edu, Henige: all short forms, the number glued to the first word (`1See, e.g., Anderson, …`), unnumbered
#    epigraph notes (`Galileo to Benedetto Castelli, 21 December 1613, in Galilei, Lettere, 105.`), `1:xxiv`, `2:244`,
#    titles in quotes with inner quotes (`“‘End is Near!’”`), a folio `127v`, `Scientific American 100/1(January 1909), 6`.
#  - muse.jhu.edu chapter (royal tour): `(1635), introduction by …; bibliographical notes by … (Columbia: Published for
#    the Newberry Library by the University of South Carolina Press, 1975), 1: 19`, an `EPIGRAPH:` note, `2 vols.
#    (La Rochelle: …, 1756–57), 1: 345, 350`, French titles, three authors.
#  - m.qienxs.cc (Baptist): numbers in parentheses, the space after commas and full stops lost (`Moore,Missouri
#    Controversy`, `Joseph D.Learned`), em dashes in page ranges (`528—529`), abbreviations `JQA`, `NR`, `JER`,
#    `(Bos-ton,1819)`, `et al.`, a letter in a manuscript collection (not listed), a title ending in `…`.
#  - docslib.org (Kennedy): British notes with text-layer faults (`ofAfrica`, `andJ. Ewing`, `ofFree Trade`, `Hj, xn,
#    ( 1969)`, `'The Imperialism of '`), a starred note, `EconHR, 2nd. ser., VI (1953) 1-15`, `2 vols (London, 1918) and
#    The Governments of the British Empire (London, 1936)` (a second book of the same author), `(Moscow, 1975 edn.)`,
#    `with A. Denny`, `(ed.)`, `Ibid., passim, but espec. pp. 22, 58, 115`.
#  - fdocuments.us (Springer notes): `impor- tant`, `L.P. Hartley`, `Homi K. Bhabha, Nation and Narration, ed. Homi K.
#    Bhabha`, six books in one note, `Christopher Wren,“On …,” in James Elmes, Memoirs …` (no space before the quote).
#  - fdocuments.net (Springer notes, Byzantium): `in Studies in Byzantine Sigillography, I, ed. N. Oikonomides`, a
#    Byzantine text in a modern edition, a series inside the parentheses (`(Archives de I'Athos v, Paris, 1970)`), French
#    titles without accents, `2nd edn`, `5 vols (Berkeley, Cal., 1967- 88), I, pp. 1-28. .`, `DAI, cc. 9, 46, 52, pp. …`.
#  - erenow.net (Herrin): source notes in a "Further Reading" (`Chapter quote: Zosimos, New History, tr. … (Canberra
#    1982), pp. 37–8.`, `Quote on p. 11 from …, tr. with introduction and notes by …, 3 vols. (Liverpool 2005), vol. 2`,
#    `in his Medieval Iran …`); the reading-list entries were not taken.
#  - erenow.org (Western Front): numbers without a point, initials without points (`Richard F Hamilton`, `R A Nye`),
#    `(eds)`, `trans. …, 3 vols`, `chapter 6`, `(2nd edn, Swindon: …)`, `(first published 1911; new edn, London: …)`
#    with no author, bare `Ibid.` and prose notes.
#  - whosread.com (Beckett): British place-and-year imprints, honorifics (`Major General Sir John Hanbury-Williams`),
#    `2 vols (London, 1980), I, pp. 218–19`, `(Princeton, NJ, 1980 and 1987)`, `(New Haven and London, CT, 1995)`,
#    an editor's short form (`Fuhrmann, ed., Wartime Correspondence`), `IWM, Q81828.`
#  - 100-vampirenovels.net (Westad): the number and the italic titles on lines of their own (kept, as in the
#    twenty-third's Lepore notes), a name broken at a diacritic (`Križani\nć\n`), `Vol. 6, No. 3/4. (Dec. 1947)`.
#  - homsy-staging.cambridgecore.org: inverted names, `no. 5–6 (Nov. 2007)`, `CrossRefGoogle Scholar` glued to the note
#    (kept in the text, in no field), `Curtin, Philip, forward to Robinson, Ronald, Gallagher, John, and Denny, Alice, …`.
#  - zoboko.com (Chidester): `introduction by Reinhold Niebuhr (1902; New York: Collier Books, 1961)`, a documentary film
#    (`Dave Asprey, Moldy, directed by Kee Kee Buckley and Eric Troyer (Bulletproof Films, 2015).`); list indentation
#    was not copied.
#  - p-books.com (Murray, Japan, 1894): `translated by Colonel Henry Yule, C.B. Second edition, London, 1875, vol. ii.,
#    p. 235.`, an untitled paper by journal volume (`E. M. Satow, Transactions of the Asiatic Society, vol. i., p. 30.`).
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - Works named in a biographical note about their author (`she published two major books, …`) get no author, like the
#    earlier "my"/"his" works; `in his Medieval Iran …` gives no container author (the same rule), while `in James Elmes,
#    Memoirs …` gives `container-author` (the twenty-third's rule for `in Lawrence Stone, …`).
#  - `orig. pub. 1948` and `(1635)` after a title give `original-date`; an `introduction by …` or `bibliographical notes
#    by …` after the title is not kept (as the seventeenth did with `Introduction by Anatol Shub`).
#  - A foreword named by its writer (`Curtin, Philip, forward to …`) is a `chapter` titled as printed (`forward`) with the
#    book's authors as `container-author` (the tenth's rule for `the Introduction by M. A. Screech to …`).
#  - A film with a director (`Moldy, directed by …`) is a `motion_picture` with `director`, the company as `publisher`
#    (the twenty-third's `broadcast` rule for a television documentary).
#  - A series inside an imprint (`(Archives de I'Athos v, Paris, 1970)`) gives `collection-title` and
#    `collection-number`; a journal's series (`EconHR, 2nd. ser., VI`) is not kept (the eighth left out `new series`).
#  - A short form cited by chapters and pages (`DAI, cc. 9, 46, 52, pp. 56-63, …`) takes the pages as locator.
#  - Two years joined by `and` (`(Princeton, NJ, 1980 and 1987)`) are given as two date-parts, like a year range.
#  - `new edn` gives `edition` "new"; `Second edition` and `2nd edn` give "2".
#  - A book named in a prose note by title and edition only (`the second edition ofAfrica and the Victorians`) is a
#    `book` with `title` and `edition`; the word glued to it by the text layer is not part of the title.
#  - Baptist's `JQA` and `NR` abbreviations: `JQA, February 20,1820,4: 528—529` is a short form titled `JQA` with
#    `volume` "4"; `“Mr.King's Speeches,”NR,December 4,1819` is an `article-magazine` in `NR` (Niles' Register, a weekly).
#  - `Daniel Webster et al.` gives Webster alone; Byzantine and ancient authors (`John Lydus`, `Photius`, `Zosimos`,
#    `Niketas Choniates`, `Sextus Julius Frontinus`) are `literal`; honorifics and ranks (`Sir`, `Major General`,
#    `Colonel`, `C.B.`) are not part of names.
# Doubtful: the Thrupp books given no author; `NR` as a magazine; `forward` as a chapter title; `Africa and the
# Victorians` listed from the starred prose note; the Frontinus page `218` read as a locator; `Hj`/`xn` kept as printed;
# the `DAI` locator without its chapters; the Wildman date-parts; `O City of Constantinople, Annales of Niketas Choniates`
# kept as one title; `Nation and Narration` with Bhabha as both author and editor (as printed).
# Henige's `“‘End is Near!’”` and `“‘Truths Yet Unborn’.”` keep their inner single quotes in the short form's title.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


ELEY = "https://muse.jhu.edu/books/9780472021413/9780472021413-9.pdf"
HEN = "https://muse.jhu.edu/books/9780299214135/9780299214135-24.pdf"
ROY = "https://muse.jhu.edu/chapter/2151836"
QX = "https://m.qienxs.cc/u/lmegrn2870o.html"
KEN = "https://docslib.org/doc/12343987/notes-and-references"
SPR = "https://fdocuments.us/document/notes-springer-978-1-137-09039-31pdffor-an-analysis-of-the-huge-literature.html"
BYZ = "https://fdocuments.net/document/notes-springer-978-1-349-24765-31pdf-notes-to-chapter-3-393-taken-here-see.html"
HER = "https://erenow.net/postclassical/byzantium-the-surprising-life-of-a-medieval-empire/32.php"
WWF = "https://erenow.org/ww/great-war-on-the-western-front/11.php"
BEC = "https://whosread.com/159207/3936356.amp"
WES = "https://100-vampirenovels.net/pdf-novels/restless-empire-by-odd-westad-free/67-page"
CED = "https://homsy-staging.cambridgecore.org/core/journals/history-of-education-quarterly/article/abs/historiographic-reconsideration-of-colonial-education-in-africa-domestic-forces-in-the-early-expansion-of-english-schooling-in-northern-igboland-18901930/B2E3392A9F1F7387A414A90CAFF9000F"
ZOB = "https://zoboko.com/text/9o0j40e8/religion-material-dynamics/27"
PBJ = "https://p-books.com/book/Japan-David-Murray--7.html"

TWENTYFIFTH = [
# --- historiography: Chicago endnotes of a book on cultural and social history (muse.jhu.edu, a book's NOTES pdf)
(ELEY, "1. These twin quotations come respectively from George Orwell, Nineteen Eighty-Four (London: Secker and Warburg, 1949), and George Santayana , The Life of Reason (New York: Charles Scribner, 1905). I’ve taken my versions from Anthony Jay, ed., The Oxford Dictionary of Political Quotations, 2nd ed. (Oxford: Oxford University Press, 2001), 276, 314.",
 [C(book("Nineteen Eighty-Four", [P("George", "Orwell")], publisher="Secker and Warburg", place="London", year=1949)),
  C(book("The Life of Reason", [P("George", "Santayana")], publisher="Charles Scribner", place="New York", year=1905)),
  C(book("The Oxford Dictionary of Political Quotations", editor=[P("Anthony", "Jay")], publisher="Oxford University Press", place="Oxford", year=2001, edition="2"), "276, 314")]),
(ELEY, "2. The ‹rst quoted phrase is taken from the jacket description of Alun Munslow and Robert A. Rosenstone, eds., Experiments in Rethinking History (New York: Routledge, 2004); the second from the title of Richard J. Evans, In Defence of History (London: Granta, 1997).",
 [C(book("Experiments in Rethinking History", editor=[P("Alun", "Munslow"), P("Robert A.", "Rosenstone")], publisher="Routledge", place="New York", year=2004)),
  C(book("In Defence of History", [P("Richard J.", "Evans")], publisher="Granta", place="London", year=1997))]),
(ELEY, "3. Sylvia Thrupp (1903–97) was born in England but migrated to British Columbia with her family at the age of ‹ve. She received her Ph.D. from the University of London in 1931, returning to Canada in 1935 where she taught ‹rst at the University of British Columbia (1935–44) and then at the University of Toronto (1945). From 1945 to 1961 she taught at the University of Chicago. Together with many articles on guilds and historical demography, she published two major books, The Worshipful Company of Bakers of London (London: Galleon Press, 1933), and The Merchant Class of Medieval London, 1300–1500 (Ann Arbor: University of Michigan Press, 1989; orig. pub. 1948). A collection of her essays was published as Raymond Grew and Nicholas H. Steneck, eds., Society and History: Essays by Sylvia L. Thrupp (Ann Arbor: University of Michigan Press, 1977).",
 [C(book("The Worshipful Company of Bakers of London", publisher="Galleon Press", place="London", year=1933)),
  C(book("The Merchant Class of Medieval London, 1300–1500", publisher="University of Michigan Press", place="Ann Arbor", year=1989, **{"original-date": Y(1948)})),
  C(book("Society and History: Essays by Sylvia L. Thrupp", editor=[P("Raymond", "Grew"), P("Nicholas H.", "Steneck")], publisher="University of Michigan Press", place="Ann Arbor", year=1977))]),
(ELEY, "4. Stuart Hall, “Notes on Deconstructing ‘the Popular,’” in Raphael Samuel, ed., People’s History and Socialist Theory (London: Routledge and Kegan Paul, 1981), 239.",
 [C(chap("Notes on Deconstructing ‘the Popular’", [P("Stuart", "Hall")], "People’s History and Socialist Theory", editor=[P("Raphael", "Samuel")], publisher="Routledge and Kegan Paul", place="London", year=1981), "239")]),
# --- historical method: short-form endnotes of a book on historical evidence (muse.jhu.edu, a book's NOTES pdf; the
#     number glued to the first word, unnumbered epigraph notes first)
(HEN, "Galileo to Benedetto Castelli, 21 December 1613, in Galilei, Lettere, 105.",
 [C(sh([F("Galilei")], "Lettere"), "105")]),
(HEN, "1See, e.g., Anderson, Zone of Engagement, 279-375.",
 [C(sh([F("Anderson")], "Zone of Engagement"), "279–375")]),
(HEN, "2Mill, History of British India, 1:xxiv.",
 [C(sh([F("Mill")], "History of British India", volume="1"), "xxiv")]),
(HEN, "4Langlois and Seignobos, Introduction, 275, emphasis added.",
 [C(sh([F("Langlois"), F("Seignobos")], "Introduction"), "275")]),
(HEN, "5Ibid., 91, emphasis added.",
 []),
(HEN, "7Maxwell, “Introductory Lecture,” 2:244. For the twentieth century see Silverstein, “‘End is Near!’”",
 [C(sh([F("Maxwell")], "Introductory Lecture", volume="2"), "244"),
  C(sh([F("Silverstein")], "‘End is Near!’"))]),
(HEN, "8Michelson, Light Waves, 123-24. For the travails of this comment and its variants see Henige, “Mis/adventures,” 130-33.",
 [C(sh([F("Michelson")], "Light Waves"), "123–24"),
  C(sh([F("Henige")], "Mis/adventures"), "130–33")]),
(HEN, "9See Badash, “Completeness.” That these symptoms pervaded society can be seen from a prediction at the time that “the automobile has practically reached the limit of its development is suggested by the fact that during the past year no improvements of a radical nature have been introduced.” Scientific American 100/1(January 1909), 6.",
 [C(sh([F("Badash")], "Completeness")),
  C(mag(None, None, "Scientific American", Y(1909, 1), volume="100", issue="1"), "6")]),
(HEN, "10Sextus Julius Frontinus, Stratagems, 218.",
 [C(sh([L("Sextus Julius Frontinus")], "Stratagems"), "218")]),
(HEN, "12Leroy, Interchangeable Course, 127v. For similar thoughts from the time see Henige, “‘Truths Yet Unborn’.”",
 [C(sh([F("Leroy")], "Interchangeable Course"), "127v"),
  C(sh([F("Henige")], "‘Truths Yet Unborn’"))]),
(HEN, "Reade, “Assyrian Eponyms,” 261.",
 [C(sh([F("Reade")], "Assyrian Eponyms"), "261")]),
# --- early modern France: Chicago notes of a book on the royal tour of Charles IX and La Rochelle (muse.jhu.edu chapter
#     page; a note to the front matter, an `EPIGRAPH:` note, `1: 19`, `2 vols.` with a year range, French titles)
(ROY, "1. George Wither, A Collection of Emblèmes, Ancient and Moderne (1635), introduction by Rosemary Freeman; bibliographical notes by Charles S. Hensley (Columbia: Published for the Newberry Library by the University of South Carolina Press, 1975), 1: 19. I am grateful to Nancy Zey for bringing this reference to my attention.",
 [C(book("A Collection of Emblèmes, Ancient and Moderne", [P("George", "Wither")], publisher="Published for the Newberry Library by the University of South Carolina Press", place="Columbia", year=1975, volume="1", **{"original-date": Y(1635)}), "19")]),
(ROY, "EPIGRAPH: Louis-Étienne Arcère, Histoire de la ville de La Rochelle et du pays d’Aulnis, 2 vols. (La Rochelle: René-Jacob Desbordes, 1756–57), 1: 345, 350. I am indebted to Marie-Aline Irvine for her help in reviewing my translations of certain passages in Arcère.",
 [C(book("Histoire de la ville de La Rochelle et du pays d’Aulnis", [P("Louis-Étienne", "Arcère")], publisher="René-Jacob Desbordes", place="La Rochelle", year={"date-parts": [[1756], [1757]]}, volume="1", **{"number-of-volumes": "2"}), "345, 350")]),
(ROY, "1. There are three excellent full length studies of the tour from political, social, and cultural perspectives, Pierre Champion, Catherine de Médicis présente à Charles IX son royaume (Paris: B. Grasset, 1937); Victor E. Graham and W. McAllister Johnson, The Royal Tour of France by Charles IX and Catherine de’ Medici: Festivals and Entries, 1564–6 (Toronto: University of Toronto Press, 1979); and esp. Jean Boutier, Alain Dewerpe, and Daniel Nordman, Un Tour de France royal: Le Voyage de Charles IX (1564–1566) (Paris: Aubier Montaigne, 1984), 61–63.",
 [C(book("Catherine de Médicis présente à Charles IX son royaume", [P("Pierre", "Champion")], publisher="B. Grasset", place="Paris", year=1937)),
  C(book("The Royal Tour of France by Charles IX and Catherine de’ Medici: Festivals and Entries, 1564–6", [P("Victor E.", "Graham"), P("W. McAllister", "Johnson")], publisher="University of Toronto Press", place="Toronto", year=1979)),
  C(book("Un Tour de France royal: Le Voyage de Charles IX (1564–1566)", [P("Jean", "Boutier"), P("Alain", "Dewerpe"), P("Daniel", "Nordman")], publisher="Aubier Montaigne", place="Paris", year=1984), "61–63")]),
# --- American history: notes of Baptist, The Half Has Never Been Told, as a Chinese site gives them (qienxs.cc; numbers
#     in parentheses, the spaces after commas and full stops lost, em dashes in page ranges, `JQA` and `NR` abbreviations)
(QX, "(21) Moore,Missouri Controversy; “Mr.King's Speeches,”NR,December 4,1819; JQA,February 20,1820,4: 528—529; Stuart Leiberger,“Thomas Jefferson and the Missouri Crisis: An Alternative Interpretation,”JER 17,no.1(1997): 121—130.",
 [C(sh([F("Moore")], "Missouri Controversy")),
  C(mag("Mr.King's Speeches", None, "NR", Y(1819, 12, 4))),
  C(sh(None, "JQA", volume="4"), "528–529"),
  C(art("Thomas Jefferson and the Missouri Crisis: An Alternative Interpretation", [P("Stuart", "Leiberger")], "JER", "17", "1", 1997, page="121–130"))]),
(QX, "(22) Daniel Webster et al.,A Memorial to the Congress of the United States,on the Subject of Restraining the Increase of Slavery in States to Be Admitted to the Union(Bos-ton,1819); Joseph D.Learned,A View of the Policy of Permitting Slaves in the States West of the Mississippi(Baltimore,1820); William Plumer,quoted in Sean Wilentz,The Rise of American Democracy: Jefferson to Lincoln(New York,2005),231.",
 [C(book("A Memorial to the Congress of the United States,on the Subject of Restraining the Increase of Slavery in States to Be Admitted to the Union", [P("Daniel", "Webster")], place="Bos-ton", year=1819)),
  C(book("A View of the Policy of Permitting Slaves in the States West of the Mississippi", [P("Joseph D.", "Learned")], place="Baltimore", year=1820)),
  C(book("The Rise of American Democracy: Jefferson to Lincoln", [P("Sean", "Wilentz")], place="New York", year=2005), "231")]),
(QX, "(24) JQA,February 24,1820,4: 530—531.",
 [C(sh(None, "JQA", volume="4"), "530–531")]),
(QX, "(25) Wilentz,Rise of American Democracy,232—234; Matthew Mason,“The Maine and Missouri Crisis: Competing Priorities and Northern Slavery Politics in the Early Republic,”JER 33,no.4(2013): 675—700.",
 [C(sh([F("Wilentz")], "Rise of American Democracy"), "232–234"),
  C(art("The Maine and Missouri Crisis: Competing Priorities and Northern Slavery Politics in the Early Republic", [P("Matthew", "Mason")], "JER", "33", "4", 2013, page="675–700"))]),
(QX, "(26) Matthew Crocker,“The Missouri Compromise,the Monroe Doctrine,and the Southern Strategy,”Journal of the West 43(2004): 45—52.The crisis was not over.Missouri passed a state constitution banning free people of African descent-violating,said free-state congressmen,the US Constitution's “rights and privileges”clause.",
 [C(art("The Missouri Compromise,the Monroe Doctrine,and the Southern Strategy", [P("Matthew", "Crocker")], "Journal of the West", "43", year=2004, page="45–52"))]),
(QX, "(27) Francis Fedric,Slave Life in Virginia and Kentucky,Or,Fifty Years of Slavery…(London,1853),47—51; Harry Smith,Fifty Years of Slavery in the United States of America(Grand Rapids,MI,1891),37—38; cf.L.A.Horton to R.Horton,October 3,1830,Wyche-Otey papers,SHC,reporting Alabama cornshucking; Roger D.Abrahams,Singing the Master: The Emergence of African-American Culture in the Plantation South(New York,1992).",
 [C(book("Slave Life in Virginia and Kentucky,Or,Fifty Years of Slavery…", [P("Francis", "Fedric")], place="London", year=1853), "47–51"),
  C(book("Fifty Years of Slavery in the United States of America", [P("Harry", "Smith")], place="Grand Rapids,MI", year=1891), "37–38"),
  C(book("Singing the Master: The Emergence of African-American Culture in the Plantation South", [P("Roger D.", "Abrahams")], place="New York", year=1992))]),
# --- British imperial history: British notes of Paul Kennedy's chapter in a Macmillan collection (docslib.org, a notes
#     chapter; words glued by the text layer: `ofAfrica`, `andJ. Ewing`, `ofFree`; OCR `Hj, xn, ( 1969)`; a starred note)
(KEN, "* Since the composition of this chapter, the second edition ofAfrica and the Victorians has appeared, with an additional 'Explanation' and 'Afterthoughts' written by Ronald Robinson. Those pieces offer a clarification of the author's original intentions and concede that in some minor areas (e.g. the motives behind the imperialism offoreign powers) their earlier presentation may not have been correct; but in general the second edition defends and reasserts the cluster of 'Robinson and Gallagher theories' and in consequence no major redrafting of this particular chapter seemed necessary.",
 [C(book("Africa and the Victorians", edition="2"))]),
(KEN, "1. J. A. Gallagher and R. E. Robinson, 'The Imperialism ofFree Trade', EconHR, 2nd. ser., VI (1953) 1-15.",
 [C(art("The Imperialism ofFree Trade", [P("J. A.", "Gallagher"), P("R. E.", "Robinson")], "EconHR", "VI", year=1953, page="1–15"))]),
(KEN, "2. See, for example, A. P. Newton andJ. Ewing, The British Empire since 1783 (London, 1929); A. B. Keith, Selected Speeches and Documents on British Colonial Policy 1763-1917, 2 vols (London, 1918) and The Governments of the British Empire (London, 1936).",
 [C(book("The British Empire since 1783", [P("A. P.", "Newton"), P("J.", "Ewing")], place="London", year=1929)),
  C(book("Selected Speeches and Documents on British Colonial Policy 1763-1917", [P("A. B.", "Keith")], place="London", year=1918, **{"number-of-volumes": "2"})),
  C(book("The Governments of the British Empire", [P("A. B.", "Keith")], place="London", year=1936))]),
(KEN, "3. J. A. Hobson, Imperialism: A Study (London, 1902) pp. 19, 118.",
 [C(book("Imperialism: A Study", [P("J. A.", "Hobson")], place="London", year=1902), "19, 118")]),
(KEN, "4. V. I. Lenin, Imperialism, the Highest Stage of Capitalism (Moscow, 1975 edn.) p. 73.",
 [C(book("Imperialism, the Highest Stage of Capitalism", [P("V. I.", "Lenin")], place="Moscow", year=1975), "73")]),
(KEN, "5. Ibid., passim, but espec. pp. 22, 58, 115. See also the analysis in E. Stokes, 'Late Nineteenth-Century Colonial Expansion and the Attack on the Theory of Economic Imperialism: A Case of Mistaken Identity?', Hj, xn, ( 1969) 285-301.",
 [C(art("Late Nineteenth-Century Colonial Expansion and the Attack on the Theory of Economic Imperialism: A Case of Mistaken Identity?", [P("E.", "Stokes")], "Hj", "xn", year=1969, page="285–301"))]),
(KEN, "6. Gallagher and Robinson, 'The Imperialism of ', p. 3.",
 [C(sh([F("Gallagher"), F("Robinson")], "The Imperialism of"), "3")]),
(KEN, "7. R. E. Robinson and J. A. Gallagher, with A. Denny, Africa and the Victorians: the Official Mind of Imperialism, 2nd ed. (London, 1981). See also W. R. Louis (ed.), Imperialism: The Robinson and Gallagher Controversy (New York, 1976).",
 [C(book("Africa and the Victorians: the Official Mind of Imperialism", [P("R. E.", "Robinson"), P("J. A.", "Gallagher"), P("A.", "Denny")], place="London", year=1981, edition="2")),
  C(book("Imperialism: The Robinson and Gallagher Controversy", editor=[P("W. R.", "Louis")], place="New York", year=1976))]),
# --- literary and cultural history: Chicago endnotes of a Palgrave book on Anglo-Saxonism and orientalism (fdocuments.us,
#     the notes file of a Springer book; `impor- tant`, `Christopher Wren,“On …` with no space, `ed.` after a title)
(SPR, "1. Edward Said contributed a blurb to the publication of the novel. See, of course, Edward W. Said, Orientalism (New York: Pantheon Books, 1978). For an impor- tant, but very different, association of orientalism and “anglo-saxonism,” see Allen J. Frantzen, Desire for Origins: New Language, Old English, and Teaching the Tradition (New Brunswick, N.J.: Rutgers University Press, 1990).",
 [C(book("Orientalism", [P("Edward W.", "Said")], publisher="Pantheon Books", place="New York", year=1978)),
  C(book("Desire for Origins: New Language, Old English, and Teaching the Tradition", [P("Allen J.", "Frantzen")], publisher="Rutgers University Press", place="New Brunswick, N.J.", year=1990))]),
(SPR, "2. L.P. Hartley, The Go-Between (London: H. Hamilton, 1953), 1.",
 [C(book("The Go-Between", [P("L.P.", "Hartley")], publisher="H. Hamilton", place="London", year=1953), "1")]),
(SPR, "3. For an analysis of the instability of categories within Orientalist discourse, see Lisa Lowe, Critical Terrains: French and British Orientalisms (Ithaca: Cornell University Press, 1991).The following discussion obviously depends on the huge literature surrounding such influential studies as Benedict Anderson, Imagined Communities: Reflections on the Origin and Spread of Nationalism (London: Verso, 1983); and Homi K. Bhabha, Nation and Narration, ed. Homi K. Bhabha (London: Routledge, 1990) and Homi K. Bhabha, The Location of Culture (London: Routledge, 1994). Of the many books by Smith on national and ethnic identity, helpfully surveying different positions on these subjects, see Anthony D. Smith, Myths and Memories of the Nation (New York: Oxford University Press, 1999) and Anthony D. Smith, The Ethnic Origins of Nations (Oxford: Basil Blackwell, 1987).",
 [C(book("Critical Terrains: French and British Orientalisms", [P("Lisa", "Lowe")], publisher="Cornell University Press", place="Ithaca", year=1991)),
  C(book("Imagined Communities: Reflections on the Origin and Spread of Nationalism", [P("Benedict", "Anderson")], publisher="Verso", place="London", year=1983)),
  C(book("Nation and Narration", [P("Homi K.", "Bhabha")], editor=[P("Homi K.", "Bhabha")], publisher="Routledge", place="London", year=1990)),
  C(book("The Location of Culture", [P("Homi K.", "Bhabha")], publisher="Routledge", place="London", year=1994)),
  C(book("Myths and Memories of the Nation", [P("Anthony D.", "Smith")], publisher="Oxford University Press", place="New York", year=1999)),
  C(book("The Ethnic Origins of Nations", [P("Anthony D.", "Smith")], publisher="Basil Blackwell", place="Oxford", year=1987))]),
(SPR, "5. Christopher Wren,“On the State of Westminster Abbey,” in James Elmes, Memoirs of the Life and Works of Sir Christopher Wren (London: Priestley and Weale, 1823), 110.",
 [C(chap("On the State of Westminster Abbey", [P("Christopher", "Wren")], "Memoirs of the Life and Works of Sir Christopher Wren", publisher="Priestley and Weale", place="London", year=1823, **{"container-author": [P("James", "Elmes")]}), "110")]),
# --- Byzantine history: British notes of a Macmillan book on early medieval Byzantium (fdocuments.net, the notes file of
#     a Springer book; a series with its number inside the parentheses, `2nd edn`, `5 vols (Berkeley, Cal., 1967- 88), I,`,
#     abbreviated sources `DAI`, `De Cer.`, a Byzantine text in a modern edition, French titles without accents)
(BYZ, "1. N. Oikonomides, 'The Lead Blanks Used for Byzantine Seals', in Studies in Byzantine Sigillography, I, ed. N. Oikonomides (Washington, D.C., 1987), pp.97-103.",
 [C(chap("The Lead Blanks Used for Byzantine Seals", [P("N.", "Oikonomides")], "Studies in Byzantine Sigillography", editor=[P("N.", "Oikonomides")], place="Washington, D.C.", year=1987, volume="I", page="97–103"))]),
(BYZ, "2. John Lydus, De Magistratibus, in Ioannes Lydus on Powers, ed. A. C. Bandy (Philadelphia, Penn., 1983), pp. 160-3.",
 [C(chap("De Magistratibus", [L("John Lydus")], "Ioannes Lydus on Powers", editor=[P("A. C.", "Bandy")], place="Philadelphia, Penn.", year=1983), "160–3")]),
(BYZ, "3. Ninth-century deed of sale (897): Actes de Lavra, I, ed. P. Lemerle, A. Guillou and N. Svoronos (Archives de I'Athos v, Paris, 1970), pp. 85-91.",
 [C(book("Actes de Lavra", editor=[P("P.", "Lemerle"), P("A.", "Guillou"), P("N.", "Svoronos")], place="Paris", year=1970, volume="I", **{"collection-title": "Archives de I'Athos", "collection-number": "v"}), "85–91")]),
(BYZ, "4. For example, G. Duby, La societe aux XI' et xii' siecles dans la region maconnaise, 2nd edn (Paris, 1971); P. Toubert, Les structures du Latium medieval, 2 vols (Rome, 1973).",
 [C(book("La societe aux XI' et xii' siecles dans la region maconnaise", [P("G.", "Duby")], place="Paris", year=1971, edition="2")),
  C(book("Les structures du Latium medieval", [P("P.", "Toubert")], place="Rome", year=1973, **{"number-of-volumes": "2"}))]),
(BYZ, "5. DAI, cc. 9, 46, 52, pp. 56-63, 214-23, 256-7.",
 [C(sh(None, "DAI"), "56–63, 214–23, 256–7")]),
(BYZ, "6. De Cer., pp. 651-60, 664-78, 696-9.",
 [C(sh(None, "De Cer."), "651–60, 664–78, 696–9")]),
(BYZ, "7. See S. D. Goitein, A Mediterranean Society, 5 vols (Berkeley, Cal., 1967- 88), I, pp. 1-28. .",
 [C(book("A Mediterranean Society", [P("S. D.", "Goitein")], place="Berkeley, Cal.", year={"date-parts": [[1967], [1988]]}, volume="I", **{"number-of-volumes": "5"}), "1–28")]),
(BYZ, "8. J. Darrouzes, Epistoliers byzantins du x' siecle (Archives de I'orient Chretien VI, Paris, 1960), pp. 217-48.",
 [C(book("Epistoliers byzantins du x' siecle", [P("J.", "Darrouzes")], place="Paris", year=1960, **{"collection-title": "Archives de I'orient Chretien", "collection-number": "VI"}), "217–48")]),
(BYZ, "10. Photius, Bibliotheca, ed. R. Henry, 8 vols (Paris, 1959-77), I, p. 99; W. T. Treadgold, The Byzantine Revival 780-842 (Stanford, Cal., 1988), pp. 376-8.",
 [C(book("Bibliotheca", [L("Photius")], editor=[P("R.", "Henry")], place="Paris", year={"date-parts": [[1959], [1977]]}, volume="I", **{"number-of-volumes": "8"}), "99"),
  C(book("The Byzantine Revival 780-842", [P("W. T.", "Treadgold")], place="Stanford, Cal.", year=1988), "376–8")]),
# --- Byzantine history: the source notes of Herrin's Byzantium in its "Further Reading" (erenow.net, another book; only
#     the notes giving the source of a quotation were taken, not the reading-list entries; `tr.` after the title, British
#     place-and-year imprints without a comma, `in his …`)
(HER, "Chapter quote: Zosimos, New History, tr. Ronald T. Ridley (Canberra 1982), pp. 37–8.",
 [C(book("New History", [L("Zosimos")], place="Canberra", year=1982, translator=[P("Ronald T.", "Ridley")]), "37–8")]),
(HER, "Quote on p. 11 from The Acts of the Council of Chalcedon, tr. with introduction and notes by Richard Price and Michael Gaddis, 3 vols. (Liverpool 2005), vol. 2, p. 240.",
 [C(book("The Acts of the Council of Chalcedon", place="Liverpool", year=2005, volume="2", translator=[P("Richard", "Price"), P("Michael", "Gaddis")], **{"number-of-volumes": "3"}), "240")]),
(HER, "Chapter quote: Niketas Choniates, O City of Constantinople, Annales of Niketas Choniates, tr. H. Magoulias (Detroit 1984), p. 325.",
 [C(book("O City of Constantinople, Annales of Niketas Choniates", [L("Niketas Choniates")], place="Detroit", year=1984, translator=[P("H.", "Magoulias")]), "325")]),
(HER, "Quote on p. 19 from al-Marwazi, V. Minorsky, ‘Marvasi on the Byzantines’, in his Medieval Iran and its Neighbours (London 1982), 455–69.",
 [C(chap("Marvasi on the Byzantines", [P("V.", "Minorsky")], "Medieval Iran and its Neighbours", place="London", year=1982, page="455–69"))]),
# --- First World War: notes of a history of the Great War on the Western Front (erenow.org, another book; numbers
#     without a point, restarting under chapter headings; initials without points `Richard F Hamilton`, `(eds)`,
#     `trans.` and `3 vols` after the title, `(2nd edn, Swindon: …)`, `chapter 6`, a book without author
#     `(first published 1911; new edn, London: Brassey's, 1988)`, bare `Ibid.`/`ibid.` notes)
(WWF, "1 For a collection of modern discussions see Richard F Hamilton and Holger H Herwig (eds), The Origins of World War I (Cambridge: Cambridge University Press, 2003). The classic account is Luigi Albertini, The Origins of the War of 1914, trans. Isabella Massey, 3 vols (Oxford: Oxford University Press, 1952).",
 [C(book("The Origins of World War I", editor=[P("Richard F", "Hamilton"), P("Holger H", "Herwig")], publisher="Cambridge University Press", place="Cambridge", year=2003)),
  C(book("The Origins of the War of 1914", [P("Luigi", "Albertini")], publisher="Oxford University Press", place="Oxford", year=1952, translator=[P("Isabella", "Massey")], **{"number-of-volumes": "3"}))]),
(WWF, "2 The status of this as a firm ‘plan’ has recently been questioned by Terence Zuber, Inventing the Schlieffen Plan: German War Planning 1871–1914 (Oxford: Oxford University Press, 2002).",
 [C(book("Inventing the Schlieffen Plan: German War Planning 1871–1914", [P("Terence", "Zuber")], publisher="Oxford University Press", place="Oxford", year=2002))]),
(WWF, "3 See the works of Gustave Le Bon; see especially R A Nye, The Origins of Crowd Psychology (London: SAGE, 1975), chapter 6. See also discussion in Paddy Griffith, Forward into Battle, (2nd edn, Swindon: Crowood Press, 1990), pp. 84–94.",
 [C(book("The Origins of Crowd Psychology", [P("R A", "Nye")], publisher="SAGE", place="London", year=1975), "6", "chapter"),
  C(book("Forward into Battle", [P("Paddy", "Griffith")], publisher="Crowood Press", place="Swindon", year=1990, edition="2"), "84–94")]),
(WWF, "1 See commentary in J P Harris, Men, Ideas and Tanks: British Military Thought and Armoured Forces, 1903–39 (Manchester: Manchester University Press, 1995), pp. 4–8.",
 [C(book("Men, Ideas and Tanks: British Military Thought and Armoured Forces, 1903–39", [P("J P", "Harris")], publisher="Manchester University Press", place="Manchester", year=1995), "4–8")]),
(WWF, "2 Tony Ashworth, Trench Warfare 1914–18: the Live and Let Live System (London: Macmillan, 1980).",
 [C(book("Trench Warfare 1914–18: the Live and Let Live System", [P("Tony", "Ashworth")], publisher="Macmillan", place="London", year=1980))]),
(WWF, "3 Ibid., pp. 24–8 and passim.",
 []),
(WWF, "5 Some Principles of Maritime Strategy (first published 1911; new edn, London: Brassey's, 1988).",
 [C(book("Some Principles of Maritime Strategy", publisher="Brassey's", place="London", year=1988, edition="new", **{"original-date": Y(1911)}))]),
(WWF, "2 Alistair Horne, The Price of Glory (London: Macmillan, 1962), p. 327; but Anthony Bruce, An Illustrated Companion to the First World War (London: Michael Joseph, 1989) puts the total casualties at 950,000 for both sides.",
 [C(book("The Price of Glory", [P("Alistair", "Horne")], publisher="Macmillan", place="London", year=1962), "327"),
  C(book("An Illustrated Companion to the First World War", [P("Anthony", "Bruce")], publisher="Michael Joseph", place="London", year=1989))]),
(WWF, "1 These statistics have not stopped many commentators wrongly asserting that there were ‘60,000 dead’.",
 []),
(WWF, "2 Harris, Men, Ideas and Tanks, p. 67.",
 [C(sh([F("Harris")], "Men, Ideas and Tanks"), "67")]),
# --- First World War and the Russian Revolution: notes of Beckett, The Making of the First World War (whosread.com,
#     another book; British place-and-year imprints, `2 vols (London, 1980), I, pp. 218–19`, honorifics before names,
#     `(Princeton, NJ, 1980 and 1987)`, an editor's short form `Fuhrmann, ed., Wartime Correspondence`, an IWM photograph)
(BEC, "26. Alfred Brown was my great-uncle, and Fred, therefore, would have been my second cousin.",
 []),
(BEC, "1. IWM, Q81828.",
 []),
(BEC, "2. J. A. S. Grenville, A World History of the Twentieth Century, 1900–45, 2 vols (London, 1980), I, pp. 218–19.",
 [C(book("A World History of the Twentieth Century, 1900–45", [P("J. A. S.", "Grenville")], place="London", year=1980, volume="I", **{"number-of-volumes": "2"}), "218–19")]),
(BEC, "3. Major General Sir John Hanbury-Williams, The Emperor Nicholas II as I Knew Him (London, 1922), p. 15.",
 [C(book("The Emperor Nicholas II as I Knew Him", [P("John", "Hanbury-Williams")], place="London", year=1922), "15")]),
(BEC, "4. Sir George Buchanan, My Mission to Russia and Other Diplomatic Memories, 2 vols (London, 1923), II, p. 76.",
 [C(book("My Mission to Russia and Other Diplomatic Memories", [P("George", "Buchanan")], place="London", year=1923, volume="II", **{"number-of-volumes": "2"}), "76")]),
(BEC, "7. Joseph Fuhrmann, ed., The Complete Wartime Correspondence of Tsar Nicholas II and the Empress Alexandra, 1914–17 (Westport, CT, 1999), p. 676.",
 [C(book("The Complete Wartime Correspondence of Tsar Nicholas II and the Empress Alexandra, 1914–17", editor=[P("Joseph", "Fuhrmann")], place="Westport, CT", year=1999), "676")]),
(BEC, "10. Buchanan, Mission to Russia, II, p. 46.",
 [C(sh([F("Buchanan")], "Mission to Russia", volume="II"), "46")]),
(BEC, "14. Allan K. Wildman, The End of the Imperial Russian Army, 2 vols (Princeton, NJ, 1980 and 1987), I, pp. 106–07.",
 [C(book("The End of the Imperial Russian Army", [P("Allan K.", "Wildman")], place="Princeton, NJ", year={"date-parts": [[1980], [1987]]}, volume="I", **{"number-of-volumes": "2"}), "106–07")]),
(BEC, "19. Fuhrmann, ed., Wartime Correspondence, pp. 690–94, 698–702.",
 [C(sh(None, "Wartime Correspondence", editor=[F("Fuhrmann")]), "690–94, 698–702")]),
(BEC, "22. Mark Steinberg and Vladimir Khrustalëv, The Fall of the Romanovs (New Haven and London, CT, 1995), p. 81.",
 [C(book("The Fall of the Romanovs", [P("Mark", "Steinberg"), P("Vladimir", "Khrustalëv")], place="New Haven and London, CT", year=1995), "81")]),
# --- Chinese foreign relations: endnotes of Westad, Restless Empire (100-vampirenovels.net, another book; the number
#     and each italic title on lines of their own, as the page gives them, a word broken at a diacritic `Križani\nć\n`,
#     `Vol. 6, No. 3/4. (Dec. 1947): 75–92`, a prose note)
(WES, "10\n. Marcia Yonemoto,\nMapping Early Modern Japan: Space, Place, and Culture in the Tokugawa Period, 1603–1868\n(Berkeley: University of California Press, 2003).",
 [C(book("Mapping Early Modern Japan: Space, Place, and Culture in the Tokugawa Period, 1603–1868", [P("Marcia", "Yonemoto")], publisher="University of California Press", place="Berkeley", year=2003))]),
(WES, "11\n. Gerbillon and Pereira both spent most of their working lives in China, dying there in 1707 and 1708 respectively. On the Russian side, incidentally, the main advisers on China were the Croat Iurii Krizhanich (Juraj Križani\nć\n) and the German Gerhard Friedrich Müller; see Michael B. Petrovich, “Juraj Krizanic: A Precursor of Pan-Slavism (ca. 1618–83),”\nAmerican Slavic and East European Review\n, Vol. 6, No. 3/4. (Dec. 1947): 75–92; and L. Maier, “Gerhard Friedrich Müller’s memoranda on Russian relations with China and the reconquest of the Amur,”\nSlavic and East European Review\n, 59 (1981): 219–240.",
 [C(art("Juraj Krizanic: A Precursor of Pan-Slavism (ca. 1618–83)", [P("Michael B.", "Petrovich")], "American Slavic and East European Review", "6", "3/4", Y(1947, 12), page="75–92")),
  C(art("Gerhard Friedrich Müller’s memoranda on Russian relations with China and the reconquest of the Amur", [P("L.", "Maier")], "Slavic and East European Review", "59", year=1981, page="219–240"))]),
(WES, "12\n. Not just wanton destruction; a visit to the Sir Percival David galleries at the back of the British Museum in London, recently renovated through a donation from the Anglo-Chinese\nSir Joseph Hotung, shows that the British knew enough about imperial Chinese porcelain to steal it rather than destroy it.",
 []),
# --- African history of education: the reference list of an article in History of Education Quarterly as Cambridge Core
#     shows it (homsy-staging.cambridgecore.org, another article; inverted names, `no. 5–6 (Nov. 2007), 593–612`,
#     `CrossRefGoogle Scholar` glued to the note, a foreword (printed `forward to`) to a book of three authors)
(CED, "1 Omolewa, Michael, “Traditional African Modes of Education: Their Relevance in the Modern World,” International Review of Education 53, no. 5–6 (Nov. 2007), 593–612; Fafunwa, A. Babs, History of Education in Nigeria (London: George Allen and Unwin, 1974); and Ramirez, Francisco O. and Boli, John, “The Political Construction of Mass Schooling: European Origins and Worldwide Institutionalization,” Sociology of Education 60, no. 1 (Jan. 1987), 2–17.CrossRefGoogle Scholar",
 [C(art("Traditional African Modes of Education: Their Relevance in the Modern World", [P("Michael", "Omolewa")], "International Review of Education", "53", "5–6", Y(2007, 11), page="593–612")),
  C(book("History of Education in Nigeria", [P("A. Babs", "Fafunwa")], publisher="George Allen and Unwin", place="London", year=1974)),
  C(art("The Political Construction of Mass Schooling: European Origins and Worldwide Institutionalization", [P("Francisco O.", "Ramirez"), P("John", "Boli")], "Sociology of Education", "60", "1", Y(1987, 1), page="2–17"))]),
(CED, "2 Curtin, Philip, forward to Robinson, Ronald, Gallagher, John, and Denny, Alice, Africa and the Victorians: The Climax of Imperialism in the Dark Continent (London: Macmillan, 1992).Google Scholar",
 [C(chap("forward", [P("Philip", "Curtin")], "Africa and the Victorians: The Climax of Imperialism in the Dark Continent", publisher="Macmillan", place="London", year=1992, **{"container-author": [P("Ronald", "Robinson"), P("John", "Gallagher"), P("Alice", "Denny")]}))]),
# --- religious studies: Chicago endnotes of Chidester, Religion: Material Dynamics (zoboko.com, a chapter page holding
#     the notes; `introduction by …` after the title, `(1902; New York: Collier Books, 1961)`, a documentary film
#     `Moldy, directed by … (Bulletproof Films, 2015)`; the list indentation was not copied)
(ZOB, "1. William James, The Varieties of Religious Experience, introduction by Reinhold Niebuhr (1902; New York: Collier Books, 1961), 393.",
 [C(book("The Varieties of Religious Experience", [P("William", "James")], publisher="Collier Books", place="New York", year=1961, **{"original-date": Y(1902)}), "393")]),
(ZOB, "2. Peter Pomerantsev, Nothing Is True and Everything Is Possible: The Surreal Heart of the New Russia (New York: Public Affairs, 2014), 187.",
 [C(book("Nothing Is True and Everything Is Possible: The Surreal Heart of the New Russia", [P("Peter", "Pomerantsev")], publisher="Public Affairs", place="New York", year=2014), "187")]),
(ZOB, "3. Dave Asprey, Moldy, directed by Kee Kee Buckley and Eric Troyer (Bulletproof Films, 2015).",
 [C({"type": "motion_picture", "title": "Moldy", "author": [P("Dave", "Asprey")], "director": [P("Kee Kee", "Buckley"), P("Eric", "Troyer")], "publisher": "Bulletproof Films", "issued": Y(2015)})]),
(ZOB, "4. Jeremy Carrette and Richard King, Selling Spirituality: The Silent Takeover of Religion (London: Routledge, 2005).",
 [C(book("Selling Spirituality: The Silent Takeover of Religion", [P("Jeremy", "Carrette"), P("Richard", "King")], publisher="Routledge", place="London", year=2005))]),
(ZOB, "1. David Chidester, Empire of Religion: Imperialism and Comparative Religion (Chicago: University of Chicago Press, 2014).",
 [C(book("Empire of Religion: Imperialism and Comparative Religion", [P("David", "Chidester")], publisher="University of Chicago Press", place="Chicago", year=2014))]),
# --- Japanese history: footnotes of David Murray's Japan (1894) at the end of a page of the text (p-books.com; numbers
#     without a point, a translator with military rank and order `Colonel Henry Yule, C.B.`, `Second edition, London, 1875,
#     vol. ii., p. 235.`, an untitled paper cited by journal volume, a prose note)
(PBJ, "1 The Book of Ser Marco Polo, the Venetian; translated by Colonel Henry Yule, C.B. Second edition, London, 1875, vol. ii., p. 235.",
 [C(book("The Book of Ser Marco Polo, the Venetian", place="London", year=1875, volume="ii", edition="2", translator=[P("Henry", "Yule")]), "235")]),
(PBJ, "2 These islands belonged to Russia until 1875, when by a treaty they were ceded to Japan in exchange for the rights of possession which she held in the island of Saghalien.",
 []),
(PBJ, "3 E. M. Satow, Transactions of the Asiatic Society, vol. i., p. 30.",
 [C(art(None, [P("E. M.", "Satow")], "Transactions of the Asiatic Society", "i"), "30")]),
]
