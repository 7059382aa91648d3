# -*- coding: utf-8 -*-
# Thirty-fourth gathering (2026-11-25): 83 notes with 117 citations (50 of them short forms); 6 notes cite no work (three
# bare `Ibid.`/`Там само.` (`52. Ibid.`, `57. Ibid., p. 222.`, `43\nТам само.`), `154\nIbid. P. 214.`, and two Russian
# `Там же. С. …` notes, one with prose after it (`414\nТам же. С. 223. Я признателен …`, `416\nТам же. С. 6.`)).
# Split by the hash of the note text (build_notes.py's rule): 57 dev, 26 test.
# Subjects, as the brief asked: Soviet and East-Central European history of the nineteenth and twentieth centuries - the
# Russian Empire and 1905 (Pipes, The Russian Revolution; Kotkin, Stalin: Paradoxes of Power, on the tsarist state),
# Soviet nationality policy and empire (Suny and Martin, eds., A State of Nations, in Russian), Western visitors and the
# famine (David-Fox, Showcasing the Great Experiment, in Russian), the famine of 1932-1933 in Ukrainian memory
# (Kasyanov, Rozryta mohyla, Ukrainian), Ukrainian nationalism and the Bandera cult (Rossolinski-Liebe's Bandera book in
# Ukrainian translation), the Russian emigration in Paris (Kaspe, Iskusstvo otsutstvovat'), late Stalinism and the death
# of Stalin (Rubenstein, The Last Days of Stalin, in Russian; Zubok, A Failed Empire, in Russian), the Sovietisation of
# Poland and Hungary, 1944-1956 (Applebaum, Iron Curtain), the end of the USSR, 1985-1991 (Cohen, Soviet Fates, in
# Russian; O'Clery, Moscow, December 25, 1991) and lustration in Czechoslovakia after 1989 (one note of a Slovak thesis).
# Languages. By the language of the publication: English 37 (Applebaum 12, Kotkin 12, O'Clery 8, Pipes 5); Russian 29
# (Rubenstein 11, A State of Nations 8, Kaspe 7, Zubok 1, David-Fox 1, Cohen 1); Ukrainian 16 (Bandera 12, Kasyanov 4);
# Slovak 1 - so 46 of 83 (55%) come from publications in languages other than English. By the words of the note text:
# Russian 20, Ukrainian 6, Czech/Slovak 1, and 56 with no word but English (37 in the English books, 9 English-only
# references in the Ukrainian Bandera book, 6 English references in GOST order in A State of Nations, 3 in Rubenstein's
# Russian translation, 1 in Kasyanov).
# Shortfall, stated plainly: no Polish, Hungarian or German note and only one Czech/Slovak one. The `pages` index shows a
# page only from its beginning, so only notes pages and book-reader pages whose first lines are notes could be used;
# searches in Polish (PZPR, Solidarność, stan wojenny, Katyń, Gomułka 1956, `Tamże, s.`, `Zob.`), Czech (únor 1948,
# pražské jaro, normalizace, `Srov.`, `tamtéž`), Hungarian (1956, Nagy Imre, `i. m.`, `Uo.`) and German (17. Juni 1953,
# SED, Prager Frühling, Großer Terror, DDR 1989, `Vgl.`, `Ebd.`) gave body text, catalogue and review pages, Wikipedia
# articles whose notes are out of reach, or works already in the set (the Vienna Prague-1968 dossier, the German
# Wikipedia on the Great Terror (a mirror, bestref.net), Irving's Felkelés on you-books, Rubel's Stalin on detopia.de).
# Also left out as used: Stykalin's Vengerskii krizis (fb2gratis.com), Taubman's Khrushchev and Gorbachev (Russian
# translations on several sites), Khlevniuk's Stalin (librs.net), Roberts's Stalin's Wars in Russian, Hosking's Rossiia i
# russkie, Plokhy's Last Empire in Ukrainian, Grover Furr, Nina Khrushcheva, kniga-online.org, booksonline.com.ua pages;
# and, as works that could not be identified for the title check, rutlib.com/book/22367 and booksonline.com.ua book=104512.
# Pages: 15 (of 13 works), none a `where` address of notes.jsonl or of any _build/*.py (all collected and compared by script
# before each page was taken and again before the file was closed); a distinctive title of each work and of several cited
# works was grepped in both places, with no hit (Kotkin's Waiting for Hitler is in the set, his Paradoxes of Power, another
# book, is not; Applebaum's Red Famine is in the set, Iron Curtain is not). No work gives more than 12 notes (Bandera 12,
# Applebaum 12, Kotkin 12, Rubenstein 6 + 5 from two sites, A State of Nations 1 + 7 from two sites). Sites new to the set:
# hello.chitka.online, mybooks.club, knizki.com, online-biblioteka.com (used before for another book), 9pdf.info; the
# others were used before for other works (fb2.top, litmir.club, whosread.com, librs.net, bookreadfree.com, libcat.ru).
# Pages and shapes:
#  - fb2.top (Bandera notes page, numbers lost): English Chicago notes inside a Ukrainian book (`в` for `in`, `див.:`,
#    `Цит. за:`, `цит. за:`), `eds.\nAndrea Belliger and David J.Krieger`, `ed. Roger Eatwell, Stein Ugevlik Larsen, and
#    Antonio Costa Pinto`, OCR `II Duce`, `Mussolini 's`, `Europę`, `(London: Routledge 2007)`, the PDF's hard line breaks
#    kept, two of them inside a word (`Claren\ndon`, `Nymphenburg\ner`), the same short form twice, `The ‘HitlerMyth’`.
#  - fb2.top (A State of Nations, part-12; David-Fox, part-361; Zubok, part-358; Cohen, part-30: one note a page): GOST
#    with English, Italian and Canadian books (`N. Y.:`, `L.:`, `L:`, `Cambridge; Mass.:`, `East Totowa; N. J.:`,
#    `Washington; D. C`), a Cyrillic initial in an English name (`Caroe О.`), `Seton- Watson`, a retitled edition in Russian
#    prose, a corporate author with `rev. ed., 1965`, `Vol. 1: Book of Testimonies`, a translation in square brackets with
#    `/ Пер. И. Коэн, Н. Май`, `/ Сост. Хлевнюк О. В. и др.`, a conference paper (`// Paper presented at the international
#    conference «…». Tsinandali, Georgia, July 8-9, 2002.`), an untitled article and an untitled chapter (`John Gooding //
#    Russian Review 51. No. 1. January 1992. P. 36–57`, `Mark R. Beissinger // James Millar, ed. Cracks in the Monolith …`).
#  - litmir.club (A State of Nations, notes 152-165, number on its own line): two publishers after one place, `(2d ed.
#    Bloomington: Indiana University Press, 1994)`, `(Ph. D. diss.)`, short forms `Weeks. Nation and State. P. 131–192.`
#  - mybooks.club (Kaspe, note 101 and six notes whose numbers the page lost): `В 2 кн. … Кн. 2. С. 43–51`, `// Там же. С.
#    22.`, `Lausanne: L'âge d’homme`, guillemets inside titles, `Уч. пособие`, `Восточн. ун-т`.
#  - whosread.com (Applebaum, notes 48-59): Chicago with place and year only, `pp.`, an unpublished lecture, `vol. VI:
#    Triumph and Tragedy`, `in Vladimir Tismaneanu, ed., …`, `(New York and Budapest, 2009)`, a URL, bare `Ibid.` notes.
#  - librs.net (Kasyanov, notes 43-46): Ukrainian GOST with spaced dashes (`// Літературна Україна. – 1987. – 16 липня`),
#    `// Там само.`, a newspaper report of a speech without author, `/ Еd. by Wsevolod W. Isajiw. – Toronto, 2003. – P. 192.`
#  - knizki.com and online-biblioteka.com (Rubenstein, notes 412-417 and 260-264): `Цит. по: Larres, Churchill's Cold War,
#    226.`, a book named in Russian prose, newspapers by date (`The Times (Лондон). 1953. 12 мая. С. 3.`), Chicago notes with
#    the Russian edition after them (`На русском языке: А. И. Солженицын. Раковый корпус.`).
#  - bookreadfree.com (Kotkin, notes 58-69): short forms only, transliterated Russian titles, `26–8`, `II: 103–7`, `Gessen,
#    Arkhiv russkoi revoliutsii, XV: at 141`, `Goodwin and Grennes`, `66.Sukennikov`.
#  - hello.chitka.online (Pipes, five footnotes marked `*` and `†`): `Boris Nikolajewsky [Nikolaevskii]`, `KL, No. 2/3
#    (1922), 56`, `cited in Galai, Liberation Movement; 239`, `A. N. Pankratova et al, …, IV, Pt. 1 (Moscow, 1961), 103, 811,
#    note 12`, prose after the reference.
#  - libcat.ru (O'Clery, notes after the copyright page, numbering restarting): `Baker with DeFrank, …`, `Bush and
#    Scowcroft, …`, `Sbevardreadze`, `Final Days , 87`.
#  - 9pdf.info (a Slovak thesis): `80 KROUPA, Daniel. Senátor Kroupa - osobní stránka : vystoupení v Senátu [online]. 2001
#    [cit. 2011-01-30]. Http:// http://www.danielkroupa.cz/senat.asp`.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - A word split at a line end without a hyphen (`Claren\ndon Press`, `Nymphenburg\ner Verlagshandlung`) is read with
#    the line break as a space (`Claren don Press`), like the sixth's line breaks and the thirty-third's split letters; it
#    is not joined, since no hyphen marks the split (the twenty-ninth joins only hyphenated words).
#  - A later edition named after a work without its title (`(2d ed. Bloomington: Indiana University Press, 1994)`, `; rev.
#    ed., 1965`) is an untitled record of the same type with `edition` "2" or "rev." (the thirty-first's untitled edition);
#    an edition under another title (`дополненное издание вышло под названием The Nation Killers: … L: Macmillan, 1970`)
#    is a `book` with that title and no author, as none is printed there.
#  - A translation given in full after the original, in square brackets or after `На русском языке:`, is a second entry
#    (the thirtieth's rule for a work given twice); with imprint it is a `book` (`Галина. История жизни. — Смоленск: Русич.,
#    1998.`, no author printed), without imprint a short form (`А. И. Солженицын. Раковый корпус.`). `/ Пер.` gives
#    `translator`; `/ Сост.` gives `editor` (the fourteenth's `Слово товарищу Сталину / Сост.`).
#  - `// Там само.` after a newspaper article named in the same note gives that newspaper and its date to the second
#    article; `// Там же. С. 22.` in a note whose collection was named in an earlier note gives a `chapter` with no
#    container (the thirty-third's `ibid.` is no field when the reference is outside the note).
#  - A work named in prose by author and title (`Гилмор пишет об этом в книге Me and My Russian Wife`) is a short form.
#  - An unpublished lecture (`“Churchill and Poland,” unpublished lecture delivered at the University of Warsaw, February 16,
#    2010`) is a `paper-conference` with `genre` "unpublished lecture", the place in `event-place` and the date in `issued`;
#    a conference paper with a date range gives two date-parts (`July 8-9, 2002`).
#  - A journal cited by siglum, issue and year with no article (`KL, No. 2/3 (1922), 56`) is a `periodical` (the
#    thirty-second's bulletin rule); `et al` is not a name; `IV, Pt. 1` gives `volume` and `part-number` (the fifth's);
#    `103, 811, note 12` is one locator as printed.
#  - A transliteration in brackets after a name (`Boris Nikolajewsky [Nikolaevskii]`) is not part of the name.
#  - `Gessen, Arkhiv russkoi revoliutsii, XV: at 141` after an article title is a short form with `container-title`,
#    `editor` Gessen and `volume` "XV" (the thirty-third's reading of `in Williams, Revolutionary War`); `at` is dropped
#    from the locator (the thirty-second's glosses).
#  - `The Times (Лондон)` gives `container-title` "The Times" and `publisher-place` "Лондон"; newspapers by date alone are
#    untitled `article-newspaper`s (the thirty-third).
#  - Two authors joined by `with` (`Baker with DeFrank`) are both authors.
#  - A genre word after a title (`Уч. пособие`) is not kept in the title (the thirty-third's `сб. док.`).
#  - In ISO 690 notes the surname in capitals is given in normal case (`KROUPA` -> `Kroupa`); `[online]` is not kept;
#    `[cit. 2011-01-30]` gives `accessed` (the thirty-second's `Zugriff am`); the broken `Http:// ` printed before the
#    address is not part of `URL`.
#  - Bare `Ibid.` and prose notes between the notes taken were left out on two pages (litmir.club 155-157, 160-161, 163-164;
#    libcat.ru three prose notes) to keep notes that cite no work under one in eight; one of each kind was kept elsewhere.
# Doubtful: `Claren don Press` and `Nymphenburg er Verlagshandlung` (a joined reading is as defensible); the untitled
# edition records (`edition` "2", "rev."); Gessen as editor of Arkhiv russkoi revoliutsii; `Там само` resolved to the
# same newspaper issue; the Chagin chapter with no container; `KL` as a periodical; the Applebaum lecture as a
# paper-conference; `Caroe О.` and `Еd. by` kept with Cyrillic letters as the pages give them; note 160 of litmir.club left
# out because its `С` (`Wcislo F. С Witte, Memory, …`) may be an initial or part of the title; the Kaspe notes after 101
# have no numbers on the page and are kept so; `Costa Pinto` read as a compound surname, `Stein Ugevlik` as given names.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


def sh_ed(editor, title, **kw):
    """A short form that names the work by its editor(s) (the seventh's `Beschloss, ed., Taking Charge`)."""
    g = {"editor": editor, "title": title}; g.update(kw); return g


BAN = "https://fb2.top/ghittya-stepana-banderi-terorizm-fashizm-genocid-kulyt-812424/read/part-notes"
SN1 = "https://fb2.top/gosudarstvo-naciy-imperiya-i-nacionalynoe-stroitelystvo-v-epohu-lenina-i-stalina-478996/read/part-12"
SN2 = "https://litmir.club/br/?b=570455&p=91"
DF = "https://fb2.top/vitriny-velikogo-eksperimenta-478995/read/part-361"
KAS = "https://mybooks.club/books/nauchnye-i-nauchno-populjarnye-knigi/science/page-48-170945-irina-kaspe-iskusstvo-otsutstvovat-nezamechennoe.html"
IC = "https://whosread.com/509643/12515240"
RM = "https://librs.net/lread_374430_p39"
ZU = "https://fb2.top/neudavshayasya-imperiya-sovetskiy-soyuz-v-holodnoy-voyne-ot-stalina-do-gorbacheva-356421/read/part-358"
RUB = "https://knizki.com/page-79-229687-poslednie-dni-stalina-dzhoshua-rubinshtein.html"
KOT = "https://bookreadfree.com/398935/9810303"
PIP = "https://hello.chitka.online/b/the-russian-revolution-1/p/38"
RUB2 = "https://online-biblioteka.com/page-75-162950-poslednie-dni-stalina-dzhoshua-rubinshtein.html"
OC = "https://libcat.ru/knigi/nauka-i-obrazovanie/istoriya/190442-98-conor-o-clery-moscow-december-25-1991.html"
CO = "https://fb2.top/laquo-vopros-voprosov-raquo-pochemu-ne-stalo-sovetskogo-soyuza-413683/read/part-30"
LUS = "https://9pdf.info/article/prv%C3%BD-lustra%C4%8Dn%C3%BD-z%C3%A1kon-v-postkomunistickom-priestore.zpnvp3j4"

# --- shared records
KERSHAW = [P("Ian", "Kershaw")]
KALLIS_T = "Fascism, ‘Charisma’ and ‘Charismatisation’"
GENTILE_T = "Mussolini as the Prototypical Charismatic Dictator"
KULT_NASL = "Культурное наследие российской эмиграции: 1917–1940: В 2 кн."
GRANOV = [P("Л. М.", "Грановская")]
NYT = "The New York Times"

THIRTYFOURTH = [
# --- fb2.top (Rossolinski-Liebe's life of Stepan Bandera in Ukrainian translation, the notes of the introduction; the
# note numbers are lost, English, German and Ukrainian words mixed: `в` for `in`, `див.:`, `Цит. за:`; hard line breaks
# of the PDF kept, words split at a line end without a hyphen: `Claren\ndon`, `Nymphenburg\ner`)
(BAN, "Ian Kershaw, Hitler 1889–1936: Hubris (New York: W. W. Norton & Company, 2000), xxvi.",
 [C(book("Hitler 1889–1936: Hubris", KERSHAW, publisher="W. W. Norton & Company", place="New York", year=2000), "xxvi")]),
(BAN, "Aristotle Kallis, “Fascism, ‘Charisma’ and ‘Charismatisation’: Weber’s Model of ‘Charismatic\nDomination’ and Interwar European Fascism,” Totalitarian Movements and Political Religions, Vol. 7, No. 1 (2006): 25.",
 [C(art("Fascism, ‘Charisma’ and ‘Charismatisation’: Weber’s Model of ‘Charismatic Domination’ and Interwar European Fascism", [P("Aristotle", "Kallis")], "Totalitarian Movements and Political Religions", "7", "1", 2006), "25")]),
(BAN, "Kallis, Fascism, ‘Charisma’ and ‘Charismatisation’, 25–26.",
 [C(sh([F("Kallis")], KALLIS_T), "25–26")]),
(BAN, "Albert Bergesen, “Die rituelle Ordnung,” в Ritualtheorien. Ein einführendes Handbuch, eds.\nAndrea Belliger and David J.Krieger (Opladen: Westdeutscher Verlag, 1998), 50–51.",
 [C(chap("Die rituelle Ordnung", [P("Albert", "Bergesen")], "Ritualtheorien. Ein einführendes Handbuch", editor=[P("Andrea", "Belliger"), P("David J.", "Krieger")], publisher="Westdeutscher Verlag", place="Opladen", year=1998), "50–51")]),
(BAN, "Про прославляння вождя після смерті див.: Sergio Luzzatto, The Body of II Duce: Mussolini 's\nCorpse an the Fortunes of Italy (New York: Metropolitan Books, 2005).",
 [C(book("The Body of II Duce: Mussolini 's Corpse an the Fortunes of Italy", [P("Sergio", "Luzzatto")], publisher="Metropolitan Books", place="New York", year=2005))]),
(BAN, "Heidi Hein-Kircher, “Führerkult und Führermythos. Theoretische Reflexionen zur Einführung,”\nв Der Führer im Europa des 20. Jahrhunderts, ed. Benno Ennker and Heidi Hein-Kircher (Marburg: Verlag Herder-Institut, 2010), 3.",
 [C(chap("Führerkult und Führermythos. Theoretische Reflexionen zur Einführung", [P("Heidi", "Hein-Kircher")], "Der Führer im Europa des 20. Jahrhunderts", editor=[P("Benno", "Ennker"), P("Heidi", "Hein-Kircher")], publisher="Verlag Herder-Institut", place="Marburg", year=2010), "3")]),
(BAN, "Emilio Gentile, “Mussolini as the Prototypical Charismatic Dictator,” Charisma and Fascism in\nInterwar Europę, ed. Roger Eatwell, Stein Ugevlik Larsen, and Antonio Costa Pinto (London: Routledge 2007), 125.",
 [C(chap(GENTILE_T, [P("Emilio", "Gentile")], "Charisma and Fascism in Interwar Europę", editor=[P("Roger", "Eatwell"), P("Stein Ugevlik", "Larsen"), P("Antonio", "Costa Pinto")], publisher="Routledge", place="London", year=2007), "125")]),
(BAN, "Цит. за: Ian Kershaw, The ‘Hitler Myth'. Image and Reality in the Third Reich (Oxford: Claren\ndon Press, 1987), 27.",
 [C(book("The ‘Hitler Myth'. Image and Reality in the Third Reich", KERSHAW, publisher="Claren don Press", place="Oxford", year=1987), "27")]),
(BAN, "Kurt Sontheimer, Antidemokratisches Denken in der Weimarer Republik (Munich: Nymphenburg\ner Verlagshandlung, 1962), 273, цит. за: Ian Kershaw, The ‘Hitler Myth', 19.",
 [C(book("Antidemokratisches Denken in der Weimarer Republik", [P("Kurt", "Sontheimer")], publisher="Nymphenburg er Verlagshandlung", place="Munich", year=1962), "273"),
  C(sh(KERSHAW, "The ‘Hitler Myth'"), "19")]),
(BAN, "Gentile, Mussolini as the Prototypical Charismatic Dictator, 113.",
 [C(sh([F("Gentile")], GENTILE_T), "113")]),
(BAN, "Kallis, Fascism, ‘Charisma’ and ‘Charismatisation’, 29.",
 [C(sh([F("Kallis")], KALLIS_T), "29")]),
(BAN, "Kershaw, The ‘HitlerMyth’, 19.",
 [C(sh([F("Kershaw")], "The ‘HitlerMyth’"), "19")]),
# --- fb2.top (Suny and Martin, eds., A State of Nations, in Russian translation, one note as a page of its own): English
# books in GOST order with `N. Y.:`, `L.:`, `Cambridge; Mass.:`, a retitled enlarged edition in prose in parentheses, a
# name split by a space after its hyphen (`Seton- Watson`), a corporate author and `rev. ed., 1965`, a Cyrillic initial
# in an English name (`Caroe О.`)
(SN1, "Kolarz W. Russia and Her Colonies. N. Y.: Praeger, 1952; Pipes R. The Formation of the Soviet Union: Communism and Nationalism, 1917–1923. Cambridge; Mass.: Harvard University Press, 1954. Вариации на тему империи — см. также: Caroe О. Soviet Empire: The Turks of Central Asia and Stalinism. N. Y.: St. Martin's, 1953; Conquest R. The Soviet Deportation of Nationalities. L.: Macmillan, 1960 (дополненное издание вышло под названием The Nation Killers: The Soviet Deportation of Nationalities. L: Macmillan, 1970); Seton- Watson H. The New Imperialism. East Totowa; N. J.: Rowman and Littlefield, 1971 и издание, не относящееся к числу научных: U.S. Congress, Senate Committee on the Judiciary. The Soviet Empire. Washington; D. C, 1958; rev. ed., 1965.",
 [C(book("Russia and Her Colonies", [P("W.", "Kolarz")], publisher="Praeger", place="N. Y.", year=1952)),
  C(book("The Formation of the Soviet Union: Communism and Nationalism, 1917–1923", [P("R.", "Pipes")], publisher="Harvard University Press", place="Cambridge; Mass.", year=1954)),
  C(book("Soviet Empire: The Turks of Central Asia and Stalinism", [P("О.", "Caroe")], publisher="St. Martin's", place="N. Y.", year=1953)),
  C(book("The Soviet Deportation of Nationalities", [P("R.", "Conquest")], publisher="Macmillan", place="L.", year=1960)),
  C(book("The Nation Killers: The Soviet Deportation of Nationalities", publisher="Macmillan", place="L", year=1970)),
  C(book("The New Imperialism", [P("H.", "Seton- Watson")], publisher="Rowman and Littlefield", place="East Totowa; N. J.", year=1971)),
  C({"type": "report", "title": "The Soviet Empire", "author": [L("U.S. Congress, Senate Committee on the Judiciary")], "publisher-place": "Washington; D. C", "issued": Y(1958)}),
  C({"type": "report", "edition": "rev.", "issued": Y(1965)})]),
# --- litmir.club (the same book, notes 151-165 of Suny's chapter; number on its own line): English books in GOST order,
# two publishers after one place, a second edition in parentheses, `(Ph. D. diss.)`, short forms by surname and title
# (`Weeks. Nation and State. P. 131–192.`); bare `Ibid.` notes 155-157 and 161, the prose notes 163-164 and note 160 (a
# stray `С` that may be an initial or part of the title) were not taken
(SN2, "152\nEdelman R. Gentry Politics on the Eve of the Russian Revolution: The Nationalist Party. New Brunswick; N. J.: Rutgers University Press, 1980; Suny R. G. The Making of Georgian Nation. Bloomington: Indiana University Press; Hoover Institution Press, 1988. P. 142 (2d ed. Bloomington: Indiana University Press, 1994).",
 [C(book("Gentry Politics on the Eve of the Russian Revolution: The Nationalist Party", [P("R.", "Edelman")], publisher="Rutgers University Press", place="New Brunswick; N. J.", year=1980)),
  C(book("The Making of Georgian Nation", [P("R. G.", "Suny")], publisher="Indiana University Press; Hoover Institution Press", place="Bloomington", year=1988), "142"),
  C({"type": "book", "edition": "2", "publisher": "Indiana University Press", "publisher-place": "Bloomington", "issued": Y(1994)})]),
(SN2, "153\nHeuman S. Kistiakovsky: The Struggle for National and Constitutional Rights in the Last Years of Tsarism. Cambridge; Mass.: Harvard Ukrainian Research Institute, 1998. P. 130–146.",
 [C(book("Kistiakovsky: The Struggle for National and Constitutional Rights in the Last Years of Tsarism", [P("S.", "Heuman")], publisher="Harvard Ukrainian Research Institute", place="Cambridge; Mass.", year=1998), "130–146")]),
(SN2, "154\nIbid. P. 214.",
 []),
(SN2, "158\nЭтот конфликт между противоборствующими позициями о том, как строить модерную русскую политическую общность, отражен в работе: Sanborn J. A. Drafting the Nation: Military Conscription and the Formation of a Modern Polity in Tsarist and Soviet Russia, 1905–1925. University of Chicago, 1998 (Ph. D. diss.).",
 [C(thesis("Drafting the Nation: Military Conscription and the Formation of a Modern Polity in Tsarist and Soviet Russia, 1905–1925", [P("J. A.", "Sanborn")], "Ph. D. diss.", publisher="University of Chicago", year=1998))]),
(SN2, "159\nWeeks. Nation and State. P. 131–192.",
 [C(sh([F("Weeks")], "Nation and State"), "131–192")]),
(SN2, "162\nBeissinger. The Persisting Ambiguity. P. 2.",
 [C(sh([F("Beissinger")], "The Persisting Ambiguity"), "2")]),
(SN2, "165\nLustick I. State-Building Failure in British Ireland and French Algeria. Berkeley: Institute of International Studies; University of California at Berkeley, 1985.",
 [C(book("State-Building Failure in British Ireland and French Algeria", [P("I.", "Lustick")], publisher="Institute of International Studies; University of California at Berkeley", place="Berkeley", year=1985))]),
# --- fb2.top (David-Fox, Showcasing the Great Experiment, in Russian translation, one note as a page of its own): an
# Italian, a Canadian and two English books in GOST order, `Vol. 1: Book of Testimonies`, the Russian translation of
# Conquest in square brackets with its translators (`/ Пер. И. Коэн, Н. Май`), `II Saggiatore` (Il read as II)
(DF, "Flores M. L'immagine dell'URSS: L'Occidente e la Russia di Stalin (1927–1956). Milan: II Saggiatore, 1990. P. 112; Pidhainy S.O. The Black Deeds of the Kremlin: A White Book. Toronto: Ukrainian Association of Victims of Russian Communist Terror, 1953. Vol. 1: Book of Testimonies; Ammende E. Human Life in Russia. London, 1936. P. 230–231; Conquest R. Harvest of Sorrow: Soviet Collectivization and the Terror-Famine. New York: Oxford University Press, 1986. P. 313–315 [Конкеест Р. Жатва скорби: советская коллективизация и террор голодом / Пер. И. Коэн, Н. Май. London, 1988].",
 [C(book("L'immagine dell'URSS: L'Occidente e la Russia di Stalin (1927–1956)", [P("M.", "Flores")], publisher="II Saggiatore", place="Milan", year=1990), "112"),
  C(book("The Black Deeds of the Kremlin: A White Book", [P("S.O.", "Pidhainy")], publisher="Ukrainian Association of Victims of Russian Communist Terror", place="Toronto", year=1953, volume="1", **{"volume-title": "Book of Testimonies"})),
  C(book("Human Life in Russia", [P("E.", "Ammende")], place="London", year=1936), "230–231"),
  C(book("Harvest of Sorrow: Soviet Collectivization and the Terror-Famine", [P("R.", "Conquest")], publisher="Oxford University Press", place="New York", year=1986), "313–315"),
  C(book("Жатва скорби: советская коллективизация и террор голодом", [P("Р.", "Конкеест")], place="London", year=1988, translator=[P("И.", "Коэн"), P("Н.", "Май")]))]),
# --- mybooks.club (Kaspe, Iskusstvo otsutstvovat', on the young writers of the Russian emigration in Paris; note 101 with
# its number on its own line, the next notes without numbers): GOST with `//`, `М.:`, `В 2 кн. … Кн. 2. С. 43–51`,
# `// Там же. С. 22.` for a collection just named, guillemets inside titles, `Lausanne: L'âge d’homme`, `Уч. пособие`
(KAS, "101\nМенегальдо Е. Русские в Париже 1919–1939. М., 2001. С. 67; О языке, и в первую очередь литературном языке как пространстве, в котором возникает и реализуется идея культурной миссии эмиграции: Грановская Л. М. Русский язык в «рассеянии». Очерки по языку русской эмиграции первой волны. М.: Институт русского языка, 1995. См. также: Кожевникова Н. А. О языке писателей эмиграции // Культурное наследие российской эмиграции: 1917–1940: В 2 кн. М., 1995. Кн. 2. С. 43–51.",
 [C(book("Русские в Париже 1919–1939", [P("Е.", "Менегальдо")], place="М.", year=2001), "67"),
  C(book("Русский язык в «рассеянии». Очерки по языку русской эмиграции первой волны", GRANOV, publisher="Институт русского языка", place="М.", year=1995)),
  C(chap("О языке писателей эмиграции", [P("Н. А.", "Кожевникова")], KULT_NASL, place="М.", year=1995, volume="2"), "43–51")]),
(KAS, "Чагин А. И. Противоречивая целостность // Там же. С. 22.",
 [C({"type": "chapter", "title": "Противоречивая целостность", "author": [P("А. И.", "Чагин")]}, "22")]),
(KAS, "Эткинд Е. Г. Русская поэзия XX века как единый процесс // Одна или две русские литературы? Lausanne: L'âge d’homme, 1981. С. 14.",
 [C(chap("Русская поэзия XX века как единый процесс", [P("Е. Г.", "Эткинд")], "Одна или две русские литературы?", publisher="L'âge d’homme", place="Lausanne", year=1981), "14")]),
(KAS, "Грановская Л. М. Русский язык в «рассеянии». М.: Институт русского языка, 1995. С. 5.",
 [C(book("Русский язык в «рассеянии»", GRANOV, publisher="Институт русского языка", place="М.", year=1995), "5")]),
(KAS, "Николюкин А. Н. «Не в изгнании, а в послании»: миссия литературы // Культурное наследие российской эмиграции: 1917–1940: В 2 кн. М.: Наследие, 1995. Кн. 2. С. 14.",
 [C(chap("«Не в изгнании, а в послании»: миссия литературы", [P("А. Н.", "Николюкин")], KULT_NASL, publisher="Наследие", place="М.", year=1995, volume="2"), "14")]),
(KAS, "Васильева М. А. Неудачи «Чисел» // Литературное обозрение. 1996. № 2. С. 69.",
 [C(art("Неудачи «Чисел»", [P("М. А.", "Васильева")], "Литературное обозрение", issue="2", year=1996), "69")]),
(KAS, "Бочарова З. С. Судьбы российской эмиграции: 1917–1930-е годы: Уч. пособие. Уфа: Восточн. ун-т, 1998. С. 73.",
 [C(book("Судьбы российской эмиграции: 1917–1930-е годы", [P("З. С.", "Бочарова")], publisher="Восточн. ун-т", place="Уфа", year=1998), "73")]),
# --- whosread.com (Applebaum, Iron Curtain, notes 48-59 of a chapter; the page indents the notes, not kept): Chicago
# without publishers, short forms, an unpublished lecture, `in Vladimir Tismaneanu, ed., …`, `vol. VI: Triumph and
# Tragedy`, `(New York and Budapest, 2009)`, a bare `Ibid.`, a URL in prose
(IC, "48. Miłosz, The Captive Mind, pp. 26–29.",
 [C(sh([F("Miłosz")], "The Captive Mind"), "26–29")]),
(IC, "49. Martin Gilbert, “Churchill and Poland,” unpublished lecture delivered at the University of Warsaw, February 16, 2010. With thanks to Martin Gilbert.",
 [C({"type": "paper-conference", "title": "Churchill and Poland", "author": [P("Martin", "Gilbert")], "genre": "unpublished lecture", "event-place": "University of Warsaw", "issued": Y(2010, 2, 16)})]),
(IC, "50. Peter Grose, Operation Rollback (New York, 2000), p. 2.",
 [C(book("Operation Rollback", [P("Peter", "Grose")], place="New York", year=2000), "2")]),
(IC, "51. Dean Acheson, Present at the Creation (New York, 1987), p. 85.",
 [C(book("Present at the Creation", [P("Dean", "Acheson")], place="New York", year=1987), "85")]),
(IC, "52. Ibid.",
 []),
(IC, "53. Gilbert, “Churchill and Poland.”",
 [C(sh([F("Gilbert")], "Churchill and Poland"))]),
(IC, "54. A good analysis of this is in Antoni Z. Kamiński and Bartłomiej Kamiński, “Road to ‘People’s Poland’: Stalin’s Conquest Revisted,” in Vladimir Tismaneanu, ed., Stalinism Revisited: The Establishment of the Communist Regimes in East Central Europe and the Dynamics of the Soviet Bloc (New York and Budapest, 2009), pp. 205–11; also Roberts, Masters and Commanders, pp. 548–58.",
 [C(chap("Road to ‘People’s Poland’: Stalin’s Conquest Revisted", [P("Antoni Z.", "Kamiński"), P("Bartłomiej", "Kamiński")], "Stalinism Revisited: The Establishment of the Communist Regimes in East Central Europe and the Dynamics of the Soviet Bloc", editor=[P("Vladimir", "Tismaneanu")], place="New York and Budapest", year=2009), "205–11"),
  C(sh([F("Roberts")], "Masters and Commanders"), "548–58")]),
(IC, "55. Winston Churchill, The Second World War, vol. VI: Triumph and Tragedy (London, 1985), p. 300.",
 [C(book("The Second World War", [P("Winston", "Churchill")], place="London", year=1985, volume="VI", **{"volume-title": "Triumph and Tragedy"}), "300")]),
(IC, "56. Robert Service, Comrades (London, 2007), p. 220.",
 [C(book("Comrades", [P("Robert", "Service")], place="London", year=2007), "220")]),
(IC, "57. Ibid., p. 222.",
 []),
(IC, "58. The original drafts and the final version of Operation Unthinkable can be seen at http://web.archive.org/web/20101116152301/http://www.history.neu.edu/PRO2.",
 [C({"type": "webpage", "URL": "http://web.archive.org/web/20101116152301/http://www.history.neu.edu/PRO2"})]),
(IC, "59. Stanisław Mikołajczyk, The Rape of Poland (New York, 1948), p. 60.",
 [C(book("The Rape of Poland", [P("Stanisław", "Mikołajczyk")], place="New York", year=1948), "60")]),
# --- librs.net (Kasyanov, Rozryta mohyla, on the famine of 1932-1933 in Ukrainian politics and memory, notes 43-46;
# number on its own line): Ukrainian GOST with `– 1987. – 16 липня`, `// Там само.` for a newspaper just named, an
# untitled report of a speech in a newspaper, an English chapter with `/ Еd. by` (a Cyrillic Е) and `– P. 192`
(RM, "43\nТам само.",
 []),
(RM, "44\nВарто зазначити, що слово «голод» стосовно подій 1932—1933 рр. вперше пролунало в офіційному виданні у липні 1987 р. у двох публікаціях, присвячених іншим проблемам: в одній йшлося про сюжети, які очікують на увагу «майстрів мистецтв», в іншій – було надруковано автобіографію Г. Тютюнника, де письменник згадував своїх дідів, що померли від голоду. Див.: Олійник М. Час і ми // Літературна Україна. – 1987. – 16 липня; Тютюнник Г. Вічна загадка: автобіографія // Там само.",
 [C(paper("Час і ми", [P("М.", "Олійник")], "Літературна Україна", Y(1987, 7, 16))),
  C(paper("Вічна загадка: автобіографія", [P("Г.", "Тютюнник")], "Літературна Україна", Y(1987, 7, 16)))]),
(RM, "45\nГромадянська позиція літератури і перебудова. Доповідь О. Г. Мусієнка на партійних зборах Київської організації СПУ // Літературна Україна. – 1988. – 18 лютого.",
 [C(paper("Громадянська позиція літератури і перебудова. Доповідь О. Г. Мусієнка на партійних зборах Київської організації СПУ", None, "Літературна Україна", Y(1988, 2, 18)))]),
(RM, "46\nPavlyshyn O. Famine 1932—1933: Selected Biography // Famine-Genocide in Ukraine, 1932—1933. Western archives, testimonies and new research / Еd. by Wsevolod W. Isajiw. – Toronto, 2003. – P. 192.",
 [C(chap("Famine 1932—1933: Selected Biography", [P("O.", "Pavlyshyn")], "Famine-Genocide in Ukraine, 1932—1933. Western archives, testimonies and new research", editor=[P("Wsevolod W.", "Isajiw")], place="Toronto", year=2003), "192")]),
# --- fb2.top (Zubok, A Failed Empire, in Russian translation, note 341 as a page of its own; number, blank line, note;
# the page's `Загрузка...` under the note not kept): `/ Сост. Хлевнюк О. В. и др.`, a lost space in `1945 -1953`, a
# conference paper (`// Paper presented at the international conference «…». Tsinandali, Georgia, July 8-9, 2002.`)
(ZU, "341\n\nОб этих «делах» см.: Политбюро ЦК ВКП(б) и Совет министров СССР. 1945 -1953 / Сост. Хлевнюк О. В. и др. М., 2002. С. 342-397; Thome F. Stalin, Beria, and Mingrellian Affair // Paper presented at the international conference «Georgia, Armenia, and Azerbaijan in the Cold War: New Archival Evidence». Tsinandali, Georgia, July 8-9, 2002. О том, как Сталин вмешивался в научные дискуссии, в том числе по вопросам лингвистики, см.: Pollock E. Stalin and the Soviet Science Wars. Princeton, N. J.: Princeton University Press, 2006.",
 [C(book("Политбюро ЦК ВКП(б) и Совет министров СССР. 1945 -1953", editor=[P("О. В.", "Хлевнюк")], place="М.", year=2002), "342–397"),
  C({"type": "paper-conference", "title": "Stalin, Beria, and Mingrellian Affair", "author": [P("F.", "Thome")], "event-title": "Georgia, Armenia, and Azerbaijan in the Cold War: New Archival Evidence", "event-place": "Tsinandali, Georgia", "issued": {"date-parts": [[2002, 7, 8], [2002, 7, 9]]}}),
  C(book("Stalin and the Soviet Science Wars", [P("E.", "Pollock")], publisher="Princeton University Press", place="Princeton, N. J.", year=2006))]),
# --- knizki.com (Rubenstein, The Last Days of Stalin, in Russian translation, notes 412-417; number on its own line): a
# book named in prose (`Гилмор пишет об этом в книге Me and My Russian Wife`), `Цит. по: Larres, Churchill's Cold War,
# 226.` in English order, newspapers by date with `С.` (`The Times (Лондон). 1953. 12 мая. С. 3.`), `Там же. С. 223.`
(RUB, "412\nГилмор пишет об этом в книге Me and My Russian Wife; Роберт Такер в дальнейшем стал известным и уважаемым профессором истории и политологии в Принстоне и написал биографию Сталина.",
 [C(sh([F("Гилмор")], "Me and My Russian Wife"))]),
(RUB, "413\nЦит. по: Larres, Churchill's Cold War, 226.",
 [C(sh([F("Larres")], "Churchill's Cold War"), "226")]),
(RUB, "414\nТам же. С. 223. Я признателен Клаусу Ларресу за его рассказ о речи Черчилля и оценку ее политических последствий.",
 []),
(RUB, "415\nThe Times (Лондон). 1953. 12 мая. С. 3.",
 [C(paper(None, None, "The Times", Y(1953, 5, 12), **{"publisher-place": "Лондон"}), "3")]),
(RUB, "416\nТам же. С. 6.",
 []),
(RUB, "417\nThe New York Times. 1953. 12 мая. С. 26.",
 [C(paper(None, None, NYT, Y(1953, 5, 12)), "26")]),
# --- bookreadfree.com (Kotkin, Stalin: Paradoxes of Power, notes 58-69 of a chapter): short forms only, the full
# references being in the bibliography: transliterated Russian titles, article titles in quotes with the point inside
# (`van de Ven, “Public Finance.”`), `26–8`, `II: 103–7`, `Gessen, Arkhiv russkoi revoliutsii, XV: at 141`, two authors
# (`Goodwin and Grennes`), a lost space after a note number (`66.Sukennikov`), the same author twice
(KOT, "58. Hickey, “Fee-Taking”; van de Ven, “Public Finance.”",
 [C(sh([F("Hickey")], "Fee-Taking")),
  C(sh([F("van de Ven")], "Public Finance"))]),
(KOT, "59. Crisp, Studies in the Russian Economy, 26–8; Babkov, “National Finances,” 184; Dmitriev, Kriticheskie issledovaniia o potreblenii alkogoliia v Rossii, 157.",
 [C(sh([F("Crisp")], "Studies in the Russian Economy"), "26–8"),
  C(sh([F("Babkov")], "National Finances"), "184"),
  C(sh([F("Dmitriev")], "Kriticheskie issledovaniia o potreblenii alkogoliia v Rossii"), "157")]),
(KOT, "60. Fuller, Strategy and Power; Pogrebinskii, Ocherki istorii finansov dorevoliutsionnoi Rossii, 176. Military outlays swallowed 30 percent of Russian government spending as of 1913. This was down from 60 percent in the eighteenth century, when the state spent next to nothing on human capital (education, health, etc.). Gatrell, Russia’s First World War, 8; Kahan, The Plow, 336.",
 [C(sh([F("Fuller")], "Strategy and Power")),
  C(sh([F("Pogrebinskii")], "Ocherki istorii finansov dorevoliutsionnoi Rossii"), "176"),
  C(sh([F("Gatrell")], "Russia’s First World War"), "8"),
  C(sh([F("Kahan")], "The Plow"), "336")]),
(KOT, "61. Rieber, “Persistent Factors,” 315–59; LeDonne, Russian Empire and the World.",
 [C(sh([F("Rieber")], "Persistent Factors"), "315–59"),
  C(sh([F("LeDonne")], "Russian Empire and the World"))]),
(KOT, "62. Daly, Autocracy Under Siege, 108–10; Spiridovich, Zapiski zhandarma, 81–2.",
 [C(sh([F("Daly")], "Autocracy Under Siege"), "108–10"),
  C(sh([F("Spiridovich")], "Zapiski zhandarma"), "81–2")]),
(KOT, "63. Aleksander I. Spiridovich, “Pri tsarskom rezhime,” Gessen, Arkhiv russkoi revoliutsii, XV: at 141. See also Pipes, Russian Revolution, 4.",
 [C(sh([P("Aleksander I.", "Spiridovich")], "Pri tsarskom rezhime", **{"container-title": "Arkhiv russkoi revoliutsii", "editor": [F("Gessen")], "volume": "XV"}), "141"),
  C(sh([F("Pipes")], "Russian Revolution"), "4")]),
(KOT, "64. Schneiderman, Sergei Zubatov and Revolutionary Marxism.",
 [C(sh([F("Schneiderman")], "Sergei Zubatov and Revolutionary Marxism"))]),
(KOT, "65. Gregory, “Grain Marketings and Peasant Consumption”; Goodwin and Grennes, “Tsarist Russia.”",
 [C(sh([F("Gregory")], "Grain Marketings and Peasant Consumption")),
  C(sh([F("Goodwin"), F("Grennes")], "Tsarist Russia"))]),
(KOT, "66.Sukennikov, Krest’ianksaia revoliutsiia na iuge Rossii.",
 [C(sh([F("Sukennikov")], "Krest’ianksaia revoliutsiia na iuge Rossii"))]),
(KOT, "67. Jones, Socialism, 129–58; Shanin, Roots of Otherness, II: 103–7.",
 [C(sh([F("Jones")], "Socialism"), "129–58"),
  C(sh([F("Shanin")], "Roots of Otherness", volume="II"), "103–7")]),
(KOT, "68. Borzunov, “Istoriia sozdaniia transsibirskoi zhelezno-dorozhnoi magistrali.”",
 [C(sh([F("Borzunov")], "Istoriia sozdaniia transsibirskoi zhelezno-dorozhnoi magistrali"))]),
(KOT, "69. Westwood, History of Russian Railways; Westwood, Historical Atlas.",
 [C(sh([F("Westwood")], "History of Russian Railways")),
  C(sh([F("Westwood")], "Historical Atlas"))]),
# --- hello.chitka.online (Pipes, The Russian Revolution, footnotes of chapter 1 marked `*` and `†`, five consecutive
# notes): Chicago without publishers, a transliteration in brackets after a name (`Boris Nikolajewsky [Nikolaevskii]`),
# prose after the reference, a journal by its siglum, issue and year alone (`KL, No. 2/3 (1922), 56`), `cited in Galai,
# Liberation Movement; 239`, `A. N. Pankratova et al, …, IV, Pt. 1 (Moscow, 1961), 103, 811, note 12`
(PIP, "*Witte’s dismissal resulted from the Tsar’s dislike of him and Plehve’s intrigues. It occurred, however, as a result of a sudden illumination. Nicholas told Plehve that during a church service he heard the Lord instructing him “not to delay that which I was already persuaded to do”: V. I. Gurko, Features and Figures of the Past (Stanford, Calif., 1939), 225.",
 [C(book("Features and Figures of the Past", [P("V. I.", "Gurko")], place="Stanford, Calif.", year=1939), "225")]),
(PIP, "†On Azef, see Boris Nikolajewsky [Nikolaevskii], Azeff the Spy (New York, 1934). After Plehve’s murder, Azef’s reputation among revolutionaries grew immensely, and he managed to continue his double role until exposed by the director of the Police Department, A. A. Lopukhin, in December 1908, following which he fled to Germany and went into business. He died in 1918.",
 [C(book("Azeff the Spy", [P("Boris", "Nikolajewsky")], place="New York", year=1934))]),
(PIP, "*Shmuel Galai, The Liberation Movement in Russia, 1900–1905 (Cambridge, Mass., 1973), 214–19; Richard Pipes, Struve: Liberal on the Left (Cambridge, Mass., 1970), 363–66. The Social-Democrats, who wanted to lead the revolution on their own, stayed away, but Azef was present.",
 [C(book("The Liberation Movement in Russia, 1900–1905", [P("Shmuel", "Galai")], place="Cambridge, Mass.", year=1973), "214–19"),
  C(book("Struve: Liberal on the Left", [P("Richard", "Pipes")], place="Cambridge, Mass.", year=1970), "363–66")]),
(PIP, "*George Gapon, The Story of My Life (New York, 1906), 144. The “intellectual Liberals” whom Gapon consulted are known to have been Ekaterina Kuskova, her common-law husband S. N. Prokopovich, and V. Ia. Bogucharskii (Iakovlev).",
 [C(book("The Story of My Life", [P("George", "Gapon")], place="New York", year=1906), "144")]),
(PIP, "*KL, No. 2/3 (1922), 56, cited in Galai, Liberation Movement; 239. The official figure was 130 dead and 299 wounded: A. N. Pankratova et al, Revoliutsiia 1905–1907 gg. v Rossii: Dokumenty i materialy, IV, Pt. 1 (Moscow, 1961), 103, 811, note 12.",
 [C({"type": "periodical", "title": "KL", "issue": "2/3", "issued": Y(1922)}, "56"),
  C(sh([F("Galai")], "Liberation Movement"), "239"),
  C(book("Revoliutsiia 1905–1907 gg. v Rossii: Dokumenty i materialy", [P("A. N.", "Pankratova")], place="Moscow", year=1961, volume="IV", **{"part-number": "1"}), "103, 811, note 12")]),
# --- online-biblioteka.com (Rubenstein, The Last Days of Stalin, in Russian translation, notes 260-264 of another
# chapter): English references in Chicago order inside the Russian book, the Russian edition after the English one
# (`Галина. История жизни. — Смоленск: Русич., 1998.`, `На русском языке: А. И. Солженицын. Раковый корпус.`), short forms
(RUB2, "260\nVishnevskaya, Galina: A Russian Story, 99. Галина. История жизни. — Смоленск: Русич., 1998.",
 [C(sh([F("Vishnevskaya")], "Galina: A Russian Story"), "99"),
  C(book("Галина. История жизни", publisher="Русич.", place="Смоленск", year=1998))]),
(RUB2, "261\nJuliane Fürst, Stalin's Last Generation: Soviet Post-War Youth and the Emergence of Mature Socialism (Oxford: Oxford University Press, 2010), 121.",
 [C(book("Stalin's Last Generation: Soviet Post-War Youth and the Emergence of Mature Socialism", [P("Juliane", "Fürst")], publisher="Oxford University Press", place="Oxford", year=2010), "121")]),
(RUB2, "262\nAlexander Solzhenitsyn, Cancer Ward (New York: Bantam, 1969), 311. На русском языке: А. И. Солженицын. Раковый корпус.",
 [C(book("Cancer Ward", [P("Alexander", "Solzhenitsyn")], publisher="Bantam", place="New York", year=1969), "311"),
  C(sh([P("А. И.", "Солженицын")], "Раковый корпус"))]),
(RUB2, "263\nYevtushenko, A Precocious Autobiography, 84.",
 [C(sh([F("Yevtushenko")], "A Precocious Autobiography"), "84")]),
(RUB2, "264\nAleksandr Nekrich, Forsake Fear: Memoirs of a Historian (Boston: Unwin Hyman, 1991), 74–75.",
 [C(book("Forsake Fear: Memoirs of a Historian", [P("Aleksandr", "Nekrich")], publisher="Unwin Hyman", place="Boston", year=1991), "74–75")]),
# --- libcat.ru (O'Clery, Moscow, December 25, 1991, notes after the copyright page; numbering restarts with each
# chapter, number and note separated by a space): short forms keyed to the bibliography, two authors joined by `with`
# and by `and`, an OCR typo in a title (`Sbevardreadze`), a space before a comma (`Final Days , 87`); the three prose
# notes of the second chapter (weather, Red Square, a visit to a church) were not taken
(OC, "1 Palazchenko, My Years with Gorbachev and Sbevardreadze, 361.",
 [C(sh([F("Palazchenko")], "My Years with Gorbachev and Sbevardreadze"), "361")]),
(OC, "2 Woolf, Nuclear Weapons in the Former Soviet Union.",
 [C(sh([F("Woolf")], "Nuclear Weapons in the Former Soviet Union"))]),
(OC, "3 Baker with DeFrank, The Politics of Diplomacy, 583.",
 [C(sh([F("Baker"), F("DeFrank")], "The Politics of Diplomacy"), "583")]),
(OC, "4 Bush and Scowcroft, A World Transformed, 555.",
 [C(sh([F("Bush"), F("Scowcroft")], "A World Transformed"), "555")]),
(OC, "5 Grachev, Final Days , 87.",
 [C(sh([F("Grachev")], "Final Days"), "87")]),
(OC, "4 Neuffer, “In Moscow a Christmas Leap of Faith.”",
 [C(sh([F("Neuffer")], "In Moscow a Christmas Leap of Faith"))]),
(OC, "5 Gaidar, Days of defeat and Victory, 111.",
 [C(sh([F("Gaidar")], "Days of defeat and Victory"), "111")]),
(OC, "1 Murray, A Democracy of Despots, 136.",
 [C(sh([F("Murray")], "A Democracy of Despots"), "136")]),
# --- fb2.top (Cohen, Soviet Fates and Lost Alternatives, in Russian translation, one note as a page of its own): short
# forms by surname and title with `P.`, an untitled article (`John Gooding // Russian Review 51. No. 1. January 1992. P.
# 36–57`), an untitled chapter in an edited volume (`Mark R. Beissinger // James Millar, ed. Cracks in the Monolith: … —
# Armonk, 1992. P. 213.`)
(CO, "См., напр.: Sakwa. Gorbachev and His Reforms. P. 192; John Gooding // Russian Review 51. No. 1. January 1992. P. 36–57; Chiesa. Transition to Democracy. P. 3. Существует и противоположное, скорее рефлексивное, чем обоснованное мнение, что «КПСС оставалась правящей партией» до августа 1991 г. Mark R. Beissinger // James Millar, ed. Cracks in the Monolith: Party Power in the Brezhnev Era. — Armonk, 1992. P. 213.",
 [C(sh([F("Sakwa")], "Gorbachev and His Reforms"), "192"),
  C(art(None, [P("John", "Gooding")], "Russian Review", "51", "1", Y(1992, 1)), "36–57"),
  C(sh([F("Chiesa")], "Transition to Democracy"), "3"),
  C({"type": "chapter", "author": [P("Mark R.", "Beissinger")], "container-title": "Cracks in the Monolith: Party Power in the Brezhnev Era", "editor": [P("James", "Millar")], "publisher-place": "Armonk", "issued": Y(1992)}, "213")]),
# --- 9pdf.info (a Slovak thesis on lustration after 1989, the section on the first lustration law; the page runs the
# footnote into the text at the foot of a page): Czech/Slovak ISO 690 style with the surname in capitals, ` : ` before a
# subtitle, `[online]`, `[cit. 2011-01-30]`, a broken duplicate `Http:// ` before the address
(LUS, "80 KROUPA, Daniel. Senátor Kroupa - osobní stránka : vystoupení v Senátu [online]. 2001 [cit. 2011-01-30]. Http:// http://www.danielkroupa.cz/senat.asp",
 [C({"type": "webpage", "title": "Senátor Kroupa - osobní stránka : vystoupení v Senátu", "author": [P("Daniel", "Kroupa")], "issued": Y(2001), "accessed": Y(2011, 1, 30), "URL": "http://www.danielkroupa.cz/senat.asp"})]),
]
