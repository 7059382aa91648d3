# -*- coding: utf-8 -*-
# Twenty-fourth gathering (2026-11-25): 74 NON-ENGLISH footnotes and endnotes of modern (after 1950) history and
# humanities books and articles, with 70 citations (19 of them short forms); 10 notes cite no work (prose, `Ebd.`,
# a parliamentary reference).
# Pages: 14, none of them a `where` address of notes.jsonl or of any /work/gather/*.py, notes_twentythird.py included
# (grepped before each was taken, and again before finishing). Sites new to the set: onlinereadsfree.com,
# kniga-online.com (kniga-online.org/.net were used, .com not), preprod-shibboleth.cairn.info (a book's notes page on
# Cairn; shs.cairn.info journal articles were used), detopia.de, rsr.revues.org, ccibp.revues.org, doczz.it. The others
# are other books or chapters on sites used before: hotlib.net and booksonline.com.ua (other books), books.openedition.org
# (chapters of other books: pur/46603, psorbonne/18293, pufr/23665), 9lib.org (another article), epubs.bibliotk.mx
# (files/6162, the same book as the used notas27.xhtml, but another chapter's notes page, notas3.xhtml). As before, the
# search index shows a page's text from its beginning, so pages holding only notes (e-book notes pages, OpenEdition
# chapters whose footnotes come first, PDF transcripts whose first page carries a footnote) were the ones it gave whole.
# Gold written by hand from the note text; no parser was run. Notes were taken only where the page showed them whole:
# a note cut off by the index, a page opening in the middle of a note, an OpenEdition note shortened with "(...)" were
# left out, and a note printed twice on the same page (onlinereadsfree, `Чуев Ф. Солдаты империи ... С. 533.`) was
# taken once. From the two longest pages (Rubel, Azaña) about ten notes each were kept (five `Ebd.`/letter notes of
# Rubel and three notes of the Azaña page left out).
# Languages: Russian 33, French 15, German 12, Spanish 12, Polish 1, Italian 1 (six languages; the Italian note is prose
# and cites no work). Few Italian, Polish, Portuguese, Dutch, Czech or Swedish pages of modern scholarship whose notes the
# index showed whole and that had not been used could be found (an Italian notes page of a book of 1903 was not taken).
# Subjects: Stalin (a Russian book on his methods of rule, Weiskopf's "Писатель Сталин", a Russian biography of the young
# Stalin, the Russian translation of Roberts's "Stalin's Library"), Joséphine de Beauharnais (a Perrin biography), the
# French Resistance and its memory, Jean Cavaillès, philosophy of religion, Pascal and Port-Royal, Athenaeus and royal
# banquets, Manuel Azaña and the Second Republic (a Spanish book), Maximilien Rubel's Stalin (rowohlt monograph, 1975),
# Brodsky's Watermark (a Polish article of literary studies), the 150th anniversary of Italian unity (an Italian essay).
# Pages and shapes:
#  - Russian (onlinereadsfree.com, book 127072): unnumbered notes, `Фамилия И. Title. — М.: Терра, 1991. С. 61.` with a
#    dash before the imprint, prose after the citation, a citation inside `(см.: …)`, `Нью-Йорк, 1962`, a prose note.
#  - Russian (hotlib.net, Weiskopf): the number on its own line, `Указ. соч. С. 21` short forms, `Там же. С. 93 и след.`,
#    `— В кн.`-less `//` chapter in a collection, a publisher without a place (`СПбГУ, 2010`), a corpus without author.
#  - Russian (booksonline.com.ua, book 54576): unnumbered notes, name before title without comma (`Лев Троцкий. Сталин.
#    Т. 1. С. 5.`), initials before the name (`Б.С. Илизаров.`), an English book inside a Russian note (`См. A. Ulam.
#    Stalin. p. 25.`), `(T.I. С. 18–48)` after a book named only in prose.
#  - Russian (kniga-online.com, Roberts in translation): `С. Аллилуева, «Только один год».`, `Цит. по: R. Debray,
#    ‘Socialism: A Life-Cycle’, New Left Review, 46 (июль – август 2007 года).`, `Harvard University Press: Cambridge MA
#    2011. – P. 13.`, translator's notes (`– Прим. пер.`).
#  - French (cairn.info, Perrin): note numbers printed twice (`11.`, `22.` … for 1, 2 …), `p. XXXIX`, `notre ouvrage`,
#    a catalogue essay named only by its subject in quotes (`l’excellente étude sur le « Cygne ambigu », dans le catalogue
#    …, Les Arts décoratifs, 2008, p. 82 et 83`), a one-name author (`Joséphine, Correspondance`), a long prose note.
#  - French (OpenEdition, revues.org): `Paris, Robert Laffont, 1946.`, `Vie et mort de Jean Cavaillès 1903-1944`,
#    `Grenoble, Jérôme Millon, 1989.`, `éd. Naves, Garnier, 1964`, an author–date short form of three authors
#    (`Grandjean, Hugoniot et Lion 2013.`).
#  - Spanish (epubs.bibliotk.mx, files/6162, notas3): surnames in capitals (small caps in the e-book) as in notas27,
#    `VV.AA.`, `pp. 147, 163 y 179`, `pp. 400-1, 391, 313-4, 396`, `S. JULIÁ, prólogo a Diarios.`, a speech quoted `en`
#    a book, `Cortes, Diario de Sesiones, 3-4-1936.` (parliamentary, not listed), `pp. 111- 116`, ` <<` kept.
#  - Polish (9lib.org): one footnote broken over PDF lines, with blank lines and non-breaking hyphens (`opublikowa‑`)
#    kept, an essay in a weekly's internet edition named in prose (`Ewa Górniak w eseju Płaska ziemia, opublikowanym w
#    internetowym wydaniu „Tygodnika Powszechnego” w roku 2000`).
#  - Italian (doczz.it): a prose footnote with a PDF line break.
#  - German (detopia.de, Rubel): a list of sigla before the notes (not copied), numbers `1)` … `13)` then `14` … without
#    the parenthesis, `LAW Bd. 2, S. 384`, `MEW Bd. 23, S. 25 (Nachwort zur 2. Aufl. 1873)`, `Ebd., S. 385`, `S. 302 f`,
#    letters `Friedrich Engels an Wera I. Sassulitsch, 23. Mai 1885; MERK, S. 230`, `a. a. O.`, `In: «Die Neue Zeit»
#    1901/02, S. 79 f`, an unclosed guillemet (`«Randglossen zu Bakunins Staatswesen und Anarchien [1874].`).
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - As in notes_fourth, a GOST description with a page but no imprint is a `book` (`Невежин В. А. Застольные речи
#    Сталина. С. 191.`, `Лев Троцкий. Сталин. Т. 1. С. 5.`, `С. Аллилуева, «Только один год».`, `A. Ulam. Stalin.`);
#    `Указ. соч.` gives a short form with the author only (as in the earlier Russian golds).
#  - Surnames printed in capitals in the Spanish e-book are given with normal capitalisation (`M. AZAÑA` → family
#    "Azaña"), as the golds of the same book's notas27 did; `VV.AA.` is a literal author (the earlier rule).
#  - A sigla-cited edition (`LAW Bd. 2`, `LW Bd. 4`, `MERK`) is a short form with the siglum as `title` (or, when a
#    text inside it is named, as `container-title`) and `Bd.` as `volume` (the papyrus-siglum rule of the eleventh
#    gathering); the text's own date in brackets (`[1902]`) and a gloss in parentheses (`(Nachwort zur 2. Aufl. 1873)`)
#    are not kept. A letter printed in MERK gives the MERK short form with the letter's writer as `author`.
#  - `etc.` after a list of pages is dropped (`pp. 309, 332, … 408, etc.` → `309, 332, 334, 339, 408`), like the
#    earlier glosses.
#  - `prólogo a Diarios` by S. Juliá: a short form with Juliá as author and `Diarios` as `container-title`.
#  - A catalogue essay given only by its subject in quotes (`l’excellente étude sur le « Cygne ambigu »`) is an untitled-
#    author `chapter` titled by the quoted words; `p. 82 et 83` gives locator `82 et 83`.
#  - A one-name author (`Joséphine`, `Voltaire`) is `literal`.
#  - A doubled note number (`11.` for note 1 on Cairn) is kept in the note text as printed.
#  - A weekly named in the genitive in a Polish note (`„Tygodnika Powszechnego”`) is given in the nominative
#    (`Tygodnik Powszechny`), as Russian names in the genitive were; the essay is an `article-newspaper`.
#  - A journal's year-volume printed `1901/02` (`«Die Neue Zeit» 1901/02`) is its `volume`; no `issued`.
#  - `(июль – август 2007 года)` after a journal number gives `issued` 2007 only.
#  - The work named only as "the book about Stalin" in prose (`в книге Троцкого о Сталине (T.I. С. 18–48)`) and a
#    text of Lenin named only by its subject are not listed (the ninth gathering's rule).
# Doubtful: `M. AZAÑA, Memorias I, Barcelona, Grijalbo, 1978` was given the title `Memorias I` (the `I` may be a volume);
# `J. MARICHAL, «La vocación de Manuel Azaña», Madrid, 1971` was read as a book (the quotes suggest an essay);
# `LAW Bd. 2, S. 384 («Die nächsten Aufgaben der Sowjetmacht» [1918])` was given as the LAW short form, the article's
# title in parentheses being read as a gloss; the Joséphine biography's author (Pierre Branda) is not printed in the
# notes, so `notre ouvrage` has no author; `статьи «Правды»` (Pravda named without a date, Roberts note 36) and
# `Diario de Sesiones` (parliamentary) are not listed; the Polish essay's type (`article-newspaper` for a weekly's
# internet edition) may be `webpage`.
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
ORF = "https://onlinereadsfree.com/view.php?book=127072&page=124"
WEI = "https://hotlib.net/htrd/625397/p51"
BOU = "https://booksonline.com.ua/view.php?book=54576&page=277"
ROB = "https://kniga-online.com/books/dokumentalnye-knigi/biografii-i-memuary/page-86-422862-biblioteka-stalina-vozhd-i-ego-knigi-dzheffri-roberts.html"
JOS = "https://preprod-shibboleth.cairn.info/josephine--9782262085568-page-527.htm"
RES = "https://books.openedition.org/pur/46603?lang=en"
CAV = "https://books.openedition.org/psorbonne/18293"
RSR = "http://rsr.revues.org/2997"
PAS = "https://ccibp.revues.org/593"
ATH = "https://books.openedition.org/pufr/23665?mobile=1"
AZA = "https://epubs.bibliotk.mx/epubReader/reader/files/6162/OEBPS/Text/notas3.xhtml"
RUB = "https://detopia.de/R/Rubel-Stalin/1975-Stalin/s126-Anmerkungen.htm"
BRO = "https://9lib.org/article/o-tytule-eseju-watermark-josifa-brodskiego.y9616epj"
ITA = "https://doczz.it/doc/1215027/i-periodi-fondativi-dell-italia-contemporanea--le-fasi-di..."

# --- recurring names
CHUEV = [P("Ф.", "Чуев")]
KRAS = [P("С.П.", "Красиков")]
GROM = [P("Е.", "Громов")]
TROT = [P("Лев", "Троцкий")]
AZ = [P("M.", "Azaña")]
MARX = [P("Karl", "Marx")]
ENG = [P("Friedrich", "Engels")]

TWENTYFOURTH = [
# --- Russian: unnumbered notes of a book on Stalin's methods of rule (onlinereadsfree.com)
(ORF, "Молотов С. Сталинские методы управления. Как стать вождём своей компании. — СПб.: Питер, 2009. С. 59–60.",
 [C(book("Сталинские методы управления. Как стать вождём своей компании", [P("С.", "Молотов")], publisher="Питер", place="СПб.", year=2009), "59–60")]),
(ORF, "Чуев Ф. Сто сорок бесед с Молотовым. — М.: Терра, 1991. С. 61. Сталин знал немецкий язык довольно неплохо. Но для сложных переговоров всегда использовал переводчика.",
 [C(book("Сто сорок бесед с Молотовым", CHUEV, publisher="Терра", place="М.", year=1991), "61")]),
(ORF, "Красиков С.П. Возле вождей. — М.: Современник, 1997. С. 518.",
 [C(book("Возле вождей", KRAS, publisher="Современник", place="М.", year=1997), "518")]),
(ORF, "Чуев Ф. Солдаты империи. — М.: Ковчег, 1998. С. 527.",
 [C(book("Солдаты империи", CHUEV, publisher="Ковчег", place="М.", year=1998), "527")]),
(ORF, "Красиков С.П. Возле вождей. — М.: Современник, 1997. С. 218–219.",
 [C(book("Возле вождей", KRAS, publisher="Современник", place="М.", year=1997), "218–219")]),
(ORF, "Ржешевский О. Сталин и Черчилль. — М.: Эксмо, 2010. С. 192.",
 [C(book("Сталин и Черчилль", [P("О.", "Ржешевский")], publisher="Эксмо", place="М.", year=2010), "192")]),
(ORF, "Чуев Ф. Солдаты империи. — М.: Ковчег, 1998. С. 533.",
 [C(book("Солдаты империи", CHUEV, publisher="Ковчег", place="М.", year=1998), "533")]),
(ORF, "Поскольку Лев Давыдович категорически отказывался уезжать, то его из квартиры в буквальном смысле вынесли на руках двое крепких мужчин.",
 []),
(ORF, "Эту историю Ф. Чуеву рассказывал сам Мгеладзе (см.: Чуев Ф. Сто сорок бесед с Молотовым. — М.: Терра, 1991. С. 132).",
 [C(book("Сто сорок бесед с Молотовым", CHUEV, publisher="Терра", place="М.", year=1991), "132")]),
(ORF, "Джилас М. Разговоры со Сталиным. — Нью-Йорк, 1962. С. 149.",
 [C(book("Разговоры со Сталиным", [P("М.", "Джилас")], place="Нью-Йорк", year=1962), "149")]),
(ORF, "Логинов В. Тени Сталина. — М.: Современник, 2000. С. 116. У Сталина после перенесённой в детстве оспы было на лице несколько рябинок — оспинок.",
 [C(book("Тени Сталина", [P("В.", "Логинов")], publisher="Современник", place="М.", year=2000), "116")]),
# --- Russian: notes of M. Weiskopf, "Писатель Сталин" (hotlib.net), number on its own line
(WEI, "32\nСталин И. Соч. С. 200, 202.",
 [C(book("Соч.", [P("И.", "Сталин")]), "200, 202")]),
(WEI, "33\nНевежин В. А. Застольные речи Сталина. С. 191.",
 [C(book("Застольные речи Сталина", [P("В. А.", "Невежин")]), "191")]),
(WEI, "34\nВ начале 1938 года иностранные дипломаты, по сообщению германского посольства в Москве, выражали беспокойство «по поводу возможности советско-германского сближения», а к осени после Мюнхенского соглашения позиции Литвинова ослабели. – Ганелин Р. Ш. СССР и Германия перед войной: отношения вождей и каналы связей. СПбГУ, 2010. С. 99. Впрочем, они слабели еще раньше, на протяжении долголетнего сталинского флирта с немцами (по линии НКВД, а не НКИД), который неизбежно подрывал статус Литвинова – сторонника сближения с Англией и Францией. – Там же. С. 93 и след.",
 [C(book("СССР и Германия перед войной: отношения вождей и каналы связей", [P("Р. Ш.", "Ганелин")], publisher="СПбГУ", year=2010), "99")]),
(WEI, "35\nО семинарском курсе русской словесности в Тифлисе см.: Громов Е. Указ. соч. С. 21.",
 [C(sh(GROM), "21")]),
(WEI, "36\nГромов Е. Указ. соч. С. 27.",
 [C(sh(GROM), "27")]),
(WEI, "37\nАллилуева А. Воспоминания. М., 1940. С. 190.",
 [C(book("Воспоминания", [P("А.", "Аллилуева")], place="М.", year=1940), "190")]),
(WEI, "38\nИлизаров Б. С. Указ. соч. С. 265.",
 [C(sh([P("Б. С.", "Илизаров")]), "265")]),
(WEI, "39\nСм. также: Латышев А. Сталин и кино // Суровая драма народа: Ученые и публицисты о природе сталинизма. М., 1989. С. 501.",
 [C(chap("Сталин и кино", [P("А.", "Латышев")], "Суровая драма народа: Ученые и публицисты о природе сталинизма", place="М.", year=1989), "501")]),
(WEI, "40\nСм. его письмо Р. Малиновскому от 10 апреля 1914 года: Большевистское руководство. Переписка 1912–1927. М., 1996. С. 20.",
 [C(book("Большевистское руководство. Переписка 1912–1927", place="М.", year=1996), "20")]),
# --- Russian: unnumbered notes of a biography of the young Stalin (booksonline.com.ua, book 54576)
(BOU, "Гордиенко А.Н. Иосиф Сталин. С. 8. Здесь, видимо, будет уместным заметить, что Гордиенко просто позаимствовал эту мысль у американского автора А. Улама, «забыв» указать на первоисточник данного довольно сомнительного вывода. Правда, американский биограф Сталина ставит свое умозаключение на более солидную базу, подчеркивая, что более широкий круг знакомств молодого Иосифа способствовал бы тому, что он формировал бы свое мировоззрение не только на основе политико- философских взглядов, но и на фундаменте личного гуманного опыта. См. A. Ulam. Stalin. p. 25.",
 [C(book("Иосиф Сталин", [P("А.Н.", "Гордиенко")]), "8"),
  C(book("Stalin", [P("A.", "Ulam")]), "25")]),
(BOU, "Б.С. Илизаров. Тайная жизнь Сталина. С. 144.",
 [C(book("Тайная жизнь Сталина", [P("Б.С.", "Илизаров")]), "144")]),
(BOU, "Лев Троцкий. Сталин. Т. 1. С. 5.",
 [C(book("Сталин", TROT, volume="1"), "5")]),
(BOU, "Лев Троцкий. Сталин. Т. 1. С. 5–6.",
 [C(book("Сталин", TROT, volume="1"), "5–6")]),
(BOU, "Все его наиболее значимые аргументы и факты изложены в книге, о которой идет речь. См. главу «Семья и школа» в книге Троцкого о Сталине (T.I. С. 18–48).",
 []),
(BOU, "Лев Троцкий. Сталин. Т. 1. С. 39.",
 [C(book("Сталин", TROT, volume="1"), "39")]),
(BOU, "Лев Троцкий. Сталин. Т. 1. С. 42.",
 [C(book("Сталин", TROT, volume="1"), "42")]),
# --- Russian: notes of G. Roberts, "Библиотека Сталина" in translation (kniga-online.com)
(ROB, "31\nС. Аллилуева, «Только один год».",
 [C(book("Только один год", [P("С.", "Аллилуева")]))]),
(ROB, "32\nОколо двадцати книг, принадлежавших Светлане Аллилуевой, находятся сейчас в Государственной общественно-политической библиотеке (далее – ГОПБ) в Москве, в числе прочих книг из личной библиотеки Сталина, на которых нет пометок самого диктатора. Во многих ее книгах имеются пометки, схожие с отцовскими, включая восклицания «неверно», «чепуха» и «ха-ха-ха!», которые она писала в том числе и на полях священного для марксистов текста Ленина о материалистической философии.",
 []),
(ROB, "33\nЦит. по: R. Debray, ‘Socialism: A Life-Cycle’, New Left Review, 46 (июль – август 2007 года).",
 [C(art("Socialism: A Life-Cycle", [P("R.", "Debray")], "New Left Review", "46", year=2007))]),
(ROB, "34\nКатерина Кларк (20 июня 1941 г. – 1 февраля 2024 г.) – австралийский ученый, специалист по истории СССР, работала в Йельском университете. – Прим. пер.",
 []),
(ROB, "35\nK. Clark, Moscow, The Fourth Rome: Stalinism, Cosmopolitanism, and the Evolution of Soviet Culture, Harvard University Press: Cambridge MA 2011. – P. 13.",
 [C(book("Moscow, The Fourth Rome: Stalinism, Cosmopolitanism, and the Evolution of Soviet Culture", [P("K.", "Clark")], publisher="Harvard University Press", place="Cambridge MA", year=2011), "13")]),
(ROB, "36\nВ английском оригинале стоит слово houses, это ошибка при переводе статьи «Правды» – в газете стоит слово «домны». – Прим. пер.",
 []),
# --- French: notes of a biography of Joséphine (Perrin, on cairn.info); note numbers printed twice
(JOS, "11. Frédéric Masson, Joséphine de Beauharnais, Paris, Albin Michel, 1925, p. XXXIX.",
 [C(book("Joséphine de Beauharnais", [P("Frédéric", "Masson")], publisher="Albin Michel", place="Paris", year=1925), "XXXIX")]),
(JOS, "22. En 1852, Napoléon III fit ériger une statue à la plus illustre des Martiniquaises. Œuvre du sculpteur Vital-Dubray et inaugurée le 29 août 1859, elle trôna longtemps au centre du jardin de la Savane à Fort-de-France. En 1974, la municipalité d’Aimé Césaire la relégua pour des raisons politiques dans une partie plus discrète du jardin. Dix-sept ans plus tard, dans la nuit du 27 septembre 1991, elle fut outragée et, malgré son inscription le 31 décembre 1992 à l’Inventaire supplémentaire des monuments nationaux, aucune restauration n’a été entreprise depuis. Une réplique de cette statue commandée par la ville de Paris et terminée en 1865 fut installée à l’angle actuel de l’avenue Marceau et de la rue Galilée. En 1870, elle fut remisée, avant d’être exposée au Petit Palais. A la demande du mécène Edward Tuck, la ville de Paris accepta de la laisser en dépôt en 1930 dans le parc de Bois-Préau, autrefois dépendance du domaine de Malmaison, dont Tuck avait fait don à l’Etat. Cette copie se trouve toujours à l’entrée du parc.",
 []),
(JOS, "33. Jean Tulard, Détective de l’histoire, Paris, Ecriture, 2012.",
 [C(book("Détective de l’histoire", [P("Jean", "Tulard")], publisher="Ecriture", place="Paris", year=2012))]),
(JOS, "44. Joséphine, Correspondance, Paris, Payot, 1996.",
 [C(book("Correspondance", [L("Joséphine")], publisher="Payot", place="Paris", year=1996))]),
(JOS, "55. Voir par exemple notre ouvrage, Le Prix de la gloire. Napoléon et l’argent, Paris, Fayard, 2007.",
 [C(book("Le Prix de la gloire. Napoléon et l’argent", publisher="Fayard", place="Paris", year=2007))]),
(JOS, "66. Voir notre ouvrage Napoléon et ses hommes. La Maison de l’empereur, Paris, Fayard, 2011.",
 [C(book("Napoléon et ses hommes. La Maison de l’empereur", publisher="Fayard", place="Paris", year=2011))]),
(JOS, "77. Voir à ce sujet l’excellente étude sur le « Cygne ambigu », dans le catalogue L’Aigle et le Papillon, symboles des pouvoirs sous Napoléon, 1800-1815, Les Arts décoratifs, 2008, p. 82 et 83.",
 [C({"type": "chapter", "title": "Cygne ambigu", "container-title": "L’Aigle et le Papillon, symboles des pouvoirs sous Napoléon, 1800-1815", "publisher": "Les Arts décoratifs", "issued": Y(2008)}, "82 et 83")]),
(JOS, "88. Il est parfois question aussi de la « théorie du cygne noir » popularisée par Nassim Nicholas Taleb dans son ouvrage, Le Cygne noir, Paris, Les Belles Lettres, 2007.",
 [C(book("Le Cygne noir", [P("Nassim Nicholas", "Taleb")], publisher="Les Belles Lettres", place="Paris", year=2007))]),
# --- French: footnotes of OpenEdition chapters and revues.org articles
(RES, "2 Pierre de Bénouville, Le sacrifice du matin, Paris, Robert Laffont, 1946.",
 [C(book("Le sacrifice du matin", [P("Pierre", "de Bénouville")], publisher="Robert Laffont", place="Paris", year=1946))]),
(RES, "4 Emmanuel d’Astier, Avant que le rideau ne tombe, Paris, Sagittaire, 1945.",
 [C(book("Avant que le rideau ne tombe", [P("Emmanuel", "d’Astier")], publisher="Sagittaire", place="Paris", year=1945))]),
(CAV, "4 Georges Canguilhem, Vie et mort de Jean Cavaillès 1903-1944, Paris, Éditions Allia, 1996, p. 37.",
 [C(book("Vie et mort de Jean Cavaillès 1903-1944", [P("Georges", "Canguilhem")], publisher="Éditions Allia", place="Paris", year=1996), "37")]),
(RSR, "2 Stanislas Breton, Philosophie buissonnière, Grenoble, Jérôme Millon, 1989.",
 [C(book("Philosophie buissonnière", [P("Stanislas", "Breton")], publisher="Jérôme Millon", place="Grenoble", year=1989))]),
(RSR, "3 Éric Weil, Logique de la philosophie, Paris, Vrin, 1974, p. 424.",
 [C(book("Logique de la philosophie", [P("Éric", "Weil")], publisher="Vrin", place="Paris", year=1974), "424")]),
(PAS, "2 Voltaire, Lettres philosophiques, éd. Naves, Garnier, 1964, p. 141.",
 [C(book("Lettres philosophiques", [L("Voltaire")], editor=[F("Naves")], publisher="Garnier", year=1964), "141")]),
(ATH, "1 Grandjean, Hugoniot et Lion 2013.",
 [C(sh([F("Grandjean"), F("Hugoniot"), F("Lion")], issued=Y(2013)))]),
# --- Spanish: notes of a book on Azaña and the Republic (epubs.bibliotk.mx, files/6162, notas3)
(AZA, "[1] J. MARICHAL, «La vocación de Manuel Azaña», Madrid, 1971, pp. 13-14; en VV.AA., Azaña, Madrid, Ministerio de Cultura, 1991, pp. 147, 163 y 179. <<",
 [C(book("La vocación de Manuel Azaña", [P("J.", "Marichal")], place="Madrid", year=1971), "13–14"),
  C(book("Azaña", [L("VV.AA.")], publisher="Ministerio de Cultura", place="Madrid", year=1991), "147, 163 y 179")]),
(AZA, "[2] M. AZAÑA, Tres generaciones del Ateneo, Madrid, 1931, pp. 23 y 27. <<",
 [C(book("Tres generaciones del Ateneo", AZ, place="Madrid", year=1931), "23 y 27")]),
(AZA, "[4] N. ALCALÁ-ZAMORA, Memorias, p. 220. <<",
 [C(sh([P("N.", "Alcalá-Zamora")], "Memorias"), "220")]),
(AZA, "[5] M. AZAÑA, Memorias I, Barcelona, Grijalbo, 1978, p. 384. <<",
 [C(book("Memorias I", AZ, publisher="Grijalbo", place="Barcelona", year=1978), "384")]),
(AZA, "[6] Las opiniones despectivas de Azaña sobre sus ministros, y sobre los republicanos en general, salpican sus diarios. Véase, por ejemplo Memorias I, pp. 496, 503, 536, 538, 587, o Diarios 1932-1933. «Los cuadernos robados», Barcelona, Crítica, 1997, pp. 309, 332, 334, 339, 408, etc. <<",
 [C(sh(None, "Memorias I"), "496, 503, 536, 538, 587"),
  C(book("Diarios 1932-1933. «Los cuadernos robados»", publisher="Crítica", place="Barcelona", year=1997), "309, 332, 334, 339, 408")]),
(AZA, "[7] M. AZAÑA, Diarios, pp. 400-1, 391, 313-4, 396. <<",
 [C(sh(AZ, "Diarios"), "400–1, 391, 313–4, 396")]),
(AZA, "[8] S. JULIÁ, prólogo a Diarios. <<",
 [C(sh([P("S.", "Juliá")], **{"container-title": "Diarios"}))]),
(AZA, "[9] A menudo se dice que Azaña y sus reformas eran moderados, pero que erró al adoptar un tono radical y, a veces, provocador. Pero fue bastante más que un «tono». <<",
 []),
(AZA, "[11] M. AZAÑA, Mi rebelión en Barcelona, Madrid, 1935, p. 35; E. LARGO CABALLERO, Escritos de la República, Madrid, Pablo Iglesias, 1985, pp. 111- 116. <<",
 [C(book("Mi rebelión en Barcelona", AZ, place="Madrid", year=1935), "35"),
  C(book("Escritos de la República", [P("E.", "Largo Caballero")], publisher="Pablo Iglesias", place="Madrid", year=1985), "111–116")]),
(AZA, "[13] Discurso, 1 de marzo de 1936, ante las masas, en P. Moa, El derrumbe de la segunda república y la guerra civil, Madrid, Encuentro, 2001, p. 270. <<",
 [C(book("El derrumbe de la segunda república y la guerra civil", [P("P.", "Moa")], publisher="Encuentro", place="Madrid", year=2001), "270")]),
(AZA, "[14] Cortes, Diario de Sesiones, 3-4-1936. <<",
 []),
(AZA, "[15] J. PEÑA GONZÁLEZ, Manuel Azaña, Alcalá de Henares, 1991, p. 195; M. Muela, Azaña estadista, Madrid, Biblioteca Nueva, 2000, p. 190. <<",
 [C(book("Manuel Azaña", [P("J.", "Peña González")], place="Alcalá de Henares", year=1991), "195"),
  C(book("Azaña estadista", [P("M.", "Muela")], publisher="Biblioteca Nueva", place="Madrid", year=2000), "190")]),
# --- German: notes of M. Rubel, Stalin (rowohlts monographien, 1975) on detopia.de; sigla LAW, LW, MEW, MERK
(RUB, "1) LAW Bd. 2, S. 384 («Die nächsten Aufgaben der Sowjetmacht» [1918])",
 [C(sh(None, "LAW", volume="2"), "384")]),
(RUB, "2) Ebd., S. 385",
 []),
(RUB, "3) Karl Marx: «Das Kapital». MEW Bd. 23, S. 25 (Nachwort zur 2. Aufl. 1873)",
 [C(sh(MARX, "Das Kapital", **{"container-title": "MEW", "volume": "23"}), "25")]),
(RUB, "5) Siehe MERK, S. 302 f (auf Seite 9 zu \"Klassiker\")",
 [C(sh(None, "MERK"), "302 f")]),
(RUB, "6) Friedrich Engels: «Soziales aus Rußland» [1875, 1894]. MERK, S. 191-222",
 [C(sh(ENG, "Soziales aus Rußland", **{"container-title": "MERK"}), "191–222")]),
(RUB, "8) Karl Marx: «Randglossen zu Bakunins Staatswesen und Anarchien [1874]. MERK, S. 37 f",
 [C(sh(MARX, "Randglossen zu Bakunins Staatswesen und Anarchien", **{"container-title": "MERK"}), "37 f")]),
(RUB, "9) Engels, a. a. O., S. 218",
 [C(sh([F("Engels")]), "218")]),
(RUB, "10) Friedrich Engels an Wera I. Sassulitsch, 23. Mai 1885; MERK, S. 230",
 [C(sh(ENG, None, **{"container-title": "MERK"}), "230")]),
(RUB, "14 Vorrede zur russischen Ausgabe des «Kommunistischen Manifests»; MERK, S. 70 f",
 [C(sh(None, "Vorrede zur russischen Ausgabe des «Kommunistischen Manifests»", **{"container-title": "MERK"}), "70 f")]),
(RUB, "15 Wladimir I. Lenin: «Was tun?» [1902]; LAW Bd. 1, S. 292",
 [C(sh([P("Wladimir I.", "Lenin")], "Was tun?", **{"container-title": "LAW", "volume": "1"}), "292")]),
(RUB, "16 LW Bd. 4, S. 205 f",
 [C(sh(None, "LW", volume="4"), "205 f")]),
(RUB, "17 Lenin, «Was tun?», a. a. O., S. 199, 207; vgl. Karl Kautsky: «Die Revision des Programms der Sozialdemokratie in Österreich» [1902]. In: «Die Neue Zeit» 1901/02, S. 79 f",
 [C(sh([F("Lenin")], "Was tun?"), "199, 207"),
  C(art("Die Revision des Programms der Sozialdemokratie in Österreich", [P("Karl", "Kautsky")], "Die Neue Zeit", "1901/02"), "79 f")]),
# --- Polish: a footnote of an article on Brodsky's Watermark (9lib.org), PDF line breaks and hyphens kept
(BRO, '1 Wszystkie cytaty z rosyjskiego przekładu utworu podaję według tego wydania, wskazując strony w tekście. Jak pisze Ewa Górniak w eseju Płaska ziemia, opublikowa‑\n\nnym w internetowym wydaniu „Tygodnika Powszechnego” w roku 2000, „sam fakt rea‑\n\nlizacji przez Brodskiego zamówienia na tę książkę, złożonego przez Consorzio Venezia Nuova, zajmującego się szeroko rozumianą ochroną Laguny Weneckiej – jej ekosystemu i dzieł sztuki, był istotnym głosem w obronie ukochanego miasta, podobnie jak wszyst‑\n\nkie publikacje i spotkania związane z jej promocją”.',
 [C({"type": "article-newspaper", "title": "Płaska ziemia", "author": [P("Ewa", "Górniak")], "container-title": "Tygodnik Powszechny", "issued": Y(2000)})]),
# --- Italian: a prose footnote of an essay on the 150th anniversary of Italian unity (doczz.it), line break kept
(ITA, '1 Il sintomo più vistoso delle difficoltà lo si riconosce nelle dimissioni di Carlo Azeglio Ciampi\ndalla presidenza del Comitato delegato a sovraintendere alle celebrazioni stesse.',
 []),
]
