# -*- coding: utf-8 -*-
# Twenty-first gathering (2026-11-25): 103 English footnotes and endnotes with 159 citations (65 of them short forms)
# from 11 pages not used before (no `where` address of notes.jsonl or of /work/gather/*.py, checked again before each
# page was added and once more before the file was closed). Sites new to the set: publicism.info, colonialsociety.org; the
# rest are other books or chapters on sites used before (erenow.net, issuhub.com two books, docslib.org two books,
# bookreadfree.com, trantor.is, whosread.com two books), because the search index shows a page's text from its beginning and pages
# holding only notes were the ones it gave whole. Notes were taken only where the page showed them whole (the note cut off
# at the end of each stored text was left out). Gold written by hand from the note text; no parser was run.
# Language: English only.
# Subjects: ancient Greece and Rome (Lane Fox, The Classical World: the notes on Hadrian and on chapters 1-2), Anglo-Saxon
# England and its art (A Brief History of the Anglo-Saxons: Northumbria, the Franks Casket, Mercia), Ming and Qing
# China (China in World History), the Atlantic slave trade and West African economic history (Inikori's chapter in a UNESCO
# volume), the Reformed churches of early modern Europe (a Palgrave book on Calvinism), the history of science (Dolnick's
# Clockwork Universe, Bauer's Story of Western Science), colonial New England and its religion (Plymouth Colony, Bailyn's
# Barbarous Years on the Antinomian controversy, the "New England Begins" essays of the Colonial Society of Massachusetts),
# Shakespeare studies (an edited volume on mirrors in Shakespeare).
# Pages and shapes:
#  - erenow.net (Lane Fox): British author-title-year notes without imprint (`J. M. C. Toynbee, The Hadrianic School: … (1934).`),
#    untitled articles cited by journal and year (`A. Spawforth, S. Walker, in Journal of Roman Studies (1985), 78–104, and
#    (1986), 88–105`), an untitled chapter `in M. H. Hansen (ed.), A Comparative Study … (2000), 142–86, at 146`, a series with
#    its number (`Ancient Macedonia II, Institute for Balkan Studies number 155 (1977)`), `(1986, lecture)`, ancient authors by
#    book and line (`Homer, Iliad 6.528 and Odyssey 17.323`, `Aulus Gellius, 19.8.5.`), an inscription corpus by volume and
#    number (`Corpus Inscriptionum Latinarum, 12.1122.`), bare `Ibid. 16.384–92.`, numbering restarted under chapter headings.
#  - issuhub.com (China in World History; Inikori): PDF text layers with line breaks inside notes (kept; the page's indentation
#    of continuation lines was not copied, as in the earlier issuhub notes), ligatures split by a space (`Twenty-fi rst`,
#    `Pacifi c`, kept), `trans. …, in …, 2nd ed., ed. …`, a Ph.D. diss. with `chap. 1, sec. 3, “Population.”`, a Chinese name
#    family first (`Wang Yangming`), `quoted and translated in`; British notes with the page before the imprint (`p. 23,
#    London, Long-\nman, 1937`), `Vol. XII, No. 4, 1971`, OCR `Vol. Ill`, `December 1964`, `op. cit.`, a bare `ibid.`, `(eds.),
#    Key Issues …, p. 39-53, Vol. I, New York, 1971`, five works in one note, titles in single quotes with `"…"` inside.
#  - docslib.org (Calvinism; Shakespeare): text layers that lost words in italics or small capitals (`B. Gordon, The Swiss
#    (Manchester: …)`, `Reformation. ’s House Divided`, `(: Penguin, 2003)`, `(Oxford: , 2000)`, `1. , Institutes …`,
#    `The Masks of (Berkeley: …)`), `(eds) S. Kolozsvári, K. Óvári, D. Márkus`, `(ed.) H. Beveridge (2 vols)`, `(tr.) Arthur
#    Golding`, `New Haven [CT]`, `SCJ 7 (1976)`, `influ- ence`, `play- ing`, `(1994; New York and London: Routledge, 2001)`,
#    `(1973; rpt. Cambridge: Cambridge UP, 1982)`, `8.1 (May 2002): 32 paras + 66 notes`, `U of California P`, a short form
#    with its page run on (`Kinney, Shakespeare’s Web 1, 3, 8–11`), several works in one note run on as sentences.
#  - publicism.info (Dolnick): unnumbered page-keyed notes (`xv`, `xvifn`, none on the first chapter's notes), titles whose
#    colon and commas were lost (`CoalA Human History`, `HubbubFilthNoiseand Stench in England`), short forms by full name
#    without imprint (the book lists sources in a bibliography), `quoting John Evelyn`.
#  - bookreadfree.com (Bauer): Chicago notes with publisher and year only (`(Taylor & Francis, 2002)`), ancient authors in
#    modern translations (`Plato, The Republic: … (Vintage, 1991)`, `Aristotle, Politics, trans. Ernest Barker, Oxford World’s
#    Classics (Oxford University Press, 1988)`), `2nd ed., trans.`, two-author short forms, `quoted in`.
#  - trantor.is (Plymouth Colony): a long prose note with seven books, `George D. Langdon Jr.`, an edition by abbreviation
#    `OPP, 1:xvii.`
#  - whosread.com (Bailyn): short forms by abbreviation (`Hall, AC, 202, 219–43`, `Shurtleff, ed., MR, I, 205–9`), `Sargent
#    Bush, Jr., ed.`, `chap. 16`, `WMQ, 27 (1970)`, a Ph.D. diss., `([1926] New York, 1937)`, `258ff.`, long page lists.
#  - colonialsociety.org: place-only imprints (`(Middletown, Conn., 1963)`), a chapter `in …, ed. James M. Smith`, a prose
#    note that cites no work.
#  - whosread.com (Anglo-Saxons): author-title-year short forms with the number unpunctuated (`13 Campbell, Anglo-Saxon
#    State, 2000, p. 74.`), `cited in Hawkes and Mills, eds, …`, `in Campbell, The Anglo-Saxons, 1991`, `1935–9, I, p. 385`,
#    `p. 3, n. 14`, `p. 143 and, for the rest of this paragraph, pp. 144–6`, an unnumbered prose note naming three books by
#    year only, one by its editors (`under the editorship of …`) and two by possessives (`Ann Dornier’s Mercian Studies (1977)`).
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - Ancient and classical texts cited by book and line or section (`Homer, Iliad 6.528`, `Tertullian, Apology 5.7`, `Calvin,
#    Institutes (1559), 4/1/9`) are short forms with a `literal` author and no locator, as in the ninth, fourteenth and
#    twentieth gatherings (the eighth and tenth had left such references out; the later rule is followed). An ancient author
#    cited by number only (`Aulus Gellius, 19.8.5.`) is a short form with the author alone. A page of a modern edition
#    (`Plato, Republic, 280.` after `Plato, The Republic: … (Vintage, 1991)`) is a locator.
#  - `Historia Augusta, Life of Hadrian 12.6.`: the life is the short form's `title`, `Historia Augusta` its `container-title`.
#  - An inscription corpus by volume and number (`Corpus Inscriptionum Latinarum, 12.1122.`) is a short form titled by the
#    corpus with `volume` "12"; the inscription number is not a locator (the eleventh's rule for papyrus editions).
#  - An untitled article cited by journal and year only (`in Journal of Roman Studies (1985), 78–104`) is an untitled
#    `article-journal` with `issued`; a second year after it (`and (1986), 88–105`) is a second article of the same authors
#    in the same journal. An untitled contribution to a book (`in M. H. Hansen (ed.), A Comparative Study …`, `in Ancient
#    Macedonia II, …`) is an untitled `chapter`.
#  - `Ancient Macedonia II, Institute for Balkan Studies number 155` gives container-title `Ancient Macedonia`, `volume` "II",
#    `collection-title` "Institute for Balkan Studies", `collection-number` "155".
#  - `(1986, lecture)` gives `issued` 1986; "lecture" (the genre of the print) is not kept.
#  - Words and places lost by a text layer are not restored: the title keeps what remains, a title's trailing ` ,` or ` ’`
#    left by a lost word is not part of it (`… Middle Ages and ,` -> `… Middle Ages and`), an empty place (`(: Penguin, 2003)`)
#    gives no `publisher-place`, an empty publisher (`(Oxford: , 2000)`) no `publisher`, an empty author (`1. , Institutes`)
#    no `author`. Split ligatures (`Twenty-fi rst`, `Pacifi c`) are kept as printed.
#  - `New Haven [CT]` is kept as printed in `publisher-place`; `New York and London` is one place as printed.
#  - `(eds) S. Kolozsvári, …` after the title and `(ed.) H. Beveridge` are editors; `(tr.) Arthur Golding` the translator;
#    `(2 vols)` gives `number-of-volumes`; `vol. 1, preface` gives `volume` "1" and no locator.
#  - `(1994; New York …, 2001)` and `(1973; rpt. Cambridge: …, 1982)`: the later year is `issued`, the earlier
#    `original-date` (the fourteenth's rule); `([1926] New York, 1937)` likewise.
#  - `‘Pars prima’, article 1/1/2` after a legal compilation is not a locator (a part and article of a law, as a classical
#    text's book and chapter).
#  - `chap. 1, sec. 3, “Population.”` after a thesis gives locator "1" with label `chapter`; the section is dropped.
#  - `Early Modern Literary Studies 8.1 (May 2002): 32 paras + 66 notes`: `volume` 8, `issue` 1, no locator.
#  - Play titles named as the subject of a note (`Love’s Labor’s Lost, …, King Richard III`) are not listed; the Ming
#    `five-phase theory` note and the exhibition named in a note (`“New England Begins” opened on …`) cite no work.
#  - `Wang Yangming, “A Record for Practice” (Chuanxilu), quoted and translated in …`: the quoted text is a short form by
#    Wang Yangming (family first) titled "A Record for Practice"; the romanized title in parentheses is not kept.
#  - `Scholium to Euclid’s Elements, quoted in …`: a text described but not titled as a work; only the book it is quoted
#    in is listed.
#  - `Roger T. Anstey, The Atlantic Slave Trade, p. 58-88.` and the Dolnick notes by full name without imprint are short
#    forms (the earlier rule for works cited without an imprint), the given name kept.
#  - Anglo-Saxons: an author-title-year short form gets `issued` (the fifteenth's rule), also for an edited book (`Bassett,
#    ed., Origins …, 1989` -> `editor`, as the seventeenth's edited short forms) and a volume range (`1935–9` -> 1935 to
#    1939); `‘The Age of Offa and Alcuin’, in Campbell, The Anglo-Saxons` is a short form with `container-title` and
#    `container-author` Campbell (no `ed.` is printed); `p. 3, n. 14` gives locator "3" (the fourteenth's rule);
#    `p. 143 and, for the rest of this paragraph, pp. 144–6` gives "143 and 144–6" (the gloss dropped, as the eighth's
#    `(Baltic)`); a book named by a possessive (`Ian Walker’s Mercia and the Making of England (2000)`) has that author;
#    `under the editorship of` gives `editor`.
# Six notes cite no work (prose, bare `Ibid.`/`ibid.`).
# Doubtful: `Ancient Macedonia II` split into title and volume; `Historia Augusta` as container; the two Spawforth-Walker
# and Godart-Sacconi articles read as joint articles of two authors (the page separates the names by a comma only); the
# Kinney chapter `“Shakespeare’s Mirrors,” Shakespeare’s Webs: …` read as a chapter of his own book (no `in`);
# `Gemery and Hogendorn, 'The Economic Costs …'` read as a short form (the full reference is in an earlier note);
# `Calvin, Institutes (1559), 4/1/9` given `issued` 1559 as an author-title-year short form; `Sermons of Maister John
# Calvin upon the Booke of Job` given no author (Calvin is named only inside the title); `in Campbell, The Anglo-Saxons`
# read as container-author (Campbell edited the book); `p. 143 and …, pp. 144–6` joined with `and`; Lane Fox's
# `R. Syme, Fictional History Old and New: Hadrian (1986, lecture)` given as a `book`.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


def uchap(author, container, **kw):
    """An untitled contribution to a book."""
    g = {"type": "chapter", "author": author, "container-title": container}
    g.update(kw); return g


LF = "https://erenow.net/ancient/the-classical-world-an-epic-history-from-homer-to-hadrian/59.php"
ISS = "https://issuhub.com/view/index/30425?pageIndex=182"
INI = "https://issuhub.com/view/index/33111?pageIndex=83"
CAL = "https://docslib.org/doc/7757288/see-b-gordon-the-swiss-reformation-manchester-manchester-university-press-2002-283-316"
SHK = "https://docslib.org/doc/5621698/introduction"
DOL = "http://publicism.info/science/clockwork/55.html"
BAU = "https://bookreadfree.com/523706/12860422.amp"
PLY = "https://trantor.is/content/AhBMcxaBOVe2z2aT/xhtml/notes.html"
BAI = "https://whosread.com/549131/13480931.amp"
COL = "https://colonialsociety.org/node/1738"
ASX = "https://whosread.com/368818/9070611.amp"

SPW = [P("A.", "Spawforth"), P("S.", "Walker")]
GOD = [P("L.", "Godart"), P("A.", "Sacconi")]
HOM = [L("Homer")]
JRS = "Journal of Roman Studies"
GH = [F("Gemery"), F("Hogendorn")]
JAH = "Journal of African History"
GF = [F("Guthrie"), F("Fideler")]
HALL = [F("Hall")]
WIN = [F("Winship")]
BAT = [F("Battis")]
SHU = dict(editor=[F("Shurtleff")], volume="I")
GRA = [F("Grabes")]

TWENTYFIRST = [
# --- English: notes of Lane Fox, The Classical World (erenow.net): "Hadrian and the Classical World", chapters 1 and 2
(LF, "1. Aulus Gellius, 19.8.5.",
 [C(sh([L("Aulus Gellius")]))]),
(LF, "2. J. M. C. Toynbee, The Hadrianic School: A Chapter in the History of Greek Art (1934).",
 [C(book("The Hadrianic School: A Chapter in the History of Greek Art", [P("J. M. C.", "Toynbee")], year=1934))]),
(LF, "3. A. Spawforth, S. Walker, in Journal of Roman Studies (1985), 78–104, and (1986), 88–105, are still the fundamental studies.",
 [C(art(None, SPW, JRS, year=1985), "78–104"),
  C(art(None, SPW, JRS, year=1986), "88–105")]),
(LF, "4. Corpus Inscriptionum Latinarum, 12.1122.",
 [C(sh(None, "Corpus Inscriptionum Latinarum", volume="12"))]),
(LF, "5. Josephus, Jewish War 2.385.",
 [C(sh([L("Josephus")], "Jewish War"))]),
(LF, "6. Historia Augusta, Life of Hadrian 12.6.",
 [C(sh(None, "Life of Hadrian", **{"container-title": "Historia Augusta"}))]),
(LF, "7. Tertullian, Apology 5.7.",
 [C(sh([L("Tertullian")], "Apology"))]),
(LF, "8. William J. Macdonald, John A. Pinto, Hadrian’s Villa and Its Legacy (1995).",
 [C(book("Hadrian’s Villa and Its Legacy", [P("William J.", "Macdonald"), P("John A.", "Pinto")], year=1995))]),
(LF, "9. R. Syme, Fictional History Old and New: Hadrian (1986, lecture), 20–21: ‘the notion that Hadrian, if anything, was an Epicurean may engender disquiet or annoyance.’ So far, it has not.",
 [C(book("Fictional History Old and New: Hadrian", [P("R.", "Syme")], year=1986), "20–21")]),
(LF, "10. Sophocles, Antigone 821.",
 [C(sh([L("Sophocles")], "Antigone"))]),
(LF, "11. F. D. Harvey, in Classica et Mediaevalia (1965), 101–46.",
 [C(art(None, [P("F. D.", "Harvey")], "Classica et Mediaevalia", year=1965), "101–46")]),
(LF, "12. Mary T. Boatwright, Hadrian and the Cities of the Roman Empire (2000), an excellent study whose bibliography is important for this book.",
 [C(book("Hadrian and the Cities of the Roman Empire", [P("Mary T.", "Boatwright")], year=2000))]),
(LF, "13. Naphtali Lewis, in Greek, Roman and Byzantine Studies (1991), 267–80, with the history of the scholarly debate over authenticity.",
 [C(art(None, [P("Naphtali", "Lewis")], "Greek, Roman and Byzantine Studies", year=1991), "267–80")]),
(LF, "14. G. Daux, in Bulletin de Correspondance Hellénique (1970), 609–18, and in Ancient Macedonia II, Institute for Balkan Studies number 155 (1977), 320–23.",
 [C(art(None, [P("G.", "Daux")], "Bulletin de Correspondance Hellénique", year=1970), "609–18"),
  C(uchap([P("G.", "Daux")], "Ancient Macedonia", volume="II", issued=Y(1977),
          **{"collection-title": "Institute for Balkan Studies", "collection-number": "155"}), "320–23")]),
(LF, "1. L. Godart, A. Sacconi, in Comptes Rendus de L’Académie des Inscriptions et Belles Lettres (1998), 889–906, and (2001), 527–46.",
 [C(art(None, GOD, "Comptes Rendus de L’Académie des Inscriptions et Belles Lettres", year=1998), "889–906"),
  C(art(None, GOD, "Comptes Rendus de L’Académie des Inscriptions et Belles Lettres", year=2001), "527–46")]),
(LF, "2. S. Mitchell, in Journal of Roman Studies (1990), 184–5, translating lines 40 ff. of C. Julius Demosthenes’ inscription at Oenoanda (AD 124).",
 [C(art(None, [P("S.", "Mitchell")], JRS, year=1990), "184–5")]),
(LF, "3. Homer, Iliad 6.528 and Odyssey 17.323.",
 [C(sh(HOM, "Iliad")), C(sh(HOM, "Odyssey"))]),
(LF, "4. Homer, Iliad 2.270.",
 [C(sh(HOM, "Iliad"))]),
(LF, "5. Ibid. 16.384–92.",
 []),
(LF, "6. Ibid. 18.507–8.",
 []),
(LF, "1. M. H. Hansen, in M. H. Hansen (ed.), A Comparative Study of Thirty City-state Cultures (2000), 142–86, at 146.",
 [C(uchap([P("M. H.", "Hansen")], "A Comparative Study of Thirty City-state Cultures", editor=[P("M. H.", "Hansen")],
          issued=Y(2000), page="142–86"), "146")]),
(LF, "2. W. D. Niemeier, in Aegaeum (1999), 141–55.",
 [C(art(None, [P("W. D.", "Niemeier")], "Aegaeum", year=1999), "141–55")]),
(LF, "3. J. D. Hawkins, in Anatolian Studies (2000), 1–31.",
 [C(art(None, [P("J. D.", "Hawkins")], "Anatolian Studies", year=2000), "1–31")]),
(LF, "4. Plutarch, Greek Questions 11.",
 [C(sh([L("Plutarch")], "Greek Questions"))]),
# --- English: endnotes of a world history of China, chapter 6 (issuhub.com, PDF text layer with its line breaks)
(ISS, "1. Hongwu Emperor, “Dismissal of Excessive Local Staff Because of Their Crimes,”\ntrans. Lily Hwa, in Chinese Civilization: A Sourcebook, 2nd ed., ed. Patricia Ebrey\n(New York: Free Press, 1993), 207.",
 [C(chap("Dismissal of Excessive Local Staff Because of Their Crimes", [L("Hongwu Emperor")], "Chinese Civilization: A Sourcebook",
         editor=[P("Patricia", "Ebrey")], publisher="Free Press", place="New York", year=1993,
         translator=[P("Lily", "Hwa")], edition="2"), "207")]),
(ISS, "2. Robert B. Marks, The Origins of the Modern World: A Global and Ecological\nNarrative from the Fifteenth to the Twenty-fi rst Century, 2nd ed. (Lanham, Md.:\nRowman and Littlefi eld, 2007), 80; Dennis O. Flynn and Arturo Giráldez, “Spanish\nProfi tability in the Pacifi c: The Philippines in the Sixteenth and Seventeenth\nCenturies,” in Pacifi c Centuries: Pacifi c and Pacifi c Rim History since the Sixteenth\nCentury, ed. Dennis O. Flynn, Lionel Frost, and A. J. H. Latham (London:\nRoutledge, 1999), 23.",
 [C(book("The Origins of the Modern World: A Global and Ecological Narrative from the Fifteenth to the Twenty-fi rst Century",
         [P("Robert B.", "Marks")], publisher="Rowman and Littlefi eld", place="Lanham, Md.", year=2007, edition="2"), "80"),
  C(chap("Spanish Profi tability in the Pacifi c: The Philippines in the Sixteenth and Seventeenth Centuries",
         [P("Dennis O.", "Flynn"), P("Arturo", "Giráldez")],
         "Pacifi c Centuries: Pacifi c and Pacifi c Rim History since the Sixteenth Century",
         editor=[P("Dennis O.", "Flynn"), P("Lionel", "Frost"), P("A. J. H.", "Latham")], publisher="Routledge", place="London",
         year=1999), "23")]),
(ISS, "3. One recent estimate is that the population grew from 85 million in 1393 to 155\nmillion in 1500, 231 million in 1600 and 268 million by 1650. Martin J. Heijdra,\n“The Socio-economic Development of Ming Rural China (1368–1644)” (Ph.D.\ndiss., Princeton University, 1994), chap. 1, sec. 3, “Population.” Heijdra’s estimates\nare well summarized, and explained as relatively conservative, by F. W. Mote,\nImperial China: 900–1800 (Cambridge, Mass.: Harvard University Press, 1999),\n745.",
 [C(thesis("The Socio-economic Development of Ming Rural China (1368–1644)", [P("Martin J.", "Heijdra")], "Ph.D. diss.",
           "Princeton University", 1994), "1", "chapter"),
  C(book("Imperial China: 900–1800", [P("F. W.", "Mote")], publisher="Harvard University Press", place="Cambridge, Mass.",
         year=1999), "745")]),
(ISS, "4. Wang Yangming, “A Record for Practice” (Chuanxilu), quoted and translated\nin Philip J. Ivanhoe, Readings from the Lu-Wang School of Neo-Confucianism\n(Indianapolis: Hackett Publishing, 2009), 142.",
 [C(sh([P("Yangming", "Wang")], "A Record for Practice")),
  C(book("Readings from the Lu-Wang School of Neo-Confucianism", [P("Philip J.", "Ivanhoe")], publisher="Hackett Publishing",
         place="Indianapolis", year=2009), "142")]),
(ISS, "5. This name change helped justify the Manchu conquest of the Ming in terms of the\nancient Chinese philosophy of change in the fi ve-phase theory. Ming 明 (bright)\nsignifi es fi re, and Jin 金 (gold), being a metal would succumb to fi re. By contrast,\nQing清 (pure) has the water radical on its left side, and in fi ve-phase theory, water\nquenches fi re.",
 []),
# --- English: notes of Inikori's chapter on the slave trade and the Atlantic economies (issuhub.com, UNESCO volume)
(INI, "1. Gemery and Hogendorn, 'The Economic Costs of West African Participation in the\nAtlantic Slave Trade'.",
 [C(sh(GH, "The Economic Costs of West African Participation in the Atlantic Slave Trade"))]),
(INI, "2. Williams, op. cit., p. 255.",
 [C(sh([F("Williams")]), "255")]),
(INI, "3. Gemery and Hogendorn, 'Technological Change, Slavery, and the Slave Trade'.",
 [C(sh(GH, "Technological Change, Slavery, and the Slave Trade"))]),
(INI, "4. ibid.",
 []),
(INI, "5. John W. Blake, European Beginnings in West Africa, 1454-1578, p. 23, London, Long-\nman, 1937.",
 [C(book("European Beginnings in West Africa, 1454-1578", [P("John W.", "Blake")], publisher="Longman", place="London",
         year=1937), "23")]),
(INI, "6. It is said that the plantation economy of Zanzibar and Pemba developed in the 1820s\nfollowing restrictions imposed by the British on the slave trade of the Swahili\ncoast. Thereafter profits from the slave trade contributed to the expansion of those\nplantations: Nicholls, The Swahili Coast, p. 203.",
 [C(sh([F("Nicholls")], "The Swahili Coast"), "203")]),
(INI, "7. A. J. H. Latham, 'Currency, Credit and Capitalism on the Cross River in the Pre-\nColonial Era', Journal of African History, Vol. XII, No. 4, 1971, p. 604.",
 [C(art("Currency, Credit and Capitalism on the Cross River in the Pre-Colonial Era", [P("A. J. H.", "Latham")], JAH, "XII", "4",
        1971), "604")]),
(INI, "8. J. D. Fage, 'Slavery and the Slave Trade in the Context of West African History',\nJournal of African History, Vol. X, No. 3, 1969; Peter Morton-Williams, 'The Oyo\nYoruba and the Atlantic Trade, 1670-1830', Journal of the Historical Society of\nNigeria, Vol. Ill, No. 1, December 1964; Michael Mason, 'Population Density and\n\"Slave Raiding\"—the Case of the Middle Belt of Nigeria', Journal of African\nHistory, Vol. X, No. 4, 1969; M. B. Gleave and R. M. Prothero, 'Population\nDensity and \"Slave Raiding\"—A Comment', Journal of African History, Vol. XII,\nNo. 2, 1971; Roger T. Anstey, The Atlantic Slave Trade, p. 58-88.",
 [C(art("Slavery and the Slave Trade in the Context of West African History", [P("J. D.", "Fage")], JAH, "X", "3", 1969)),
  C(art("The Oyo Yoruba and the Atlantic Trade, 1670-1830", [P("Peter", "Morton-Williams")],
        "Journal of the Historical Society of Nigeria", "Ill", "1", Y(1964, 12))),
  C(art("Population Density and \"Slave Raiding\"—the Case of the Middle Belt of Nigeria", [P("Michael", "Mason")], JAH, "X", "4",
        1969)),
  C(art("Population Density and \"Slave Raiding\"—A Comment", [P("M. B.", "Gleave"), P("R. M.", "Prothero")], JAH, "XII", "2",
        1971)),
  C(sh([P("Roger T.", "Anstey")], "The Atlantic Slave Trade"), "58–88")]),
(INI, "9. If that had been the case those territories could not have sustained the slave trade for\nover 400 years.",
 []),
(INI, "10. P. D. Curtin, 'The Slave Trade and the Atlantic Basin: Intercontinental Perspectives',\nin N. I. Huggins, M. Kilson and D. M. Fox (eds.), Key Issues in the Afro-American\nExperience, p. 39-53, Vol. I, New York, 1971.",
 [C(chap("The Slave Trade and the Atlantic Basin: Intercontinental Perspectives", [P("P. D.", "Curtin")],
         "Key Issues in the Afro-American Experience", editor=[P("N. I.", "Huggins"), P("M.", "Kilson"), P("D. M.", "Fox")],
         place="New York", year=1971, volume="I"), "39–53")]),
# --- English: notes of a Palgrave book on Calvinism in early modern Europe (docslib.org; words in italics or small
#     capitals lost from the text layer; introduction and chapter 1, numbering restarted)
(CAL, "1. For ‘International Zwinglianism’ see B. Gordon, The Swiss (Manchester: Manchester University Press, 2002), 283–316. D. MacCulloch, Reformation. ’s House Divided, 1490–1700 (: Penguin, 2003), 253.",
 [C(book("The Swiss", [P("B.", "Gordon")], publisher="Manchester University Press", place="Manchester", year=2002), "283–316"),
  C(book("Reformation. ’s House Divided, 1490–1700", [P("D.", "MacCulloch")], publisher="Penguin", year=2003), "253")]),
(CAL, "2. H. Oberman, ‘Calvin and Farel: the dynamics of legitimation in early ’, Journal of Early Modern History 2 (1998), 35. P. Benedict, Christ’s Churches Purely Reformed. A Social History of Calvinism (New Haven [CT]: Yale University Press, 2002), xxii–xxiii.",
 [C(art("Calvin and Farel: the dynamics of legitimation in early", [P("H.", "Oberman")], "Journal of Early Modern History", "2",
        None, 1998), "35"),
  C(book("Christ’s Churches Purely Reformed. A Social History of Calvinism", [P("P.", "Benedict")],
         publisher="Yale University Press", place="New Haven [CT]", year=2002), "xxii–xxiii")]),
(CAL, "3. ‘Approbatae Constitutiones’, in Magyar Törvénytár. 1500–1848 évi erdélyi törvények (eds) S. Kolozsvári, K. Óvári, D. Márkus (Budapest, 1900), ‘Pars prima’, article 1/1/2.",
 [C({"type": "chapter", "title": "Approbatae Constitutiones",
     "container-title": "Magyar Törvénytár. 1500–1848 évi erdélyi törvények",
     "editor": [P("S.", "Kolozsvári"), P("K.", "Óvári"), P("D.", "Márkus")], "publisher-place": "Budapest", "issued": Y(1900)})]),
(CAL, "1. , Institutes of the Christian Religion (, 1559) (ed.) H. Beveridge (2 vols), (Edinburgh: Calvin Society, 1845), vol. 1, preface. For Calvin’s sermons, see for example Sermons of Maister John Calvin upon the Booke of Job (tr.) Arthur Golding (London, 1574). A. Ganoczy, The Young Calvin (Edinburgh: T&T Clark, 1988). Q. Breen, John Calvin: a study in French humanism (London: Archon, 1968). F. Wendel, Calvin. The origins and development of his religious thought (London: Collins, 1963).",
 [C(book("Institutes of the Christian Religion", editor=[P("H.", "Beveridge")], publisher="Calvin Society", place="Edinburgh",
         year=1845, volume="1", **{"number-of-volumes": "2", "original-date": Y(1559)})),
  C(book("Sermons of Maister John Calvin upon the Booke of Job", translator=[P("Arthur", "Golding")], place="London", year=1574)),
  C(book("The Young Calvin", [P("A.", "Ganoczy")], publisher="T&T Clark", place="Edinburgh", year=1988)),
  C(book("John Calvin: a study in French humanism", [P("Q.", "Breen")], publisher="Archon", place="London", year=1968)),
  C(book("Calvin. The origins and development of his religious thought", [P("F.", "Wendel")], publisher="Collins", place="London",
         year=1963))]),
(CAL, "2. P. McNair, Peter Martyr in Italy. An anatomy of apostasy (Oxford: Clarendon, 1967). F. C. Church, The Italian Reformers, 1534–1564 (: Columbia University Press, 1932).",
 [C(book("Peter Martyr in Italy. An anatomy of apostasy", [P("P.", "McNair")], publisher="Clarendon", place="Oxford", year=1967)),
  C(book("The Italian Reformers, 1534–1564", [P("F. C.", "Church")], publisher="Columbia University Press", year=1932))]),
(CAL, "3. J. P. Donnelly, Calvinism and in Vermigli’s doctrine of man and grace (Leiden: Brill, 1976). R. A. Muller, The Unaccommodated Calvin. Studies in the foundation of a theological tradition (Oxford: , 2000). D. Steinmetz, Calvin in Context (Oxford: Oxford University Press, 1995). J. P. Donnelly, ‘Italian influ- ence on the development of Calvinist scholasticism’, SCJ 7 (1976), 81–101.",
 [C(book("Calvinism and in Vermigli’s doctrine of man and grace", [P("J. P.", "Donnelly")], publisher="Brill", place="Leiden",
         year=1976)),
  C(book("The Unaccommodated Calvin. Studies in the foundation of a theological tradition", [P("R. A.", "Muller")],
         place="Oxford", year=2000)),
  C(book("Calvin in Context", [P("D.", "Steinmetz")], publisher="Oxford University Press", place="Oxford", year=1995)),
  C(art("Italian influence on the development of Calvinist scholasticism", [P("J. P.", "Donnelly")], "SCJ", "7", None, 1976),
    "81–101")]),
(CAL, "4. Calvin, Institutes (1559), 4/1/9. W. J. Bouwsma, John Calvin. A sixteenth-century portrait (Oxford: Oxford University Press, 1988), 215.",
 [C(sh([F("Calvin")], "Institutes", issued=Y(1559))),
  C(book("John Calvin. A sixteenth-century portrait", [P("W. J.", "Bouwsma")], publisher="Oxford University Press", place="Oxford",
         year=1988), "215")]),
# --- English: notes of an edited volume on mirrors in Shakespeare, introduction (docslib.org; words lost from the text layer)
(SHK, "1. Sabine Melchior-Bonnet, The Mirror: A History, trans. Katharine H. Jewett (1994; New York and London: Routledge, 2001), 113.",
 [C(book("The Mirror: A History", [P("Sabine", "Melchior-Bonnet")], translator=[P("Katharine H.", "Jewett")],
         publisher="Routledge", place="New York and London", year=2001, **{"original-date": Y(1994)}), "113")]),
(SHK, "2. Herbert Grabes, The Mutable Glass: Mirror-imagery in Titles and Texts of the Middle Ages and , trans. Gordon Collier (1973; rpt. Cambridge: Cambridge UP, 1982), 202–20; Grabes, “Glassy Essence: Shakespeare’s Mirrors and Their Contextualization,” Hebrew University Studies in Literature and Art 9 (1981): 175–95; Carol Banks “ ‘The purpose of play- ing . . . ’: Further Reflections on the Mirror Metaphor in Shakespeare’s Plays,” Signatures 2 (2000): 1–12; Philippa Kelly, “Surpassing Glass: Shakespeare’s Mirrors,” Early Modern Literary Studies 8.1 (May 2002): 32 paras + 66 notes; and Arthur Kinney, “Shakespeare’s Mirrors,” Shakespeare’s Webs: Networks of Meaning in Renaissance (New York and London: Routledge, 2004), 1–34.",
 [C(book("The Mutable Glass: Mirror-imagery in Titles and Texts of the Middle Ages and", [P("Herbert", "Grabes")],
         translator=[P("Gordon", "Collier")], publisher="Cambridge UP", place="Cambridge", year=1982,
         **{"original-date": Y(1973)}), "202–20"),
  C(art("Glassy Essence: Shakespeare’s Mirrors and Their Contextualization", GRA,
        "Hebrew University Studies in Literature and Art", "9", None, 1981), "175–95"),
  C(art("‘The purpose of playing . . . ’: Further Reflections on the Mirror Metaphor in Shakespeare’s Plays", [P("Carol", "Banks")],
        "Signatures", "2", None, 2000), "1–12"),
  C(art("Surpassing Glass: Shakespeare’s Mirrors", [P("Philippa", "Kelly")], "Early Modern Literary Studies", "8", "1",
        Y(2002, 5))),
  C(chap("Shakespeare’s Mirrors", [P("Arthur", "Kinney")], "Shakespeare’s Webs: Networks of Meaning in Renaissance",
         publisher="Routledge", place="New York and London", year=2004), "1–34")]),
(SHK, "3. Grabes, The Mutable Glass, 204. Grabes classifies and analyzes mirror passages in , Love’s Labor’s Lost, , , Sonnet 62, The Two Gentlemen of Verona, King Richard II, King Richard III, , and .",
 [C(sh(GRA, "The Mutable Glass"), "204")]),
(SHK, "4. See, e.g., Marvin Rosenberg, The Masks of (Berkeley: U of California P, 1972), 107; and Allan R. Schickman, “The Fool’s Mirror in King Lear,” English Literary Renaissance 21 (1991): 75–86.",
 [C(book("The Masks of", [P("Marvin", "Rosenberg")], publisher="U of California P", place="Berkeley", year=1972), "107"),
  C(art("The Fool’s Mirror in King Lear", [P("Allan R.", "Schickman")], "English Literary Renaissance", "21", None, 1991),
    "75–86")]),
(SHK, "5. The most recent, and the most thorough, analysis of King Richard II’s use of a mirror and its multivalent meanings appears in Kinney, Shakespeare’s Web 1, 3, 8–11, 12, 16, 18, 24, 26, 32–34.",
 [C(sh([F("Kinney")], "Shakespeare’s Web"), "1, 3, 8–11, 12, 16, 18, 24, 26, 32–34")]),
# --- English: page-keyed notes of Dolnick, The Clockwork Universe (publicism.info; punctuation inside titles lost)
(DOL, "The universe is but a watch: Bernard de Fontenelle, Conversations on the Plurality of Worlds (London, 1803), p. 10.",
 [C(book("Conversations on the Plurality of Worlds", [P("Bernard", "de Fontenelle")], place="London", year=1803), "10")]),
(DOL, "xv The murder rate: Manuel Eisner, “Modernization, Self-Control, and Lethal Violence. The Long-Term Dynamics of European Homicide Rates in Theoretical Perspective,” British Journal of Criminology 41, no. 4 (2001).",
 [C(art("Modernization, Self-Control, and Lethal Violence. The Long-Term Dynamics of European Homicide Rates in Theoretical Perspective",
        [P("Manuel", "Eisner")], "British Journal of Criminology", "41", "4", 2001))]),
(DOL, "xv “a sooty Crust or Furr”: Barbara Freese, CoalA Human History (New York: Penguin, 2004), p. 35, quoting John Evelyn.",
 [C(book("CoalA Human History", [P("Barbara", "Freese")], publisher="Penguin", place="New York", year=2004), "35")]),
(DOL, "xv “a stinkingmuddyfilth-bespattered”: J. H. Plumb, The First Four Georges (London: Fontana, 1981), p. 17.",
 [C(book("The First Four Georges", [P("J. H.", "Plumb")], publisher="Fontana", place="London", year=1981), "17")]),
(DOL, "xvi The same barges: Emily Cockayne, HubbubFilthNoiseand Stench in England, p. 93.",
 [C(sh([P("Emily", "Cockayne")], "HubbubFilthNoiseand Stench in England"), "93")]),
(DOL, "xvi When Shakespeare and his fellow: Gregory Clark, A Farewell to AlmsA Brief Economic History of the World (Princeton, NJ: Princeton University Press, 2007), p. 107.",
 [C(book("A Farewell to AlmsA Brief Economic History of the World", [P("Gregory", "Clark")], publisher="Princeton University Press",
         place="Princeton, NJ", year=2007), "107")]),
(DOL, "xvi the palace at Versailles: Katherine Ashenburg, The Dirt on Clean, p. 116.",
 [C(sh([P("Katherine", "Ashenburg")], "The Dirt on Clean"), "116")]),
(DOL, "xvifn The historian Jules Michelet: Ashenburg, The Dirt on Clean, p. 12. Ashenburg notes that Michelet exaggerated. She puts the correct figure at four centuries.",
 [C(sh([F("Ashenburg")], "The Dirt on Clean"), "12")]),
(DOL, "xvii “Men expected the sun”: Alfred North Whitehead, Science and the Modern World, p. 5.",
 [C(sh([P("Alfred North", "Whitehead")], "Science and the Modern World"), "5")]),
(DOL, "skeletally thin Robert Boyle: Steven Shapin, A Social History of Truth. Shapin devotes a fascinating chapter to the riddle of “Who Was Robert Boyle?”",
 [C(sh([P("Steven", "Shapin")], "A Social History of Truth"))]),
(DOL, "Boyle maintained three: Lisa Jardine, On a Grander Scale, p. 194.",
 [C(sh([P("Lisa", "Jardine")], "On a Grander Scale"), "194")]),
(DOL, "“low of stature”: Leo Hollis, London Rising, p. 48.",
 [C(sh([P("Leo", "Hollis")], "London Rising"), "48")]),
(DOL, "a “miracle of youth”: Jardine, On a Grander Scale, p. 236, quoting John Evelyn.",
 [C(sh([F("Jardine")], "On a Grander Scale"), "236")]),
# --- English: notes of Bauer, The Story of Western Science, chapter 4 (bookreadfree.com; publisher and year only)
(BAU, "1. Malcolm Williams, Science and Social Science: An Introduction (Taylor & Francis, 2002), 11; Lewis Wolpert, The Unnatural Nature of Science (Harvard University Press, 1992), 35–36; Keith Devlin, The Language of Mathematics: Making the Invisible Visible (W. H. Freeman, 2000), 20.",
 [C(book("Science and Social Science: An Introduction", [P("Malcolm", "Williams")], publisher="Taylor & Francis", year=2002), "11"),
  C(book("The Unnatural Nature of Science", [P("Lewis", "Wolpert")], publisher="Harvard University Press", year=1992), "35–36"),
  C(book("The Language of Mathematics: Making the Invisible Visible", [P("Keith", "Devlin")], publisher="W. H. Freeman",
         year=2000), "20")]),
(BAU, "2. Kenneth S. Guthrie and David R. Fideler, The Pythagorean Sourcebook and Library: An Anthology of Ancient Writings Which Relate to Pythagoras and Pythagorean Philosophy (Phanes Press, 1987), 58.",
 [C(book("The Pythagorean Sourcebook and Library: An Anthology of Ancient Writings Which Relate to Pythagoras and Pythagorean Philosophy",
         [P("Kenneth S.", "Guthrie"), P("David R.", "Fideler")], publisher="Phanes Press", year=1987), "58")]),
(BAU, "3. Richard Mankiewicz, The Story of Mathematics (Princeton University Press, 2000), 24.",
 [C(book("The Story of Mathematics", [P("Richard", "Mankiewicz")], publisher="Princeton University Press", year=2000), "24")]),
(BAU, "4. Guthrie and Fideler, Pythagorean Sourcebook, 60; Mankiewicz, Story of Mathematics, 24, 26; Devlin, Language of Mathematics, 21.",
 [C(sh(GF, "Pythagorean Sourcebook"), "60"),
  C(sh([F("Mankiewicz")], "Story of Mathematics"), "24, 26"),
  C(sh([F("Devlin")], "Language of Mathematics"), "21")]),
(BAU, "5. Scholium to Euclid’s Elements, quoted in Richard J. Trudeau, The Non-Euclidean Revolution (Birkhäuser, 1987), 103.",
 [C(book("The Non-Euclidean Revolution", [P("Richard J.", "Trudeau")], publisher="Birkhäuser", year=1987), "103")]),
(BAU, "6. Plato, The Republic: The Complete and Unabridged Jowett Translation (Vintage, 1991), 265, 279, 281.",
 [C(book("The Republic: The Complete and Unabridged Jowett Translation", [L("Plato")], publisher="Vintage", year=1991),
    "265, 279, 281")]),
(BAU, "7. Margaret J. Osler, Reconfiguring the World: Nature, God, and Human Understanding from the Middle Ages to Early Modern Europe (Johns Hopkins University Press, 2010), 13–14.",
 [C(book("Reconfiguring the World: Nature, God, and Human Understanding from the Middle Ages to Early Modern Europe",
         [P("Margaret J.", "Osler")], publisher="Johns Hopkins University Press", year=2010), "13–14")]),
(BAU, "8. Plato, Republic, 280.",
 [C(sh([L("Plato")], "Republic"), "280")]),
(BAU, "9. Guthrie and Fideler, Pythagorean Sourcebook, 178; Carl Huffman, Archytas of Tarentum: Pythagorean, Philosopher and Mathematician King (Cambridge University Press, 2005), 303–4; Aristotle, Politics, trans. Ernest Barker, Oxford World’s Classics (Oxford University Press, 1988), 311.",
 [C(sh(GF, "Pythagorean Sourcebook"), "178"),
  C(book("Archytas of Tarentum: Pythagorean, Philosopher and Mathematician King", [P("Carl", "Huffman")],
         publisher="Cambridge University Press", year=2005), "303–4"),
  C(book("Politics", [L("Aristotle")], translator=[P("Ernest", "Barker")], publisher="Oxford University Press", year=1988,
         **{"collection-title": "Oxford World’s Classics"}), "311")]),
(BAU, "10. Devlin, Language of Mathematics, 300.",
 [C(sh([F("Devlin")], "Language of Mathematics"), "300")]),
(BAU, "11. Euclid, The Thirteen Books of the Elements, 2nd ed., trans. Thomas L. Heath (Cambridge University Press, 1908), 1.",
 [C(book("The Thirteen Books of the Elements", [L("Euclid")], translator=[P("Thomas L.", "Heath")],
         publisher="Cambridge University Press", year=1908, edition="2"), "1")]),
(BAU, "12. Vitruvius Pollio, Vitruvius: The Ten Books on Architecture, trans. M. H. Morgan (Dover, 1960), 254; Mary Jaeger, Archimedes and the Roman Imagination (University of Michigan Press, 2008), 19.",
 [C(book("Vitruvius: The Ten Books on Architecture", [L("Vitruvius Pollio")], translator=[P("M. H.", "Morgan")], publisher="Dover",
         year=1960), "254"),
  C(book("Archimedes and the Roman Imagination", [P("Mary", "Jaeger")], publisher="University of Michigan Press", year=2008),
    "19")]),
# --- English: notes of a history of Plymouth Colony, introduction (trantor.is)
(PLY, "1. There has been no end to the writing of books about the Pilgrims and the early years of Plymouth Colony. Several of the most significant recent entries include Nick Bunker, Making Haste from Babylon: The Mayflower Pilgrims and Their World (New York: Knopf, 2010); Jeremy Dupertuis Bangs, Strangers and Pilgrims, Travellers and Sojourners: Leiden and the Foundations of Plymouth Plantation (Plymouth, Mass.: General Society of Mayflower Descendants, 2009); Nathaniel Philbrick, Mayflower: A Story of Courage, Community, and War (New York: Penguin, 2006). The two most recent accounts of the colony’s history as a whole are George D. Langdon Jr., Pilgrim Colony: A History of New Plymouth, 1620–1691 (New Haven: Yale University Press, 1966); Eugene Aubrey Stratton, Plymouth Colony: Its History and People, 1620–1691 (Salt Lake City: Ancestry, 1986). Other valuable studies include John Demos, A Little Commonwealth: Family Life in Plymouth Colony (New York: Oxford University Press, 1970); Darren B. Rutman, Husbandmen of Plymouth: Farms and Villages in the Old Colony, 1620–1692 (Boston: Beacon, 1967).",
 [C(book("Making Haste from Babylon: The Mayflower Pilgrims and Their World", [P("Nick", "Bunker")], publisher="Knopf",
         place="New York", year=2010)),
  C(book("Strangers and Pilgrims, Travellers and Sojourners: Leiden and the Foundations of Plymouth Plantation",
         [P("Jeremy Dupertuis", "Bangs")], publisher="General Society of Mayflower Descendants", place="Plymouth, Mass.", year=2009)),
  C(book("Mayflower: A Story of Courage, Community, and War", [P("Nathaniel", "Philbrick")], publisher="Penguin", place="New York",
         year=2006)),
  C(book("Pilgrim Colony: A History of New Plymouth, 1620–1691", [{"given": "George D.", "family": "Langdon", "suffix": "Jr."}],
         publisher="Yale University Press", place="New Haven", year=1966)),
  C(book("Plymouth Colony: Its History and People, 1620–1691", [P("Eugene Aubrey", "Stratton")], publisher="Ancestry",
         place="Salt Lake City", year=1986)),
  C(book("A Little Commonwealth: Family Life in Plymouth Colony", [P("John", "Demos")], publisher="Oxford University Press",
         place="New York", year=1970)),
  C(book("Husbandmen of Plymouth: Farms and Villages in the Old Colony, 1620–1692", [P("Darren B.", "Rutman")],
         publisher="Beacon", place="Boston", year=1967))]),
(PLY, "2. OPP, 1:xvii.",
 [C(sh(None, "OPP", volume="1"), "xvii")]),
# --- English: notes of Bailyn, The Barbarous Years, on the Antinomian controversy (whosread.com; short forms by
#     abbreviation, long page lists)
(BAI, "2. Winthrop, Journal, 232–33; Foster, “Challenge of Heresy,” 647.",
 [C(sh([F("Winthrop")], "Journal"), "232–33"),
  C(sh([F("Foster")], "Challenge of Heresy"), "647")]),
(BAI, "3. Hall, AC, 202, 219–43; Winthrop, Journal, 233.",
 [C(sh(HALL, "AC"), "202, 219–43"),
  C(sh([F("Winthrop")], "Journal"), "233")]),
(BAI, "4. Sargent Bush, Jr., ed., The Correspondence of John Cotton (Chapel Hill, N.C., 2001), 50, 51, 161, 53, 52, 54; Winship, Heretics, 160, 162.",
 [C(book("The Correspondence of John Cotton", editor=[{"given": "Sargent", "family": "Bush", "suffix": "Jr."}],
         place="Chapel Hill, N.C.", year=2001), "50, 51, 161, 53, 52, 54"),
  C(sh(WIN, "Heretics"), "160, 162")]),
(BAI, "5. Hall, AC, 257–63, 254, 253; Shurtleff, ed., MR, I, 205–9.",
 [C(sh(HALL, "AC"), "257–63, 254, 253"),
  C(sh(None, "MR", **SHU), "205–9")]),
(BAI, "6. Winship, Heretics, 226; Hall, AC, 314, 315, 275, 276; Jean Cameron, Anne Hutchinson, Guilty or Not?: A Closer Look at Her Trials (New York, 1994), 145, 147, 148. On Anne Hutchinson’s private meetings, see Mary Beth Norton, Founding Mothers and Fathers: Gendered Power and the Forming of American Society (New York, 1996), 362–65.",
 [C(sh(WIN, "Heretics"), "226"),
  C(sh(HALL, "AC"), "314, 315, 275, 276"),
  C(book("Anne Hutchinson, Guilty or Not?: A Closer Look at Her Trials", [P("Jean", "Cameron")], place="New York", year=1994),
    "145, 147, 148"),
  C(book("Founding Mothers and Fathers: Gendered Power and the Forming of American Society", [P("Mary Beth", "Norton")],
         place="New York", year=1996), "362–65")]),
(BAI, "7. Hall, AC, 317, 318, 319, 326, 333–38, 273, 342, 343; Cameron, Hutchinson, 149, 151–53, 161.",
 [C(sh(HALL, "AC"), "317, 318, 319, 326, 333–38, 273, 342, 343"),
  C(sh([F("Cameron")], "Hutchinson"), "149, 151–53, 161")]),
(BAI, "8. Hall, AC, 74, 341, 276, 348.",
 [C(sh(HALL, "AC"), "74, 341, 276, 348")]),
(BAI, "9. Gura, Sion’s Glory, 138–43; Shurtleff, ed., MR, I, 211–13.",
 [C(sh([F("Gura")], "Sion’s Glory"), "138–43"),
  C(sh(None, "MR", **SHU), "211–13")]),
(BAI, "10. Hall, AC, 350–88; Emery Battis, Saints and Sectaries: Anne Hutchinson and the Antinomian Controversy in the Massachusetts Bay Colony (Chapel Hill, N.C., 1962), chap. 16; Jesper Rosenmeier, “New England’s Perfection: The Image of Adam and the Image of Christ in the Antinomian Crisis, 1634 to 1638,” WMQ, 27 (1970), 435–59.",
 [C(sh(HALL, "AC"), "350–88"),
  C(book("Saints and Sectaries: Anne Hutchinson and the Antinomian Controversy in the Massachusetts Bay Colony",
         [P("Emery", "Battis")], place="Chapel Hill, N.C.", year=1962), "16", "chapter"),
  C(art("New England’s Perfection: The Image of Adam and the Image of Christ in the Antinomian Crisis, 1634 to 1638",
        [P("Jesper", "Rosenmeier")], "WMQ", "27", None, 1970), "435–59")]),
(BAI, "11. Battis, Saints and Sectaries, 245; Hall, AC, 372, 364, 388; Foster, “Challenge of Heresy,” 644–45.",
 [C(sh(BAT, "Saints and Sectaries"), "245"),
  C(sh(HALL, "AC"), "372, 364, 388"),
  C(sh([F("Foster")], "Challenge of Heresy"), "644–45")]),
(BAI, "12. Battis, Saints and Sectaries, 248; Helle M. Alpert, “Robert Keayne: Notes on Sermons by John Cotton and the Proceedings of the First Church of Boston from 23 November 1639 to 1 June 1640” (Ph.D. diss., Tufts University, 1974), 41–43, 7; Winship, Heretics, 235, 237, 241.",
 [C(sh(BAT, "Saints and Sectaries"), "248"),
  C(thesis("Robert Keayne: Notes on Sermons by John Cotton and the Proceedings of the First Church of Boston from 23 November 1639 to 1 June 1640",
           [P("Helle M.", "Alpert")], "Ph.D. diss.", "Tufts University", 1974), "41–43, 7"),
  C(sh(WIN, "Heretics"), "235, 237, 241")]),
(BAI, "13. R. H. Tawney, Religion and the Rise of Capitalism: A Historical Study ([1926] New York, 1937), 202.",
 [C(book("Religion and the Rise of Capitalism: A Historical Study", [P("R. H.", "Tawney")], place="New York", year=1937,
         **{"original-date": Y(1926)}), "202")]),
(BAI, "14. Battis, Saints and Sectaries, 258ff.",
 [C(sh(BAT, "Saints and Sectaries"), "258ff.")]),
# --- English: notes of the introduction to "New England Begins" essays (colonialsociety.org; place-only imprints)
(COL, "1. “New England Begins” opened on 5 May 1982 and closed on 22 August. The rebuilding program at the Museum of Fine Arts was a principal reason why the exhibition did not coincide exactly with the 350th anniversary (1980).",
 []),
(COL, "2. Sumner C. Powell, Puritan Village: The Formation of a New England Town (Middletown, Conn., 1963); Darrett B. Rutman, Winthrop's Boston: Portrait of a Puritan Town (Chapel Hill, N.C., 1965); Philip J. Greven, Four Generations: Population, Land, and Family in Colonial Andover, Massachusetts (Ithaca, N.Y., 1970); Kenneth A. Lockridge, A New England Town: The First Hundred Years (New York, 1970).",
 [C(book("Puritan Village: The Formation of a New England Town", [P("Sumner C.", "Powell")], place="Middletown, Conn.", year=1963)),
  C(book("Winthrop's Boston: Portrait of a Puritan Town", [P("Darrett B.", "Rutman")], place="Chapel Hill, N.C.", year=1965)),
  C(book("Four Generations: Population, Land, and Family in Colonial Andover, Massachusetts", [P("Philip J.", "Greven")],
         place="Ithaca, N.Y.", year=1970)),
  C(book("A New England Town: The First Hundred Years", [P("Kenneth A.", "Lockridge")], place="New York", year=1970))]),
(COL, "3. Oscar Handlin, “The Significance of the Seventeenth Century,” in Seventeenth-Century America, ed. James M. Smith (Chapel Hill, N.C., 1959), 3–12.",
 [C(chap("The Significance of the Seventeenth Century", [P("Oscar", "Handlin")], "Seventeenth-Century America",
         editor=[P("James M.", "Smith")], place="Chapel Hill, N.C.", year=1959), "3–12")]),
(COL, "4. Greven, Four Generations, 268–269; Lockridge, A New England Town, 19–20.",
 [C(sh([F("Greven")], "Four Generations"), "268–269"),
  C(sh([F("Lockridge")], "A New England Town"), "19–20")]),
# --- English: notes of A Brief History of the Anglo-Saxons, chapters 3 and 4 (whosread.com; author-title-year short
#     forms, numbers without a full stop, an unnumbered prose note at the head of a chapter's notes)
(ASX, "13 Campbell, Anglo-Saxon State, 2000, p. 74.",
 [C(sh([F("Campbell")], "Anglo-Saxon State", issued=Y(2000)), "74")]),
(ASX, "19 Kendrick, Anglo-Saxon Art, 1938, p. 119, cited in Hawkes and Mills, eds, Northumbria’s Golden Age, 1999, p. 1.",
 [C(sh([F("Kendrick")], "Anglo-Saxon Art", issued=Y(1938)), "119"),
  C(sh(None, "Northumbria’s Golden Age", editor=[F("Hawkes"), F("Mills")], issued=Y(1999)), "1")]),
(ASX, "24 Rollason, Northumbria, 500–1100, 2003, p. 143 and, for the rest of this paragraph, pp. 144–6.",
 [C(sh([F("Rollason")], "Northumbria, 500–1100", issued=Y(2003)), "143 and 144–6")]),
(ASX, "Here a special debt is owed to the contributors in Mercia: An Anglo-Saxon Kingdom in Europe (2001) under the editorship of Michelle P. Brown and Carol A. Farr. Ann Dornier’s Mercian Studies (1977) is a classic and a useful survey is to be found in Ian Walker’s Mercia and the Making of England (2000).",
 [C(book("Mercia: An Anglo-Saxon Kingdom in Europe", editor=[P("Michelle P.", "Brown"), P("Carol A.", "Farr")], year=2001)),
  C(book("Mercian Studies", [P("Ann", "Dornier")], year=1977)),
  C(book("Mercia and the Making of England", [P("Ian", "Walker")], year=2000))]),
(ASX, "3 Bassett, ed., Origins of the Anglo-Saxon Kingdoms, 1989, p. 170.",
 [C(sh(None, "Origins of the Anglo-Saxon Kingdoms", editor=[F("Bassett")], issued=Y(1989)), "170")]),
(ASX, "6 Hodgkin, History of the Anglo-Saxons, 1935–9, I, p. 385.",
 [C(sh([F("Hodgkin")], "History of the Anglo-Saxons", issued={"date-parts": [[1935], [1939]]}, volume="I"), "385")]),
(ASX, "7 Wormald, ‘The Age of Offa and Alcuin’, in Campbell, The Anglo-Saxons, 1991, p. 128.",
 [C(sh([F("Wormald")], "The Age of Offa and Alcuin", issued=Y(1991),
       **{"container-title": "The Anglo-Saxons", "container-author": [F("Campbell")]}), "128")]),
(ASX, "10 Keynes, Councils of Clofesho, 1994, p. 3, n. 14.",
 [C(sh([F("Keynes")], "Councils of Clofesho", issued=Y(1994)), "3")]),
]
