# -*- coding: utf-8 -*-
# Eighth gathering (2026-11-25): English-language humanities notes from pages not used before, gathered
# for breadth of subject (crusades, history of science, religious studies, Victorian literature, colonial
# Virginia, the British Commonwealth, imperial defence, Roman republican politics, labour history, the
# domestic slave trade) and of note shape:
#  - Oxford/British style without a colon after the place (`(London 1981), p. 37`, `(Ithaca, NY 2017)`,
#    `(Paris 1885–8), ii, Sermon XI, pp. 328–31`, `ed. G. F. Lytle`, `idem`, `esp. 6–7, 17–18`, a series
#    still appearing `(London 1922–)`) from the notes of a history of the crusades (trantor.is);
#  - line-broken short forms of a biography of Newton on a reader site (`Hooke,\nMicrographia\n, preface.`,
#    `I: 30`, `Phil. Trans\n. 1 (March 1665)`, a bare `Ibid., p. 3.`) and the same book's notes page
#    elsewhere (short forms named inside running prose: `Brewster, in 1831 (The Life of Sir Isaac Newton,
#    p. 303)`, a verse quotation broken over lines, an archival epigraph note);
#  - Chicago notes run together in Project MUSE excerpts of a book on religious studies (`chaps. 1 and 4`,
#    `in his The Interpretation of Cultures`, `eds.`, a journal by volume, number and month, a page number
#    of the book glued to a note: `1987). 239`) and of a book on Dickens (`2 vols.`, `2:193`, `12 vols.`
#    with a year range, short forms in parentheses inside prose, a letter cited from an edition);
#  - a book on colonial Virginia (`1.Minutes`, a book without author, `Vol. 2`, `4th ed.`, `Univ. Press`);
#  - British notes of a book on the Commonwealth (reader site; `(Vol. 28, No. 1; January 1937)`,
#    `in Norman Hillmer (ed.)`, `[hereafter 'OHBE4']`, seminar papers, a conference paper, a book review,
#    the Oxford DNB, archival references such as `CAB24/192` left out) and line-broken notes of a book on
#    imperial defence (`ch. 5`, `(Basingstoke, 1987, 1969)`, `vol. 1`, words hyphenated across lines);
#  - author-date notes of a companion to the Roman Republic (`Brunt 1971a: 91-9.`, note numbers lost),
#    author-page short forms of a book on the slave trade (`Featherstonhaugh, 1:122–23.`, `Brown, William
#    Wells 1849, 49.`, `Adams 1889/1986`, abbreviations of editions as titles: `HJFP, 1:lxxvi`), notes of an
#    article on a Bradford strike with italic titles glued to the word before (`inEssays in Labour History`,
#    `History Today,xxxix(10) (1989)`), and notes of a book on English identity and empire with OCR errors
#    (`ofKings`, `Mac• millan`, `]ICH, 25: 1 (January 1997)`, `at pp. 803, 809`, `first issued 1945 `).
# Decisions: a page number of the book printed between two run-together notes is kept in the note it
# follows (like link text glued to a note) and is part of no gold field; a gloss inside a locator
# (`pp. 705 (Baltic) and 904`) is dropped, the pages are kept as printed with their `and`; `idem` is
# resolved to the name it repeats (like `Týž`); a short form named inside prose (`Brewster, in 1831 (The
# Life of Sir Isaac Newton, p. 303)`) takes its author from the prose; the line numbers of a poem
# (`Paradise Regained, 320–21`) are given as the locator with label `page`, as the README says for any locator; an
# author-date reference (`Brunt 1971a`) is a short form with `issued` and, where printed, a
# `year-suffix`; a journal number cited without an article (`Phil. Trans. 1 (March 1665)`) is an
# `article-journal` without title, as `Diacritics 6, no. 3` was.
# Also: a volume of a multi-volume work that has its own title (`The Oxford History of the British Empire:
# Volume IV- The Twentieth Century`, `Imperial Sunset,\nVol. 1: Britain’s Liberal Empire 1897–1921`) gets
# `volume` and `volume-title` (as the sixth gathering did for a Russian set); a conference paper is a
# `paper-conference` with the meeting in `event-title` (as in the ninth gathering), and a numbered seminar-paper
# series is the `collection-title` of a `report`; an Oxford DNB entry is a `chapter` of the dictionary; a word
# hyphenated across a line keeps its hyphen and the line break is read as a space (`Common-\nwealth` ->
# `Common- wealth`, as the sixth gathering did); initials are kept as printed (`J.M. Brown`, `E.P. Thompson`);
# the Manningham Mills notes come from another article of globalauthorid.com, a site used before for a
# different text. 90 notes, 159 citations, 13 pages; six notes cite no work (a bare `Ibid.`, archival notes, a
# note citing Cicero's speech by section).
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, C, book, short
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper


def yr(a, b): return {"date-parts": [[a], [b]]}


TY = "https://trantor.is/content/zaj5hVYtpw6Bbweo/notes.htm"
GL = "http://readsbookonline.com/isaac-newton-f/29"
GN = "https://trantor.is/content/vh1NjYAHHQSpDJBr/OEBPS/Glei_9780307426437_epub_nts_r1.htm"
MR = "https://muse.jhu.edu/books/9780520929517/9780520929517-22.pdf"
MD = "http://muse.jhu.edu/books/9780826272645/9780826272645-15.pdf"
TV = "https://trantor.is/content/QE5JotqzaSSQjnpc/text/9780063038530_Notes.xhtml"
EL = "https://www.urking.top/read/empire-lost-andrew-stewart-702c2e/131.html"
EI = "https://www.urking.top/read/empire-lost-andrew-stewart-702c2e/127.html"
KD = "https://studmed.ru/view/kennedy-g-imperial-defence-the-old-world-order-1856-1956_37c4894ba95.html?page=31"
WH = "https://worldhistory.biz/ancient-history/66458-notes.html"
SL = "https://trantor.is/content/Yn7zzY3Vr9soQSbZ/064_Endnotes.html"
MM = "http://globalauthorid.com/WebPortal/ArticleView?wd=6BC40275A731AD8D86F6374256253492D8E60DDECCDCDD6EABFB9310E720D72D"
DE = "https://docslib.org/doc/390846/notes-to-the-introduction-i-the-expansion-of-england"

RSJL = [P("J.", "Riley-Smith"), P("L.", "Riley-Smith")]
TYER = [P("C.", "Tyerman")]
FORSTER = [P("John", "Forster")]
GEERTZ = [F("Geertz")]

EIGHTH = [
# --- Notes of a history of the crusades (trantor.is; British style, no colon after the place; `ed.` after a
#     title; `idem`; a multi-volume edition `(Paris 1885–8), ii`; a series still appearing `(London 1922–)`)
(TY, "1. Ralph Glaber, Opera, ed. J. France (Oxford 1989), pp. 36–7; 61.",
 [C(book("Opera", [L("Ralph Glaber")], editor=[P("J.", "France")], place="Oxford", year=1989), "36–7; 61")]),
(TY, "2. C. Morris, The Sepulchre of Christ and the Medieval West (Oxford 2005); M. Biddle, The Tomb of Christ (Stroud 1999).",
 [C(book("The Sepulchre of Christ and the Medieval West", [P("C.", "Morris")], place="Oxford", year=2005)),
  C(book("The Tomb of Christ", [P("M.", "Biddle")], place="Stroud", year=1999))]),
(TY, "1. From the only surviving version of the decree of Urban II’s Council of Clermont, November 1095, J. and L. Riley-Smith, The Crusades: Idea and Reality 1095–1274 (London 1981), p. 37; trans. from R. Somerville, The Councils of Urban II: 1. Decreta Claromontensia (Amsterdam 1972), p. 74; cf. pp. 108, 124.",
 [C(book("The Crusades: Idea and Reality 1095–1274", RSJL, place="London", year=1981), "37"),
  C(book("The Councils of Urban II: 1. Decreta Claromontensia", [P("R.", "Somerville")], place="Amsterdam", year=1972), "74")]),
# a journal article's span goes in `page`, the pinpoint after `esp.` in `locator`; the glosses in `pp. 705 (Baltic) and 904 and nn. 63–5 (...)` are dropped
(TY, "2. P. Jackson, ‘The Crusade against the Mongols (1241)’, Journal of Ecclesiastical History, 42 (1991), 1–18, esp. 6–7, 17–18; E. T. Kennan, ‘Innocent III, Gregory IX and Political Crusades’, Reform and Authority in the Medieval and Reformation Church, ed. G. F. Lytle (Washington, DC 1981), pp. 26–9; C. Tyerman, God’s War: A New History of the Crusades (London 2006), pp. 705 (Baltic) and 904 and nn. 63–5 (anti-crusade crusades).",
 [C(art("The Crusade against the Mongols (1241)", [P("P.", "Jackson")], "Journal of Ecclesiastical History", "42", None, 1991, "1–18"), "6–7, 17–18"),
  C(chap("Innocent III, Gregory IX and Political Crusades", [P("E. T.", "Kennan")], "Reform and Authority in the Medieval and Reformation Church", editor=[P("G. F.", "Lytle")], place="Washington, DC", year=1981), "26–9"),
  C(book("God’s War: A New History of the Crusades", TYER, place="London", year=2006), "705 and 904")]),
(TY, "3. C. Tyerman, How to Plan a Crusade (London 2015), pp. 45–50, 204–7; A. Bysted, The Crusade Indulgence: Spiritual Rewards and the Theology of the Crusades c. 1095–1216 (Leiden 2015); J. Brundage, Medieval Canon Law and the Crusader (Madison 1969).",
 [C(book("How to Plan a Crusade", TYER, place="London", year=2015), "45–50, 204–7"),
  C(book("The Crusade Indulgence: Spiritual Rewards and the Theology of the Crusades c. 1095–1216", [P("A.", "Bysted")], place="Leiden", year=2015)),
  C(book("Medieval Canon Law and the Crusader", [P("J.", "Brundage")], place="Madison", year=1969))]),
(TY, "4. M. C. Gaposchkin, Invisible Weapons: Liturgy and the Making of Crusade Ideology (Ithaca, NY 2017).",
 [C(book("Invisible Weapons: Liturgy and the Making of Crusade Ideology", [P("M. C.", "Gaposchkin")], place="Ithaca, NY", year=2017))]),
(TY, "5. J. B. Pitra, Analecta Novissima (Paris 1885–8), ii, Sermon XI, pp. 328–31; cf. F. H. Russell, The Just War in the Midde Ages (Cambridge 1975), p. 205; in general, G. Constable, ‘The Cross of the Crusaders’, Crusaders and Crusading in the Twelfth Century (Farnham 2008), pp. 45–91.",
 [C(book("Analecta Novissima", [P("J. B.", "Pitra")], place="Paris", year=yr(1885, 1888), volume="ii"), "328–31"),
  C(book("The Just War in the Midde Ages", [P("F. H.", "Russell")], place="Cambridge", year=1975), "205"),
  C(chap("The Cross of the Crusaders", [P("G.", "Constable")], "Crusaders and Crusading in the Twelfth Century", place="Farnham", year=2008), "45–91")]),
# `idem` is resolved to the author it repeats
(TY, "6. C. Tyerman, The Invention of the Crusade (Basingstoke 1998), p. 79 and n. 210 p. 147; idem, How to Plan a Crusade, p. 84.",
 [C(book("The Invention of the Crusade", TYER, place="Basingstoke", year=1998), "79"),
  C(short(TYER, "How to Plan a Crusade"), "84")]),
(TY, "7. Trans. J. and L. Riley-Smith, The Crusades, p. 139.",
 [C(short(RSJL, "The Crusades"), "139")]),
(TY, "8. Curia Regis Rolls (London 1922–), viii, 324; in general Brundage, Medieval Canon Law, pp. 159–90.",
 [C(book("Curia Regis Rolls", place="London", year=1922, volume="viii"), "324"),
  C(short([F("Brundage")], "Medieval Canon Law"), "159–90")]),
# --- Endnotes of a biography of Newton on a reader site: italic titles broken onto lines of their own,
#     short forms only, `I: 30`, a journal number without an article, a bare `Ibid., p. 3.`
(GL, "6\n. Newton to Locke, June 30, 1691,\nCorres\nIII: 365.",
 [C({"title": "Corres", "volume": "III"}, "365")]),
(GL, "7\n. Hooke,\nMicrographia\n, preface.",
 [C(short([F("Hooke")], "Micrographia"))]),
(GL, "8\n. Letter of John Wallis, quoted in Charles Richard Weld,\nHistory of the Royal Society\n, I: 30; Ornstein,\nRole of Scientific Societies\n, pp. 93 and 95;\nPhil. Trans\n. 1 (March 1665). Several such societies, on a regional scale, had been formed in Naples and Florence; the next national scientific society, the\nAcadémie des Sciences\n, was founded in Paris four years later.",
 [C({"author": [P("Charles Richard", "Weld")], "title": "History of the Royal Society", "volume": "I"}, "30"),
  C(short([F("Ornstein")], "Role of Scientific Societies"), "93 and 95"),
  C(art(None, None, "Phil. Trans.", "1", None, Y(1665, 3)))]),
(GL, "9\n. Wallis letter, in Weld,\nHistory of the Royal Society\n, I: 30; Ornstein,\nRole of Scientific Societies\n, p. 95.",
 [C({"author": [F("Weld")], "title": "History of the Royal Society", "volume": "I"}, "30"),
  C(short([F("Ornstein")], "Role of Scientific Societies"), "95")]),
(GL, "11\n. Bacon,\nNovum Organum\n, p. 169.",
 [C(short([F("Bacon")], "Novum Organum"), "169")]),
# an item printed in a book, cited by the book's short form: title, container and the container's author
(GL, "12\n. “An Account of a Dog dissected by Mr. Hook,” in Sprat,\nHistory of the Royal Society\n, p. 232; ’Espinasse,\nRobert Hooke\n, p. 52.",
 [C({"title": "An Account of a Dog dissected by Mr. Hook", "container-title": "History of the Royal Society", "container-author": [F("Sprat")]}, "232"),
  C(short([F("’Espinasse")], "Robert Hooke"), "52")]),
(GL, "13\n. Pepys,\nDiary\n, May 30, 1667. “fine experiments … of colours, loadstones, microscopes, and of liquors … among others, of one that did while she was there turn a piece of roasted mutton into pure blood, which was very rare.… After they had shown her many experiments, and she cried out still she was full of admiration, she departed.…”",
 [C(short([F("Pepys")], "Diary"))]),
(GL, "16\n. Ibid., p. 3.",
 []),
# --- The same book's notes page on trantor.is: a note keyed to the epigraph citing a manuscript only (not
#     listed), short forms named inside prose, a verse quotation broken over lines
(GN, "EPIGRAPH Newton’s recollection, the year before he died, of having made the first reflecting telescope; recorded by his niece’s husband, John Conduitt, memorandum, August 31, 1726, Keynes MS 130.10.",
 []),
# the year is given by the prose (`in 1831`); Milton's line numbers are the locator
(GN, "1. “What a lesson to the vanity and presumption of philosophers!” exclaimed his first biographer, Brewster, in 1831 (The Life of Sir Isaac Newton, p. 303). Newton, who read incessantly and remained unsettled, was echoing Milton (Paradise Regained, 320–21):\n\n   Who reads\n\nIncessantly, and to his reading brings not\n\nA spirit and judgment equal or superior,\n\n(And what he brings what needs he elsewhere seek?)\n\nUncertain and unsettled still remains,\n\nDeep-versed in books and shallow in himself,\n\nCrude or intoxicate, collecting toys\n\nAnd trifles for choice matters, worth a sponge,\n\nAs children gathering pebbles on the shore.",
 [C({"author": [F("Brewster")], "title": "The Life of Sir Isaac Newton", "issued": Y(1831)}, "303"),
  C(short([F("Milton")], "Paradise Regained"), "320–21")]),
(GN, "2. Stukeley, Memoirs, p. 34.",
 [C(short([F("Stukeley")], "Memoirs"), "34")]),
(GN, "3. Having compared them as lovers, Voltaire added judiciously, “One can admire Newton for that, but must not blame Descartes.” Letters on England, 14, pp. 68–70.",
 [C(short([F("Voltaire")], "Letters on England"), "68–70")]),
# --- Chicago notes of a book on the study of religion (Project MUSE excerpt; the notes run on in one line
#     and were cut at their numbers; `in his`, `chaps.`, `eds.`, a journal by volume, number and month)
# the novel's author is not named in the note
(MR, "2. The novel is available in English as Bengal Nights, trans. Catherine Spencer (London: Carcanet, 1993). For Eliade’s work on yoga, see Mircea Eliade , Yoga: Immortality and Freedom (New York: Pantheon, 1958).",
 [C(book("Bengal Nights", translator=[P("Catherine", "Spencer")], publisher="Carcanet", place="London", year=1993)),
  C(book("Yoga: Immortality and Freedom", [P("Mircea", "Eliade")], publisher="Pantheon", place="New York", year=1958))]),
(MR, "3. See Mircea Eliade, The Quest: History and Meaning in Religion (Chicago: University of Chicago Press, 1969), chaps. 1 and 4.",
 [C(book("The Quest: History and Meaning in Religion", [P("Mircea", "Eliade")], publisher="University of Chicago Press", place="Chicago", year=1969), "1 and 4", "chapter")]),
# `in his`: the container's author is the chapter's author; the space before the closing comma of a title is not part of it
(MR, "4. See Geertz’s “Thick Description: Toward an Interpretive Theory of Culture ,” in his The Interpretation of Cultures (New York: Basic Books, 1973), 3–30. On Geertz’s life, see his autobiographical essay, “Passage and Accident, a Life of Learning,” in his Available Light: Anthropological Reflections on Philosophical Topics (Princeton, N.J.: Princeton University Press, 2000), 3–20.",
 [C(chap("Thick Description: Toward an Interpretive Theory of Culture", GEERTZ, "The Interpretation of Cultures", publisher="Basic Books", place="New York", year=1973, **{"container-author": GEERTZ}), "3–30"),
  C(chap("Passage and Accident, a Life of Learning", GEERTZ, "Available Light: Anthropological Reflections on Philosophical Topics", publisher="Princeton University Press", place="Princeton, N.J.", year=2000, **{"container-author": GEERTZ}), "3–20")]),
(MR, "5. See the essays in Mark C. Taylor, ed., Critical Terms for Religious Studies (Chicago: University of Chicago Press, 1998); and in Willi Braun and Russell T. McCutcheon, eds., Guide to the Study of Religion (London: Cassell, 2000).",
 [C(book("Critical Terms for Religious Studies", editor=[P("Mark C.", "Taylor")], publisher="University of Chicago Press", place="Chicago", year=1998)),
  C(book("Guide to the Study of Religion", editor=[P("Willi", "Braun"), P("Russell T.", "McCutcheon")], publisher="Cassell", place="London", year=2000))]),
# the reviews and the response are cited together by the journal issue: one journal item without title or author
(MR, "6. See, e.g., Timothy Fitzgerald, The Ideology of Religious Studies (New York: Oxford, 2000) together with its reviews by Benson Saler, Gustavo Benavides , and Frank Korom and a response by Fitzgerald in Religious Studies Review 27, no. 2 (Apr. 2001): 103–15.",
 [C(book("The Ideology of Religious Studies", [P("Timothy", "Fitzgerald")], publisher="Oxford", place="New York", year=2000)),
  C(art(None, None, "Religious Studies Review", "27", "2", Y(2001, 4)), "103–15")]),
# `239` after the note is the page number of the book, run into the note by the excerpt: part of no field
(MR, "1. This program has been admirably presented by J. Samuel Preus, Explaining Religion: Criticism and Theory from Bodin to Freud (New Haven, Conn.: Yale University Press, 1987). 239",
 [C(book("Explaining Religion: Criticism and Theory from Bodin to Freud", [P("J. Samuel", "Preus")], publisher="Yale University Press", place="New Haven, Conn.", year=1987))]),
(MR, "2. See, e.g., ibid., chap. 5; and Frank E. Manuel, The Eighteenth Century Confronts the Gods (Cambridge, Mass.: Harvard University Press, 1959), 168–83.",
 [C(book("The Eighteenth Century Confronts the Gods", [P("Frank E.", "Manuel")], publisher="Harvard University Press", place="Cambridge, Mass.", year=1959), "168–83")]),
# --- Chicago notes of a book on Dickens (Project MUSE excerpt; `2 vols.`, `2:193`, a letter cited from an
#     edition in `12 vols.` with a year range, short forms in parentheses inside prose)
(MD, "1. John Forster, The Life of Charles Dickens, 2 vols. (London: J. M. Dent, 1927), 2:193; Peter Ackroyd, Dickens (New York: HarperCollins Publishers, 1990), 856; Michael Slater , Charles Dickens: [A Life Defined by Writing] (New Haven: Yale University Press, 2009), 147.",
 [C(book("The Life of Charles Dickens", FORSTER, publisher="J. M. Dent", place="London", year=1927, volume="2", **{"number-of-volumes": "2"}), "193"),
  C(book("Dickens", [P("Peter", "Ackroyd")], publisher="HarperCollins Publishers", place="New York", year=1990), "856"),
  C(book("Charles Dickens: [A Life Defined by Writing]", [P("Michael", "Slater")], publisher="Yale University Press", place="New Haven", year=2009), "147")]),
# the letter is cited from a published edition: the edition is listed, the letter is not a separate work
(MD, "2. Charles Dickens to Rev. David Macrae, 1861, The Pilgrim Edition Letters of Charles Dickens, ed. Madeline House, Graham Storey, Kathleen Tillotson, 12 vols. (Oxford: Clarendon Press 1965–2002), 9:557.",
 [C(book("The Pilgrim Edition Letters of Charles Dickens", editor=[P("Madeline", "House"), P("Graham", "Storey"), P("Kathleen", "Tillotson")], publisher="Clarendon Press", place="Oxford", year=yr(1965, 2002), volume="9", **{"number-of-volumes": "12"}), "557")]),
(MD, "3. J. W. Saunders, The Profession of English Letters (London: Routledge and Kegan Paul, 1964), 202; Forster, The Life of Charles Dickens, 1:83; Robert L. Patten,“Publishing in Parts,”in Palgrave Advances in Charles Dickens Studies, ed. John Bowen and Robert L. Patten (Houndmills, Basingstoke, Hampshire: Palgrave, 2006), 31.",
 [C(book("The Profession of English Letters", [P("J. W.", "Saunders")], publisher="Routledge and Kegan Paul", place="London", year=1964), "202"),
  C({"author": [F("Forster")], "title": "The Life of Charles Dickens", "volume": "1"}, "83"),
  C(chap("Publishing in Parts", [P("Robert L.", "Patten")], "Palgrave Advances in Charles Dickens Studies", editor=[P("John", "Bowen"), P("Robert L.", "Patten")], publisher="Palgrave", place="Houndmills, Basingstoke, Hampshire", year=2006), "31")]),
(MD, "4. David Vincent, Literacy and Popular Culture: England 1750–1914 (Cambridge: Cambridge University Press, 1989), 96–97; George H. Ford, Dickens and His Readers: Aspects of Novel-Criticism since 1836 (New York: Gordian Press, 1974), 78.",
 [C(book("Literacy and Popular Culture: England 1750–1914", [P("David", "Vincent")], publisher="Cambridge University Press", place="Cambridge", year=1989), "96–97"),
  C(book("Dickens and His Readers: Aspects of Novel-Criticism since 1836", [P("George H.", "Ford")], publisher="Gordian Press", place="New York", year=1974), "78")]),
# short forms in parentheses inside prose; Ford's name is taken from the prose before his short title
(MD, "5. Ford reports that The Times, considering itself the“guardian of public taste,”used phrases like “intrinsically puerile and stupid” and “a twaddling manifestation of silliness ”for Dickens’s works (Dickens and His Readers, 53). Also, Dickens writes to Forster that Blackwood’s Magazine has informed him that Little Dorrit is “Twaddle.” (Charles Dickens to John Forster, ?5 April 1857, Pilgrim Edition Letters, 8:309). Lewes criticizes Dickens’s characters as child’s play—wooden horses that run on wheels (Forster, The Life of Charles Dickens 2:269). The Trollope comment is reported in Earle Davis, The Flint and the Flame: The Artistry of Charles Dickens (Columbia: University of Missouri Press, 1963), 12.",
 [C(short([F("Ford")], "Dickens and His Readers"), "53"),
  C({"title": "Pilgrim Edition Letters", "volume": "8"}, "309"),
  C({"author": [F("Forster")], "title": "The Life of Charles Dickens", "volume": "2"}, "269"),
  C(book("The Flint and the Flame: The Artistry of Charles Dickens", [P("Earle", "Davis")], publisher="University of Missouri Press", place="Columbia", year=1963), "12")]),
# --- Notes of a book on the first Africans in colonial Virginia (trantor.is; numbers glued to the note:
#     `1.Minutes`; a work with no author; `Vol. 2`; `4th ed.`; `Univ. Press`)
(TV, "1.Minutes of the Council and General Court of Colonial Virginia, 1622–1632, 1670–1676: With Notes and Excerpts from Original Council and General Court Records, Into 1683, Now Lost (Richmond, VA: Colonial Press, 2011), 411.",
 [C(book("Minutes of the Council and General Court of Colonial Virginia, 1622–1632, 1670–1676: With Notes and Excerpts from Original Council and General Court Records, Into 1683, Now Lost", publisher="Colonial Press", place="Richmond, VA", year=2011), "411")]),
(TV, "2.See, for example, Murray Bowen and C. Margaret Hall, The Bowen Family Theory and Its Uses (Lanham, MD: Jason Aronson, 1981).",
 [C(book("The Bowen Family Theory and Its Uses", [P("Murray", "Bowen"), P("C. Margaret", "Hall")], publisher="Jason Aronson", place="Lanham, MD", year=1981))]),
(TV, "3.The precise linguist spelling of this word is √(n)gr, where the square root sign and parentheses have special linguist meanings apart from their meaning as mathematical symbols. See Martin Bernal, Black Athena, Vol. 2 (New Brunswick, NJ: Rutgers Univ. Press, 1991), 96.",
 [C(book("Black Athena", [P("Martin", "Bernal")], publisher="Rutgers Univ. Press", place="New Brunswick, NJ", year=1991, volume="2"), "96")]),
# a muster list printed in a compiled book: a chapter of the book, which has an edition number
(TV, "1.John Frederick Dorman, “Capt William Tucker His Muster, Elizabeth Cittie,” Adventurers of Purse and Person Virginia 1607–1624/25, 4th ed. (Baltimore: Genealogical Publishing Company, 2004), 51.",
 [C(chap("Capt William Tucker His Muster, Elizabeth Cittie", [P("John Frederick", "Dorman")], "Adventurers of Purse and Person Virginia 1607–1624/25", publisher="Genealogical Publishing Company", place="Baltimore", year=2004, edition="4"), "51")]),
# --- Notes of a book on Britain and the Dominions (online reader; British style; journals by `(Vol. 28,
#     No. 1; January 1937)`; `(eds)` before the title; seminar and conference papers; the Oxford DNB;
#     archival references to the National Archives such as `CAB24/192` are not listed)
(EL, "64 'Notes on Mr Amery's Tour in Australia and New Zealand', 8 February 1928, CAB24/192.",
 []),
(EL, "65 Garner, Commonwealth, p. 49.",
 [C(short([F("Garner")], "Commonwealth"), "49")]),
(EL, "67 Walter Phelps Hall, Empire to Commonwealth (New York, 1928), pp. 165-82; Edward Porrit, The Fiscal and Diplomatic Freedom of the British Overseas Dominions (London, 1922), pp. 141-8.",
 [C(book("Empire to Commonwealth", [P("Walter Phelps", "Hall")], place="New York", year=1928), "165–82"),
  C(book("The Fiscal and Diplomatic Freedom of the British Overseas Dominions", [P("Edward", "Porrit")], place="London", year=1922), "141–8")]),
# `OHBE4` is the abbreviation the book set up for the Oxford History of the British Empire, vol. IV: kept as printed
(EL, "68 D. K. Fieldhouse 'The Metropolitan Economics of Empire', in OHBE4, pp. 98-102.",
 [C(chap("The Metropolitan Economics of Empire", [P("D. K.", "Fieldhouse")], "OHBE4"), "98–102")]),
(EL, "69 Correlli Barnett, The Collapse of British Power (London, 1972), pp. 117-20.",
 [C(book("The Collapse of British Power", [P("Correlli", "Barnett")], place="London", year=1972), "117–20")]),
(EL, "70 P. J. Cain and A. G. Hopkins, British Imperialism: Crisis and Deconstruction, 1914-90 (London and New York, 1993), pp. 96-135; Judd and Slim, The Evolution of the Modern Commonwealth, pp. 73-78; L. E. Davis and R. A. Huttenback, Mammon and the Pursuit of Empire. The Political Economy of British Imperialism, 1860-1912 (Cambridge, 1986), pp. 160-3, 189-91, 303-6.",
 [C(book("British Imperialism: Crisis and Deconstruction, 1914-90", [P("P. J.", "Cain"), P("A. G.", "Hopkins")], place="London and New York", year=1993), "96–135"),
  C(short([F("Judd"), F("Slim")], "The Evolution of the Modern Commonwealth"), "73–78"),
  C(book("Mammon and the Pursuit of Empire. The Political Economy of British Imperialism, 1860-1912", [P("L. E.", "Davis"), P("R. A.", "Huttenback")], place="Cambridge", year=1986), "160–3, 189–91, 303–6")]),
(EL, "71 Walter Nash, 'New Zealand and the Commonwealth', United Empire (Vol. 28, No. 1; January 1937), p. 31; McKinnon, Independence and Foreign Policy pp. 23-6.",
 [C(art("New Zealand and the Commonwealth", [P("Walter", "Nash")], "United Empire", "28", "1", Y(1937, 1)), "31"),
  C(short([F("McKinnon")], "Independence and Foreign Policy"), "23–6")]),
# a numbered seminar-paper series: a `report` whose series is `collection-title`
(EL, "73 John O'Brien, 'Conditional Loyalties: Australia, Ireland and the Decline of the Dominions Office', Institute of Commonwealth Studies Seminar Paper (1990), p. 2.",
 [C({"type": "report", "title": "Conditional Loyalties: Australia, Ireland and the Decline of the Dominions Office", "author": [P("John", "O'Brien")], "collection-title": "Institute of Commonwealth Studies Seminar Paper", "issued": Y(1990)}, "2")]),
(EL, "74 Keith Middlemas, 'The Effect of Dominion Opinion on British Foreign Policy, 1937-1938', Institute of Commonwealth Studies Seminar Paper (1971), p. 47.",
 [C({"type": "report", "title": "The Effect of Dominion Opinion on British Foreign Policy, 1937-1938", "author": [P("Keith", "Middlemas")], "collection-title": "Institute of Commonwealth Studies Seminar Paper", "issued": Y(1971)}, "47")]),
# the psalm is scripture, not a cited edition: not listed
(EI, "1 Psalm 48:12, the injunction to which Mansergh was apparently mindful when undertaking his study; Nicholas Mansergh, Survey of British Commonwealth Affairs: Problems of Wartime Cooperation and Post-War Change, 1939-1952 (London, 1958), p. xvi.",
 [C(book("Survey of British Commonwealth Affairs: Problems of Wartime Cooperation and Post-War Change, 1939-1952", [P("Nicholas", "Mansergh")], place="London", year=1958), "xvi")]),
# an ODNB entry is a `chapter` of the dictionary; a review cited by journal only has no title; the unclosed
# quote of `'Book Review,` is the page's
(EI, "2 Mansergh, Survey of British Commonwealth Affairs: Problems of External Policy, 1931-39 (London, 1952); Mansergh, Documents and Speeches on British Commonwealth Affairs 1931-1952: Vols. 1&2 (London, 1953); W. K. Hancock, 'Nicholas Mansergh: Some Recollections and Reflections' in Norman Hillmer (ed.), The First British Commonwealth: Essays in Honour of Nicholas Mansergh (London, 1980), pp. 3-9; Ronald Hyam, '(Philip) Nicholas Seton Mansergh (1910-1991)', Oxford Dictionary of National Biography; Kenneth E. Miller, 'Book Review, The Journal of Politics (Vol. 21, No. 3; August 1959), pp. 549-51; K. C. Wheare, International Affairs (Vol. 35, No. 2; April 1959), p. 227.",
 [C(book("Survey of British Commonwealth Affairs: Problems of External Policy, 1931-39", [F("Mansergh")], place="London", year=1952)),
  C(book("Documents and Speeches on British Commonwealth Affairs 1931-1952", [F("Mansergh")], place="London", year=1953, volume="1&2")),
  C(chap("Nicholas Mansergh: Some Recollections and Reflections", [P("W. K.", "Hancock")], "The First British Commonwealth: Essays in Honour of Nicholas Mansergh", editor=[P("Norman", "Hillmer")], place="London", year=1980), "3–9"),
  C(chap("(Philip) Nicholas Seton Mansergh (1910-1991)", [P("Ronald", "Hyam")], "Oxford Dictionary of National Biography")),
  C(art("Book Review", [P("Kenneth E.", "Miller")], "The Journal of Politics", "21", "3", Y(1959, 8)), "549–51"),
  C(art(None, [P("K. C.", "Wheare")], "International Affairs", "35", "2", Y(1959, 4)), "227")]),
# a volume of a multi-volume work with its own title: `volume` and `volume-title` (as in the sixth gathering);
# a conference paper is a `paper-conference` with the meeting as `event-title`
(EI, "3 John Darwin, 'A Third British Empire? The Dominion Idea in British Politics' in Judith M. Brown and Wm. Roger Louis (eds), The Oxford History of the British Empire: Volume IV- The Twentieth Century (Oxford, 1999), pp. 64-87 [hereafter 'OHBE4']; W. David McIntyre, 'The Strange Death of Dominion Status' in Robert D. King and Robert Kilson (eds), The Statecraft of British Imperialism: Essays in Honour of Wm. Roger Louis (London, 1999) pp. 193-5; Fred Nash, '\"Salutem adferre reipublicae\" (Cicero): The Dominion Concept and the Empire', BISA/PSA Political Science Group Workshop Conference, July 1998.",
 [C(chap("A Third British Empire? The Dominion Idea in British Politics", [P("John", "Darwin")], "The Oxford History of the British Empire", editor=[P("Judith M.", "Brown"), P("Wm. Roger", "Louis")], place="Oxford", year=1999, volume="IV", **{"volume-title": "The Twentieth Century"}), "64–87"),
  C(chap("The Strange Death of Dominion Status", [P("W. David", "McIntyre")], "The Statecraft of British Imperialism: Essays in Honour of Wm. Roger Louis", editor=[P("Robert D.", "King"), P("Robert", "Kilson")], place="London", year=1999), "193–5"),
  C({"type": "paper-conference", "title": "\"Salutem adferre reipublicae\" (Cicero): The Dominion Concept and the Empire", "author": [P("Fred", "Nash")], "event-title": "BISA/PSA Political Science Group Workshop Conference", "issued": Y(1998, 7)})]),
(EI, "4 John Darwin, 'The Fear of Falling: British Politics and Imperial Decline Since 1900', Transactions of the Royal Historical Society (Vol. 36, 1986), pp. 28-9.",
 [C(art("The Fear of Falling: British Politics and Imperial Decline Since 1900", [P("John", "Darwin")], "Transactions of the Royal Historical Society", "36", None, 1986), "28–9")]),
# --- Notes of a book on imperial defence (studmed.ru text of a PDF: lines broken as printed, words hyphenated
#     across lines; a line break is read as a space, so `Common-\nwealth` gives `Common- wealth` as in the sixth
#     gathering; short forms; `vol. 1`; `ch. 5` inside prose; `(Basingstoke, 1987, 1969)`)
(KD, "63 Davis and Huttenback, Mammon and the Pursuit of Empire, 161; Judd and Slinn,\nThe Evolution of the Modern Commonwealth, 5.",
 [C(short([F("Davis"), F("Huttenback")], "Mammon and the Pursuit of Empire"), "161"),
  C(short([F("Judd"), F("Slinn")], "The Evolution of the Modern Commonwealth"), "5")]),
(KD, "64 Gordon, The Dominion Partnership in Imperial Defense 1870–1914, 281–93;\nLambert, ‘Economy or Empire’? 74–5.",
 [C(short([F("Gordon")], "The Dominion Partnership in Imperial Defense 1870–1914"), "281–93"),
  C(short([F("Lambert")], "Economy or Empire"), "74–5")]),
(KD, "65 Stacey, Canada and the Age of Conflict, vol. 1, 153–68; Mansergh, The Common-\nwealth Experience, 156; Hadley and Sarty, Tin Pots and Pirate Ships, 41; Preston,\nCanada and Imperial Defense, 447.",
 [C({"author": [F("Stacey")], "title": "Canada and the Age of Conflict", "volume": "1"}, "153–68"),
  C(short([F("Mansergh")], "The Common- wealth Experience"), "156"),
  C(short([F("Hadley"), F("Sarty")], "Tin Pots and Pirate Ships"), "41"),
  C(short([F("Preston")], "Canada and Imperial Defense"), "447")]),
(KD, "66 Steven, The Royal Australian Navy, 24–7; Barclay, The Empire Is Marching, 55–7,\nJudd and Slinn, The Evolution of the Modern Commonwealth, 15; Thompson, Imper-\nial Britain, 118, 122.",
 [C(short([F("Steven")], "The Royal Australian Navy"), "24–7"),
  C(short([F("Barclay")], "The Empire Is Marching"), "55–7"),
  C(short([F("Judd"), F("Slinn")], "The Evolution of the Modern Commonwealth"), "15"),
  C(short([F("Thompson")], "Imper- ial Britain"), "118, 122")]),
(KD, "67 Harris, Canadian Brass, ch. 5, makes important points about the progress and\npitfalls of functional integration in Canada under Sam Hughes as minister of\nmilitia; Haldane, An Autobiography, 225–40; Mansergh, The Commonwealth\nExperience, 165; Hadley and Sarty, Tin Pots and Pirate Ships, 37–8; Preston,\nCanada and Imperial Defense, 452–61.",
 [C(short([F("Harris")], "Canadian Brass"), "5", "chapter"),
  C(short([F("Haldane")], "An Autobiography"), "225–40"),
  C(short([F("Mansergh")], "The Commonwealth Experience"), "165"),
  C(short([F("Hadley"), F("Sarty")], "Tin Pots and Pirate Ships"), "37–8"),
  C(short([F("Preston")], "Canada and Imperial Defense"), "452–61")]),
(KD, "68 Mansergh, The Commonwealth Experience, 21; Judd and Slinn, The Evolution of the\nModern Commonwealth, 39–40; J. Darwin, ‘A Third British Empire? The Domin-\nion Idea in Imperial Politics’, in J.M. Brown and W.R. Louis (eds), The Oxford\nHistory of the British Empire: Vol. IV: The Twentieth Century (Oxford, 1999), 66–7;\nPorter, Britain, Europe and the World, 79, and The Lion’s Share, 228.",
 [C(short([F("Mansergh")], "The Commonwealth Experience"), "21"),
  C(short([F("Judd"), F("Slinn")], "The Evolution of the Modern Commonwealth"), "39–40"),
  C(chap("A Third British Empire? The Domin- ion Idea in Imperial Politics", [P("J.", "Darwin")], "The Oxford History of the British Empire", editor=[P("J.M.", "Brown"), P("W.R.", "Louis")], place="Oxford", year=1999, volume="IV", **{"volume-title": "The Twentieth Century"}), "66–7"),
  C(short([F("Porter")], "Britain, Europe and the World"), "79"),
  C(short([F("Porter")], "The Lion’s Share"), "228")]),
# the chapter is named in full but its book by a short form; `(Basingstoke, 1987, 1969)`: the earlier year is the first edition
(KD, "69 Mansergh, The Commonwealth Experience, 21; R. Holland, ‘The British Empire\nand the Great War’, in Brown and Louis (eds), The Oxford History of the British\nEmpire, 118; Porter, Britain, Europe and the World, 70; M. Beloff, Imperial Sunset,\nVol. 1: Britain’s Liberal Empire 1897–1921 (Basingstoke, 1987, 1969), 178–82; J.\nKendle, The Round Table Movement and Imperial Union (Toronto, 1975).",
 [C(short([F("Mansergh")], "The Commonwealth Experience"), "21"),
  C({"type": "chapter", "title": "The British Empire and the Great War", "author": [P("R.", "Holland")], "container-title": "The Oxford History of the British Empire", "editor": [F("Brown"), F("Louis")]}, "118"),
  C(short([F("Porter")], "Britain, Europe and the World"), "70"),
  C(book("Imperial Sunset", [P("M.", "Beloff")], place="Basingstoke", year=1987, volume="1", **{"volume-title": "Britain’s Liberal Empire 1897–1921", "original-date": Y(1969)}), "178–82"),
  C(book("The Round Table Movement and Imperial Union", [P("J.", "Kendle")], place="Toronto", year=1975))]),
(KD, "70 Stacey, Canada and the Age of Conflict, vol. 1, 173–6; R.C. Brown, Robert Laird\nBorden: A Biography (Toronto, 1975), 8–9.",
 [C({"author": [F("Stacey")], "title": "Canada and the Age of Conflict", "volume": "1"}, "173–6"),
  C(book("Robert Laird Borden: A Biography", [P("R.C.", "Brown")], place="Toronto", year=1975), "8–9")]),
(KD, "71 Brown, Robert Laird Borden, 22.",
 [C(short([F("Brown")], "Robert Laird Borden"), "22")]),
# --- Author-date notes of a companion to the Roman Republic (worldhistory.biz; the note numbers were printed
#     apart, above the notes, and are not part of the notes; `Brunt 1971a: 91-9.`; a note citing Cicero only)
(WH, "The ancient evidence for the political history of this period is accumulated and sorted, on a year-by-year basis, in Broughton 1951-86, in consequence of which detailed annotation is unnecessary here.",
 [C({"author": [F("Broughton")], "issued": yr(1951, 1986)})]),
(WH, "Brunt 1971a: 91-9.",
 [C({"author": [F("Brunt")], "issued": Y(1971), "year-suffix": "a"}, "91–9")]),
(WH, "Italians in politics: Wiseman 1971. Ambitus: Linderski 1995: 107-14; 638-9; Yakobson 1999.",
 [C({"author": [F("Wiseman")], "issued": Y(1971)}),
  C({"author": [F("Linderski")], "issued": Y(1995)}, "107–14; 638–9"),
  C({"author": [F("Yakobson")], "issued": Y(1999)})]),
(WH, "Evidence and further references in Badian 1990a.",
 [C({"author": [F("Badian")], "issued": Y(1990), "year-suffix": "a"})]),
(WH, "Vanderbroeck 1987; Mouritsen 2001; Tatum 2004. Cf. Millar 1998.",
 [C({"author": [F("Vanderbroeck")], "issued": Y(1987)}),
  C({"author": [F("Mouritsen")], "issued": Y(2001)}),
  C({"author": [F("Tatum")], "issued": Y(2004)}),
  C({"author": [F("Millar")], "issued": Y(1998)})]),
# a speech of Cicero cited by section (`Sest. 98`) is an ancient text, not a cited edition: not listed
(WH, "Though it is fair to observe that Cicero’s references to the optimates very often refer to a narrow combination of nobles. He paints a very different picture, however, in his defense of the senatorial establishment at Sest. 98.",
 []),
(WH, "Popularis politics: Tatum 1999: 1-16. The notion of a genuine popular movement continues to attract eminent adherents: cf. Wiseman 1994a: (e. g.) 339, 346, 367.",
 [C({"author": [F("Tatum")], "issued": Y(1999)}, "1–16"),
  C({"author": [F("Wiseman")], "issued": Y(1994), "year-suffix": "a"}, "339, 346, 367")]),
(WH, "Rathbone 1981, but cf. Nicolet 1994: 619. See now Rosenstein 2004.",
 [C({"author": [F("Rathbone")], "issued": Y(1981)}),
  C({"author": [F("Nicolet")], "issued": Y(1994)}, "619"),
  C({"author": [F("Rosenstein")], "issued": Y(2004)})]),
(WH, "Sherwin-White 1984: 159-85. Contra, Kallet-Marx 1995: 312-14.",
 [C({"author": [F("Sherwin-White")], "issued": Y(1984)}, "159–85"),
  C({"author": [F("Kallet-Marx")], "issued": Y(1995)}, "312–14")]),
# --- Endnotes of a book on the domestic slave trade (trantor.is): author-page short forms, an author-date form
#     with a given name to tell two Browns apart, a reprint year `1889/1986`, abbreviations of editions
#     (`HJFP`, `CJKP`) as titles, a letter cited by its URL
(SL, "3. In his history of Shelby County, Mississippi, John E. Harkins says that the planter’s name was Edmund (not Edward). Harkins, 53.",
 [C(short([F("Harkins")]), "53")]),
(SL, "9. Featherstonhaugh, 1:122–23.",
 [C({"author": [F("Featherstonhaugh")], "volume": "1"}, "122–23")]),
(SL, "12. The Negro in Virginia, 173.",
 [C(short(None, "The Negro in Virginia"), "173")]),
(SL, "14. Brown, William Wells 1849, 49.",
 [C({"author": [P("William Wells", "Brown")], "issued": Y(1849)}, "49")]),
(SL, "4. Letter, Thomas Jefferson to John Wayles Eppes, June 30, 1820. http://founders.archives.gov/documents/Jefferson/98-01-02-1352.",
 [C({"type": "webpage", "title": "Letter, Thomas Jefferson to John Wayles Eppes", "issued": Y(1820, 6, 30), "URL": "http://founders.archives.gov/documents/Jefferson/98-01-02-1352"})]),
(SL, "6. For a detailed account of Jefferson’s second term, see Adams 1889/1986.",
 [C({"author": [F("Adams")], "issued": Y(1986), "original-date": Y(1889)})]),
(SL, "10. There are numerous references to slave purchases in Polk’s letters (CJKP); William Dusinberre’s Slavemaster President covers the subject in detail.",
 [C(short(None, "CJKP")),
  C(short([P("William", "Dusinberre")], "Slavemaster President"))]),
(SL, "2. Jacobs, 79–80, 117–18. See also HJFP, 1:lxxvi.",
 [C(short([F("Jacobs")]), "79–80, 117–18"),
  C({"title": "HJFP", "volume": "1"}, "lxxvi")]),
(SL, "15. Genovese 1974, 464.",
 [C({"author": [F("Genovese")], "issued": Y(1974)}, "464")]),
# --- Notes of an article on the Manningham Mills strike (a globalauthorid.com page, another article than the
#     one used before): italic titles glued to the word before them (`inEssays in Labour History`,
#     `Cyril Pearce,The Manningham`), volumes in lower-case roman (`xxxix(10) (1989)`), `ed.` after a title,
#     a year alone in parentheses; an archival note not listed
(MM, "1. Bradford Industrial Museum, Lord Masham’s Private Letters [Lister Correspondence], T2002 880/1-9, 880/2, 16 Feb. 1891. These volumes are boxed collectively as ‘Lord Masham’s Private Letters’. Many were written to Samuel Cunliffe Lister both before and after his ennoblement, and also to his son who was later chairman of the company; but letters were also written by managers to employees, suppliers, clients, banks and lawyers. The letters commenced in 1871 and end in 1920, although coverage is not uniform.",
 []),
(MM, "2. See E.P. Thompson, ‘Homage to Tom Maguire’, inEssays in Labour History, ed. A. Briggs and J. Saville (1967), pp. 306–07; Cyril Pearce,The Manningham Mills Strike, Bradford December 1890–April 1891(Hull, 1975); Keith Laybourn, ‘The Manningham Mills Strike: its importance in Bradford history’,The Bradford Antiquary, new series,xlvi(1976), 7–35; Keith Laybourn, ‘The Manningham Mills Strike December 1890 to April 1891’, inThe Centennial History of the Independent Labour Party, ed. David James, Tony Jowitt and Keith Laybourn (Halifax, 1997) pp. 117–36; Asa Briggs, ‘Manningham Mills, Bradford’,History Today,xxxix(10) (1989), 62–63; Mary Blewett, ‘Diversities of Class and Gender Experience and the Shaping of Labor Politics: Yorkshire’s Manningham Mills Strike, 1890–91, and the Independent Labour Party’,Labor History,xxxxvii(2006), 511–35.",
 [C(chap("Homage to Tom Maguire", [P("E.P.", "Thompson")], "Essays in Labour History", editor=[P("A.", "Briggs"), P("J.", "Saville")], year=1967), "306–07"),
  C(book("The Manningham Mills Strike, Bradford December 1890–April 1891", [P("Cyril", "Pearce")], place="Hull", year=1975)),
  C(art("The Manningham Mills Strike: its importance in Bradford history", [P("Keith", "Laybourn")], "The Bradford Antiquary", "xlvi", None, 1976), "7–35"),
  C(chap("The Manningham Mills Strike December 1890 to April 1891", [P("Keith", "Laybourn")], "The Centennial History of the Independent Labour Party", editor=[P("David", "James"), P("Tony", "Jowitt"), P("Keith", "Laybourn")], place="Halifax", year=1997), "117–36"),
  C(art("Manningham Mills, Bradford", [P("Asa", "Briggs")], "History Today", "xxxix", "10", 1989), "62–63"),
  C(art("Diversities of Class and Gender Experience and the Shaping of Labor Politics: Yorkshire’s Manningham Mills Strike, 1890–91, and the Independent Labour Party", [P("Mary", "Blewett")], "Labor History", "xxxxvii", None, 2006), "511–35")]),
(MM, "3. Pearce,The Manningham Mills Strike, pp. 79–80.",
 [C(short([F("Pearce")], "The Manningham Mills Strike"), "79–80")]),
(MM, "5. Ben Turner,Short History of the General Union of Textile Workers(Heckmondwike, 1920), pp. 120–52.",
 [C(book("Short History of the General Union of Textile Workers", [P("Ben", "Turner")], place="Heckmondwike", year=1920), "120–52")]),
# --- Notes of a book on British national identity and empire (docslib.org text of a PDF: OCR errors kept,
#     `ofKings`, `Mac• millan`, `]ICH` for JICH, `40: 3 (1997)`, `at pp. 803, 809`, `first issued 1945`)
(DE, "1. J. C. D. Clark, '\"The Strange Death of British History?\" Reflections on Anglo-American Scholarship', Historical journal, 40: 3 (1997), pp. 787-809 at pp. 803, 809.",
 [C(art("\"The Strange Death of British History?\" Reflections on Anglo-American Scholarship", [P("J. C. D.", "Clark")], "Historical journal", "40", "3", 1997, "787–809"), "803, 809")]),
(DE, "3. Clark,' \"The Strange Death of British History\"', p. 803.",
 [C(short([F("Clark")], "\"The Strange Death of British History\""), "803")]),
(DE, "4. Alfred Cobban, The Nation State and National Self-Determination (London: Fontana, 1969; first issued 1945 ), pp. 305-6.",
 [C(book("The Nation State and National Self-Determination", [P("Alfred", "Cobban")], publisher="Fontana", place="London", year=1969, **{"original-date": Y(1945)}), "305–6")]),
(DE, "5. Ibid., p. 306.",
 []),
(DE, "6. For a penetrating analysis of English constitutional thinking see William M. Johnston, Commemorations: The Cult of Anniversaries in Europe and the United States Today (New Brunswick and London: Transaction Publishers, 1991).",
 [C(book("Commemorations: The Cult of Anniversaries in Europe and the United States Today", [P("William M.", "Johnston")], publisher="Transaction Publishers", place="New Brunswick and London", year=1991))]),
(DE, "7. Elizabeth Mancke, 'Another British America: a Canadian Model for the Early Modern ',]ICH, 25: 1 (January 1997), pp. 1-36, at p. 3.",
 [C(art("Another British America: a Canadian Model for the Early Modern", [P("Elizabeth", "Mancke")], "]ICH", "25", "1", Y(1997, 1), "1–36"), "3")]),
(DE, "1. R. A. Griffiths, 'This Royal Throne ofKings, this Scept'red Isle': The English Realm and Nation in the later Middle Ages (Swansea, 1983), pp. 14-15.",
 [C(book("'This Royal Throne ofKings, this Scept'red Isle': The English Realm and Nation in the later Middle Ages", [P("R. A.", "Griffiths")], place="Swansea", year=1983), "14–15")]),
(DE, "3. J. R. Seeley, The Expansion of England: Two Courses ofLectures (London: Mac• millan, 1885).",
 [C(book("The Expansion of England: Two Courses ofLectures", [P("J. R.", "Seeley")], publisher="Mac• millan", place="London", year=1885))]),
]
