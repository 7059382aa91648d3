# -*- coding: utf-8 -*-
# Twelfth gathering (2026-11-25): 96 footnotes and endnotes (162 citations, 42 of them short forms) from 19 pages not
# used before (none of the `where` addresses of notes.jsonl or of the earlier gathering files). Five sites are new to
# the set (lekcion.narod.ru, readli.net, clclibrary-org.tripod.com, my-ebooks.e-bookshelf.de, online.flipbuilder.com);
# the rest are other books or articles on sites used before (trantor.is, issuhub.com, bookreadfree.com, erenow.org,
# whosread.com, bitlit.ru, globalauthorid.com, leerlibrosdemario.com, fb2.top, digi.ub.uni-heidelberg.de), because the
# search index gives a page's text only from its beginning, so pages holding nothing but notes were the usable ones.
# Gold written by hand from the note text; no parser was run.
# Languages: English 45, French 23, Russian 7, Polish 7, Italian 5, Spanish 4, German 3, Portuguese 2 (51 non-English).
# Subjects: late antiquity and the fall of Rome, Roman history and law, medieval political thought and Byzantium, the
# history of international law, Napoleon and biography as a genre, Spanish nationalism, Italian Fascism, appeasement and
# the Second World War, Reformation (Luther), Renaissance art in Poland, semiotics (Lotman), historiography.
#  - English: page-keyed endnotes of a history of early medieval Europe (`p. 21. Primer: …`, `(ed.)`, `ed. and trans.`,
#    an untitled chapter `E. Lo Cascio, in W. V. Harris (ed.), …`, `at pp. 271 - 5`, `nn. 41-2`); OCRed endnotes of a
#    book on the fall of Rome (`i.`/`z.` for 1 and 2, `2oo6`, `ofEdward`, `pp. 1516`, two notes run together
#    `(2007)4.`, a newspaper article known only by its URL, `Vol. 3, (1781), ch. 38`); notes on culture in Fascist Italy
#    (an archival reference `cited in` a book); notes of a history of medieval political thought (Bible and Codex
#    references, prose, `D.de Decker`, `Byzantion, L (1980)`, a series number, `eds`, `IV: The Byzantine Empire … II,
#    p. 62`); Chicago endnotes of a book on Churchill and Hitler (surname-only short forms, `Ibid.;` before a new work,
#    a publisher with a comma, `Second Edition with a Reply to Critics`); unnumbered endnotes of a history of
#    international law from a PDF text layer (`Abulafi a`, `Th e`, `Po liti cal`, `366– 74`, law-review style
#    `31 (4th ser.) Transactions … 129– 50 (1949)`, a document in a collection, `[ca. 1314]`, `See Chapter 6.`).
#  - French: endnotes of a biography of Napoleon (`publiés par`, `établie par`, `« … », dans`, `no 62-63`,
#    `1989/2, no 54`, `novembre-décembre 1989`, `[dir.]`, `dans idem`, `(traduction chez Perrin en 2004, 668 p.)`,
#    `mémoire de Master 2 … année 2013-2014`, `cité par`, `Idem, p. 19.`, source editions `CN, volume XXII`, `la CG`).
#  - Russian: Lotman's notes (`См.:`, `// Вопр. лит. 1966. № 1.`, `Bd. 22. S. 92-100`, `Он же`, a prose note); notes of
#    a Russian history of the Punic Wars citing Latin-script works in GOST order (`Op. cit.`, `В. С.` in Cyrillic
#    letters, one article in two volumes, a dictionary entry in two editions, `Boer W. den.`); a note of a study of the
#    Principate (`Historia Einzelschriften.V.Wisebaden`, `…`, a `2)` whose `1)` was not printed).
#  - Polish: PRZYPISY of a museum yearbook article (`[w:]`, `op. cit.`, `s. 457 i nast.`, `część I, rozdział IV`,
#    em dashes in ranges, line breaks kept). Italian: Barbagallo's notes (`[1].`, `in Saggi critici, …, III, p. 34`,
#    `p. 121 sgg.`, a publisher in guillemets). Spanish: Álvarez Junco's endnotes (italic titles on lines of their own,
#    `<<`, `cit. por`, `estudio preliminar a`, `vol. XXX, <volume title>`). German: the first endnote of Schilling's
#    Luther (sixteen works, mostly short forms, `Bornkamm/Ebeling`, `(Insel-Leipzig 1983)`, `Berlin 19772004`) and notes
#    of an old translation of Cicero (`Niebuhrs Römischer Geschichte`, `Creuzers Röm. Antiquitäten S. 91`).
#    Portuguese: eighteenth-century short forms (`Garma no Theatr. Univ. de Hesp. tom. 1. c. 1.`).
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - Text is copied as the index stores it: line and paragraph breaks are kept as newlines (`\n`, or `\n\n` where the
#    page has an empty line), OCR and text-layer faults are kept; headings on notes pages (`Preface`, `CHAPTER 6: …`,
#    `Keeping Kings in Check`) and notes cut off by the end of the stored text were not taken.
#  - A page range after an article or chapter with no other pinpoint is the `locator`, as in every earlier gathering
#    (the golds below were first written with it in `page`; `C` below moves it, so the data keeps one convention);
#    with both (`pp. 265-81, at pp. 271 - 5`) the span is `page` and the pinpoint the `locator` (as the seventh).
#  - An ancient or medieval author in a modern edition or translation with an imprint (`Augustine, Confessions, trans.
#    H. Chadwick (Oxford, 1991)`, `Ausonius, Works`, `Cicero, Tu s c u l a n …`, `Synesios of Cyrene, Correspondance`)
#    is listed as a `book` with the author as `literal` (Dante Alighieri as given/family), without a locator when cited
#    by book and chapter; ancient texts cited without an imprint (`Digest 1.1.3`, `John 18:36`, `Julian., Contra
#    Christian.`, `(C.7.37.3)`) are not listed, as before. `ed. and trans.` gives both `editor` and `translator`.
#  - A translation named only by publisher and year (`traduction chez Perrin en 2004`) is its own `book` entry with the
#    author and no title (extends the eleventh); page counts (`654 p.`, `3 Bde.`, `36 Bände`, `2 vols`) are not kept.
#  - A chapter whose title is not given (`E. Lo Cascio, in …`) is a `chapter` without `title`; a chapter in a book given
#    only by a short form (`in Harris, Transformations`, `dans L’Empire napoléonien, op. cit.`) keeps type `chapter` with
#    what is printed; `dans idem` is resolved to the book of the note before; an author's own introduction (`introduction
#    à Jacques Le Goff, Saint-Louis`, `estudio preliminar a …`) is a `chapter` titled as printed.
#  - Abbreviated source editions (`CN, volume XXII`, `la CG`, `Weimarer Ausgabe`) are short forms with the abbreviation as
#    title and their volume; the document or letter designation after them is not a locator.
#  - A titled work named as quoted in another (`Girod de l’Ain, Vie militaire du général Foy cité par … dans …`) is a
#    short form of its own; a person quoted (`Walter Benjamin, cité par …`) is not, as before; the person who quotes
#    (`cité par Catherine Desportes`) is not made an editor.
#  - German names in the genitive (`Niebuhrs`, `Creuzers`) are given in the nominative, titles as printed; a volume
#    given in words (`im ersten Bande`) is `volume` "1"; a person named before a container without `ed.`/`dir.`
#    (`dans Hans Erich Bödeker, Biographie Schreiben`) is `container-author`, as in the tenth.
#  - `1989/2, no 54` gives `issue` "54"; `no 62-63` and `no 58-4` are kept as printed in `issue`; two months or two years
#    (`novembre-décembre 1989`, `année 2013-2014`) are date ranges; `(4th ser.)` is `collection-number`; a roman part
#    after a volume (`IV: The Byzantine Empire …, II, p. 62`) is `part-number`; `nn. 41-2` (letters) and `§. 1` give
#    no locator; `ch. 38`, `c. 1`, `rozdział IV` give label `chapter`; `i nast.`, `sgg.`, `ff.` stay in the locator.
#  - An edition statement in words is kept whole in `edition` (`Second Edition with a Reply to Critics`); `2nd edn`,
#    `2nd ed.` give "2"; honorifics are not part of names (`Emmanuel comte de Las Cases` -> Emmanuel / de Las Cases).
#  - Years garbled by OCR (`2oo6`) or run together (`19772004`) give no `issued`; line-end hyphens are joined in the gold
#    (`Hutchin-\nson`, `His-\ntory`), spaces inside titles from a text layer are kept (`Th e`, `Kon stantinopel`).
# Eight notes cite no work (prose, a Bible reference, an ancient text, `Idem, p. 19.`, `Ibid., pp. 335–36.`,
# `See Chapter 6.`). By the hash rule 62 would be dev and 34 test.
# Doubtful: mixed scripts in the Punic Wars notes (`Η. Н.` Greek and Cyrillic, `В. С.`) are kept as the index gives them;
# `T.1.2. Bd.l.` of ANRW was read as volume "1.2"; `Luigi Mascilli Napoleone` lacks the author's second surname, read as
# author `Mascilli`, title `Napoleone`; `(Insel-Leipzig 1983)` was split into publisher Insel and place Leipzig.
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


LOT = "https://lekcion.narod.ru/articles/philology/linguistics1/lotman-92d.html"
PU177 = "https://fb2.top/punicheskie-voyny-549719/read/part-177"
PU46 = "https://fb2.top/punicheskie-voyny-549719/read/part-46"
RLI = "https://readli.net/chitat-online/?b=415582&pg=193"
WI = "https://bookreadfree.com/379320/9329395"
GO = "https://erenow.org/ancient/how-rome-fell-death-of-a-superpower/28.php"
NA1 = "https://trantor.is/content/Z9yuR3loRDpZDDGm/appen4.html"
NA2 = "https://trantor.is/content/Z9yuR3loRDpZDDGm/appen4-1.html"
GAF = "http://globalauthorid.com/WebPortal/ArticleView?wd=CB4C915F9FFC57996AC0137CF0EBF325558B06587FE0498B"
MD213 = "https://leerlibrosdemario.com/mater-dolorosa-la-idea-de-espana-en-el-siglo-xix-leer-online-gratis/213-paginas"
MD223 = "https://leerlibrosdemario.com/mater-dolorosa-la-idea-de-espana-en-el-siglo-xix-leer-online-gratis/223-paginas"
CAN = "http://clclibrary-org.tripod.com/Mediev2.html"
BU = "https://whosread.com/549158/13481407"
KK = "https://issuhub.com/view/index/23314?pageIndex=507"
SCH = "https://my-ebooks.e-bookshelf.de/products/reading-epub/product-id/8040527/title/Martin%2BLuther.html?autr=%22Heinz+Schilling%22"
BAR = "https://bitlit.ru/chapter/it/corrado-barbagallo/il-tramonto-di-una-civilta-vol-1-di-2/note-allintroduzione"
MAP = "https://bitlit.ru/chapter/pt/joao-bautista-de-castro/mappa-de-portugal-antigo-e-moderno-tomo-1-of-3-parte-i-ii/notas-de-rodape-17"
RMW = "https://digi.ub.uni-heidelberg.de/diglit/roczmuzwarsz1992/0321"
CIC = "http://online.flipbuilder.com/fljp/ibnl/files/basic-html/page522.html"

TWELFTH = [
# --- Russian: notes of Lotman, «Устная речь в историко-культурной перспективе» (lekcion.narod.ru; ГОСТ-like, `//`, `Он же`)
(LOT, "1. См.: Структурно-типологические исследования. М., 1962. С. 144-154; Лотман Ю. М. Статьи по типологии культуры. Тарту, 1970. С. 66-77.",
 [C(book("Структурно-типологические исследования", place="М.", year=1962), "144–154"),
  C(book("Статьи по типологии культуры", [P("Ю. М.", "Лотман")], place="Тарту", year=1970), "66–77")]),
(LOT, "2. Лотман Ю. М. Беседа А. А. Иванова и Н. Г. Чернышевского: К вопросу о специфике работы над историко-литературными источниками // Вопр. лит. 1966. № 1.",
 [C(art("Беседа А. А. Иванова и Н. Г. Чернышевского: К вопросу о специфике работы над историко-литературными источниками", [P("Ю. М.", "Лотман")], "Вопр. лит.", None, "1", 1966))]),
(LOT, "3. См.: Успенский Б. А. К вопросу о семантическом взаимоотношении системно противопоставленных церковнославянских и русских форм в истории русского языка // Wiener slavistisches Jahrbuch. 1976. Bd. 22. S. 92-100; Он же. Первая русская грамматика на родном языке. М., 1975. С. 53-56 и др. (Пользуюсь случаем выразить искреннюю благодарность Б. А. Успенскому за ценные указания.)",
 [C(art("К вопросу о семантическом взаимоотношении системно противопоставленных церковнославянских и русских форм в истории русского языка", [P("Б. А.", "Успенский")], "Wiener slavistisches Jahrbuch", "22", None, 1976, "92–100")),
  C(book("Первая русская грамматика на родном языке", [P("Б. А.", "Успенский")], place="М.", year=1975), "53–56")]),
(LOT, "4. Можно было бы сказать \"обслуживающий развитую культуру\", однако любая .из известных нам культур в этом отношении выступает как \"развитая\". Культуры, обслуживаемые лишь одним языком, практически никому не встречались и теоретически, видимо, невозможны. Они существуют лишь в некоторых упрощенных и неработающих моделях культуры.",
 []),
# --- Russian: notes of a Russian history of the Punic Wars (fb2.top; one note to a page; Latin-script works in GOST order,
#     `Op. cit.`, `В. С.` with Cyrillic letters, one article in two volumes, a dictionary entry in two editions)
(PU177, "Моммзен Т. История Рима. Т. 1. С. 470, 770 и др.;\n\nScullard Η. Н. A history of the Roman world from 753 to 146 В. С. P. 333–334;\n\nToynbee A. J. Op. cit. Vol. 2. P. 196, 229, 239–247;\n\nPicard Ch. C. Carthage. Paris, 1951. P. 14;\n\nDorey T., Dudley D. Op. cit. P. 94.",
 [C(book("История Рима", [P("Т.", "Моммзен")], volume="1"), "470, 770"),
  C(book("A history of the Roman world from 753 to 146 В. С.", [P("Η. Н.", "Scullard")]), "333–334"),
  C(sh([P("A. J.", "Toynbee")], volume="2"), "196, 229, 239–247"),
  C(book("Carthage", [P("Ch. C.", "Picard")], place="Paris", year=1951), "14"),
  C(short([P("T.", "Dorey"), P("D.", "Dudley")]), "94")]),
(PU46, "Frank T. Roman census statistics from 509 to 225 В. C. // AJPh. 1930. N 204. Vol. 51. P. 313–324;\nBourne F. C. The Roman Republica and census statistic // CW. 1952. Vol. 45, 1. P. 129; 1954. Vol. 14. N 9. P. 129–136;\nChase C. Census // The Oxford classical dictionary. Oxford, 1957. P 179; 1970. P. 220;\nBrunt P. A. Italian manpower 225 В. C. — 14 A. D. Oxford, 1971. P. 13–25;\nBoer W. den. Demography in Roman history // Mnemosine. 1973. Vol. 21. 1. P. 29.",
 [C(art("Roman census statistics from 509 to 225 В. C.", [P("T.", "Frank")], "AJPh", "51", "204", 1930, "313–324")),
  C(art("The Roman Republica and census statistic", [P("F. C.", "Bourne")], "CW", "45", "1", 1952), "129"),
  C(art("The Roman Republica and census statistic", [P("F. C.", "Bourne")], "CW", "14", "9", 1954, "129–136")),
  C(chap("Census", [P("C.", "Chase")], "The Oxford classical dictionary", place="Oxford", year=1957), "179"),
  C(chap("Census", [P("C.", "Chase")], "The Oxford classical dictionary", place="Oxford", year=1970), "220"),
  C(book("Italian manpower 225 В. C. — 14 A. D.", [P("P. A.", "Brunt")], place="Oxford", year=1971), "13–25"),
  C(art("Demography in Roman history", [P("W. den", "Boer")], "Mnemosine", "21", "1", 1973), "29")]),
# --- Russian: a note of a Russian study of the Principate citing German and French works (readli.net; OCR `Wisebaden`,
#     a series glued to its place, `…` ending a short title, a second work numbered `2)` whose `1)` was not printed)
(RLI, "Kunkel W. Römische Rechtsgeschichte. Berlin, 1948. S. 35; Timpe D. Untersuchungen zum Koninuitat des frühen Prinzpats // Historia Einzelschriften.V.Wisebaden, 1962; S. 122–123; Beranger J. Recherches sur l'aspect ideologique du principat. Basel, 1953; Meier Er. Römische Stadt — und Staatsgedanke. Zurich, 1964; Wickert L. Princeps (civitatis)…, S. 2296; 2) Neue Forschungen zur römischen Prinzipat//ANRW. Berlin-New York, 1974. T.1.2. Bd.l. S. 72–76.",
 [C(book("Römische Rechtsgeschichte", [P("W.", "Kunkel")], place="Berlin", year=1948), "35"),
  C(book("Untersuchungen zum Koninuitat des frühen Prinzpats", [P("D.", "Timpe")], place="Wisebaden", year=1962, **{"collection-title": "Historia Einzelschriften", "collection-number": "V"}), "122–123"),
  C(book("Recherches sur l'aspect ideologique du principat", [P("J.", "Beranger")], place="Basel", year=1953)),
  C(book("Römische Stadt — und Staatsgedanke", [P("Er.", "Meier")], place="Zurich", year=1964)),
  C(short([P("L.", "Wickert")], "Princeps (civitatis)"), "2296"),
  C(chap("Neue Forschungen zur römischen Prinzipat", [P("L.", "Wickert")], "ANRW", place="Berlin-New York", year=1974, volume="1.2", page="72–76"))]),
# --- English: page-keyed endnotes of a history of early medieval Europe (bookreadfree.com, another book; British style,
#     `(ed.)`, `ed. and trans.`, an untitled chapter `E. Lo Cascio, in W. V. Harris (ed.), …`, `at pp. 271 - 5`, `nn. 41-2`)
(WI, "p. 21. Primer: A. C. Dionisotti, ‘From Ausonius’ Schooldays?’, Journal of Roman Studies, 72 (1982), pp. 83-125; for torture, see J. Harries, Law and Empire in Late Antiquity (Cambridge, 1999), pp. 122-34. For wider issues of violence, see H. A. Drake (ed.), Violence in Late Antiquity (Aldershot, 2006).",
 [C(art("From Ausonius’ Schooldays?", [P("A. C.", "Dionisotti")], "Journal of Roman Studies", "72", None, 1982, "83–125")),
  C(book("Law and Empire in Late Antiquity", [P("J.", "Harries")], place="Cambridge", year=1999), "122–34"),
  C(book("Violence in Late Antiquity", editor=[P("H. A.", "Drake")], place="Aldershot", year=2006))]),
(WI, "p. 21. Games: Augustine, Confessions, trans. H. Chadwick (Oxford, 1991), 6.8. Banning by Constantine: Jones, Later Roman Empire, p. 977; A. Cameron, Circus Factions (Oxford, 1976), pp. 216 ff.",
 [C(book("Confessions", [L("Augustine")], place="Oxford", year=1991, translator=[P("H.", "Chadwick")])),
  C(short([F("Jones")], "Later Roman Empire"), "977"),
  C(book("Circus Factions", [P("A.", "Cameron")], place="Oxford", year=1976), "216 ff.")]),
(WI, "p. 22. Show trials for magic: see the account in J. F. Matthews, The Roman Empire of Ammianus Marcellinus (London, 1989), pp. 209-17.",
 [C(book("The Roman Empire of Ammianus Marcellinus", [P("J. F.", "Matthews")], place="London", year=1989), "209–17")]),
(WI, "p. 22. Andronikos: Synesios of Cyrene, Correspondance, ed. and trans. A. Garzya and D. Roques (Paris, 2000), nn. 41-2, 72, 79, 90; cf. D. Roques, Synésios de Cyrène et la Cyrénaïque du Bas-Empire (Paris, 1987), pp. 195 - 206, 366 - 70.",
 [C(book("Correspondance", [L("Synesios of Cyrene")], [P("A.", "Garzya"), P("D.", "Roques")], place="Paris", year=2000, translator=[P("A.", "Garzya"), P("D.", "Roques")])),
  C(book("Synésios de Cyrène et la Cyrénaïque du Bas-Empire", [P("D.", "Roques")], place="Paris", year=1987), "195–206, 366–70")]),
(WI, "p. 23. Capital cities and their feeding: J. Durliat, De la ville antique a‘ la ville byzantine (Rome, 1990); E. Lo Cascio, in W. V. Harris (ed.), The Transformations of Urbs Roma in Late Antiquity (Portsmouth, RI, 1999), pp. 163-82; A. E. Müller, ‘Getreide für Kon stantinopel’, Jahrbuch der osterreichischen Byzantinistik, 43 (1993), pp. 1 - 20.",
 [C(book("De la ville antique a‘ la ville byzantine", [P("J.", "Durliat")], place="Rome", year=1990)),
  C({"type": "chapter", "author": [P("E.", "Lo Cascio")], "container-title": "The Transformations of Urbs Roma in Late Antiquity", "editor": [P("W. V.", "Harris")], "publisher-place": "Portsmouth, RI", "issued": Y(1999), "page": "163–82"}),
  C(art("Getreide für Kon stantinopel", [P("A. E.", "Müller")], "Jahrbuch der osterreichischen Byzantinistik", "43", None, 1993, "1–20"))]),
(WI, "p. 23. Cost of games: R. Lim, in Harris, Transformations, pp. 265-81, at pp. 271 - 5.",
 [C({"type": "chapter", "author": [P("R.", "Lim")], "container-title": "Transformations", "editor": [F("Harris")], "page": "265–81"}, "271–5")]),
(WI, "p. 24. Order of Noble Cities: Ausonius, Works, vol. 1, ed. and trans. H. G. E. White (Cambridge, Mass., 1919), pp. 269 - 85.",
 [C(book("Works", [L("Ausonius")], [P("H. G. E.", "White")], place="Cambridge, Mass.", year=1919, volume="1", translator=[P("H. G. E.", "White")]), "269–85")]),
(WI, "p. 24. End of curiae and informal élites: J. H. W. G. Liebeschuetz, The Decline of the Ancient City (Oxford, 2001); A. Laniado, Recherches sur les notables municipaux dans l’empire protobyzantin (Paris, 2002); C. Rapp, Holy Bishops in Late Antiquity (Berkeley, 2005), pp. 274-89.",
 [C(book("The Decline of the Ancient City", [P("J. H. W. G.", "Liebeschuetz")], place="Oxford", year=2001)),
  C(book("Recherches sur les notables municipaux dans l’empire protobyzantin", [P("A.", "Laniado")], place="Paris", year=2002)),
  C(book("Holy Bishops in Late Antiquity", [P("C.", "Rapp")], place="Berkeley", year=2005), "274–89")]),
# --- English: endnotes of a book on the fall of Rome (erenow.org, another book; OCR: `i.`/`z.` for 1 and 2, `2oo6`,
#     `ofEdward`, a lost dash `pp. 1516`, two notes run together `(2007)4.`, a newspaper article known by its URL)
(GO, "i. J. Murray (ed.), The Autobiographies ofEdward Gibbon (1896), p. 302-",
 [C(book("The Autobiographies ofEdward Gibbon", editor=[P("J.", "Murray")], year=1896), "302")]),
(GO, "z. The same case is also made in the book that accompanies the series, T. Jones & A. Ereira, Terry Jones' Barbarians (2oo6); for an example of Robert Harris comparing Ancient Rome to modern America, see his article on the Pirate War of 68 BC1 published in various papers, and online at http://www.nytimes.com/2oo6/09/3o/opinion/3oharris.html.",
 [C(book("Terry Jones' Barbarians", [P("T.", "Jones"), P("A.", "Ereira")])),
  C({"type": "article-newspaper", "author": [P("Robert", "Harris")], "URL": "http://www.nytimes.com/2oo6/09/3o/opinion/3oharris.html"})]),
(GO, "3. A marvellous example of the best approach to doing this sort of analysis is C. Murphy, Are We Rome? The Fall of an Empire and the Fate ofAmerica (2007). It is a very witty book - I am still rather taken with idea of Tacitus writing for The Economist - and also a very perceptive and thought-provoking study by someone who has done his research well.",
 [C(book("Are We Rome? The Fall of an Empire and the Fate ofAmerica", [P("C.", "Murphy")], year=2007))]),
(GO, "4. For `shock and awe', see D. Mattingly, An Imperial Possession: Britain in the Roman Empire, 54 BC -AD 409 (2oo6), p. 123. Septimius Severus' campaign in Caledonia in the early third century AD is dubbed the `war on terror' on p. 124. More direct linking of Roman imperialism with the current war in Iraq may be found in N. Faulkner, The Decline and Fall ofRoman Britain (2nd edn, 2004), pp. 1516. I have not yet seen the same author's Rome: The Empire of Eagles, 753 BC AD 476(2008), but this seems to expand on similar themes to those explored in his study of Roman Britain.",
 [C(book("An Imperial Possession: Britain in the Roman Empire, 54 BC -AD 409", [P("D.", "Mattingly")]), "123"),
  C(book("The Decline and Fall ofRoman Britain", [P("N.", "Faulkner")], year=2004, edition="2"), "1516"),
  C(book("Rome: The Empire of Eagles, 753 BC AD 476", [P("N.", "Faulkner")], year=2008))]),
(GO, "1. E. Gibbon, The History of the Decline and Fall of the Roman Empire, Vol. 3, (1781), ch. 38. The quotation appears on p. 509 of Vol. 2 of the Penguin Classics edition (1995). There have been many different editions of Gibbon and the page numbering varies greatly.",
 [C(book("The History of the Decline and Fall of the Roman Empire", [P("E.", "Gibbon")], year=1781, volume="3"), "38", "chapter"),
  C(book("The History of the Decline and Fall of the Roman Empire", [P("E.", "Gibbon")], year=1995, volume="2", **{"collection-title": "Penguin Classics"}), "509")]),
(GO, "z. See R. Porter, Gibbon (1988), pp. 101, 161.",
 [C(book("Gibbon", [P("R.", "Porter")], year=1988), "101, 161")]),
(GO, "3. In general, see P. Brandon, The Decline and Fall of the British Empire (2007)4. C. Freeman, The Closing of the Western Mind: The Rise of Faith and the Fall of Reason (2002).",
 [C(book("The Decline and Fall of the British Empire", [P("P.", "Brandon")], year=2007)),
  C(book("The Closing of the Western Mind: The Rise of Faith and the Fall of Reason", [P("C.", "Freeman")], year=2002))]),
(GO, "5. For more detailed discussion, see Porter (1988), pp. 67-93.",
 [C(sh([F("Porter")], issued=Y(1988)), "67–93")]),
# --- French: endnotes of a biography of Napoleon (trantor.is, another book; `publiés par`, `établie par`, `dans`,
#     `no 62-63`, `1989/2, no 54`, `[dir.]`, `dans idem`, a translation named in parentheses, `mémoire de Master 2`,
#     `Idem, p. 19.`, abbreviated source editions `CN, volume XXII`, `la CG`)
(NA1, "1. Napoléon Bonaparte, Manuscrits inédits (1786-1791), publiés par Frédéric Masson et Guido Biagi, Paris, Ollendorf, 1907, p. 337.",
 [C(book("Manuscrits inédits (1786-1791)", [P("Napoléon", "Bonaparte")], [P("Frédéric", "Masson"), P("Guido", "Biagi")], "Ollendorf", "Paris", 1907), "337")]),
(NA1, "2. Walter Benjamin, cité par François Dosse, Le pari biographique. Écrire une vie, Paris, La Découverte, 2005, p. 7.",
 [C(book("Le pari biographique. Écrire une vie", [P("François", "Dosse")], publisher="La Découverte", place="Paris", year=2005), "7")]),
(NA1, "3. Emmanuel comte de Las Cases, Le Mémorial de Sainte-Hélène. Première édition intégrale et critique établie par Marcel Dunan, Paris, Flammarion, 1951, volume 1, p. 806.",
 [C(book("Le Mémorial de Sainte-Hélène", [P("Emmanuel", "de Las Cases")], [P("Marcel", "Dunan")], "Flammarion", "Paris", 1951, volume="1"), "806")]),
(NA1, "4. Luigi Mascilli Napoleone, Roma, Salerno Editrice, 2001, 654 p. (traduction chez Perrin en 2004, 668 p.).",
 [C(book("Napoleone", [P("Luigi", "Mascilli")], publisher="Salerno Editrice", place="Roma", year=2001)),
  C({"type": "book", "author": [P("Luigi", "Mascilli")], "publisher": "Perrin", "issued": Y(2004)})]),
(NA1, "5. Steven Englund, Napoléon. A political life, New York, Scribner, 2004, 592 p. (traduction chez De Fallois en 2008, 580 p.).",
 [C(book("Napoléon. A political life", [P("Steven", "Englund")], publisher="Scribner", place="New York", year=2004)),
  C({"type": "book", "author": [P("Steven", "Englund")], "publisher": "De Fallois", "issued": Y(2008)})]),
(NA1, "7. L’essentiel de ce livre a été écrit avant la parution de la biographie signée par Patrice Gueniffey, Bonaparte, 1769-1802, Paris, Gallimard, 2013, 844 p.",
 [C(book("Bonaparte, 1769-1802", [P("Patrice", "Gueniffey")], publisher="Gallimard", place="Paris", year=2013))]),
(NA1, "8. Pierre Bourdieu, « L’illusion biographique », dans Actes de la Recherche en Sciences Sociales, 1986, no 62-63, p. 69-72.",
 [C(art("L’illusion biographique", [P("Pierre", "Bourdieu")], "Actes de la Recherche en Sciences Sociales", None, "62-63", 1986, "69–72"))]),
(NA1, "9. Giovanni Lévi, « Les usages de la biographie », dans Annales ESC, no spécial Histoire et sciences sociales. Un tournant critique, novembre-décembre 1989, no 6, p. 1325-1336.",
 [C(art("Les usages de la biographie", [P("Giovanni", "Lévi")], "Annales ESC", None, "6", R((1989, 11), (1989, 12)), "1325–1336"))]),
(NA1, "10. Jacques Le Goff, « Comment écrire une biographie historique aujourd’hui ? », dans Le Débat, 1989/2, no 54, p. 48-53 et introduction à Jacques Le Goff, Saint-Louis, Paris, Gallimard, 1996, p. 13-27.",
 [C(art("Comment écrire une biographie historique aujourd’hui ?", [P("Jacques", "Le Goff")], "Le Débat", None, "54", 1989, "48–53")),
  C(chap("introduction", [P("Jacques", "Le Goff")], "Saint-Louis", publisher="Gallimard", place="Paris", year=1996, page="13–27", **{"container-author": [P("Jacques", "Le Goff")]}))]),
(NA1, "11. Jacques Revel, « La biographie comme problème historiographique », dans Hans Erich Bödeker, Biographie Schreiben, Wallstein Verlag, 2003, p. 327-348.",
 [C(chap("La biographie comme problème historiographique", [P("Jacques", "Revel")], "Biographie Schreiben", publisher="Wallstein Verlag", year=2003, page="327–348", **{"container-author": [P("Hans Erich", "Bödeker")]}))]),
(NA1, "14. Jacques Le Goff, Saint-Louis, op. cit., p. 18.",
 [C(short([P("Jacques", "Le Goff")], "Saint-Louis"), "18")]),
(NA1, "15. Étienne Anheim, « L’historien et la psychanalyse », dans Revue d’Histoire Moderne et Contemporaine, octobre-décembre 2011, no 58-4, p. 134-159.",
 [C(art("L’historien et la psychanalyse", [P("Étienne", "Anheim")], "Revue d’Histoire Moderne et Contemporaine", None, "58-4", R((2011, 10), (2011, 12)), "134–159"))]),
(NA1, "16. Idem, p. 19.", []),
(NA2, "400. Girod de l’Ain, Vie militaire du général Foy cité par Catherine Desportes dans Gaspard de Clermont-Tonnerre, L’expédition d’Espagne, 1808-1810, Paris, Perrin, 1983, note 2, p. 455.",
 [C(short([F("Girod de l’Ain")], "Vie militaire du général Foy")),
  C(book("L’expédition d’Espagne, 1808-1810", [P("Gaspard", "de Clermont-Tonnerre")], publisher="Perrin", place="Paris", year=1983), "455")]),
(NA2, "401. Emilio La Parra, Rafael Fernandes Sirvent, Vicente León, « Les pamphlets dans la guerre d’Espagne : discours des humbles ou discours vers les humbles ? », dans La politique vue d’en bas. Pratiques privées et débats publics, 19e-20e siècles, Paris, Armand Colin, 2011, p. 47-61 ; Sophie de Surmont, L’état des débats politiques en Europe pendant la période napoléonienne : le discours révolutionnaire dans les pamphlets publiés pendant la Guerre d’Indépendance, mémoire de Master 2 sous la direction de Natalie Petiteau, Université d’Avignon, année 2013-2014, 188 p.",
 [C(chap("Les pamphlets dans la guerre d’Espagne : discours des humbles ou discours vers les humbles ?", [P("Emilio", "La Parra"), P("Rafael", "Fernandes Sirvent"), P("Vicente", "León")], "La politique vue d’en bas. Pratiques privées et débats publics, 19e-20e siècles", publisher="Armand Colin", place="Paris", year=2011, page="47–61")),
  C(thesis("L’état des débats politiques en Europe pendant la période napoléonienne : le discours révolutionnaire dans les pamphlets publiés pendant la Guerre d’Indépendance", [P("Sophie", "de Surmont")], "mémoire de Master 2", "Université d’Avignon", R((2013,), (2014,))))]),
(NA2, "402. Roger Dufraisse, Michel Kerautret, La France napoléonienne…, op. cit., p. 135.",
 [C(short([P("Roger", "Dufraisse"), P("Michel", "Kerautret")], "La France napoléonienne"), "135")]),
(NA2, "403. Patrice Gueniffey dans l’introduction au tome 9 de la CG, p. 17-18.",
 [C(sh([P("Patrice", "Gueniffey")], "introduction", **{"container-title": "CG", "volume": "9"}), "17–18")]),
(NA2, "404. CN, volume XXII, document 17 813, discours au Corps législatif, 16 juin 1811.",
 [C(sh(None, "CN", volume="XXII"))]),
(NA2, "405. Annie Jourdan, « La réunion de la Hollande à la France : histoire d’un processus (1810-1811) », dans L’Empire napoléonien, op. cit., p. 138-152.",
 [C({"type": "chapter", "title": "La réunion de la Hollande à la France : histoire d’un processus (1810-1811)", "author": [P("Annie", "Jourdan")], "container-title": "L’Empire napoléonien", "page": "138–152"})]),
(NA2, "406. Jean-Paul Bled, « Le renversement des alliances », dans Thierry Lentz [dir.], 1810, le tournant de l’Empire, Paris, Nouveau Monde éditions, 2010, p. 15-21.",
 [C(chap("Le renversement des alliances", [P("Jean-Paul", "Bled")], "1810, le tournant de l’Empire", [P("Thierry", "Lentz")], "Nouveau Monde éditions", "Paris", 2010, page="15–21"))]),
(NA2, "407. Thierry Lentz, « L’homme Napoléon et le tournant de 1810 », dans idem, p. 259-262.",
 [C(chap("L’homme Napoléon et le tournant de 1810", [P("Thierry", "Lentz")], "1810, le tournant de l’Empire", [P("Thierry", "Lentz")], "Nouveau Monde éditions", "Paris", 2010, page="259–262"))]),
(NA2, "412. Idem, p. 362.", []),
(NA2, "414. Marie-Pierre Rey, L’effroyable tragédie, op. cit., p. 51.",
 [C(short([P("Marie-Pierre", "Rey")], "L’effroyable tragédie"), "51")]),
# --- English: notes of an essay on culture in Fascist Italy (globalauthorid.com, another article; `Providence R.I.-Oxford`,
#     an archival reference `cited in` a translated book, prose before `See`)
(GAF, "1. R. J. B. Bosworth, Mussolini’s Italy. Life under the Dictatorship, 1915–1945 (London: Allen Lane, 2005), pp. 274–5.",
 [C(book("Mussolini’s Italy. Life under the Dictatorship, 1915–1945", [P("R. J. B.", "Bosworth")], publisher="Allen Lane", place="London", year=2005), "274–5")]),
(GAF, "2. George Talbot, ‘Unpublished Letters from Henry Furst to Benedetto Croce’, Italian Studies, 60 (2004), 112–31.",
 [C(art("Unpublished Letters from Henry Furst to Benedetto Croce", [P("George", "Talbot")], "Italian Studies", "60", None, 2004, "112–31"))]),
(GAF, "3. Günther Berghaus, Futurism and Politics: between Anarchist Rebellion and Fascist Reaction, 1909–1944 (Providence R.I.-Oxford: Berghahn Books, 1996), pp. 220–1.",
 [C(book("Futurism and Politics: between Anarchist Rebellion and Fascist Reaction, 1909–1944", [P("Günther", "Berghaus")], publisher="Berghahn Books", place="Providence R.I.-Oxford", year=1996), "220–1")]),
(GAF, "4. ACS, PNF (Mostra), b. 69, f. ‘Congresso del PNF del 1925’, document titled Istituto nazionale fascista di cultura, dated 1 June 1925, cited in Philip V. Cannistraro, La fabbrica del consenso. Mass media e fascismo, translated by Giovanni Ferrara (Rome-Bari: Laterza, 1975), p. 22.",
 [C(book("La fabbrica del consenso. Mass media e fascismo", [P("Philip V.", "Cannistraro")], publisher="Laterza", place="Rome-Bari", year=1975, translator=[P("Giovanni", "Ferrara")]), "22")]),
(GAF, "5. This was also true of Fascist movements in other countries. See Robert O. Paxton, The Anatomy of Fascism (London: Allen Lane, 2004), pp. 55–86.",
 [C(book("The Anatomy of Fascism", [P("Robert O.", "Paxton")], publisher="Allen Lane", place="London", year=2004), "55–86")]),
# --- Spanish: endnotes of Álvarez Junco, Mater dolorosa (leerlibrosdemario.com, another book; italic titles on lines of
#     their own, `<<` back-links, `cit. por`, `estudio preliminar a`, `en … vol. XXX, <volume title>`, `véase supra, cap.`)
(MD213, "135 . Con lo que tampoco fueron embriones de los futuros nacionalismos alternativos al español. Tampoco intentaron ganarse con masivas campañas movilizadoras a sus respectivos “pueblos”, que frecuentemente apoyaron la causa real frente a sus oligarquías privilegiadas. Sobre dichos conflictos, véase J. H. Elliott,\nLa revuelta de los catalanes\n, Madrid, Siglo XXI, 1972; H. Kamen,\nLa Guerra de Sucesión en España, 1700-1715\n, Barcelona, Grijalbo, 1974; M. T. Pérez Picazo,\nLa publicística española en la Guerra de Sucesión\n, Madrid, CSIC, 1966; y sobre el de las Comunidades, las obras conocidas de Maravall, Pérez y Gutiérrez Nieto. Weber, cit. por J. J. Linz, “Intellectual Roles...”, p. 88. <<",
 [C(book("La revuelta de los catalanes", [P("J. H.", "Elliott")], publisher="Siglo XXI", place="Madrid", year=1972)),
  C(book("La Guerra de Sucesión en España, 1700-1715", [P("H.", "Kamen")], publisher="Grijalbo", place="Barcelona", year=1974)),
  C(book("La publicística española en la Guerra de Sucesión", [P("M. T.", "Pérez Picazo")], publisher="CSIC", place="Madrid", year=1966)),
  C(short([P("J. J.", "Linz")], "Intellectual Roles"), "88")]),
(MD213, "136 . J. Muñoz Pérez, “Los catecismos políticos...”, p. 194; menciona este autor la idea del “Estado educador”, que también fue típica de Azaña, como destacó M. Aragón en su estudio preliminar a\nLa velada de Benicarló\n, Madrid, Castalia, 1974. <<",
 [C(short([P("J.", "Muñoz Pérez")], "Los catecismos políticos"), "194"),
  C(chap("estudio preliminar", [P("M.", "Aragón")], "La velada de Benicarló", publisher="Castalia", place="Madrid", year=1974))]),
(MD223, "112 . A. Morales Moya, “El Estado de la Ilustración”, en\nHistoria de España Menéndez Pidal\n, vol. XXX,\nLas bases políticas, económicas y sociales de un régimen en transformación (1759-1834)\n, Madrid, 1998, p. 126. Cifras, en F. Villacorta Baños,\nBurguesía y cultura. Los intelectuales españoles en la sociedad liberal, 1808-1931\n, Madrid, Siglo XXI, 1980, p. 12; R. Solís,\nEl Cádiz de las Cortes\n, Madrid, 1969, pp. 220-27. Lista completa de los diputados gaditanos, en M. García Venero,\nHistoria del parlamentarismo español (1810-1813)\n, Madrid, Instituto de Estudios Políticos, 1946, pp. 515-522. <<",
 [C(chap("El Estado de la Ilustración", [P("A.", "Morales Moya")], "Historia de España Menéndez Pidal", place="Madrid", year=1998, volume="XXX", **{"volume-title": "Las bases políticas, económicas y sociales de un régimen en transformación (1759-1834)"}), "126"),
  C(book("Burguesía y cultura. Los intelectuales españoles en la sociedad liberal, 1808-1931", [P("F.", "Villacorta Baños")], publisher="Siglo XXI", place="Madrid", year=1980), "12"),
  C(book("El Cádiz de las Cortes", [P("R.", "Solís")], place="Madrid", year=1969), "220–27"),
  C(book("Historia del parlamentarismo español (1810-1813)", [P("M.", "García Venero")], publisher="Instituto de Estudios Políticos", place="Madrid", year=1946), "515–522")]),
(MD223, "113 . J. Fernández Sebastián, “España, monarquía y nación. Cuatro concepciones de la comunidad política española entre el Antiguo Régimen y la revolución liberal”,\nStudia Historica. Historia Contemporánea\n, 12 (1994), p. 53-61. En relación con los historiadores del XVIII, J. A. Maravall observaba que “no son hombres de negocios, empresarios de fábricas, inversores con espíritu capitalista”, “no pertenecen a aquellas categorías, o tan sólo en muy corta proporción. Son, en cambio, magistrados, funcionarios, civiles o militares, educadores, individuos de profesiones liberales”; pese a lo cual los incluía en la categoría de “burgueses” por “la significación social de su mentalidad” (“Mentalidad burguesa e idea de la historia en el siglo XVIII”, 1972, en\nEstudios de historia del pensamiento... siglo\nXVIII\n, 1991, p. 116). Sobre élites de la era de los Habsburgo, véase\nsupra\n, cap. 2. 4. <<",
 [C(art("España, monarquía y nación. Cuatro concepciones de la comunidad política española entre el Antiguo Régimen y la revolución liberal", [P("J.", "Fernández Sebastián")], "Studia Historica. Historia Contemporánea", "12", None, 1994, "53–61")),
  C(chap("Mentalidad burguesa e idea de la historia en el siglo XVIII", [P("J. A.", "Maravall")], "Estudios de historia del pensamiento... siglo XVIII", year=1991, **{"original-date": Y(1972)}), "116")]),
# --- English: notes of a history of medieval political thought (clclibrary-org.tripod.com; Bible and Roman-law references,
#     prose notes, `D.de Decker`, a roman journal volume `Byzantion, L (1980)`, a series number, `eds`, `II, p. 62`)
(CAN, "2 John 18:36.", []),
(CAN, "6 The Donatists were a heretical sect which regarded the church as apostate through having compromised with secular authority.", []),
(CAN, "7 Constantine’s description of himself is ambiguous. Ton ektos could either be neuter case (‘of exterior matters’) and thus be understood to refer to his jurisdiction over the externals of Christianity; or the phrase could be masculine (‘of people who are exterior’, i.e. pagans). I have accepted the arguments of D.de Decker and G. Dupuis-Masay, ‘L’ “épiscopat” et 1’empereur Constantin’, Byzantion, L (1980), pp. 118-57. For the scholarly dispute over the interpretation of ton ektos see especially F. Dvornik, Early Christian and Byzantine Political Philosophy: Origins and Background, Dumbarton Oaks Studies 9, 2 vols (Washington, DC: The Dumbarton Oaks Center for Byzantine Studies, 1966), II, pp. 752-4, who adopts the contrary view.",
 [C(art("L’ “épiscopat” et 1’empereur Constantin", [P("D.", "de Decker"), P("G.", "Dupuis-Masay")], "Byzantion", "L", None, 1980, "118–57")),
  C(book("Early Christian and Byzantine Political Philosophy: Origins and Background", [P("F.", "Dvornik")], publisher="The Dumbarton Oaks Center for Byzantine Studies", place="Washington, DC", year=1966, volume="II", **{"collection-title": "Dumbarton Oaks Studies", "collection-number": "9"}), "752–4")]),
(CAN, "8 See H.J. Scheltema, ‘Byzantine Law’, in The Cambridge Medieval History, IV: The Byzantine Empire, eds J.M. Hussey, D.M. Nicol and G. Cowan (Cambridge: Cambridge University Press, 1967), II, p. 62. G. Ostrogorsky, History of the Byzantine State, trans. J. Hussey (Oxford: Basil Blackwell, 1956), p. 134, favours 726.",
 [C(chap("Byzantine Law", [P("H. J.", "Scheltema")], "The Cambridge Medieval History", [P("J. M.", "Hussey"), P("D. M.", "Nicol"), P("G.", "Cowan")], "Cambridge University Press", "Cambridge", 1967, volume="IV", **{"volume-title": "The Byzantine Empire", "part-number": "II"}), "62"),
  C(book("History of the Byzantine State", [P("G.", "Ostrogorsky")], publisher="Basil Blackwell", place="Oxford", year=1956, translator=[P("J.", "Hussey")]), "134")]),
# --- English: endnotes of a book on Churchill and Hitler (whosread.com, another book; Chicago with publishers, short
#     forms by surname only, `Shirer, Third Reich`, `Ibid.;` before a new work, a two-name publisher, `Second Edition with …`)
(BU, "98. Payne, p. 190; Hughes, p. 120.",
 [C(short([F("Payne")]), "190"), C(short([F("Hughes")]), "120")]),
(BU, "1. A.J.P. Taylor, A History of the First World War (New York: Berkley, 1963), p. 163; C. P. Vincent, The Politics of Hunger: The Allied Blockade of Germany 1915–1919 (Athens, Ohio: Ohio University Press, 1985), p. 70.",
 [C(book("A History of the First World War", [P("A. J. P.", "Taylor")], publisher="Berkley", place="New York", year=1963), "163"),
  C(book("The Politics of Hunger: The Allied Blockade of Germany 1915–1919", [P("C. P.", "Vincent")], publisher="Ohio University Press", place="Athens, Ohio", year=1985), "70")]),
(BU, "4. Ibid., pp. 335–36.", []),
(BU, "6. A.J.P. Taylor, The Origins of the Second World War, Second Edition with a Reply to Critics (Greenwich, Conn.: Fawcett, 1969), p. 98.",
 [C(book("The Origins of the Second World War", [P("A. J. P.", "Taylor")], publisher="Fawcett", place="Greenwich, Conn.", year=1969, edition="Second Edition with a Reply to Critics"), "98")]),
(BU, "8. Ibid.; William L. Shirer, The Rise and Fall of the Third Reich: A History of Nazi Germany (New York: Simon & Schuster, 1960), p. 292.",
 [C(book("The Rise and Fall of the Third Reich: A History of Nazi Germany", [P("William L.", "Shirer")], publisher="Simon & Schuster", place="New York", year=1960), "292")]),
(BU, "10. Shirer, p. 291; William L. Shirer, The Collapse of the Third Republic: An Inquiry into the Fall of France in 1940 (New York: Simon & Schuster, 1969), p. 261.",
 [C(short([F("Shirer")]), "291"),
  C(book("The Collapse of the Third Republic: An Inquiry into the Fall of France in 1940", [P("William L.", "Shirer")], publisher="Simon & Schuster", place="New York", year=1969), "261")]),
(BU, "13. Shirer, Third Reich, p. 292; Alistair Horne, To Lose a Battle: France 1940 (Boston: Little, Brown, 1969), p. 37; Roy Denman, Missed Chances: Britain and Europe in the Twentieth Century (London: Indigo, 1997), p. 83.",
 [C(short([F("Shirer")], "Third Reich"), "292"),
  C(book("To Lose a Battle: France 1940", [P("Alistair", "Horne")], publisher="Little, Brown", place="Boston", year=1969), "37"),
  C(book("Missed Chances: Britain and Europe in the Twentieth Century", [P("Roy", "Denman")], publisher="Indigo", place="London", year=1997), "83")]),
(BU, "15. Wayne Cole, Roosevelt & The Isolationists: 1932–45 (Lincoln, Neb.: University of Nebraska Press, 1983), p. 201; Patrick J. Buchanan, A Republic, Not an Empire: Reclaiming America’s Destiny (Washington, D.C.: Regnery, 1999), p. 254.",
 [C(book("Roosevelt & The Isolationists: 1932–45", [P("Wayne", "Cole")], publisher="University of Nebraska Press", place="Lincoln, Neb.", year=1983), "201"),
  C(book("A Republic, Not an Empire: Reclaiming America’s Destiny", [P("Patrick J.", "Buchanan")], publisher="Regnery", place="Washington, D.C.", year=1999), "254")]),
# --- English: unnumbered endnotes of a book on the history of international law (issuhub.com, another book; a PDF text
#     layer with broken ligatures `Abulafi a`, `Th e`, `Po liti cal`, spaces after dashes `366– 74`, law-review style
#     `31 (4th ser.) Transactions … 129– 50 (1949)`, a document in an edited collection, `eds. and trans.`, `[ca. 1314]`)
(KK, "Cicero, Tu s c u l a n D i s p u t a t i o n s , trans. J. E. King (London: William Heinemann,\n1927 [45 bc]), 37.",
 [C(book("Tu s c u l a n D i s p u t a t i o n s", [L("Cicero")], publisher="William Heinemann", place="London", year=1927, translator=[P("J. E.", "King")]), "37")]),
(KK, "David Abulafi a, Frederick II: A Medieval Emperor (New York: Oxford University\nPress, 1988), 366– 74. See also Wilhelm G. Grewe, ed., Fontes Historiae Juris Gentium:\nSources Relating to the History of the Law of Nations, vol. 1 (Berlin: Walter de Gruyter,\n1988), 294– 97, 585– 86.",
 [C(book("Frederick II: A Medieval Emperor", [P("David", "Abulafi a")], publisher="Oxford University Press", place="New York", year=1988), "366–74"),
  C(book("Fontes Historiae Juris Gentium: Sources Relating to the History of the Law of Nations", editor=[P("Wilhelm G.", "Grewe")], publisher="Walter de Gruyter", place="Berlin", year=1988, volume="1"), "294–97, 585–86")]),
(KK, "Abulafi a, Frederick II, 375.",
 [C(short([F("Abulafi a")], "Frederick II"), "375")]),
(KK, "See Chapter 6.", []),
(KK, "Kenneth Pennington, Th e Prince and the Law, 1200– 1600: Sovereignty and Rights in\nthe Western Legal Tradition (Berkeley, CA: University of California Press, 1993), 197.",
 [C(book("Th e Prince and the Law, 1200– 1600: Sovereignty and Rights in the Western Legal Tradition", [P("Kenneth", "Pennington")], publisher="University of California Press", place="Berkeley, CA", year=1993), "197")]),
(KK, "Dante Alighieri, Monarchia, ed. and trans. Prue Shaw (Cambridge: Cambridge\nUniversity Press, 1996 [ca. 1314]), 13.",
 [C(book("Monarchia", [P("Dante", "Alighieri")], [P("Prue", "Shaw")], "Cambridge University Press", "Cambridge", 1996, translator=[P("Prue", "Shaw")]), "13")]),
(KK, "C. R. Cheney, “King John’s Reaction to the Interdict on En gland,” 31 (4th ser.)\nTransactions of the Royal Historical Society 129– 50 (1949).",
 [C(art("King John’s Reaction to the Interdict on En gland", [P("C. R.", "Cheney")], "Transactions of the Royal Historical Society", "31", None, 1949, "129–50", **{"collection-number": "4"}))]),
(KK, "John B. Morrall, Po liti cal Th ought in Medieval Times, 2nd ed. (London: Hutchin-\nson, 1960), 54; and Walter Ullmann, A Short History of the Papacy in the Middle Ages\n(London: Methuen, 1972), 103.",
 [C(book("Po liti cal Th ought in Medieval Times", [P("John B.", "Morrall")], publisher="Hutchinson", place="London", year=1960, edition="2"), "54"),
  C(book("A Short History of the Papacy in the Middle Ages", [P("Walter", "Ullmann")], publisher="Methuen", place="London", year=1972), "103")]),
(KK, "Grewe, ed., Fontes, vol. 1, 519– 20.",
 [C(sh(None, "Fontes", editor=[F("Grewe")], volume="1"), "519–20")]),
(KK, "Novit Ille, in Sidney Z. Ehler and John B. Morrall, eds. and trans., Church and\nState through the Centuries: A Collection of Historic Documents with Commentaries,\n69– 71 (New York: Biblio and Tannen, 1967).",
 [C({"type": "chapter", "title": "Novit Ille", "container-title": "Church and State through the Centuries: A Collection of Historic Documents with Commentaries", "editor": [P("Sidney Z.", "Ehler"), P("John B.", "Morrall")], "translator": [P("Sidney Z.", "Ehler"), P("John B.", "Morrall")], "page": "69–71", "publisher": "Biblio and Tannen", "publisher-place": "New York", "issued": Y(1967)})]),
(KK, "See I. S. Robinson, “Church and Papacy,” in J. H. Burns, ed., Th e Cambridge His-\ntory of Medieval Po liti cal Th ought c. 350– c. 1450, 252– 305 (Cambridge: Cambridge\nUniversity Press, 1988), 299– 304.",
 [C(chap("Church and Papacy", [P("I. S.", "Robinson")], "Th e Cambridge History of Medieval Po liti cal Th ought c. 350– c. 1450", [P("J. H.", "Burns")], "Cambridge University Press", "Cambridge", 1988, page="252–305"), "299–304")]),
(KK, "Gaines Post, Studies in Medieval Legal Th ought: Public Law and the State, 1100–\n1322 (Prince ton, NJ: Prince ton University Press, 1964), 438– 39.",
 [C(book("Studies in Medieval Legal Th ought: Public Law and the State, 1100– 1322", [P("Gaines", "Post")], publisher="Prince ton University Press", place="Prince ton, NJ", year=1964), "438–39")]),
# --- German: the first endnote of Schilling's Luther (my-ebooks.e-bookshelf.de reading sample; short forms by surname
#     and short title, `Bornkamm/Ebeling`, `(Insel-Leipzig 1983)`, an edition named with its sigla, a lexicon whose
#     years lost their dash `19772004`)
(SCH, "1\n\nMoeller, Frömmigkeit. – Luthers Schriften sind im Folgenden zitiert nach der Weimarer Ausgabe mit den Abteilungen: WW Werke; WB Briefe; WT Tischreden; Aland, Luther Deutsch (problematisch, da die Auslassungen nicht markiert sind; demnächst zu ersetzen durch die in Vorbereitung befindliche Neubearbeitung durch Thomas Kaufmann); Bornkamm/Ebeling, Ausgewählte Schriften (Inselausgabe, 6 Bde. Frankfurt a.M. 1983); Wartenberg, Briefe (Insel-Leipzig 1983). – Für Luther und seine Zeit grundlegende Literatur: Brecht, Martin Luther, 3 Bde.; Beutel, Luther Handbuch; Buchwald, Luther-Kalendarium; Katalog der Ausstellung von 1983: Martin Luther und die Deutschen; Seebaß, Spätmittelalter; Kaufmann, Reformation. – Zur deutschen und europäischen Geschichte des Zeitalters: Kohler, Von der Reformation; H. Schilling, Aufbruch und Krise; Brady, German Histories; zu den europäischen Zusammenhängen: H. Schilling, Die neue Zeit. – Einschlägiges Fachlexikon: Theologische Realenzyklopädie (TRE), 36 Bände, Berlin 19772004 mit ausführlichen Artikeln zu theologischen und historischen Personen und Sachen.",
 [C(short([F("Moeller")], "Frömmigkeit")),
  C(short(None, "Weimarer Ausgabe")),
  C(short([F("Aland")], "Luther Deutsch")),
  C(book("Ausgewählte Schriften", [F("Bornkamm"), F("Ebeling")], place="Frankfurt a.M.", year=1983)),
  C(book("Briefe", [F("Wartenberg")], publisher="Insel", place="Leipzig", year=1983)),
  C(short([F("Brecht")], "Martin Luther")),
  C(short([F("Beutel")], "Luther Handbuch")),
  C(short([F("Buchwald")], "Luther-Kalendarium")),
  C(short(None, "Katalog der Ausstellung von 1983: Martin Luther und die Deutschen")),
  C(short([F("Seebaß")], "Spätmittelalter")),
  C(short([F("Kaufmann")], "Reformation")),
  C(short([F("Kohler")], "Von der Reformation")),
  C(short([P("H.", "Schilling")], "Aufbruch und Krise")),
  C(short([F("Brady")], "German Histories")),
  C(short([P("H.", "Schilling")], "Die neue Zeit")),
  C(book("Theologische Realenzyklopädie", place="Berlin"))]),
# --- Italian: notes to the introduction of Barbagallo, Il tramonto di una civiltà (bitlit.ru, another book; `[1].`,
#     `in Saggi critici, Milano, Treves, 1914, III, p. 34`, `p. 121 sgg.`, a publisher in guillemets, ancient texts)
(BAR, "[1]. F. De Sanctis, L’uomo del Guicciardini, in Saggi critici, Milano, Treves, 1914, III, p. 34.",
 [C(chap("L’uomo del Guicciardini", [P("F.", "De Sanctis")], "Saggi critici", publisher="Treves", place="Milano", year=1914, volume="III"), "34")]),
(BAR, "[2]. Mi riferisco specialmente al Fustel de Coulanges e al suo Polybe ou la Grèce conquise par les Romains, in Questions historiques, Paris, Hachette, 1893, p. 121 sgg.",
 [C(chap("Polybe ou la Grèce conquise par les Romains", [F("Fustel de Coulanges")], "Questions historiques", publisher="Hachette", place="Paris", year=1893), "121 sgg.")]),
(BAR, "[3]. Si cfr. la polemica di Giuliano l’Apostata contro i Cristiani circa la teorica degli Dei nazionali: Julian., Contra Christian., 115 sgg.; 238 D, ed. Neumann.", []),
(BAR, "[4]. Una ottima trattazione di carattere storico sull’idea di progresso, presso antichi e moderni, è contenuta in I. B. Bury, The idea of progress, an inquiry in to its origin and growth, London, Macmillan, 1920. Ma l’antitesi fra le due concezioni, antica e moderna, era stata, prima ancora, colta e sviluppata egregiamente da G. Ferrero, Tra i due mondi, Milano, Treves, 1913.",
 [C(book("The idea of progress, an inquiry in to its origin and growth", [P("I. B.", "Bury")], publisher="Macmillan", place="London", year=1920)),
  C(book("Tra i due mondi", [P("G.", "Ferrero")], publisher="Treves", place="Milano", year=1913))]),
(BAR, "[5]. C. Barbagallo, Il materialismo storico, Milano, «Fed. it. Bibl. popolari», 1916, p. 107.",
 [C(book("Il materialismo storico", [P("C.", "Barbagallo")], publisher="Fed. it. Bibl. popolari", place="Milano", year=1916), "107")]),
# --- Portuguese: footnotes of Castro, Mappa de Portugal (bitlit.ru, a notes chapter of a book used before from another
#     page): eighteenth-century short forms `Garma no Theatr. Univ. de Hesp. tom. 1. c. 1.`, `no Append. §. 1.`
(MAP, "[423] Garma no Theatr. Univ. de Hesp. tom. 1. c. 1.",
 [C(sh([F("Garma")], "Theatr. Univ. de Hesp.", volume="1"), "1", "chapter")]),
(MAP, "[424] Moret, Anales de Navarra, tom. 1. no Append. §. 1.",
 [C(sh([F("Moret")], "Anales de Navarra", volume="1"))]),
# --- Polish: PRZYPISY of an art-history article in the Rocznik Muzeum Narodowego w Warszawie 1992 (digi.ub.uni-heidelberg.de,
#     another journal; `[w:]`, `op. cit.`, `s. 457 i nast.`, `część I, rozdział IV`, em dashes in ranges, OCR `prof, dr`,
#     `„alfantica"`, line breaks of the page kept)
(RMW, "1 A. Fischinger, Nagrobek Jana Olbrachta i początki rzeźby renesansowej w Polsce, [w:] Renesans.\nSztuka i ideologia, Warszawa 1976, s. 457 i nast. Jakkolwiek w strukturze niszy nagrobka Jana Olbrachta\nwykorzystany został po raz pierwszy motyw rzymskiego łuku triumfalnego, nie jest on jednakże pierwszym\nmotywem antycznym, jaki pojawił się w Polsce. Już znacznie wcześniej, w latach około 1419—1421, szereg\nmotywów all'antica pojawiło się na nagrobku Władysława Jagiełły, jak np. unikalny w swym charakterze motyw\n„polowania\"zaczerpnięty z etruskich i rzymskich sarkofagów, którego nie spotykamy w średniowiecznej ani nawet\ni wczesnorenesansowej rzeźbie nagrobkowej. Por. A. Boczkowska, Herkules i Dawid z rodu Jagiellonów,\nWarszawa 1993, część I, rozdział IV.",
 [C(chap("Nagrobek Jana Olbrachta i początki rzeźby renesansowej w Polsce", [P("A.", "Fischinger")], "Renesans. Sztuka i ideologia", place="Warszawa", year=1976), "457 i nast."),
  C(book("Herkules i Dawid z rodu Jagiellonów", [P("A.", "Boczkowska")], place="Warszawa", year=1993), "IV", "chapter")]),
(RMW, "2 Napis na fryzie baldachimu nagrobka Władysława Jagiełły głosi: „Divus Sigismundus Rex avo merentis-\ns(imo) instauravit\". Por. J. Kowalczyk, Triumf i sława wojenna „alfantica\" w Polsce w XVI w. [w:] Renesans.\nSztuka i ideologia, op. cit., s. 298.",
 [C(chap("Triumf i sława wojenna „alfantica\" w Polsce w XVI w.", [P("J.", "Kowalczyk")], "Renesans. Sztuka i ideologia"), "298")]),
(RMW, "3 Kowalczyk, op. cit., s. 298.",
 [C(short([F("Kowalczyk")]), "298")]),
(RMW, "4 S. Mossakowski, Treść dekoracji renesansowego pałacu na Wawelu, [w:] Renesans. Sztuka i ideologia,\nop. cit., s. 356 i nast.",
 [C(chap("Treść dekoracji renesansowego pałacu na Wawelu", [P("S.", "Mossakowski")], "Renesans. Sztuka i ideologia"), "356 i nast.")]),
(RMW, "5 A. Gieysztor, „Non habemus caesarem nisi regem\". Korona zamknięta królów polskich w końcu XV\nwieku i w wieku XVI. [w:] Muzeum i twórca. Studia z historii sztuki i kultury ku czci prof, dr Stanisława Lorenza,\nWarszawa 1969, s. 289—290.",
 [C(chap("„Non habemus caesarem nisi regem\". Korona zamknięta królów polskich w końcu XV wieku i w wieku XVI", [P("A.", "Gieysztor")], "Muzeum i twórca. Studia z historii sztuki i kultury ku czci prof, dr Stanisława Lorenza", place="Warszawa", year=1969, page="289–290"))]),
(RMW, "6 Mossakowski, op. cit., s. 359.",
 [C(short([F("Mossakowski")]), "359")]),
(RMW, "7 Kowalczyk, op. cit., 293 i nast.; Mossakowski, op. cit., 358.",
 [C(short([F("Kowalczyk")]), "293 i nast."), C(short([F("Mossakowski")]), "358")]),
# --- German: endnotes of a nineteenth-century German translation of Cicero's De re publica (online.flipbuilder.com; works
#     named in the genitive `Niebuhrs Römischer Geschichte`, `Creuzers Röm. Antiquitäten S. 91`, `im ersten Bande`)
(CIC, "217 Wichtige und ausführliche Erörterungen über diesen Gegenstand\nfinden sich im ersten Bande von Niebuhrs Römischer Geschichte. Vgl.\nCreuzers Röm. Antiquitäten S. 91, Wachsmuth Aelteste Gesch. des Röm.\nStaates S. 184–191.",
 [C(sh([F("Niebuhr")], "Römischer Geschichte", volume="1")),
  C(short([F("Creuzer")], "Röm. Antiquitäten"), "91"),
  C(short([F("Wachsmuth")], "Aelteste Gesch. des Röm. Staates"), "184–191")]),
(CIC, "219 S. hierüber Creuzers Röm. Antiquitäten S. 14. Die Angaben sind\nsehr verschieden; sie weichen um mehr als fünfzig Jahre von einander\nab.",
 [C(short([F("Creuzer")], "Röm. Antiquitäten"), "14")]),
]
