# -*- coding: utf-8 -*-
# Twenty-eighth gathering (2026-11-25): 81 notes, all English, from the endnotes of history and humanities books, with
# 111 citations (34 of them short forms); 2 notes cite no work (an archival letter; a prose note in three paragraphs).
# Pages: 9 (9 books), none of them a `where` address of notes.jsonl or of any /work/gather/*.py (grepped by the
# distinctive part of each address before each page was taken and again before the file was closed, notes_twentyninth.py
# included). A docslib.org page of notes to a book on England and empire was first taken and then dropped: its notes
# were already in notes.jsonl under another docslib address (`/doc/390846/` for `/download/390846/`). Sites: erenow.net,
# trantor.is, issuhub.com, 100-vampirenovels.net (all used before, for other books). No more than 10 notes from one book.
# The gathering was short (about twenty-five minutes).
# Language: English only.
# Subjects: the British world-system 1830–1970 (Darwin), Churchill at the Admiralty 1939 (Manchester), the Victoria
# Cross and the air and sea war 1940–42, the American constitution and political history (Lepore), the
# uses of history in Britain and the Iraq war (History and national life / heritage), the Gilded Age, the regional cultures of North America (Woodard), colonial Virginia and New Netherland
# (short forms), Moorish Spain and biography (page-keyed notes).
# Pages and shapes:
#  - erenow (Darwin, The Empire Project, notes): British style without publishers, `(Everyman edn, 1910)` after `[1776]`,
#    `(new edn, 2002)`, `Economic History Review New Series, 6, 1 (1953), pp. 1–15`, `English Historical Review 112, 447
#    (1997)`, `(eds.)` with `‘Introduction’` after the year, a DPhil thesis `(Oxford, DPhil thesis, 2006)`, `2 vols.
#    (1993)`, prose around citations, an archival letter (not listed), `esp. pp. 471–2`.
#  - trantor (Lepore, These Truths): a newspaper by name and date only, a letter in a documentary edition (`James Madison
#    to William Eustis, July 6, 1819, in The Papers of James Madison, Retirement Series, ed. …, 12 vols. (…), 1:478–80`),
#    `[Philadelphia] Independent Gazetteer`, `(n.p.: The Friends of Freedom, 2008)`, `(hereafter PBF), online edition at
#    Franklinpapers.org`, `“An Enquiry … [1748],” Essays and Treatises …` (a work in a collection without `in`),
#    `New York Times [hereafter NYT]`.
#  - trantor (notes of a book on history and national life, Iraq): number glued to the name (`1.F. J. Moberly`), `vol. 1`
#    before the imprint, `1900– 1920` with a space, `quoted in`, a short title then `See also … ; and …`, a Foreword in an
#    edited book (`Christopher Andrew, Foreword to A. G. Hopkins (ed.) Globalization …`), the Guardian by date.
#  - trantor (the Gilded Age, source notes): online news with URLs (`CNN Money (August 18, 2016), http://…`), a site named
#    first (`Quote Investigator, “…,” http://…`), a book followed by a URL, an unclosed quote (`“Lifestyles of the Rich and
#    Famous (1984–), IMDb, http://…`), `the New York Times (February 9, 1859)` in prose, `Cited by T. J. Stiles in “…,”
#    History Now, https://…`.
#  - trantor (Manchester, The Last Lion, endnotes1): interview and archive sigla (`WM/Kathleen Hill, 11/4/80`, `CAB 100/1`,
#    `ChP 4/123`, `Hansard 9/6/39`; not listed), short titles (`Churchill, Storm, 410`), `Fraser, in Marchant, 81.`, a
#    chapter by a peer with his rank (`Admiral of the Fleet Lord Fraser of North Cape, “…,” in Sir James Marchant, ed.,
#    …`), newspapers by American numeric dates (`New York Sun 9/2/39; NYT 8/20/14, 9/4/39.`), `English Historical Review,
#    Supplement 5 (Aberdeen, 1972), 2`, `(mimeographed by British Admiralty, London, 1947)`.
#  - issuhub (Awarded for Valour, notes page 261; PDF text): no space between comma and title (`Harris,Bomber Offensive`)
#    or between title and parenthesis (`1939–1945(Aldershot: Navy\n    Records Society, 1997)`), line breaks with the
#    page's indentation inside notes, `ed.,The Defeat …`, prose between citations, `‘Bomber’ Harris` as a short title,
#    `Anapolis, MD` (typo kept), `Houghton Miflin` (typo kept).
#  - 100-vampirenovels (Woodard, American Nations; PDF text with line breaks around italic titles and mojibake dashes
#    `â`): `Social Forces\n, December 1949, pp. 133â138.`, author–date short forms (`Mann (2005), pp. 140â141`),
#    `[1598], London: William Prynne, 1659`, `Vol. 1` inside the title, an online handbook entry with a URL broken over
#    two lines, a short form `Mann, pp. 102â103`.
#  - trantor (a history of America's founders, endnotes in short form): `Van Schreeven and Reese, 251.`, `Brookhiser,
#    “Jamestown,” 49–50.`, `See Horn, 121–154; Billings, 8–9.`, `Burrow and Wallace, 43.`, a prose note over three
#    indented paragraphs.
#  - trantor (a book of biographies, page-keyed notes): `IX “…”: Merle Miller, Plain Speaking: … . (New York: …, 1974.)`
#    (imprint inside the parentheses with the point), `foreword to Resolute: …, by Martin W. Sandler.`, `as quoted in Yusef
#    Ali, “…,” in “Golden Age of the Moor,” ed. Ivan Van Sertima, Journal of African Civilizations 11 (1991).`, a French
#    title with its English translation in brackets.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - `(Everyman edn, 1910)` gives `edition` "Everyman"; `[1776]` after a title, `[1598]` after a title and `[1748]` inside
#    a quoted title give `original-date` (the title is given without the bracket); `first issued 1945` gives
#    `original-date` too.
#  - `Economic History Review New Series, 6, 1 (1953)`: container "Economic History Review", `collection-title` "New
#    Series", volume 6, issue 1.
#  - `(Oxford, DPhil thesis, 2006)` is a `thesis` with genre "DPhil thesis" and publisher "Oxford" (the place stands for
#    the university, as printed).
#  - `The British World … (2003), ‘Introduction’, for …` lists the book (editors) alone; the ‘Introduction’ named after
#    the year is not a page and is not kept.
#  - A letter cited from a documentary edition is the edition as a `book` (the twenty-third's rule); `The Papers of James
#    Madison, Retirement Series` is one title; `12 vols.` gives `number-of-volumes`, `1:478–80` gives `volume` "1" and
#    locator "478–80" (likewise `3 vols. …, 2:588`).
#  - `[Philadelphia] Independent Gazetteer`: container "Independent Gazetteer", `publisher-place` "Philadelphia".
#  - `“Observations on Reading History,” May 9, 1731, in The Papers of Benjamin Franklin (hereafter PBF), online edition at
#    Franklinpapers.org` is a `chapter` of the Papers with the date as `issued`; `(hereafter PBF)` and the site name are not
#    kept. `“An Enquiry … [1748],” Essays and Treatises on Various Subjects (Boston: …)` is a `chapter` of that book.
#  - `(n.p.: The Friends of Freedom, 2008)`: publisher only, no place.
#  - Online news and sites (`CNN Money`, `NBC News Chicago`, `IMDb`) are `webpage`s with the site as `container-title`
#    and the URL; `Quote Investigator, “…,” http://…` names the site first: container "Quote Investigator", no author.
#    `New York Review of Books (May 8, 2014), http://…` is a magazine article with URL. A URL printed after a book's
#    imprint is kept as the book's `URL`. `History Now` (an online journal of the Gilder Lehrman Institute) is an
#    `article-journal` with URL. A URL broken over two lines is joined without the line break.
#  - `the New York Times (February 9, 1859)` named in prose is an untitled `article-newspaper`.
#  - `quoted in` / `as quoted in`: only the work quoted from is listed (the speaker is not a citation).
#  - A Foreword or foreword by a named writer in another's book is a `chapter` titled as printed (`Foreword`, `foreword`)
#    with that writer as author (the twenty-seventh's preface rule); `by Martin W. Sandler` gives `container-author`.
#  - `in “Golden Age of the Moor,” ed. Ivan Van Sertima, Journal of African Civilizations 11 (1991)`: an
#    `article-journal` whose special issue title is `volume-title` and its editor `editor`.
#  - `Islam d’Espagne: … [Islamic Spain: A Meeting of East and West]`: the bracketed translation is not kept in the title
#    (CSL has no field for it that the set uses).
#  - Page-keyed notes (`IX “…”: …`, `1 “…”: …`): the leading text page is not a locator.
#  - Author–date short forms (`Mann (2005), pp. 140â141`) give a short form with `issued`; locators keep the PDF's mojibake
#    dash as printed (`140â141`), as the earlier sets keep lost dashes.
#  - `Fraser, in Marchant, 81.` (a chapter cited short by its author and the editor of the book) is a short form with
#    author Fraser and `editor` Marchant. Ranks, honorifics and `Sir` are not part of names (`Admiral of the Fleet Lord
#    Fraser of North Cape` → family "Fraser"; `Sir James Marchant`, `Sir John Colville`).
#  - `New York Sun 9/2/39; NYT 8/20/14, 9/4/39.`: one untitled `article-newspaper` per issue cited (three), the dates read
#    month/day/year as the American book prints them, the paper's name as printed (`NYT`).
#  - `English Historical Review, Supplement 5 (Aberdeen, 1972), 2`: `issue` "Supplement 5", `publisher-place` "Aberdeen".
#  - `(mimeographed by British Admiralty, London, 1947)`: publisher "British Admiralty"; a book without author.
#  - Line breaks inside a note are kept with the indentation the stored page gives them; the list indentation before the
#    note number is not kept. A publisher or title broken over two lines is joined with a space in the record.
# Doubtful: the Woodard notes, whose mojibake dashes (`133â138`) may hide control characters the stored text has and
# this copy lacks; `Lord Fraser of North Cape` given family "Fraser" only (rank and title dropped); `Fraser, in Marchant`
# as a short form with Marchant as editor; `NYT 8/20/14, 9/4/39` as two newspaper citations; the Darwin `Everyman` edition; `New Series` as collection-title; the Papers of James Madison title with its
# series; the Franklin essay as a chapter dated 1731; the Sahadi and Werner pieces as webpages (they are news stories);
# Quote Investigator as a container; the Woodard mojibake dashes kept in locators.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


def web(title, author, container, year=None, url=None, **kw):
    g = {"type": "webpage"}
    if title: g["title"] = title
    if author: g["author"] = author
    if container: g["container-title"] = container
    if year: g["issued"] = year if isinstance(year, dict) else Y(year)
    if url: g["URL"] = url
    g.update(kw); return g


DAR = "https://erenow.net/modern/the-rise-fall-of-british-world-system-1830-1970/17.php"
LEP = "https://trantor.is/content/pnkkp5vQPzEkWOQS/xhtml/Notes.xhtml"
HUN = "https://trantor.is/content/F6WgfVm9zceN4bWk/18_endnote-title.html"
GIL = "https://trantor.is/content/YaEqXeLeL0ZcTei4/Text/9781454925767_epub_nts_r1.xhtml"
WOO = "http://100-vampirenovels.net/pdf-novels/colin-woodard-by-american-nations-a-history-of-the-eleven-rival-regional-cultures-of-north-america-free/50-page"
BRO = "https://trantor.is/content/k5ViIjaWSjUkP84D/endnotes.xhtml"
MOO = "https://trantor.is/content/tv6tqV73Klsoj5oS/notes.html"
MAN = "https://trantor.is/content/oG_SOQQ-rQtlpFlo/endnotes1.html"
AFV = "https://issuhub.com/view/index/24713?pageIndex=270"

GALL = [P("J.", "Gallagher")]
MANN = [F("Mann")]
TAYLOR = [F("Taylor")]
WEBER = [F("Weber")]
VSR = [F("Van Schreeven"), F("Reese")]
VANS = [P("Ivan", "Van Sertima")]
ALI = art("The Music of the Moors in Spain", [P("Yusef", "Ali")], "Journal of African Civilizations", "11", year=1991,
          editor=VANS, **{"volume-title": "Golden Age of the Moor"})

TWENTYEIGHTH = [
# --- Darwin, The Empire Project (erenow.net), notes to the preface and introduction
(DAR, "1. A. Smith, The Wealth of Nations [1776] (Everyman edn, 1910), p. 430.",
 [C(book("The Wealth of Nations", [P("A.", "Smith")], year=1910, edition="Everyman", **{"original-date": Y(1776)}), "430")]),
(DAR, "2. J. A. Gallagher, The Decline, Revival and Fall of the British Empire (Cambridge, 1982), p. 73.",
 [C(book("The Decline, Revival and Fall of the British Empire", [P("J. A.", "Gallagher")], place="Cambridge", year=1982), "73")]),
(DAR, "3. J. Gallagher and R. Robinson, ‘The Imperialism of Free Trade’, Economic History Review New Series, 6, 1 (1953), pp. 1–15.",
 [C(art("The Imperialism of Free Trade", [P("J.", "Gallagher"), P("R.", "Robinson")], "Economic History Review", "6", "1", 1953, "1–15", **{"collection-title": "New Series"}))]),
(DAR, "4. P. Cain and A. G. Hopkins, British Imperialism 1688–2000 (new edn, 2002); J. Darwin, ‘Imperialism and the Victorians’, English Historical Review 112, 447 (1997), p. 616.",
 [C(book("British Imperialism 1688–2000", [P("P.", "Cain"), P("A. G.", "Hopkins")], year=2002, edition="new")),
  C(art("Imperialism and the Victorians", [P("J.", "Darwin")], "English Historical Review", "112", "447", 1997), "616")]),
(DAR, "5. See C. Bridge and K. Fedorowich (eds.), The British World: Diaspora, Culture and Identity (2003), ‘Introduction’, for an excellent statement of this.",
 [C(book("The British World: Diaspora, Culture and Identity", editor=[P("C.", "Bridge"), P("K.", "Fedorowich")], year=2003))]),
(DAR, "1. For an authoritative account of early usage of the term, see A. Parchami, ‘The Pax Romana, Britannica and Americana: A Conceptual and Historiographical Study’ (Oxford, DPhil thesis, 2006).",
 [C(thesis("The Pax Romana, Britannica and Americana: A Conceptual and Historiographical Study", [P("A.", "Parchami")], "DPhil thesis", publisher="Oxford", year=2006))]),
(DAR, "2. The classical account of this process is P. J. Cain and A. G. Hopkins, British Imperialism, 2 vols. (1993). For the emphasis on the speculative and often fraudulent dimension of the City's foreign investment, see I. R. Phimister, ‘Corners and Company-Mongering: Nigerian Tin and the City of London’, Journal of Imperial and Commonwealth History, 28 (2000), 23.",
 [C(book("British Imperialism", [P("P. J.", "Cain"), P("A. G.", "Hopkins")], year=1993, **{"number-of-volumes": "2"})),
  C(art("Corners and Company-Mongering: Nigerian Tin and the City of London", [P("I. R.", "Phimister")], "Journal of Imperial and Commonwealth History", "28", year=2000), "23")]),
(DAR, "5. For the ‘Black Indies’, see W. S. Jevons, The Coal Question: An Inquiry Concerning the Progress of the Nation, and the Probable Exhaustion of Our Coal Mines (1865).",
 [C(book("The Coal Question: An Inquiry Concerning the Progress of the Nation, and the Probable Exhaustion of Our Coal Mines", [P("W. S.", "Jevons")], year=1865))]),
(DAR, "7. University of Texas at Austin, Harry Ransome Center for the Humanities, J. L. Garvin Papers: Milner to J. L. Garvin, 27 May 1917.",
 []),
(DAR, "8. For the most influential exposition of this, see R. Robinson and J. Gallagher, Africa and the Victorians (1961), esp. pp. 471–2.",
 [C(book("Africa and the Victorians", [P("R.", "Robinson"), P("J.", "Gallagher")], year=1961), "471–2")]),

# --- Lepore, These Truths (trantor.is), notes to the introduction
(LEP, "1. New-York Packet, October 30, 1787.",
 [C(paper(None, None, "New-York Packet", Y(1787, 10, 30)))]),
(LEP, "2. September 12, 1787, The Records of the Federal Convention of 1787, ed. Max Farrand, 3 vols. (New Haven, CT: Yale University Press, 1911), 2:588.",
 [C(book("The Records of the Federal Convention of 1787", editor=[P("Max", "Farrand")], publisher="Yale University Press", place="New Haven, CT", year=1911, volume="2", **{"number-of-volumes": "3"}), "588")]),
(LEP, "3. “An Old Whig IV,” [Philadelphia] Independent Gazetteer, October 27, 1787.",
 [C(paper("An Old Whig IV", None, "Independent Gazetteer", Y(1787, 10, 27), **{"publisher-place": "Philadelphia"}))]),
(LEP, "4. James Madison to William Eustis, July 6, 1819, in The Papers of James Madison, Retirement Series, ed. David B. Mattern, J. C. A. Stagg, Mary Parke Johnson, and Anne Mandeville Colony, 12 vols. (Charlottesville: University of Virginia Press, 2009), 1:478–80.",
 [C(book("The Papers of James Madison, Retirement Series", editor=[P("David B.", "Mattern"), P("J. C. A.", "Stagg"), P("Mary Parke", "Johnson"), P("Anne Mandeville", "Colony")], publisher="University of Virginia Press", place="Charlottesville", year=2009, volume="1", **{"number-of-volumes": "12"}), "478–80")]),
(LEP, "7. Michael Holler, The Constitution Made Easy (n.p.: The Friends of Freedom, 2008).",
 [C(book("The Constitution Made Easy", [P("Michael", "Holler")], publisher="The Friends of Freedom", year=2008))]),
(LEP, "8. Benjamin Franklin, “Observations on Reading History,” May 9, 1731, in The Papers of Benjamin Franklin (hereafter PBF), online edition at Franklinpapers.org.",
 [C(chap("Observations on Reading History", [P("Benjamin", "Franklin")], "The Papers of Benjamin Franklin", year=Y(1731, 5, 9)))]),
(LEP, "9. David Hume, “An Enquiry Concerning Human Understanding [1748],” Essays and Treatises on Various Subjects (Boston: J. P. Mendum, 1868), 54.",
 [C(chap("An Enquiry Concerning Human Understanding", [P("David", "Hume")], "Essays and Treatises on Various Subjects", publisher="J. P. Mendum", place="Boston", year=1868, **{"original-date": Y(1748)}), "54")]),
(LEP, "10. For example, Ross Douthat, “Who Are We?,” New York Times [hereafter NYT], February 4, 2017.",
 [C(paper("Who Are We?", [P("Ross", "Douthat")], "New York Times", Y(2017, 2, 4)))]),

# --- a book on history and national life (trantor.is), prologue and chapter 1 notes
(HUN, "1.F. J. Moberly, The Campaign in Mesopotamia, 1914–1918, vol. 1 (London: H. M. Stationery Office, 1923).",
 [C(book("The Campaign in Mesopotamia, 1914–1918", [P("F. J.", "Moberly")], publisher="H. M. Stationery Office", place="London", year=1923, volume="1"))]),
(HUN, "2.Marian Kent, Oil and Empire: British Policy and Mesopotamian Oil, 1900– 1920 (London: Macmillan, 1976), p. 157.",
 [C(book("Oil and Empire: British Policy and Mesopotamian Oil, 1900– 1920", [P("Marian", "Kent")], publisher="Macmillan", place="London", year=1976), "157")]),
(HUN, "3.L. S. Amery, quoted in Peter Sluglett, Britain in Iraq, 1914–1932 (London: Macmillan, 1976), p. 270.",
 [C(book("Britain in Iraq, 1914–1932", [P("Peter", "Sluglett")], publisher="Macmillan", place="London", year=1976), "270")]),
(HUN, "4.Sluglett, Britain in Iraq. See also Charles Tripp, A History of Iraq (Cambridge: Cambridge University Press, 2000); and Toby Dodge, Inventing Iraq: The Failure of Nation Building and a History Denied (New York: Columbia University Press, 2003).",
 [C(short([F("Sluglett")], "Britain in Iraq")),
  C(book("A History of Iraq", [P("Charles", "Tripp")], publisher="Cambridge University Press", place="Cambridge", year=2000)),
  C(book("Inventing Iraq: The Failure of Nation Building and a History Denied", [P("Toby", "Dodge")], publisher="Columbia University Press", place="New York", year=2003))]),
(HUN, "5.See, for example, ‘Blast From the Past’, The Guardian, 19 February 2003.",
 [C(paper("Blast From the Past", None, "The Guardian", Y(2003, 2, 19)))]),
(HUN, "2.Christopher Andrew, Foreword to A. G. Hopkins (ed.) Globalization in World History (London: Pimlico, 2002), p. vii.",
 [C(chap("Foreword", [P("Christopher", "Andrew")], "Globalization in World History", editor=[P("A. G.", "Hopkins")], publisher="Pimlico", place="London", year=2002), "vii")]),
(HUN, "4.G. R. Elton, Return to Essentials (Cambridge: Cambridge University Press, 1991), p. 8; and Peter Mandler, History and National Life (London: Profile, 2002), p. 146.",
 [C(book("Return to Essentials", [P("G. R.", "Elton")], publisher="Cambridge University Press", place="Cambridge", year=1991), "8"),
  C(book("History and National Life", [P("Peter", "Mandler")], publisher="Profile", place="London", year=2002), "146")]),
(HUN, "7.Eric Hobsbawm, The Age of Extremes: The Short Twentieth Century, 1914– 91 (London: Michael Joseph, 1994), p. 3.",
 [C(book("The Age of Extremes: The Short Twentieth Century, 1914– 91", [P("Eric", "Hobsbawm")], publisher="Michael Joseph", place="London", year=1994), "3")]),
(HUN, "8.Raphael Samuel, ‘Back to the Future for the Left’, The Guardian, 18 April 1992.",
 [C(paper("Back to the Future for the Left", [P("Raphael", "Samuel")], "The Guardian", Y(1992, 4, 18)))]),
(HUN, "10.The classic critiques are Patrick Wright, On Living in an Old Country (London: Verso, 1985) and Robert Hewison, The Heritage Industry: Britain in a Climate of Decline (London: Methuen, 1987).",
 [C(book("On Living in an Old Country", [P("Patrick", "Wright")], publisher="Verso", place="London", year=1985)),
  C(book("The Heritage Industry: Britain in a Climate of Decline", [P("Robert", "Hewison")], publisher="Methuen", place="London", year=1987))]),

# --- a book on the Gilded Age (trantor.is), source notes to the introduction
(GIL, "1. Henry Demarest Lloyd, Wealth Against Commonwealth (New York: Harper & Brothers, 1899), 496.",
 [C(book("Wealth Against Commonwealth", [P("Henry Demarest", "Lloyd")], publisher="Harper & Brothers", place="New York", year=1899), "496")]),
(GIL, "2. Janette Thomas Greenwood, The Gilded Age: A History in Documents (New York: Oxford University Press, 2000), 25; Jeanne Sahadi, “The Richest 10% Hold 76% of the Wealth,” CNN Money (August 18, 2016), http://money.cnn.com/2016/08/18/pf/wealth-inequality/; Quote Investigator, “History Does Not Repeat Itself, But It Rhymes,” http://quoteinvestigator.com/2014/01/12/history-rhymes/.",
 [C(book("The Gilded Age: A History in Documents", [P("Janette Thomas", "Greenwood")], publisher="Oxford University Press", place="New York", year=2000), "25"),
  C(web("The Richest 10% Hold 76% of the Wealth", [P("Jeanne", "Sahadi")], "CNN Money", Y(2016, 8, 18), "http://money.cnn.com/2016/08/18/pf/wealth-inequality/")),
  C(web("History Does Not Repeat Itself, But It Rhymes", None, "Quote Investigator", None, "http://quoteinvestigator.com/2014/01/12/history-rhymes/"))]),
(GIL, "3. Erica Werner, “Harry Reid Warns of ‘New Gilded Age’ in Senate Farewell Speech,” NBC News Chicago (December 8, 2016), http://www.nbcchicago.com/news/politics/Harry-Reid-Bids-Farewell-to-Senate-After-30-Years-405491516.html.",
 [C(web("Harry Reid Warns of ‘New Gilded Age’ in Senate Farewell Speech", [P("Erica", "Werner")], "NBC News Chicago", Y(2016, 12, 8), "http://www.nbcchicago.com/news/politics/Harry-Reid-Bids-Farewell-to-Senate-After-30-Years-405491516.html"))]),
(GIL, "4. Paul Krugman, “Why We’re in a New Gilded Age,” New York Review of Books (May 8, 2014), http://www.nybooks.com/articles/2014/05/08/thomas-piketty-new-gilded-age/; Thomas Piketty, Capital in the Twenty-First Century (Cambridge, MA: Harvard University Press, 2014), http://www.nybooks.com/articles/2014/05/08/thomas-piketty-new-gilded-age/.",
 [C(mag("Why We’re in a New Gilded Age", [P("Paul", "Krugman")], "New York Review of Books", Y(2014, 5, 8), URL="http://www.nybooks.com/articles/2014/05/08/thomas-piketty-new-gilded-age/")),
  C(book("Capital in the Twenty-First Century", [P("Thomas", "Piketty")], publisher="Harvard University Press", place="Cambridge, MA", year=2014, URL="http://www.nybooks.com/articles/2014/05/08/thomas-piketty-new-gilded-age/"))]),
(GIL, "5. William Safire, Safire’s Political Dictionary (New York: Oxford University Press, 2008), 237.",
 [C(book("Safire’s Political Dictionary", [P("William", "Safire")], publisher="Oxford University Press", place="New York", year=2008), "237")]),
(GIL, "6. “Lifestyles of the Rich and Famous (1984–), IMDb, http://www.imdb.com/title/tt0086750/.",
 [C(web("Lifestyles of the Rich and Famous (1984–)", None, "IMDb", None, "http://www.imdb.com/title/tt0086750/"))]),
(GIL, "7. The term “robber baron” first appeared in the New York Times (February 9, 1859) to describe Cornelius Vanderbilt. Cited by T. J. Stiles in “Robber Barons or Captains of Industry,” History Now, https://www.gilderlehrman.org/history-by-era/gilded-age/essays/robber-barons-or-captains-industry.",
 [C(paper(None, None, "New York Times", Y(1859, 2, 9))),
  C(art("Robber Barons or Captains of Industry", [P("T. J.", "Stiles")], "History Now", URL="https://www.gilderlehrman.org/history-by-era/gilded-age/essays/robber-barons-or-captains-industry"))]),

# --- Woodard, American Nations (100-vampirenovels.net, PDF text: line breaks around italic titles, mojibake dashes)
(WOO, "11\nSerge Schmemann, “The New French President's Roots Are Worth Remembering,”\nNew York Times\n, 15 May 2007.",
 [C(paper("The New French President's Roots Are Worth Remembering", [P("Serge", "Schmemann")], "New York Times", Y(2007, 5, 15)))]),
(WOO, "1\nJohn H. Burns, “The Present Status of the Spanish-Americans of New Mexico,”\nSocial Forces\n, December 1949, pp. 133â138.",
 [C(art("The Present Status of the Spanish-Americans of New Mexico", [P("John H.", "Burns")], "Social Forces", year=Y(1949, 12)), "133â138")]),
(WOO, "2\nCharles C. Mann,\n1491: New Revelations of the Americas Before Columbus\n, New York: Knopf, 2005, pp. 102â103.",
 [C(book("1491: New Revelations of the Americas Before Columbus", [P("Charles C.", "Mann")], publisher="Knopf", place="New York", year=2005), "102â103")]),
(WOO, "3\nAlan Taylor,\nAmerican Colonies: The Settling of North America\n, New York: Penguin, 2001, p. 53â54; Mann, pp. 102â103.",
 [C(book("American Colonies: The Settling of North America", [P("Alan", "Taylor")], publisher="Penguin", place="New York", year=2001), "53â54"),
  C(short(MANN), "102â103")]),
(WOO, "4\nMann (2005), pp. 140â141; Taylor (2001), p. 57.",
 [C(sh(MANN, issued=Y(2005)), "140â141"), C(sh(TAYLOR, issued=Y(2001)), "57")]),
(WOO, "5\nThomas Campanella,\nA Discourse Touching the Spanish Monarchy\n[1598], London: William Prynne, 1659, pp. 9, 223.",
 [C(book("A Discourse Touching the Spanish Monarchy", [P("Thomas", "Campanella")], publisher="William Prynne", place="London", year=1659, **{"original-date": Y(1598)}), "9, 223")]),
(WOO, "6\nDavid J. Weber,\nThe Mexican Frontier, 1821â1846\n, Albuquerque: University of New Mexico Press, 1982, p. 232; David J. Weber,\nThe Spanish Frontier in North America\n, New Haven, CT: Yale University Press, 1992, p. 322.",
 [C(book("The Mexican Frontier, 1821â1846", [P("David J.", "Weber")], publisher="University of New Mexico Press", place="Albuquerque", year=1982), "232"),
  C(book("The Spanish Frontier in North America", [P("David J.", "Weber")], publisher="Yale University Press", place="New Haven, CT", year=1992), "322")]),
(WOO, "7\nTaylor (2001), pp. 460â461; Weber (1992), pp. 306â308; Weber (1982), pp. 45â46.",
 [C(sh(TAYLOR, issued=Y(2001)), "460â461"), C(sh(WEBER, issued=Y(1992)), "306â308"), C(sh(WEBER, issued=Y(1982)), "45â46")]),
(WOO, "9\nJames D. Kornwolf and Georgiana Kornwolf,\nArchitecture and Town Planning in Colonial North America, Vol. 1\n, Baltimore: Johns Hopkins University, 2002, pp. 122, 140; Robert E. Wright, “Spanish Missions,” in\nHandbook of Texas Online\nat\nhttp://www.tshaonline.org/handbook/online/\narticles/SS/its2.html.",
 [C(book("Architecture and Town Planning in Colonial North America", [P("James D.", "Kornwolf"), P("Georgiana", "Kornwolf")], publisher="Johns Hopkins University", place="Baltimore", year=2002, volume="1"), "122, 140"),
  C({"type": "entry-encyclopedia", "title": "Spanish Missions", "author": [P("Robert E.", "Wright")], "container-title": "Handbook of Texas Online", "URL": "http://www.tshaonline.org/handbook/online/articles/SS/its2.html"})]),
(WOO, "12\nWeber (1982), pp. 123â124, 279.",
 [C(sh(WEBER, issued=Y(1982)), "123â124, 279")]),

# --- a history of America's founders (trantor.is), endnotes in short form
(BRO, "2. Before the development of modern nations, people gave their loyalties to entities that were larger (empires) or smaller (Let ’em all go to hell, except Cave 76). But the principle of belonging to a geographic political body was the same.\n       The only competing form of loyalty to nationalism and its analogues is religion—Christianity, Islam, Communism—but as a practical matter, politically incarnate religions break up into more tractable units.\n       Much ink is spilled over the distinction between nationalism and patriotism. Those who insist that there is a real distinction generally prefer patriotism, which seems to mean nationalism they like, while nationalism means patriotism they dislike.",
 []),
(BRO, "3. William Hamilton, 6.",
 [C(short([P("William", "Hamilton")]), "6")]),
(BRO, "5. Widmer, American Speeches: Revolution, 20–21.",
 [C(short([F("Widmer")], "American Speeches: Revolution"), "20–21")]),
(BRO, "2. Brookhiser, “Jamestown,” 49–50.",
 [C(short([F("Brookhiser")], "Jamestown"), "49–50")]),
(BRO, "5. See Horn, 121–154; Billings, 8–9.",
 [C(short([F("Horn")]), "121–154"), C(short([F("Billings")]), "8–9")]),
(BRO, "7. Van Schreeven and Reese, 251.",
 [C(short(VSR), "251")]),
(BRO, "10. See Fischer, 354–360; Brogan, 40–48.",
 [C(short([F("Fischer")]), "354–360"), C(short([F("Brogan")]), "40–48")]),
(BRO, "25. Billings, 215, 227–228.",
 [C(short([F("Billings")]), "215, 227–228")]),
(BRO, "1. See Shorto, 49–58.",
 [C(short([F("Shorto")]), "49–58")]),
(BRO, "3. Burrow and Wallace, 43.",
 [C(short([F("Burrow"), F("Wallace")]), "43")]),

# --- a book of biographies (trantor.is), page-keyed notes led by a quotation
(MOO, "IX “The only thing new in the world”: Merle Miller, Plain Speaking: An Oral Biography of Harry S Truman. (New York: Berkley Publishing, 1974.)",
 [C(book("Plain Speaking: An Oral Biography of Harry S Truman", [P("Merle", "Miller")], publisher="Berkley Publishing", place="New York", year=1974))]),
(MOO, "IX “history can only live if one recovers”: Russell Potter, foreword to Resolute: The Epic Search for the Northwest Passage and John Franklin, and the Discovery of the Queen’s Ghost Ship, by Martin W. Sandler. (New York: Sterling Publishing Co., Inc., 2006.)",
 [C(chap("foreword", [P("Russell", "Potter")], "Resolute: The Epic Search for the Northwest Passage and John Franklin, and the Discovery of the Queen’s Ghost Ship", publisher="Sterling Publishing Co., Inc.", place="New York", year=2006, **{"container-author": [P("Martin W.", "Sandler")]}))]),
(MOO, "1 “There never was, either before or after him”: Ahmad ibn Muhammad al-Makkari, as quoted in Yusef Ali, “The Music of the Moors in Spain,” in “Golden Age of the Moor,” ed. Ivan Van Sertima, Journal of African Civilizations 11 (1991).",
 [C(ALI)]),
(MOO, "1 “undoubtedly one person alone cannot change”: Henri Terrasse, Islam d’Espagne: Une rencontre de l’Orient et de l’Occident [Islamic Spain: A Meeting of East and West] (Paris: Plon, 1958).",
 [C(book("Islam d’Espagne: Une rencontre de l’Orient et de l’Occident", [P("Henri", "Terrasse")], publisher="Plon", place="Paris", year=1958))]),
(MOO, "2 Ziryab’s rise from slavery to extraordinary fame: Jan Carew, “Moorish Culture-Bringers: Bearers of Enlightenment,” in “Golden Age of the Moor,” ed. Ivan Van Sertima, Journal of African Civilizations 11 (1991).",
 [C(art("Moorish Culture-Bringers: Bearers of Enlightenment", [P("Jan", "Carew")], "Journal of African Civilizations", "11", year=1991, editor=VANS, **{"volume-title": "Golden Age of the Moor"}))]),
(MOO, "7 “answered to the four elementary principles of the body”: Titus Burckhardt, Moorish Culture in Spain (New York: McGraw-Hill, 1972).",
 [C(book("Moorish Culture in Spain", [P("Titus", "Burckhardt")], publisher="McGraw-Hill", place="New York", year=1972))]),
# --- Manchester, The Last Lion (trantor.is), endnotes with archival sigla and short forms
(MAN, "1. WM/Kathleen Hill, 11/4/80; Winston S. Churchill, The Gathering Storm (Boston, 1948), 409–410.",
 [C(book("The Gathering Storm", [P("Winston S.", "Churchill")], place="Boston", year=1948), "409–410")]),
(MAN, "2. Churchill, Storm, 410; CAB 100/1; Admiral of the Fleet Lord Fraser of North Cape, “Churchill and the Navy,” in Sir James Marchant, ed., Winston Spencer Churchill: Servant of Crown and Commonwealth (London, 1954), 78–79; Jonn Higham recollections in conversation with Martin Gilbert, 3/1/82.",
 [C(short([F("Churchill")], "Storm"), "410"),
  C(chap("Churchill and the Navy", [F("Fraser")], "Winston Spencer Churchill: Servant of Crown and Commonwealth", editor=[P("James", "Marchant")], place="London", year=1954), "78–79")]),
(MAN, "4. Fraser, in Marchant, 81.",
 [C(sh([F("Fraser")], None, editor=[F("Marchant")]), "81")]),
(MAN, "6. Sir John Colville, The Churchillians (London, 1981), 88.",
 [C(book("The Churchillians", [P("John", "Colville")], place="London", year=1981), "88")]),
(MAN, "8. Francis L. Loewenheim, Harold D. Langley, and Manfred Jonas, eds., Roosevelt and Churchill: Their Secret Wartime Correspondence (New York, 1975), 5.",
 [C(book("Roosevelt and Churchill: Their Secret Wartime Correspondence", editor=[P("Francis L.", "Loewenheim"), P("Harold D.", "Langley"), P("Manfred", "Jonas")], place="New York", year=1975), "5")]),
(MAN, "9. New York Sun 9/2/39; NYT 8/20/14, 9/4/39.",
 [C(paper(None, None, "New York Sun", Y(1939, 9, 2))),
  C(paper(None, None, "NYT", Y(1914, 8, 20))),
  C(paper(None, None, "NYT", Y(1939, 9, 4)))]),
(MAN, "13. Churchill, Storm, 421; WM/Lady Soames, 10/9/80; Mary Soames, Clementine Churchill: The Biography of a Marriage (Boston, 1979), 372.",
 [C(short([F("Churchill")], "Storm"), "421"),
  C(book("Clementine Churchill: The Biography of a Marriage", [P("Mary", "Soames")], place="Boston", year=1979), "372")]),
(MAN, "19. Churchill, Storm, 411; Fraser, in Marchant, 79–80; Arthur Marder, “Winston Is Back: Churchill at the Admiralty,” English Historical Review, Supplement 5 (Aberdeen, 1972), 2; Marder, Dardanelles, 106–107.",
 [C(short([F("Churchill")], "Storm"), "411"),
  C(sh([F("Fraser")], None, editor=[F("Marchant")]), "79–80"),
  C(art("Winston Is Back: Churchill at the Admiralty", [P("Arthur", "Marder")], "English Historical Review", issue="Supplement 5", year=1972, **{"publisher-place": "Aberdeen"}), "2"),
  C(short([F("Marder")], "Dardanelles"), "106–107")]),
(MAN, "22. Charles Eade, ed., Churchill by His Contemporaries (New York, 1954), 121; Fraser, in Marchant, 78–80.",
 [C(book("Churchill by His Contemporaries", editor=[P("Charles", "Eade")], place="New York", year=1954), "121"),
  C(sh([F("Fraser")], None, editor=[F("Marchant")]), "78–80")]),
(MAN, "23. Führer’s Conferences on Naval Affairs, 1939 (mimeographed by British Admiralty, London, 1947), 13–14.",
 [C(book("Führer’s Conferences on Naval Affairs, 1939", publisher="British Admiralty", place="London", year=1947), "13–14")]),

# --- Awarded for Valour (issuhub.com, PDF text: no space after the comma before a title, line breaks kept)
(AFV, "1. Harris,Bomber Offensive, 43–4.",
 [C(short([F("Harris")], "Bomber Offensive"), "43–4")]),
(AFV, "3. Richards,The Hardest Victory, 89.",
 [C(short([F("Richards")], "The Hardest Victory"), "89")]),
(AFV, "5. Eric J. Grove, ed.,The Defeat of the Enemy Attack on Shipping, 1939–1945(Aldershot: Navy\n    Records Society, 1997), 221, 224.",
 [C(book("The Defeat of the Enemy Attack on Shipping, 1939–1945", editor=[P("Eric J.", "Grove")], publisher="Navy Records Society", place="Aldershot", year=1997), "221, 224")]),
(AFV, "7. Winston Spencer Churchill,The Grand Alliance(Boston: Houghton Miflin, 1948), 123–6.",
 [C(book("The Grand Alliance", [P("Winston Spencer", "Churchill")], publisher="Houghton Miflin", place="Boston", year=1948), "123–6")]),
(AFV, "8. Grove,Defeat of the Enemy Attack on Shipping, 38–9. For the war as a whole surface raiders\n    accounted for 188 ships lost out of a total of 4066 lost to all enemy action. U-boats\n    sank 69 percent of the total. George Malcolm Thompson,The Vote of Censure(New York:\n    Stein and Day, 1968), 114. Churchill,The Grand Alliance, 123–6; Richards,The Hardest\n    Victory, 82.",
 [C(short([F("Grove")], "Defeat of the Enemy Attack on Shipping"), "38–9"),
  C(book("The Vote of Censure", [P("George Malcolm", "Thompson")], publisher="Stein and Day", place="New York", year=1968), "114"),
  C(short([F("Churchill")], "The Grand Alliance"), "123–6"),
  C(short([F("Richards")], "The Hardest Victory"), "82")]),
(AFV, "9. Messenger,‘Bomber’ Harris, 62.",
 [C(short([F("Messenger")], "‘Bomber’ Harris"), "62")]),
(AFV, "10. Richard Garrett,Scharnhorst and Gneisenau: The Elusive Sisters(New York: Hippocrene Books,\n    1978), 77.",
 [C(book("Scharnhorst and Gneisenau: The Elusive Sisters", [P("Richard", "Garrett")], publisher="Hippocrene Books", place="New York", year=1978), "77")]),
(AFV, "12. Peter Kemp,The Escape of the Scharnhorst and Gneisenau(Annapolis, MD: Naval Institute Press,\n    1975), 12–3.",
 [C(book("The Escape of the Scharnhorst and Gneisenau", [P("Peter", "Kemp")], publisher="Naval Institute Press", place="Annapolis, MD", year=1975), "12–3")]),
(AFV, "14. For accounts of the Channel Dash, see Garrett,Scharnhorst and Gneisenau, 92–111; Kemp,\n    Escape of the Scharnhorst and Gneisenau, 41–72; and Peter C. Smith,Hold the Narrow Sea: Naval\n    Warfare in the English Channel, 1939–1945 (Anapolis, MD: Naval Institute Press, 1984),\n    141–55.",
 [C(short([F("Garrett")], "Scharnhorst and Gneisenau"), "92–111"),
  C(short([F("Kemp")], "Escape of the Scharnhorst and Gneisenau"), "41–72"),
  C(book("Hold the Narrow Sea: Naval Warfare in the English Channel, 1939–1945", [P("Peter C.", "Smith")], publisher="Naval Institute Press", place="Anapolis, MD", year=1984), "141–55")]),
(AFV, "15. John Kilbracken,Bring Back My Stringbag: Swordfish Pilot at War, 1940–1945(London: Leo\n    Cooper, 1996), 63–5; John Winton, ed.,The War at Sea: The British Navy in World War II\n    (New York: William Morrow, 1968), 179.",
 [C(book("Bring Back My Stringbag: Swordfish Pilot at War, 1940–1945", [P("John", "Kilbracken")], publisher="Leo Cooper", place="London", year=1996), "63–5"),
  C(book("The War at Sea: The British Navy in World War II", editor=[P("John", "Winton")], publisher="William Morrow", place="New York", year=1968), "179")]),
]
