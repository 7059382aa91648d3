# -*- coding: utf-8 -*-
# Fourteenth gathering (2026-11-25): 135 footnotes and endnotes (151 citations, 44 of them short forms) from 13 pages not
# used before (none of the `where` addresses of notes.jsonl or of the earlier gathering files). Sites new to the set:
# yumpu.com, youbooks.top, kniga-online.net; the rest are other books or articles on sites used before (bookreadfree.com,
# theallfreenovel.com, erenow.org, globalauthorid.com, homsy-staging.cambridgecore.org, booksonline.com.ua, bitlit.ru,
# fb2.top, you-books.com), because the search index gives a page's text only from its beginning (notes cut off at the end
# of the stored text were not taken). Gold written by hand from the note text; no parser was run.
# Languages: English 54, Dutch 21, Russian 26, French 11, Italian 9, Polish 8, Spanish 6 (81 non-English).
# Subjects: Khrushchev's Cold War (Adenauer, the 1959 US visit), Catholic Algeria and French colonial administration, the
# battle of Teruel and Francoism, Italian Fascism, Stalin and the Politburo (Furr's book on the secret speech, a history
# of the Politburo), British India and Nirad Chaudhuri, early medieval slavery, medieval Florence, the Netherlands in the
# Second World War, the Berlin Wall and Ulbricht, Polish nationalism.
#  - English: Chicago endnotes of a book on Khrushchev (`Talbott, ed., op. cit., p. 376.`, `Sergei Khrushchev, op.
#    cit.`, newspapers by date, one title missing its opening quote, archival notes `Memcon, …, RG 59, NARA II` that
#    cite no work); notes of a chapter on Italian Fascism (`II Popolo di Trieste`, a newspaper article and its reprint,
#    `chapter 5, ‘…’`); keyword-led notes of a book on British India (`Place: Publisher, Year` without parentheses,
#    `Zastoupil and Moir, (1999), p. 140–141.`, `Ibid, p. 115.`, `p 9`, short forms by title); Cambridge Core references
#    with `CrossRefGoogle Scholar` glued; notes of a history of the Berlin Wall (author and title without imprint or comma
#    `Faust’s Metropali: A History of Berlin p. 29.`, OCR `Famt’s`, `pp. 116f.`, `Der Spiegel, 6/2005 8 April 2005`).
#  - French: notes of a book on Catholic Algeria (yumpu page; surnames in capitals, `9 e éd. 1990, 1 re éd. 1964`, `p.
#    10-15 ; 18-30`, `t. II, De l’insurrection …` with no year, `dans`, `p. 45-74, p. 47 sq.`, `L’Afrique à l’ombre des
#    épées…, op. cit., vol. 1`, `traduit de l’anglais par`, empty lines of the PDF text kept inside notes).
#  - Spanish: notes of a book on the battle of Teruel (`[1] … <<`, publisher before place, `1976 [1962]`, `1990 [2015]`,
#    `en` before the author's own book, `Ayer, 76 (2009), pp. 13-36`).
#  - Russian: notes of the Russian edition of Furr (number on its own line, `— NY: Sharpe, 1995.`, `Khlevniuk. P. 105 ;
#    Хлевнюк. С. 77.`, Cyrillic `Р. 106`, `См. гл. 12—13`, `/ Сост.`, `// Известия ЦК КПСС. 1989. № 3.`, `In: Ward,
#    Chris, ed.`, a title ending in `…`); notes of a history of the Politburo (running number on its own line before the
#    chapter's number, `Т. 3. Кн. 2.`, lost dashes `С. 53 54`, `Т. 1 2`, `(далее КПСС)`, `в 6-ти тт.`, `Там же`).
#  - Italian: notes of Villari on early Florence (chronicles by book and chapter `Villani, VII, 54.`, `Ann. 1278`, `Vol.
#    II, cap. VII`, `pag. 63 e seg.`, `pag. 275 ecc.`, `il Bonaini (Della Parte guelfa in Firenze), nel Giornale …`,
#    `pubblicazione fatta da A. Gherardi: Firenze, Sansoni.`, `(ediz. fiorentina del 1846)`).
#  - Dutch: notes of a book on the Netherlands in the war (author and title only, `o.c.`, `in idem`, `Spaanse ed.`,
#    `stelling 1`, `CBS, Monografieën …, no. 6. …`, a one-name author `Armando`, a volume after the title, two spaces
#    after the number and a leading space before one-digit numbers, kept).
#  - Polish: notes of the Polish Davies, vol. II (English books with Polish places `Nowy Jork`, `Londyn`, names in the
#    genitive `praca Petera Brocka`, `Esej Lorda Actona … w jego History of Freedom`, `wyd.`, `opr.`, `t. l, 2`, `s. 211
#    inn.`, `Księga I, w. l.`, a year lost to OCR `Warszawa 8,s. 259—270`).
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - Two years for one book: the later is `issued`, the earlier `original-date`, whichever order the note prints
#    (`1976 [1962]`, `1990 [2015]`, `9 e éd. 1990, 1 re éd. 1964`, the last also giving `edition` "9"), as `1889/1986`.
#  - A page list keeps its printed separator (`10–15 ; 18–30`); a note number inside a locator is dropped like a figure
#    number (`P. 131, n. 64; p. 140` -> `131; 140`); `e seg.`, `ecc.`, `f.`, `ff.`, `inn.`, `sq.` stay in the locator;
#    lost dashes stay as printed in `volume` and locator (`Т. 1 2`, `С. 53 54`), as `p. 3943` before.
#  - `Talbott, ed., op. cit.` is a short form with `editor` only; `Cited in Hitchcock, The Struggle … (New York:
#    Doubleday, 2003)` is a `book` whose author has a family name only.
#  - A document named as published in a collection (`Macaulay’s Minute on Education, …, is published in Henry Sharp,
#    Selections from the Educational Records, …`) gives the collection only; a compiler named without `ed.` is `author`.
#  - A newspaper article and its reprint in a book (`originally published in … and later in F. Giunta, Essenza …`) are
#    two entries; an untitled newspaper article keeps its `author`; an interview's subject is not a name field.
#  - `chapter 5, ‘Fascism — Left, Right and Centre’` after a book is locator "5" with label `chapter` on the book.
#  - A chronicle or annals cited by book and chapter or year (`Villani, VII, 54`, `Raynaldi, Ann. 1278`) is a short form
#    without locator, as classical texts in the ninth; a poem cited by book and verse (`Pan Tadeusz, Księga I, w. l.`)
#    likewise has no locator; `stelling 1` (a thesis proposition) gives none.
#  - Dutch notes giving author and title only are `book`s (the tenth's rule for full names); `o.c.` gives a short form by
#    author; `in idem` makes the chapter's author its `container-author`; `Spaanse ed.` gives `edition` "Spaanse"; a
#    title followed by a number (`… Tweede Wereldoorlog 14`, `Der Kaiser in Holland I`) gives `volume`.
#  - A statistical office as author (`CBS`) is a `literal` author of a `report` (the tenth's government rule), its series
#    `collection-title` and `no. 6` `collection-number`; a one-name author (`Armando`) is `literal`.
#  - A German magazine's `6/2005` gives `issue` "6"; a weekly named by date only (`Vrij Nederland 19 mei 1990`) is an
#    `article-magazine` without title.
#  - Polish names in the genitive are given in the nominative (`Petera Brocka` -> Peter Brock; `Lorda Actona` -> Acton,
#    `Lord` dropped as an honorific); `wyd.` and `opr.` before names give `editor`; an essay's own year in parentheses
#    (`O narodowości (1862)`) is its `original-date`; a year lost to OCR (`Warszawa 8`) gives no `issued`.
#  - Russian: `Введение к книге “…”. Изд. Посев, 1956.` is a `chapter` titled `Введение` by the writer named in the
#    prose (the tenth's introduction rule), `Изд.` not part of the publisher; `(далее КПСС)` and `в 6-ти тт.` are not
#    kept; a title's closing `…` is dropped (eleventh); `См. гл. 12—13` gives label `chapter`; `Р. 106` is a page.
#  - A titled work named in prose with its author (`Buber-Neumann survived to write ‘Between Two Dictators …’`) is a
#    short form; works described but not titled (`le aggiunte alla storia d'Ammirato`, `a biography of her friend
#    Milena`, `the chapters … in the Cambridge World History of Slavery series`) and writers without a work (`L'Hartwig`)
#    are not listed, as before; `P. Ildefonso` drops the honorific.
# Sixteen notes cite no work (prose, `Ibid.`, `Ibid, p. 115.`, `Там же`, archival references, a translator's
# note). By the hash rule 98 would be dev and 37 test.
# Doubtful: `1990 [2015]` (Pallaruelo) may mean the reverse; `Vrij Nederland` could be typed a newspaper; `CBS` could be
# a `book`; `J. H. Sutherland Edwards` was split as given `J. H. Sutherland`, family `Edwards`; Villani and Raynaldi
# short forms carry no title; Acton's essay keeps the Polish title the note gives; Kieniewicz's paper in a congress's
# `Pamiętnik … Referaty` was typed `chapter`, not `paper-conference`; `Zuruck in die Zukunft` is the interview's title
# as printed; the Dutch titles may include articles cited without their journal.
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


KCW1 = "https://bookreadfree.com/94666/2350272"
KCW2 = "https://bookreadfree.com/94666/2350267"
TER = "https://you-books.com/bookepub/D-A-Lorenz/La-Batalla-De-Teruel/notasintro.xhtml"
FAS = "http://globalauthorid.com/WebPortal/ArticleView?wd=CB4C915F9FFC57996AC0137CF0EBF325B144D01417030854"
FUR = "https://kniga-online.net/page-102-11108-grover-ferr-antistalinskaya-podlost.html"
POL = "https://booksonline.com.ua/view.php?book=123904&page=138"
TIE = "https://theallfreenovel.com/68588/36/inglorious_empire"
VFI = "https://bitlit.ru/page/it/pasquale-villari/i-primi-due-secoli-della-storia-di-firenze-v-1/81"
GRV = "https://www.youbooks.top/bookepub/C-V-Heijden/Grijs-verleden/noten.xhtml"
SLR = "https://homsy-staging.cambridgecore.org/core/journals/anglo-saxon-england/article/slave-resistance-in-early-medieval-england/370B50FE14C7EAAEAE47FD3B541291FC"
BWA = "https://erenow.org/modern/theberlinwallaugust131961/21.php"
BIG = "https://fb2.top/bo-e-igrzysko-tom-ii-752008/read/part-notes"
ALG = "https://www.yumpu.com/fr/document/view/67088638/lalgerie-catholique-xixe-xxe-siecles-oissila-saaidia/89"

TALB = [P("Strobe", "Talbott")]
FREM = [P("J.", "Frémeaux")]
AGER = [P("Ch.-R.", "Ageron")]

FOURTEENTH = [
# --- English: endnotes of a book on Khrushchev's Cold War (bookreadfree.com, two pages of the same book; Chicago,
#     `op. cit.` after an editor `Talbott, ed., op. cit.`, newspapers by date, archival notes with no work)
(KCW1, "44. Strobe Talbott, ed., Khrushchev Remembers: The Last Testament (Boston: Little, Brown, 1974), p. 372.",
 [C(book("Khrushchev Remembers: The Last Testament", editor=TALB, publisher="Little, Brown", place="Boston", year=1974), "372")]),
(KCW1, "45. Ibid.",
 []),
(KCW1, "46. The remarkable story of the Khrushchev family and their rickety Air Force One is told in Sergei Khrushchev, Nikita Khrushchev and the Creation of a Superpower (University Park: Pennsylvania State University Press, 2000), pp. 328–30.",
 [C(book("Nikita Khrushchev and the Creation of a Superpower", [P("Sergei", "Khrushchev")], publisher="Pennsylvania State University Press", place="University Park", year=2000), "328–30")]),
(KCW1, "47. Cited in Hitchcock, The Struggle for Europe: The Turbulent History of a Divided Continent, 1995–2002 (New York: Doubleday, 2003), p. 200.",
 [C(book("The Struggle for Europe: The Turbulent History of a Divided Continent, 1995–2002", [F("Hitchcock")], publisher="Doubleday", place="New York", year=2003), "200")]),
(KCW1, "48. Sergei Khrushchev, op. cit., p. 324.",
 [C(short([P("Sergei", "Khrushchev")]), "324")]),
(KCW1, "49. Memoir of a member of this security detail, Nixon Library and Birthplace, Yorba Linda, California. The authors are grateful to Irwin Gellman for pointing this document out to them.",
 []),
(KCW1, "50. Talbott, ed., op. cit., p. 376.",
 [C(sh(None, None, editor=[F("Talbott")]), "376")]),
(KCW1, "51. Mrs. Llewellyn D. Thompson, [memorandum], RG 59, Office of Soviet Union Affairs, Subject Files 1957–1963, Box 4, NARA II.",
 []),
(KCW1, "52. “Khrushchev Pays Lincoln Homage,” New York Times, September 17, 1959.",
 [C(paper("Khrushchev Pays Lincoln Homage", None, "New York Times", Y(1959, 9, 17)))]),
(KCW1, "53. Memcon, September 15, 1959, POF “USSR-Vienna Meeting, Background Documents, 1953–1961 (c), Reading Material,” Box 126, JFK Library.",
 []),
(KCW1, "54. Henry Cabot Lodge, “Train Trip from Los Angeles to San Francisco,” September 21, 1959, RG 59, Office of Soviet Union Affairs, Subject Files 1957–1963, Box 4, NARA-II. Khrushchev had similar recollections of his reaction to Victor Carter. See Talbott, ed., op. cit., p. 385.",
 [C(sh(None, None, editor=[F("Talbott")]), "385")]),
(KCW1, "55. Hollywood Greets Premier in Star-Studded Welcome,” Los Angeles Times, September 20, 1959.",
 [C(paper("Hollywood Greets Premier in Star-Studded Welcome", None, "Los Angeles Times", Y(1959, 9, 20)))]),
(KCW1, "56. The Café de Paris had been swept with a Geiger counter the day before. The L.A. policeman undertaking the investigation explained, “We’re just checking for ‘hot spots.’ It’s not that we fear an explosion but we’re just taking precautions against the secretion of any radioactive poison that might be designed to harm Khrushchev in his food or drink.” “Film Studio Checked for Any Radiation,” Los Angeles Times, September 20, 1959.",
 [C(paper("Film Studio Checked for Any Radiation", None, "Los Angeles Times", Y(1959, 9, 20)))]),
(KCW2, "5. Charles Williams, Adenauer: The Father of the New Germany (New York: Wiley, 2000), pp. 23–24. Williams notes that the first mention of this story came in Adenauer’s authorized biography, written by Paul Weymar and published in 1955.",
 [C(book("Adenauer: The Father of the New Germany", [P("Charles", "Williams")], publisher="Wiley", place="New York", year=2000), "23–24")]),
(KCW2, "6. James Critchfield, Partners at the Creation (Annapolis, Md.: Naval Institute Press, 2003), pp. 131–50.",
 [C(book("Partners at the Creation", [P("James", "Critchfield")], publisher="Naval Institute Press", place="Annapolis, Md.", year=2003), "131–50")]),
(KCW2, "7. The SPD chief, Erich Ollenhauer, was not a neutralist, but he opposed the possession of nuclear weapons by NATO troops in Germany and advocated a more concerted effort at negotiating with Moscow. To blunt SPD attacks on West German foreign policy, Adenauer made sure to emphasize his government’s support for the ongoing general disarmament talks at the United Nations.",
 []),
(KCW2, "8. Memcon, May 1, 1957, U.S. Delegation to the Ministerial Meeting of the North Atlantic Council, Conference Files 1949–1963, Entry 3051B, CF 878, RG 59, NARA II. The authors are grateful to Laura Moranchek for finding this document.",
 []),
(KCW2, "10. Hans-Peter Schwarz, Adenauer: Der Staatsmann: 1952–1967 (Stuttgart: Deutsche Verlages-Anstult, 1991). Schwarz, Adenauer’s authorized biographer, describes this as the zenith of Adenauer’s power.",
 [C(book("Adenauer: Der Staatsmann: 1952–1967", [P("Hans-Peter", "Schwarz")], publisher="Deutsche Verlages-Anstult", place="Stuttgart", year=1991))]),
(KCW2, "12. This was the general view of the Kremlin and the Soviet Ministry of Foreign Affairs. See “Results of Mikoyan’s Visit to Bonn,” May 1958, and “An Account of Soviet-FRG Relations,” August 1958, MFA.",
 []),
# --- French: notes of a book on Catholic Algeria (yumpu.com page of a PDF; surnames in capitals, `9 e éd. 1990, 1 re
#     éd. 1964`, `p. 10-15 ; 18-30`, `dans`, `op. cit.`, `L’Afrique à l’ombre des épées…` with the ellipsis, `traduit de
#     l’anglais par`, empty lines from the PDF text kept inside notes)
(ALG, "1. S. AOULI, R. REDJALA, P. ZOUMMEROFF, Abd-el-Kader, Paris, Fayard, 1994.",
 [C(book("Abd-el-Kader", [P("S.", "Aouli"), P("R.", "Redjala"), P("P.", "Zoummeroff")], publisher="Fayard", place="Paris", year=1994))]),
(ALG, "2. J. FRÉMEAUX, Les bureaux arabes dans l’Algérie de la conquête, Paris, Denoël, 1993.",
 [C(book("Les bureaux arabes dans l’Algérie de la conquête", FREM, publisher="Denoël", place="Paris", year=1993))]),
(ALG, "3. J. FRÉMEAUX, L’Afrique à l’ombre des épées. Des établissements côtiers aux confins\n\nsahariens, 1830-1930,\n\n(vol. 1), Paris, Service historique de l’armée de terre, 1993, p. 10-15 ; 18-30.",
 [C(book("L’Afrique à l’ombre des épées. Des établissements côtiers aux confins sahariens, 1830-1930", FREM, publisher="Service historique de l’armée de terre", place="Paris", year=1993, volume="1"), "10–15 ; 18–30")]),
(ALG, "4. CH.-R. AGERON, Histoire de l’Algérie contemporaine, Paris, PUF, 9 e éd. 1990, 1 re éd. 1964,\n\np. 22 ; B. DURAND, « Originalité et exemplarité de la justice en Algérie (de la conquête à la\n\nSeconde Guerre mondiale) », dans La justice en Algérie, 1830-1962, Paris, La documentation\n\nfrançaise, 2005, p. 45-74, p. 47 sq.",
 [C(book("Histoire de l’Algérie contemporaine", [P("Ch.-R.", "Ageron")], publisher="PUF", place="Paris", year=1990, edition="9", **{"original-date": Y(1964)}), "22"),
  C(chap("Originalité et exemplarité de la justice en Algérie (de la conquête à la Seconde Guerre mondiale)", [P("B.", "Durand")], "La justice en Algérie, 1830-1962", publisher="La documentation française", place="Paris", year=2005, page="45–74"), "47 sq.")]),
(ALG, "5. Se reporter à J. FRÉMEAUX, L’Afrique à l’ombre des épées…, op. cit., vol. 1, p. 34-46.",
 [C(sh(FREM, "L’Afrique à l’ombre des épées", volume="1"), "34–46")]),
(ALG, "6. Ch.-R. AGERON, Histoire de l’Algérie contemporaine, t. II, De l’insurrection de 1971 au\n\ndéclenchement de la guerre de libération (1954), Paris, PUF, p. 45-48.",
 [C(book("Histoire de l’Algérie contemporaine", AGER, publisher="PUF", place="Paris", volume="II", **{"volume-title": "De l’insurrection de 1971 au déclenchement de la guerre de libération (1954)"}), "45–48")]),
(ALG, "7. Ibid., p. 47.",
 []),
(ALG, "8. Ch.-R. AGERON, Histoire de l’Algérie contemporaine, op. cit., p. 46.",
 [C(short(AGER, "Histoire de l’Algérie contemporaine"), "46")]),
(ALG, "9. J. FRÉMEAUX, L’Afrique à l’ombre des épées. Officiers administrateurs et troupes coloniales,\n\n1830-1930, vol. 2, Paris, Service historique de l’armée de terre, 1995.",
 [C(book("L’Afrique à l’ombre des épées. Officiers administrateurs et troupes coloniales, 1830-1930", FREM, publisher="Service historique de l’armée de terre", place="Paris", year=1995, volume="2"))]),
(ALG, "10. P. M. E. LORCIN, Kabyles, Arabes, Français : identités coloniales, Limoges, Presse\n\nuniversitaire de Limoges, 2005, traduit de l’anglais par L. Thommeret.",
 [C(book("Kabyles, Arabes, Français : identités coloniales", [P("P. M. E.", "Lorcin")], publisher="Presse universitaire de Limoges", place="Limoges", year=2005, translator=[P("L.", "Thommeret")]))]),
(ALG, "11. Les analyses de Lorcin sont à nuancer car elle a, pour l’essentiel, travaillé sur des sources\n\nimprimées et les archives présentent une vision bien plus complexe. Dans le chapitre III, la\n\nconstruction du mythe est présentée ainsi que d’autres discours sur les populations kabyles.",
 []),
# --- Spanish: notes of the introduction of a book on the battle of Teruel (you-books.com epub; `[1] … <<`, publisher
#     before place, `1990 [2015]` and `1976 [1962]`, `en` before the author's own book, journals `Ayer, 76 (2009)`)
(TER, "[1] Severino Pallaruelo, «Papeles de la guerra», en Pirineos, tristes montes, Zaragoza, Xordica, 1990 [2015], p. 129. <<",
 [C(chap("Papeles de la guerra", [P("Severino", "Pallaruelo")], "Pirineos, tristes montes", publisher="Xordica", place="Zaragoza", year=2015, **{"container-author": [P("Severino", "Pallaruelo")], "original-date": Y(1990)}), "129")]),
(TER, "[2] Se siguen las cifras aportadas por Hugh Thomas, La guerra civil española, Ruedo Ibérico, París, 1976 [1962] y José Manuel Martínez Bande, La batalla de Teruel, Editorial San Martín, Madrid, 1990. <<",
 [C(book("La guerra civil española", [P("Hugh", "Thomas")], publisher="Ruedo Ibérico", place="París", year=1976, **{"original-date": Y(1962)})),
  C(book("La batalla de Teruel", [P("José Manuel", "Martínez Bande")], publisher="Editorial San Martín", place="Madrid", year=1990))]),
(TER, "[3] Algo que fue subrayado de forma muy conveniente por Fernando Puell de la Villa, «Nuevos enfoques y aportaciones al estudio militar de la Guerra Civil», Studia historica. Historia contemporánea, 32 (2014), pp. 95-110. <<",
 [C(art("Nuevos enfoques y aportaciones al estudio militar de la Guerra Civil", [P("Fernando", "Puell de la Villa")], "Studia historica. Historia contemporánea", "32", None, 2014, "95–110"))]),
(TER, "[4] Una cuestión en la que hizo hincapié en su día de forma muy acertada Javier Rodrigo, «Presentación. Retaguardia: un espacio de transformación», Ayer, 76 (2009), pp. 13-36, donde plantea una propuesta interpretativa de la guerra que sigue siendo plenamente válida como punto de partida. <<",
 [C(art("Presentación. Retaguardia: un espacio de transformación", [P("Javier", "Rodrigo")], "Ayer", "76", None, 2009, "13–36"))]),
(TER, "[5] Las dos principales referencias en los debates de los últimos años son Ismael Saz, España contra España. Los nacionalismos franquistas, Marcial Pons, Madrid, 2003 y la más reciente de Ferran Gallego, El evangelio fascista. La formación de la cultura política del franquismo (1930-1950), Crítica, Barcelona, 2014. <<",
 [C(book("España contra España. Los nacionalismos franquistas", [P("Ismael", "Saz")], publisher="Marcial Pons", place="Madrid", year=2003)),
  C(book("El evangelio fascista. La formación de la cultura política del franquismo (1930-1950)", [P("Ferran", "Gallego")], publisher="Crítica", place="Barcelona", year=2014))]),
(TER, "[6] Son cuestiones que actualmente ya han recibido la atención de diversas investigaciones desde diferentes ópticas. Véase James Matthews, Soldados a la fuerza. Reclutamiento obligatorio durante la guerra civil, 1936-1939, Alianza, Madrid, 2012 y Francisco J. Leira Castiñeira, La consolidación social del franquismo. La influencia de la guerra en los «soldados de Franco», Universidade de Santiago de Compostela, Santiago de Compostela, 2013. Para el encuadramiento de los excombatientes en la posguerra y la socialización de los valores asociados al régimen franquista véase Ángel Alcalde, Los excombatientes franquistas. La cultura de guerra del fascismo español y la Delegación Nacional de Excombatientes (1936-1965), PUZ, Zaragoza, 2014. <<",
 [C(book("Soldados a la fuerza. Reclutamiento obligatorio durante la guerra civil, 1936-1939", [P("James", "Matthews")], publisher="Alianza", place="Madrid", year=2012)),
  C(book("La consolidación social del franquismo. La influencia de la guerra en los «soldados de Franco»", [P("Francisco J.", "Leira Castiñeira")], publisher="Universidade de Santiago de Compostela", place="Santiago de Compostela", year=2013)),
  C(book("Los excombatientes franquistas. La cultura de guerra del fascismo español y la Delegación Nacional de Excombatientes (1936-1965)", [P("Ángel", "Alcalde")], publisher="PUZ", place="Zaragoza", year=2014))]),
# --- English: notes of a chapter on Italian Fascism (globalauthorid.com, another article than those used before; Italian
#     titles in English Chicago notes, `II Popolo di Trieste` for Il, a newspaper article then its reprint in a book,
#     `chapter 5, ‘Fascism — Left, Right and Centre’`)
(FAS, "1. From an article by Francesco Giunta, leader of the squadristi in Trieste, originally published in II Popolo di Trieste, 4 March 1921 and later in F. Giunta, Essenza dello squadrismo (Rome: Libreria del littorio, 1931), pp. 53–5.",
 [C(paper(None, [P("Francesco", "Giunta")], "II Popolo di Trieste", Y(1921, 3, 4))),
  C(book("Essenza dello squadrismo", [P("F.", "Giunta")], publisher="Libreria del littorio", place="Rome", year=1931), "53–5")]),
(FAS, "2. Cited in Mimmo Franzinelli, Squadristi. Protagonisti e tecniche della violenza fascista 1919–1922 (Milan: Mondadori, 2003), p. 51.",
 [C(book("Squadristi. Protagonisti e tecniche della violenza fascista 1919–1922", [P("Mimmo", "Franzinelli")], publisher="Mondadori", place="Milan", year=2003), "51")]),
(FAS, "3. Alceste De Ambris, ‘Il Fascismo al bivio’ in La riscossa dei legionari fiumani, 12 September 1922. See Renzo De Felice, Sindacalismo rivoluzionario e fiumanesimo nel carteggio De Ambris-d’Annunzio (Brescia: Morcelliana, 1966), pp. 331–42, for a full transcription.",
 [C(paper("Il Fascismo al bivio", [P("Alceste", "De Ambris")], "La riscossa dei legionari fiumani", Y(1922, 9, 12))),
  C(book("Sindacalismo rivoluzionario e fiumanesimo nel carteggio De Ambris-d’Annunzio", [P("Renzo", "De Felice")], publisher="Morcelliana", place="Brescia", year=1966), "331–42")]),
(FAS, "4. Seymour Martin Lipset, Political Man (Garden City, New York: Doubleday, 1963), chapter 5, ‘Fascism — Left, Right and Centre’.",
 [C(book("Political Man", [P("Seymour Martin", "Lipset")], publisher="Doubleday", place="Garden City, New York", year=1963), "5", "chapter")]),
(FAS, "5. Nicola Tranfaglia, La stampa del regime 1932–1943. Le veline del Minculpop per orientare l’informazione (Milan: Bompiani, 2005), pp. 8–10.",
 [C(book("La stampa del regime 1932–1943. Le veline del Minculpop per orientare l’informazione", [P("Nicola", "Tranfaglia")], publisher="Bompiani", place="Milan", year=2005), "8–10")]),
# --- Russian: notes of the Russian edition of Furr's book on Khrushchev's secret speech (kniga-online.net; number on
#     its own line, English books in Russian punctuation `— NY: Sharpe, 1995.`, `Р. 106` with a Cyrillic Р, short forms
#     by surname in two scripts `Khlevniuk. P. 105 ; Хлевнюк. С. 77.`, `См. гл. 12—13`, `/ Сост.`, `// Известия ЦК КПСС`)
(FUR, "215\nО культе личности… // Известия ЦК КПСС. 1989. № 3. С. 157.",
 [C(art("О культе личности", None, "Известия ЦК КПСС", None, "3", 1989), "157")]),
(FUR, "216\nOleg Khlevniuk. In Stalin's Shadow: the Career of 'Sergo' Ordzhonikidze. — NY: Sharpe, 1995.",
 [C(book("In Stalin's Shadow: the Career of 'Sergo' Ordzhonikidze", [P("Oleg", "Khlevniuk")], publisher="Sharpe", place="NY", year=1995))]),
(FUR, "217\nKhlevniuk. См. гл. 12—13 ; О. В. Хлевнюк. Сталин и Орджоникидзе. Конфликты в Политбюро в 1930-е годы. — М.: Россия молодая, 1993. С. 115.",
 [C(short([F("Khlevniuk")]), "12–13", "chapter"),
  C(book("Сталин и Орджоникидзе. Конфликты в Политбюро в 1930-е годы", [P("О. В.", "Хлевнюк")], publisher="Россия молодая", place="М.", year=1993), "115")]),
(FUR, "218\nKhlevniuk. Р. 106.",
 [C(short([F("Khlevniuk")]), "106")]),
(FUR, "219\nKhlevniuk. P. 105 ; Хлевнюк. С. 77.",
 [C(short([F("Khlevniuk")]), "105"),
  C(short([F("Хлевнюк")]), "77")]),
(FUR, "220\nKhlevniuk. P. 105 ; Хлевнюк. С. 80.",
 [C(short([F("Khlevniuk")]), "105"),
  C(short([F("Хлевнюк")]), "80")]),
(FUR, "221\nKhlevniuk. P. 147 ; Хлевнюк. С. 116—129.",
 [C(short([F("Khlevniuk")]), "147"),
  C(short([F("Хлевнюк")]), "116–129")]),
(FUR, "222\nJ. Arch Getty, The Politics of Repression Revisited. P. 131, n. 64; p. 140. In: Ward, Chris, ed. The Stalinist Dictatorship. London; New York: Arnold, 1998. Гетти ссылается на документ из РЦИХИДНИ (ныне РГАСПИ): Ф. 558. Оп. 1. Д. 3350. Л. 1—16.",
 [C(chap("The Politics of Repression Revisited", [P("J. Arch", "Getty")], "The Stalinist Dictatorship", editor=[P("Chris", "Ward")], publisher="Arnold", place="London; New York", year=1998), "131; 140")]),
(FUR, "223\nО культе личности и его последствиях. Доклад Первого секретаря ЦК КПСС тов. Хрущева Н. С. XX съезду Коммунистической партии Советского Союза // Известия ЦК КПСС. 1989. № 3. С. 157—158.",
 [C(art("О культе личности и его последствиях. Доклад Первого секретаря ЦК КПСС тов. Хрущева Н. С. XX съезду Коммунистической партии Советского Союза", None, "Известия ЦК КПСС", None, "3", 1989, "157–158"))]),
(FUR, "224\nЛ. В. Максименков. Культ. Заметки о словах-символах в советской политической культуре // Свободная мысль. 1993. № 10.",
 [C(art("Культ. Заметки о словах-символах в советской политической культуре", [P("Л. В.", "Максименков")], "Свободная мысль", None, "10", 1993))]),
(FUR, "225\nСлово товарищу Сталину / Сост. Р. И. Косолапов. — М.: ЭКСМО, 2002. С. 451—476.",
 [C(book("Слово товарищу Сталину", editor=[P("Р. И.", "Косолапов")], publisher="ЭКСМО", place="М.", year=2002), "451–476")]),
(FUR, "226\nО культе личности … // Известия ЦК КПСС. 1989. № 3. С. 158—159.",
 [C(art("О культе личности", None, "Известия ЦК КПСС", None, "3", 1989, "158–159"))]),
(FUR, "227\nИнститут Маркса — Энгельса — Ленина при ЦК ВКП(б).",
 []),
(FUR, "228\nЛ. Максименков. Культ. Заметки …",
 [C(short([P("Л.", "Максименков")], "Культ. Заметки"))]),
# --- Russian: notes of a history of the Politburo (booksonline.com.ua, another book than those used before; the
#     reader's running number on its own line before the chapter's note number, `Т. 3. Кн. 2.`, lost dashes `С. 53 54`,
#     `Т. 1 2`, `(далее КПСС)`, `Там же`, short forms with `…`, an introduction to a book named in prose)
(POL, "106 Несколько иначе эту мысль выразил Р. Н. Редлих: “Отказ от предположения, что деятельность Сталина имела своей конечной целью усовершенствование и счастье людей, есть… непременное методологическое требование объективной оценки сталинского периода русской истории”. – Введение к книге “Очерки большевизмоведения”. Изд. Посев, 1956.",
 [C(chap("Введение", [P("Р. Н.", "Редлих")], "Очерки большевизмоведения", publisher="Посев", year=1956))]),
(POL, "107\n1 Ленин В.И. Полн. собр. соч. Т. 36. С. 172.",
 [C(book("Полн. собр. соч.", [P("В.И.", "Ленин")], volume="36"), "172")]),
(POL, "108\n2 Там же.",
 []),
(POL, "109\n3 Съезды Советов в документах. М., 1959. Т. 1. С. 75.",
 [C(book("Съезды Советов в документах", place="М.", year=1959, volume="1"), "75")]),
(POL, "110\n4 Карр Э. Большевистская революция. 1917-1923. М., 1990. Т. 1 2. С. 131.",
 [C(book("Большевистская революция. 1917-1923", [P("Э.", "Карр")], place="М.", year=1990, volume="1 2"), "131")]),
(POL, "111\n5 История Коммунистической партии Советского Союза (далее КПСС) в 6-ти тт. Т. 3. Кн. 2. М., 1968. С. 53 54.",
 [C(book("История Коммунистической партии Советского Союза", place="М.", year=1968, volume="3", **{"part-number": "2"}), "53 54")]),
(POL, "112\n6 Переписка Секретариата ЦК РСДРП(б) РКП(б) с местными партийными организациями. М., 1967. Т. 3 (март-июль 1918 г.). С. 81 82.",
 [C(book("Переписка Секретариата ЦК РСДРП(б) РКП(б) с местными партийными организациями", place="М.", year=1967, volume="3"), "81 82")]),
(POL, "113\n7 История КПСС. Т. 3. Кн. 2. С. 66.",
 [C(sh(None, "История КПСС", volume="3", **{"part-number": "2"}), "66")]),
(POL, "114\n8 Переписка Секретариата ЦК… Т. 3. С. 73.",
 [C(sh(None, "Переписка Секретариата ЦК", volume="3"), "73")]),
(POL, "115\n9 История КПСС. Т. 3. Кн. 2. С. 59, 119.",
 [C(sh(None, "История КПСС", volume="3", **{"part-number": "2"}), "59, 119")]),
(POL, "116\n10 Карр Э. Большевистская революция… С. 163.",
 [C(short([P("Э.", "Карр")], "Большевистская революция"), "163")]),
(POL, "117\n11 Восьмой съезд РКП(б). Протоколы. М., 1959. С. 164.",
 [C(book("Восьмой съезд РКП(б). Протоколы", place="М.", year=1959), "164")]),
# --- English: keyword-led endnotes of a book on the British Empire in India (theallfreenovel.com, another book than the
#     one used before; `Place: Publisher, Year` without parentheses, `(ed.)`, `Zastoupil and Moir, (1999), p. 140–141.`,
#     a volume `I` before the place, `Ibid, p. 115.`, a newspaper article, short forms by title only)
(TIE, "‘The fact that the Hindoo law is to be learned chiefly’: Macaulay’s Minute on Education, 2 Feb 1835, is published in Henry Sharp, Selections from the Educational Records, Bureau of Education, India, I, Calcutta, 1920.",
 [C(book("Selections from the Educational Records", [P("Henry", "Sharp")], publisher="Bureau of Education, India", place="Calcutta", year=1920, volume="I"))]),
(TIE, "‘most fully admitted that the great body of the people’: Quoted in Zastoupil and Moir, (1999), p. 140–141.",
 [C(sh([F("Zastoupil"), F("Moir")], issued=Y(1999)), "140–141")]),
(TIE, "It is difficult to argue…that such education acquired as much reach: From Margrit Pernau (ed.), Delhi College: Traditional Elites, the Colonial State and Education before 1857, New Delhi: Oxford University Press, 2006.",
 [C(book("Delhi College: Traditional Elites, the Colonial State and Education before 1857", editor=[P("Margrit", "Pernau")], publisher="Oxford University Press", place="New Delhi", year=2006))]),
(TIE, "‘become a sort of hybrid’: Fielding-Hall, Passing of the Empire, p. 298.",
 [C(short([F("Fielding-Hall")], "Passing of the Empire"), "298")]),
(TIE, "All Indian aspirations and development of strong character: British Rule Condemned, p 9.",
 [C(short(None, "British Rule Condemned"), "9")]),
(TIE, "European subordination of Asia was not merely economic: Pankaj Mishra, From the Ruins of Empire: The Revolt Against the West and the Remaking of Asia, London: Allen Lane, 2012.",
 [C(book("From the Ruins of Empire: The Revolt Against the West and the Remaking of Asia", [P("Pankaj", "Mishra")], publisher="Allen Lane", place="London", year=2012))]),
(TIE, "To the memory of the British Empire in India: Nirad C. Chaudhuri, Autobiography of an Unknown Indian, London: Macmillan, 1951.",
 [C(book("Autobiography of an Unknown Indian", [P("Nirad C.", "Chaudhuri")], publisher="Macmillan", place="London", year=1951))]),
(TIE, "made Chaudhuri a poster child for scholarly studies of how Empire creates: Ian Almond, The Thought of Nirad C. Chaudhuri: Islam, Empire and Loss, Cambridge: Cambridge University Press, 2015.",
 [C(book("The Thought of Nirad C. Chaudhuri: Islam, Empire and Loss", [P("Ian", "Almond")], publisher="Cambridge University Press", place="Cambridge", year=2015))]),
(TIE, "‘these two processes of self-othering’: Ibid, p. 115.",
 []),
(TIE, "moved to Oxford, there to live out his centenarian life: Ibid, p. 120.",
 []),
(TIE, "seeing even in Clive’s rapacity…the ‘counterbalancing grandeur’ of the grand imperialist: Chaudhuri, Autobiography, p. 3; Chaudhuri, Clive of India, p. 11.",
 [C(short([F("Chaudhuri")], "Autobiography"), "3"),
  C(short([F("Chaudhuri")], "Clive of India"), "11")]),
(TIE, "‘Nirad Chaudhuri is a fiction created by the Indian writer: David Lelyveld, ‘The Notorious Unknown Indian’, New York Times, 13 November, 1988.",
 [C(paper("The Notorious Unknown Indian", [P("David", "Lelyveld")], "New York Times", Y(1988, 11, 13)))]),
(TIE, "‘all the squalid history of Indo-British personal relations’: Chaudhuri, Autobiography, p. 15.",
 [C(short([F("Chaudhuri")], "Autobiography"), "15")]),
(TIE, "‘mythological histories…where fable stands in the face of facts’: Javed Majeed, Ungoverned Imaginings: James Mill’s The History of British India and Orientalism, Clarendon Press, 1992.",
 [C(book("Ungoverned Imaginings: James Mill’s The History of British India and Orientalism", [P("Javed", "Majeed")], publisher="Clarendon Press", year=1992))]),
# --- Italian: notes of Villari's history of early Florence (bitlit.ru, another book than the one used before; a
#     chronicle cited by book and chapter `Villani, VII, 54.`, `Ann. 1278`, `Vol. II, cap. VII`, `pag. 63 e seg.`, an
#     article named in parentheses after its author `il Bonaini (Della Parte guelfa in Firenze), nel Giornale …`, an
#     edition `pubblicazione fatta da A. Gherardi: Firenze, Sansoni.`, `(ediz. fiorentina del 1846)`, `pag. 275 ecc.`)
(VFI, "[307]. Villani, VII, 54.",
 [C(short([F("Villani")]))]),
(VFI, "[308]. Raynaldi, Ann. 1278; Sismondi, Vol. II, cap. VII.",
 [C(short([F("Raynaldi")], "Ann.")),
  C(sh([F("Sismondi")], volume="II"), "VII", "chapter")]),
(VFI, "[309]. Villani, VII, 56.",
 [C(short([F("Villani")]))]),
(VFI, "[310]. Ammirato, Vol. I, p. 274.",
 [C(sh([F("Ammirato")], volume="I"), "274")]),
(VFI, "[311]. Il primo che di questa pace dette un minuto ed esatto ragguaglio, cavato dai documenti, fu l'Ammirato il giovane, nelle sue aggiunte alla storia d'Ammirato il vecchio. (Anni 1279 e 1280). Parecchi documenti si trovano nelle Delizie degli Eruditi toscani del P. Ildefonso, Vol. IX, pag. 63 e seg. Un ragguaglio ancora piú ampio ne dette il Bonaini (Della Parte guelfa in Firenze), nel Giornale Storico degli Archivi toscani, Vol. III, pag. 167 e seg. V. anche Le Consulte della Repubblica Fiorentina, nuova e importantissima pubblicazione fatta da A. Gherardi: Firenze, Sansoni. — L'atto originale della Pace (mutilo) si conserva nell'Archivio di Stato di Firenze.",
 [C(sh([F("Ildefonso")], "Delizie degli Eruditi toscani", volume="IX"), "63 e seg."),
  C(art("Della Parte guelfa in Firenze", [F("Bonaini")], "Giornale Storico degli Archivi toscani", "III"), "167 e seg."),
  C(book("Le Consulte della Repubblica Fiorentina", editor=[P("A.", "Gherardi")], publisher="Sansoni", place="Firenze"))]),
(VFI, "[312]. Consulte, I, 28.",
 [C(sh(None, "Consulte", volume="I"), "28")]),
(VFI, "[314]. Villani, VII, 56; Ammirato, (ediz. fiorentina del 1846) lib. III, pag. 275 ecc.",
 [C(short([F("Villani")])),
  C(sh([F("Ammirato")], issued=Y(1846)), "275 ecc.")]),
(VFI, "[315]. Tutto ciò era stato accennato dagli antichi cronisti, ma venne poi esposto minutamente, con la scorta dei documenti, dall'Ammirato il giovane, nelle sue aggiunte alle Storie d'Ammirato il vecchio.",
 []),
(VFI, "[316]. L'Hartwig, che fu primo ad osservarlo, notò ancora che l'ufficio del Defensor è nominato la prima volta nelle Consulte, il nov. del 1282, e che il primo Difensore, di cui si dia in esse il nome, è Bernardino della Porta. Consulte pag. 116, 132, 133, 140, dal 6 nov. 1282 al 6 febbr. 1283.",
 [C(short(None, "Consulte"), "116, 132, 133, 140")]),
# --- Dutch: notes of a book on the Netherlands in the Second World War (youbooks.top epub; author and title without
#     imprint, the book having a bibliography; two spaces after the number and a leading space before one-digit numbers
#     in the second list, both kept; `o.c.`, `in idem`, `Spaanse ed.`, a volume after the title `… Tweede Wereldoorlog
#     14`, `stelling 1`, a corporate author `CBS`; the section headings `Leidraden`, `Bij voorbaat` were not copied and a
#     note whose start the index lost (` 3Holland in den Jahren …`) was not taken)
(GRV, "1.  Benedetto Croce, Teoria e Storia della Storiografia, p. 119.",
 [C(book("Teoria e Storia della Storiografia", [P("Benedetto", "Croce")]), "119")]),
(GRV, "2.  Hannah Arendt, The Origins of Totalitarianism, p. ix.",
 [C(book("The Origins of Totalitarianism", [P("Hannah", "Arendt")]), "ix")]),
(GRV, "3.  J.H. Penning, Op dood spoor. Een burger in oorlogstijd, p. 68.",
 [C(book("Op dood spoor. Een burger in oorlogstijd", [P("J.H.", "Penning")]), "68")]),
(GRV, "4.  Renate Rubinstein in Vrij Nederland 19 mei 1990.",
 [C(mag(None, [P("Renate", "Rubinstein")], "Vrij Nederland", Y(1990, 5, 19)))]),
(GRV, "5.  Armando, Aantekeningen over de vijand, p. 165.",
 [C(book("Aantekeningen over de vijand", [L("Armando")]), "165")]),
(GRV, "6.  Jaap Hofman, De collaborateur. Een sociaal-psychologisch onderzoek naar misdadig gedrag in dienst van de Duitse bezetter, stelling 1.",
 [C(book("De collaborateur. Een sociaal-psychologisch onderzoek naar misdadig gedrag in dienst van de Duitse bezetter", [P("Jaap", "Hofman")]))]),
(GRV, "7.  Abel Herzberg, Amor fati, p. 29.",
 [C(book("Amor fati", [P("Abel", "Herzberg")]), "29")]),
(GRV, "8.  David Rieff, Slaughterhouse. Bosnia and the failure of the West, Spaanse ed., p. 48.",
 [C(book("Slaughterhouse. Bosnia and the failure of the West", [P("David", "Rieff")], edition="Spaanse"), "48")]),
(GRV, "1.  Mark Mazower, Dark Continent, p. 156. Zie ook Gerard Trienekens, Tussen ons volk en de honger, p. 406.",
 [C(book("Dark Continent", [P("Mark", "Mazower")]), "156"),
  C(book("Tussen ons volk en de honger", [P("Gerard", "Trienekens")]), "406")]),
(GRV, "2.  CBS, Monografieën van de Nederlandsche Conjunctuur, no. 6. Het internationale economisch leven, p. 52.",
 [C({"type": "report", "title": "Het internationale economisch leven", "author": [L("CBS")], "collection-title": "Monografieën van de Nederlandsche Conjunctuur", "collection-number": "6"}, "52")]),
(GRV, "3.  L. de Jong, Het Koninkrijk der Nederlanden in de Tweede Wereldoorlog 14, p. 930.",
 [C(book("Het Koninkrijk der Nederlanden in de Tweede Wereldoorlog", [P("L.", "de Jong")], volume="14"), "930")]),
(GRV, "4.  H.W. von der Dunk, ‘Negentienveertig’, in idem, Cultuur & geschiedenis.",
 [C(chap("Negentienveertig", [P("H.W.", "von der Dunk")], "Cultuur & geschiedenis", **{"container-author": [P("H.W.", "von der Dunk")]}))]),
(GRV, " 1.  Over keizer Wilhelm zie J.A. de Jonge, Wilhelm II.",
 [C(book("Wilhelm II", [P("J.A.", "de Jonge")]))]),
(GRV, " 2.  Sigurd von Ilsemann, Der Kaiser in Holland I, p. 43.",
 [C(book("Der Kaiser in Holland", [P("Sigurd", "von Ilsemann")], volume="I"), "43")]),
(GRV, " 4.  J.A. de Jonge, o.c., p. 120.",
 [C(short([P("J.A.", "de Jonge")]), "120")]),
(GRV, " 5.  P.J. Oud, Het jongste verleden I, p 102.",
 [C(book("Het jongste verleden", [P("P.J.", "Oud")], volume="I"), "102")]),
(GRV, " 6.  J.B. Bomans, Troelstra’s avontuur en de katholieken, p. 6.",
 [C(book("Troelstra’s avontuur en de katholieken", [P("J.B.", "Bomans")]), "6")]),
(GRV, " 7.  H.J. Scheffer, November 1918, p. 156.",
 [C(book("November 1918", [P("H.J.", "Scheffer")]), "156")]),
(GRV, " 8.  H.J. Scheffer o.c., p. 222.",
 [C(short([P("H.J.", "Scheffer")]), "222")]),
(GRV, " 9.  Geciteerd in Igor Cornelissen, De taaie rooie rakkers, p. 40.",
 [C(book("De taaie rooie rakkers", [P("Igor", "Cornelissen")]), "40")]),
(GRV, "10.  Isaac da Costa schreef deze woorden in 1844, Da Costa’s komplete dichtwerken 3, p. 105.",
 [C(book("Da Costa’s komplete dichtwerken", [P("Isaac", "da Costa")], volume="3"), "105")]),
# --- English: Cambridge Core references of an article on slave resistance in early medieval England (the staging host
#     used before, another article; inverted names, `(New York, 1943)CrossRefGoogle Scholar` glued, `cf.`)
(SLR, "1 Aptheker, H., American Negro Slave Revolts (New York, 1943)CrossRefGoogle Scholar; for example, cf. Phillips, U. B., American Negro Slavery (New York, 1918)Google Scholar.",
 [C(book("American Negro Slave Revolts", [P("H.", "Aptheker")], place="New York", year=1943)),
  C(book("American Negro Slavery", [P("U. B.", "Phillips")], place="New York", year=1918))]),
(SLR, "2 Stampp, K. M., The Peculiar Institution: Negro Slavery in the American South (London, 1956)Google Scholar; Genovese, E. D., Roll Jordan Roll: The World the Slaves Made (New York, 1972)Google Scholar.",
 [C(book("The Peculiar Institution: Negro Slavery in the American South", [P("K. M.", "Stampp")], place="London", year=1956)),
  C(book("Roll Jordan Roll: The World the Slaves Made", [P("E. D.", "Genovese")], place="New York", year=1972))]),
(SLR, "3 For example, the chapters dedicated to slave resistance in the Cambridge World History of Slavery series.",
 []),
# --- English: endnotes of a history of the Berlin Wall (erenow.org, another book than those used before; notes numbered
#     by chapter, the chapter headings `1 Marsh Town`, `2 Reds` not copied; author and title with no imprint and no comma
#     before the page `Faust’s Metropali: A History of Berlin p. 29.`, OCRed titles `Faust’s Metropali`, `Famt’s
#     Metropolis`, `pp. 116f.`, `pp. 64ff.`, a magazine by issue and date `Der Spiegel, 6/2005 8 April 2005`; two notes the
#     page ran into each other (`p. 117.nd Its Legacies …`, `Wilhelminism aley and …`) were not taken)
(BWA, "1 Entries in Clausewitz, Berlinischer Stadtbuch, cited in Alexandra Richie, Faust’s Metropali: A History of Berlin p. 29.",
 [C(short([F("Clausewitz")], "Berlinischer Stadtbuch")),
  C(book("Faust’s Metropali: A History of Berlin", [P("Alexandra", "Richie")]), "29")]),
(BWA, "2 Giles Macdonogh,Berlin pp. 116f.",
 [C(book("Berlin", [P("Giles", "Macdonogh")]), "116f.")]),
(BWA, "3 Richie, Faust’s Metropolis p. 66.",
 [C(short([F("Richie")], "Faust’s Metropolis"), "66")]),
(BWA, "4 Nancy Mitford, Frederik the Great p. 291.",
 [C(book("Frederik the Great", [P("Nancy", "Mitford")]), "291")]),
(BWA, "2 Bebel’s speech quoted in Jonathan Sternberg, Yesterday’s Deterrent: Tirpitz and the Birth of the German Battle Fleet p. 195.",
 [C(book("Yesterday’s Deterrent: Tirpitz and the Birth of the German Battle Fleet", [P("Jonathan", "Sternberg")]), "195")]),
(BWA, "3 Fot this quote and details of Ulbricht’s early life and political apprenticeship see Mario Frank, Walter Ulbricht: Eine deutsche Biografie pp. 64ff.",
 [C(book("Walter Ulbricht: Eine deutsche Biografie", [P("Mario", "Frank")]), "64ff.")]),
(BWA, "4 See Frank, Walter Ulbricht pp. 90ff.",
 [C(short([F("Frank")], "Walter Ulbricht"), "90ff.")]),
(BWA, "5 Richie, Famt’s Metropolis p. 401.",
 [C(short([F("Richie")], "Famt’s Metropolis"), "401")]),
(BWA, "6 Quoted in Frank, Walter Ulbricht p. 105.",
 [C(short([F("Frank")], "Walter Ulbricht"), "105")]),
(BWA, "1 Cf. Frank, Walter Ulbricht pp. 122f. Neumann, for instance, was shot in 1937. His wife, Margarete Buber-Neumann, was sentenced to five years hard labour in Siberia, but then handed over by the Russians to the Gesrapo in 1940. She was imprisoned in the Ravensbriick women’s concentration camp until April 1945. There she met and became close friends with Milena Jesenská, once the lover of Franz Kafka. Jesenská died of her privations in 1944. Miraculously, however, Buber-Neumann survived to write ‘Between Two Dictators: Stalin and Hitler’ after the war as well as many other works, including a biography of her friend Milena. She died in November 1989, in Frankfurt-on-Main, three days befote the Berlin Wall was breached.",
 [C(short([F("Frank")], "Walter Ulbricht"), "122f."),
  C(short([P("Margarete", "Buber-Neumann")], "Between Two Dictators: Stalin and Hitler"))]),
(BWA, "2 See interview with Wolfgang Leonhard, Zuruck in die Zukunft in Der Spiegel, 6/2005 8 April 2005.",
 [C(mag("Zuruck in die Zukunft", None, "Der Spiegel", Y(2005, 4, 8), issue="6"))]),
(BWA, "3 David Clay Large, Berlin: A Modern History p. 371.",
 [C(book("Berlin: A Modern History", [P("David Clay", "Large")]), "371")]),
(BWA, "4 See Richie, Faust’s Metropolis pp. 616ff. And in even more detail, with little horror spared, Anthony Beevor, Berlin: The Downfall pp. 406ff. (Chapter 27, Vae Victis!).",
 [C(short([F("Richie")], "Faust’s Metropolis"), "616ff."),
  C(book("Berlin: The Downfall", [P("Anthony", "Beevor")]), "406ff.")]),
# --- Polish: notes of the Polish translation of Davies's history of Poland, volume II (fb2.top; the first volume was used
#     before; number on its own line and an empty line, English and French books with Polish place names `Nowy Jork
#     1931`, `Londyn`, `Paryż`, `w:` and `wyd.` for editors, names in the genitive `praca Petera Brocka`, `Esej Lorda
#     Actona … w jego History of Freedom`, `t. l, 2`, `opr.`, `s. 211 inn.`, `Księga I, w. l.`, a year lost to OCR `Warszawa
#     8,s. 259—270`, a translator's note)
(BIG, "1\n\nPor. C. J. Hayes, The Historical Evolution of Modern Nationalism, Nowy Jork 1931; E. Khedourie, Nationalism, Londyn 1960; F. Ponteił, L‘eveil des nationalites et le mouvement liberale 1815—48, Paryż 1960; A. D. Smith, Theories of Nationalism, Londyn 1971. Najbardziej przystępnym wprowadzeniem do kwestii polskiego nacjonalizmu napisanym w języku angielskim jest praca Petera Brocka, Polish Nationalism, w: Nationalism in Eastern Europe, wyd. P. Sugar, I. Lederer, Seattle 1969, s. 310—372. Patrz także K. Symmons-Symonolewicz, Nationalist Movements: a comparative view, Meadwill, Pa., 1970. Esej Lorda Actona O narodowości (1862), w którym autor twierdzi, że współczesny nacjonalizm zaczął się od rozbiorów Polski, zamieszczony jest w jego History of Freedom and other essays, Londyn 1907. Por. także G. E. Fasnacht, Lord Acton on Nationality and Socialism, Londyn 1949.",
 [C(book("The Historical Evolution of Modern Nationalism", [P("C. J.", "Hayes")], place="Nowy Jork", year=1931)),
  C(book("Nationalism", [P("E.", "Khedourie")], place="Londyn", year=1960)),
  C(book("L‘eveil des nationalites et le mouvement liberale 1815—48", [P("F.", "Ponteił")], place="Paryż", year=1960)),
  C(book("Theories of Nationalism", [P("A. D.", "Smith")], place="Londyn", year=1971)),
  C(chap("Polish Nationalism", [P("Peter", "Brock")], "Nationalism in Eastern Europe", editor=[P("P.", "Sugar"), P("I.", "Lederer")], place="Seattle", year=1969, page="310–372")),
  C(book("Nationalist Movements: a comparative view", [P("K.", "Symmons-Symonolewicz")], place="Meadwill, Pa.", year=1970)),
  C(chap("O narodowości", [F("Acton")], "History of Freedom and other essays", place="Londyn", year=1907, **{"container-author": [F("Acton")], "original-date": Y(1862)})),
  C(book("Lord Acton on Nationality and Socialism", [P("G. E.", "Fasnacht")], place="Londyn", year=1949))]),
(BIG, "2\n\nTekst oryginału Norman Davies ukończył w 1979 r., pierwsze wydanie w języku angielskim ukazało się w r. 1981 (przyp. tłum.).",
 []),
(BIG, "3\n\nHelmuth von Moltke, Poland, a historical sketch, Londyn 1855; J. H. Sutherland Edwards, The Polish Captivity: an account of the present position of the Poles, Londyn 1863, t. l, 2; Georg Brandes, Poland: a study ofthe country, people and literature, Londyn 1903.",
 [C(book("Poland, a historical sketch", [P("Helmuth", "von Moltke")], place="Londyn", year=1855)),
  C(book("The Polish Captivity: an account of the present position of the Poles", [P("J. H. Sutherland", "Edwards")], place="Londyn", year=1863, volume="l, 2")),
  C(book("Poland: a study ofthe country, people and literature", [P("Georg", "Brandes")], place="Londyn", year=1903))]),
(BIG, "4\n\nAdam Mickiewicz, Księgi narodu i pielgrzymstwa polskiego, opr. Z. Dokumo, Warszawa 1982, s. 211 inn.",
 [C(book("Księgi narodu i pielgrzymstwa polskiego", [P("Adam", "Mickiewicz")], editor=[P("Z.", "Dokumo")], place="Warszawa", year=1982), "211 inn.")]),
(BIG, "5\n\nKazimierz Brodziński, Na dzień Zmartwychwstania Pańskiego r. 1831, w: Poezje, Wrocław 1959, s.239.",
 [C(chap("Na dzień Zmartwychwstania Pańskiego r. 1831", [P("Kazimierz", "Brodziński")], "Poezje", place="Wrocław", year=1959, **{"container-author": [P("Kazimierz", "Brodziński")]}), "239")]),
(BIG, "6\n\nW sprawie wyników najnowszych badań w tym zakresie patrz H. Seton—Watson, Nations and states, Londyn 1977; ze źródeł polskich: J. Wiatr, Naród i państwo. Warszawa 1973.",
 [C(book("Nations and states", [P("H.", "Seton—Watson")], place="Londyn", year=1977)),
  C(book("Naród i państwo", [P("J.", "Wiatr")], place="Warszawa", year=1973))]),
(BIG, "7\n\nAdam Mickiewicz, Pan Tadeusz, Księga I, w. l.",
 [C(book("Pan Tadeusz", [P("Adam", "Mickiewicz")]))]),
(BIG, "8\n\nPatrz S. Kieniewicz, Rozwój polskiej świadomości narodowej w XIX wieku, w: Pamiętnik X Powszechnego Zjazdu Historyków Polskich w Lublinie 17—21 września 1968 r.: Referaty, Warszawa 8,s. 259—270.",
 [C(chap("Rozwój polskiej świadomości narodowej w XIX wieku", [P("S.", "Kieniewicz")], "Pamiętnik X Powszechnego Zjazdu Historyków Polskich w Lublinie 17—21 września 1968 r.: Referaty", place="Warszawa", page="259–270"))]),
]
