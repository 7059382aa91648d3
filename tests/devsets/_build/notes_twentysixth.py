# -*- coding: utf-8 -*-
# Twenty-sixth gathering (2026-11-25): 74 NON-ENGLISH footnotes and endnotes of modern (after 1950) history and humanities
# books, editions and articles, with 82 citations (31 of them short forms); 11 notes cite no work (editorial glosses,
# `Там же. С. 216.`, archival references, an interview, prose).
# Pages: 15, none of them a `where` address of notes.jsonl or of any /work/gather/*.py (notes_twentythird.py and the
# parallel notes_twentyfifth.py included; grepped before each page was taken and again before the file was closed).
# Sites new to the set: spb.hse.ru (the HSE biochronicle of Peter I), inventati.org, slideum.com, fdocuments.fr (fdocuments.pl/.net/.us were used),
# cervantesvirtual.com, kronikastanuwojennego.pl. The others are other books or pages on sites used before: readnow.me
# (Zhukov's notes; Furr's were used), booksonline.com.ua (book 153508), epubs.bibliotk.mx (files/763, Gibson's Lorca;
# other files were used), books.openedition.org (aaccademia/2313), fdocuments.net (another document), online-biblioteka.com
# (page-225 of Taubman's Khrushchev; page-72 of another book was used). As before, the search
# index shows a page's text from its beginning, so notes-only pages (e-book notes pages, reader pages of notes, the
# biochronicle's day pages whose footnotes follow a short entry) were the ones it gave whole. Gold written by hand from
# the note text; no parser was run. Notes were taken only where the page showed them whole (the note cut off at the end of
# each stored text, an OpenEdition note shortened with `(...)`, and a page opening in mid-note were left out).
# Languages: Russian 37, Spanish 17, Italian 12, French 3, Polish 3, Dutch 2 (six languages). No German, Portuguese, Czech
# or Swedish page of modern scholarship whose notes the index showed whole and that had not been used could be found
# (German queries returned Wikipedia copies and pages already used; the German notes of the Springer chapter
# 978-3-322-96204-1_8 and of kostenlosonlinelesen.net were already in the set).
# Subjects: Zhukov's memoirs (editorial notes), Khrushchev (Taubman in Russian, a page other than the one used), the
# Zemsky Sobor of 1613 (a Russian popular history), Peter the Great (HSE biochronicle), Foucault's "Sorvegliare e punire"
# (the Italian edition's notes to parts one and three), the Russian Revolution in Italian historiography (Historia
# Magistra postface), Loe de Jong (a Dutch biography), Maurice Agulhon and sociability (Provence historique, 1997),
# García Lorca (Gibson's biography; an article on the text of "Poeta en Nueva York"), Sánchez-Albornoz (a tribute volume),
# martial law in Poland (an online chronicle's notes).
# Pages and shapes:
#  - readnow.me (Zhukov, notes page): the number on its own line, `Ленин В.И. Поли. собр. соч. Т. 35. С. 222.` (OCR `Поли.`,
#    kept), `Т.2. С.48.` without spaces, `Будберг Алексей, барон.` (name inverted, honorific after it), `С 360.` without a
#    point, archival `ЦГАОР, ф. 1235, оп. 79, д. 12, л. 4.`, editor's glosses `– Прим. ред.`, a bare `Там же. С. 216.`.
#  - online-biblioteka.com (Taubman's Khrushchev in Russian, page 225): short forms by author only (`Джоравски. С. 111;
#    Пистрак. С. 230.`), sigla of Khrushchev's memoirs (`НХ1. С. 127. [НХ5. Т. 1. С. 226.]`, bracketed parallel reference),
#    `НХ4. 1990. № 6. С. 78.`, a newspaper by date (`Правда Украины. 1938. 29 января. С. 1.`), an English book in a Russian
#    note (`Princeton; Princeton University Press, 1988. С 108.`), `Цит. по:`, an interview (`Беседа автора с …`).
#  - booksonline.com.ua (book 153508): unnumbered notes, name before title (`В. О. Ключевский. Сочинения. В 9 т. – М.,
#    1988. Т. 3. С. 42.`), `//` before a collection and before journals, `// Правоведение. № 1, 1988.` (issue before
#    year), `Вып. 7, 1848.`, `Т. 3. Воронеж. 1926.`, an untitled-author article.
#  - spb.hse.ru (three day pages of the biochronicle): `[1]` footnotes, editions by abbreviation with volume and number
#    (`Голиков. ДПВ. 7. С. 347.`, `ПБП. 2. № 453. С. 84, 398-399.`, `ПСЗ. V. № 3234. С. 591.`, `Устрялов. История. 4-1.`),
#    archival leaves mixed in (`КПБ. 87. Л. 271–об.`, `РГАДА. Ф. 9. Отд. 1. Кн. 11. Л. 241`), `[4]Петровская эпоха.` glued.
#  - inventati.org (Foucault in Italian, notes to parts one and three): `Nota 3:`, surnames in capitals, titles in straight
#    single or double quotes, place-less imprints (`'Damiens le régicide', 1937, pagine 201-14`), `Cit. in`, `confer.`,
#    `trad. franc. 1776, I, pag. 105`, `ed. 1966`, `pag 30` without a point, OCR/encoding losses kept (`P. ARIS`,
#    `The Rosta of evi`, `Dixhiutième`), a gazette by date, two and three works in one note with an archival reference.
#  - slideum.com (Loe de Jong biography, Dutch): PDF line breaks inside the note, `Ons Erfdeel 28, nr. 5 (1985): 659-668,
#    aldaar 660.`, a work named inside prose (`A study of History (Oxford 1934-1961) van … Arnold Toynbee`).
#  - books.openedition.org (aaccademia): author–date short forms `1 . Cfr. D’Orsi (2017).`
#  - fdocuments.fr (Provence historique 1997, OCR): the note number 1 read as `t.`, `MaurÎce AGULHON`, `/a`, `on'entale`,
#    `2 vol.`, `et sa réédition: …, ibidem, 1984`, `repris en avant-propos de M. AGULHON, …`, `op. cil.`, `el` for `et`.
#  - epubs.bibliotk.mx (Gibson's Lorca, not_20): sigla short forms (`E, II, 78-79.`, `OC, I, respectivamente, 977, …`),
#    author short forms (`Diaz-Plaja, 171.`, `Alberti, La arboleda perdida, 260-261.`), a medieval author (`Jacobo de
#    Vorágine`), newspapers by date with page (`La Libertad (13 octubre 1927), 3.`), signed newspaper articles in `« »`,
#    `n.° 2`, a title with inner quotes, ` <<` kept.
#  - cervantesvirtual.com (an article on "Poeta en Nueva York"): a book by imprint only (`Losada, Buenos Aires, 1938.`),
#    journals by siglum and roman volume (`LT, XLVIII (1964)`, `HR, XLIV (1976)`, `PSA, XXXV`), `art. cit.`, `op. cit.`,
#    `p. 1.026`, `n.º conmemorativo`, `reproducido en`, `pp. 1 y 16`, the author's own review and book (`mi recensión`,
#    `en mis Textos y documentos lorquianos`).
#  - fdocuments.net (tribute to Sánchez-Albornoz): `García de Valdeavellano, L.:<’EI tema …», en Revista de Occidente, 50
#    (junio, 1985).` (OCR quotes kept).
#  - kronikastanuwojennego.pl: `[1]` notes of prose only (biographical and explanatory).
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - An edition cited by abbreviation is a short form with the abbreviation as `title` (the fifteenth's rule): `НХ1`, `НХ5`
#    (`Т. 1` → `volume`), `ДПВ` with the author printed before it (`Голиков. ДПВ. 7.` → author Голиков, volume "7"),
#    `ПБП`, `ПСЗ`, `МИРФ`, `ПЗМ`, `E`, `OC`. A document number inside such an edition (`№ 453`, `№ 3234`) goes in the
#    short form as `number`, the pages in the locator. `4-1` (volume 4, part 1 in the biochronicle's system) is kept as
#    printed in `volume`, like `1901/02`.
#  - `НХ4. 1990. № 6. С. 78.` (a siglum for a journal publication of the memoirs) is the НХ4 short form with `issued` 1990
#    and `issue` "6".
#  - Archival references (`ЦГАОР, ф. …`, `ЦПА НМЛ`, `КПБ. 87. Л. …`, `РГАДА …`, `AGL`, `Dépt de la guerre`) are not listed;
#    a note made only of them cites no work. `Беседа автора с …` and `Entrevista del autor con …` cite no work.
#  - A newspaper cited by date alone is an untitled `article-newspaper` (the earlier rule), `La Gaceta Literaria` included;
#    `n.° 2` gives `issue`. The Taubman note `Там же. 1938. 21 июня. С. 2.` (ibid. with a new date) was not taken.
#  - A work that is only "mine" (`mi recensión … en HR, XLIV (1976), pp. 90-92`, `«Una visita con Jean-Louis Schonberg»,
#    en mis Textos y documentos lorquianos, Tallahassee, 1975`) gets no author (the fifth's rule); the untitled review is an
#    untitled `article-journal`. A reprint named as "his" (`et sa réédition: Pénitents et francs-maçons …, ibidem, 1984`)
#    is a `book` of its own without author, and `ibidem` gives no place. A chapter and its reprint (`repris en avant-propos
#    de M. AGULHON, Le cercle …`, `reproducido en Martínez Nadal, El Público`) give two entries (the twenty-third's rule).
#  - Honorifics are not part of names (`Будберг Алексей, барон.` → Алексей Будберг), as in the ninth.
#  - OCR and encoding losses are kept in titles and names (`Поли. собр. соч.`, `MaurÎce`, `Agul.hon`, `P. ARIS` → family
#    "Aris", `EI tema`), and the OCRed note number `t.` is kept in the note text.
#  - Glosses in a locator are dropped (`OC, I, respectivamente, 977, 978, 979, 980` → `977, 978, 979, 980`; `pp. 1 y 16`
#    kept as printed with `y`); `p. 1.026` keeps its point. A place-less imprint with a year (`'De la réforme des
#    prisons', 1838`) is a `book` with `issued`; `ed. 1966` gives `issued` 1966.
#  - `A study of History (Oxford 1934-1961)`, named inside prose, is a `book` with `issued` as a two-year range.
#  - `«Gazzetta di Amsterdam», 1 aprile 1757` and the other pre-1950 sources cited in modern notes are kept: the brief's
#    date limit is on the citing book, not on the works cited.
# Doubtful: the `number` field in short forms (`ПБП. 2. № 453.`) is new; `Елагин. История. Прил. 1. С. 504-505.` was given
# the locator `504–505` only (the appendix `Прил. 1` is in no field); `НХ4. 1990. № 6.` may rather be a journal issue;
# `Foucault`'s `'Pièces originales…'` (note 1) and the Beccaria note (note 7, with a translator's bracket) were not taken;
# `Otero Seco, art. cit.` is a short form by author only; the Ínsula article `«Un nuevo inédito de Lorca»` after
# `y` has no author although it is Martínez Nadal's; `«Annales de la Charité»` was not taken.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


# --- pages
ZHU = "https://readnow.me/chi/vospominaniya-i-razmyshleniya-zhukov?p=notes"
TAU = "https://online-biblioteka.com/page-225-86266-kniga-hrushhev.html"
ZEM = "https://booksonline.com.ua/view.php?book=153508&page=80"
FO1 = "https://inventati.org/apm/abolizionismo/libri16.php?step=11"
FO3 = "http://www.inventati.org/apm/abolizionismo/libri16.php?step=13"
DJ = "https://slideum.com/doc/6273078/loe-de-jong---uitgeverij-boom"
AAC = "http://books.openedition.org/aaccademia/2313?lang=en"
PRO = "https://fdocuments.fr/document/prsentation-accueil-revue-provence-historique-revue-provence-2016-12.html"

HS1 = "https://spb.hse.ru/humart/history/peter/biochronic/228213623"
HS2 = "https://spb.hse.ru/humart/history/peter/biochronic/228772303"
HS3 = "https://spb.hse.ru/humart/history/peter/biochronic/230305449"
GIB = "https://epubs.bibliotk.mx/epubReader/reader/files/763/OEBPS/Text/not_20.xhtml"
LOR = "https://www.cervantesvirtual.com/obra-visor/poeta-en-nueva-york---historia-y-problemas-de-un-texto-de-lorca-0/html/ffcd511c-82b1-11df-acc7-002185ce6064_2.html"
KSW = "https://kronikastanuwojennego.pl/przypisy-1/"
ALB = "https://fdocuments.net/document/semblanza-y-obra-de-don-claudio-snchez-albornoz-semblanza-y-obra-de-don-claudio.html"

# --- recurring names
LENIN = [P("В.И.", "Ленин")]
LENIN2 = [P("В. И.", "Ленин")]
TEETERS = [P("N. K.", "Teeters")]
AGULHON = [P("M.", "Agulhon")]

TWENTYSIXTH = [
# --- Russian: editorial notes of G. K. Zhukov, "Воспоминания и размышления" (readnow.me notes page), number on its own line
(ZHU, "1\nПосле смерти Г. К. Жукова были обнаружены церковные книги с записью о венчании родителей будущего полководца. Возраст невесты – 26 лет, жениха – 41 год. – Прим. ред.",
 []),
(ZHU, "3\nЦГАОР, ф. 1235, оп. 79, д. 12, л. 4.",
 []),
(ZHU, "4\nЛенин В.И. Поли. собр. соч. Т. 35. С. 222.",
 [C(book("Поли. собр. соч.", LENIN, volume="35"), "222")]),
(ZHU, "5\nТам же. С. 216.",
 []),
(ZHU, "6\nЛенин В. И. Поли. собр. соч. Т. 39. С. 389",
 [C(book("Поли. собр. соч.", LENIN2, volume="39"), "389")]),
(ZHU, "7\nФрунзе М. В. Избранные произведения. М.: Воениздат, 1957. Т.2. С.48.",
 [C(book("Избранные произведения", [P("М. В.", "Фрунзе")], publisher="Воениздат", place="М.", year=1957, volume="2"), "48")]),
(ZHU, "8\nБудберг Алексей, барон. Дневник белогвардейца (Колчаковская эпопея). Л.: Прибой, 1929.",
 [C(book("Дневник белогвардейца (Колчаковская эпопея)", [P("Алексей", "Будберг")], publisher="Прибой", place="Л.", year=1929))]),
(ZHU, "9\nЛенин В. И. Полн. собр. соч. Т. 50. С. 351.",
 [C(book("Полн. собр. соч.", LENIN2, volume="50"), "351")]),
(ZHU, "10\nЛенин В. И. Полн. собр. соч. Т. 36. С 360.",
 [C(book("Полн. собр. соч.", LENIN2, volume="36"), "360")]),
(ZHU, "11\nЦПА НМЛ, ф. 3, т. 1, л. 939.",
 []),
# --- Russian: notes of W. Taubman, "Хрущев" in translation (online-biblioteka.com, page 225), short forms by author and by abbreviation
(TAU, "52 Медведев Ж. The Rise and Fall of Lysenko. NY.: Columbia University Press, 1969. С 17.",
 [C(book("The Rise and Fall of Lysenko", [P("Ж.", "Медведев")], publisher="Columbia University Press", place="NY.", year=1969), "17")]),
(TAU, "53 Джоравски. С. 111; Пистрак. С. 230.",
 [C(sh([F("Джоравски")]), "111"),
  C(sh([F("Пистрак")]), "230")]),
(TAU, "54 Приглашение в Москву Хрущев вспоминает в НХ4. 1990. № 6. С. 78.",
 [C(sh(None, "НХ4", issued=Y(1990), issue="6"), "78")]),
(TAU, "55 Правда Украины. 1938. 29 января. С. 1.",
 [C(paper(None, None, "Правда Украины", Y(1938, 1, 29)), "1")]),
(TAU, "57 Беседа автора с Василием Костенко. Переместившись вместе с Хрущевым в Москву, Коротченко изменил свою украинскую фамилию на русский лад и сделался «Коротченковым».",
 []),
(TAU, "59 НХ1. С. 127. [НХ5. Т. 1. С. 226.]",
 [C(sh(None, "НХ1"), "127"),
  C(sh(None, "НХ5", volume="1"), "226")]),
(TAU, "60 Там же. С. 127–128. [НХ5. Т. 1. С. 226.]",
 [C(sh(None, "НХ5", volume="1"), "226")]),
(TAU, "61 Цит. по: Гросс Дж. Т. Revolution from Abroad: The Soviet Conquest of Poland's Western Ukraine and Western Bielorussia. Princeton; Princeton University Press, 1988. С 108.",
 [C(book("Revolution from Abroad: The Soviet Conquest of Poland's Western Ukraine and Western Bielorussia", [P("Дж. Т.", "Гросс")], publisher="Princeton University Press", place="Princeton", year=1988), "108")]),
(TAU, "62 Правда Украины. 1939. 4 октября. С. 1.",
 [C(paper(None, None, "Правда Украины", Y(1939, 10, 4)), "1")]),
(TAU, "63 Указы Политбюро Украины, относящиеся к новым территориям, цитируются в: Шаповал. С. 79. Указ, осуждающий «неправильное отношение» к бывшим польским коммунистам, см. в: НХ5. Т. 1. С. 766–767.",
 [C(sh([F("Шаповал")]), "79"),
  C(sh(None, "НХ5", volume="1"), "766–767")]),
# --- Russian: unnumbered notes of a book on the Zemsky Sobor (booksonline.com.ua, book 153508), `//` before journals, `№ 1, 1988`
(ZEM, "В. О. Ключевский. Сочинения. В 9 т. – М., 1988. Т. 3. С. 42.",
 [C(book("Сочинения", [P("В. О.", "Ключевский")], place="М.", year=1988, volume="3", **{"number-of-volumes": "9"}), "42")]),
(ZEM, "А. Л. Янов. Европа в политической традиции России // П. Н. Милюков: историк, политик, дипломат. Материалы международной научной конференции. – М., 2000.",
 [C(chap("Европа в политической традиции России", [P("А. Л.", "Янов")], "П. Н. Милюков: историк, политик, дипломат. Материалы международной научной конференции", place="М.", year=2000))]),
(ZEM, "Н. М. Золотухина. Концепция сословно-представительной монархии в русской средневековой политической теории. // Правоведение. № 1, 1988.",
 [C(art("Концепция сословно-представительной монархии в русской средневековой политической теории", [P("Н. М.", "Золотухина")], "Правоведение", issue="1", year=1988))]),
(ZEM, "1642-й – год начала гражданской войны в Англии.",
 []),
(ZEM, "Повесть о Земском соборе 1613 года. // Вопросы истории. № 5, 1985.",
 [C(art("Повесть о Земском соборе 1613 года", None, "Вопросы истории", issue="5", year=1985))]),
(ZEM, "И. Е. Забелин. Дело о ссоре межевых судей стольника князя Василия Большого Ромодановского и дворянина Лариона Сумина. // Чтения в Обществе истории и древностей Российских при Московском университете. Вып. 7, 1848.",
 [C(art("Дело о ссоре межевых судей стольника князя Василия Большого Ромодановского и дворянина Лариона Сумина", [P("И. Е.", "Забелин")], "Чтения в Обществе истории и древностей Российских при Московском университете", issue="7", year=1848))]),
(ZEM, "Г. А. Замятин. К истории Земского собора 1613 г. // Труды Воронежского университета. Педагогический факультет. Т. 3. Воронеж. 1926.",
 [C(art("К истории Земского собора 1613 г.", [P("Г. А.", "Замятин")], "Труды Воронежского университета. Педагогический факультет", "3", year=1926, **{"publisher-place": "Воронеж"}))]),
# --- Italian: the translator's edition of Foucault, "Sorvegliare e punire", notes to parts one and three (inventati.org),
#     `Nota 1:`, surnames in capitals, titles in straight quotes, accents lost in part three (`P. ARIS`, `Mes rveries`)
(FO1, "Nota 2: «Gazzetta di Amsterdam», 1 aprile 1757.",
 [C(paper(None, None, "Gazzetta di Amsterdam", Y(1757, 4, 1)))]),
(FO1, "Nota 3: Citato in A. L. ZEVAES, 'Damiens le régicide', 1937, pagine 201-14.",
 [C(book("Damiens le régicide", [P("A. L.", "Zevaes")], year=1937), "201–14")]),
(FO1, "Nota 4: FAUCHER, 'De la réforme des prisons', 1838, pagine 274-82.",
 [C(book("De la réforme des prisons", [F("Faucher")], year=1838), "274–82")]),
(FO1, "Nota 5: ROBERT VAUX, 'Notices', pag. 45; Cit. in N. K. TEETERS, 'They were in prison', 1937, pag. 24.",
 [C(book("Notices", [P("Robert", "Vaux")]), "45"),
  C(book("They were in prison", TEETERS, year=1937), "24")]),
(FO1, "Nota 8: B. Rush, davanti alla Society for promoting political enquiries, in N. K. TEETERS, 'The Cradle of the penitentiary', 1935, pag 30.",
 [C(book("The Cradle of the penitentiary", TEETERS, year=1935), "30")]),
(FO1, "Nota 11: Supplizio dei traditori, descritto da W. BLACKSTONE, 'Commentaire sur le Code criminel anglais', trad. franc. 1776, I, pag. 105. Poiché la traduzione era destinata a mettere in evidenza l'umanità della legislazione inglese in opposizione alla vecchia ordinanza francese del 1770, il commentatore aggiunge: «In questo supplizio spaventoso per lo spettatore, il colpevole non soffre né molto, né lungamente».",
 [C(book("Commentaire sur le Code criminel anglais", [P("W.", "Blackstone")], year=1776, volume="I"), "105")]),
(FO1, "Nota 12: Confer. C. HIBBERT, 'The Rosta of evi', ed. 1966, pagine. 85-86.",
 [C(book("The Rosta of evi", [P("C.", "Hibbert")], year=1966), "85–86")]),
(FO3, "Nota 9: confer. P. ARIS, \"L'Enfant et la famille\", 1960, pagine 308-13, e G. SNYDERS, \"La Pédagogie en France aux Dix-septième et Dixhiutième siècles\", 1965, pagine 35-41.",
 [C(book("L'Enfant et la famille", [P("P.", "Aris")], year=1960), "308–13"),
  C(book("La Pédagogie en France aux Dix-septième et Dixhiutième siècles", [P("G.", "Snyders")], year=1965), "35–41")]),
(FO3, "Nota 11: DAISY, \"Le Royaume de France\", 1745, pagine 201-9; Memoria anonima del 1775 (\"Dépt de la guerre\", 3689, f. 156). A. NAVEREAU, \"Le Logement et les ustensiles des gens de guerre de 1439 à 1789\", 1924, pagine 132-35. confer. tavole 5 e 6.",
 [C(book("Le Royaume de France", [F("Daisy")], year=1745), "201–9"),
  C(book("Le Logement et les ustensiles des gens de guerre de 1439 à 1789", [P("A.", "Navereau")], year=1924), "132–35")]),
(FO3, "Nota 13: Memoria al re, a proposito della fabbrica di tela da vele a Angers, in V. DAUPHIN, \"Recherches sur l'industrie textile en Anjou\", 1913, pag. 199",
 [C(book("Recherches sur l'industrie textile en Anjou", [P("V.", "Dauphin")], year=1913), "199")]),
# --- Dutch: notes to the introduction of B. Smits's biography of Loe de Jong (slideum.com, Boom), PDF line breaks kept
(DJ, "1 Ernst H. Kossmann, ‘Continuïteit en discontinuïteit in de\nnaoorlogse geschiedenis van Nederland’, Ons Erfdeel 28, nr. 5\n(1985): 659-668, aldaar 660.",
 [C(art("Continuïteit en discontinuïteit in de naoorlogse geschiedenis van Nederland", [P("Ernst H.", "Kossmann")], "Ons Erfdeel", "28", "5", 1985, "659–668"), "660")]),
(DJ, "2 Een ander monumentaal werk is A study of History (Oxford\n1934-1961) van de Britse historicus Arnold Toynbee dat in totaal 12 delen omvat en meer dan 7000 bladzijden telt.",
 [C(book("A study of History", [P("Arnold", "Toynbee")], place="Oxford", year={"date-parts": [[1934], [1961]]}))]),
# --- Italian: author-date notes of a postface on 1917 (OpenEdition, aaccademia), the number spaced from its point
(AAC, "1 . Cfr. D’Orsi (2017).",
 [C(sh([F("D’Orsi")], issued=Y(2017)))]),
(AAC, "2 . Cfr. Cortesi (2010).",
 [C(sh([F("Cortesi")], issued=Y(2010)))]),
# --- French: footnotes of the presentation of a Provence historique issue (1997) on M. Agulhon's sociability, OCRed
#     (`t.` for the note number 1, `/a`, `on'entale`, `AGUL.HON`, `op. cil.`, `el`)
(PRO, "t. MaurÎce AGULHON. La sociabilité méridionale. Confréries et associations dans /a vie collective en Provence on'entale à la fin du 18e siècle, Aix, 1966, 2 vol. ; Pénitents et francs-maçons de /' ancienne Provence, Paris, 1968, et sa réédition: Pénitents et francs-maçons de /' ancienne Provence. Essai sur la sociabilité méridionale, ibidem, 1984.",
 [C(book("La sociabilité méridionale. Confréries et associations dans /a vie collective en Provence on'entale à la fin du 18e siècle", [P("MaurÎce", "Agulhon")], place="Aix", year=1966, **{"number-of-volumes": "2"})),
  C(book("Pénitents et francs-maçons de /' ancienne Provence", [P("MaurÎce", "Agulhon")], place="Paris", year=1968)),
  C(book("Pénitents et francs-maçons de /' ancienne Provence. Essai sur la sociabilité méridionale", year=1984))]),
(PRO, "2. M. AGUL.HON, « La sociabilité, la sociologie et l'histoire \"', L'Arc, 65 (<< Le Roy Ladurie lI», 1976, p. 76-84, repris en avant-propos de M. AGULHON, Le cercle dans la France bourgeoise, 1810-1848. Etude d'une mutation de sociabilité, Paris, 1977, p. 7-14. Voir aussi la préface à la réédition en 1984 de Pénitents et francs-maçons, op. cil.",
 [C(art("La sociabilité, la sociologie et l'histoire", [P("M.", "Agul.hon")], "L'Arc", "65", year=1976, page="76–84")),
  C(book("Le cercle dans la France bourgeoise, 1810-1848. Etude d'une mutation de sociabilité", AGULHON, place="Paris", year=1977), "7–14"),
  C(sh(None, "Pénitents et francs-maçons"))]),
(PRO, "3. Michel VOVELLE, Idéologies el mentalités, Paris, 1982, p. 177-188.",
 [C(book("Idéologies el mentalités", [P("Michel", "Vovelle")], place="Paris", year=1982), "177–188")]),
# --- Russian: footnotes of the HSE biochronicle of Peter the Great (spb.hse.ru, three day pages), editions cited by
#     abbreviation with volume (`Голиков. ДПВ. 7. С. 347.`, `ПБП. 2. № 453. С. 84, 398-399.`), archival leaves (`КПБ. 87. Л. 271–об.`)
(HS1, "[1] Голиков. ДПВ. 7. С. 347.",
 [C(sh([F("Голиков")], "ДПВ", volume="7"), "347")]),
(HS1, "[2] МИРФ. 2. С. 266-267; КПБ. 87. Л. 271–об.; Автографы Петра. С. 70.",
 [C(sh(None, "МИРФ", volume="2"), "266–267"),
  C(sh(None, "Автографы Петра"), "70")]),
(HS1, "[3] КПБ. 87. Л. 274-279; Автографы Петра. С. 70-71.",
 [C(sh(None, "Автографы Петра"), "70–71")]),
(HS1, "[4]Петровская эпоха. С. 81.",
 [C(sh(None, "Петровская эпоха"), "81")]),
(HS2, "[1] ПЗМ. С. 267.",
 [C(sh(None, "ПЗМ"), "267")]),
(HS2, "[2] Голиков. Доп. ДПВ. 12. С. 116.",
 [C(sh([F("Голиков")], "Доп. ДПВ", volume="12"), "116")]),
(HS2, "[3] РГАДА. Ф. 9. Отд. 1. Кн. 11. Л. 241; КПБ. 88. Л. 226.",
 []),
(HS2, "[4] ПСЗ. V. № 3234. С. 591.",
 [C(sh(None, "ПСЗ", volume="V", number="3234"), "591")]),
(HS3, "[1] ПБП. 2. № 453. С. 84, 398-399.",
 [C(sh(None, "ПБП", volume="2", number="453"), "84, 398–399")]),
(HS3, "[2] ПБП. 2. № 454. С. 85, 410; Елагин. История. Прил. 1. С. 504-505; Устрялов. История. 4-1. С. 194.",
 [C(sh(None, "ПБП", volume="2", number="454"), "85, 410"),
  C(sh([F("Елагин")], "История"), "504–505"),
  C(sh([F("Устрялов")], "История", volume="4-1"), "194")]),
# --- Spanish: notes of I. Gibson's biography of García Lorca (epubs.bibliotk.mx, files/763, not_20), short forms by
#     siglum (`E, II, 78-79`, `OC, I`), newspapers by date with page, ` <<` kept
(GIB, "[1] E, II, 78-79. <<",
 [C(sh(None, "E", volume="II"), "78–79")]),
(GIB, "[3] Diaz-Plaja, 171. <<",
 [C(sh([F("Diaz-Plaja")]), "171")]),
(GIB, "[8] Jacobo de Vorágine, 86-91. <<",
 [C(sh([L("Jacobo de Vorágine")]), "86–91")]),
(GIB, "[11] OC, I, respectivamente, 977, 978, 979, 980. <<",
 [C(sh(None, "OC", volume="I"), "977, 978, 979, 980")]),
(GIB, "[15] La Libertad (13 octubre 1927), 3. <<",
 [C(paper(None, None, "La Libertad", Y(1927, 10, 13)), "3")]),
(GIB, "[16] Alberti, La arboleda perdida, 260-261. <<",
 [C(sh([F("Alberti")], "La arboleda perdida"), "260–261")]),
(GIB, "[17] Entrevista del autor con Vicente Aleixandre, Madrid, 26 abril 1982. <<",
 []),
(GIB, "[18] Antonio Gallego Burín, «Impresiones de un estreno», DG (20 octubre 1927), 1. <<",
 [C(paper("Impresiones de un estreno", [P("Antonio", "Gallego Burín")], "DG", Y(1927, 10, 20)), "1")]),
(GIB, "[21] Juan G. Olmedilla, «El estreno de anoche en Fontalba», Heraldo de Madrid (13 octubre 1927), 5. <<",
 [C(paper("El estreno de anoche en Fontalba", [P("Juan G.", "Olmedilla")], "Heraldo de Madrid", Y(1927, 10, 13)), "5")]),
(GIB, "[35] Luis Buñuel, «Una noche en el “Studio des Ursulines”», La Gaceta Literaria, n.° 2 (15 enero 1927), 6. <<",
 [C(paper("Una noche en el “Studio des Ursulines”", [P("Luis", "Buñuel")], "La Gaceta Literaria", Y(1927, 1, 15), issue="2"), "6")]),
# --- Spanish: notes of an article on the text of Lorca's "Poeta en Nueva York" (cervantesvirtual.com), number on its own
#     line, a book given by imprint only, journals by siglum and roman volume (`LT, XLVIII (1964)`), `art. cit.`, `op. cit.`,
#     the author's own review and collection (`mi recensión`, `mis Textos y documentos lorquianos`), a reprint
(LOR, "11\nLosada, Buenos Aires, 1938.",
 [C({"type": "book", "publisher": "Losada", "publisher-place": "Buenos Aires", "issued": Y(1938)})]),
(LOR, "12\nAntonio Otero Seco, «Sobre la última \"interview\" de García Lorca», LT, XLVIII (1964), p. 56.",
 [C(art("Sobre la última \"interview\" de García Lorca", [P("Antonio", "Otero Seco")], "LT", "XLVIII", year=1964), "56")]),
(LOR, "13\nIan Gibson, La represión nacionalista de Granada en 1936 y la muerte de Federico García Lorca, Ruedo Ibérico, París, 1971, p. 32. Sobre este libro véase mi recensión de la traducción inglesa en HR, XLIV (1976), pp. 90-92, y «Una visita con Jean-Louis Schonberg», en mis Textos y documentos lorquianos, Tallahassee, 1975, pp. 37-50.",
 [C(book("La represión nacionalista de Granada en 1936 y la muerte de Federico García Lorca", [P("Ian", "Gibson")], publisher="Ruedo Ibérico", place="París", year=1971), "32"),
  C(art(None, None, "HR", "XLIV", year=1976), "90–92"),
  C({"type": "chapter", "title": "Una visita con Jean-Louis Schonberg", "container-title": "Textos y documentos lorquianos", "publisher-place": "Tallahassee", "issued": Y(1975)}, "37–50")]),
(LOR, "14\nOtero Seco, art. cit., p. 58, y OC, II, p. 1.026.",
 [C(sh([F("Otero Seco")]), "58"),
  C(sh(None, "OC", volume="II"), "1.026")]),
(LOR, "15\nRafael Martínez Nadal, «El último día de Federico García Lorca en Madrid», en Residencia, n.º conmemorativo (1963), reproducido en Martínez Nadal, El Público, Dolphin, Oxford, 1970, p. 15, y «Un nuevo inédito de Lorca», Ínsula, n.º 322 (septiembre 1973), pp. 1 y 16.",
 [C(art("El último día de Federico García Lorca en Madrid", [P("Rafael", "Martínez Nadal")], "Residencia", issue="conmemorativo", year=1963)),
  C(book("El Público", [F("Martínez Nadal")], publisher="Dolphin", place="Oxford", year=1970), "15"),
  C(art("Un nuevo inédito de Lorca", None, "Ínsula", issue="322", year=Y(1973, 9)), "1 y 16")]),
(LOR, "16\nP. González Guzmán, «Federico en Almería. Nuevos datos para la biografía de García Lorca», PSA, XXXV (1964), p. 220, y Gibson, op. cit., pp. 31-32; quizá fue en esta ocasión cuando dio a Adolfo Salazar una copia de Yerma (carta citada infra, p. 56).",
 [C(art("Federico en Almería. Nuevos datos para la biografía de García Lorca", [P("P.", "González Guzmán")], "PSA", "XXXV", year=1964), "220"),
  C(sh([F("Gibson")]), "31–32")]),
# --- Spanish: a footnote of a tribute volume to C. Sánchez-Albornoz (fdocuments.net transcript), OCRed quotes (`:<’EI`)
(ALB, "1 García de Valdeavellano, L.:<’EI tema y los temas de Sánchez-Albornoz», en Revista de Occidente, 50 (junio, 1985).",
 [C(art("EI tema y los temas de Sánchez-Albornoz", [P("L.", "García de Valdeavellano")], "Revista de Occidente", "50", year=Y(1985, 6)))]),
# --- Polish: editorial notes of an online chronicle of martial law (kronikastanuwojennego.pl, Przypisy 1), prose only
(KSW, "[1] Wcześniej przemówienie gen. Wojciecha Jaruzelskiego odtworzono o 6.00 i 9.00 rano w PR i TVP.",
 []),
(KSW, "[2] Witold Stefanowicz (ur. 1938), w latach 1974-1983 sprawozdawca w Naczelnej Redakcji Dzienników Telewizyjnych.",
 []),
(KSW, "[5] Mowa o statucie związku przyjętym na zebraniu Krajowej Komisji Porozumiewawczej NSZZ „Solidarność” 22 IX 1980 r., który po wprowadzeniu zmian został zarejestrowany 10 listopada tego roku przez Sąd Najwyższy.",
 []),
]
