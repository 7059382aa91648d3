# -*- coding: utf-8 -*-
# Eleventh gathering (2026-11-25): 90 non-English notes (120 citations) of twentieth- and twenty-first-century
# scholarship only, from 33 pages not used before (none of the `where` addresses of notes.jsonl, notes_eighth.py or
# notes_ninth.py); most are on sites never used, some are other books on sites used before (fb2.top, you-books.com,
# trantor.is, epubs.bibliotk.mx, leerlibrosdemario.com, books.openedition.org), because the search index gives a page's
# text only from its beginning, so short pages holding notes were the usable ones. Gold written by hand from the text;
# no parser was run. Languages: German 18, Spanish 16, Russian 16 (five of them Czech citations in a Russian notes
# list), Dutch 13, Italian 11, French 10, Portuguese 4, Polish 2. Seven notes cite no work.
#  - German: entries of the Heidelberg Berichtigungsliste der griechischen Papyrusurkunden (beehive.zaw.uni-heidelberg.de:
#    journals by abbreviation and volume without an article title, `J.J. Farber, B.A.S.P. 27 (1990), S. 111, Anm. 2`,
#    editions cited by siglum `P. Köln 9. 375, Einl.`, `S. Daris in: Atti XXII Congr., S. 343-351, mit Auflistung der
#    Belege S. 351-352`, `(1999/2000)`), the first footnote of a demotic study (`( ' ) ed.W. Spiegelberg, … (Leipzig
#    1910) (=Demotische Studien 3)`), and three long endnotes of the German Clark, Wilhelm II (`ders.`, `in:`, `4. Aufl.`,
#    `(deutsch: …, übers. von …)`, `(Hg.)`, `insb. S. 294 ff.`, `Bd. 1:`, seventeen works in three notes).
#  - Italian: footnotes of OCRed journal pages (digi.ub.uni-heidelberg.de, fdokument.com: seven works in one note with
#    years OCRed as `Ig0g`, `I8g4`, `pago 401-40`, `pagine II23 e II25`, names in capitals), a prose footnote, and
#    headings of the «Bollettino bibliografico» of L'Arte 1906-1922 (`Ricci (Corrado), // vivaio …. {Boll. d'Arte,
#    gennaio-aprile 1919).`, `fase. XIX` for fasc., a series compiled by an editor).
#  - French: the heading of a review in the Gazette des Beaux-Arts 1925 (`3 vol.`, publisher and place after a blank
#    line), OpenEdition book notes (a publisher without a place, a series in guillemets, `op. cit., annexe II.`,
#    `op. cit., f. 89.`, `Aubert 1994.`, a first-publication note marked `*`, a work named inside prose), an OCRed
#    footnote (`Reznikott`, `(dirj,`, `p. 3 23-341`) and Le Goff's source note (first printing by season, reprint `éd.`).
#  - Spanish: notes of the translated Jackson, La República española y la guerra civil (an unpublished conference paper,
#    `Conde de Romanones`, a chapter whose italics were lost, newspapers by date, `<<` kept) and of Beevor's La guerra
#    civil española (`Véase`, three authors, short forms ending in `…`, `en M. Tuñón, ed.,`, `y ss.`).
#  - Russian: notes of a Soviet afterword to Pujmanová (no numbers; Czech books `Praha, 1935, s. 18`, journals by year
#    and number, `Цит. по кн.:`, `Из публикации М. Благинки`, a glossary note), of the translated Kotkin, Stalin
#    (`Рамзин и др.`, `Т. 8. Ч. 2.`, English short forms, an émigré bulletin by number and month, archival references
#    in parentheses), a GOST-style note citing four English works, and a glossing note.
#  - Dutch: notes of a Zeeland journal (OCR: `(red.)`, lost `en` between two names, `(Ka pellen 2004)`) and the notes
#    page of a town history (`hoofdstuk 5, noot 7 Van der Leijé (1996, 11-14).`, newspapers by date and page, a web page
#    with `Geraadpleegd: september 2014.`).
#  - Portuguese: revision notes of an edition of the Abade de Baçal (prose), and source lines under quotations on two
#    blogs (`Apud`, `Vol 3.º, 2.ª Serie, 1844, págs.`; `p. 25` right after a chapter title, `coord. de`, `dir. de`).
#  - Polish: footnotes of a thesis on a PDF preview page (`186N. Gottwald, …, New York 1979, ss. 4245.`, `dz. cyt.`).
# Decisions (new or made explicit here):
#  - Entries of a correction list, headings of a review or bibliography and source lines under a quotation are taken
#    as notes; a line number or lemma standing on its own line before an entry, a review's summary, the bullet of a
#    notes list and the body text around a note are not copied.
#  - A year garbled by OCR beyond digits (`Ig0g`, `I8g4`, `lgII`) gives no `issued`; the rest is kept as printed.
#  - A papyrus edition cited by siglum (`P. Ross.-Georg. 2. 10`, `C.P.R. 22. 44`, `B.L. 5, S. 2`) is a short form: the
#    siglum is the title, the first number the volume; the text number is not a locator. `Anm. 2`, `Anm. zu Z. 30`,
#    `Einl.` after a page are dropped; so is a second pinpoint after `und vgl.` and dates glossing a locator
#    (`S. 517–526 (07.12.1930), 527 (8.12)` -> `517–526, 527`).
#  - A journal cited by abbreviation, volume and year without an article title is an `article-journal` without `title`;
#    a note saying the text itself first appeared somewhere gives that publication with no author (as "my" before).
#  - Year spans of a volume (`10 (1999/2000)`, `1923-1924`) and month spans (`gennaio-aprile 1919`) are date ranges.
#  - A word hyphenated at a line end (`catte-\ndra`) is joined in the gold; a hyphen left inline by OCR (`Beschryving-
#    he`) is kept; the ellipsis ending a short title (`Reforma agraria…`, `Problematyka dziejów...`) is dropped.
#  - Author-date references (`Aubert 1994`, `Van der Leijé (1996, 11-14)`) are short forms with `issued`, as before.
#  - `annexe II`, `Bijlage 5` give label `appendix`; `f. 89` gives label `folio` (new label).
#  - A translation named in parentheses (`deutsch: …, übers. von I. Lindt, Tübingen 1969`) is its own entry and keeps
#    the author of the work; `ders.` is resolved; a chapter in the author's own book gets `container-author`.
#  - A series volume `Nova História de Portugal, Vol. III, dir. de …` gives `collection-title`, `volume` and
#    `collection-editor`; a part title before the volume title is `part-title`; a conference's place is `event-place`.
#  - A nobleman's title used as name (`Conde de Romanones`) is `literal`; an editor named in the genitive
#    (`Из публикации М. Благинки`) is given in the nominative; an unpublished letter quoted from a book gives the book.
#  - Newspapers cited by date are `article-newspaper` without title (a page after the date is the locator); a journal
#    issue cited without an article is `periodical`; the repository of a newspaper (`ZB, Krantenbank Zeeland`) and
#    archival references (`ЦА ФСБ. Ф. 2 …`, `GAV, …`) are not listed.
# Split: by the hash of the note text (see build_notes.py), not by position (55 dev, 35 test).
from notes_data import P, F, L, Y, C, book, short
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def R(*dps):
    """A date range: R((1999,), (2000,))."""
    return {"date-parts": [list(d) for d in dps]}


BH1 = "https://beehive.zaw.uni-heidelberg.de/info/62577"
BH2 = "https://beehive.zaw.uni-heidelberg.de/info/30728"
BH3 = "https://beehive.zaw.uni-heidelberg.de/dev/editie/257"
BH4 = "https://beehive.zaw.uni-heidelberg.de/bl/12"
BH5 = "https://beehive.zaw.uni-heidelberg.de/dev/bl/11"
SP = "https://9dok.net/document/zkwovpxm-die-l%C3%A4nge-des-p-spiegelberg.html"
MA = "https://digi.ub.uni-heidelberg.de/diglit/monant1907/0286"
FD = "https://fdokument.com/document/alcune-argenterie-sacre-di-bottega-probabilmente-catalana-del-mezzo-decorative.html"
AR22 = "https://digi.ub.uni-heidelberg.de/diglit/arte1922/0213?navmode=struct&leftcolumn_compactview_hidden=0"
AR20 = "https://digi.ub.uni-heidelberg.de/diglit/arte1920/0111/text_ocr"
AR16 = "https://digi.ub.uni-heidelberg.de/diglit/arte1916/0171"
AR06 = "https://digi.ub.uni-heidelberg.de/diglit/arte1906/0520?navmode=fulltextsearch"
AR19 = "https://digi.ub.uni-heidelberg.de/diglit/arte1919/0152"
GBA = "https://digi.ub.uni-heidelberg.de/diglit/gba1925_2/0342?sid=a849bcc365395f6b0d22d9516cca6389"
SF = "https://StudFiles.net/preview/5259977/page:5/"
IS = "https://issuu.com/lelodemoncorvo/docs/tomo_i.311-620/288"

PU = "https://fb2.top/lyudi-na-pereputye-igra-s-ognem-ghizny-protiv-smerti-801217/read/part-notes"
KO = "https://bookz.ru/authors/kotkin-stiven/book-stalin-tom-2-v-predchuvstvii-g-1400289/read/page=25"
TE = "https://fb2.top/terror-i-demokratiya-v-epohu-stalina-368005/read/part-535"
RL = "https://rutlib.com/book/6437/p/53"

CL = "https://you-books.com/bookepub/C-Christopher/Wilhelm-ii/clar_9783641037248_oeb_bm3_r1.html"
POL = "https://books.openedition.org/pul/3618"
IRH = "https://books.openedition.org/irhis/2058"
AUS = "https://books.openedition.org/ausonius/9969?lang=en"
IFPO = "https://books.openedition.org/ifpo/6359?mobile=1"
REZ = "https://fr.scribd.com/document/685710485/Le-Chant-Des-Gaules-Avant-Les-Carolingiens"
LG = "https://trantor.is/content/Wt9FE-xw1aMdh9Mo/chap022.html"
JA = "https://epubs.bibliotk.mx/epubReader/reader/files/6229/OEBPS/Text/notas.xhtml"
BV = "https://leerlibrosdemario.com/la-guerra-civil-espanola-4-leer-online-gratis/257-paginas"

CM = "https://cadernomonarquico.blogspot.com/2015/06/discursos-historicos-da-justica.html"
ME = "https://maisencanto.blogspot.com/2009/05/afirmacao-do-reino-de-portugal.html"

ZE = "https://tijdschriftenbankzeeland.nl/issue/spu/2013-04-01/edition/null/page/11?query="
VL7 = "http://vlissingen700.blogspot.com/p/noten-hoofdstuk-5.html"

ROEHL = [P("J. C. G.", "Röhl")]
FARBER = [P("J. J.", "Farber")]
KEENAN = [P("J. G.", "Keenan")]
BASP27 = dict(container="B.A.S.P.", volume="27", year=1990)


def basp(author, vol="27", year=1990):
    return art(None, author, "B.A.S.P.", vol, None, year)


ELEVENTH = [
# --- German: entries of the Berichtigungsliste (beehive.zaw.uni-heidelberg.de), one entry per page on the `info` pages
(BH1, "vgl. P. Ross.-Georg. 2. 10 Einl. S. 30-1.",
 [C({"title": "P. Ross.-Georg.", "volume": "2"}, "30–1")]),
(BH2, "Zu den rechtlichen Hintergründen, vgl. H. Horstkotte, Z.P.E. 111 (1996), S. 256-258.",
 [C(art(None, [P("H.", "Horstkotte")], "Z.P.E.", "111", None, 1996), "256–258")]),
# --- German: entries for P. Lond. 5 (the Patermouthis archive): journals by abbreviation, two works in one entry
(BH3, "Zur Identität der verschiedenen Personen namens Patermouthis vgl. J.J. Farber, B.A.S.P. 27 (1990), S. 111, Anm. 2 und J.G. Keenan, B.A.S.P. 27 (1990), S. 143, Anm. 16.",
 [C(basp(FARBER), "111"),
  C(basp(KEENAN), "143")]),
# a book cited by author and title without imprint, with a second pinpoint after `und vgl.` (dropped)
(BH3, "χωμογραμματεύς: nicht χωμ<ατ>ογραμματεύς (vgl. die Einl.), sondern l. κωμογραμματεύς, D. Bonneau, Le régime administratif de l’eau du Nil S. 254 und vgl. S. 146, Anm. 177.",
 [C(short([P("D.", "Bonneau")], "Le régime administratif de l’eau du Nil"), "254")]),
(BH3, "᾽Ε̣π̣ι̣μ̣ά̣χ̣ο̣υ̣ (Anm. des Ed.) → ᾽Ε̣πωνύ̣χο̣υ̣, J.M. Diethart, K.A. Worp, Byz.Not. S. 62.",
 [C(short([P("J. M.", "Diethart"), P("K. A.", "Worp")], "Byz.Not."), "62")]),
(BH3, "δι.ρ̣. → διαρί(ου) (nach dem Mikrofilm), I. Ehrenstrasser, Tyche 10 (1995), S. 243.",
 [C(art(None, [P("I.", "Ehrenstrasser")], "Tyche", "10", None, 1995), "243")]),
(BH3, "Zu datieren nach 547 n.Chr., viell. auf 557/558, J.-L. Fournet, Archiv 46 (2000), S. 239.",
 [C(art(None, [P("J.-L.", "Fournet")], "Archiv", "46", None, 2000), "239")]),
# --- German: general entries of BL XII (a volume spanning two years, a chapter in congress proceedings with its span and
#     a pinpoint, editions by siglum, a dictionary cited s.v., a book inside parentheses)
(BH4, "Die Personennamen Ἁρπαγάθης und Τααρπαγάθης sind wohl mit dem nicht attestierten Kult des Gottes Horus-der-Puter (= Libyer) in Soknopaiu Nesos zu verbinden, vgl. J.K. Winnicki, J.Jur.P. 32 (2002), S. 216-227.",
 [C(art(None, [P("J. K.", "Winnicki")], "J.Jur.P.", "32", None, 2002), "216–227")]),
(BH4, "Zur Benutzung von ἐπιθήκη für Zahlungen ohne Bargeld in einer Periode ohne Banken, vgl. H. Inoue, Kodai 10 (1999/2000), S. 83-104.",
 [C(art(None, [P("H.", "Inoue")], "Kodai", "10", None, R((1999,), (2000,))), "83–104")]),
(BH4, "Bedeutet in der arabischer Zeit nicht „Abgabe zur Unterhaltung der Kriegsflotte“ (so F. Preisigke, Wörterbuch, s.v.), sondern bezeichnet die Bemannung eines Schiffes, vgl. F. Morelli, C.P.R. 22. 44, Anm. zu Z. 7.",
 [C(short([P("F.", "Preisigke")], "Wörterbuch")),
  C({"author": [P("F.", "Morelli")], "title": "C.P.R.", "volume": "22"})]),
(BH4, "Das isolierte π/ am Anfang byzantinischer Briefe ist nicht eine Abkürzung für π(αρά), sondern ein Monogramm, zusammengestellt aus π(λεῖστα) und χ(αίρειν), als Substitut für die ausgelassene Grüßformel, S. Daris in: Atti XXII Congr., S. 343-351, mit Auflistung der Belege S. 351-352.",
 [C({"type": "chapter", "author": [P("S.", "Daris")], "container-title": "Atti XXII Congr.", "page": "343–351"}, "351–352")]),
(BH4, "Die Steuer φυλ( ) soll in römischer Zeit immer zu φυλ(άκων), nicht zu φυλ(ακιτικοῦ) aufgelöst werden, P. Köln 9. 375, Einl. (so auch schon P. Kool, De phylakieten in Grieks-Romeins Egypte (1954), S. 125, Anm. 87).",
 [C({"title": "P. Köln", "volume": "9"}),
  C(book("De phylakieten in Grieks-Romeins Egypte", [P("P.", "Kool")], year=1954), "125")]),
# --- German: entries of BL XI (a titled article in `,,…"`, a cross-reference to an earlier volume of the list itself)
(BH5, "Vgl. T.D. Barnes, ,,The Career of Abinnaeus\", Phoenix 39 (1985), S. 368-374.",
 [C(art("The Career of Abinnaeus", [P("T. D.", "Barnes")], "Phoenix", "39", None, 1985), "368–374")]),
(BH5, "ἀείμνηστος Εἰ̣σ̣ᾶ̣ς: ἀείμνηστος wird nur für Gestorbene benützt (gegen die Anm zur Z. in dem in B.L. 5, S. 2 erwähnten Nd.), N. Gonis, Archiv 43 (1997), S. 365, Anm. 3.",
 [C({"title": "B.L.", "volume": "5"}, "2"),
  C(art(None, [P("N.", "Gonis")], "Archiv", "43", None, 1997), "365")]),
# --- German: first footnote of a study of the demotic P. Spiegelberg (9dok.net; `ed.` before the editor, series in
#     parentheses after the imprint)
(SP, "( ' ) ed.W. Spiegelberg, Der Sagenkreis des Königs Petubastis nach dem Straßurger demotischen Papyrus sowie den Wiener und Pariser Bruchstücken (Leipzig 1910) (=Demotische Studien 3)",
 [C(book("Der Sagenkreis des Königs Petubastis nach dem Straßurger demotischen Papyrus sowie den Wiener und Pariser Bruchstücken",
         editor=[P("W.", "Spiegelberg")], place="Leipzig", year=1910,
         **{"collection-title": "Demotische Studien", "collection-number": "3"}))]),
# --- Italian: a footnote of the Monumenti antichi (1907) on an OCRed page scan (`]). 341` for `p. 341`, Greek in OCR)
(MA, "(') Cfr. Cabrol, Dict. cVarch. chret. s. v. apa, p. 2498 :\nèniaxónov una KaXXivlxov; cfr. Strzygowski, Koptische li unsi,\n]). 341: ufija HfÌQàp'ov èniaxónov ; p. 312: una Brjaùufxuv\nènia/.ónov, etc.",
 [C(short([F("Cabrol")], "Dict. cVarch. chret."), "2498"),
  C(short([F("Strzygowski")], "Koptische li unsi"), "341, 312")]),
# --- Italian: footnotes of an article on Calabrian church silver (fdokument.com; the text layer runs the notes together;
#     years OCRed with letters give no `issued`)
(FD, "I) F. PHILIPPI, Zur Geschichte der Reichskanzlei unter den letzten Staufern, Muenster 1885; E. WINKELMANN, Uber die Goldpragungen Kaiser Friedrichs II fiir das Konigreich Sicilien und besonders die Augustalen in Mittheil. des Inst. fiir oesterr. Geschichtforschung, XV (I8g4), pago 401-40; O. POSSE, Die Siegel der deutschen Kaiser und Konige, Dresda Ig0g, I, tav. 28 e seg.; G. HILL, in The Burlington Magazine, XVIII (lgII), pago 261 e seg.; G. SAMBON, Repertorio generale delle monete coniate in Italia •.• dal sec. Val XX, Parigi Ig12; P. TOEscA, Storia dell'arte italiana, I, Torino Ig27, pagine II23 e II25; S. RICCI, Gli Augustali di Federico II in Studi Medioevali, Torino Ig28.",
 [C(book("Zur Geschichte der Reichskanzlei unter den letzten Staufern", [P("F.", "Philippi")], place="Muenster", year=1885)),
  C(art("Uber die Goldpragungen Kaiser Friedrichs II fiir das Konigreich Sicilien und besonders die Augustalen", [P("E.", "Winkelmann")],
        "Mittheil. des Inst. fiir oesterr. Geschichtforschung", "XV"), "401–40"),
  C(book("Die Siegel der deutschen Kaiser und Konige", [P("O.", "Posse")], place="Dresda", volume="I")),
  C(art(None, [P("G.", "Hill")], "The Burlington Magazine", "XVIII"), "261 e seg."),
  C(book("Repertorio generale delle monete coniate in Italia •.• dal sec. Val XX", [P("G.", "Sambon")], place="Parigi")),
  C(book("Storia dell'arte italiana", [P("P.", "Toesca")], place="Torino", volume="I"), "II23 e II25"),
  C(art("Gli Augustali di Federico II", [P("S.", "Ricci")], "Studi Medioevali", **{"publisher-place": "Torino"}))]),
(FD, "2) D'AGINCOURT, Histoire de l'Art, Sculpture, tavola XXVI, n. 4; J. L. A. HUILLARD-BRÉHOLLES, Historia diplomatica Friderici II, I, Parigi 1852, frontesp. all' In- troduzione.",
 [C(short([F("D'Agincourt")], "Histoire de l'Art")),
  C(book("Historia diplomatica Friderici II", [P("J. L. A.", "Huillard-Bréholles")], place="Parigi", year=1852, volume="I"))]),
(FD, "3) S. A. LUCIANI, Un ritratto sconosciuto di Federico II in japigia, IV (1933) pagine 156-66, riprod. a pago 164.",
 [C(art("Un ritratto sconosciuto di Federico II", [P("S. A.", "Luciani")], "japigia", "IV", None, 1933, "156–66"), "164")]),
# --- Italian: a prose footnote of L'Arte 1922 (line-broken, a blank line from the page scan), no work cited
(AR22, "1 Fra i resti di alcune costruzioni in via di demo-\nlizione, sul Palatino, vicini alla Villa Mills, si notano\nancora oggi negli sguanci di una finestra due figu-\n\nrette femminili avvolte in ampie vesti romane dipinte\nalla maniera dei seguaci di Raffaello.",
 []),
# --- Italian: headings of the Bollettino bibliografico of L'Arte (surname first with the given name in parentheses,
#     OCR `//` for `Il`, `{` for `(`, `fase.` for `fasc.`, month ranges)
(AR20, "1. Ricci (Corrado), // vivaio dell' Arcivescovo di\nRavenna. {Boll. d'Arte, gennaio-aprile 1919).",
 [C(art("// vivaio dell' Arcivescovo di Ravenna", [P("Corrado", "Ricci")], "Boll. d'Arte", None, None, R((1919, 1), (1919, 4))))]),
(AR20, "4. Arata (G. II.), Le molteplici vicende di una\ninsigne basilica. IltS. Antonino» di Piacenza. (Rass.\nd'Arte, marzo-aprile 1919).",
 [C(art("Le molteplici vicende di una insigne basilica. IltS. Antonino» di Piacenza", [P("G. II.", "Arata")], "Rass. d'Arte", None, None, R((1919, 3), (1919, 4))))]),
(AR16, "45. Gf.rola (G.), I monumenti medioevali delle\ntredici Sporadi. (Bergamo, 1914).",
 [C(book("I monumenti medioevali delle tredici Sporadi", [P("G.", "Gf.rola")], place="Bergamo", year=1914))]),
(AR16, "46. Gerola (G.), Il monogramma della catte-\ndra eburnea di Ravenna. (Felix Ravenna, fase. XIX,\nsettembre 1915).",
 [C(art("Il monogramma della cattedra eburnea di Ravenna", [P("G.", "Gerola")], "Felix Ravenna", None, "XIX", Y(1915, 9)))]),
(AR06, "283. Calzini (Egidio), Di un affresco del secolo XV\nrecentemente scoperto in Urbino. (Ross, bibl. dell’arte\nital., a. IX, pag. 106-109; Ascoli Piceno, 1906).",
 [C(art("Di un affresco del secolo XV recentemente scoperto in Urbino", [P("Egidio", "Calzini")], "Ross, bibl. dell’arte ital.", "IX", None, 1906,
        **{"publisher-place": "Ascoli Piceno"}), "106–109")]),
(AR19, "64. / maestri dell'arte. Monografie d'Artisti\nItaliani moderni compilate da Francesco Sa-\npori, n. 1-8: Morelli, Duprè, Costa, Barabino,\nSerra, Palizzi, Tito, Vela, Sartorio. Torino, Ce-\nlanza, 1918-1919.",
 [C(book("/ maestri dell'arte. Monografie d'Artisti Italiani moderni", editor=[P("Francesco", "Sapori")], publisher="Celanza",
         place="Torino", year=R((1918,), (1919,))))]),
# --- French: heading of a review in the Gazette des Beaux-Arts (1925), publisher and place after a blank line
(GBA, "Actes du Congrès d’histoire de l’Art, orga-\nnisé par la Société de l’Histoire de l'Art\nfrançais, 1921. 3 vol. et un album de plan-\nches.\n\nLes Presses universitaires de France. Paris,\n1923-1924.",
 [C(book("Actes du Congrès d’histoire de l’Art, organisé par la Société de l’Histoire de l'Art français, 1921",
         publisher="Les Presses universitaires de France", place="Paris", year=R((1923,), (1924,)), **{"number-of-volumes": "3"}))]),
# --- Polish: footnotes of a thesis on a studfiles preview page (number glued to the name, a page span that lost its dash)
(SF, "186N. Gottwald, The Tribes of Yahweh: A Sociology of the Religion of Literated Israel, New York 1979, ss. 4245.",
 [C(book("The Tribes of Yahweh: A Sociology of the Religion of Literated Israel", [P("N.", "Gottwald")], place="New York", year=1979), "4245")]),
(SF, "187M. Tarasiuk, Problematyka dziejów..., dz. cyt., s. 29.",
 [C(short([P("M.", "Tarasiuk")], "Problematyka dziejów"), "29")]),
# --- Portuguese: revision notes of an edition of the Memórias of the Abade de Baçal (issuu), prose only
(IS, "[43] No texto original aparece escrito «nas últimas cartas». Mas, falando-se de procuradores dos povos, parece óbvio que há aqui uma gralha. O Autor escreveu «nas últimas Cortes» que foram as de 1646, convocadas nos fins de 1645 e inauguradas em Janeiro do ano seguinte.",
 []),
(IS, "[44] O Abade de Baçal propõe como leitura da epígrafe: «Domingos da Ponte Gallego, general da ar...». Parece-nos que deve ser «Domingos da Ponte Gallego, tenente general da ar...», tanto mais que este oficial tinha mesmo esse posto, como se diz na página 77.",
 []),
# --- Russian: notes of the afterword to a Soviet edition of Pujmanová's trilogy (fb2.top, another book than the one used
#     before; notes without numbers; Czech books cited in Russian notes `Praha, 1935, s. 18`, Czech and Russian journals
#     by year and number, a short form, a letter quoted from a book `Цит. по кн.:`, a glossary note)
(PU, "M. Pujmanová. Božena Benešová. Praha, 1935, s. 18.",
 [C(book("Božena Benešová", [P("M.", "Pujmanová")], place="Praha", year=1935), "18")]),
(PU, "M. Pujmanová. Povídky z městského sadu a jiné prózy. Praha, 1956, s. 62.",
 [C(book("Povídky z městského sadu a jiné prózy", [P("M.", "Pujmanová")], place="Praha", year=1956), "62")]),
(PU, "«Rudé právo», 6.XI.1937.",
 [C(paper(None, None, "Rudé právo", Y(1937, 11, 6)))]),
# the diaries were published by Blahynka: he is the editor (genitive `Благинки` given in the nominative)
(PU, "Дневники М. Пуймановой (Из публикации М. Благинки. — «Host do domu», 1960, № 3).",
 [C({"type": "article-journal", "title": "Дневники М. Пуймановой", "editor": [P("М.", "Благинка")], "container-title": "Host do domu",
     "issue": "3", "issued": Y(1960)})]),
(PU, "M. Pujmanová. Spisovatel a doba. Studentský časopis, 1938, XVII.",
 [C(art("Spisovatel a doba", [P("M.", "Pujmanová")], "Studentský časopis", "XVII", None, 1938))]),
(PU, "«Иностранная литература», 1970, № 11.",
 [C({"type": "periodical", "title": "Иностранная литература", "issue": "11", "issued": Y(1970)})]),
(PU, "M. Pujmanová. Vyznání a úvahy, s. 101.",
 [C(short([P("M.", "Pujmanová")], "Vyznání a úvahy"), "101")]),
# an unpublished letter quoted from a book: only the book is listed
(PU, "Письмо в Союз советских писателей от 3.III.1953. Цит. по кн.: Т. Мотылева. О мировом значении Л. Н. Толстого. М., 1957, с. 695.",
 [C(book("О мировом значении Л. Н. Толстого", [P("Т.", "Мотылева")], place="М.", year=1957), "695")]),
(PU, "Легионер… — Легионерами именовались солдаты и офицеры соединений — легионов, созданных в первую мировую войну из военнопленных чехов и словаков с целью борьбы на стороне Антанты.",
 []),
# --- Russian: endnotes of the Russian translation of Kotkin's Stalin, vol. 2 (bookz.ru; number on its own line; short
#     forms by first author `и др.`, `Т. 8. Ч. 2.`, an archival reference in parentheses (not listed), English short forms
#     `Medvedev, Let History Judge, 263–72.`, an émigré bulletin by number and month)
(KO, "363\nРамзин и др. Процесс «Промпартии». С. 517–526 (07.12.1930), 527 (8.12).",
 [C(short([F("Рамзин")], "Процесс «Промпартии»"), "517–526, 527")]),
(KO, "364\nСамыгин. Промпартия.",
 [C(short([F("Самыгин")], "Промпартия"))]),
(KO, "365\nВ тюремном институте Рамзин вел исследования в области конструкции тепловых котлов. Через пять лет после суда он был освобожден и награжден орденом Ленина. Medvedev, Let History Judge, 263–72.",
 [C(short([F("Medvedev")], "Let History Judge"), "263–72")]),
(KO, "366\nСевостьянов и др. Совершенно секретно. Т. 8. Ч. 2. С. 1210 (ЦА ФСБ. Ф. 2. Оп. 8. Д. 658. Л. 398–408: 20.12.1930).",
 [C({"author": [F("Севостьянов")], "title": "Совершенно секретно", "volume": "8", "part-number": "2"}, "1210")]),
(KO, "367\nВ анонимном письме из СССР, напечатанном в «Бюллетене оппозиции» Троцкого, говорилось о разочаровании рабочих мягкими приговорами: «…теперь за небольшие упущения так строго всех нас карают, а тут за громадное преступление – помиловали». Бюллетень оппозиции. № 19 (март 1931). С. 18. Цилига, находившийся в тюрьме в момент оглашения вердиктов, вспоминал, что «в этом неожиданном милосердии… было что-то очень подозрительное», с учетом того, что людей расстреливали и за меньшие преступления. Ciliga, Russian Enigma, 222.",
 [C({"type": "periodical", "title": "Бюллетень оппозиции", "issue": "19", "issued": Y(1931, 3)}, "18"),
  C(short([F("Ciliga")], "Russian Enigma"), "222")]),
# --- Russian: a note of the Russian edition of a book on Stalin's terror (fb2.top, another book; GOST style for English
#     works: `Hedeler W.`, `P. 49,50-52`, two chapters sharing one `// Stalin's Terror … / eds. …` container, `;` between works)
(TE, "Hedeler W. Ezhov's Scenario for the Great Terror and the Falsified Record of the Third Moscow Show Trial. P. 49,50-52, McLoughlin B. Mass Operations of the NKVD, 1937-1938: A Survey. P. 132, 138-140 // Stalin's Terror: High Politics and Mass Repression in the Soviet Union / eds. B. McLoughlin, K. McDermott. Basingstoke: Palgrave, 2003; Starkov B. Narkom Ezhov // Stalinist Terror: New Perspectives / eds. J. A. Getty, R. Manning. New York: Cambridge University Press, 1993. P. 38-40; Getty J. A., Naumov O. The Road to Terror: Stalin and the Self-Destruction of the Bolsheviks, 1932-1939. New Haven: Yale University Press, 1999. P. 527-529.",
 [C(chap("Ezhov's Scenario for the Great Terror and the Falsified Record of the Third Moscow Show Trial", [P("W.", "Hedeler")],
         "Stalin's Terror: High Politics and Mass Repression in the Soviet Union", editor=[P("B.", "McLoughlin"), P("K.", "McDermott")],
         publisher="Palgrave", place="Basingstoke", year=2003), "49,50–52"),
  C(chap("Mass Operations of the NKVD, 1937-1938: A Survey", [P("B.", "McLoughlin")],
         "Stalin's Terror: High Politics and Mass Repression in the Soviet Union", editor=[P("B.", "McLoughlin"), P("K.", "McDermott")],
         publisher="Palgrave", place="Basingstoke", year=2003), "132, 138–140"),
  C(chap("Narkom Ezhov", [P("B.", "Starkov")], "Stalinist Terror: New Perspectives", editor=[P("J. A.", "Getty"), P("R.", "Manning")],
         publisher="Cambridge University Press", place="New York", year=1993), "38–40"),
  C(book("The Road to Terror: Stalin and the Self-Destruction of the Bolsheviks, 1932-1939", [P("J. A.", "Getty"), P("O.", "Naumov")],
         publisher="Yale University Press", place="New Haven", year=1999), "527–529")]),
# --- Russian: a glossing endnote of a popular history (rutlib.com), no work cited
(RL, "28\nСтатья 58-1 Уголовного Кодекса предусматривала ответственность за измену Родине.",
 []),
# --- German: endnotes of the German edition of Clark's Wilhelm II (you-books.com, another book than the one used
#     before): `ders.`, `in:`, `4. Aufl.`, a translation in parentheses (`deutsch: …, übers. von I. Lindt, Tübingen 1969`,
#     the author carried over), `(Hg.)`, `insb. S. 294 ff.`, `Bd. 1:` with a volume title, short forms by title
(CL, "1 J. C. G. Röhl, Germany Without Bismarck. The Crisis of Government in the Second Reich, 1890-1900, London 1967 (deutsch: Deutschland ohne Bismarck. Die Regierungskrise im Zweiten Kaiserreich 1890-1900, übers. von I. Lindt, Tübingen 1969); ders., »Der ›Königsmechanismus‹ im Kaiserreich«, in: J. C. G. Röhl, Kaiser, Hof und Staat. Wilhelm II. und die deutsche Politik, 4. Aufl. München 1995, S. 116-140 (auf Englisch erschienen als: »The ›kingship mechanism‹ in the Kaiserreich«, in: Röhl, The Kaiser and His Court. Wilhelm II and the Government of Germany, übers. von T. F. Cole, Cambridge 1994, S. 107-130); Hans-Ulrich Wehler, Das deutsche Kaiserreich, 1871-1918, Göttingen 1973, S. 60-69.",
 [C(book("Germany Without Bismarck. The Crisis of Government in the Second Reich, 1890-1900", ROEHL, place="London", year=1967)),
  C(book("Deutschland ohne Bismarck. Die Regierungskrise im Zweiten Kaiserreich 1890-1900", ROEHL, place="Tübingen", year=1969,
         translator=[P("I.", "Lindt")])),
  C(chap("Der ›Königsmechanismus‹ im Kaiserreich", ROEHL, "Kaiser, Hof und Staat. Wilhelm II. und die deutsche Politik", place="München",
         year=1995, edition="4", **{"container-author": ROEHL}), "116–140"),
  C(chap("The ›kingship mechanism‹ in the Kaiserreich", ROEHL, "The Kaiser and His Court. Wilhelm II and the Government of Germany",
         place="Cambridge", year=1994, translator=[P("T. F.", "Cole")], **{"container-author": [F("Röhl")]}), "107–130"),
  C(book("Das deutsche Kaiserreich, 1871-1918", [P("Hans-Ulrich", "Wehler")], place="Göttingen", year=1973), "60–69")]),
(CL, "2 Siehe Röhl, Kaiser, Hof und Staat, S. 9-16; J. C. G. Röhl, »Introduction«, in: Röhl und N. Sombart (Hg.), Wilhelm II. New Interpretations, Cambridge 1982, S. 1-22; I. V. Hull, »›Persönliches Regiment‹«, in: J. C. G. Röhl (Hg.), Der Ort Kaiser Wilhelms II. in der deutschen Geschichte, München 1991, S. 3-23; Geoff Eley, »The View from the Throne: the Personal Rule of Kaiser Wilhelm II«, in: Historical Journal 28 (1985), S. 469-485; R. J. Evans, »William II’s Germany and the Historians«, in: R. J. Evans, Rethinking German History, London 1987, S. 24-32; W. J. Mommsen, »Kaiser Wilhelm II and German Politics«, in: Journal of Contemporary History 25 (1990), S. 289-316, insb. S. 294 ff.; Gregor Schöllgen, »Wer machte im Kaiserreich Politik? Zwischen ›persönlichem Regiment‹ und ›polykratischem Chaos‹«, in: Neue Politische Literatur 25 (1980), S. 79-97; James Retallack, Germany in the Age of Kaiser Wilhelm II, Basingstoke 1996, S. 39 f., 92 ff.",
 [C(short([F("Röhl")], "Kaiser, Hof und Staat"), "9–16"),
  C(chap("Introduction", ROEHL, "Wilhelm II. New Interpretations", editor=[F("Röhl"), P("N.", "Sombart")], place="Cambridge", year=1982), "1–22"),
  C(chap("›Persönliches Regiment‹", [P("I. V.", "Hull")], "Der Ort Kaiser Wilhelms II. in der deutschen Geschichte", editor=ROEHL,
         place="München", year=1991), "3–23"),
  C(art("The View from the Throne: the Personal Rule of Kaiser Wilhelm II", [P("Geoff", "Eley")], "Historical Journal", "28", None, 1985), "469–485"),
  C(chap("William II’s Germany and the Historians", [P("R. J.", "Evans")], "Rethinking German History", place="London", year=1987,
         **{"container-author": [P("R. J.", "Evans")]}), "24–32"),
  C(art("Kaiser Wilhelm II and German Politics", [P("W. J.", "Mommsen")], "Journal of Contemporary History", "25", None, 1990, "289–316"), "294 ff."),
  C(art("Wer machte im Kaiserreich Politik? Zwischen ›persönlichem Regiment‹ und ›polykratischem Chaos‹", [P("Gregor", "Schöllgen")],
        "Neue Politische Literatur", "25", None, 1980), "79–97"),
  C(book("Germany in the Age of Kaiser Wilhelm II", [P("James", "Retallack")], place="Basingstoke", year=1996), "39 f., 92 ff.")]),
(CL, "3 Vgl. Mommsen, »Kaiser Wilhelm II and German Politics«; Lamar Cecil, Wilhelm II, Bd. 1: Prince and Emperor, 1859-1900, Chapel Hill, NC, London 1989, S. 260 f.; Röhl, Deutschland ohne Bismarck; Röhl, »Der ›Königsmechanismus‹«, S. 125 ff.",
 [C(short([F("Mommsen")], "Kaiser Wilhelm II and German Politics")),
  C(book("Wilhelm II", [P("Lamar", "Cecil")], place="Chapel Hill, NC; London", year=1989, volume="1", **{"volume-title": "Prince and Emperor, 1859-1900"}), "260 f."),
  C(short([F("Röhl")], "Deutschland ohne Bismarck")),
  C(short([F("Röhl")], "Der ›Königsmechanismus‹"), "125 ff.")]),
# --- French: notes of OpenEdition books as the book pages list them beside the text (`• 1 …`; the bullet is not copied):
#     a publisher without a place, a series in guillemets, `op. cit.` with an annex (label `appendix`) or a folio (label
#     `folio`, new), an author-date short form, a first-publication note marked `*`, a work named inside prose
(POL, "1 J. Rousseau-Dujardin, Pluriel intérieur, L’Harmattan, 2004.",
 [C(book("Pluriel intérieur", [P("J.", "Rousseau-Dujardin")], publisher="L’Harmattan", year=2004))]),
(POL, "2 Dans Ph. Gasparini, Autofiction. Une aventure du langage, Le Seuil, « Poétique », 2008, p. 176.",
 [C(book("Autofiction. Une aventure du langage", [P("Ph.", "Gasparini")], publisher="Le Seuil", year=2008, **{"collection-title": "Poétique"}), "176")]),
(IRH, "2 C. Bernard, op. cit., annexe II.",
 [C(short([P("C.", "Bernard")]), "II", "appendix")]),
(IRH, "3 S. Boursier, op. cit., f. 89.",
 [C(short([P("S.", "Boursier")]), "89", "folio")]),
(AUS, "1 Aubert 1994.",
 [C({"author": [F("Aubert")], "issued": Y(1994)})]),
(IFPO, "* Publiée dans Folia Orientalia, XII, 1970, 41-49.",
 [C(art(None, None, "Folia Orientalia", "XII", None, 1970), "41–49")]),
(IFPO, "1 Rien dans la History of Muslim historiography, si riche, de Rosenthal.",
 [C(short([F("Rosenthal")], "History of Muslim historiography"))]),
# --- French: first footnote of a study of Gallican chant on an OCRed scribd page (`Reznikott`, `(dirj,`, `HautMayenÂge`,
#     `éducotion`, a page span with a stray space `p. 3 23-341` kept as printed)
(REZ, "1 I. Reznikott, «Le Chant des Gaules sous les Carolingiens», dans M. Sot (dirj, HautMayenÂge,\nculture, éducotion et société. Études offertes à Pierre Riché, Nanterre, Publidix, 1990,\np. 3 23-341.",
 [C(chap("Le Chant des Gaules sous les Carolingiens", [P("I.", "Reznikott")],
         "HautMayenÂge, culture, éducotion et société. Études offertes à Pierre Riché", editor=[P("M.", "Sot")],
         publisher="Publidix", place="Nanterre", year=1990), "3 23–341")]),
# --- French: the source note of a chapter of Le Goff's essays (trantor.is, another book): first published in English in a
#     journal by season, reprinted in an edited volume (`éd.`): two entries; the essay is the author's own, so no author
(LG, "Première parution en anglais, « Is Politics still the backbone of History ? », Daedalus, hiver 1971, pp. 1-19, repris dans Historical Studies Today, éd. F. Gilbert et S. Graubard, New York, W.W. Norton and Co., 1972, pp. 337-355.",
 [C(art("Is Politics still the backbone of History ?", None, "Daedalus", None, None, Y(1971)), "1–19"),
  C({"type": "chapter", "title": "Is Politics still the backbone of History ?", "container-title": "Historical Studies Today",
     "editor": [P("F.", "Gilbert"), P("S.", "Graubard")], "publisher": "W.W. Norton and Co.", "publisher-place": "New York",
     "issued": Y(1972)}, "337–355")]),
# --- Spanish: notes of the Spanish translation of Jackson's La República española y la guerra civil (epubs.bibliotk.mx,
#     another book than those used before; `<<` return link kept): an unpublished conference paper, a nobleman's title as
#     author, a chapter whose italics were lost (`Lo que yo supe en Obras completas`), newspapers by date, a volume and a
#     page list garbled in the source (`I, 77. pp. 96-97`), prose without a work
(JA, "[1] «How Franco Financed His War, Part II», ponencia leída en la conferencia de la Society for Spanish and Portuguese Hístorical Studies, La Jolla, California, marzo de 1974. <<",
 [C({"type": "paper-conference", "title": "How Franco Financed His War, Part II", "event-title": "Society for Spanish and Portuguese Hístorical Studies",
     "event-place": "La Jolla, California", "issued": Y(1974, 3)})]),
(JA, "[2] En Español en el original. <<",
 []),
(JA, "[6] Conde de Romanones, Las últimas horas de una Monarquía, Madrid, 1931,pp, 81 y ss. <<",
 [C(book("Las últimas horas de una Monarquía", [L("Conde de Romanones")], place="Madrid", year=1931), "81 y ss.")]),
(JA, "[7] Emilio Mola y Vidal, Lo que yo supe en Obras completas, Valladolid, 1940. El general Mola fue el último director general de Seguridad de la Monarquía. <<",
 [C(chap("Lo que yo supe", [P("Emilio", "Mola y Vidal")], "Obras completas", place="Valladolid", year=1940))]),
(JA, "[8] Luis de Zulueta, El Sol 14 de abril de 1935; artículo conmemorando la proclamación de la República. <<",
 [C(paper(None, [P("Luis", "de Zulueta")], "El Sol", Y(1935, 4, 14)))]),
(JA, "[9] ABC, 16 de abril de 1931; El Sol, 16 de febrero de 1935. La referencia del último añade la declaración de González Peña sobre este incidente en el juicio sumarísimo que se le siguió tras la revolución de Asturias. <<",
 [C(paper(None, None, "ABC", Y(1931, 4, 16))),
  C(paper(None, None, "El Sol", Y(1935, 2, 16)))]),
(JA, "[11] Francisco Madrid, Ocho meses y un día en el Gobierno civil de Barcelona, Barcelona, 1932, p. 133. <<",
 [C(book("Ocho meses y un día en el Gobierno civil de Barcelona", [P("Francisco", "Madrid")], place="Barcelona", year=1932), "133")]),
(JA, "[12] New York Times, 26 de mayo de 1931; Rhea Marsh Smith, The Day of the Liberals in Spain, Filadelfía, 1938, p. 90. <<",
 [C(paper(None, None, "New York Times", Y(1931, 5, 26))),
  C(book("The Day of the Liberals in Spain", [P("Rhea Marsh", "Smith")], place="Filadelfía", year=1938), "90")]),
(JA, "[13] Joaquín Arrarás, Historia de la segunda República española, Madrid, 1956, I, 77. pp. 96-97. Esta obra abarca tan sólo los dos primeros años de la República. Es especialmente útil por sus relatos detallados de los conflictos sociales y de la sublevación de Sanjurjo. Su selección de datos y su énfasis refleja fuertemente la preocupación derechista por el orden público y la reputación de los militares. <<",
 [C(book("Historia de la segunda República española", [P("Joaquín", "Arrarás")], place="Madrid", year=1956, volume="I"), "96–97")]),
# --- Spanish: endnotes of Beevor's La guerra civil española (leerlibrosdemario.com, another book than those used before;
#     `Véase`, three authors, short forms with `…` after the title, `en … , ed.,`, a volume before the page, `y ss.`)
(BV, "1. Francisco Comín, Mauro Hernández y Enrique Llopis, Historia Económica de España, p. 285.",
 [C(short([P("Francisco", "Comín"), P("Mauro", "Hernández"), P("Enrique", "Llopis")], "Historia Económica de España"), "285")]),
(BV, "2. Véase M. Requena Gallego, Los sucesos de Yeste, Instituto de Estudios Albacetenses, Albacete, 1983.",
 [C(book("Los sucesos de Yeste", [P("M.", "Requena Gallego")], publisher="Instituto de Estudios Albacetenses", place="Albacete", year=1983))]),
(BV, "5. José Antonio Primo de Rivera, «Carta a los militares de España», en Obras completas, pp. 669-674.",
 [C({"author": [P("José Antonio", "Primo de Rivera")], "title": "Carta a los militares de España", "container-title": "Obras completas"}, "669–674")]),
(BV, "6. Indalecio Prieto, Discursos fundamentales, Tuiner, Madrid, 1976, pp. 272-273.",
 [C(book("Discursos fundamentales", [P("Indalecio", "Prieto")], publisher="Tuiner", place="Madrid", year=1976), "272–273")]),
(BV, "7. Pedro Gómez Aparicio, Historia del periodismo español, Editora Nacional, Madrid, 1981, IV, p. 467. Como dice Jackson: «la cifra de huelgas generales era increíble. Casi igual de difícil de aceptar eran las cifras sobre las iglesias destruidas total o parcialmente. Destruir una iglesia de piedra es una tarea formidable, y en el pasado había habido demasiados ejemplos de iglesias que se dieron como incendiadas sólo porque algún desalmado había pegado fuego a un montón de periódicos en las escaleras». Gabriel Jackson, La República española…, pp. 202-203.",
 [C(book("Historia del periodismo español", [P("Pedro", "Gómez Aparicio")], publisher="Editora Nacional", place="Madrid", year=1981, volume="IV"), "467"),
  C(short([P("Gabriel", "Jackson")], "La República española"), "202–203")]),
(BV, "9. Gabriel Cardona, «Las operaciones militares», en M. Tuñón, ed., La guerra civil española 50 años después, Labor, Barcelona, 1985, p. 205.",
 [C(chap("Las operaciones militares", [P("Gabriel", "Cardona")], "La guerra civil española 50 años después", editor=[P("M.", "Tuñón")],
         publisher="Labor", place="Barcelona", year=1985), "205")]),
(BV, "10. Julio Busquéis y Juan Carlos Losada, Ruido de sables, Crítica, Barcelona, 2003, pp. 49 y ss.",
 [C(book("Ruido de sables", [P("Julio", "Busquéis"), P("Juan Carlos", "Losada")], publisher="Crítica", place="Barcelona", year=2003), "49 y ss.")]),
# --- Portuguese: source lines under quotations on two blogs (`Apud`, a nineteenth-century magazine cited by volume and
#     series `Vol 3.º, 2.ª Serie`, `págs.`; a chapter with its page right after the title, `coord. de`, a series volume
#     `Nova História de Portugal, Vol. III, dir. de …` whose directors are `collection-editor`, brackets kept)
(CM, "Apud\n«Memoria das côrtes que se fizeram em a cidade de Evora, convocadas\npor elrei D. João III,(...)», in O\nPanorama, Jornal Litterario e Instructivo da Sociedade Propagadora\ndos Conhecimentos Uteis,\nVol 3.º, 2.ª Serie, 1844, págs. 370-372.",
 [C(art("Memoria das côrtes que se fizeram em a cidade de Evora, convocadas por elrei D. João III,(...)", None,
        "O Panorama, Jornal Litterario e Instructivo da Sociedade Propagadora dos Conhecimentos Uteis", "3.º", None, 1844), "370–372")]),
(ME, "[Maria Alegria Fernandes Marques, A Viabilização de um Reino, p. 25, O Poder e o Espaço, Portugal em definição de fronteiras, Do condado portucalense à crise do século XIV, coord. de Maria Helena da Cruz Coelho e Armando Luís de Carvalho Homem, Nova História de Portugal, Vol. III, dir. de Joel Serrão e A. H. Oliveira Marques.]",
 [C({"type": "chapter", "title": "A Viabilização de um Reino", "author": [P("Maria Alegria Fernandes", "Marques")],
     "part-title": "O Poder e o Espaço",
     "container-title": "Portugal em definição de fronteiras, Do condado portucalense à crise do século XIV",
     "editor": [P("Maria Helena da Cruz", "Coelho"), P("Armando Luís de Carvalho", "Homem")],
     "collection-title": "Nova História de Portugal", "volume": "III",
     "collection-editor": [P("Joel", "Serrão"), P("A. H.", "Oliveira Marques")]}, "25")]),
# --- Dutch: notes of an article in a Zeeland journal (tijdschriftenbankzeeland.nl, OCR of 2013: `(red.)`, two editors
#     or authors whose `en` was lost, imprint in parentheses `(Hilversum, 2010)`, `Ka pellen`, `Beschryving- he`)
(ZE, "1. Dit artikel is een gedeeltelijke overname van een tekst verschenen in: P. Delsaert M. de Schepper (red.), Letters in de boeken. Liber amicorum Ludo Simons (Ka pellen 2004), pp. 99-106.",
 [C({"type": "chapter", "container-title": "Letters in de boeken. Liber amicorum Ludo Simons", "editor": [P("P.", "Delsaert"), P("M.", "de Schepper")],
     "publisher-place": "Ka pellen", "issued": Y(2004)}, "99–106")]),
(ZE, "2. C. Dekker R. Baetens, Geld in het water. Antwerps en Mechels kapitaal in Zuid-Beveland na de stormvloeden in de 16de eeuw (Hilversum, 2010), pp. 11-23.",
 [C(book("Geld in het water. Antwerps en Mechels kapitaal in Zuid-Beveland na de stormvloeden in de 16de eeuw", [P("C.", "Dekker"), P("R.", "Baetens")],
         place="Hilversum", year=2010), "11–23")]),
(ZE, "3. C. Rooze-Stouthamer, Hervorming in Zeeland ca. 1520- 1572 (Goes, 1996), p. 142; L. Guicciardini, Beschryving- he van alle de Nederlanden (Amsterdam, 1612), p. 59.",
 [C(book("Hervorming in Zeeland ca. 1520- 1572", [P("C.", "Rooze-Stouthamer")], place="Goes", year=1996), "142"),
  C(book("Beschryving- he van alle de Nederlanden", [P("L.", "Guicciardini")], place="Amsterdam", year=1612), "59")]),
# --- Dutch: the notes page of a town history (vlissingen700.blogspot.com: `hoofdstuk 5, noot 1`, author-date short forms
#     `Van der Leijé (1996, 11-14)`, `Weber (1997, Bijlage 5)` (label `appendix`), newspapers by date and page with their
#     repository in parentheses (not listed), a web page with its access date, an archival reference (GAV, not listed))
(VL7, "hoofdstuk 5, noot 1 Vastgelegd door respectievelijk: Huët (1753), Te Water (1767) en Te Water (1772).",
 [C({"author": [F("Huët")], "issued": Y(1753)}),
  C({"author": [F("Te Water")], "issued": Y(1767)}),
  C({"author": [F("Te Water")], "issued": Y(1772)})]),
(VL7, "hoofdstuk 5, noot 3 Coenraad Pieterse (1873).",
 [C({"author": [P("Coenraad", "Pieterse")], "issued": Y(1873)})]),
(VL7, "hoofdstuk 5, noot 4 Geoweb (http://provincie.zeeland.nl/cultuur/chs/), topografische kaart 1916. Geraadpleegd: september 2014.",
 [C({"type": "webpage", "title": "Geoweb", "URL": "http://provincie.zeeland.nl/cultuur/chs/", "accessed": Y(2014, 9)})]),
(VL7, "hoofdstuk 5, noot 5 De spoorweg was al op 1 november 1872 in gebruik genomen.",
 []),
(VL7, "hoofdstuk 5, noot 6 Vlissingsche Courant, 3 november 1872 (ZB, Krantenbank Zeeland).",
 [C(paper(None, None, "Vlissingsche Courant", Y(1872, 11, 3)))]),
(VL7, "hoofdstuk 5, noot 7 Van der Leijé (1996, 11-14).",
 [C({"author": [F("Van der Leijé")], "issued": Y(1996)}, "11–14")]),
(VL7, "hoofdstuk 5, noot 8 Volksblad, 11 oktober 1873, 2 (ZB, Krantenbank Zeeland).",
 [C(paper(None, None, "Volksblad", Y(1873, 10, 11)), "2")]),
(VL7, "hoofdstuk 5, noot 9 Zie de schattingen van Weber (1997, Bijlage 5). Ervan uitgaande dat een gezin uit gemiddeld vier personen bestond, waren dat 600 gezinnen en dus evenzoveel kostwinners.",
 [C({"author": [F("Weber")], "issued": Y(1997)}, "5", "appendix")]),
(VL7, "hoofdstuk 5, noot 11 GAV, Historisch Topografische Atlas, nr. 207 en 2132. Zie ook: Tramper (2002, 99-101).",
 [C({"author": [F("Tramper")], "issued": Y(2002)}, "99–101")]),
(VL7, "hoofdstuk 5, noot 12 Goessche Courant, 4 oktober 1873, 1 (ZB, Krantenbank Zeeland).",
 [C(paper(None, None, "Goessche Courant", Y(1873, 10, 4)), "1")]),
]
