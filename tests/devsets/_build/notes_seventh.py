# -*- coding: utf-8 -*-
# Seventh gathering (2026-11-25): English and non-English notes from pages not used before.
# (The header is completed at the end of the gathering; see the list of sources below.)
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
]
