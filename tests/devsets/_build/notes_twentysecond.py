# -*- coding: utf-8 -*-
# Twenty-second gathering (2026-11-25): 80 non-English footnotes and endnotes with 98 citations (71 of them short
# forms) from 17 pages not used before (no `where` address of notes.jsonl or of /work/gather/*.py, checked again before
# each page was added, and against the parallel notes_twentyfirst.py, which shares no address with this file).
# Sites new to the set: kostenlosonlinelesen.net, delpher.nl, dbnl.org; the rest (core-prod.cambridgecore.org: another Annales
# note) are other books, volumes or articles on sites used before
# (journals.openedition.org two articles, books.openedition.org two books, bitlit.ru eight pages of six works: Cantù, Sismondi vols
# 4, 5 and 7 (vol. 2 was used before), Capponi (another page of a book used before), Villari vol. I (vols II and III used
# before), Camilo Castelo Branco, Franco Monteiro), because the search index shows a page's text from its beginning and
# pages holding only notes (or opening with them) were the ones it gave whole. A note was taken only where the page showed
# it whole (notes cut off by the index, notes shown with `(...)` by OpenEdition, and two notes a page ran together on one
# line were left out). Gold written by hand from the note text; no parser was run.
# Languages: Italian 44, French 19, Portuguese 10, Dutch 5, German 2. No Polish page whose notes the index showed
# whole and that had not been used could be found (the one found, the notes of Boże igrzysko on fb2.top, had been used).
# Subjects: local history and the Annales (Cambridge Core, 1953), the reception of Montaigne (Montaigne Studies on
# OpenEdition), Kołakowski and Labadie (Archives de sciences sociales des religions), rural politics in Finistère (a
# Septentrion chapter), the universities of the Third Republic (one note), medieval Florence and the Italian communes (Cantù, Sismondi, Capponi, Villari on Petrarch's
# letters), seventeenth-century Portugal (Camilo's O Regicida, Franco Monteiro on the queens' estates), the Dutch Revolt
# and the Republic (Bilderdijk's Geschiedenis des vaderlands with its editor's notes; an OCRed Vaderlandsche Historie),
# Weimar and Nazi Berlin (Kellerhoff).
# Pages and shapes:
#  - French (Cambridge Core): `page 543 note 1.` before a book by title and imprint only (`Paris, 1953 (sans nom
#    d'éditeur) ; in-8°, 120 pages`), `voir notre compte rendu, Annales, 1953, n°2, p. 241`, an article named in prose and
#    dated in parentheses after a long quotation (`(L'Éducation Nationale, 16 mai 1953.)`), a prose note.
#  - French (OpenEdition, numbers without a period): bare `Ibid., f. e4r.`, `éd. P. Sellier, n° 644`, `éd. J. Simon,
#    Paris, Charpentier, 1842, t. II, p. 204`, `Les Entretiens [1654], Paris, M. Didier, 1972, Entretien 18, p. 293`,
#    `(désormais cité Chrétiens...)`, `dans P. Favre, O. Fillieule et F. Jobard (dir.), …, p. 163-188, cit. p. 163-164`,
#    three works in one note with `voir … ; voir aussi …`, `n 35` (a degree sign lost), `p. 10 et suiv.`, `thèse de
#    science politique, université Paris 1, 2001`, an archival note and a note of thanks citing no work, `op. cit., p. 152`.
#  - Italian (bitlit.ru): `[78.]` and `[92].` numbering, chronicles by book and chapter with or without a page (`Gio.
#    Villani l. VIII, c. 37. p. 368.`), Muratori's collection by volume (`t. XI, Scr. Rer. Ital. p. 367`), Latin genitive
#    authors (`Jannotii Manetti Hist. Pist.`, `Georg. Stellæ An. Genuens.`), six works in one note joined by ` — `, `Istoria
#    di Pistoja … t. I, Pistoja 1627. 3 vol. in 4.º`, `a Bosqueto edita`, a note ending in three lines of verse, Petrarch's
#    letters by book and letter (`lib. VII, ep. 13`) and by volume and pages (`vol. III, ep. 48, pag. 422-32`).
#  - Portuguese (bitlit.ru): `Port. Rest. T, 2. pag, 906.` (commas for periods), a pamphlet cited by full title three
#    times (once in prose with its author as `fr. Francisco Brandão`), `Obra citada.`, `tomo 5.ᵒ das Provas da Historia
#    genealogica da Casa Real, pag. 141`, `por Fr. Joseph da Natividade, pregador geral …; pag. 18`.
#  - Dutch (dbnl.org, page-keyed Ophelderingen of Bilderdijk's history with the lemma quoted: `Bladz. 101, r. 9. ‘Adolf van
#    Nassau.’[…]`): `Z. Alg. Kunst- en Letterb. 1829 n. 39`, `door m.j. adriani en Mr. w.a. spandaw, Gron. bij Oomkens,
#    1827. gr. 8o.`, `Leid. 1792. 4to.`, the editor's own book (`de derde mijner Drie Voorlezingen …`), a Digest passage
#    (`papinianus L. 15. D. de condit. instit.`); (delpher.nl) an OCRed footnote `(*) Capelle Geclenkf. I. bl. 533. Aitzema ,
#    I D. bl. 860. 868. …` with six short forms.
#  - German (kostenlosonlinelesen.net): keyword-led endnotes with author–colon–short title forms (`Mendelssohn:
#    Zeitungsstadt Berlin, S. 312`), `zit. n. ebd., S. 204`, `Mann zit. n. Glatzer: …`, `S. 202 – 215`, `S. 222 u. S. 220`.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - dbnl's table markup after a note (` | |`) is not copied, as a link on its own line was not; the quoted lemma of a
#    page-keyed note (`Bladz. 109. (de Criminele Ordonnantien.)[`) is part of the note text and of no field.
#  - A periodical issue cited without an article (`Alg. Kunst- en Letterb. 1829 n. 39`, `Annales, 1953, n°2, p. 241`,
#    `Bijdragen tot Boeken- en Menschenkennis, 1834, bl. 34, 35`) is an `article-journal` without title (fifteenth's rule);
#    `notre compte rendu` and `mijner` (the writer's or editor's own work) give no author.
#  - A work described but not titled (`une édition … recensés par Mlle M. Laurain dans les comptes rendus …`, `eene
#    afzonderlijke verhandeling, zonder naam des schrijvers`, Herwart's `un'opera per difendere Luigi IV`) is not listed;
#    a book named only as the subject of a review (`une Histoire de la franc-maçonnerie dans la Mayenne`) is not listed.
#  - A newspaper-like weekly named in parentheses after a quoted article (`L'Éducation Nationale, 16 mai 1953.`) is an
#    `article-magazine` with the full date.
#  - `n° 644` (a numbered fragment) gives label `number`; `Entretien 18` before a page is dropped; `[1654]` after a title
#    is `original-date`; `(désormais cité …)` is not part of the title.
#  - Latin genitive names are kept as printed, as `literal` (`Jannotii Manetti`, `Georg. Stellæ`, `Leon. Aretino`,
#    `Tolomeo di Lucca`, `Neri di Donato`, `Paolino di Piero`, `Anon. Pistolese`); names garbled by OCR are kept as
#    printed (`IIoofts`, `Wagsnaar`), as titles are (`Geclenkf.`, `Amfl.`, `Ment. de Fre'd, Henry`).
#  - Chronicles and letters by book and chapter (`l. X, c. 110`, `lib. VII, ep. 13`) get no locator; a page given with
#    them is the locator (`c. 37. p. 368` -> 368); `p. I.` after `Vita di Giotto` was read as a page.
#  - A poem named in prose as the source of quoted lines (`nella canzone Italia mia`) is a short form by author and title.
#  - A Digest passage (`papinianus L. 15. D. de condit. instit.`) is a short form with author and title, no locator.
#  - Honorifics and titles are dropped (`Mr. w.a. spandaw`, `Fr. Joseph da Natividade`, `fr. Francisco Brandão`);
#    lower-case small-capital names are kept as printed (`m.j. adriani`, `b. voorda`).
#  - In keyword-led notes the quoted keywords and the quoted persons (`Baker zit. n. ebd.`, `Mann zit. n. Glatzer: …`,
#    `Siedler in Glatzer: …`) are not names of any field: only the work the quotation is taken from is listed; `zit. n.
#    ebd.` is ibid. A range printed with spaces (`S. 202 – 215`) is given as `202–215`.
#  - One volume of a documentary collection cited once with its page and then for further documents "no mesmo tomo" with
#    their pages gives one entry with the first page.
# Thirteen notes cite no work (prose, thanks, an archival list, bare `Ibid.`, `Obra citada.`, `Lib. VIII, cap. 8.`).
# Doubtful: `I D.`, `X. B.` and `IV. St.` in the delpher note (read as volume `I`, no field, and volume `IV`); the locator
# `222 u. S. 220` kept with its inner `S.`; `p. I.` of Vasari's Vita di Giotto (page or part); whether `L'Éducation
# Nationale` should be a newspaper; the Ginzburg interview's title with the interviewee's name repeated; `Port. Rest. T, 2.`
# read as volume 2; the three printings of the Relação (one with author, two without) kept as three books as printed.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


LOC = "https://core-prod.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/lhistoire-locale-et-son-avenir/381C2817BE6EA385BE1A91394B529838"
ESS = "https://journals.openedition.org/essais/6615"
ASSR = "http://journals.openedition.org/assr/25933?lang=en"
SEP = "https://books.openedition.org/septentrion/102814"
CAN = "https://bitlit.ru/page/it/cesare-cantu/storia-degli-italiani-vol-06-di-15/135"
SI4 = "https://bitlit.ru/page/it/j-c-l-simonde-de-sismondi/storia-delle-repubbliche-italiane-dei-secoli-di-mezzo-v-04-of-16/63"
SI5 = "https://bitlit.ru/page/it/j-c-l-simonde-de-sismondi/storia-delle-repubbliche-italiane-dei-secoli-di-mezzo-v-05-of-16/72"
SI7 = "https://bitlit.ru/page/it/j-c-l-simonde-de-sismondi/storia-delle-repubbliche-italiane-dei-secoli-di-mezzo-v-07-of-16/78"
CA2 = "https://bitlit.ru/page/it/gino-capponi/storia-della-repubblica-di-firenze-v-13/64"
VI1 = "https://bitlit.ru/page/it/pasquale-villari/niccolo-machiavelli-e-i-suoi-tempi-vol-i/128"
REG = "https://bitlit.ru/page/pt/camilo-castelo-branco/o-regicida/134"
ALQ = "https://bitlit.ru/page/pt/joao-pereira-franco-monteiro/as-donatarias-dalemquer-historia-das-rainhas-de-portugal-e-da-sua-casa-e-estado/65"
BI6 = "https://dbnl.org/tekst/bild002gesc06_01/bild002gesc06_01_0007.php"
BI13 = "https://dbnl.org/tekst/bild002gesc13_01/bild002gesc13_01_0004.php"
DEL = "https://www.delpher.nl/nl/boeken/view?coll=boeken&identifier=dpo%3A1564%3Ampeg21%3A0045"
KEL = "https://kostenlosonlinelesen.net/kostenlose-hitlers-berlin/lesen/102"
IRH = "http://books.openedition.org/irhis/92?nomobile=1"

GIOV = [P("Gio.", "Villani")]
MAN = [L("Jannotii Manetti")]
DINO = [P("Dino", "Compagni")]
NERI = [L("Neri di Donato")]

TWENTYSECOND = [
# --- French: Cambridge Core list of an Annales note (1953) on local history (`page 543 note 1.`, prose notes)
(LOC, "page 543 note 1. Ernest Laurain et les Études historiques dans la Mayenne pendant la première moitié du XXe siècle. Publié sous les auspices de la Commission historique et archéologique de la Mayenne, Paris, 1953 (sans nom d'éditeur) ; in-8°, 120 pages, un portrait hors texte. .Bibliographie des travaux d'E. Laurain (182 numéros) in fine : généralités, travaux épigraphiques, publications relatives à la Mayenne. Les travaux relatifs à l'Oise ont été recensés par Mlle M. Laurain dans les comptes rendus et mémoires de la Société archéol. et histor. de Clermont-en-Beauvais (1948).",
 [C(book("Ernest Laurain et les Études historiques dans la Mayenne pendant la première moitié du XXe siècle", place="Paris", year=1953))]),
(LOC, "page 544 note 1. Je me suis laissé dire (je tiens à préciser que la confidence n'émane pas des auteurs) que l'annonce même de la parution d'une Histoire de la franc-maçonnerie dans la Mayenne, avait fort inquiété !… Sur cet ouvrage remarquable, voir notre compte rendu, Annales, 1953, n°2, p. 241.",
 [C(art(None, None, "Annales", None, "2", 1953), "241")]),
(LOC, "page 544 note 2. Dans le département voisin de la Sarthe, trois revues historiques ont réussi à se maintenir !",
 []),
(LOC, "page 544 note 3. Détachons cette citation d'un récent article de L. Febvre, Comment lire Rabelais : « L'Histoire n'est pas la mémoire du passé mort. Une universelle chronologie. Un répertoire inerte de sépulcres blanchis. Elle travaille sur le passé pour le rendre assimilable aux hommes du présent. Fonction essentielle des sociétés humaines. Celle qui les empêche d'être écrasées, vivantes, sous le poids d'un passé mort. Celle qui les aide à supporter, en s'appuyant sur les morts eux-mêmes, le poids de milliards de cadavres qui, depuis des millénaires, s'entassent sur elles et menacent leur avenir ! Et c'est en ce sens que l'Histoire, c'est la Vie. » (L'Éducation Nationale, 16 mai 1953.)",
 [C(mag("Comment lire Rabelais", [P("L.", "Febvre")], "L'Éducation Nationale", Y(1953, 5, 16)))]),
# --- French: OpenEdition notes of an introduction on the reception of Montaigne (Montaigne Studies / Essais; numbers
#     without a period, the page lists the notes before the text; notes cut off by the page with `(...)` were not taken)
(ESS, "2 Ibid., f. e4r.",
 []),
(ESS, "3 Ibid., f. a2r.",
 []),
(ESS, "7 Pascal, Pensées, éd. P. Sellier, n° 644.",
 [C(book("Pensées", [F("Pascal")], editor=[P("P.", "Sellier")]), "644", "number")]),
(ESS, "8 Malebranche, Œuvres, éd. J. Simon, Paris, Charpentier, 1842, t. II, p. 204.",
 [C(book("Œuvres", [F("Malebranche")], editor=[P("J.", "Simon")], publisher="Charpentier", place="Paris", year=1842, volume="II"), "204")]),
(ESS, "9 Jean-Louis Guez de Balzac, Les Entretiens [1654], Paris, M. Didier, 1972, Entretien 18, p. 293.",
 [C(book("Les Entretiens", [P("Jean-Louis", "Guez de Balzac")], publisher="M. Didier", place="Paris", year=1972, **{"original-date": Y(1654)}), "293")]),
# --- French: OpenEdition notes of an article on Kołakowski and Labadie (Archives de sciences sociales des religions)
(ASSR, "2 Michel de Certeau, La fable mystique, Paris, Gallimard, 1982, p. 374-405.",
 [C(book("La fable mystique", [P("Michel", "de Certeau")], publisher="Gallimard", place="Paris", year=1982), "374–405")]),
(ASSR, "4 L. Kołakowski, Chrétiens sans Église (désormais cité Chrétiens...), p. 719-787.",
 [C(sh([P("L.", "Kołakowski")], "Chrétiens sans Église"), "719–787")]),
# --- Italian: notes of Cesare Cantù's Storia degli Italiani, vol. 6 (bitlit.ru)
(CAN, "[168]. Rer. It. Scrip., XV. 684.",
 [C(sh(None, "Rer. It. Scrip.", volume="XV"), "684")]),
(CAN, "[169]. Franco Sacchetti, Nov. 196.",
 [C(sh([P("Franco", "Sacchetti")], "Nov."))]),
(CAN, "[170]. Capitaneus populi, ad defensionem libertatis et popularis status, et ad observandam unionem civium principaliter est institutus etc. Statuti lucchesi.",
 [C(sh(None, "Statuti lucchesi"))]),
(CAN, "[171]. Una savia e piena informazione del governo di Firenze dal 1280 al 92 è riportata nelle Delizie degli eruditi toscani, IX. 256.",
 [C(sh(None, "Delizie degli eruditi toscani", volume="IX"), "256")]),
# --- Italian: notes of Sismondi's Storia delle repubbliche italiane, vol. 4 (bitlit.ru; another volume of a book used
#     before; chronicles in Muratori's collection by `t. XI`, several works in one note joined by ` — `)
(SI4, "[78.] Gio. Villani. l. VIII, c. 37. p. 368.",
 [C(sh(GIOV), "368")]),
(SI4, "[79.] Istorie Pistojesi dall'anno 1300 al 1348 anonime t. XI, Scr. Rer. Ital. p. 367. — Fioravanti Memorie Storiche di Pistoja, c. 17. p. 248. — Istoria di Pistoja e delle fazioni d'Italia di Michel Angelo Salvi t. I, Pistoja 1627. 3 vol. in 4.º — Jannotii Manetti Hist. Pist. l. I, t. XIX, p. 1013. — Gio. Villani l. VIII, c. 3. p. 368. — Machiav. Stor. Fior. l. II, p. 118.",
 [C({"type": "chapter", "title": "Istorie Pistojesi dall'anno 1300 al 1348", "container-title": "Scr. Rer. Ital.", "volume": "XI"}, "367"),
  C(book("Memorie Storiche di Pistoja", [F("Fioravanti")]), "248"),
  C(book("Istoria di Pistoja e delle fazioni d'Italia", [P("Michel Angelo", "Salvi")], place="Pistoja", year=1627, volume="I", **{"number-of-volumes": "3"})),
  C(sh(MAN, "Hist. Pist.", volume="XIX"), "1013"),
  C(sh(GIOV), "368"),
  C(sh([F("Machiav.")], "Stor. Fior."), "118")]),
(SI4, "[80.] Tolomeo di Lucca, il solo tra tutti gli storici, ne' suoi Annales Breviores t. XI, p. 1301, fa cominciare questa lite l'anno 1295, gli altri soltanto nel 1300. Noi adottiamo il parere di Tolomeo ch'era vicino e contemporaneo, e crediamo che i fatti cumulativamente narrati dagli altri debbano ripartirsi ne' quattro anni seguenti. Veggasi intorno a ciò Flammin. del Borgo diss. sull'Ist. Pisana p. 5.",
 [C(sh([L("Tolomeo di Lucca")], "Annales Breviores", volume="XI"), "1301"),
  C(sh([P("Flammin.", "del Borgo")], "diss. sull'Ist. Pisana"), "5")]),
(SI4, "[81.] Istorie Pistoiesi anonime t. I, p. 374.",
 [C(sh(None, "Istorie Pistoiesi", volume="I"), "374")]),
(SI4, "[82.] Jannotii Manetti Hist. Pist. l. II, p. 1009.",
 [C(sh(MAN, "Hist. Pist."), "1009")]),
(SI4, "[83.] Gio. Villani l. VIII, c. 38, p. 369.",
 [C(sh(GIOV), "369")]),
(SI4, "[84.] Questo palazzo, oggi detto Palazzo Vecchio, fu fondato l'anno 1298. La piazza davanti fu formata colla demolizione delle case degli Uberti, e perchè non si voleva che il palazzo del governo stesse sopra un terreno che i Ghibellini avevano profanato colla loro dimora, invece di fare il nuovo edificio quadrato, gli fu data una forma irregolare che ritiene anco al presente; di modo che veruno de' suoi fondamenti trovasi in terreno ghibellino. Gio. Villani l. VIII. c. 26 e 31, p. 561.",
 [C(sh(GIOV), "561")]),
(SI4, "[85.] Cronaca di Dino Compagni, l. I, p. 480, t. IX. — I Cerchi, scrive Dante, erano usciti dal Pivier d'Acone, e per conseguenza originariamente contadini. Parad. C. XVI. v. 65.",
 [C(sh(DINO, "Cronaca", volume="IX"), "480"),
  C(sh([F("Dante")], "Parad."))]),
(SI4, "[86.] Gio. Villani l. VIII, c. 38, p. 369. — Jannotii Manetti Hist, Pist. l. II, p. 1019. — Anon. Pistolese p. 374.",
 [C(sh(GIOV), "369"),
  C(sh(MAN, "Hist, Pist."), "1019"),
  C(sh([L("Anon. Pistolese")]), "374")]),
# --- Italian: notes of Sismondi's Storia delle repubbliche italiane, vol. 7 (bitlit.ru)
(SI7, "[152.] Chron. Estense, p. 500.",
 [C(sh(None, "Chron. Estense"), "500")]),
(SI7, "[153.] Cronica Sanese di Neri di Donato, p. 252.",
 [C(sh(NERI, "Cronica Sanese"), "252")]),
(SI7, "[154.] Poggio Bracciolini, l. II, p. 236. — Cronica Rimin., t. XV, p. 916. — Leon. Aretino, l. VIII.",
 [C(sh([P("Poggio", "Bracciolini")]), "236"),
  C(sh(None, "Cronica Rimin.", volume="XV"), "916"),
  C(sh([L("Leon. Aretino")]))]),
(SI7, "[155.] Cronica Sanese, p. 253.",
 [C(sh(None, "Cronica Sanese"), "253")]),
(SI7, "[156.] Frammento d'un ms. del Vaticano stampato nelle Antiqu. Ital., t. II, p. 857. — Bonincontri, Annal. Miniat., t. XXI, p. 18, fa rimontare all'anno 1370 l'istituzione de' banderali, e quest'epoca fu adottata dallo storico de' senatori di Roma; ma tutta la cronologia del Buonincontri è assai fallace; onde io assegnerei piuttosto all'anno 1375 la creazione di tale magistratura.",
 [C(sh(None, "Antiqu. Ital.", volume="II"), "857"),
  C(sh([F("Bonincontri")], "Annal. Miniat.", volume="XXI"), "18")]),
(SI7, "[157.] Il trattato è stampato presso Raynaldi An. Eccl. 1376, § II, p. 545.",
 [C(sh([F("Raynaldi")], "An. Eccl."), "545")]),
(SI7, "[158.] Questa lettera, che alla forza de' pensieri unisce il merito della più bella dizione latina, fu scritta da Coluccio Salutati, allora cancelliere della repubblica, e prima segretario d'Urbano V, e di Gregorio XI. Ella trovasi nella Storia dei Senatori di Roma, t. II, p. 327; ed in Rigacci, p. I, ep. 17, p. 58.",
 [C(sh(None, "Storia dei Senatori di Roma", volume="II"), "327"),
  C(sh([F("Rigacci")], **{"part-number": "I"}), "58")]),
(SI7, "[159.] Stor. diplomat. de' Senatori di Roma, p. 330.",
 [C(sh(None, "Stor. diplomat. de' Senatori di Roma"), "330")]),
(SI7, "[160.] Cronica Sanese di Neri di Donato, t. XV, p. 251. — Georg. Stellæ An. Genuens., t. XVII, p. 1106.",
 [C(sh(NERI, "Cronica Sanese", volume="XV"), "251"),
  C(sh([L("Georg. Stellæ")], "An. Genuens.", volume="XVII"), "1106")]),
(SI7, "[161.] Vita Gregorii XI a Bosqueto edita, p. 652.",
 [C(sh(None, "Vita Gregorii XI", editor=[F("Bosqueto")]), "652")]),
# --- Italian: notes of Gino Capponi's Storia della Repubblica di Firenze (bitlit.ru; another page of a book used before)
(CA2, "[92]. Villani, lib. VIII, cap. 8. — March. Stefani, lib. III, rub. 204.",
 [C(sh([F("Villani")])), C(sh([P("March.", "Stefani")]))]),
(CA2, "[93]. Dino Compagni, lib. I, pag. 12.",
 [C(sh(DINO), "12")]),
(CA2, "[94]. Ammirato, Storie, lib. IV, ann. 1295.",
 [C(sh([F("Ammirato")], "Storie"))]),
(CA2, "[95]. Lib. VIII, cap. 8.",
 []),
(CA2, "[96]. Dino Compagni, lib. I.",
 [C(sh(DINO))]),
(CA2, "[97]. Villani, lib. VIII, cap. 39.",
 [C(sh([F("Villani")]))]),
(CA2, "[99]. Questi nomi, stando alla Cronaca di Paolino di Piero, sarebbono esistiti in Firenze sino dall’anno 1297, venuti da Pistoia o nati in quale altro si voglia modo.",
 [C(sh([L("Paolino di Piero")], "Cronaca"))]),
(CA2, "[100]. Compagni, lib. I. — G. Villani, lib. VIII.",
 [C(sh([F("Compagni")])), C(sh([P("G.", "Villani")]))]),
(CA2, "[101]. Intorno al tempo di questo confine dato agli uomini delle due parti contradice Dino molto al Villani ed allo Stefani, i quali pongono tutto questo fatto assai più tardi. Noi fummo incerti quale seguire, perchè il Villani, generalmente, è quanto ai tempi meglio ordinato; laddove il Compagni vivo ed ingenuo narratore delle cose dove egli ebbe parte, dispone sovente male la serie degli eventi, o furono questi male disposti da chi sopra una informe copia metteva insieme quella istoria: nè in tutto a questa potemmo aderire, e quello stesso ordine a cui ci attenemmo non è senza qualche difficoltà o dubbiezza. Ma noi lo teniamo sostanzialmente per vero, nè i nostri lettori vogliamo partecipi di quella lunga pazienza che fu da noi posta nel minuto esame dei singoli fatti. Ci avea preceduto lodevolmente in molta parte Cesare Balbo nella Vita di Dante Alighieri.",
 [C(book("Vita di Dante Alighieri", [P("Cesare", "Balbo")]))]),
# --- Dutch: page-keyed notes (Ophelderingen) of Bilderdijk's Geschiedenis des vaderlands, vol. 6 and 13 (dbnl.org)
(BI6, "Bladz. 101, r. 9. ‘Adolf van Nassau.’[Het verdient hier bij vermeld te worden, dat eerst in het jaar 1826, en door vrijwillige bijdragen van bijzondere personen, aan dezen zoo jeugdig voor zijn aangenomen vaderland gesneuvelden Vorst, een gedenkteeken in de nabijheid van het voormalige klooster te Heiligerlee is opgerigt, en plechtig ingewijd den 24 August. van dat jaar. Z. Alg. Kunst- en Letterb. 1829 n. 39, en de Hulde aan de nagedachtenis van Graaf Adolf van Nassau, door m.j. adriani en Mr. w.a. spandaw, Gron. bij Oomkens, 1827. gr. 8o.]",
 [C(art(None, None, "Alg. Kunst- en Letterb.", None, "39", 1829)),
  C(book("Hulde aan de nagedachtenis van Graaf Adolf van Nassau", [P("m.j.", "adriani"), P("w.a.", "spandaw")], publisher="Oomkens", place="Gron.", year=1827))]),
(BI6, "Bladz. 109. (de Criminele Ordonnantien.)[Men zie over deze Ordonnantien eene afzonderlijke verhandeling, zonder naam des schrijvers, doch die thans bekend is als w.a. Baron van spaen, uitgegeven te Arnhem 1794. 8o. - en de Verhandeling over de Criminele Ordonnantie van Koning Philips, door Mr. b. voorda (met den text der Ordonnantien). Leid. 1792. 4to.]",
 [C(book("Verhandeling over de Criminele Ordonnantie van Koning Philips", [P("b.", "voorda")], place="Leid.", year=1792))]),
(BI13, "Bladz. XV. r. 8-11.‘De oud-Oranjelieden waren steeds even min genegen om zich te laten despotiseren, als de Oranje-Vorsten immer genegen waren, of immer kunnen zijn, om dat te doen.’ Over de oude Oranje-partij z. de derde mijner Drie Voorlezingen over de voormalige Staatspartijen in de Nederlandsche Republiek, uitgegeven te Leiden bij v.d. Heuvell, 1849. - Over het ‘immer kunnen zijn’ (en bl. xix ‘par impossible’) ben ik in der tijd berispt in de Bijdragen tot Boeken- en Menschenkennis, 1834, bl. 34, 35. De brave man bedacht niet, dat er geene krachtiger afmaning is - en toch op heuschen en beleefden toon - dan wanneer men aan iemand openlijk en luide zegt, dat hij nimmer, dat hij onmogelijk, tot eenig bepaald kwaad zou in staat zijn: ook was hem toen wel niet - als het mij was - voor den geest, het krachtig en edel gezegde van papinianus L. 15. D. de condit. instit.: ‘quae facta laedunt pietatem (etc.).’",
 [C(book("Drie Voorlezingen over de voormalige Staatspartijen in de Nederlandsche Republiek", publisher="v.d. Heuvell", place="Leiden", year=1849)),
  C(art(None, None, "Bijdragen tot Boeken- en Menschenkennis", year=1834), "34, 35"),
  C(sh([F("papinianus")], "D. de condit. instit."))]),
(BI13, "Bladz. XXIV. r. 3-12.‘Men gelieve de ongelijkheden in de spelling, soms ook der eigen namenGa naar voetnoot(1), niet aan mij te wijten; maar te gelooven, dat ze..... doorgaans ter zelfde plaats in het oorspronkelijke Handschrift, dat woordelijk bij de drukproeven vergeleken is, alzoo gevonden worden.’",
 []),
# --- French: notes-first OpenEdition page of a chapter on local politics in Finistère (Presses du Septentrion)
(SEP, "1 Cette contribution s’appuie sur le dépouillement des cotes suivantes aux Archives départementales du Finistère [AD Finistère] : 1 M 228, 3 M 222, 324, 393, 397, 405, 409, 633, 104 J 1, 3, 6-14, 19, 22, 23, 25-40, 67-69, 71, 72, 83, 85-90, 131, 140, 141, 146, 147, 156, 158 ; aux Archives diocésaines de Quimper et Léon [AdQL] : 2 F 2, 1 P 185, 8 Z 4, 7-10, 13.",
 []),
(SEP, "2 Michel Offerlé, « “À Monsieur Schneider”. Quand les ouvriers demandent à leur patron de se présenter à la députation (janvier 1902) », dans P. Favre, O. Fillieule et F. Jobard (dir.), L’atelier du politiste. Théories, actions, représentations, Paris, La Découverte, 2007, p. 163-188, cit. p. 163-164.",
 [C(chap("“À Monsieur Schneider”. Quand les ouvriers demandent à leur patron de se présenter à la députation (janvier 1902)", [P("Michel", "Offerlé")], "L’atelier du politiste. Théories, actions, représentations", editor=[P("P.", "Favre"), P("O.", "Fillieule"), P("F.", "Jobard")], publisher="La Découverte", place="Paris", year=2007, page="163–188"), "163–164")]),
(SEP, "3 Je remercie Kristell Loussouarn, archiviste diocésaine du diocèse de Quimper, qui a attiré mon attention sur cette histoire de bals et Alain Le Bloas pour sa relecture exigeante.",
 []),
(SEP, "4 Voir, par exemple, Jean Nicolas, La rébellion française. Mouvements populaires et consciences sociales, 1661-1789, Paris, Seuil, 2002.",
 [C(book("La rébellion française. Mouvements populaires et consciences sociales, 1661-1789", [P("Jean", "Nicolas")], publisher="Seuil", place="Paris", year=2002))]),
(SEP, "5 Selon le fameux syntagme que forgea Edoardo Grendi, « Micro-analisi e storia sociale », Quaderni storici, n 35, 1977, p. 506-520, p. 512 ; voir, à propos de l’utilisation de cet oxymore, les remarques de Carlo Ginzburg, « Carlo Ginzburg, “L’historien et l’avocat du diable”. Entretien avec Charles Illouz et Laurent Vidal », Genèses, n° 53, 2003, p. 113-138, p. 122-123 ; voir aussi Giovanni Levi, « On Microhistory », in Peter Burke (dir.), New Perspectives on Historical Writing, Cambridge, Polity Press, 1991, p. 93-113.",
 [C(art("Micro-analisi e storia sociale", [P("Edoardo", "Grendi")], "Quaderni storici", None, "35", 1977, "506–520"), "512"),
  C(art("Carlo Ginzburg, “L’historien et l’avocat du diable”. Entretien avec Charles Illouz et Laurent Vidal", [P("Carlo", "Ginzburg")], "Genèses", None, "53", 2003, "113–138"), "122–123"),
  C(chap("On Microhistory", [P("Giovanni", "Levi")], "New Perspectives on Historical Writing", editor=[P("Peter", "Burke")], publisher="Polity Press", place="Cambridge", year=1991, page="93–113"))]),
(SEP, "6 Brigitte Gaïti et Frédéric Sawicki, « On ne subit pas son rôle. Entretien avec Jacques Lagroye », Politix, n° 38, 1997, p. 7-17, p. 10 et suiv.",
 [C(art("On ne subit pas son rôle. Entretien avec Jacques Lagroye", [P("Brigitte", "Gaïti"), P("Frédéric", "Sawicki")], "Politix", None, "38", 1997, "7–17"), "10 et suiv.")]),
(SEP, "7 Il avait été nommé membre de son bureau en 1925 ; voir Patrick Le Lidec, « Les maires dans la République. L’Association des Maires de France, élément constitutif des régimes politiques français depuis 1907 », thèse de science politique, université Paris 1, 2001.",
 [C(thesis("Les maires dans la République. L’Association des Maires de France, élément constitutif des régimes politiques français depuis 1907", [P("Patrick", "Le Lidec")], "thèse de science politique", "université Paris 1", 2001))]),
# --- Italian: notes of Sismondi's Storia delle repubbliche italiane, vol. 5 (bitlit.ru; a note with verse lines)
(SI5, "[178.] Vasari, Vita di Giotto p. I.",
 [C(sh([F("Vasari")], "Vita di Giotto"), "I")]),
(SI5, "[179.] Cioè sei priori, dodici buoni uomini, diecinove confalonieri delle compagnie, ventiquattro consoli delle arti, e sei deputati di ogni quartiere. La balìa veniva presieduta dal confaloniere di giustizia.",
 []),
(SI5, "[180.] Gio. Villani l. X, c. 110. — Leon. Aretino l. V.",
 [C(sh(GIOV)), C(sh([L("Leon. Aretino")]))]),
(SI5, "[181.] Gio. Villani l. X, c. 113 e 114.",
 [C(sh(GIOV))]),
(SI5, "[182.] D'ordine di Massimiliano, duca di Baviera, Gio. Giorgio Herwart, suo cancelliere, scrisse del 1618 un'opera per difendere Luigi IV contro le imputazioni de' Guelfi, e specialmente di Bzovio, continuatore degli Annali ecclesiastici. È un grosso libro in 4.º stampato a Monaco. Ma ridonda più d'invettive che di ragioni, e non basta a ristabilire la riputazione dell'imperatore.",
 []),
(SI5, "[183.] Il Petrarca vi allude nella canzone Italia mia composta quando i Fiorentini pensavano di richiamare il Bavaro in Italia:\nNè v'accorgete ancor per tante prove\nDel Bavarico inganno\nChe alzando 'l dito colla morte scherza?",
 [C(sh([F("Petrarca")], "Italia mia"))]),
(SI5, "[184.] Gio. Villani l. X, c. 65.",
 [C(sh(GIOV))]),
# --- Italian: notes of Villari's Niccolò Machiavelli e i suoi tempi, vol. I (bitlit.ru; Petrarch's letters by title only)
(VI1, "[53]. Epistolae de rebus famil. et variae, vol. III, ep. 48, pag. 422-32. Questa epistola è indirizzata a Cola di Rienzo ed al popolo romano.",
 [C(sh(None, "Epistolae de rebus famil. et variae", volume="III"), "422–32")]),
(VI1, "[54]. Lettere Familiari, lib. VII, ep. 13. Il Fracassetti ritiene che questa lettera sia stata scritta nel 1348.",
 [C(sh(None, "Lettere Familiari"))]),
(VI1, "[57]. Lettere Familiari, lib. XI, ep. 16.",
 [C(sh(None, "Lettere Familiari"))]),
(VI1, "[59]. Lettere Familiari, lib. XII, ep. 1, 24 febbraio 1350.",
 [C(sh(None, "Lettere Familiari"))]),
(VI1, "[60]. Epist. de rebus famil. et variae, lib. III, 7: «Monarchiam esse optimam relegendis, reparandisque viribus Italis, quas longus bellorum civilium sparsit furor. Haec ut ego novi, fateorque regiam manum nostris moribus necessariam,» etc. Fu scritta nel 1339, secondo il Fracassetti. Vedi la sua nota nell'edizione italiana.",
 [C(sh(None, "Epist. de rebus famil. et variae"))]),
# --- Portuguese: notes of Camilo Castelo Branco's O Regicida (bitlit.ru; one pamphlet cited three times, `Obra citada.`)
(REG, "[4] Port. Rest. T, 2. pag, 906.",
 [C(sh(None, "Port. Rest.", volume="2"), "906")]),
(REG, "[7] Em Nota que hade ser posta como confirmação d'estas miudezas verá o leitor que não tem rasão para se maravilhar da omissão dos historiadores, salvo se lhe não é desconhecido um opusculo de fr. Francisco Brandão, chronista-mór do reino, opusculo publicado anonymamente em 1647, com este titulo: Relação do assassinio intentado por Castella contra a Magestade d'el-rei D. João IV, nosso Senhor, e impedido miraculosamente.",
 [C(book("Relação do assassinio intentado por Castella contra a Magestade d'el-rei D. João IV, nosso Senhor, e impedido miraculosamente", [P("Francisco", "Brandão")], year=1647))]),
(REG, "[8] Os secretarios de estado tiveram excellencia de juri desde a lei de 29 de janeiro de 1739. Os mordomos-móres já recebiam excellencia no tempo de D. João IV. Em 1648 o padre Antonio Vieira tractava de vossa-mercê em cartas o secretario de estado Pedro Vieira da Motta.",
 []),
(REG, "[9] Relação do assassinio intentado por Castella contra a Magestade d'el-rei D. João IV, nosso Senhor e impedido miraculosamente. Lisboa 1647.",
 [C(book("Relação do assassinio intentado por Castella contra a Magestade d'el-rei D. João IV, nosso Senhor e impedido miraculosamente", place="Lisboa", year=1647))]),
(REG, "[10] Relação do assassinio intentado por Castella contra a Magestade de El-rei D. João IV nosso Senhor, e impedido miraculosamente. Lisboa, 1647.",
 [C(book("Relação do assassinio intentado por Castella contra a Magestade de El-rei D. João IV nosso Senhor, e impedido miraculosamente", place="Lisboa", year=1647))]),
(REG, "[11] Obra citada.",
 []),
(REG, "[12] Ao meu erudito amigo, o sr. Innocencio Francisco da Silva devo o favor do traslado, cuja orthographia se transcreve fielmente.",
 []),
# --- Portuguese: notes of Franco Monteiro's As donatarias d'Alemquer (bitlit.ru; a documentary collection by volume)
(ALQ, "[49] Acha-se publicado do tomo 5.ᵒ das Provas da Historia genealogica da Casa Real, pag. 141. No mesmo tomo estão publicados os seguintes tractados de casamentos:—d’el-rei D. Affonso VI com a rainha D. Maria Francisca (pag. 10); de D. Pedro II com a rainha D. Maria Sophia de Neubourg (pag. 73).",
 [C(sh(None, "Provas da Historia genealogica da Casa Real", volume="5.ᵒ"), "141")]),
(ALQ, "[50] Era então embaixador de Portugal em Madrid Antonio Guedes Pereira.",
 []),
(ALQ, "[51] Veja o tractado do casamento de D. José publicado no tomo 5.ᵒ das Provas da Historia genealogica da Casa Real, pag. 316; e no Fasto de Hymeneo, ou Historia Panegyrica dos desposorios dos Fidellissimos Reys de Portugal, nossos Senhores, D. Joseph I e D. Maria Anna Victoria de Bourbon, por Fr. Joseph da Natividade, pregador geral da ordem dos Pregadores, na provincia de Portugal; pag. 18.",
 [C(sh(None, "Provas da Historia genealogica da Casa Real", volume="5.ᵒ"), "316"),
  C(book("Fasto de Hymeneo, ou Historia Panegyrica dos desposorios dos Fidellissimos Reys de Portugal, nossos Senhores, D. Joseph I e D. Maria Anna Victoria de Bourbon", [P("Joseph", "da Natividade")]), "18")]),
# --- German: keyword-led endnotes of Kellerhoff's Hitlers Berlin (kostenlosonlinelesen.net; author–short-title forms)
(KEL, "1 »Natürlich waren die« Mendelssohn: Zeitungsstadt Berlin, S. 312; zur Berliner Kultur vgl. Large: Berlin, S. 202 – 215; »Pracht, wie Paris« u. »Sie tragen« Baker zit. n. ebd., S. 204; »Um so viel feindlichere« zit. n. ebd., S. 217; »Berlin, das ist« Mann zit. n. Glatzer: Berlin zur Weimarer Zeit, S. 308.",
 [C(sh([F("Mendelssohn")], "Zeitungsstadt Berlin"), "312"),
  C(sh([F("Large")], "Berlin"), "202–215"),
  C(sh([F("Glatzer")], "Berlin zur Weimarer Zeit"), "308")]),
(KEL, "4 »Berlin war: die Spannung« u. »Im Berliner Sud« Isherwood zit. n. Large: Berlin, S. 222 u. S. 220; »Berlin ist eine merkwürdige« Siedler in Glatzer: Berlin zur Weimarer Zeit, S. 11.",
 [C(sh([F("Large")], "Berlin"), "222 u. S. 220"),
  C(sh([F("Glatzer")], "Berlin zur Weimarer Zeit"), "11")]),
# --- Dutch: an OCRed footnote of a continuation of the Vaderlandsche Historie (delpher.nl; six short forms in one note)
(DEL, "(*) Capelle Geclenkf. I. bl. 533. Aitzema , I D. bl. 860. 868. Van den Sande , X. B. bl. 146. IIoofts Brieven . bl. 149. Ment. de Fre'd, Henry , p. 93-95. Wagsnaar Amfl. IV. St. bl. 439.",
 [C(sh([F("Capelle")], "Geclenkf.", volume="I"), "533"),
  C(sh([F("Aitzema")], volume="I"), "860. 868"),
  C(sh([F("Van den Sande")]), "146"),
  C(sh([F("IIoofts")], "Brieven"), "149"),
  C(sh(None, "Ment. de Fre'd, Henry"), "93–95"),
  C(sh([F("Wagsnaar")], "Amfl.", volume="IV"), "439")]),
# --- French: the one whole note of an OpenEdition introduction on the universities of the Third Republic (`op. cit.`)
(IRH, "5 Louis Liard, Universités et facultés, op. cit., p. 152.",
 [C(sh([P("Louis", "Liard")], "Universités et facultés"), "152")]),
]
