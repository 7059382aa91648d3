# -*- coding: utf-8 -*-
# Thirty-first gathering (2026-11-25): 90 notes with 135 citations (43 of them short forms); 9 notes cite no work (two
# bare `Ibid`, an `Ibid, Vol IV, p 306; …`, an archival reference `Kenya National Archive (KNA) PC/CP/1/11.`, an
# interview with an archival letter, a prose note on a database system, two prose notes of the Annales, and a note
# citing only the Journal officiel's parliamentary debates).
# Subjects, as the brief asked (history beyond diplomacy): Soviet social history (collectivisation and the family in
# Figes's The Whisperers; popular opinion under Stalin; Fitzpatrick's Everyday Stalinism in Russian translation), Indian
# intellectual and agrarian history (Indian nationalism and communalism, peasant differentiation in Bengal, the Bengal
# delta), colonial Kenya (Mau Mau, settler capitalism), Argentine labour and Peronism (Semán), German labour and
# parliamentary history (collective biography of SPD deputies, BIOKAND/BIOSOP, the Frankfurt Assembly), French
# imperial Africa (the A.O.F.) and Brazilian slavery and labour (servile labour, the economics of slavery, the 1917
# general strike).
# Languages: English 57, Russian 10, German 9, Portuguese 8, French 6 (33 of 90 non-English, about the third asked).
# No Spanish, Polish, Czech or Hungarian page with whole notes on these subjects could be found in the stored text this
# time (Spanish SciELO, scribd and studenta pages show body text only; Polish 9lib pages cut before their footnotes).
# Pages: 16 (15 works), none of them a `where` address of notes.jsonl or of any /work/gather/*.py (all addresses were
# collected from those files and grepped before each page was taken and again before the file was closed,
# notes_thirtieth.py included; distinctive phrases of the notes were also grepped, with no hit). No work gives more than
# 10 notes (Fitzpatrick: 6 + 4 from two pages of the same translation). Sites new to the set: dsal.uchicago.edu,
# pdfslide.us, reader.dukeupress.edu, itexts.net, litmir.club (litmir.biz was used before), bioparl.de,
# s522097707.online.de, onehourindexing01.prideseotools.com (a proxy of a pt.scribd.com document); sites used before,
# for other works: read-book.net, docslib.org (two books), scribd.com (pt.scribd.com, another document),
# core-prod and homsy-staging.cambridgecore.org.
# Pages and shapes:
#  - read-book.net (Figes, The Whisperers, notes 14-31 of a chapter): British style with parentheses and no publisher
#    (`(London, 1980), p. 111`), short forms (`Davies, The Socialist Offensive, p. 218`), a source edition cited by title
#    and volume only (`Tragediia sovetskoi derevni, vol. 1, pp. 702–10, 716–27`), transliterated Russian journal
#    (`Na agrarnom fronte, 1929, no. 8, p. 65`) and newspapers (`Izvestiia, 19 April 1930`), archive sigla (`GARK, f. 3,
#    …`; `VFA, ‘Vospominaniia’, ms.`; not listed), `2 vols. (Moscow, 2006), vol. 2, p. 43`.
#  - docslib.org/doc/4757446 (notes to the introduction of a book on popular opinion in Stalin's USSR): Chicago with
#    parentheses, an encyclopedia entry with `Encyclopedia.com. Accessed …` and a URL broken by a space, `trans.`,
#    `ed. A and B`, `edited by`, `2.1 (2001): 113, 127`, `eds.` after three names; the text layer dropped linked words
#    (`in The – a Popular State?`), first note numbered `1 ` and the rest `2. `.
#  - dsal.uchicago.edu (Social Scientist 22, 1994, endnotes of an essay on Indian nationalism): Indian style without
#    parentheses (`Oxford University Press, Delhi, 1989, pp. 353-4`), `(Hereafter, Discovery)`, `A.M. Zaidi (ed.).`,
#    `as in 44`, `Vol. VII, No. 3,1973`, OCR `Modem Asian Studies`, `in Writings and Speeches, Volume II`, bare `Ibid.`.
#  - dsal.uchicago.edu (Social Scientist 12, 1984, an article on peasant differentiation in Bengal): numbers without a
#    point, `op cit` without points, `Vol IV, p 306; Vol IX, p 116; Vol VII, p 398`, `Ibid` with volumes, a quotation
#    before `(See …, The Indian Historical Review, Vol II, No 1, July, 1975. pp 105-165)`, heavy OCR damage
#    (`188'")-1947`, `Eenoy`, `Akademic-Vcrlag`, `Presidency y`), `quoted in`, `See,Amal`, `op cit, 1963, pp 67 and 109`.
#  - docslib.org/doc/775362 (Iqbal, The Bengal Delta, notes to the introduction): a quotation then `(Author, Title (, 1991),
#    p. 18)`, five works in one note (a gazetteer volume, books, `110 (4) (April 1998): 497–511`, a web page with
#    `last accessed`), `7(2) (1990): 40`, titles missing words dropped by the text layer.
#  - pdfslide.us (notes to chapter 1 of a Palgrave book on Mau Mau): author-date references inside prose (`see Leys
#    1975; Swainson 1980; … and Brett 1992`), a long block quotation ending `(Wachanga 1991, 18–19)`, numbers glued to the
#    text (`2.The word`), a reprint named only by publisher and year, an archival reference.
#  - reader.dukeupress.edu (Semán, Ambassadors of the Working Class, notes to the introduction; PDF text with `Amer i ca`,
#    `strug gles` and line breaks kept): a radio programme by date and time, three newspaper/online pieces in one note, a
#    short form by author and title, `Oscar Chamosa’s essay “…,” 113–14`, an interview plus a letter, a speech in
#    `Perón, Obras Completas, book 10, vol. 2, 145`.
#  - itexts.net and litmir.club (Фицпатрик, Повседневный сталинизм, two pages taken to be the same translation: note 44
#    cites `Фицпатрик Ш. Сталинские крестьяне` as the author's own book): Russian newspapers by date (`Правда. 1937. 23
#    апр. С. 2; 17 мая. С. 4`), `//` before a journal, English books in Russian order (`Conquest R. The Great Terror.
#    Harmondsworth, Мх., 1971`), `Chs. 2, 5, 6`, a Ph. D. diss., `P. 171 — 172`, `/ Russian History. 1997. Vol. 24. №
#    1-2`, `/ Ed. V.Garros, …`; number on its own line (with a blank line on itexts, without on litmir).
#  - bioparl.de (BIOKAND and BIOSOP footnotes) and s522097707.online.de (Frankfurt National Assembly footnotes), German:
#    `(1)` numbering, `in: A/B/C (Hrsg.), …, Berlin 1978, S. 1-36`, `u. a. (Hrsg.)`, `ders. (Hrsg.)`, `hrsg. von`, `3 Bde.,
#    Paris 1889 1891`, `London 1976 ff.`, `2. Aufl., New York etc. 1975`, `»…«` in a title, nine works in one note, a note
#    without a final point, OCR-split names (`Put nam`, `Beha vior`).
#  - core-prod and homsy-staging.cambridgecore.org (Annales 1951 on the A.O.F., Annales 1938 on servile labour in Brazil),
#    French: `page 428 note 5.` prefixes kept, a book described by title, preface and series `(Coll. L'Union Française)`
#    with `in-8», 238 p., 300 francs`, `Cf. M. Émerit, Les Saint-Simoniens en Algérie.`, the Journal officiel (not listed),
#    a corporate publisher `Publication du Département de statistique et publicité`.
#  - onehourindexing01.prideseotools.com (Versiani on Brazilian slavery, via a proxy of scribd) and pt.scribd.com (Kauan
#    dos Santos on the 1917 strike), Portuguese: author-date (`IBGE, 1990: p.32.`, `Prado Jr., 1981 [1942]: p.31, grifo
#    adicionado.`, `Alden (1963)` in prose), a database as author (`Voyages,\n2019`), ABNT style with surnames in capitals
#    (`HALL, Michael; PINHEIRO, Paulo.`, `Rio de\nJaneiro: Paz e Terra, 1987. vol. 1.`), a text layer that lost every
#    accented letter (`Histria`, `Operria`, `Coleo`).
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - A broadcast cited by title, kind and date (`Rush Limbaugh Show, radio program, 30 April 2009, 9:56 a.m.`) is a
#    `broadcast` with `genre` "radio program" and the day in `issued` (the twenty-third's type; the time is not kept).
#  - `Latin Amer i ca Goes Global, 3 November 2016` (an online magazine) is a `webpage` with the site as container (the
#    twenty-eighth's rule); the Financial Times and Washington Post pieces are `article-newspaper`s.
#  - A speech printed in collected works and cited without imprint (`“…: Speech,” Teatro Colón, 19 December 1946, Perón,
#    Obras Completas, book 10, vol. 2, 145`) is a short form with the speech as title, `container-title`, the author,
#    `volume` "10" and `part-number` "2" (the sixteenth's order: the higher level is the volume) and the date; the
#    place of the speech is not kept.
#  - `as in 44` / `as in 53` short forms give what they print: the author (`Sarkar`) or, for `A.M. Zaidi (ed), as in 44`,
#    the editor only (the seventh's short form by editor).
#  - Author-date references with a bracketed first year (`Prado Jr., 1981 [1942]`) are short forms with `issued` and
#    `original-date`; `Jr.` goes in `suffix`; corporate and database authors (`IBGE`, `Voyages`) are `literal`.
#  - `Hunter, op cit, Vol IV, p 306; Vol IX, p 116; Vol VII, p 398` gives three short forms, one per volume (the
#    sixth's rule for two volumes with their own pages); `Ibid, Vol IV, …` is a bare ibid.
#  - `This book was first published in 1938. We have used the 1999 printing by Kenway Publications, Nairobi, Kenya.` is
#    an untitled `book` with publisher, place, `issued` 1999 and `original-date` 1938 (the twelfth's untitled entry for an
#    edition named only by publisher and year).
#  - Text-layer losses are kept in titles and names as printed (`The – a Popular State? …`, `Geography of`, `Imperial
#    Gazetteer of`, `The Rise of and the Bengal Frontier`, `Histria`, `Coleo Remate de Males`); names in capitals are
#    given in normal case (`HALL` -> `Hall`); a title broken by a hyphen at a line end is joined (`Strong-\nmen` ->
#    `Strongmen`), a hyphen followed by a space inside a line is kept (`Inter- war`).
#  - A range in `issue` is kept as printed (`№ 1-2` -> issue "1-2"); em dashes in page ranges become en dashes in the
#    locator (`P. 171 — 172` -> "171–172"), but a title keeps them (`1921 — 1928`).
#  - `1976 ff.` gives `issued` 1976; `Paris 1889 1891` (the dash lost) gives two date-parts; `3 Bde.` and `8 Bde.` give
#    `number-of-volumes`; `Reading u. a.` and `New York etc.` are kept whole as the place; `u. a.` after an editor's name
#    is not a name.
#  - A source described by title, preface writer and series (`Afrique Occidentale française. Préface de Th. Monod, Paris,
#    Berger-Levrault (Coll. L'Union Française), 1949`) is a `book` without author, the series in `collection-title`; the
#    preface writer, format, page count and price are not kept.
#  - A work named only by author and title in an article without a bibliography (`Cf. M. Émerit, Les Saint-Simoniens en
#    Algérie.`, `Nihar Ranjan Roy, Bangaseer Jtihas, quoted in …`) is a `book` (the nineteenth's rule); in books whose
#    notes point to a bibliography (Figes, Semán, Fitzpatrick) such references are short forms (the thirtieth's rule).
#  - Newspapers cited by date only give one untitled `article-newspaper` per issue, each with its page (the thirtieth).
# Doubtful: `Haroun er Rashid` as one `literal` name; the titles cut by the docslib text layer; the Kenway reprint as an
# untitled book; Perón's speech as a short form with volume 10 / part 2; `Latin Amer i ca Goes Global` as a webpage;
# `Voyages` as a literal author; `Coleo Remate de Males` kept whole as the container (`Coleção` may be a series word);
# the Davison encyclopedia entry (`entry-encyclopedia`, URL kept with its inner space); the Chattopadhyay title with its
# stray `y`; the chapter page span of Kuromiya (`30–49`) put in the locator by the set's range helper; the litmir page
# taken to be the same Fitzpatrick translation; Schröder's article title kept with `(BIOPARL)`.
# Split: by the hash of the note text (see build_notes.py), not by position: 68 dev, 22 test.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


def CH(gold, locator):
    return C(gold, locator, "chapter")


def web(title, author, container, **kw):
    g = {"type": "webpage"}
    if title: g["title"] = title
    if author: g["author"] = author
    if container: g["container-title"] = container
    g.update(kw); return g


def R(*dps):
    return {"date-parts": [list(d) for d in dps]}


RB = "https://read-book.net/uk/inshe/page-197-23057-the-whisperers-download.html"
DL = "https://docslib.org/doc/4757446/introduction"
DS1 = "http://dsal.uchicago.edu/books/socialscientist/text.html?objectid=HN681.S597_252-53_039.gif"
DS2 = "http://dsal.uchicago.edu/books/socialscientist/text.html?objectid=HN681.S597_135_035.gif"
IQ = "https://docslib.org/doc/775362/1-introduction"
MM = "https://pdfslide.us/documents/notes-home-springer-978-0-230-60699he-was-married-to-virginia-edith-wambui.html"
SE = "http://reader.dukeupress.edu/ambassadors-of-the-working-class/248"
FZ1 = "https://itexts.net/avtor-sheyla-fitcpatrik/101935-povsednevnyy-stalinizm-sheyla-fitcpatrik/read/page-31.html"
FZ2 = "https://litmir.club/br/?b=223633&p=93"
BK = "https://www.bioparl.de/biokand-fussnoten/"
FN = "http://s522097707.online.de/texte/fnv_fussnotenedition.html"
BS = "https://www.bioparl.de/biosop-fussnoten/"
AOF = "https://core-prod.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/presentation-de-lao-f/7347043CBD530E5C98A1B132206376CC"
BRS = "https://homsy-staging.cambridgecore.org/core/journals/annales-d-histoire-economique-et-sociales/article/abs/naissance-vie-et-mort-dune-institution-le-travail-servile-au-bresil/DD52E0B98685EAC941AF100B5FD53BE0"
VE = "https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fpt.scribd.com%2Fdocument%2F546742036%2FESCRAVIDAO-NO-BRASIL-REVENDO-MITOS-FLAVIO-VERSIANI"
KS = "https://pt.scribd.com/document/315220958/SANTOS-Kauan-Acao-e-Militancia-Anarquista-Nas-Manifestacoes-Operarias-de-1917"

# --- shared records
TRAGEDIIA = "Tragediia sovetskoi derevni"
DAVIES_SO = [P("R.", "Davies")]
HUNTER = [P("W W", "Hunter")]
ZAIDI = [P("A.M.", "Zaidi")]
SCHROEDER = [P("Wilhelm Heinz", "Schröder")]
RITTER = [P("Gerhard A.", "Ritter")]
NORUSIS = [P("Marija J.", "Norusis")]
IBGE = [L("IBGE")]

THIRTYFIRST = [
# --- read-book.net, Orlando Figes, The Whisperers, notes to chapter 2 (English, British style with parentheses; short forms; archives)
(RB, "14. R. Davies, The Socialist Offensive: The Collectivization of Soviet Agriculture, 1929–1930 (London, 1980), p. 111; Tragediia sovetskoi derevni, vol. 1, pp. 702–10, 716–27; M. Hindus, Red Bread: Collectivization in a Russian Village (Bloomington, 1988), p. 246.",
 [C(book("The Socialist Offensive: The Collectivization of Soviet Agriculture, 1929–1930", DAVIES_SO, place="London", year=1980), "111"),
  C(sh(title=TRAGEDIIA, volume="1"), "702–10, 716–27"),
  C(book("Red Bread: Collectivization in a Russian Village", [P("M.", "Hindus")], place="Bloomington", year=1988), "246")]),
(RB, "15. Davies, The Socialist Offensive, p. 218; V. Kravchenko, I Chose Freedom (New York, 1946), p. 91.",
 [C(sh([F("Davies")], "The Socialist Offensive"), "218"),
  C(book("I Chose Freedom", [P("V.", "Kravchenko")], place="New York", year=1946), "91")]),
(RB, "16. M. Vareikis, ‘O partiinom rukovodstve kolkhozam’, Na agrarnom fronte, 1929, no. 8, p. 65; Izvestiia, 19 April 1930; GARK, f. 3, op. 1, d. 2309, l. 6.",
 [C(art("O partiinom rukovodstve kolkhozam", [P("M.", "Vareikis")], "Na agrarnom fronte", issue="8", year=1929), "65"),
  C(paper(None, None, "Izvestiia", year=Y(1930, 4, 19)))]),
(RB, "19. R. Conquest, The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine (London, 1986), pp. 120–21; S. Fitzpatrick, Stalin’s Peasants: Resistance and Survival in the Russian Village After Collectivization (New York, 1994), pp. 54–5.",
 [C(book("The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine", [P("R.", "Conquest")], place="London", year=1986), "120–21"),
  C(book("Stalin’s Peasants: Resistance and Survival in the Russian Village After Collectivization", [P("S.", "Fitzpatrick")], place="New York", year=1994), "54–5")]),
(RB, "22. Conquest, Harvest of Sorrow, p. 137; Tragediia sovetskoi derevni, vol. 3, p. 15; Lewin, Russian Peasants and Soviet Power, p. 508.",
 [C(sh([F("Conquest")], "Harvest of Sorrow"), "137"),
  C(sh(title=TRAGEDIIA, volume="3"), "15"),
  C(sh([F("Lewin")], "Russian Peasants and Soviet Power"), "508")]),
(RB, "26. VFA, ‘Vospominaniia’, ms., p. 8; Komsomol’skaia pravda, 8 September 1989, p. 2.",
 [C(paper(None, None, "Komsomol’skaia pravda", year=Y(1989, 9, 8)), "2")]),
(RB, "28. A. Zverev, Zapiski ministra (Moscow, 1973), p. 54.",
 [C(book("Zapiski ministra", [P("A.", "Zverev")], place="Moscow", year=1973), "54")]),
(RB, "29. L. Kopelev, The Education of a True Believer (London, 1981), p. 235.",
 [C(book("The Education of a True Believer", [P("L.", "Kopelev")], place="London", year=1981), "235")]),
(RB, "30. Tragediia sovetskoi derevni, vol. 1, pp. 8–9; R. Davies and S. Wheatcroft, The Years of Hunger: Soviet Agriculture, 1931–1933 (London, 2004), p. 451.",
 [C(sh(title=TRAGEDIIA, volume="1"), "8–9"),
  C(book("The Years of Hunger: Soviet Agriculture, 1931–1933", [P("R.", "Davies"), P("S.", "Wheatcroft")], place="London", year=2004), "451")]),
(RB, "31. Davies, The Socialist Offensive, pp. 442–3; Tragediia sovetskoi derevni, vol. 3, pp. 8–9; Davies and Wheatcroft, The Years of Hunger, pp. 31, 37; Politbiuro i krest’ianstvo: vysylka, spetsposelenie 1930–1940, 2 vols. (Moscow, 2006), vol. 2, p. 43.",
 [C(sh([F("Davies")], "The Socialist Offensive"), "442–3"),
  C(sh(title=TRAGEDIIA, volume="3"), "8–9"),
  C(sh([F("Davies"), F("Wheatcroft")], "The Years of Hunger"), "31, 37"),
  C(book("Politbiuro i krest’ianstvo: vysylka, spetsposelenie 1930–1940", place="Moscow", year=2006, volume="2", **{"number-of-volumes": "2"}), "43")]),
# --- docslib.org, notes to the introduction of a book on popular opinion in Stalin's USSR (English, Chicago with parentheses; the page's text layer dropped some linked words)
(DL, "1 W. Phillips Davison, ‘Public Opinion’, International Encyclopedia of the Social Sciences. 1968. Encyclopedia.com. Accessed December 13, 2011. http:// www.encyclopedia.com/doc/1G2–3045001019.html",
 [C({"type": "entry-encyclopedia", "title": "Public Opinion", "author": [P("W. Phillips", "Davison")], "container-title": "International Encyclopedia of the Social Sciences", "issued": Y(1968), "URL": "http:// www.encyclopedia.com/doc/1G2–3045001019.html", "accessed": Y(2011, 12, 13)})]),
(DL, "2. Lucien Warner, ‘The Reliability of Public Opinion Surveys’, Public Opinion Quarterly 3 (1939): 377.",
 [C(art("The Reliability of Public Opinion Surveys", [P("Lucien", "Warner")], "Public Opinion Quarterly", volume="3", year=1939), "377")]),
(DL, "3. Benedict Anderson, Imagined Communities: Reflections on the Origin and Spread of Nationalism (London: Verso Editions and NLB, 1983), 145",
 [C(book("Imagined Communities: Reflections on the Origin and Spread of Nationalism", [P("Benedict", "Anderson")], publisher="Verso Editions and NLB", place="London", year=1983), "145")]),
(DL, "4. See Hiroaki Kuromiya, ‘How Do We Know What the People Thought under Stalin?’ in The – a Popular State? Studies on Popular Opinion in the USSR, edited by Timo Vihavainen (St Petersburg: Evropeiski Dom, 2003), 30–49.",
 [C(chap("How Do We Know What the People Thought under Stalin?", [P("Hiroaki", "Kuromiya")], "The – a Popular State? Studies on Popular Opinion in the USSR", editor=[P("Timo", "Vihavainen")], publisher="Evropeiski Dom", place="St Petersburg", year=2003, page="30–49"))]),
(DL, "5. As showed a sociologist Pitirim A. Sorokin, Hunger As a Factor in Human Affairs, trans. Elena Sorokin (Gainesville: University Press of Florida, 1975).",
 [C(book("Hunger As a Factor in Human Affairs", [P("Pitirim A.", "Sorokin")], publisher="University Press of Florida", place="Gainesville", year=1975, translator=[P("Elena", "Sorokin")]))]),
(DL, "6. Peter Holquist, ‘What’s So Revolutionary About the Russian Revolution? State Practices and the New Style Politics, 1914–21’, in Russian Modernity. Politics, Knowledge, Practices, ed. David L. Hoffmann and Yanni Kotsonis (New York: St Martin’s Press, 2000), 92, 94. See also David Priestland, Stalinism and the Politics of Mobilization. Ideas, Power, and Terror in Inter- war (Oxford: Oxford University Press, 2007).",
 [C(chap("What’s So Revolutionary About the Russian Revolution? State Practices and the New Style Politics, 1914–21", [P("Peter", "Holquist")], "Russian Modernity. Politics, Knowledge, Practices", editor=[P("David L.", "Hoffmann"), P("Yanni", "Kotsonis")], publisher="St Martin’s Press", place="New York", year=2000), "92, 94"),
  C(book("Stalinism and the Politics of Mobilization. Ideas, Power, and Terror in Inter- war", [P("David", "Priestland")], publisher="Oxford University Press", place="Oxford", year=2007))]),
(DL, "7. David L. Hoffmann, Cultivating the Masses. Modern State Practices and Soviet Socialism. 1914–1939 (Ithaca, NY: Cornell University Press, 2011), 1–14.",
 [C(book("Cultivating the Masses. Modern State Practices and Soviet Socialism. 1914–1939", [P("David L.", "Hoffmann")], publisher="Cornell University Press", place="Ithaca, NY", year=2011), "1–14")]),
(DL, "8. Holquist, ‘What’s So Revolutionary’, 89–90; Stephen Kotkin, ‘Modern Times: The Soviet Union and the Interwar Conjuncture’, Kritika: Explorations in Russian and Eurasian History 2.1 (2001): 113, 127.",
 [C(sh([F("Holquist")], "What’s So Revolutionary"), "89–90"),
  C(art("Modern Times: The Soviet Union and the Interwar Conjuncture", [P("Stephen", "Kotkin")], "Kritika: Explorations in Russian and Eurasian History", volume="2", issue="1", year=2001), "113, 127")]),
(DL, "9. Hoffmann, Cultivating the Masses, 4.",
 [C(sh([F("Hoffmann")], "Cultivating the Masses"), "4")]),
(DL, "10. Like Arzhilovsky in Véronique Garros, Natalia Korenevskaya, Thomas Lahusen, eds. Intimacy and Terror. Soviet Diaries of the 1930s (New York: The New Press, 1995).",
 [C(book("Intimacy and Terror. Soviet Diaries of the 1930s", editor=[P("Véronique", "Garros"), P("Natalia", "Korenevskaya"), P("Thomas", "Lahusen")], publisher="The New Press", place="New York", year=1995))]),
# --- dsal.uchicago.edu, Social Scientist 22 (1994), "Patriotism without People", endnotes on p. 37 (English, Indian style without parentheses; `(Hereafter, Discovery)`, `as in 44`)
(DS1, "41. Jawaharlal Nehru, The Discovery of India, Oxford University Press, Delhi, 1989, pp. 353-4. (Hereafter, Discovery)",
 [C(book("The Discovery of India", [P("Jawaharlal", "Nehru")], publisher="Oxford University Press", place="Delhi", year=1989), "353–4")]),
(DS1, "42. Nehru, An Autobiography, Oxford University Press, Delhi, 1989, p. 32. (Hereafter, Autobiography).",
 [C(book("An Autobiography", [F("Nehru")], publisher="Oxford University Press", place="Delhi", year=1989), "32")]),
(DS1, "43. This is Ernest Gellner's characterisation, as cited in E.J. Hobsbawm, Nations and Nationalism Since 1870: Programme, Myth, Reality, Cambridge University Press, 1990, p. 9.",
 [C(book("Nations and Nationalism Since 1870: Programme, Myth, Reality", [P("E.J.", "Hobsbawm")], publisher="Cambridge University Press", year=1990), "9")]),
(DS1, "44. A.M. Zaidi (ed.). Congress Presidential Addresses, Indian Institute of Applied Political Research, Delhi, 1985; Volume I, p. 89.",
 [C(book("Congress Presidential Addresses", editor=ZAIDI, publisher="Indian Institute of Applied Political Research", place="Delhi", year=1985, volume="I"), "89")]),
(DS1, "45. Ibid., pp. 114-5.", []),
(DS1, "48. A.M. Zaidi (ed), as in 44, p. 214.",
 [C({"editor": ZAIDI}, "214")]),
(DS1, "49. Ambedkar, Pakistan or the Partition of India, Bombay, 1940, p. 239-40.",
 [C(book("Pakistan or the Partition of India", [F("Ambedkar")], place="Bombay", year=1940), "239–40")]),
(DS1, "52. Francis Robinson, 'Municipal Government and Muslim Separatism in the United Provinces, 1883 to 1916', Modem Asian Studies, Vol. VII, No. 3,1973, p. 395.",
 [C(art("Municipal Government and Muslim Separatism in the United Provinces, 1883 to 1916", [P("Francis", "Robinson")], "Modem Asian Studies", volume="VII", issue="3", year=1973), "395")]),
(DS1, "56. Sarkar, as in 53, p. 140; and Ambedkar, as in 49, p. 240.",
 [C(sh([F("Sarkar")]), "140"),
  C(sh([F("Ambedkar")]), "240")]),
(DS1, "57. Lala Lajpat Rai, 'The Hindu-Muslim Problem', in Writings and Speeches, Volume II, University Publishers, Delhi, 1966, p. 211.",
 [C(chap("The Hindu-Muslim Problem", [P("Lala Lajpat", "Rai")], "Writings and Speeches", publisher="University Publishers", place="Delhi", year=1966, volume="II"), "211")]),
# --- dsal.uchicago.edu, Social Scientist 12 (1984), an article on peasant differentiation in Bengal, endnotes on p. 33 (English; `op cit`, `Ibid`, volumes with their own pages, OCR errors)
(DS2, "106 W W Hunter, op cit.",
 [C(sh(HUNTER))]),
(DS2, "107 Roy, op cit, p 59.",
 [C(sh([F("Roy")]), "59")]),
(DS2, "108 Hunter, op cit, Vol IV, p 306; Vol IX, p 116; Vol VII, p 398.",
 [C(sh([F("Hunter")], volume="IV"), "306"),
  C(sh([F("Hunter")], volume="IX"), "116"),
  C(sh([F("Hunter")], volume="VII"), "398")]),
(DS2, "109 Ibid, Vol IV, p 306; Vol IX. pp 117, 398.", []),
(DS2, "115 However \"rural indebtedness was far from a casual phenomenon before British rule and rural indtbtc dness was perhaps far more widespread than has sometimes been assumed\". (See Eenoy Bhusan Chaudhuri, \"The Process of Depeasantization in Bengal and Bihar, 188'\")-1947\", The Indian Historical Review, Vol II, No 1, July, 1975. pp 105-165).",
 [C(art("The Process of Depeasantization in Bengal and Bihar, 188'\")-1947", [P("Eenoy Bhusan", "Chaudhuri")], "The Indian Historical Review", volume="II", issue="1", year=Y(1975, 7), page="105–165"))]),
(DS2, "116 Abu Abdullah (op cit, p 90) also mentions 'demographic differentiation* in a pre-industrial society, following Theodore Shanin, The Awkward Class: Political Sociology of Peasantry in a Developing Society, Russia 1910-1925, London, 1972. But surh differentiation can work both ways—by increasing pressure on available land in a land scarce situation, and by increasing family labour power necessary for clearing forests, and occupying chars (alluvial tracts emerging with the change in the course of a river).",
 [C(sh([P("Abu", "Abdullah")]), "90"),
  C(book("The Awkward Class: Political Sociology of Peasantry in a Developing Society, Russia 1910-1925", [P("Theodore", "Shanin")], place="London", year=1972))]),
(DS2, "117 The consent of the village panchayat was necessary to sell land. See Nihar Ranjan Roy, Bangaseer Jtihas, quoted in Ramkrishna Mukherjee, The Dynamics of a Rural Society—a study of the economic structure—Bengal villages. Berlin, Akademic-Vcrlag, 1957, p 19.",
 [C(book("Bangaseer Jtihas", [P("Nihar Ranjan", "Roy")])),
  C(book("The Dynamics of a Rural Society—a study of the economic structure—Bengal villages", [P("Ramkrishna", "Mukherjee")], publisher="Akademic-Vcrlag", place="Berlin", year=1957), "19")]),
(DS2, "118 See,Amal Kumar Chattopadhyay, Survey in the Bengal Presidency y 1772-1843, London, 1977, pp 14-15, where he argues that agrestic slavery became widespread only after the 1770 famine.",
 [C(book("Survey in the Bengal Presidency y 1772-1843", [P("Amal Kumar", "Chattopadhyay")], place="London", year=1977), "14–15")]),
(DS2, "119 Ibid.", []),
(DS2, "121 Excepting for one famine in 1642-43 which was confined to Dacca and was caused by failure of the supply system, and the one in 1751. See Irfan Habib, op cit, 1963, pp 67 and 109.",
 [C(sh([P("Irfan", "Habib")], issued=Y(1963)), "67 and 109")]),
# --- docslib.org, Iftekhar Iqbal, The Bengal Delta, notes to the introduction (English; the text layer dropped linked words: `Geography of (, 1991)`, `Imperial Gazetteer of , vol. 4`)
(IQ, "1. ‘Diaras and Chars often first appear as thin slivers of sand. On this is deposited layers of silt till a low bank is consolidated. Tamarisk bushes, a spiny grass, establish a foot-hold and accretions as soon as the river recedes in winter; the river flows being considerably seasonal. For several years the Diara and Char may be cultivable only in winter, till with a fresh flood either the level is raised above the normal flood level or the accretion is diluvated completely’ (Haroun er Rashid, Geography of (, 1991), p. 18).",
 [C(book("Geography of", [L("Haroun er Rashid")], year=1991), "18")]),
(IQ, "2. For notes on geological processes of land formation and sedimentation in the delta, see W.W. Hunter, Imperial Gazetteer of , vol. 4 (London, 1885), pp. 24–8; Radhakamal Mukerjee, The Changing Face of Bengal: a Study in Riverine Economy (Calcutta,1938), pp. 228–9; Colin D. Woodroffe, Coasts: Form, Process and Evolution (Cambridge, 2002), pp. 340, 351; Ashraf Uddin and Neil Lundberg, ‘Cenozoic History of the Himalayan-Bengal System: Sand Composition in the Bengal Basin, Bangladesh’, Geological Society of America Bulletin, 110 (4) (April 1998): 497–511; Liz Wilson and Brant Wilson, ‘Welcome to the Himalayan Orogeny’, http://www.geo.arizona.edu/geo5xx/ geo527/Himalayas/, last accessed 17 December 2009.",
 [C(book("Imperial Gazetteer of", [P("W.W.", "Hunter")], place="London", year=1885, volume="4"), "24–8"),
  C(book("The Changing Face of Bengal: a Study in Riverine Economy", [P("Radhakamal", "Mukerjee")], place="Calcutta", year=1938), "228–9"),
  C(book("Coasts: Form, Process and Evolution", [P("Colin D.", "Woodroffe")], place="Cambridge", year=2002), "340, 351"),
  C(art("Cenozoic History of the Himalayan-Bengal System: Sand Composition in the Bengal Basin, Bangladesh", [P("Ashraf", "Uddin"), P("Neil", "Lundberg")], "Geological Society of America Bulletin", volume="110", issue="4", year=Y(1998, 4), page="497–511")),
  C(web("Welcome to the Himalayan Orogeny", [P("Liz", "Wilson"), P("Brant", "Wilson")], None, URL="http://www.geo.arizona.edu/geo5xx/ geo527/Himalayas/", accessed=Y(2009, 12, 17)))]),
(IQ, "3. Harry W. Blair, ‘Local Government and Rural Development in the Bengal Sundarbans: an Enquiry in Managing Common Property Resources’, Agriculture and Human Values, 7(2) (1990): 40.",
 [C(art("Local Government and Rural Development in the Bengal Sundarbans: an Enquiry in Managing Common Property Resources", [P("Harry W.", "Blair")], "Agriculture and Human Values", volume="7", issue="2", year=1990), "40")]),
(IQ, "4. Richard M. Eaton, The Rise of and the Bengal Frontier 1204–1760 (Berkeley and London, 1993), pp. 24–7.",
 [C(book("The Rise of and the Bengal Frontier 1204–1760", [P("Richard M.", "Eaton")], place="Berkeley and London", year=1993), "24–7")]),
# --- pdfslide.us, notes to chapter 1 of a Palgrave book on Mau Mau and colonial Kenya (English, author-date references in prose, notes run together)
(MM, "1. For a good historical analysis of the “scramble for Africa,”see Pakenham 1991.",
 [C(sh([F("Pakenham")], issued=Y(1991)))]),
(MM, "2.The word Mau Mau is neither Kikuyu nor Swahili. H. Wachanga, a Mau Mau fighter, explained the origin of the word: During our secret meeting and oath-taking ceremonies, we often used small boys as our spies and lookouts. The government soldiers did not suspect them. If the government approached our oath-taking ceremonies, boys of five to seven years would signal to us. They did this by whistling, and we would disperse. The children were also responsible for our movement’s name, Mau Mau, a code word or anagram the children used as a warning sig- nal. They used it when they were doing something they wished kept secret from their parents. If they had used uma uma, which means “to go or get away quickly,” their parents would have realized that they were up to some- thing. At Naivasha and Nyeri, the early oath-takers also used the children’s phrase mau mau as a warning signal. When the askaris heard “mau mau,” they assumed it was the name of our society. The European newspapers then popularized the name. Ironically, our people only learned to use the term Mau Mau from the Europeans. (Wachanga 1991, 18–19)",
 [C(sh([F("Wachanga")], issued=Y(1991)), "18–19")]),
(MM, "3.Gramsci died in prison, but before his death he managed to smuggle his notes out of prison. The world came to know about the existence of the manuscript only during the 1950s (Gramsci 1971).",
 [C(sh([F("Gramsci")], issued=Y(1971)))]),
(MM, "5. A description of disunity among the colonial ruling elite, the colonial state, and the white settlers in colonial Kenya can be found in Throup 1988.",
 [C(sh([F("Throup")], issued=Y(1988)))]),
(MM, "6. This book was first published in 1938. We have used the 1999 printing by Kenway Publications, Nairobi, Kenya.",
 [C({"type": "book", "publisher": "Kenway Publications", "publisher-place": "Nairobi, Kenya", "issued": Y(1999), "original-date": Y(1938)})]),
(MM, "7. Kenya National Archive (KNA) PC/CP/1/11.", []),
(MM, "8. For a detailed account of settler colonial capitalism, see Leys 1975; Swainson 1980; Zwanenberg 1975; Sorrenson 1968; and Brett 1992.",
 [C(sh([F("Leys")], issued=Y(1975))),
  C(sh([F("Swainson")], issued=Y(1980))),
  C(sh([F("Zwanenberg")], issued=Y(1975))),
  C(sh([F("Sorrenson")], issued=Y(1968))),
  C(sh([F("Brett")], issued=Y(1992)))]),
# --- reader.dukeupress.edu, Ernesto Semán, Ambassadors of the Working Class, notes to the introduction (English; PDF text with broken words kept, line breaks kept)
(SE, "1 About the economy of the United States during the 2000s and the conceptual\nstrug gles to define the Great Recession, see Eichengreen, Hall of Mirrors.",
 [C(sh([F("Eichengreen")], "Hall of Mirrors"))]),
(SE, "2 Rush Limbaugh Show, radio program, 30 April 2009, 9:56 a.m.",
 [C({"type": "broadcast", "title": "Rush Limbaugh Show", "genre": "radio program", "issued": Y(2009, 4, 30)})]),
(SE, "3 John Paul Rathbone, “Donald Trump Evokes Latin Amer i ca’s Old Style Strong-\nmen,” Financial Times, 11 August 2016; Alejandro Corbacho and Jorge Streb, “Is\nDonald Trump a Peronist?,” Latin Amer i ca Goes Global, 3 November 2016; David\nPost, “On Donald Trump and the Rule of Law,” Washington Post, 29 May 2016.",
 [C(paper("Donald Trump Evokes Latin Amer i ca’s Old Style Strongmen", [P("John Paul", "Rathbone")], "Financial Times", year=Y(2016, 8, 11))),
  C(web("Is Donald Trump a Peronist?", [P("Alejandro", "Corbacho"), P("Jorge", "Streb")], "Latin Amer i ca Goes Global", issued=Y(2016, 11, 3))),
  C(paper("On Donald Trump and the Rule of Law", [P("David", "Post")], "Washington Post", year=Y(2016, 5, 29)))]),
(SE, "4 The term criollo, like mestizos, refers to those described as a mix of indigenous,\nSpanish, and, in some cases, African origins. In Latin Amer i ca, criollo was the\nbasis for mestizaje and the myth of a harmonic assimilation. In Argentina, the\nbasic racial repre sentation asserted that there were no ethnic or racial differ-\nences in the country and that Argentina’s inhabitants were homogeneously white,\nlaying the foundation for the “myth of the white nation.” The rise of Peronism\nexposed the prob lems of this repre sentation, giving visibility to a diverse popula-\ntion. See Oscar Chamosa’s essay “Criollo and Peronist: The Argentine Folklore\nMovement during the First Peronism, 1943–1955,” 113–14.",
 [C(sh([P("Oscar", "Chamosa")], "Criollo and Peronist: The Argentine Folklore Movement during the First Peronism, 1943–1955"), "113–14")]),
(SE, "5 Interview with Irene and Elizabeth Segovia ( daughters of León Segovia), Buenos\nAires, 28 July 2012. Perón to León Segovia, 6 December 1946, scrapbook, per-\nsonal papers of León Segovia.", []),
(SE, "6 “Perón to First Cohort of Worker Attachés: Speech,” Teatro Colón, 19 Decem-\nber 1946, Perón, Obras Completas, book 10, vol. 2, 145.",
 [C(sh([F("Perón")], "Perón to First Cohort of Worker Attachés: Speech", **{"container-title": "Obras Completas", "volume": "10", "part-number": "2", "issued": Y(1946, 12, 19)}), "145")]),
# --- itexts.net, Шейла Фицпатрик, Повседневный сталинизм (Russian translation), notes 15-21 of a chapter (number, blank line, note)
(FZ1, "15\n\nПоношения в адрес Авербаха см.: Литературная газета. 1937. 20 апр. С. 1; Правда. 1937. 23 апр. С. 2; 17 мая. С. 4; Молот. 1937. 28 мая. С. 2 и т.д. О Киршоне см.: Правда. 1937. 15 мая. С. 4.",
 [C(paper(None, None, "Литературная газета", year=Y(1937, 4, 20)), "1"),
  C(paper(None, None, "Правда", year=Y(1937, 4, 23)), "2"),
  C(paper(None, None, "Правда", year=Y(1937, 5, 17)), "4"),
  C(paper(None, None, "Молот", year=Y(1937, 5, 28)), "2"),
  C(paper(None, None, "Правда", year=Y(1937, 5, 15)), "4")]),
(FZ1, "17\n\nПравда. 1937. 11 июня. С. 1; Сталин И. В. Невольники в руках германского рейхсвера (Речь И. В. Сталина в Наркомате обороны) // Источник. 1994. № 3. С. 73-74.",
 [C(paper(None, None, "Правда", year=Y(1937, 6, 11)), "1"),
  C(art("Невольники в руках германского рейхсвера (Речь И. В. Сталина в Наркомате обороны)", [P("И. В.", "Сталин")], "Источник", issue="3", year=1994, page="73–74"))]),
(FZ1, "18\n\nПравда. 1937. 18 июня. С. 6.",
 [C(paper(None, None, "Правда", year=Y(1937, 6, 18)), "6")]),
(FZ1, "19\n\nЛарина А. Незабываемое. М., 1989. С. 10; Сац Н. Жизнь – явление полосатое. С. 306-313.",
 [C(book("Незабываемое", [P("А.", "Ларина")], place="М.", year=1989), "10"),
  C(sh([P("Н.", "Сац")], "Жизнь – явление полосатое"), "306–313")]),
(FZ1, "20\n\nСм. об этом: Conquest R. The Great Terror. Harmondsworth, Мх., 1971; Хлевнюк О.В. Политбюро.",
 [C(book("The Great Terror", [P("R.", "Conquest")], place="Harmondsworth, Мх.", year=1971)),
  C(sh([P("О.В.", "Хлевнюк")], "Политбюро"))]),
(FZ1, "21\n\nБолее широкое освещение самокритики сталинского толка в коллективе см.: Kharkhordin О. The Collective and the Individual in Russia. A Study of Practices. Berkeley, 1999. Chs. 2, 5, 6.",
 [CH(book("The Collective and the Individual in Russia. A Study of Practices", [P("О.", "Kharkhordin")], place="Berkeley", year=1999), "2, 5, 6")]),
# --- litmir.club, the same translation, notes 41-49 of another chapter (number on its own line, no blank line)
(FZ2, "41\nRichmond S.D. Ideologically Firm: Soviet Theater Censorship, 1921 — 1928: Ph. D. diss. University of Chicago, 1996. P. 380-381.",
 [C(thesis("Ideologically Firm: Soviet Theater Censorship, 1921 — 1928", [P("S.D.", "Richmond")], "Ph. D. diss.", publisher="University of Chicago", year=1996), "380–381")]),
(FZ2, "44\nСм.: Viola L. Peasant Rebels under Stalin. Collectivization and the Culture of Peasant Resistance. New York, 1996. P. 171 — 172; Фицпатрик Ш. Сталинские крестьяне. С. 320 — 324.",
 [C(book("Peasant Rebels under Stalin. Collectivization and the Culture of Peasant Resistance", [P("L.", "Viola")], place="New York", year=1996), "171–172"),
  C(sh([P("Ш.", "Фицпатрик")], "Сталинские крестьяне"), "320–324")]),
(FZ2, "48\nDavies S. The «Cult» of the «Vozhd»: Representations in Letters from 1934-1941 / Russian History. 1997. Vol. 24. № 1-2.",
 [C(art("The «Cult» of the «Vozhd»: Representations in Letters from 1934-1941", [P("S.", "Davies")], "Russian History", volume="24", issue="1-2", year=1997))]),
(FZ2, "49\nDiary of Andrei Stepanovich Arzhilovsky // Intimacy and Terror. Soviet Diaries of the 1930s / Ed. V.Garros, Natalia Korenevskava, T.Lahusen. New York, 1995. P. 118.",
 [C({"type": "chapter", "title": "Diary of Andrei Stepanovich Arzhilovsky", "container-title": "Intimacy and Terror. Soviet Diaries of the 1930s", "editor": [P("V.", "Garros"), P("Natalia", "Korenevskava"), P("T.", "Lahusen")], "publisher-place": "New York", "issued": Y(1995)}, "118")]),
# --- bioparl.de, footnotes to the introduction of W. H. Schröder's handbook of SPD Reichstag candidates 1898-1918 (BIOKAND) (German; `(Hrsg.)`, `in:`, `ders.`, `u. a.`)
(BK, "(1) Zu folgendem vgl. ausführlicher: Wilhelm Heinz Schröder, Lebenslaufforschung zwischen biographischer Lexikographik und kollektiver Biographik: Überlegungen zu einem „Biographischen Handbuch der Parlamentarier in den deutschen Reichs- und Landtagen bis 1933“ (BIOPARL), in: Historical Social Research/Historische Sozialforschung 31, 1984, S. 38-62.",
 [C(art("Lebenslaufforschung zwischen biographischer Lexikographik und kollektiver Biographik: Überlegungen zu einem „Biographischen Handbuch der Parlamentarier in den deutschen Reichs- und Landtagen bis 1933“ (BIOPARL)", SCHROEDER, "Historical Social Research/Historische Sozialforschung", volume="31", year=1984, page="38–62"))]),
(BK, "(2) Für die Vielzahl von Forschungsfeldern und Studien vgl. u. a. die Forschungsberichte von: Fred I. Greenstein/Nelson W. Polsby (Hrsg.), Micropolitical Theory, Reading u. a. 1975; Robert D. Put nam, The Comparative Study of Political Elites, Englewood Cliffs 1976; Jürgen Hartmann, Parteienforschung, Darmstadt 1979; Dietrich Herzog, Politische Führungsgruppen, Darmstadt 1982. – Für den deutschen historischen Kontext vgl. die Forschungsberichte von: Otto Büsch, Historische Wahlforschung als Zugang zur Geschichte, in: Otto Büsch/Monika Wölk/Wolfgang Wölk (Hrsg.), Wählerbewegung in der deutschen Geschichte, Berlin 1978, S. 1-36; Peter Steinbach, Stand und Methode der historischen Wahlforschung, in: Hartmut Kaelble u. a. (Hrsg.), Probleme der Modernisierung in Deutschland, Opladen 1978, S. 171-234; Heinrich Best, Recruitment, Careers and Legislative Beha vior of German Parliamentarians, in: Historical Social Research/ Historische Sozialforschung 23, 1982, S. 20-54. – Sammelbände mit Beiträgen der deutschen Forschung u. a.: Gerhard A. Ritter (Hrsg.), Die deutschen Parteien vor 1918, Köln 1973; ders. (Hrsg.), Gesellschaft, Parlament und Regierung, Düsseldorf 1974.",
 [C(book("Micropolitical Theory", editor=[P("Fred I.", "Greenstein"), P("Nelson W.", "Polsby")], place="Reading u. a.", year=1975)),
  C(book("The Comparative Study of Political Elites", [P("Robert D.", "Put nam")], place="Englewood Cliffs", year=1976)),
  C(book("Parteienforschung", [P("Jürgen", "Hartmann")], place="Darmstadt", year=1979)),
  C(book("Politische Führungsgruppen", [P("Dietrich", "Herzog")], place="Darmstadt", year=1982)),
  C(chap("Historische Wahlforschung als Zugang zur Geschichte", [P("Otto", "Büsch")], "Wählerbewegung in der deutschen Geschichte", editor=[P("Otto", "Büsch"), P("Monika", "Wölk"), P("Wolfgang", "Wölk")], place="Berlin", year=1978, page="1–36")),
  C(chap("Stand und Methode der historischen Wahlforschung", [P("Peter", "Steinbach")], "Probleme der Modernisierung in Deutschland", editor=[P("Hartmut", "Kaelble")], place="Opladen", year=1978, page="171–234")),
  C(art("Recruitment, Careers and Legislative Beha vior of German Parliamentarians", [P("Heinrich", "Best")], "Historical Social Research/ Historische Sozialforschung", volume="23", year=1982, page="20–54")),
  C(book("Die deutschen Parteien vor 1918", editor=RITTER, place="Köln", year=1973)),
  C(book("Gesellschaft, Parlament und Regierung", editor=RITTER, place="Düsseldorf", year=1974))]),
(BK, "(3) Otto Stammer, Das Elitenproblem in der Demokratie, in: Wilfried Röhrich (Hrsg.), Demokratische Elitenherrschaft, Darmstadt 1975, S. 202.",
 [C(chap("Das Elitenproblem in der Demokratie", [P("Otto", "Stammer")], "Demokratische Elitenherrschaft", editor=[P("Wilfried", "Röhrich")], place="Darmstadt", year=1975), "202")]),
# --- s522097707.online.de (the BIOPARL project's older site), footnotes to the handbook of the Frankfurt National Assembly 1848/49 (German; `hrsg. von`, `3 Bde.`, `1976 ff.`, `ders.`)
(FN, "(1) Die bekanntesten biographischen Sammelwerke des Auslands sind: Biographical Directory of the American Congress 1774-1961, Washington (D.C.) 1961; Who's Who of British Members of Parliament, hrsg. von Michael Stenton, London 1976 ff.; Adolphe Robert u. Gaston Cougny, Dictionnaire des parlamentaires français, 3 Bde., Paris 1889 1891; Dictionnaire des parlamentaires français. Notices biographiques sur les ministres, sénateurs et députés français de 1889 à 1940, hrsg. von Jean Jolly, 8 Bde., Paris 1960 ff.",
 [C(book("Biographical Directory of the American Congress 1774-1961", place="Washington (D.C.)", year=1961)),
  C(book("Who's Who of British Members of Parliament", editor=[P("Michael", "Stenton")], place="London", year=1976)),
  C(book("Dictionnaire des parlamentaires français", [P("Adolphe", "Robert"), P("Gaston", "Cougny")], place="Paris", year=R((1889,), (1891,)), **{"number-of-volumes": "3"})),
  C(book("Dictionnaire des parlamentaires français. Notices biographiques sur les ministres, sénateurs et députés français de 1889 à 1940", editor=[P("Jean", "Jolly")], place="Paris", year=1960, **{"number-of-volumes": "8"}))]),
(FN, "(2) Max Schwarz, MdR. Biographisches Handbuch der Reichstage, Hannover 1965.",
 [C(book("MdR. Biographisches Handbuch der Reichstage", [P("Max", "Schwarz")], place="Hannover", year=1965))]),
(FN, "(4) Wilhelm Heinz Schröder, Lebenslaufforschung zwischen biographischer Lexikographik und kollektiver Biographik: Überlegungen zu einem \"Biographischen Handbuch der Parlamentarier in den deutschen Reichs- und Landtagen bis 1933\" (BIOPARL), in: Historical Social Research 31 (1984), S. 38-62; ders., Kollektive Biographien in der historischen Sozialforschung. Eine Einführung, in: ders. (Hrsg.), Lebenslauf und Gesellschaft. Zum Einsatz von kollektiven Biographien in der historischen Sozialforschung, Stuttgart 1985, S. 7-17; ders., Sozialdemokratische Reichstagsabgeordnete und Reichstagskandidaten 1898-1918. Biographisch-Statistisches Handbuch, Düsseldorf 1986; Heinrich Best, Das biographische Handbuch der Abgeordneten deutscher Nationalparlamente 1848-1933. Forschungsprogramm und editorische Grundsätze, in: Zeitschrift für Parlamentsfragen 19 (1988), S. 78-84; vgl. auch die in diesen Publikationen angegebenen Literaturverweise.",
 [C(art("Lebenslaufforschung zwischen biographischer Lexikographik und kollektiver Biographik: Überlegungen zu einem \"Biographischen Handbuch der Parlamentarier in den deutschen Reichs- und Landtagen bis 1933\" (BIOPARL)", SCHROEDER, "Historical Social Research", volume="31", year=1984, page="38–62")),
  C(chap("Kollektive Biographien in der historischen Sozialforschung. Eine Einführung", SCHROEDER, "Lebenslauf und Gesellschaft. Zum Einsatz von kollektiven Biographien in der historischen Sozialforschung", editor=SCHROEDER, place="Stuttgart", year=1985, page="7–17")),
  C(book("Sozialdemokratische Reichstagsabgeordnete und Reichstagskandidaten 1898-1918. Biographisch-Statistisches Handbuch", SCHROEDER, place="Düsseldorf", year=1986)),
  C(art("Das biographische Handbuch der Abgeordneten deutscher Nationalparlamente 1848-1933. Forschungsprogramm und editorische Grundsätze", [P("Heinrich", "Best")], "Zeitschrift für Parlamentsfragen", volume="19", year=1988, page="78–84"))]),
# --- bioparl.de, footnotes to the introduction of the handbook of SPD deputies 1867-1933 (BIOSOP) (German; a prose note, `2. Aufl.`, `New York etc.`, `»…«`)
(BS, "(1) Wilhelm Heinz Schröder, Sozialdemokratische Reichstagsabgeordnete und Reichstagskandidaten 1898-1918, Biographisch-statistisches Handbuch, Düsseldorf 1986",
 [C(book("Sozialdemokratische Reichstagsabgeordnete und Reichstagskandidaten 1898-1918, Biographisch-statistisches Handbuch", SCHROEDER, place="Düsseldorf", year=1986))]),
(BS, "(2) Das von der Firma SIEMENS vertriebene Datenbanksystem GOLEM-PASSAT lief unter dem Betriebssystem BS2000 am Großrechner der TU Berlin und wies teilweise gravierende Schwächen auf. Spätestens seit 1985 wäre der Einsatz eines Personalcomputer-Systems zweifellos ökonomischer gewesen, für den Ankauf oder für die Anmietung eines solchen Systems aber standen der TU Berlin keine Mittel zur Verfügung. Erst nach dem Transfer der Datenbank/Datensätze nach Köln im Jahre 1988 erfolgte die BIOSOP-Arbeit weitestgehend am Personalcomputer.", []),
(BS, "(3) Das Statistikprogrammpaket SPSS-X zählt zu den bewährtesten und weitverbreitesten Statistikpaketen; SPSS lief auf dem Großrechner sowohl an der TU Berlin als auch am Zentralarchiv für empirische Sozialforschung in Köln zur statistischen Auswertung der BIOSOP-Daten ohne schwerwiegende Probleme. Die Personalcomputer-Version von SPSS wäre frühestens 1988 eine realistische Alternative zum Einsatz der Großrechner-Version gewesen und kam daher im Rahmen des BIOSOP-Projekts nicht mehr zum Einsatz. – Vgl. u. a. Norman H. Nie et al. SPSS, »Statistical Package for the Social Sciences«, 2. Aufl., New York etc. 1975; Marija J. Norusis, SPSS-X Introductory Statistics Guide, New York etc. 1983; Marija J. Norusis, SPSS-X Advanced Statistics Guide, New York etc. 1985; Werner Schubö/Hans-Martin Uehlinger, SPSS-X: Handbuch der Programmversion 2.2, Stuttgart/New York 1986.",
 [C(book("SPSS, »Statistical Package for the Social Sciences«", [P("Norman H.", "Nie")], place="New York etc.", year=1975, edition="2")),
  C(book("SPSS-X Introductory Statistics Guide", NORUSIS, place="New York etc.", year=1983)),
  C(book("SPSS-X Advanced Statistics Guide", NORUSIS, place="New York etc.", year=1985)),
  C(book("SPSS-X: Handbuch der Programmversion 2.2", [P("Werner", "Schubö"), P("Hans-Martin", "Uehlinger")], place="Stuttgart/New York", year=1986))]),
# --- core-prod.cambridgecore.org, Annales 1951, "Présentation de l'A.O.F." (Notes et comptes rendus), reference list (French; `page 428 note 5.` kept)
(AOF, "page 428 note 5. Afrique Occidentale française. Préface de Th. Monod, Paris, Berger-Levrault (Coll. L'Union Française), 1949 ; in-8», 238 p., 300 francs.",
 [C(book("Afrique Occidentale française", publisher="Berger-Levrault", place="Paris", year=1949, **{"collection-title": "L'Union Française"}))]),
(AOF, "page 430 note 1. A signaler deux utiles cartes, l'une des densités, l'autre de la dispersion des Peuls. Cela est bon. Mais quel éditeur ou quel mécène aura enfin le courage de mettre à la portée des jeunes Français de vraies cartes comme celles-là, — au lieu de cette dérisoire A. O. F. à l'échelle de la Bretagne où, seules, les frontières sont lisibles, — d'arracher enfin à son destin cette Afrique deux fois momifiée, par sa propre continentalité et par les bandelettes des cartographes 1 Ce scandale a assez duré.", []),
(AOF, "page 430 note 2. Louis Massignon a admirablement défini cette empreinte de l'Islam, sa séduction pour les bâtisseurs d'Empires, de Bonaparte à Lyautey, mais du même coup ses limites : ï En pratique, la conversion à l'Islam est le signal, même pour les nègres les plus déshérités, de la fondation d'un État : suppression de la vengeance privée, égale taxation fiscale, enrôlement civique dans un but supérieur à la somme des convoitises individuelles. »", []),
(AOF, "page 431 note 1. Cf. M. Émerit, Les Saint-Simoniens en Algérie.",
 [C(book("Les Saint-Simoniens en Algérie", [P("M.", "Émerit")]))]),
(AOF, "page 431 note 2. La construction pittoresque et « légère » du Dakar-Saint-Louis (cf. J. 0.,Débats parlem., 1er mars 1895, p. 634 et suiv. et celle du chemin de fer du Haut Fleuve (ibid., 26 juin).", []),
# --- homsy-staging.cambridgecore.org, Annales d'histoire économique et sociale 1938, on servile labour in Brazil, reference list (French)
(BRS, "page 310 note 1. O trabalho servit no Brasil. Publication du Département de statistique et publicité. Rio de Janeiro, 1936 ; ln-8°, 20 p. ; deux portraits, 8 fig. et 1 carte.",
 [C(book("O trabalho servit no Brasil", publisher="Département de statistique et publicité", place="Rio de Janeiro", year=1936))]),
# --- Flávio Versiani, "Escravidão no Brasil: revendo mitos" (scribd via a proxy address), footnotes (Portuguese, author-date)
(VE, "1\nO artigo elabora argumentos expostos em Versiani, 2016. Agradeço comentários a versões anteriores por Edmar\nBacha, Luiz Paulo Nogueról e José Raimundo Vergolino (sem inculpá-los).",
 [C(sh([F("Versiani")], issued=Y(2016)))]),
(VE, "2\nO desembarque de escravos africanos no Brasil evoluiu, em números redondos, de uma média anual de 600, no\nséculo XVI, para 8.000 no século XVII, 20.000 no século XVIII, e 40.000 entre 1800 e 1850. Estimativas em Voyages,\n2019",
 [C(sh([L("Voyages")], issued=Y(2019)))]),
(VE, "3\nNa década de 1770, os dados de Alden (1963) sugerem que o número de escravos seria cerca da metade da\npopulação total. Por ocasião da Independência, essa porcentagem estava ao redor de 30%; no Censo de 1872,\npróxima de 15%. IBGE, 1990: p.32.",
 [C(sh([F("Alden")], issued=Y(1963))),
  C(sh(IBGE, issued=Y(1990)), "32")]),
(VE, "5\nNo quarto trimestre de 2016, a taxa de desocupação foi 9,5% (brancos), 14,1% (pardos), e 14,4% (pretos). No\nmesmo semestre de 2013, antes da recessão que se seguiu, era 5,0% (brancos), 7,1% (pardos), e 8,2% (pretos).\nIBGE, 2017.",
 [C(sh(IBGE, issued=Y(2017)))]),
(VE, "6\nPrado Jr., 1981 [1942]: p.31, grifo adicionado.",
 [C(sh([{"family": "Prado", "suffix": "Jr."}], issued=Y(1981), **{"original-date": Y(1942)}), "31")]),
(VE, "7\nFurtado, 1976 [1959]: p.140, grifo adicionado.",
 [C(sh([F("Furtado")], issued=Y(1976), **{"original-date": Y(1959)}), "140")]),
# --- pt.scribd.com, Kauan dos Santos, "Ação e militância anarquista nas manifestações operárias de 1917", footnotes (Portuguese; the text layer lost every accented letter)
(KS, "1\nDe acordo com a linha de raciocnio de HALL, Michael; PINHEIRO, Paulo. Alargando a Histria da\nClasse Operria: Organizao, Lutas e Controle. Coleo Remate de Males .n 5, 1985. pp. 96-120",
 [C(art("Alargando a Histria da Classe Operria: Organizao, Lutas e Controle", [P("Michael", "Hall"), P("Paulo", "Pinheiro")], "Coleo Remate de Males", issue="5", year=1985, page="96–120"))]),
(KS, "2\nTHOMPSON, Edward Palmer. A Formao da Classe Operria Inglesa: A rvore da Liberdade. Rio de\nJaneiro: Paz e Terra, 1987. vol. 1.",
 [C(book("A Formao da Classe Operria Inglesa: A rvore da Liberdade", [P("Edward Palmer", "Thompson")], publisher="Paz e Terra", place="Rio de Janeiro", year=1987, volume="1"))]),
]
