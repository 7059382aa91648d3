# -*- coding: utf-8 -*-
# Seventh gathering (2026-11-25): English and non-English notes from pages not used before, for breadth.
#  - English: page-keyed endnotes of a book on the 1964 election (`282 For\nPoint of Order\ndistribution, see …`,
#    italics broken onto lines of their own, NYT/LAT/WP/SEP/NYTM, a URL damaged by OCR, short forms by editor:
#    `Beschloss, ed., Taking Charge`); endnotes of a history of the Scots-Irish (`Ibid.`, `7th ed.`, a web document
#    with its URL, `vol. 1, p. 48`); keyword-led notes of a biography of King on two reader sites (short forms,
#    `Kotz and Kotz`, newspapers by date and page `p. B-1`, archival references left out, a bare `Ibid., pp. 12–13`);
#    British notes with a colon after the author (`G. Hills: The Battle for Madrid (London, 1976), p. 26`, `1994
#    edn`, `op. cit.`); one note of ten short forms; endnotes of a book on the reconquest whose text layer lost the
#    note numbers and all but the first italic word of some titles (`The Spaniards in Their tr. Walter Starkie`,
#    `Histoire de l’Espagne 3 vols.`, `1: 20, 105`).
#  - Spanish: notes page of an essay on thought under Franco (number on its own line, place and year only,
#    `A.A.V.V.`, `op. cit.`, `passim`, `Haz, n.º 12, 5, diciembre, 1935`, a prologue in an edition); first-page
#    footnotes of journal PDFs (`A. MlLHOU`, `pp. 287 y ss.`, `Na- poli`), four badly OCRed notes citing works by
#    title only (`Bol . U)riv. Granada`, `r549`), an author-year short form.
#  - Czech: a student paper (`BŮŽEK – HRDLIČKA a kol.`, `(ed.)`, `Týž`, `passim`) and a Theatrum historiae footnote.
#  - Polish: `Przypisy` of a page on the Battle of Warsaw (`↑ 1,0 1,1`, `[dostęp 1 marca 2007]`, `cyt. za`).
#  - Hungarian: footnotes with names family first (`Somorjai Á. (szerk.)`, `(ford. Szabó T.)`, `különösen 11`).
#  - German: a Springer chapter (`wieder abgedr. in:`, `hrsgg. von`, a bare `A. a. O., S. 262 f.`) and an OCRed
#    footnote of an 1890s textbook (`! Ernst Ludwig v. Dachröden …`, `Leipzig 1185`).
#  - Russian: notes of a biography of the first False Dmitry (`(далее — РИБ)`, `// он же. Сочинения. В 9 т.`,
#    `Кн. 14`, `собранные проф. …`) and of a lecture course (`Соч. 2-е изд. Т. 2.`, two notes of prose).
# Decisions: link text standing on a line of its own under a note (`Return to text.`, `Google Scholar`) is page
# furniture and was not copied; with a pinpoint (`11–18., különösen 11`) a chapter's span goes in `page` and the
# pinpoint in `locator`; `Týž` is resolved to the name it repeats; a short form naming its editor keeps him as
# `editor`; small capitals with OCR errors are given in normal case letter by letter (`MlLHOU` -> `Mllhou`).
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, C, book, short
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper

LG = "https://www.letrasgalegas.org/obra-visor/el-ensayo-1936-1975/html/6addff36-a102-11e1-b1fb-00163ebf5e63_1.html"
RO = "https://read-online-books.com/book/read-online-before-the-storm-168075-free/page-115"
BF = "https://100-vampirenovels.net/pdf-novels/born-fighting-by-james-webb-free/37-page"
WR = "https://whosread.com/224307/5551944"
MC = "https://www.minecreek.info/international-brigades/the-military-rising.html"
HU = "https://adoc.pub/a-magyar-es-lengyel-egyhaz.html"
SP = "http://link.springer.com/chapter/10.1007/978-3-322-96204-1_8"
SM = "https://studmed.ru/view/arsenault-raymond-freedom-riders-1961-and-the-struggle-for-racial-justice_000087567d9.html?page=67"
BW = "http://bitwawarszawska.pl/index.php?cmd=zawartosc&opt=pokaz&id=71"
ES = "https://petrkubes-vaclavaboleslavreferat.estranky.cz/clanky/vilem-z-rozmberka---uvod.html"
TH = "https://adoc.pub/theatrum-historiae-7-pardubice-2010e5a4b25eda9b57ce90f25f1da661365a54584.html"
ZL = "https://zlibrary.cc/dl/la-nueva-jerusalen-en-el-bajomedievo-y-en-el-renacimiento-hispano-americano"
VD = "https://vdocuments.co/practico-dadununav-jorge-respecto-de-las-virtudes-morales-existe.html"
ZR = "https://lib.zlibraries.com/text/d42qdn0yyn4k/reconquest-and-crusade-in-medieval-spain/20"
SB = "https://staatsbibliothek.ewigerbund.org/viewer/fulltext/lehrbuch_staatsrecht_0001/84"
CE = "https://100-vampirenovels.net/pdf-novels/at-canaans-edge-by-taylor-branch-free/165-page"
OB = "https://online-biblioteka.com/page-72-84872-kniga-lzhedmitrij-i.html"
SY = "https://simplybooks.in/reader/istoriya-rossii-konspekt-lekciy-semin/notes"
SC = "https://es.scribd.com/document/469770832/Dialnet-VentasYExencionesDeLugaresDuranteElReinadoDeFelipe-2050219-pdf"
CR = "https://0-journals-openedition-org.catalogue.libraries.london.ac.uk/criticon/6235"


def short_ed(editor, title):
    """A short form that names the work by its editor(s): `Beschloss, ed., Taking Charge`."""
    return {"editor": editor, "title": title}


MAINER = [P("J. C.", "Mainer")]
AAVV = [L("A.A.V.V.")]
ABELLAN = [P("J. L.", "Abellán")]
CMSC = "Coming of the Spanish Civil War"

SEVENTH = [
# --- Spanish: notes of an essay on Spanish thought under Franco (Biblioteca Virtual, notes page): number on a line
#     of its own, place and year only, `A.A.V.V.` as author, `op. cit.`, `passim`, a periodical by number and date
(LG, "1\n\nPara el desarrollo de este artículo he tenido muy en cuenta a J. C. Mainer, Falange y Literatura, Barcelona, 1971; Elías Díaz, Notas para una historia del pensamiento español actual (1939-1975), Madrid, 1978; J. L. Abellán, La industria cultural en España, Madrid, 1975, y Panorama de la filosofía española actual, Madrid, 1978; A.A.V.V., La cultura española bajo el franquismo, Barcelona, 1978; Luís Araquistáin, El pensamiento español contemporáneo, Buenos Aires, 1962; etc.",
 [C(book("Falange y Literatura", MAINER, place="Barcelona", year=1971)),
  C(book("Notas para una historia del pensamiento español actual (1939-1975)", [P("Elías", "Díaz")], place="Madrid", year=1978)),
  C(book("La industria cultural en España", ABELLAN, place="Madrid", year=1975)),
  C(book("Panorama de la filosofía española actual", ABELLAN, place="Madrid", year=1978)),
  C(book("La cultura española bajo el franquismo", AAVV, place="Barcelona", year=1978)),
  C(book("El pensamiento español contemporáneo", [P("Luís", "Araquistáin")], place="Buenos Aires", year=1962))]),
(LG, "2\n\nVer J. C. Mainer, op. cit., y Javier Jiménez Campo, El fascismo en la crisis de la república, Madrid, 1979; A.A.V.V., Las fuentes ideológicas del régimen, Zaragoza, 1978. Por otra parte, es conveniente ver las opiniones de Narciso Perales que recoge Dionisio Ridruejo en De la falange a la oposición, Madrid, 1976, pp. 24 y 38; y cfr. en la p. 51 el parecer de A. Tovar. Ahora, Ricardo Chueca, El Fascismo en los comienzos del régimen de Franco, Madrid, 1983, con abundante bibliografía.",
 [C(short(MAINER)),
  C(book("El fascismo en la crisis de la república", [P("Javier", "Jiménez Campo")], place="Madrid", year=1979)),
  C(book("Las fuentes ideológicas del régimen", AAVV, place="Zaragoza", year=1978)),
  C(book("De la falange a la oposición", [P("Dionisio", "Ridruejo")], place="Madrid", year=1976), "24 y 38"),
  C(book("El Fascismo en los comienzos del régimen de Franco", [P("Ricardo", "Chueca")], place="Madrid", year=1983))]),
(LG, "3\n\nVer J. A. Primo de Rivera, «Homenaje y reproche a Ortega y Gasset», Haz, n.º 12, 5, diciembre, 1935.",
 [C(mag("Homenaje y reproche a Ortega y Gasset", [P("J. A.", "Primo de Rivera")], "Haz", Y(1935, 12, 5), issue="12"))]),
(LG, "4\n\nEspaña como problema, Madrid, 1949, t. II, p. 434; cfr. el artículo de Tovar en Arriba, 16, junio, 1953.",
 [C(book("España como problema", place="Madrid", year=1949, volume="II"), "434"),
  C(paper(None, [F("Tovar")], "Arriba", Y(1953, 6, 16)))]),
(LG, "5\n\nSobre Escorial, ver Mainer, op. cit., passim.",
 [C(short([F("Mainer")]))]),
(LG, "6\n\nEl hidalgo y el honor, Madrid, 1948, pp. 7-8.",
 [C(book("El hidalgo y el honor", place="Madrid", year=1948), "7–8")]),
(LG, "7\n\n«Cómo interpretamos el veinticinco de junio», Haz, n.º 5, junio, 1943.",
 [C(mag("Cómo interpretamos el veinticinco de junio", None, "Haz", Y(1943, 6), issue="5"))]),
# a prologue to an edition made by its writer: a chapter whose container has its own author and the prologue's writer as editor
(LG, "8\n\nManipulación que ni de lejos se acerca al desplante de Giménez Caballero, «Pío Baroja precursor español del fascismo», prólogo a su edición P. Baroja, Comunistas, judíos y demás ralea, Valladolid, 1938.",
 [C(chap("Pío Baroja precursor español del fascismo", [F("Giménez Caballero")], "Comunistas, judíos y demás ralea", editor=[F("Giménez Caballero")],
         place="Valladolid", year=1938, **{"container-author": [P("P.", "Baroja")]}))]),
# --- English: page-keyed endnotes of a book on the 1964 election, line-broken where the page set italics
#     (newspapers and magazines abbreviated: NYT, LAT, WP, SEP, NYTM; a URL with OCR damage; short forms by editor)
(RO, "282 For\nPoint of Order\ndistribution, see “Film Is Surprise Hit,” NYT, February 11, 1964.",
 [C(paper("Film Is Surprise Hit", None, "NYT", Y(1964, 2, 11)))]),
(RO, "283\n“The New Yorker's movie critic”:\nDwight MacDonald,\nDwight MacDonald on Movies\n(Englewood Cliffs, N.J.: De Capo, 1969), 289-92.",
 [C(book("Dwight MacDonald on Movies", [P("Dwight", "MacDonald")], publisher="De Capo", place="Englewood Cliffs, N.J.", year=1969), "289–92")]),
(RO, "283\nThere usually followed the spectacle:\nKennedy, for example, left his Atomic Energy Commission secret briefing muttering, “And they call us the human race!” See Francis X. Winters,\nThe Year of the Hare: America in Vietnam, January\n25,\n1963-February 15, 1964\n(Athens: University of Georgia Press, 1997), 5. For LBJ's AEC briefing reaction, see Beschloss, ed.,\nTaking Charge,\n62-63.",
 [C(book("The Year of the Hare: America in Vietnam, January 25, 1963-February 15, 1964", [P("Francis X.", "Winters")], publisher="University of Georgia Press", place="Athens", year=1997), "5"),
  C(short_ed([F("Beschloss")], "Taking Charge"), "62–63")]),
(RO, "283 For McNamara's advice not to follow NATO policy, see interview with him in “The Gift of Time,” special issue of\nThe Nation,\nFebruary 2, 1998. For Oppenheimer quote, see “Scorpions in a Bottle,”\nDefense Journal,\nJuly 1998.",
 [C(mag("The Gift of Time", None, "The Nation", Y(1998, 2, 2))),
  C(mag("Scorpions in a Bottle", None, "Defense Journal", Y(1998, 7)))]),
(RO, "284 Appropriation hearings testimony is in Carney and Way, eds.,\nPolitics 1964,\n296-304.",
 [C(short_ed([F("Carney"), F("Way")], "Politics 1964"), "296–304")]),
(RO, "284 Kubrick's nuclear strategy reading is noted in Paul S. Boyer,\nFallout: A Historian Reflects on America's Half-Century Encounter with Nuclear Weapon\n(Columbus: Ohio State University Press, 1998), 97. For narratives of the genesis of\nDr. Strangelove,\nsee\nhttp:~/www.krusch.com/kubricklQo5.html\n;\nand Peter Bogdanovich, “What They Say About Stanley Kubrick,” NYTM, July 4, 1999.",
 [C(book("Fallout: A Historian Reflects on America's Half-Century Encounter with Nuclear Weapon", [P("Paul S.", "Boyer")], publisher="Ohio State University Press", place="Columbus", year=1998), "97"),
  C({"type": "webpage", "URL": "http:~/www.krusch.com/kubricklQo5.html"}),
  C(mag("What They Say About Stanley Kubrick", [P("Peter", "Bogdanovich")], "NYTM", Y(1999, 7, 4)))]),
# the cartoon clip is in an archival folder (MCSL): not listed
(RO, "286\nBy January 20, four out of ten:\nHarris poll, LAT, January 20, 1964. Cartoon clip, from\nLisbon Falls\n(Maine)\nEnterprise\nis in MCSL, Press Reports, 3 of 3 folder.",
 [C(paper(None, None, "LAT", Y(1964, 1, 20)))]),
(RO, "286 For New Hampshire entrance rules, see SEP, March 14, 1964.",
 [C({"type": "periodical", "title": "SEP", "issued": Y(1964, 3, 14)})]),
# --- English: endnotes of a history of the Scots-Irish in America (line-broken italics, `Ibid.`, a URL, `7th ed.`);
#     the link `Return to text.` printed on its own line after each note is page furniture and was not copied
(BF, "49. Neal T. Jones, ed.,\nA Book of Days for the Literary Year\n(New York: Thames and Hudson, 1984), March 20, November 26.",
 [C(book("A Book of Days for the Literary Year", editor=[P("Neal T.", "Jones")], publisher="Thames and Hudson", place="New York", year=1984))]),
(BF, "50. John Hope Franklin and Alfred A. Moss, Jr.,\nFrom Slavery to Freedom\n, 7th ed. (New York: McGraw-Hill, 1994), p. 123.",
 [C(book("From Slavery to Freedom", [P("John Hope", "Franklin"), P("Alfred A.", "Moss")], publisher="McGraw-Hill", place="New York", year=1994, edition="7"), "123")]),
(BF, "51. Ibid.",
 []),
(BF, "52. Cash,\nThe\nMind of the South\n, p. 14.",
 [C(short([F("Cash")], "The Mind of the South"), "14")]),
(BF, "54. Parrington,\nMain Currents in American Thought\n, vol. 2, p. 63.",
 [C({"author": [F("Parrington")], "title": "Main Currents in American Thought", "volume": "2"}, "63")]),
(BF, "57. As quoted in the James Madison University document, “Growth and Expansion of the United States in the Era of James Madison,” part 3, p. 9. See\nhttp://www.jmu.edu/madison/1810pop.htm",
 [C({"type": "webpage", "title": "Growth and Expansion of the United States in the Era of James Madison", "URL": "http://www.jmu.edu/madison/1810pop.htm"}, "9")]),
# the Declaration is a primary document named without an edition: only the book quoting it is listed
(BF, "62. South Carolina Declaration of Causes of Secession, quoted in Commager,\nThe Blue and the Gray\n, pp. 6–7.",
 [C(short([F("Commager")], "The Blue and the Gray"), "6–7")]),
(BF, "63. Shelby Foote,\nThe Civil War: A Narrative\n(New York: Random House, 1958), vol. 1, p. 48.",
 [C(book("The Civil War: A Narrative", [P("Shelby", "Foote")], publisher="Random House", place="New York", year=1958, volume="1"), "48")]),
# --- English: keyword-led notes of a biography of Martin Luther King (short forms, newspapers by date and page,
#     archival references left out, a bare `Ibid.`)
(WR, "“a conspicuous thread”: Branch, Parting, p. 183.",
 [C(short([F("Branch")], "Parting"), "183")]),
(WR, "recording played at his funeral: King, My Life, pp. 343–45.",
 [C(short([F("King")], "My Life"), "343–45")]),
(WR, "“jumped on Martin”: Kotz and Kotz, Passion, p. 252.",
 [C(short([F("Kotz"), F("Kotz")], "Passion"), "252")]),
(WR, "George Wiley: Kotz and Kotz, Passion, pp. 34–40, 53–59, 169–73, 238–42.",
 [C(short([F("Kotz"), F("Kotz")], "Passion"), "34–40, 53–59, 169–73, 238–42")]),
(WR, "“absolutely unsupportable”: “Clerics Accuse U.S. of War Crimes,” NYT, Feb. 4, 1968, pp. 1, 6; Melman, America, passim; press release for Feb. 4, 1968, Series 3, Box 8, CAL CAV, SCPC, pp. 1–5.",
 [C(paper("Clerics Accuse U.S. of War Crimes", None, "NYT", Y(1968, 2, 4)), "1, 6"),
  C(short([F("Melman")], "America"))]),
(WR, "“to preserve freedom”: Washington Evening Star, Feb. 6, 1968, p. 1.",
 [C(paper(None, None, "Washington Evening Star", Y(1968, 2, 6)), "1")]),
(WR, "“Guerilla warfare in the ghettos”: Ibid., pp. 12–13.",
 []),
(WR, "Legal maneuvers intensified: “Clerics Rebuffed on a Protest Site,” NYT, Feb. 3, 1968, p. 5; Washington Evening Star, Feb. 6, 1968, p. 1; WP, Feb. 6, 1968, p. B-1; NYT, Feb. 6, 1968, p. 15.",
 [C(paper("Clerics Rebuffed on a Protest Site", None, "NYT", Y(1968, 2, 3)), "5"),
  C(paper(None, None, "Washington Evening Star", Y(1968, 2, 6)), "1"),
  C(paper(None, None, "WP", Y(1968, 2, 6)), "B-1"),
  C(paper(None, None, "NYT", Y(1968, 2, 6)), "15")]),
# --- English: notes of a study guide on the Spanish Civil War (British style with a colon after the author:
#     `G. Hills: The Battle for Madrid (London, 1976), p. 26`, no final full stop, `1994 edn`, `op. cit.`)
(MC, "1. G. Hills: The Battle for Madrid (London, 1976), p. 26",
 [C(book("The Battle for Madrid", [P("G.", "Hills")], place="London", year=1976), "26")]),
(MC, "4. See, for example, S. Ellood: Franco (London, 1993), pp. 52-8",
 [C(book("Franco", [P("S.", "Ellood")], place="London", year=1993), "52–8")]),
(MC, "8. P. Preston: A Concise History of the Spanish Civil War (London, 1996), p. 31",
 [C(book("A Concise History of the Spanish Civil War", [P("P.", "Preston")], place="London", year=1996), "31")]),
(MC, "10. P. Preston: Coming of the Spanish Civil War, p. 201",
 [C(short([P("P.", "Preston")], CMSC), "201")]),
(MC, "12. S. Payne: Spanish Revolution, p. 205",
 [C(short([P("S.", "Payne")], "Spanish Revolution"), "205")]),
(MC, "13. R. Fraser: Blood of Spain (London, 1994 edn), p. 568; Preston, Coming of the Spanish Civil War, p. 189",
 [C(book("Blood of Spain", [P("R.", "Fraser")], place="London", year=1994), "568"),
  C(short([F("Preston")], CMSC), "189")]),
(MC, "14. G. Esenwein and A. Shubert: op. cit., pp. 73, 69",
 [C(short([P("G.", "Esenwein"), P("A.", "Shubert")]), "73, 69")]),
# --- English: one endnote of a book on the Freedom Rides: ten short forms in one note, lines broken as in the PDF
(SM, "16. Branch, Parting the Waters, 601–632; Powledge, Free at Last? 376–420; Carson, In Struggle, 61–65;\nGarrow, Bearing the Cross, 202–219; Fairclough, To Redeem the Soul of America, 92, 101–108; Zinn,\nSNCC, 134–146; Tuck, Beyond Atlanta, 158–191; Lewis, Walking with the Wind, 191–192; Lewis,\nKing, 160–170; Hayden, Reunion, 72.",
 [C(short([F("Branch")], "Parting the Waters"), "601–632"),
  C(short([F("Powledge")], "Free at Last?"), "376–420"),
  C(short([F("Carson")], "In Struggle"), "61–65"),
  C(short([F("Garrow")], "Bearing the Cross"), "202–219"),
  C(short([F("Fairclough")], "To Redeem the Soul of America"), "92, 101–108"),
  C(short([F("Zinn")], "SNCC"), "134–146"),
  C(short([F("Tuck")], "Beyond Atlanta"), "158–191"),
  C(short([F("Lewis")], "Walking with the Wind"), "191–192"),
  C(short([F("Lewis")], "King"), "160–170"),
  C(short([F("Hayden")], "Reunion"), "72")]),
# --- Hungarian: footnotes of a lecture on the Hungarian and Polish churches (the PDF text gives the note marks
#     `*`, `1`, `2` … on lines of their own before the notes, so the notes are copied without them; names family
#     first: `Somorjai Á.`; `(ford. …)`, `(szerk.)`, a series in brackets, the chapter's pages and `különösen 11`)
(HU, "Elhangzott a Pázmány Péter Katolikus Egyetem, a magyarországi Lengyel Intézet és a Lengyel Köztársaság Nagykövetsége által közösen rendezett Lengyel Kultúra Napján (Budapest, 2015. március 26). A tanulmány a PPKE Nemzetközi Kánonjogtörténeti Kutatóközpontjában (Budapest) és a Collegio S. Norberto-ban (Róma) készült, az OTKA K 106300 és a KAP-3.6-14/003 projekt keretében.",
 []),
# with a pinpoint (`különösen 11`) the chapter's own span goes in `page` and the pinpoint in `locator`
(HU, "J. Glemp: Gniezno, az első lengyel egyháztartomány. (ford. Szabó T.) In: Somorjai Á. (szerk.): KeletKözép Európa szentje: Adalbert (Vojtech-Wojciech-Béla). [METEM-könyvek 5] Budapest, 1994. 11–18., különösen 11.",
 [C(chap("Gniezno, az első lengyel egyháztartomány", [P("J.", "Glemp")], "KeletKözép Európa szentje: Adalbert (Vojtech-Wojciech-Béla)",
         editor=[P("Á.", "Somorjai")], place="Budapest", year=1994, translator=[P("T.", "Szabó")], page="11–18",
         **{"collection-title": "METEM-könyvek", "collection-number": "5"}), "11")]),
# --- German: notes of a chapter on administration in the Nazi state (Springer; a reprint `wieder abgedr. in:`,
#     `hrsgg. von`, a bare `A. a. O.`); the `Google Scholar` link under each note stands on a line of its own
#     and was not copied
(SP, "1. Otto Hintze, „Der Commissarius und seine Bedeutung in der allgemeinen Verwaltungsgeschichte“, zuerst in der Festschrift für Karl Zeumer. Historische Aufsätze, Weimar 1910, wieder abgedr. in: Hintze, Staat und Verfassung. Gesammelte Abhandlungen zur allgemeinen Verfassungsgeschichte (Gesammelte Abhandlungen, Bd. I, hrsgg. von Fritz Hartung), Leipzig 1941, S. 232–264.",
 [C(chap("Der Commissarius und seine Bedeutung in der allgemeinen Verwaltungsgeschichte", [P("Otto", "Hintze")],
         "Staat und Verfassung. Gesammelte Abhandlungen zur allgemeinen Verfassungsgeschichte", editor=[P("Fritz", "Hartung")],
         place="Leipzig", year=1941, volume="I",
         **{"container-author": [F("Hintze")], "collection-title": "Gesammelte Abhandlungen",
            "original-date": Y(1910), "original-publisher-place": "Weimar"}), "232–264")]),
(SP, "2. A. a. O., S. 262 f.",
 []),
# --- Polish: references of a page on the Battle of Warsaw (`↑` and Wikipedia back-links `1,0 1,1` kept; a web
#     page with `[dostęp …]`; `cyt. za`; four memoirs in one note)
(BW, "1.↑ 1,0 1,1 Kontrowersje wokół bitwy warszawskiej (pl). Mówią Wieki. [dostęp 1 marca 2007].",
 [C({"type": "webpage", "title": "Kontrowersje wokół bitwy warszawskiej", "container-title": "Mówią Wieki", "accessed": Y(2007, 3, 1)})]),
(BW, "2.↑ Twórcą tego sformułowania był Stanisław Stroński, który 14 sierpnia 1920 przypomniał podobnie tragiczne położenie Francji w czasie I wojny światowej we wrześniu 1914, kiedy to nieoczekiwane odrzucenie wojsk niemieckich z przedpola Paryża nazwano cudem nad Marną. Pierwszy raz w debacie publicznej użył je Wincenty Witos i było ono chętnie podnoszone przez politycznych przeciwników Piłsudskiego, kwestionujących zasługi marszałka w przygotowaniu i przeprowadzeniu tej operacji. Przy tym wszystkim sformułowanie to nabrało konotacji religijnej, ponieważ wojska polskie pokonały Rosjan 15 sierpnia, w dniu Wniebowzięcia Najświętszej Maryi Panny, Królowej Korony Polskiej.",
 []),
(BW, "3.↑ M. Ścieżyński, \"Radiotelegrafista jako źródło wiadomości o nieprzyjacielu\", Przemyśl 1928, cyt. za A. Pepłoński, \"Wywiad w wojnie polsko-bolszewickiej 1919-1920\", Warszawa 1999, s.227.",
 [C(book("Radiotelegrafista jako źródło wiadomości o nieprzyjacielu", [P("M.", "Ścieżyński")], place="Przemyśl", year=1928)),
  C(book("Wywiad w wojnie polsko-bolszewickiej 1919-1920", [P("A.", "Pepłoński")], place="Warszawa", year=1999), "227")]),
(BW, "4.↑ A. Piłsudska, Wspomnienia, Warszawa 2004. M. Rataj, Pamiętniki, Warszawa 1965. M. Kycia, Notatki z pamiętnika, Londyn 1970. W. Witos,Moje wspomnienia, Warszawa 1990",
 [C(book("Wspomnienia", [P("A.", "Piłsudska")], place="Warszawa", year=2004)),
  C(book("Pamiętniki", [P("M.", "Rataj")], place="Warszawa", year=1965)),
  C(book("Notatki z pamiętnika", [P("M.", "Kycia")], place="Londyn", year=1970)),
  C(book("Moje wspomnienia", [P("W.", "Witos")], place="Warszawa", year=1990))]),
# --- Czech: notes of a student paper on Vilém of Rožmberk (surnames in capitals, `a kol.`, `(ed.)`, `passim`,
#     a short title `Dvory`, `Týž` for the same author twice in one note, two spaces after a semicolon)
(ES, "[1]Václav BŮŽEK – Josef HRDLIČKA a kol., Dvory velmožů s erbem růže, Praha 1997, s. 18-20;  Alois MÍKA, Osud slavného domu – Rozkvět a pád rožmberského impéria, České Budějovice 1970, s. 110-187; Jaroslav PÁNEK (ed.), Václav Březan – Životy posledních Rožmberků, Praha 1985, passim.",
 [C(book("Dvory velmožů s erbem růže", [P("Václav", "Bůžek"), P("Josef", "Hrdlička")], place="Praha", year=1997), "18–20"),
  C(book("Osud slavného domu – Rozkvět a pád rožmberského impéria", [P("Alois", "Míka")], place="České Budějovice", year=1970), "110–187"),
  C(book("Václav Březan – Životy posledních Rožmberků", editor=[P("Jaroslav", "Pánek")], place="Praha", year=1985))]),
# `Týž` (the same man) is resolved to the name it stands for, as `in: Ders.` was in the German notes
(ES, "[2]V. BŮŽEK – J. HRDLIČKA a kol., Dvory, s. 25-35;  J. PÁNEK, Poslední Rožmberkové – velmoži české renesance, Praha 1989, s. 248-273; Týž (ed.), Václav Březan, passim; Týž, Vilém z Rožmberka – politik smíru, Praha 1998, s. 246-274",
 [C(short([P("V.", "Bůžek"), P("J.", "Hrdlička")], "Dvory"), "25–35"),
  C(book("Poslední Rožmberkové – velmoži české renesance", [P("J.", "Pánek")], place="Praha", year=1989), "248–273"),
  C(short_ed([P("J.", "Pánek")], "Václav Březan")),
  C(book("Vilém z Rožmberka – politik smíru", [P("J.", "Pánek")], place="Praha", year=1998), "246–274")]),
# --- Czech: a footnote of an article in Theatrum historiae as the PDF text gives it (a translated book, place and year)
(TH, "1 Konrad P. LIESSMANN, Teorie nevzdělanosti. Omyly společnosti vědění, Praha 2008, s. 9.",
 [C(book("Teorie nevzdělanosti. Omyly společnosti vědění", [P("Konrad P.", "Liessmann")], place="Praha", year=2008), "9")]),
# --- Spanish: first-page footnotes of two journal articles as PDF text (OCR `MlLHOU` in small capitals, given in
#     normal case as printed; `pp. 287 y ss.`; a line-broken place `Na- poli`; an Italian quotation before the work)
(ZL, "1. Para todo lo que se refiere a la evolución del ideal de la Cruzada nos inspiramos en\nel libro de A. MlLHOU, Colón y su mentalidad mesiánica en el ambiente del Franciscanismo español,\nPublicaciones de la Casa-Museo de Colón y Seminario Americanista de la Universidad de\nValladolid, Valladolid 1983, pp. 287 y ss.",
 [C(book("Colón y su mentalidad mesiánica en el ambiente del Franciscanismo español", [P("A.", "Mllhou")],
         publisher="Publicaciones de la Casa-Museo de Colón y Seminario Americanista de la Universidad de Valladolid", place="Valladolid", year=1983), "287 y ss.")]),
(VD, "1. «La posizione del 'primato' dell'intelletto é richiesto per Tommaso d'Aquino da una duplice esigenza: rendere reale, non solo possibile, un sapere unitario; daré fondamento necessario, non solo ipotetico, all'agire morale. Le due esigenze si snodano secondo una reciprocitá, che le coinvolge dialetticamen- te» (CENACCHI, G., II primato delVintelletto in Tommaso d'Aquino en Teoría e Prassi. Atti del Congresso Internazionale, Edizione Domenicane Italiane, Na- poli 1979, vol. I, p. 169.",
 [C(chap("II primato delVintelletto in Tommaso d'Aquino", [P("G.", "Cenacchi")], "Teoría e Prassi. Atti del Congresso Internazionale",
         publisher="Edizione Domenicane Italiane", place="Na- poli", year=1979, volume="I"), "169")]),
# --- English: endnotes of a book on the reconquest of Spain as a text layer that lost both the note numbers and
#     every italic word after the first in a title (`Histoire de l’Espagne 3 vols.`, `The Spaniards in Their tr.
#     Walter Starkie`): titles are given as they stand; `1: 20, 105` is volume 1 with its pages
(ZR, "Roger Collins, The Arab Conquest of Spain, 710–797 (Oxford: Blackwell, 1989); Évariste Lévi-Provençal, Histoire de l’Espagne 3 vols. (Leiden: E.J. Brill, 1950); Richard Fletcher, Moorish Spain (Berkeley: University of California Press, 1992), 1–78; Hugh Kennedy, Muslim Spain and Portugal: A Political History (London: Longman, 1996).",
 [C(book("The Arab Conquest of Spain, 710–797", [P("Roger", "Collins")], publisher="Blackwell", place="Oxford", year=1989)),
  C(book("Histoire de l’Espagne", [P("Évariste", "Lévi-Provençal")], publisher="E.J. Brill", place="Leiden", year=1950, **{"number-of-volumes": "3"})),
  C(book("Moorish Spain", [P("Richard", "Fletcher")], publisher="University of California Press", place="Berkeley", year=1992), "1–78"),
  C(book("Muslim Spain and Portugal: A Political History", [P("Hugh", "Kennedy")], publisher="Longman", place="London", year=1996))]),
(ZR, "Joseph F. O’Callaghan, A History of Medieval Spain (Ithaca, N.Y.: Cornell University, 1975); Bernard F. Reilly, The Medieval Spains (Cambridge: Cambridge University Press, 1993); Roger Collins, Early Medieval Spain: Unity in Diversity, 400–1000 (New York: St. Martin’s Press, 1983); Angus MacKay, Spain in the Middle Ages: From Frontier to Empire, 1000–1500 (New York: St. Martin’s Press, 1977).",
 [C(book("A History of Medieval Spain", [P("Joseph F.", "O’Callaghan")], publisher="Cornell University", place="Ithaca, N.Y.", year=1975)),
  C(book("The Medieval Spains", [P("Bernard F.", "Reilly")], publisher="Cambridge University Press", place="Cambridge", year=1993)),
  C(book("Early Medieval Spain: Unity in Diversity, 400–1000", [P("Roger", "Collins")], publisher="St. Martin’s Press", place="New York", year=1983)),
  C(book("Spain in the Middle Ages: From Frontier to Empire, 1000–1500", [P("Angus", "MacKay")], publisher="St. Martin’s Press", place="New York", year=1977))]),
(ZR, "See the classic exposition of the idea of reconquest in Ramón Menéndez Pidal, The Spaniards in Their tr. Walter Starkie (New York: W.W. Norton, 1950); Claudio Sánchez Albornoz, España, un enigma 2nd ed., 2 vols. (Buenos Aires: Editorial Sudamericana, 1962); José Antonio Maravall, El concepto de España en la edad 2nd ed. (Madrid: Instituto de Estudios Políticos, 1964), 249–341.",
 [C(book("The Spaniards in Their", [P("Ramón", "Menéndez Pidal")], translator=[P("Walter", "Starkie")], publisher="W.W. Norton", place="New York", year=1950)),
  C(book("España, un enigma", [P("Claudio", "Sánchez Albornoz")], publisher="Editorial Sudamericana", place="Buenos Aires", year=1962, edition="2", **{"number-of-volumes": "2"})),
  C(book("El concepto de España en la edad", [P("José Antonio", "Maravall")], publisher="Instituto de Estudios Políticos", place="Madrid", year=1964, edition="2"), "249–341")]),
(ZR, "José Ángel García de Cortázar et al., Organización social del espacio en la España medieval: La Corona de Castilla en los siglos VIII a XV (Madrid: Ariel, 1985), 12–14; Jocelyn N. Hillgarth, The Spanish Kingdoms, 2 vols. (Oxford: Clarendon Press, 1976), 1: 20, 105, 107, 109, 186, 248, 287, 316; Thomas N. Bisson, The Medieval Crown of Aragon: A Short History (Oxford: Clarendon Press, 1986), 10, 15–16, 18, 28, 160.",
 [C(book("Organización social del espacio en la España medieval: La Corona de Castilla en los siglos VIII a XV", [P("José Ángel", "García de Cortázar")], publisher="Ariel", place="Madrid", year=1985), "12–14"),
  C(book("The Spanish Kingdoms", [P("Jocelyn N.", "Hillgarth")], publisher="Clarendon Press", place="Oxford", year=1976, volume="1", **{"number-of-volumes": "2"}), "20, 105, 107, 109, 186, 248, 287, 316"),
  C(book("The Medieval Crown of Aragon: A Short History", [P("Thomas N.", "Bisson")], publisher="Clarendon Press", place="Oxford", year=1986), "10, 15–16, 18, 28, 160")]),
# `103, and ch. 4`: the page is the locator; the chapter named after it is not a second locator
(ZR, "Derek W. Lomax, The Reconquest of Spain (London: Longman, 1978), 1–2, 173; Peter Linehan, History and the Historians of Medieval Spain (Oxford: Clarendon Press, 1993), 103, and ch. 4.",
 [C(book("The Reconquest of Spain", [P("Derek W.", "Lomax")], publisher="Longman", place="London", year=1978), "1–2, 173"),
  C(book("History and the Historians of Medieval Spain", [P("Peter", "Linehan")], publisher="Clarendon Press", place="Oxford", year=1993), "103")]),
# --- German: a footnote at the foot of a page of an 1890s textbook of constitutional law, OCR as it stands (the note
#     mark read as `!`, the year `1185` for 1785, a line break inside the title); `B. I.` is the volume
(SB, "! Ernst Ludwig v. Dachröden Versuch eines Staatsrechtes der freien\nReichsdörfer. B. I. Leipzig 1185.",
 [C(book("Versuch eines Staatsrechtes der freien Reichsdörfer", [P("Ernst Ludwig", "v. Dachröden")], place="Leipzig", year=1185, volume="I"))]),
# --- English: more keyword-led notes of the biography of King (another page; italics broken onto their own lines,
#     a quoted short title `“Racial,”`, archival references left out)
(CE, "forty black rookies among six thousand agents: McKnight,\nCrusade,\np. 96.",
 [C(short([F("McKnight")], "Crusade"), "96")]),
(CE, "the approved COINTELPRO actions: Carson,\nStruggle,\npp. 260–62; Garrow,\nFBI and King,\np. 188; Powers,\nSecrecy,\npp. 425–26; O'Reilly,\n“Racial,”\npp. 80–86; McKnight,\nCrusade,\npp. 26–27.",
 [C(short([F("Carson")], "Struggle"), "260–62"),
  C(short([F("Garrow")], "FBI and King"), "188"),
  C(short([F("Powers")], "Secrecy"), "425–26"),
  C(short([F("O'Reilly")], "Racial"), "80–86"),
  C(short([F("McKnight")], "Crusade"), "26–27")]),
(CE, "wars against the Communist Party: Cf. “FBI to Pay Widow After Targeting Communist Mate,”\nBaltimore Sun,\nOct. 27, 1989.",
 [C(paper("FBI to Pay Widow After Targeting Communist Mate", None, "Baltimore Sun", Y(1989, 10, 27)))]),
(CE, "shock passed visibly through the ballroom: Clifford,\nCounsel,\npp. 500–501.",
 [C(short([F("Clifford")], "Counsel"), "500–501")]),
(CE, "“Westmoreland Requests”: NYT, March 10, 1968, p. 1.",
 [C(paper(None, None, "NYT", Y(1968, 3, 10)), "1")]),
(CE, "McCarthy confounded political observers: Powers,\nWar,\npp. 290–91; transcript of nine LBJ ads run in New Hampshire, McCarthy for President, n.d., March 1968, Lowenstein Papers, Box 54, Folder 106, UNC.",
 [C(short([F("Powers")], "War"), "290–91")]),
(CE, "139,801 American casualties: NYT, March 15, 1968, p. 1; Zaroulis and Sullivan,\nWho Spoke Up?,\np. 159.",
 [C(paper(None, None, "NYT", Y(1968, 3, 15)), "1"),
  C(short([F("Zaroulis"), F("Sullivan")], "Who Spoke Up?"), "159")]),
(CE, "Robert Kennedy's tormented new offer: Clifford,\nCounsel,\npp. 504–5; Shesol,\nContempt,\npp. 420–21; NYT, March 18, 1968, p. 1.",
 [C(short([F("Clifford")], "Counsel"), "504–5"),
  C(short([F("Shesol")], "Contempt"), "420–21"),
  C(paper(None, None, "NYT", Y(1968, 3, 18)), "1")]),
# --- Russian: notes of a biography of the first False Dmitry (ГОСТ-like; `(далее — РИБ)` naming an abbreviation,
#     `// он же. Сочинения. В 9 т.`, `Кн. 14`, `собранные проф. …` for an editor, a title with a stray bracket)
(OB, "75 Платонов С. Ф. Древнерусские сказания и повести о Смутном времени XVII века как исторический источник. СПб., 1888; Русская историческая библиотека, издаваемая Археографическою комиссиею (далее — РИБ). СПб., 1891. Т. 13.",
 [C(book("Древнерусские сказания и повести о Смутном времени XVII века как исторический источник", [P("С. Ф.", "Платонов")], place="СПб.", year=1888)),
  C(book("Русская историческая библиотека, издаваемая Археографическою комиссиею", place="СПб.", year=1891, volume="13"))]),
(OB, "76 Платонов С. Ф. Очерки по истории Смуты в Московском государстве XVI–XVII вв. Опыт изучения общественного строя и сословных отношений в Смутное время). Переизд. М., 1937. С. 190. Историк допускал обе версии — то, что Лжедмитрий мог быть и не быть Отрепьевым, замечая, что «истина от нас пока скрыта». См.: Платонов С. Ф. Вопрос о происхождении первого Лжедмитрия // Статьи по русской истории. СПб., 1912. С. 276.",
 [C(book("Очерки по истории Смуты в Московском государстве XVI–XVII вв. Опыт изучения общественного строя и сословных отношений в Смутное время)", [P("С. Ф.", "Платонов")], place="М.", year=1937), "190"),
  C(chap("Вопрос о происхождении первого Лжедмитрия", [P("С. Ф.", "Платонов")], "Статьи по русской истории", place="СПб.", year=1912), "276")]),
(OB, "77 Ключевский В. О. Курс русской истории. Ч. 3 // он же. Сочинения. В 9 т. М., 1988. Т. 3. С. 30.",
 [C(chap("Курс русской истории", [P("В. О.", "Ключевский")], "Сочинения", place="М.", year=1988, volume="3",
         **{"part-number": "3", "container-author": [P("В. О.", "Ключевский")], "number-of-volumes": "9"}), "30")]),
(OB, "78 Пирлинг П. Из смутного времени. Статьи и заметки. СПб., 1902. С. 38.",
 [C(book("Из смутного времени. Статьи и заметки", [P("П.", "Пирлинг")], place="СПб.", year=1902), "38")]),
(OB, "79 Пирлинг П. Димитрий Самозванец. М., 1912. С. 7–12, 495, 504.",
 [C(book("Димитрий Самозванец", [P("П.", "Пирлинг")], place="М.", year=1912), "7–12, 495, 504")]),
(OB, "80 Материалы по Смутному времени на Руси XVII в., собранные проф. В. Н. Александренко // Старина и новизна. М., 1911. Кн. 14. С. 185–453.",
 [C(art("Материалы по Смутному времени на Руси XVII в.", None, "Старина и новизна", None, "14", 1911,
        editor=[P("В. Н.", "Александренко")], **{"publisher-place": "М."}), "185–453")]),
(OB, "81 Сборник Имп. Русского исторического общества (далее — РИО). М., 1912. Т. 137.",
 [C(book("Сборник Имп. Русского исторического общества", place="М.", year=1912, volume="137"))]),
# --- Russian: notes of a lecture course on Russian history (a reader's notes page: number on its own line; two notes of
#     prose only)
(SY, "1\n\nПлатонов С.Ф. Лекции по русской истории. М.: Высшая школа, 1993. С. 39.",
 [C(book("Лекции по русской истории", [P("С.Ф.", "Платонов")], publisher="Высшая школа", place="М.", year=1993), "39")]),
(SY, "2\n\nМаркс К., Энгельс Ф. Соч. 2-е изд. Т. 2. С. 119.",
 [C(book("Соч.", [P("К.", "Маркс"), P("Ф.", "Энгельс")], edition="2", volume="2"), "119")]),
(SY, "3\n\nПроисхождение Лжедмитрия неясно. По официальной версии правительства Бориса Годунова, этим человеком был Григорий Отрепьев, беглый диакон Чудова монастыря в Москве.",
 []),
(SY, "4\n\nНе случайно первый скульптурный памятник в Москве (на Красной площади) воздвигли К. Минину и Д. Пожарскому (1818 г., скульптор И.П. Мартос).",
 []),
# --- Spanish: footnotes of a 1964 article on the sale of lordships as a badly OCRed PDF (`Noirz)elie Castillc`,
#     `r549`, `Bol . U)riv. Granada`, spaces before full stops); the authors are named in the text, not in the notes,
#     so the works have no author; a line break inside a title is read as a space
(SC, "1. La campagne de Noirz)elie Castillc ti la fin day XVI siecle d'apres les\n\n\nRelacimies topograficas . Paris, 1964 .",
 [C(book("La campagne de Noirz)elie Castillc ti la fin day XVI siecle d'apres les Relacimies topograficas", place="Paris", year=1964))]),
(SC, "2 . El origen del senorio solariego de Benavneji y su carta puebla de\nr549 (Bol . U)riv. Granada, 1932) .",
 [C(art("El origen del senorio solariego de Benavneji y su carta puebla de r549", None, "Bol . U)riv. Granada", None, None, 1932))]),
(SC, "3 . El senorio de Valdepusa . . . AHDE, 1946.",
 [C(art("El senorio de Valdepusa", None, "AHDE", None, None, 1946))]),
(SC, "4. El rigimen seitorial efi el siglo XVI . Madrid, 1962.",
 [C(book("El rigimen seitorial efi el siglo XVI", place="Madrid", year=1962))]),
# --- Spanish: an author-year short form in a note of a Criticón article (OpenEdition through a library proxy)
(CR, "1 Juan Ignacio Gutiérrez Nieto, 1973, p. 522.",
 [C({"author": [P("Juan Ignacio", "Gutiérrez Nieto")], "issued": Y(1973)}, "522")]),
]
