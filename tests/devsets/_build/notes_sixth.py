# -*- coding: utf-8 -*-
# Sixth gathering (2026-11-25): non-English notes only, from pages not used before.
#  - French: notes of a study of Gallimard's non-fiction lists (OpenEdition: `(1re éd. Balland, 1984)`,
#    `(coll. Folio ; 4353)`, a corporate `Collectif`, a cross-reference and a note of thanks that cite
#    nothing); Annales notes as Cambridge Core prints them (`page 484 Note 1.`, a book cited by imprint
#    only, OCR errors `Sczaniecm`, `lest`, a page range that lost its dash `p. 3943`, `Google Scholar`
#    glued to the end, a bare `Op. cit. t. II, p. 647.`); Michelet's notes (`[129]: … Blakstone, I, 247.`,
#    `passim`, `Parl. rolls.`).
#  - German: notes of a chapter on the GDR Staatsrat as Springer prints them (`1. 1).`, `in: Einheit,
#    26. Jg. (1971), Heft 4, S. 373.`, `a.a.O.`, `VerfKomm II`, `S. 225 f.`) and of a student paper
#    (`1[1]`, `„…“` titles, a bare `a.a.O. S. 298.`).
#  - Russian: 19th-century notes (`Соч. К. С. Аксакова. Ч. I.`, `[СПб., 1884.]`, `г. Кавелина: … //
#    Вестник Европы. Т. II. 1866.`), notes of books on Ivan IV and on Rus' (`// Полное собрание русских
#    летописей. М., 2000. Т. XIII.`, three books of one author inside prose, `— С. 63–64`), a note citing
#    English books and journals in Russian style (`L., 1907. Vol. 1. P. 35–124; Vol. 2. P. 266–268`),
#    `Собр. соч. В 3 т. Т. 3.` and `Там же. Т. 2. С. 534.`; notes of a book on Rus' and the Khazars
#    (`— В кн.: Культура Древней Руси.— М., 1966, с. 30-35.`, `— В сб.:`, `Указ. соч.`, `«Византийский
#    временник», т. 14, 1958`), a chapter in a yearbook after `//`, a note number printed twice (`141\n\n141`).
#  - References of a Russian Wikipedia page as a kiwix copy prints them (`↑`): Italian, Russian and German
#    books with ISBN, a volume title (`Т.II «Восток в средние века»`), series (`(= Forschungen zur Geschichte
#    Vorarlbergs, NF 7)`, `— (Историческая библиотека).`).
#  - Italian: notes of a review with SMALL CAPS surnames, OCR and line-broken titles (`Leri-\nci`,
#    `(<Nuova Rivista Sto-\nrica»`, `1967, I I`, `ora in ID.`, `op. cit.`); 19th-century notes
#    (`ap. Jaffé, Monumenta Carolina, Berlino, 1867`, `ed. del Froben, v. II`, `Lipsia`, `Stoccarda`,
#    `[19.] … — Villari, … (Politecnico 1886). — …` with six works, `Paris, 1843-6, volume III`).
#  - Portuguese: notes of a history of the discoveries (`tom. I, pag. 334 e segg.`, `Apud Visconde de
#    Santarem`, `etc.` in short titles, a periodical `do anno corrente`).
#  - Polish: notes of the Polish Davies (`w: Pomniki dziejowe Polski, seria II, t. l, Kraków 1946,
#    s. 48-54`, `„Roczniki Historyczne”, XVI (1947)`, `wyd.`) and a PDF footnote with its number glued on
#    (`1VitaJoannis …, wyd. M. Brożek , Warszawa 1961, s. 27.`).
# Russian names in the genitive are given in the nominative (`Соч. К. С. Аксакова` -> Аксаков). Two volumes of
# one work cited with their own pages are two entries. Notes were copied from the stored page text as they
# stand; a line break inside a title is read as a space (`Rivista Storica Ita-\nliana` -> `Rivista Storica
# Ita- liana`, as `Prince- ton` before).
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, C, book, short
from notes_more import art
from notes_extra import chap

OE = "https://books.openedition.org/pressesenssib/17609"
CA1 = "http://core-varnish-new.prod.aop.cambridge.org/core/journals/annales-d-histoire-sociale-1939-1941/article/la-societe-feodale/D81B7364C5F51471D1BDA4777BB12DF2"
CA2 = "https://homsy-staging.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/du-nouveau-sur-la-feodalite/72579212C181072EAFA40E9F866E2271"
CA3 = "https://homsy-staging.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/les-etudes-orleanaises-de-georges-lefebvre/54E99B7512BB2DB1DA5082C6283D61F8"
CA4 = "http://core-varnish-new.prod.aop.cambridge.org/core/journals/annales-d-histoire-sociale-1939-1941/article/la-societe-feodale-une-synthese-critique/CC8FE3435F0D319DD6B5CAD1D7859D8B"
MI = "https://bitlit.ru/page/fr/jules-michelet/histoire-de-france-1440-1465-volume-719/81"
SP = "https://rd.springer.com/chapter/10.1007/978-3-322-88654-5_3"
SD = "https://studylibde.com/doc/2245399/auch-die-%E2%80%9Epreu%C3%9Fischen-tugenden%E2%80%9C-sind-noch-heute-bekannt"
LM = "http://litmir.biz/rd/1463805/p25"
KZ = "https://thelib.ru/books/kozhinov_vadim_valeryanovich/pobedy_i_bedy_rossii-read-48.html"
WR = "https://webreadme.com/online/ivan-iv-groznyy-dmitriy-volodihin/notes"
LB = "https://livebooks.pro/raznoe/e19355-groznaya-oprichnina/read?page=385"
RR = "https://fb2.top/rossiya-i-russkie-kniga-1-676139/read/part-70"
SPL = "http://fb2.top/pod-senyyu-svyatogo-pavla-delovoy-mir-londona-xiv-mdash-xvi-vv-470071/read/part-46"
GB = "https://www.bibliotecaginobianco.it/flip/QPC/14/5600/files/assets/basic-html/page-140.html"
GR = "https://bitlit.ru/page/it/arturo-graf/roma-nella-memoria-e-nelle-immaginazioni-del-medio-evo-vol-i/308"
AB = "https://bitlit.ru/page/it/various/gli-albori-della-vita-italiana-conferenze-tenute-a-firenze-nel-1890/126"
AM = "https://bitlit.ru/page/it/michele-amari/storia-dei-musulmani-di-sicilia-vol-iii-parte-i/111"
PC40 = "https://bitlit.ru/page/pt/manuel-pinheiro-chagas/os-descobrimentos-portuguezes-e-os-de-colombo-tentativa-de-coordenacao-historica/40"
PC47 = "https://bitlit.ru/page/pt/manuel-pinheiro-chagas/os-descobrimentos-portuguezes-e-os-de-colombo-tentativa-de-coordenacao-historica/47"
BI = "https://fb2.top/bo-e-igrzysko-tom-i-752007/read/part-notes"
NL = "https://9lib.org/document/rz3xjjdz-fifty-years-work-critical-edition-history-poland-d%C5%82ugosz.html"

OT = "https://otci.eu/find_en/718/472/%25D0%25BD%25D0%25B0%25D1%2583%25D1%2587%25D0%25B8%25D1%2582%25D1%2581%25D1%258F%2B%25D0%25B2%25D0%25B5%25D1%2580%25D0%25B8%25D1%2582%25D1%258C%2B%25D0%25B2%2B%25D0%2591%25D0%25BE%25D0%25B3%25D0%25B0.htm"
VS = "https://fb2.top/vladimir-svyatoy-421782/read/part-40"
WK = "https://biography.wikireading.ru/amp196859"
KW = "https://kiwix.nikhpc.keenetic.name/content/wikipedia_ru_all_maxi_2025-06/1416"


def yr(a, b): return {"date-parts": [[a], [b]]}


SKR = [P("Р. Г.", "Скрынников")]
HUMB = "Histoire de la géographie du nouveau continent"
ROG = short([F("Roggemann")], "Die sozialistische Verfassung")
RVSI = "Rivista Storica Italiana"

SIXTH = [
# --- French: notes of a study of Gallimard's non-fiction collections (OpenEdition)
(OE, "1 Je tiens à remercier Christelle Fourlon-Kouayep pour l’ensemble des chiffres de ventes qu’elle m’a communiqués, ainsi que Pierre Nora et Éric Legendre pour m’avoir donné accès à certaines archives des Éditions Gallimard. Je remercie également Marcel Gauchet, Pierre Nora, Éric Vigne et Nicolas Witkowski, malheureusement décédé en 2020, d’avoir bien voulu répondre à mes nombreuses questions. Enfin, merci à Wolf Feuerhahn de m’avoir suggéré de m’intéresser à la place de l’histoire des sciences chez Gallimard.",
 []),
(OE, "3 Pierre ASSOULINE, Gaston Gallimard. Un demi-siècle d’édition française, (1re éd. Balland, 1984), Paris, Gallimard, 2006 (coll. Folio ; 4353), p. 620.",
 [C(book("Gaston Gallimard. Un demi-siècle d’édition française", [P("Pierre", "Assouline")], publisher="Gallimard", place="Paris", year=2006,
         **{"collection-title": "Folio", "collection-number": "4353", "original-date": Y(1984), "original-publisher": "Balland"}), "620")]),
(OE, "4 Alban CERISIER, Gallimard.Un éditeur à l’œuvre, Paris, Gallimard, 2011 (Découvertes Gallimard ; 569), p. 114.",
 [C(book("Gallimard.Un éditeur à l’œuvre", [P("Alban", "Cerisier")], publisher="Gallimard", place="Paris", year=2011,
         **{"collection-title": "Découvertes Gallimard", "collection-number": "569"}), "114")]),
(OE, "5 Comme nous le détaillerons au cours du paragraphe « Un projet avorté de nouvelle collection pour le centenaire de 2011 », p. 47.",
 []),
(OE, "6 Collectif, Catalogue Gallimard 1911-2011, Paris, Gallimard, 2011.",
 [C(book("Catalogue Gallimard 1911-2011", [L("Collectif")], publisher="Gallimard", place="Paris", year=2011))]),
# --- French: Annales notes as Cambridge Core lists them (`page 484 Note 1.`, `Google Scholar` glued on)
(CA1, "page 39 note 1. Paris, Albin Michel, 1939, in-8, XXV-472 p. ; Avant-propos d'Henri Berr.",
 [C(book(None, publisher="Albin Michel", place="Paris", year=1939))]),
(CA2, "page 484 Note 1. Stephenson, Carl, Mediaeval Feudalism; Ithaque, Cornell Un. Pr., 1942, in-12, IX-116 p., ill., index.Google Scholar",
 [C(book("Mediaeval Feudalism", [P("Carl", "Stephenson")], publisher="Cornell Un. Pr.", place="Ithaque", year=1942))]),
(CA2, "page 484 Note 2. Michel Sczaniecm, Essai sur lest fiefs-rentes (Bibliothèque d'histoire du droit, publ. n° 6), Paris, Recueil Sirey, 1946, in-8°, 184 p. Pas d'index !",
 [C(book("Essai sur lest fiefs-rentes", [P("Michel", "Sczaniecm")], publisher="Recueil Sirey", place="Paris", year=1946,
         **{"collection-title": "Bibliothèque d'histoire du droit", "collection-number": "6"}))]),
(CA3, "1. T. I : Contribution à l'étude des structures sociales à la fin du XVIIIe siècle, 276 p. (1962) ; t. II : Subsistances et Maximum (1789, An IV), 476 p. (1963).",
 [C(book("Contribution à l'étude des structures sociales à la fin du XVIIIe siècle", year=1962, volume="I")),
  C(book("Subsistances et Maximum (1789, An IV)", year=1963, volume="II"))]),
(CA3, "page 786 note 1. Op. cit. t. II, p. 647.",
 []),
(CA3, "page 787 note 1. Citation dans Les Armées révolutionnaires, t. II, p. 751.",
 [C({"title": "Les Armées révolutionnaires", "volume": "II"}, "751")]),
(CA4, "1. Febvre, Lucien, La Civilisation féodale (Annales, t. II, janvier 1940, p. 3943)Google Scholar.",
 [C(art("La Civilisation féodale", [P("Lucien", "Febvre")], "Annales", "II", None, Y(1940, 1)), "3943")]),
# --- French: Michelet, Histoire de France, notes (short forms of English works, `passim`, parliament rolls)
(MI, "[127]: Je regrette de n'avoir pu consulter sur Marguerite le curieux ouvrage de miss Agnès Strickland: Lifes of the Queens of England.",
 [C(short([P("Agnès", "Strickland")], "Lifes of the Queens of England"))]),
(MI, "[128]: Tenait-il uniquement cette disposition de la folie de son grand-père, Charles VI? Son père, Henri V, qui fit preuve d'un jugement si ferme, était toutefois fort excentrique dans sa jeunesse; on se rappelle qu'il se présenta un jour à son père dans le costume d'un fol. Son portrait a quelque chose de bizarre et de béat, si j'en juge du moins par la belle gravure que M. Endell Tyler a donnée, d'après l'original de Kensington, en tête de ses Memoirs of Henry the fifth.",
 [C(short([P("Endell", "Tyler")], "Memoirs of Henry the fifth"))]),
(MI, "[129]: Sir Edward Coke admet à grand'peine que le roi, immortel in genere, meure pourtant in individuo. Howell' state trials, II, 624.—Blakstone, I, 247. Allen, Prerogative, passim.",
 [C({"title": "Howell' state trials", "volume": "II"}, "624"),
  C({"author": [F("Blakstone")], "volume": "I"}, "247"),
  C(short([F("Allen")], "Prerogative"))]),
(MI, "[130]: C'est comme une sorte de vertu magique, attribuée par les jurisconsultes au grand sceau royal: sa possession rendait légal tout gouvernement... Richard II, âgé de dix ans et demi, fut supposé en état de régner sans l'assistance d'une régence. (Hallam.)",
 [C(short([F("Hallam")]))]),
(MI, "[132]: Parl. rolls.",
 []),
# --- German: notes of a chapter on the GDR Staatsrat, as Springer lists them (`1. 1).`, `Google Scholar`)
(SP, "1. 1).\n    Mampel: Die “sozialistische Verfassung der DDR” unter kybernetischem Aspekt, in: Recht in Ost und West, 12. Jg. (1968), Heft 5, S. 202 f.Google Scholar",
 [C(art("Die “sozialistische Verfassung der DDR” unter kybernetischem Aspekt", [F("Mampel")], "Recht in Ost und West", "12", "5", 1968), "202 f.")]),
(SP, "3. 3).\n    Begründung des Gesetzentwurfs über die-Bildung des Staatsrates der DDR durch den Präsidenten der Volkskammer am 12. September 1960, in: StRDok, S. 74.Google Scholar",
 [C({"title": "Begründung des Gesetzentwurfs über die-Bildung des Staatsrates der DDR durch den Präsidenten der Volkskammer am 12. September 1960", "container-title": "StRDok"}, "74")]),
(SP, "4. 4).\n    VerfKomm I, S. 225 f.Google Scholar",
 [C({"title": "VerfKomm", "volume": "I"}, "225 f.")]),
(SP, "5. 5).\n    W. Stoph: Unser Staat — Hauptinstrument zur Schaffung der entwickelten sozialistischen Gesellschaft in der DDR, in: Einheit, 26. Jg. (1971), Heft 4, S. 373.Google Scholar",
 [C(art("Unser Staat — Hauptinstrument zur Schaffung der entwickelten sozialistischen Gesellschaft in der DDR", [P("W.", "Stoph")], "Einheit", "26", "4", 1971), "373")]),
(SP, "8. 8).\n    Roggemann: Die sozialistische Verfassung, a.a.O., S. 181.Google Scholar",
 [C(ROG, "181")]),
(SP, "10. 10).\n    VerfKomm II, S. 312.Google Scholar",
 [C({"title": "VerfKomm", "volume": "II"}, "312")]),
(SP, "12. 12).\n    Roggemann: Die sozialistische Verfassung, a.a.O., S. 182; Schulte, a.a.O., S. 67.Google Scholar",
 [C(ROG, "182"), C(short([F("Schulte")]), "67")]),
# --- German: footnotes of a paper on Prussia (`1[1]`, titles in „…“, a bare `a.a.O.`)
(SD, "1[1] H.-J. Schoeps: „Preußen: Geschichte eines Staates“, S. 301.",
 [C(short([P("H.-J.", "Schoeps")], "Preußen: Geschichte eines Staates"), "301")]),
(SD, "2[2] a.a.O. S. 298.",
 []),
(SD, "3[3] Friedrich der Große: „Das politische Testament von 1752“, Nachdruck 1987, Nachwort\nvon Eckhard Most.. S.150.",
 [C(book("Das politische Testament von 1752", [L("Friedrich der Große")], year=1987, contributor=[P("Eckhard", "Most")]), "150")]),
(SD, "4[4] Salmonowicz: „Preußen...“",
 [C(short([F("Salmonowicz")], "Preußen..."))]),
# --- Russian: notes of a 19th-century essay on Russian women (old-style references, `Ч. I`, `//`)
(LM, "1\nКотошихин Г. К. О России в царствование Алексея Михайловича. [СПб., 1884.] С. 44.",
 [C(book("О России в царствование Алексея Михайловича", [P("Г. К.", "Котошихин")], place="СПб.", year=1884), "44")]),
(LM, "2\nКонтарини рассказывает между прочим, что при его отъезде из Москвы великий князь Иван Васильевич пожелал, чтоб посол представился великой княгине Софье, «что и было мною исполнено с приличными приветствиями и поклонами. Великая княгиня обошлась со мною весьма вежливо и ласково и убедительно просила поклониться от нее светлейшей нашей республике (Венецианской). После сего я распростился с нею и возвратился в свое жилище». Подобные приемы впоследствии были уже немыслимы.",
 []),
(LM, "3\nРусская женщина в домонгольский период. Историческое исследование Александра Добрякова. СПб., 1864. С. 32, 34, 35, 39, 57, 58, 62, 69, 77, 78 и мн. др.",
 [C(book("Русская женщина в домонгольский период", [P("Александр", "Добряков")], place="СПб.", year=1864), "32, 34, 35, 39, 57, 58, 62, 69, 77, 78")]),
(LM, "4\nСоч. К. С. Аксакова. Ч. I. С. 92, 93, 124 и др.",
 [C({"author": [P("К. С.", "Аксаков")], "title": "Соч.", "volume": "I"}, "92, 93, 124")]),
(LM, "5\nАксаков К. С. Сочинения. Ч. I. С. 92–93; ср. также с. 90 и 91.",
 [C(book("Сочинения", [P("К. С.", "Аксаков")], volume="I"), "92–93")]),
(LM, "6\nСр. превосходную статью г. Кавелина: Мысли и заметки о Русской истории // Вестник Европы. Т. II. 1866.",
 [C(art("Мысли и заметки о Русской истории", [F("Кавелин")], "Вестник Европы", "II", None, 1866))]),
# --- Russian: notes of a book on Russian history (`Собр. соч. В 3 т.`, `Там же. Т. 2.`)
(KZ, "35\n \n   1. Белинский В. Г. Собр. соч. В 3 т. Т. 3. М., ГИХЛ, 1948. С. 555.",
 [C(book("Собр. соч.", [P("В. Г.", "Белинский")], publisher="ГИХЛ", place="М.", year=1948, volume="3", **{"number-of-volumes": "3"}), "555")]),
(KZ, "36\n \n   2. Там же. Т. 2. С. 534.",
 []),
# --- Russian: notes of two books on Ivan IV (a chronicle in ПСРЛ; three books of one author inside prose)
(WR, "4\n\nНиконовская летопись // Полное собрание русских летописей. М., 2000. Т. XIII. С. 49.",
 [C({"type": "chapter", "title": "Никоновская летопись", "container-title": "Полное собрание русских летописей", "publisher-place": "М.", "issued": Y(2000), "volume": "XIII"}, "49")]),
(LB, "1021 Примером здесь может служить Р. Г. Скрынников. В книге «Начало опричнины» он писал: «Сознавая безвыходность положения, Сильвестр объявил царю о том, что намерен уйти на покой в монастырь. Иван не стал удерживать своего старого наставника и отпустил его «благословив» на Белоозеро в Кириллов монастырь» (Скрынников Р. Г. Начало опричнины. С. 138). Немного позднее автор рисует несколько иную картину: «Созванный в Москве собор осудил их (Сильвестра и Адашева. — И.Ф.) как «ведомых» злодеев. Сильвестра перевели в Соловки на вечное поселение» (Скрынников Р. Г. Иван Грозный. М., 1975. С. 69). Недавно Р. Г. Скрынников вернулся «на прежнее»: «Сильвестр, оставшийся в Москве после отъезда Адашева в Ливонию, предпринимал отчаянные попытки предотвратить его отставку. Но успеха не добился. Иван не стал удерживать своего старого наставника и, благословив, отпустил в Кириллов монастырь». — Скрынников Р. Г. Иван Грозный. М., 2002. С. 110.",
 [C(book("Начало опричнины", SKR), "138"),
  C(book("Иван Грозный", SKR, place="М.", year=1975), "69"),
  C(book("Иван Грозный", SKR, place="М.", year=2002), "110")]),
(LB, "1022 Переписка Ивана Грозного с Андреем Курбским. С. 33, 81.",
 [C(book("Переписка Ивана Грозного с Андреем Курбским"), "33, 81")]),
# --- Russian: a note of a book on Rus' (`— С.`, two authors) and one citing English works in Russian style
(RR, "61\n\nФроянов И.Я., Дворниченко А.Ю. Города-государства Древней Руси. — С. 63–64; Сергеевич В.И. Вече и князь: Русское государственное управление во времена князей Рюриковичей. — М., 1867. — С. 51–80.",
 [C(book("Города-государства Древней Руси", [P("И.Я.", "Фроянов"), P("А.Ю.", "Дворниченко")]), "63–64"),
  C(book("Вече и князь: Русское государственное управление во времена князей Рюриковичей", [P("В.И.", "Сергеевич")], place="М.", year=1867), "51–80")]),
(SPL, "Gross Ch. The Gild Merchant. A Contribution to British Municipal History: in 2 vols. Oxford, 1890. Vol. 1. P. 106, 108, 110, 112–114; Кеннингем У. Рост английской торговли и промышленности в Средние века. М., 1903. С. 290–294; Colby Ch.W. The Growth of Oligarchy in English Towns // The English Historical Review. 1890. 20. P. 639–642, 648–651; Green A.K. Town Life in the Fifteenth Century: in 2 vols. L., 1907. Vol. 1. P. 35–124; Vol. 2. P. 266–268; Hibbert A.B. The Origins of Medieval Town Patriciate // The Past and Present. 1953. № 3. P. 15–27; Jacob E.F. The Fifteenth Century. 1399–1485. Oxford, 1961. P. 365–367, 387–390, 395.",
 [C(book("The Gild Merchant. A Contribution to British Municipal History", [P("Ch.", "Gross")], place="Oxford", year=1890, volume="1", **{"number-of-volumes": "2"}), "106, 108, 110, 112–114"),
  C(book("Рост английской торговли и промышленности в Средние века", [P("У.", "Кеннингем")], place="М.", year=1903), "290–294"),
  C(art("The Growth of Oligarchy in English Towns", [P("Ch.W.", "Colby")], "The English Historical Review", None, "20", 1890), "639–642, 648–651"),
  C(book("Town Life in the Fifteenth Century", [P("A.K.", "Green")], place="L.", year=1907, volume="1", **{"number-of-volumes": "2"}), "35–124"),
  C(book("Town Life in the Fifteenth Century", [P("A.K.", "Green")], place="L.", year=1907, volume="2", **{"number-of-volumes": "2"}), "266–268"),
  C(art("The Origins of Medieval Town Patriciate", [P("A.B.", "Hibbert")], "The Past and Present", None, "3", 1953), "15–27"),
  C(book("The Fifteenth Century. 1399–1485", [P("E.F.", "Jacob")], place="Oxford", year=1961), "365–367, 387–390, 395")]),
# --- Russian: notes of a book on Rus' and the Khazars (`— В кн.:`, `— В сб.:`, `Указ. соч.`, `«Византийский временник», т. 14`)
(OT, "30) Артамонов М. И. Воевода Свенельд.— В кн.: Культура Древней Руси.— М., 1966, с. 30-35.",
 [C(chap("Воевода Свенельд", [P("М. И.", "Артамонов")], "Культура Древней Руси", place="М.", year=1966), "30–35")]),
(OT, "31) Полное собрание русских летописей. Том 37.—Л., 1982, с. 57.",
 [C(book("Полное собрание русских летописей", place="Л.", year=1982, volume="37"), "57")]),
(OT, "32) См.: Новосельцев А. П. Хазарское государство... с. 213.",
 [C(book("Хазарское государство...", [P("А. П.", "Новосельцев")]), "213")]),
(OT, "33) Минорский В. Ф. Указ. соч., с. 198, 199-200.",
 [C(short([P("В. Ф.", "Минорский")]), "198, 199–200")]),
(OT, "35) Гумилев Л. Н. Сказание о хазарской дани.— «Русская литература», 1974, № 3, с. 167,168,172.",
 [C(art("Сказание о хазарской дани", [P("Л. Н.", "Гумилев")], "Русская литература", None, "3", 1974), "167,168,172")]),
(OT, "37) Талис Д. Л. Из истории русско-корсунских политических отношений в IX—XI вв.— «Византийский временник», т. 14, 1958, с. 106.",
 [C(art("Из истории русско-корсунских политических отношений в IX—XI вв.", [P("Д. Л.", "Талис")], "Византийский временник", "14", None, 1958), "106")]),
(OT, "38) Бейлис В. М. Ал-Масуди о русско-византийских отношениях в 50-х годах Х века.— В кн.: Международные связи России до XVII века.— М., 1961, с. 22.",
 [C(chap("Ал-Масуди о русско-византийских отношениях в 50-х годах Х века", [P("В. М.", "Бейлис")], "Международные связи России до XVII века", place="М.", year=1961), "22")]),
(OT, "40) Поппэ А. В. Родословная Мстиши Свенельдича.— В сб.: Летописи и хроника. 1973 г.— М., 1974, с. 86.",
 [C(chap("Родословная Мстиши Свенельдича", [P("А. В.", "Поппэ")], "Летописи и хроника. 1973 г.", place="М.", year=1974), "86")]),
# --- Russian: a note of a life of Vladimir (a book and a chapter `//` in a yearbook) and one of a life of Olga
(VS, "См. об этом: Насонов А.Н. «Русская земля» и образование территории Древнерусского государства. М., 1951. С. 41–42; Петрухин В.Я. Славяне, варяги и хазары на юге Руси. К проблеме формирования территории Древнерусского государства // Древнейшие государства Восточной Европы. 1992–1993 гг. М., 1995. С. 117–125.",
 [C(book("«Русская земля» и образование территории Древнерусского государства", [P("А.Н.", "Насонов")], place="М.", year=1951), "41–42"),
  C(chap("Славяне, варяги и хазары на юге Руси. К проблеме формирования территории Древнерусского государства", [P("В.Я.", "Петрухин")], "Древнейшие государства Восточной Европы. 1992–1993 гг.", place="М.", year=1995), "117–125")]),
(WK, "141\n\n141\n\nСр.: Назаренко Л.В. Некоторые соображения о договоре Руси с греками 944 г. в связи с политической структурой Древнерусского государства // Восточная Европа в древности и средневековье. VIII чтения памяти… В.Т. Пашуто. М., 1996. С. 58-63.",
 [C(chap("Некоторые соображения о договоре Руси с греками 944 г. в связи с политической структурой Древнерусского государства", [P("Л.В.", "Назаренко")], "Восточная Европа в древности и средневековье. VIII чтения памяти… В.Т. Пашуто", place="М.", year=1996), "58–63")]),
# --- Italian: notes of a review of fascism studies (SMALL CAPS, OCR, titles broken over lines, `ora in ID.`)
(GB, "(29) Cfr. p. es. F. CATALANO, Potere economico e fascismo. La crisi de/dopoguerra. 1919-1921, Leri-\nci, Milano 1964 (nuova ed. Bompiani, Milano 1974); A. REPACI,\nLa marcia su Roma,\nPrefazione\ndi A. Frassati, Rizzoli, Milano 1972 (nuova ed.).",
 [C(book("Potere economico e fascismo. La crisi de/dopoguerra. 1919-1921", [P("F.", "Catalano")], publisher="Leri- ci", place="Milano", year=1964)),
  C(book("La marcia su Roma", [P("A.", "Repaci")], publisher="Rizzoli", place="Milano", year=1972, edition="nuova"))]),
(GB, "(30) Cfr. Rumi,\n«Il Popolo d'Italia» (1918-1925), cit. (contra v.\nla recensione di un altro bel campione\ndi\nmarxismo,\nche sta grossomodo seguendo le scie del De Felice, S. SECHI, in (<Nuova Rivista Sto-\nrica», 1967); R. VIVARELLI,\nBenito Mussolini dal socialismo al fascismo,\nin «Rivista Storica Ita-\nliana», 1967, I I ; N. TRANFAGLIA, Dalla neutralità italiana alle origini del fascismo: tendenze\nattuali della storiografia, in «Studi storici», 1969, 3, ora in ID., Dallo stato liberale al regime\nfascista. Problemi\ne\nricerche,\nFeltrinelli, Milano 1973. Del diffondersi ad un ampio livello di\ncodeste tesi è esempio, suun piano di divulgazione giornalistica: G. Nozzou, I\nras del regime. Gli\nuomini che disfecero gli italiani,\nBompiani, Milano 1967; cfr. anche l'agile volumetto di P.\nSECCHIA,\nLe armi de/fascismo (1921-1971),\nFeltrinelli, Milano 1973 (seconda ed.).",
 [C(short([F("Rumi")], "«Il Popolo d'Italia» (1918-1925)")),
  C(art(None, [P("S.", "Sechi")], "Nuova Rivista Sto- rica", None, None, 1967)),
  C(art("Benito Mussolini dal socialismo al fascismo", [P("R.", "Vivarelli")], "Rivista Storica Ita- liana", None, "I I", 1967)),
  C(art("Dalla neutralità italiana alle origini del fascismo: tendenze attuali della storiografia", [P("N.", "Tranfaglia")], "Studi storici", None, "3", 1969)),
  C(book("Dallo stato liberale al regime fascista. Problemi e ricerche", [P("N.", "Tranfaglia")], publisher="Feltrinelli", place="Milano", year=1973)),
  C(book("I ras del regime. Gli uomini che disfecero gli italiani", [P("G.", "Nozzou")], publisher="Bompiani", place="Milano", year=1967)),
  C(book("Le armi de/fascismo (1921-1971)", [P("P.", "Secchia")], publisher="Feltrinelli", place="Milano", year=1973, edition="seconda"))]),
(GB, "(31)\nTRANFAGLIA,\nop. cit.,\npp. 96-97.",
 [C(short([F("Tranfaglia")]), "96–97")]),
(GB, "(32) L. VALIAN1, La storia de/fascismo nella problematica della storia contemporanea e nella biogra-\nfia di Mussolini,\nin «Rivista Storica Italiana», 1967, I I .",
 [C(art("La storia de/fascismo nella problematica della storia contemporanea e nella biogra- fia di Mussolini", [P("L.", "Valian1")], RVSI, None, "I I", 1967))]),
(GB, "(33) G. LUMBROSO,\nLa crisi del Fascismo,\nVallecchi, Firenze 1925, p. 17.",
 [C(book("La crisi del Fascismo", [P("G.", "Lumbroso")], publisher="Vallecchi", place="Firenze", year=1925), "17")]),
(GB, "(34) Cfr. Rumi,\nop. cit.;\ncfr. anche LUMBROSO,\nop. cit.,\np. 18.",
 [C(short([F("Rumi")])), C(short([F("Lumbroso")]), "18")]),
# --- Italian: notes of a 19th-century study of Rome in the medieval imagination (`ap.`, Italian city names)
(GR, "[6]. Vita Karoli Magni, c. 33, ap. Jaffé, Monumenta Carolina, Berlino, 1867, p. 540. Opina il De Rossi, Piante icnografiche e prospettiche di Roma, Roma, 1876, p. 73, che tanto questa tavola, quanto le altre due che recavano la pianta di Costantinopoli, dovessero appartenere ai tempi di Arcadio e di Onorio.",
 [C({"type": "chapter", "title": "Vita Karoli Magni", "container-title": "Monumenta Carolina", "editor": [F("Jaffé")], "publisher-place": "Berlino", "issued": Y(1867)}, "540"),
  C(book("Piante icnografiche e prospettiche di Roma", [F("De Rossi")], place="Roma", year=1876), "73")]),
(GR, "[9]. Questo verso era pure scritto in giro della corona ed in due ruote ai capi dello scudo imperiale. Graphia aureae urbis Romae, ap. Ozanam, Documents inédits pour servir à l'histoire littéraire de l'Italie, Parigi, 1850, p. 174-5.",
 [C({"type": "chapter", "title": "Graphia aureae urbis Romae", "container-title": "Documents inédits pour servir à l'histoire littéraire de l'Italie", "editor": [F("Ozanam")], "publisher-place": "Parigi", "issued": Y(1850)}, "174–5")]),
(GR, "[10]. De rerum humanarum vicissitudine et clade Lindisfarnensis Monasterii, Opera, ed. del Froben, v. II, pag. 238, col. 2ª.",
 [C({"type": "chapter", "title": "De rerum humanarum vicissitudine et clade Lindisfarnensis Monasterii", "container-title": "Opera", "editor": [F("Froben")], "volume": "II"}, "238")]),
(GR, "[11]. Bibliothek des literarischen Vereins, v. XVI, Stoccarda, 1847, p. 16, e The latin poems commonly attributed to Walter Mapes, collected and edited by Thomas Wright, Londra, (Cambden Society), 1841, De ruina Romae, p. 217-22.",
 [C(book("Bibliothek des literarischen Vereins", place="Stoccarda", year=1847, volume="XVI"), "16"),
  C(book("The latin poems commonly attributed to Walter Mapes", editor=[P("Thomas", "Wright")], publisher="Cambden Society", place="Londra", year=1841), "217–22")]),
(GR, "[13]. Duemmler, Auxilius und Vulgarius, Lipsia, 1866, p. 152.",
 [C(book("Auxilius und Vulgarius", [F("Duemmler")], place="Lipsia", year=1866), "152")]),
# --- Italian: notes of lectures on early Italian life (`[12.]`, author-only and title-only short forms, six works in one note)
(AB, "[12.] Vedi il Frézet, pag. 61.",
 [C(short([F("Frézet")]), "61")]),
(AB, "[13.] Histoire de la maison de Savoie, pag. 61, vol. 1.",
 [C({"title": "Histoire de la maison de Savoie", "volume": "1"}, "61")]),
(AB, "[16.] Balbo.",
 [C(short([F("Balbo")]))]),
(AB, "[17.] Carlo Troya, in Prose Lett., pag. 396.",
 [C({"author": [P("Carlo", "Troya")], "container-title": "Prose Lett."}, "396")]),
(AB, "[18.] Mi attengo ai fatti, che hanno carattere più generale. In realtà questo passaggio dell'autorità del Vescovo al Comune non è una regola senza eccezione. Ne ha in Lombardia; ne ha molte più in Toscana.",
 []),
(AB, "[19.] È riassunta da: Francesco Lanzani, Storia dei Comuni Italiani dalle origini al 1313. — Villari, Il Comune Italiano e la storia civile di Firenze (Politecnico 1886). — Hegel, Storia della costituzione dei Municipi italiani. — Haulleville, Communes Lombardes. — Scupper, La Società Milanese all'epoca del risorgimento del Comune, in Archiv. giurid. 1869. Vol. 3.º — A. Amati, Ariberto e Lanzone.",
 [C(short([P("Francesco", "Lanzani")], "Storia dei Comuni Italiani dalle origini al 1313")),
  C(art("Il Comune Italiano e la storia civile di Firenze", [F("Villari")], "Politecnico", None, None, 1886)),
  C(short([F("Hegel")], "Storia della costituzione dei Municipi italiani")),
  C(short([F("Haulleville")], "Communes Lombardes")),
  C(art("La Società Milanese all'epoca del risorgimento del Comune", [F("Scupper")], "Archiv. giurid.", "3", None, 1869)),
  C(short([P("A.", "Amati")], "Ariberto e Lanzone"))]),
(AM, "[663]. Questo argomento è trattato, con molta critica ed autorità di citazioni, dal Mortreuil, Histoire du Droit byzantin, Paris, 1843-6, volume III, pagg. 49, 75 ad 82.",
 [C(book("Histoire du Droit byzantin", [F("Mortreuil")], place="Paris", year=yr(1843, 1846), volume="III"), "49, 75 ad 82")]),
# --- Portuguese: notes of a history of the Portuguese discoveries (`tom. I, pag. 334 e segg.`, `Apud`)
(PC40, "[54] Os filhos de D. João I, cap. III, A villa do infante, pag. 59 e segg.",
 [C({"title": "Os filhos de D. João I"}, "59 e segg.")]),
(PC40, "[55] Humboldt, Histoire de la géographie du nouveau continent, tom. I, pag. 334 e segg.",
 [C({"author": [F("Humboldt")], "title": HUMB, "volume": "I"}, "334 e segg.")]),
(PC40, "[56] Apud Visconde de Santarem, Recherches sur la découverte, etc., pag. 113 e 114.",
 [C(short([L("Visconde de Santarem")], "Recherches sur la découverte, etc."), "113 e 114")]),
(PC40, "[57] Citado por Humboldt na Histoire de la géographie du nouveau continent, tom. I, pag. 246.",
 [C({"author": [F("Humboldt")], "title": HUMB, "volume": "I"}, "246")]),
(PC40, "[58] No Boletim da Sociedade de Geographia de Madrid do anno corrente.",
 [C({"type": "periodical", "title": "Boletim da Sociedade de Geographia de Madrid"})]),
(PC40, "[59] «Mais avant les Portugais aucune nation de l’Europe ne semble être allée au délà de l’Équateur». (Histoire de la géographie, etc., tom. I, pag. 290).",
 [C({"title": "Histoire de la géographie, etc.", "volume": "I"}, "290")]),
(PC47, "[125] Les Corte-Real par mr. H. Harrisse, pag. 209. Ernesto do Canto, Os Côrtes-Reaes, pag. 211.",
 [C(short([P("H.", "Harrisse")], "Les Corte-Real"), "209"),
  C(short([P("Ernesto", "do Canto")], "Os Côrtes-Reaes"), "211")]),
(PC47, "[126] Histoire de la Géographie, etc., t. IV, pag. 263.",
 [C({"title": "Histoire de la Géographie, etc.", "volume": "IV"}, "263")]),
# --- Polish: notes of the Polish edition of Davies, God's Playground (`w:`, `wyd.`, `„Roczniki Historyczne”, XVI (1947)`)
(BI, "2\n\nW niniejszym wydaniu wszystkie ingerencje cenzury zostały usunięte, a opuszczenia uzupełnione (przyp. red.)",
 []),
(BI, "3\n\nPrzekład wg: T. Kowalski, Relacja Ibrahima ibn Jakuba z podróży do krajów\n\nsłowiańskich w przekładzie Al-Bekriego, w: Pomniki dziejowe Polski, seria II, t. l, Kraków 1946, s. 48-54 (przyp. tłum.).",
 [C(chap("Relacja Ibrahima ibn Jakuba z podróży do krajów słowiańskich w przekładzie Al-Bekriego", [P("T.", "Kowalski")], "Pomniki dziejowe Polski", place="Kraków", year=1946, volume="l"), "48–54")]),
(BI, "4\n\nMonumenta Poloniae Historica (Nowa seria). I, Relacja Ibrahima ibn Jakuba z podróży do krajów słowiańskich w przekładzie Al-Bekriego, wyd. T. Kowalski, Kraków 1946, zawiera zarówno oryginalny tekst arabski, jak i przekład polski. Patrz G. Labuda, Najstarsza relacja o Polsce w nowym wydaniu, „Roczniki Historyczne”, XVI (1947), s. 100-183.",
 [C(book("Relacja Ibrahima ibn Jakuba z podróży do krajów słowiańskich w przekładzie Al-Bekriego", editor=[P("T.", "Kowalski")], place="Kraków", year=1946,
         **{"collection-title": "Monumenta Poloniae Historica (Nowa seria)", "collection-number": "I"})),
  C(art("Najstarsza relacja o Polsce w nowym wydaniu", [P("G.", "Labuda")], "Roczniki Historyczne", "XVI", None, 1947), "100–183")]),
(NL, "1VitaJoannis Dlugosch senioris canonici Cracoviensis, wyd. M. Brożek , Warszawa 1961, s. 27.",
 [C(book("VitaJoannis Dlugosch senioris canonici Cracoviensis", editor=[P("M.", "Brożek")], place="Warszawa", year=1961), "27")]),
# --- References of a Russian Wikipedia year page (a kiwix copy): `↑`, Italian, Russian and German books, ISBNs,
#     a volume with its own title, a series in `(= …, NF 7)` and in `— (Историческая библиотека).`
(KW, "↑ Raimondo Carta Raspi, Storia della Sardegna, Milano, Mursia, 1981.",
 [C(book("Storia della Sardegna", [P("Raimondo", "Carta Raspi")], publisher="Mursia", place="Milano", year=1981))]),
(KW, "↑ «История Востока» (в 6 т.). Т.II «Восток в средние века» — Москва: издательская фирма «Восточная литература» РАН, 2002. ISBN 5-02-018102-1",
 [C(book("История Востока", publisher="издательская фирма «Восточная литература» РАН", place="Москва", year=2002, volume="II",
         **{"volume-title": "Восток в средние века", "number-of-volumes": "6", "ISBN": "5-02-018102-1"}))]),
(KW, "↑ Peter Niederhäuser, Alois Niederstätter (Hgg.): Die Appenzellerkriege — eine Krisenzeit am Bodensee? Konstanz 2006 (= Forschungen zur Geschichte Vorarlbergs, NF 7).",
 [C(book("Die Appenzellerkriege — eine Krisenzeit am Bodensee?", editor=[P("Peter", "Niederhäuser"), P("Alois", "Niederstätter")], place="Konstanz", year=2006,
         **{"collection-title": "Forschungen zur Geschichte Vorarlbergs", "collection-number": "NF 7"}))]),
(KW, "↑ Г. Г. Литаврин. Краткая история Болгарии. М. Наука. 1987 год",
 [C(book("Краткая история Болгарии", [P("Г. Г.", "Литаврин")], publisher="Наука", place="М.", year=1987))]),
(KW, "↑ Басовская Н. И. Столетняя война: леопард против лилии. — М.: ООО «АСТ», Астрель, 2003. — 428 с. — (Историческая библиотека). — ISBN 5-17-012657-3.",
 [C(book("Столетняя война: леопард против лилии", [P("Н. И.", "Басовская")], publisher="ООО «АСТ», Астрель", place="М.", year=2003,
         **{"collection-title": "Историческая библиотека", "ISBN": "5-17-012657-3"}))]),
]
