# -*- coding: utf-8 -*-
# Nineteenth gathering (2026-11-25): 102 non-English footnotes and endnotes with 98 citations (43 of them short forms)
# from 13 pages not used before (no `where` address of notes.jsonl or of /work/gather/*.py). 25 notes cite no work.
# By the hash rule 77 would be dev and 25 test.
# Sites new to the set: gabrielezanella.it, oocities.org, olinfoundation.com, lara.you-books.com (a sister host of
# you-books.com), libcat.ru, read-book.net, fdocuments.pl. The rest are other books or chapters on sites used before
# (bitlit.ru two pages, you-books.com, texty.citanka.cz, hotlib.net, litmir.biz), because the search index shows a page's text from
# its beginning and pages holding only notes were the ones it gave whole. Gold written by hand from the note text; no
# parser was run. A note was taken only where the page showed it whole (the first note of a page that opens inside a
# note, and the last one cut off by the index, were left out); some whole notes were skipped to avoid near-duplicates
# (the Teruel page's repeated archival references) or letters whose Latin/Cyrillic form could not be told apart.
# Languages: Russian 36, Italian 29, Spanish 16, Swedish 15, Czech 5, Polish 1. Ukrainian titles appear inside Russian
# notes. No Polish page whose notes the index showed whole and that had not been used could be found: the one Polish
# note is from a review whose text layer runs its footnotes into the body. No Dutch, German or French was taken (the
# parallel eighteenth gathering covers French and German).
# Subjects: a fourteenth-century Italian manuscript and its chroniclers (Zanella on the Antegnati codex), the Italian
# communes (Sismondi in Italian), Machiavelli's Istorie fiorentine and Villani (Villari, vol. III), agrarian history of a
# Swedish parish (Finntorparna i Mången), Swedish legal history (commentary to Stiernhöök, Rättshistoriskt bibliotek),
# Bohemia under George of Poděbrady (Denis in Czech), the battle of Teruel (Spanish), the Spanish Civil War (Descola in
# Spanish), the first Rus' princes (Korolev), the origins of Rus' (Akashev), the historiography of Kievan Rus'
# (Tolochko), Peter the Great and Russia's ties with England (a Russian book), monasticism and the Reformation (a Polish
# review).
# Pages and shapes:
#  - Italian (gabrielezanella.it): names and titles with no comma between them (`P. Mancarella I codici ... «Aevum» 29
#    (1955) 242-43`), `Parte I`, a series in parentheses (`(Ente naz. F. Petrarca, Studi sul Petrarca 9)`), `a cura di`,
#    `R. W. e A. J. Carlyle`, an encyclopedia by abbreviation (`ED 1 (1970) 680`), `(Mancarella 239)` inside prose,
#    `398 e nota 9`, an edition by abbreviation with page and lines (`Chr. Parm. 110,30-39`), link text `torna al testo`
#    glued to the last word (kept in the note, in no field).
#  - Italian (bitlit.ru, Sismondi): `[302.]` numbering, `d'Antonio Vitale`, medieval chronicles by abbreviation
#    (`Otto de Sancto Blasio Chron. c. 41.`, `Conrad. Abb. Usperg. Chron. p. 304.` run together), `§ 9 e 10`,
#    `l. I, p. 63.`, `Venez. 1599. p. I. l. IV, p. 44.`, `del cavalier Flaminio del Borgo`.
#  - Italian (bitlit.ru, Villari vol. III): `[313]. Opere, vol. I, pag. 59-69.`, `Villani, Cronica, lib. V, cap. 38 e 39.`,
#    `pag. 77 e 78`.
#  - Swedish (oocities.org): a LaTeX2HTML footnote page: author-year references `Marx 1930 s. 676 [KM 1867]` with a
#    bibliography key in brackets, `(I den tryckta boken not 3)`, `s. 278 ff.`, `s. 269 f.`, two references in one note.
#  - Swedish (olinfoundation.com): page-keyed commentary notes run together in one paragraph (`Sid. 192 not 2 …`, OCR
#    `Sid. ig2 not 4`), `T. SÖDERBERG` in capitals, a festschrift in parentheses, `fF.` (OCR of `ff.`), an encyclopedia
#    by column (`Kulturhist. lex. IX, sp. 434 (Kronogods)`), a series `(Rättshist. bibliotek ii)`, `o.` for `och`.
#  - Czech (texty.citanka.cz, Denis): notes keyed `88.2`, `Palacký II. 2. 340.`, `Bachmann str. 592.`, a source edition
#    named in the genitive (`v VII. díle Archivu českého str. 427-445`), `otištěn již od Palackého v Čas. Čes. Musea
#    1828. Sv. III. str. 3-24`, `Srovn. Palackého Děj. čes. IV. č. 2 str. 117.`
#  - Spanish (you-books.com, Teruel ch. 3): ` <<` kept, archival `AGMAv., 1221, 39, p. 8.` (not listed), `op. cit.` after
#    an author's full name, `Ibid.`; (lara.you-books.com, Descola): `París, Librería española, 1966, página 423.`,
#    `Op. cit., p. 423, nota 1.`, a review by title only, a letter to the author (not listed).
#  - Russian (libcat.ru, Korolev): the number glued to the note (`299Лев Диакон. История. М., 1988. С. 123.`), `Там же.`,
#    `//` before a journal with `№ 6`, a book title with its subtitle after a colon, a note into which the page repeats
#    the next note's reference (`… С. 126–127. зов Кузьмин А. Г. …`).
#  - Russian (hotlib.net, Akashev): number on its own line, `Указ. соч.`, author and title without imprint, `P. 411.` for a
#    Latin book, `// Сочинения: в 18 кн. Кн. 1. Т. 1–2.`, `/ Под ред. Н.М. Дружинина. Т. 2.`, `// ПСРЛ. Т. II. СПб., 1843.`
#  - Russian and Ukrainian (read-book.net, Tolochko): old GOST with dashes (`— К., 1885. — Т. 1. — С. 18 — 19.`), `Його
#    ж.` (Ukrainian idem), one work in two volumes with their own imprints.
#  - Russian (litmir.biz): an English article in GOST order (`Grey I. Peter the Great in England // History Today. 1956,
#    № 4. P. 227.`), `Полное собрание сочинений: В 15 т. СПб., 1864. Т. 13.`, a title cut with `…`, a collective volume
#    without editor.
#  - Polish (fdocuments.pl): `szcz. s. 101-106, 213-217 i …`, `„Revue d’his toire de l’Église de France”, 65:1979`.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - A footnote page that prints, before each note, the few words of text the note is attached to (`...processen.«`) and
#    lines of dots between notes: neither is part of the note. A number on its own line is joined to the note by one
#    newline (`163\nТам же. С. 157.`), as in the sixteenth; indentation is not copied.
#  - Page-keyed notes run together in one paragraph (`Sid. 192 not 2 … Sid. ig2 not 4 …`) are split before each `Sid.`;
#    the key, OCR errors included, stays at the head of the note.
#  - An author-year reference with a bibliography key (`Marx 1930 s. 676 [KM 1867]`) is a short form with `issued`; the key
#    is not part of any field.
#  - Author and title with no imprint (`Толочко П.П. Спорные вопросы … С. 104.`, `Scipione Ammirato Istorie fiorentine l. I,
#    p. 63.`) give a `book` with what is printed (as `Соловьев С. М. Сочинения. Кн. 1.` in the sixteenth); a title alone
#    (`Opere, vol. I`, `Vita Innocentii III`, `Chr. Parm.`) or an author alone with `op. cit.` is a short form.
#  - A source edition or encyclopedia named by a title in an oblique case (`Archivu českého`, `výboru literatury
#    staročeské`) keeps the title as printed; only personal names are put in the nominative (`Palackého` -> Palacký,
#    `Дружинина` -> Дружинин).
#  - A source edition cited for a document it prints (`Kalousek uveřejnil denník Jaroslavův v VII. díle Archivu českého
#    str. 427-445`) is an untitled `chapter` with the edition as `container-title` and the publisher of the text as
#    `editor`; a document printed in a journal by a named editor (`otištěn již od Palackého v Čas. Čes. Musea`) is an
#    `article-journal` with that `editor`.
#  - An encyclopedia entry by abbreviation and volume (`F. Cancelli Enrico da Cremona ED 1 (1970) 680`, `J. Rosén,
#    Kulturhist. lex. IX, sp. 434 (Kronogods)`) is a `chapter` titled by the entry; `sp.` gives label `column`.
#  - A festschrift whose title carries its date (`Historiska studier, tillägn. Folke Lindberg 27 aug. 1963`) keeps the date
#    in `container-title` and gets no `issued`.
#  - `Кн. 1. Т. 1–2.` of a collected works gives `volume` "1" and `part-number` "1–2" (the sixteenth's order of levels);
#    `p. I.` (parte) gives `part-number`; `l. IV` (libro) and `Diss. IV` are not kept.
#  - `Його ж.` (Ukrainian idem) repeats the author; a work cited in two volumes with their own places and years gives two
#    entries.
#  - Ranges printed with a spaced dash (`С.201 — 202`) are written `201–202` in the locator; a note number in a locator is
#    dropped (`398 e nota 9` -> `398`, `p. 423, nota 1` -> `423`); a further page named in prose after the locator is not
#    added (`le notizie … alle pagine 152-72`).
#  - Roman numerals in Russian notes are written with Latin letters; where a page's Cyrillic `І` could not be told from a
#    Latin `I` (Tolochko's `Т. ІІІ`, `Кн. І.`, `C. 21`), the note was left out, except in Ukrainian words (`Історія`),
#    written with the Cyrillic letter.
# Doubtful: `Scipione Ammirato è l'autore anonimo De Libertate …` was read as two works (Ammirato, and the anonymous De
# Libertate of 1722; `è` for `e`, as the next sentence speaks of "l'ultima opera"); `Otto de Sancto Blasio Chron. c. 41.
# v. 898.` got no locator; `Historiska studier …` as above; `ED` was taken as the Enciclopedia Dantesca entry (a
# `chapter`), not a journal; the Korolev note 307 keeps the repeated Kuzmin reference as a second citation, since the page
# prints it there; `Dissertaz. sopra l'istoria pisana` keeps only its page (`Diss. IV` dropped); `Cahiers de la IIIe
# Internationale` is a `periodical` named without issue; the Carlyles' book has Firpo as `editor` (`a cura di` of the
# Italian translation).
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


def R(*dps):
    """A date range: R((1999,), (2000,))."""
    return {"date-parts": [list(d) for d in dps]}


GZ = "http://gabrielezanella.it/Pubblicati/Antegnati/NoteAntegnati.html"
SIS = "https://bitlit.ru/page/it/j-c-l-simonde-de-sismondi/storia-delle-repubbliche-italiane-dei-secoli-di-mezzo-v-02-of-16/92"
VIL = "https://bitlit.ru/page/it/pasquale-villari/niccolo-machiavelli-e-i-suoi-tempi-vol-iii/258"
OOC = "https://www.oocities.org/reformatio/ftm/footnode.html"
OLIN = "https://olinfoundation.com/publikationer/rb2/375"
DEN = "http://texty.citanka.cz/denis/ksc1-4p.html"
TER = "https://you-books.com/bookepub/D-A-Lorenz/La-Batalla-De-Teruel/notas3.xhtml"
DES = "https://lara.you-books.com/bookepub/J-Descola/Oh-Espana/Notas2_1.xhtml"
KOR = "https://libcat.ru/knigi/nauka-i-obrazovanie/istoriya/267205-193-aleksandr-korolev-zagadki-pervyh-russkih-knyazej.html"
AKA = "https://hotlib.net/htrd/73805/p35"
TOL = "https://read-book.net/uk/nauka-osvita/page-121-1332-kiyivska-rus-petro-petrovich-tolochko.html"
LIT = "https://litmir.biz/rd/211013/p52"
DER = "https://fdocuments.pl/document/derwich-przemyslaw-wiszewski-derwich-przemyslaw-wiszewski-marek-z-dziejow.html"

def OPERE(): return sh(None, "Opere", volume="I")
def VILLANI(): return sh([F("Villani")], "Cronica")
def KUZ(): return book("Начальные этапы древнерусского летописания", [P("А. Г.", "Кузьмин")], place="М.", year=1977)
GRU = [P("М.С.", "Грушевский")]


NINETEENTH = [
# --- Italian: notes of an article on a fourteenth-century codex (gabrielezanella.it; link text `torna al testo` glued)
(GZ, "1. Un modello è Giu. Billanovich La tradizione del testo di Livio e le origini dell'Umanesimo I Tradizione e fortuna di Livio tra Medioevo e Umanesimo Parte I, Padova, Antenore 1981 (Ente naz. F. Petrarca, Studi sul Petrarca 9)torna al testo.",
 [C(book("La tradizione del testo di Livio e le origini dell'Umanesimo", [P("Giu.", "Billanovich")], publisher="Antenore", place="Padova", year=1981, volume="I",
         **{"volume-title": "Tradizione e fortuna di Livio tra Medioevo e Umanesimo", "part-number": "I", "collection-title": "Studi sul Petrarca", "collection-number": "9"}))]),
(GZ, "2. P. Mancarella I codici della Biblioteca Capitolare di S. Giovanni Battista in Busto Arsizio «Aevum» 29 (1955) 242-43. Non è possibile sapere per quale via il codice sia arrivato a Busto; si sa per certo solamente che faceva parte della biblioteca nel 1612-14 (Mancarella 239), forse giuntovi in seguito a donazione sul finire del secolo precedente (F. Bertolli La Biblioteca Capitolare di S. Giovanni Battista in Busto Arsizio. Cenni storici e manoscritti di importanza diocesana, in Ricerche storiche sulla Chiesa Ambrosiana II, Milano 1971 (Archivio Ambrosiano 21) 398 e nota 9)torna al testo.",
 [C(art("I codici della Biblioteca Capitolare di S. Giovanni Battista in Busto Arsizio", [P("P.", "Mancarella")], "Aevum", "29", year=1955, page="242–43")),
  C(sh([F("Mancarella")]), "239"),
  C(chap("La Biblioteca Capitolare di S. Giovanni Battista in Busto Arsizio. Cenni storici e manoscritti di importanza diocesana", [P("F.", "Bertolli")], "Ricerche storiche sulla Chiesa Ambrosiana", place="Milano", year=1971, volume="II",
         **{"collection-title": "Archivio Ambrosiano", "collection-number": "21"}), "398")]),
(GZ, "3. Il De potestate papae è edito in R. Scholz Die Publizistik zur Zeit Philipps des Schönen und Bonifaz VIII. Stuttgart 1903 459-71; le notizie reperite dallo Scholz su Enrico alle pagine 152-72; vedi anche R. W. e A. J. Carlyle Il pensiero politico medievale a cura di L. Firpo, III, Bari, Laterza 1967 417-23, e da ultimo F. Cancelli Enrico da Cremona ED 1 (1970) 680torna al testo.",
 [C(book("Die Publizistik zur Zeit Philipps des Schönen und Bonifaz VIII.", [P("R.", "Scholz")], place="Stuttgart", year=1903), "459–71"),
  C(book("Il pensiero politico medievale", [P("R. W.", "Carlyle"), P("A. J.", "Carlyle")], editor=[P("L.", "Firpo")], publisher="Laterza", place="Bari", year=1967, volume="III"), "417–23"),
  C(chap("Enrico da Cremona", [P("F.", "Cancelli")], "ED", year=1970, volume="1"), "680")]),
(GZ, "4. Lo stemma dello scudo con tre bande rosse trasversali miniato nel primo foglio mi è ignoto torna al testo.",
 []),
(GZ, "5. Oltre l'iniziale è uno spazio bianco di circa 2 cm torna al testo.",
 []),
(GZ, "6. Altra data prossima fornita dal nostro è quella della morte di Clemente V, 20 aprile 1314 torna al testo.",
 []),
(GZ, "7. La nota a margine (88), che rimanderebbe addirittura al 1326, è sicuramente di altro autore torna al testo.",
 []),
(GZ, "8. Chr. Parm. 110,30-39 torna al testo.",
 [C(sh(None, "Chr. Parm."), "110,30–39")]),
(GZ, "9. Ibid. 108,5-7; 109,1-44; 110,1-3 torna al testo.",
 []),
# --- Italian: notes of Sismondi's Storia delle repubbliche italiane, vol. 2 (bitlit.ru; chronicles by abbreviation)
(SIS, "[302.] Storia de' senatori di Roma d'Antonio Vitale.",
 [C(book("Storia de' senatori di Roma", [P("Antonio", "Vitale")]))]),
(SIS, "[303.] Questa formola di giuramento è testualmente riportata nella storia diplomatica dei senatori di Roma, p. 82.",
 [C(sh(None, "storia diplomatica dei senatori di Roma"), "82")]),
(SIS, "[304.] Otto de Sancto Blasio Chron. c. 41. v. 898.Conrad. Abb. Usperg. Chron. p. 304.",
 [C(sh([L("Otto de Sancto Blasio")], "Chron.")),
  C(sh([L("Conrad. Abb. Usperg.")], "Chron."), "304")]),
(SIS, "[305.] Vita Innocentii III, § 9 e 10.",
 [C(sh(None, "Vita Innocentii III"))]),
(SIS, "[306.] Scipione Ammirato Istorie fiorentine l. I, p. 63. anno 1197.",
 [C(book("Istorie fiorentine", [P("Scipione", "Ammirato")]), "63")]),
(SIS, "[307.] Dissertaz. sopra l'istoria pisana del cavalier Flaminio del Borgo. Diss. IV, p. 157. — Vita Innoc. III, § 12, p. 488.",
 [C(book("Dissertaz. sopra l'istoria pisana", [P("Flaminio", "del Borgo")]), "157"),
  C(sh(None, "Vita Innoc. III"), "488")]),
(SIS, "[308.] Scipione Ammirato è l'autore anonimo De Libertate civitatis Florent. ejusque dominii 1722 p. 69. Io non ho letto l'ultima opera.",
 [C(sh([P("Scipione", "Ammirato")])),
  C(book("De Libertate civitatis Florent. ejusque dominii", year=1722), "69")]),
(SIS, "[309.] Di là in nome di san Miniato al Tedesco, o dell'allemanno.",
 []),
(SIS, "[310.] È questi uno de' migliori scrittori di second'ordine, e tra i non originali. Egli scrisse in sul finire del sedicesimo secolo.",
 []),
(SIS, "[311.] Malavolti Ist. di Siena. Venez. 1599. p. I. l. IV, p. 44.",
 [C(book("Ist. di Siena", [F("Malavolti")], place="Venez.", year=1599, **{"part-number": "I"}), "44")]),
# --- Italian: notes of Villari's Niccolò Machiavelli e i suoi tempi, vol. III (bitlit.ru; `Opere` and Villani's Cronica)
(VIL, "[312]. Filippo Maria Visconti.",
 []),
(VIL, "[313]. Opere, vol. I, pag. 59-69.",
 [C(OPERE(), "59–69")]),
(VIL, "[314]. Delle opere del Biondo (Basilea, 1531) si trova la copia, di cui ci siamo valsi, nella biblioteca dell'Istituto di Studî Superiori in Firenze. Essa fu già di Donato Giannotti, che la postillò di sua mano, il che è un'altra prova del gran pregio in cui erano allora meritamente tenuti gli scritti storici del Biondo.",
 []),
(VIL, "[315]. Opere, vol. I, pag. 63.",
 [C(OPERE(), "63")]),
(VIL, "[316]. Opere, vol. I, pag. 66-68; Villani, Cronica, lib. V, cap. 38 e 39. Qui è identico nei due scrittori ancora l'elenco delle famiglie guelfe e ghibelline.",
 [C(OPERE(), "66–68"), C(VILLANI())]),
(VIL, "[317]. Opere, vol. I, pag. 69; Villani, Cronica, lib. VI, cap. 29.",
 [C(OPERE(), "69"), C(VILLANI())]),
(VIL, "[318]. Opere, vol. I, pag. 76; Villani, Cronica, lib. VII, cap. 16 e 17.",
 [C(OPERE(), "76"), C(VILLANI())]),
(VIL, "[319]. Opere, vol. I, pag. 77 e 78; Villani, Cronica, lib. VII, cap. 79.",
 [C(OPERE(), "77 e 78"), C(VILLANI())]),
(VIL, "[320]. Opere, vol. I, pag. 79-86; Villani, Cronica, lib. VII, cap. 8, 12, 26, 38, 39.",
 [C(OPERE(), "79–86"), C(VILLANI())]),
(VIL, "[321]. Abbandonando così il proposito, espresso nel Proemio, di fermarsi ai soli fatti interni della Città.",
 []),
# --- Swedish: footnotes of »Finntorparna i Mången« (oocities.org; author-year references with bibliography keys)
(OOC, "(I den tryckta boken not 1) Marx 1930 s. 676 [KM 1867]",
 [C(sh([F("Marx")], issued=Y(1930)), "676")]),
(OOC, "(I den tryckta boken not 2) Wohlin 1909 s. 51 [NW 1909]",
 [C(sh([F("Wohlin")], issued=Y(1909)), "51")]),
(OOC, "(I den tryckta boken not 3) Sundbärg 1913 s. 81 [GS 1913] Om en liknande befolkningsutveckling i Mecklenburg-Schwerin se Haack 1983 [HH 83] s. 368: »I de drygt 100 åren mellan 1703 och 1819 ökade befolkningen till mer än det dubbla.«",
 [C(sh([F("Sundbärg")], issued=Y(1913)), "81"),
  C(sh([F("Haack")], issued=Y(1983)), "368")]),
(OOC, "(I den tryckta boken not 4) Wohlin 1909 s. 94 [NW 1909]",
 [C(sh([F("Wohlin")], issued=Y(1909)), "94")]),
(OOC, "(I den tryckta boken not 5) Peters 1961 s. 44 [JP 61]",
 [C(sh([F("Peters")], issued=Y(1961)), "44")]),
(OOC, "(I den tryckta boken not 6) Skrubbeltrang 1940 s. 69 [FS 40]",
 [C(sh([F("Skrubbeltrang")], issued=Y(1940)), "69")]),
(OOC, "(I den tryckta boken not 7) Skappel 1922 s. 33 [SS 22]",
 [C(sh([F("Skappel")], issued=Y(1922)), "33")]),
(OOC, "(I den tryckta boken not 8) Agardh 1838 s. 31. [CAA 1838] Man kan dock inte som Agardh kategoriskt påstå, att det alltid var äldste sonen, som övertog hemmanet. I fallet Mången var det lika vanligt, att hemmanet övertogs av en måg som av en son. Om arvssedvänjor se Winberg 1981 s. 278 ff. [CW 82]",
 [C(sh([F("Agardh")], issued=Y(1838)), "31"),
  C(sh([F("Winberg")], issued=Y(1981)), "278 ff.")]),
(OOC, "(I den tryckta boken not 9) Wohlin 1912 s. 467 [NW 1912]",
 [C(sh([F("Wohlin")], issued=Y(1912)), "467")]),
(OOC, "(I den tryckta boken not 10) Winberg 1977 s. 269 f. [CW 77]",
 [C(sh([F("Winberg")], issued=Y(1977)), "269 f.")]),
(OOC, "(I den tryckta boken not 11) Holmberg 1939 s. 68 f. [NH 39]",
 [C(sh([F("Holmberg")], issued=Y(1939)), "68 f.")]),
# --- Swedish: page-keyed commentary notes of an edition of Stiernhöök (olinfoundation.com, Rättshistoriskt bibliotek 2; OCR)
(OLIN, "Sid. 192 not 2 Vad Sticrnhöök här anför omkonungs allmänning är ej rättshistoriskt riktigt. Det är ett uttryck för 1600-taIets regalistiska anspråk. Dessa underkändes senare, sedan forskningen kunnat klargöra de riktiga sammanhangen. Se bl. a. P. E. Bergfalk, Om svenska jordens beskattning (1832).",
 [C(book("Om svenska jordens beskattning", [P("P. E.", "Bergfalk")], year=1832))]),
(OLIN, "Sid. ig2 not 4 Jfr T. SÖDERBERG, Hamnskrån, Karl Knutssons och andra (Historiska studier, tillägn. Folke Lindberg 27 aug. 1963, s. 25 fF.)",
 [C(chap("Hamnskrån, Karl Knutssons och andra", [P("T.", "Söderberg")], "Historiska studier, tillägn. Folke Lindberg 27 aug. 1963"), "25 fF.")]),
(OLIN, "Sid. igy not 1 Omtolkningen av k. brevet 8 juH 1552 jfr A. Thomson, Grundskatterna i den politiska diskussionen 1809-1866 (1923) s. 59.",
 [C(book("Grundskatterna i den politiska diskussionen 1809-1866", [P("A.", "Thomson")], year=1923), "59")]),
(OLIN, "Sid. ig8 not 1 Se även J. Rosén, Kulturhist. lex. IX, sp. 434 (Kronogods) o. C. Strandberg, Zur Frage des Veräusserungsverbots (Rättshist. bibliotek ii).",
 [C(chap("Kronogods", [P("J.", "Rosén")], "Kulturhist. lex.", volume="IX"), "434", "column"),
  C(book("Zur Frage des Veräusserungsverbots", [P("C.", "Strandberg")], **{"collection-title": "Rättshist. bibliotek", "collection-number": "ii"}))]),
# --- Czech: notes of Denis's Konec samostatnosti české, part 1, ch. 4 (texty.citanka.cz; keyed by page: `88.2`)
(DEN, "88.1 Řehoř Heimburský je zajisté osoba zajímavá, a bylo by zhola nespravedlivo splétati jej s dobrodružnými diplomaty této doby, ale nadsazuje se poněkud jeho důležitost, líčí-li se jeho obraz příliš stkvěle. Tvrzením, že Jiří volá ho, poněvadž v Čechách nebylo nikoho, kdo by se mu vyrovnal, překrucují se fakta. Však Čechové byli by bývali podezřelí z kacířství, kdežto Řehoř představoval odpor v mezích víry.",
 []),
(DEN, "88.2 Roku 1464 přibylo do Francie veliké poselství české, v jehož čele byli Marini a Albrecht Kostka z Postupic. Tajemník poselstva Jaroslav zůstavil nám zajímavý denník o tomto poslání. Došlo se jím smlouvy o spolek jinak dosti neurčité, která však byla vším, čeho mohl nadíti se Jiří. Roku 1467, když zanáší se shromážděním koncilia, posílá k Ludvíkovi posla, aby utuženo bylo a upraveno spojenství: tento posel přijat byl od krále 20. dubna 1467 a Ludvík XI. přijímá jej laskavě. Kalousek uveřejnil denník Jaroslavův v VII. díle Archivu českého str. 427-445.",
 [C({"type": "chapter", "container-title": "Archivu českého", "editor": [F("Kalousek")], "volume": "VII"}, "427–445")]),
(DEN, "89.1 Dne 3. května 1466; Palacký II. 2. 340.",
 [C(sh([F("Palacký")], volume="II", **{"part-number": "2"}), "340")]),
(DEN, "89.2 Bachmann str. 592.",
 [C(sh([F("Bachmann")]), "592")]),
(DEN, "89.3 Pamětník Mariniho byl uveřejněn výboru literatury staročeské II. 772-792. Z knih obsahujících odpovědi na sedm význačných otázek králových, zachoval se jen spis k sedmé a poslední otázce, o zlepšení kupectví, z jehož obsahu lze poněkud souditi o ceně ztracených. Spis ten pod nápisem: \"Rada králi Jiřímu o zlepšení kupectví v Čechách\" s potřebným úvodem a s listem téhož spisovatele ku králi (z Viterbie 8. srpna 1460) otištěn již od Palackého v Čas. Čes. Musea 1828. Sv. III. str. 3-24. Srovn. Palackého Děj. čes. IV. č. 2 str. 117.",
 [C(sh(None, "výboru literatury staročeské", volume="II"), "772–792"),
  C(art("Rada králi Jiřímu o zlepšení kupectví v Čechách", None, "Čas. Čes. Musea", "III", year=1828, page="3–24", editor=[F("Palacký")])),
  C(sh([F("Palacký")], "Děj. čes.", volume="IV", **{"part-number": "2"}), "117")]),
# --- Spanish: notes of chapter 3 of a book on the battle of Teruel (you-books.com; archival references, `op. cit.`, ` <<`)
(TER, "[1] AGMAv., 1221, 39, p. 8. <<",
 []),
(TER, "[2] «Cuartel General del Generalísimo. Información. Fuerzas Legionarias Alemanas: Información facilitada por el Servicio de estas fuerzas», AGMAv., 2442, 4, p. 28. <<",
 []),
(TER, "[5] «Orden General de Operaciones n.º 1. División 52. 15 de diciembre de 1937», AGMAv., 2588, 15, p. 3. Una esperanza en la que persistía de cara al día 17, a pesar de que la situación no hacía sino empeorar y que tan solo se habían registrado pequeños avances al sur y al este de Cerro Gordo. «Orden General de Operaciones número 2. División 52. 16 de diciembre de 1937», AGMAv., 2588, 15, p. 7. <<",
 []),
(TER, "[6] José Carrasco Canales, op. cit., pp. 80-81. <<",
 [C(sh([P("José", "Carrasco Canales")]), "80–81")]),
(TER, "[7] Ibid., pp. 3, 5, 7-9. <<",
 []),
(TER, "[8] Pompeyo García Sánchez, op. cit., pp. 59-60. <<",
 [C(sh([P("Pompeyo", "García Sánchez")]), "59–60")]),
(TER, "[9] Véase «Parte diario de información del día 16 de diciembre de 1937», AGMAv., 1221, 25, p. 15 y «Estudio esquemático sobre las divisiones rojas que actúan en el frente de Aragón», AGMAv., 1221, 19, pp. 3-4. <<",
 []),
(TER, "[11] Pedro Corral, op. cit., pp. 147-148. <<",
 [C(sh([P("Pedro", "Corral")]), "147–148")]),
(TER, "[12] No hay que olvidar que en la reconstrucción histórica que propone este relato hablar de revolución, orden y ley constituye poco menos que un oxímoron. <<",
 []),
(TER, "[13] Véase el artículo de Assumpta Castillo Cañiz, op. cit., pp. 12-27, donde la autora trabaja lo que habría detrás de un concepto muy presente en la memoria oral y los relatos sobre la guerra, el forastero, que habría sido el ejecutor de las violencias y el impulsor de las colectividades. <<",
 [C(sh([P("Assumpta", "Castillo Cañiz")]), "12–27")]),
(TER, "[14] Para la información sobre la 25.ª División sigo AGMAv., 1221, 38, p. 23. <<",
 []),
# --- Spanish: notes of Descola's ¡Oh, España! (lara.you-books.com)
(DES, "[1] Luis Romero, Tres días de julio, Barcelona, Ariel, 1967, p. 587. Este personaje —Gerardo García Hermosillo— ha sido inventado por el autor para encarnar un tipo de legionario bastante común en la época y en el entorno familiar del autor. «Por otra parte, lo que explica es cierto y lo he verificado; es el hecho de que Franco prometió a los legionarios un aumento de sueldo de una peseta, aspecto curioso pero real que despertó el entusiasmo entre estos militares, mezcla de aventureros, desesperados y mercenarios». (Carta de Luis Romero al autor, el 11-III-1975). <<",
 [C(book("Tres días de julio", [P("Luis", "Romero")], publisher="Ariel", place="Barcelona", year=1967), "587")]),
(DES, "[2] El piloto Bultel, testigo del aterrizaje, vio a Franco en chilaba. <<",
 []),
(DES, "[3] Cahiers de la IIIe Internationale. <<",
 [C({"type": "periodical", "title": "Cahiers de la IIIe Internationale"})]),
(DES, "[4] Manuel Tuñón de Lara, La España del Siglo XX, París, Librería española, 1966, página 423. <<",
 [C(book("La España del Siglo XX", [P("Manuel", "Tuñón de Lara")], publisher="Librería española", place="París", year=1966), "423")]),
(DES, "[5] M. Tuñón de Lara, Op. cit., p. 423, nota 1. <<",
 [C(sh([P("M.", "Tuñón de Lara")]), "423")]),
# --- Russian: notes of Korolev's Загадки первых русских князей (libcat.ru; number glued to the note)
(KOR, "299Лев Диакон. История. М., 1988. С. 123.",
 [C(book("История", [L("Лев Диакон")], place="М.", year=1988), "123")]),
(KOR, "300Там же. С. 122.",
 []),
(KOR, "302Там же. С. 44, 55.",
 []),
(KOR, "303Константин Багрянородный. Об управлении империей. М., 1991. С. 45, 51.",
 [C(book("Об управлении империей", [L("Константин Багрянородный")], place="М.", year=1991), "45, 51")]),
(KOR, "304Юшков С. В. Эволюция дани в феодальную ренту в Киевском государстве в X–XI веках // Историк-марксист. 1936. № 6. С. 136.",
 [C(art("Эволюция дани в феодальную ренту в Киевском государстве в X–XI веках", [P("С. В.", "Юшков")], "Историк-марксист", issue="6", year=1936), "136")]),
(KOR, "305Якушкин П. И. Сочинения. М., 1986. С. 113–114.",
 [C(book("Сочинения", [P("П. И.", "Якушкин")], place="М.", year=1986), "113–114")]),
(KOR, "306Голубовский П. В. Печенеги, торки и половцы до нашествия татар: История южно-русских степей IX–XIII вв. Киев, 1884. С. 70.",
 [C(book("Печенеги, торки и половцы до нашествия татар: История южно-русских степей IX–XIII вв.", [P("П. В.", "Голубовский")], place="Киев", year=1884), "70")]),
(KOR, "307Шахматов А. А. Разыскания о древнейших русских летописных сводах. СПб., 1908. С. 126–127. зов Кузьмин А. Г. Начальные этапы древнерусского летописания. М., 1977. С. 340–341.",
 [C(book("Разыскания о древнейших русских летописных сводах", [P("А. А.", "Шахматов")], place="СПб.", year=1908), "126–127"),
  C(KUZ(), "340–341")]),
(KOR, "308Кузьмин А. Г. Начальные этапы древнерусского летописания. М., 1977. С. 340–341.",
 [C(KUZ(), "340–341")]),
(KOR, "310Рыбаков Б. А. Древности Чернигова // Материалы и исследования по археологии СССР. М., Л., 1949. № 11. С. 1–53.",
 [C(art("Древности Чернигова", [P("Б. А.", "Рыбаков")], "Материалы и исследования по археологии СССР", issue="11", year=1949, page="1–53", **{"publisher-place": "М., Л."}))]),
(KOR, "311Орлов А. С. Художественный металл Чернигова: (Семантика оковки из Черной Могилы) // Чернигов и его округа в IX–XIII вв. Киев, 1982. С. 152–165.",
 [C(chap("Художественный металл Чернигова: (Семантика оковки из Черной Могилы)", [P("А. С.", "Орлов")], "Чернигов и его округа в IX–XIII вв.", place="Киев", year=1982, page="152–165"))]),
# --- Russian: notes of Akashev's История народа Рос (hotlib.net; number on its own line)
(AKA, "163\nТам же. С. 157.",
 []),
(AKA, "164\nЛовмяньский Х. Указ. соч. С. 182.",
 [C(sh([P("Х.", "Ловмяньский")]), "182")]),
(AKA, "165\nТолочко П.П. Спорные вопросы ранней истории Киевской Руси. С. 104.",
 [C(book("Спорные вопросы ранней истории Киевской Руси", [P("П.П.", "Толочко")]), "104")]),
(AKA, "166\nРыдзевская Е.А. Древняя Русь и Скандинавия IX–XIV вв.: Материалы и исследования. М., 1978. С. 140.",
 [C(book("Древняя Русь и Скандинавия IX–XIV вв.: Материалы и исследования", [P("Е.А.", "Рыдзевская")], place="М.", year=1978), "140")]),
(AKA, "167\nBayer Th.-S. Origines Russiscae. P. 411.",
 [C(book("Origines Russiscae", [P("Th.-S.", "Bayer")]), "411")]),
(AKA, "168\nСоловьев С.М. История России с древнейших времен // Сочинения: в 18 кн. Кн. 1. Т. 1–2. М., 1988. С. 118, 291.",
 [C(chap("История России с древнейших времен", [P("С.М.", "Соловьев")], "Сочинения: в 18 кн.", place="М.", year=1988, volume="1", **{"part-number": "1–2"}), "118, 291")]),
(AKA, "169\nНасонов А.Н. «Русская земля» и образование территории древнерусского государства: Историко-географическое исследование. М., 1951. С. 41.",
 [C(book("«Русская земля» и образование территории древнерусского государства: Историко-географическое исследование", [P("А.Н.", "Насонов")], place="М.", year=1951), "41")]),
(AKA, "170\nТретьяков П.Н. Восточнославянские племена. С. 216.",
 [C(book("Восточнославянские племена", [P("П.Н.", "Третьяков")]), "216")]),
(AKA, "171\nТихомиров М.Н. Русское летописание. М., 1979. С. 45.",
 [C(book("Русское летописание", [P("М.Н.", "Тихомиров")], place="М.", year=1979), "45")]),
(AKA, "172\nРыбаков Б.А. Киевская Русь и русские княжества. С. 285.",
 [C(book("Киевская Русь и русские княжества", [P("Б.А.", "Рыбаков")]), "285")]),
(AKA, "173\nРыбаков Б.А. Проблема происхождения Руси // Очерки истории СССР. III–IX вв.: в 9 тт. / Под ред. Н.М. Дружинина. Т. 2. М., 1956. С. 743.",
 [C(chap("Проблема происхождения Руси", [P("Б.А.", "Рыбаков")], "Очерки истории СССР. III–IX вв.: в 9 тт.", editor=[P("Н.М.", "Дружинин")], place="М.", year=1956, volume="2"), "743")]),
(AKA, "174\nГустинская летопись // ПСРЛ. Т. II. СПб., 1843. С. 236.",
 [C({"type": "chapter", "title": "Густинская летопись", "container-title": "ПСРЛ", "volume": "II", "publisher-place": "СПб.", "issued": Y(1843)}, "236")]),
# --- Russian and Ukrainian: notes of Tolochko's Киевская Русь (read-book.net; old GOST with dashes)
(TOL, "34\nТам же. — С. 3, 49.",
 []),
(TOL, "37\nТам же. — С.201 — 202.",
 []),
(TOL, "38\nАнтонович В.Б. Монографии по истории Западной и Юго-Западной России. — К., 1885. — Т. 1. — С. 18 — 19.",
 [C(book("Монографии по истории Западной и Юго-Западной России", [P("В.Б.", "Антонович")], place="К.", year=1885, volume="1"), "18–19")]),
(TOL, "39\nГрушевский М.С. Очерки истории Киевской земли от смерти Ярослава до конца XIV ст. — К., 1891; Його ж. Історія України-Руси. — Львів, 1898. — Т.1; Львів, 1905. — Т.2.",
 [C(book("Очерки истории Киевской земли от смерти Ярослава до конца XIV ст.", GRU, place="К.", year=1891)),
  C(book("Історія України-Руси", GRU, place="Львів", year=1898, volume="1")),
  C(book("Історія України-Руси", GRU, place="Львів", year=1905, volume="2"))]),
(TOL, "40\nГрушевський М.С. Історія України-Руси. — Львів, 1905. — Т. 3. — С.1.",
 [C(book("Історія України-Руси", [P("М.С.", "Грушевський")], place="Львів", year=1905, volume="3"), "1")]),
(TOL, "41\nГреков Б.Д. Киевская Русь. — М., 1953. — С.506 — 507.",
 [C(book("Киевская Русь", [P("Б.Д.", "Греков")], place="М.", year=1953), "506–507")]),
# --- Russian: notes of a book on Russia and England (litmir.biz; number on its own line, English sources in GOST order)
(LIT, "24\nGrey I. Peter the Great in England // History Today. 1956, № 4. P. 227.",
 [C(art("Peter the Great in England", [P("I.", "Grey")], "History Today", issue="4", year=1956), "227")]),
(LIT, "25\nМаколей Т. Полное собрание сочинений: В 15 т. СПб., 1864. Т. 13. С. 65–66.",
 [C(book("Полное собрание сочинений: В 15 т.", [P("Т.", "Маколей")], place="СПб.", year=1864, volume="13"), "65–66")]),
(LIT, "26\nРусско-английские литературные связи. М., 1982. С. 84–85.",
 [C(book("Русско-английские литературные связи", place="М.", year=1982), "84–85")]),
(LIT, "28\nПерри Д. Состояние России при нынешнем царе. М., 1871. С. 107.",
 [C(book("Состояние России при нынешнем царе", [P("Д.", "Перри")], place="М.", year=1871), "107")]),
(LIT, "29\nГоликов И. И. Деяния Петра Великого… М., 1837. Т. I. С. 474.",
 [C(book("Деяния Петра Великого…", [P("И. И.", "Голиков")], place="М.", year=1837, volume="I"), "474")]),
(LIT, "30\nКлючевский В. О. Сочинения. Курс русской истории. М., 1958. Т. 4. С. 27.",
 [C(book("Сочинения. Курс русской истории", [P("В. О.", "Ключевский")], place="М.", year=1958, volume="4"), "27")]),
(LIT, "31\nОн дал свое имя высоким тяжелым ботинкам – blucher boots.",
 []),
# --- Polish: a review in Nasza Przeszłość whose text layer runs the footnotes into the body (fdocuments.pl)
(DER, "2 F. Rapp, Réforme et réformation à Strasbourg. Église et société dans le diocèse de Strasborg (1450-1525), Paris 1974, szcz. s. 101-106, 213-217 i La réforme des réguliers en France, de la fin du XVe siècle à la fin des guerres des religion. Actes du colloque de Fontevraud (15 octobre 1977), „Revue d’his toire de l’Église de France”, 65:1979.",
 [C(book("Réforme et réformation à Strasbourg. Église et société dans le diocèse de Strasborg (1450-1525)", [P("F.", "Rapp")], place="Paris", year=1974), "101–106, 213–217"),
  C(art("La réforme des réguliers en France, de la fin du XVe siècle à la fin des guerres des religion. Actes du colloque de Fontevraud (15 octobre 1977)", None, "Revue d’his toire de l’Église de France", "65", year=1979))]),
]
