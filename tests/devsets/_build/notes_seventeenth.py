# -*- coding: utf-8 -*-
# Seventeenth gathering (2026-11-25): 104 footnotes and endnotes (54 English, 50 in other languages) with 114 citations
# (43 of them short forms) from 10 pages not used before (no `where` address of notes.jsonl or of /work/gather/*.py).
# Site new to the set: readnow.me, 1library.org; the others are other books or chapters on sites used before (rulit.me two
# pages, you-books.com, epubs.bibliotk.mx, trantor.is three pages, melakarnets.com), because the search index shows a
# page's text from its beginning and pages holding only notes were the ones it gave whole. Gold written by hand from the
# note text; no parser was run. Notes were taken only where the page showed them whole (a note cut off by the index, or
# a page that opens in the middle of a note, was left out).
# Languages: English 54, French 23, Spanish 12, Portuguese 10, Russian 3, German 2. No Czech, Polish, Italian or Ukrainian
# page whose notes the index showed whole and that had not been used could be found this time.
# Subjects: late Stalinism and its archives (Khlevniuk's Stalin, two pages), Stalin and his cult (J.-J. Marie's Staline),
# the Russian revolution (a Spanish history), Khrushchev's secret speech (Furr in Russian), the Nazi-Soviet pact and
# 1941 (a German history of the Soviet Union), the Ukrainian famine (Applebaum's Red Famine, two pages), architectural
# conservation in Évora and the self-portrait in Portuguese painting (art history).
# Pages and shapes:
#  - English (rulit.me, Khlevniuk): archival RGASPI/RGAE references alone or after prose, transliterated Russian titles,
#    `N. Kovaleva et al., comps.`, `A. I. Kokurin and N. V. Petrov, comps.`, two-author short forms (`Gorlizki and
#    Khlevniuk, Cold Peace`), `Nationalities Papers 35, no. 2 (2007): 220, 222–223`, `vol. 1: Massovye repressii v SSSR`,
#    `(Moscow and Tambov, 2000)`, a note of three paragraphs (a newspaper by date, then two biographical paragraphs).
#  - English (trantor.is, Applebaum): `et al., eds.`, a series in the title position (`Golod v SSSR: 1929–1934, Rossiia XX
#    vek, vol. 1`), `citing …`, archival `TsDAHOU 1/20/5254 (1932), 1–16, in R. Ia. Pyrih, ed., …`, `27 (2004–5)`,
#    `no. 1/4`, a bare URL as the whole source, `available online at …`, `Testimony of …, in Veselova and Nikiliev, …`,
#    `in ibid., 95–6.`, a book named in prose (`in her book 1933: ‘…’ (Kyiv: Clio, 2016)`).
#  - French (you-books.com, J.-J. Marie): the author's own books listed without his name, `coll. « Champs »`, newspapers
#    by date (`Izvestia, 15 août 1936.`), reviews by number or month only (`Commune, no 20, 1935`, `NRF, no 1er mai
#    1935`, `Europe, mars 1949`), a translated title in parentheses (`Vospominania i razmychlenia (Souvenirs et
#    réflexions)`), `t. 3`, `rééd. 1979`, an archival reference in prose (`fonds 558, inventaire 4, dossier 1`).
#  - Spanish (epubs.bibliotk.mx): ` <<` kept, `ídem`, `y ss.`, `Watport y Londres`, `S. Oldenbourg (de)`, short forms
#    with a given initial (`L. Trotsky, Mi vida`), a short title with a volume (`Documents of the PG, III`).
#  - Russian (readnow.me, Furr): the number on its own line, an English source `New York: The New Leader, 1962`,
#    `Ibid. Р. 268, n. 28.` with a Cyrillic `Р`.
#  - German (trantor.is): unnumbered endnotes of short forms only, `ders.`, `155 ff., 193 ff.`, `408 ff. u. pass.`,
#    labels before the references (`deutsche Urheberschaft: …`), `(314 f.)` after prose, semicolons inside one locator
#    list (`81 ff., 354 ff.; 377 ff.; 403 ff.`).
#  - Portuguese (1library.org, melakarnets.com): blank lines and line breaks inside notes kept as the page gives them,
#    `Idem, Ibidem, 1994, p.1`, `tese de doutoramento, 1999`, `In 2º ENCORE, Encontro sobre …, 1994, p. 67-78`,
#    `cit. in Le Magazine Littéraire de Octobre 2011, nº. 512, p.\n86`, `Conforme Dictionnaire Hachette …`.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - `comps.` (compilers) is read as `editor`, like `eds.`; `et al.` adds no name.
#  - A book list of the author's own works (J.-J. Marie's notes 1-7) gives books without `author` except where his name
#    is printed (note 1), as for the earlier "my" works.
#  - A review cited by number or month with no article (`Commune, no 20, 1935`, `Europe, mars 1949`, `Études Soviétiques,
#    no 61, avril 1953, numéro spécial Joseph Staline`) is a `periodical` (the earlier rule); the special issue's title is
#    not kept. A newspaper by date, also with "interview de X dans" or a letter "publiée dans", is an untitled
#    `article-newspaper` (the sixteenth's rule); a newspaper named in prose as where a speech was cited
#    (`cited in Literaturna Ukraïna of 18 February 1988`) is also listed.
#  - A translation of a title given in parentheses (`(Souvenirs et réflexions)`, `(Staline sur lui-même)`) is not kept.
#  - `rééd. 1979` after the first edition's year adds nothing; `issued` is the first year printed.
#  - `Lenin, Obras escogidas, Moscú, varias ediciones` is a `book` with place and no year.
#  - `S. Oldenbourg (de)`: the particle in parentheses is dropped, family "Oldenbourg".
#  - A bare URL that is the whole source is a `webpage` with only `URL` (and the translator the note gives for it);
#    `available online at …` after an article gives `URL`.
#  - `Testimony of X, in <short form>` gives the short form only (X, a witness, is not a name field); an edited book in
#    short form (`Mytsyk et al., eds., Ukraïns’kyi holokost, vol. 4`) keeps `editor` in the short form.
#  - `Details bei …`, `deutsche Urheberschaft: …` and other labels before references are not part of any field; a
#    further page after prose (`(314 f.)`) is not added to the locator.
#  - A title broken over lines by the page is joined with a space in the gold; the note text keeps the break.
#  - `cit. in <magazine>` after an author and title: the quoted work is a short form, the magazine issue a `periodical`.
#  - Published conference proceedings (`In 2º ENCORE, Encontro sobre …, 1994, p. 67-78`) give a `chapter`.
#  - A doctoral thesis named by `tese de doutoramento` is a `thesis` with that `genre`; its book version named right
#    after it ("numa versão condensada … da tese") takes the same author.
# Twenty-one notes cite no work (prose, `Ibid.`, `Idem, Ibidem`, archival references).
# Doubtful: `The Crimes of the Stalin Era` was taken as the title and `The New Leader` as publisher (it was a special
# supplement of that magazine); Trotsky's `Staline … 1948, rééd. 1979, p. 518` may give the page of the 1979 reissue;
# `Ueberschär, Bezymenskij, Deutscher Angriff` was read as two authors (they are editors) with `131 ff.` as locator;
# `Gorodetsky, Täuschung, 81 ff., 354 ff.; 377 ff.; 403 ff.` kept as one locator; `Rossiia XX vek` was read as the
# series; `trans. John Wier` was put on the web page, not on Shevchenko's edition; `Lenin, Obras escogidas` may be a
# mention rather than a citation.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


KHL = "https://rulit.me/books/stalin-read-552537-130.html"
MIK = [P("A. I.", "Mikoian")]
NAS = [F("Naumov"), F("Sigachev")]
JJM = "https://you-books.com/bookepub/M-J-Jacques/Staline/Staline%20-%20Marie%2cJean-Jacques_split_041.htm"
VID = "https://epubs.bibliotk.mx/epubReader/reader/files/6249/OEBPS/Text/notas1.xhtml"
PIP = [P("R.", "Pipes")]
FUR = "https://readnow.me/chi/antistalinskaya-podlost-ferr?p=notes"
SOW = "https://trantor.is/content/W9R3Sb6ghxOpj_UW/pagebreak-076.xhtml"
BES = [F("Besymenski")]
ROB = [F("Roberts")]
GOR = [F("Gorodetsky")]
EVO = "https://1library.org/article/notas-superf%C3%ADcies-arquitect%C3%B3nicas-%C3%A9vora-esgrafito-contributos-para-salvaguard.y9nrdnlz"
AGU = [P("José", "Aguiar")]
AUT = "https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fpt.scribd.com%2Fdocument%2F545102998%2Fv26n3a05"
KH2 = "https://rulit.me/books/stalin-read-552537-128.html"
RFP = "https://trantor.is/content/Bvs2mBVw74z3rBFD/xhtml/preface_notes.xhtml"
RF15 = "https://trantor.is/content/Bvs2mBVw74z3rBFD/xhtml/chapter015_notes.xhtml"
BERK = [F("Berkhoff")]
SNY = [F("Snyder")]


def R(*dps):
    """A date range: R((1999,), (2000,))."""
    return {"date-parts": [list(d) for d in dps]}


SEVENTEENTH = [
# --- English: endnotes of Khlevniuk's Stalin (rulit.me)
(KHL, "109. RGASPI, f. 558, op. 11, d. 882, ll. 57–58.",
 []),
(KHL, "110. Letter dated 1 November 1952; RGASPI, f. 558, op. 11, d. 903, ll. 42–46.",
 []),
(KHL, "111. This undated letter was sent from Stalin’s secretariat for Malenkov to deal with on 4 November 1952; RGASPI, f. 558, op. 11, d. 901, ll. 39–40.",
 []),
(KHL, "112. Chernobaev, Na prieme u Stalina, p. 551; N. Kovaleva et al., comps., Molotov, Malenkov, Kaganovich. 1957. Stenogramma iiun’skogo plenuma TsK KPSS i drugie dokumenty (Moscow, 1998), pp. 193–194.",
 [C(sh([F("Chernobaev")], "Na prieme u Stalina"), "551"),
  C(book("Molotov, Malenkov, Kaganovich. 1957. Stenogramma iiun’skogo plenuma TsK KPSS i drugie dokumenty", editor=[P("N.", "Kovaleva")], place="Moscow", year=1998), "193–194")]),
(KHL, "113. On the works of this commission and Stalin’s position on the subject, see Gorlizki and Khlevniuk, Cold Peace, pp. 139–140.",
 [C(sh([F("Gorlizki"), F("Khlevniuk")], "Cold Peace"), "139–140")]),
(KHL, "114. A. I. Mikoian, Tak bylo. Razmyshleniia o minuvshem (Moscow, 1999), p. 578.",
 [C(book("Tak bylo. Razmyshleniia o minuvshem", MIK, place="Moscow", year=1999), "578")]),
(KHL, "115. RGAE, f. 4372, op. 11, d. 459, ll. 164–170.",
 []),
(KHL, "116. Kokurin and Petrov, GULAG. 1917–1960, pp. 788–791; RGAE, f. 4372, op. 11, d. 677, l. 9.",
 [C(sh([F("Kokurin"), F("Petrov")], "GULAG. 1917–1960"), "788–791")]),
(KHL, "117. The inventories did not specify the agency originating the coded telegrams. RGASPI, f. 558, op. 11, d. 117, ll. 1–173.",
 []),
(KHL, "118. Ignatiev told this story in testimony given 27 March 1953; N. V. Petrov, Palachi (Moscow, 2011), p. 307.",
 [C(book("Palachi", [P("N. V.", "Petrov")], place="Moscow", year=2011), "307")]),
(KHL, "119. K. A. Stoliarov, Palachi i zhertvy (Moscow, 1998), p. 163.",
 [C(book("Palachi i zhertvy", [P("K. A.", "Stoliarov")], place="Moscow", year=1998), "163")]),
(KHL, "120. Ibid., pp. 225–226.",
 []),
(KHL, "121. Ibid., pp. 167–168.",
 []),
(KHL, "122. Naumov and Sigachev, Lavrentii Beriia, pp. 34–35.",
 [C(sh(NAS, "Lavrentii Beriia"), "34–35")]),
(KHL, "123. For more details, see Timothy Blauvelt, “Abkhazia: Patronage and Power in the Stalin Era,” Nationalities Papers 35, no. 2 (2007): 220, 222–223.",
 [C(art("Abkhazia: Patronage and Power in the Stalin Era", [P("Timothy", "Blauvelt")], "Nationalities Papers", "35", "2", 2007), "220, 222–223")]),
(KHL, "124. Naumov and Sigachev, Lavrentii Beriia, pp. 29–40.",
 [C(sh(NAS, "Lavrentii Beriia"), "29–40")]),
(KHL, "125. It was at the Nineteenth Party Congress that the party’s name was officially changed from the All-Union Communist Party of Bolsheviks, commonly referred to by the acronym VKP(b), to simply the Communist Party of the Soviet Union or KPSS. This name endured until the party and country were abolished in 1991.",
 []),
(KHL, "126. Mikoian, Tak bylo, p. 573.",
 [C(sh([F("Mikoian")], "Tak bylo"), "573")]),
# --- French: notes of J.-J. Marie's Staline (you-books.com)
(JJM, "[1] J.-J. Marie, Staline, Paris, Seuil, 1967.",
 [C(book("Staline", [P("J.-J.", "Marie")], publisher="Seuil", place="Paris", year=1967))]),
(JJM, "[2] Les Bolcheviks par eux-mêmes, Paris, Maspero, 1969.",
 [C(book("Les Bolcheviks par eux-mêmes", publisher="Maspero", place="Paris", year=1969))]),
(JJM, "[3] Le Trotskysme, Paris, Flammarion, coll. « Champs », 1977 ; Trotsky, Paris, LGF, 1984.",
 [C(book("Le Trotskysme", publisher="Flammarion", place="Paris", year=1977, **{"collection-title": "Champs"})),
  C(book("Trotsky", publisher="LGF", place="Paris", year=1984))]),
(JJM, "[4] La Jeunesse de Staline, Paris, Autrement, 1998.",
 [C(book("La Jeunesse de Staline", publisher="Autrement", place="Paris", year=1998))]),
(JJM, "[5] Les Peuples déportés d’Union soviétique, Paris, Complexe, 1996.",
 [C(book("Les Peuples déportés d’Union soviétique", publisher="Complexe", place="Paris", year=1996))]),
(JJM, "[6] Les Derniers complots de Staline, Paris, Complexe, 1993.",
 [C(book("Les Derniers complots de Staline", publisher="Complexe", place="Paris", year=1993))]),
(JJM, "[7] Le Goulag, Paris, PUF, coll. « Que sais-je ? », 1999.",
 [C(book("Le Goulag", publisher="PUF", place="Paris", year=1999, **{"collection-title": "Que sais-je ?"}))]),
(JJM, "[8] Izvestia, 15 août 1936.",
 [C({"type": "article-newspaper", "container-title": "Izvestia", "issued": Y(1936, 8, 15)})]),
(JJM, "[9] Pravda, 28 août 1936.",
 [C({"type": "article-newspaper", "container-title": "Pravda", "issued": Y(1936, 8, 28)})]),
(JJM, "[10] Pravda, 27 novembre 1936.",
 [C({"type": "article-newspaper", "container-title": "Pravda", "issued": Y(1936, 11, 27)})]),
(JJM, "[11] Zozulia, Lakhouti et Tchatchikov, Stikhi i piesni o Staline, Moscou, 1937, pp. 52-53.",
 [C(book("Stikhi i piesni o Staline", [F("Zozulia"), F("Lakhouti"), F("Tchatchikov")], place="Moscou", year=1937), "52–53")]),
(JJM, "[12] Literaturnaia Gazeta, 30 décembre, 1936.",
 [C({"type": "article-newspaper", "container-title": "Literaturnaia Gazeta", "issued": Y(1936, 12, 30)})]),
(JJM, "[13] Cité dans Commune, no 20, 1935 et dans NRF, no 1er mai 1935, p. 795.",
 [C({"type": "periodical", "title": "Commune", "issue": "20", "issued": Y(1935)}),
  C({"type": "periodical", "title": "NRF", "issued": Y(1935, 5, 1)}, "795")]),
(JJM, "[14] Europe, mars 1949, p. 105.",
 [C({"type": "periodical", "title": "Europe", "issued": Y(1949, 3)}, "105")]),
(JJM, "[15] A. Larina, Boukharine ma passion, Paris, Gallimard, 1990, p. 55.",
 [C(book("Boukharine ma passion", [P("A.", "Larina")], publisher="Gallimard", place="Paris", year=1990), "55")]),
(JJM, "[16] Lettre du 16 février 1938. Elle devait être imprimée dans le no 14 des Œuvres complètes dont les épreuves ont été seulement corrigées. Elle a finalement été publiée dans Vetchernaia Moskva, 12 mai 1988.",
 [C({"type": "article-newspaper", "container-title": "Vetchernaia Moskva", "issued": Y(1988, 5, 12)})]),
(JJM, "[17] « I. Stalin sam o siebie » (Staline sur lui-même), Izvestia Ts K KPSS, n°9, 1990, p. 115.",
 [C(art("I. Stalin sam o siebie", None, "Izvestia Ts K KPSS", issue="9", year=1990), "115")]),
(JJM, "[18] G. Joukov, Vospominania i razmychlenia (Souvenirs et réflexions), Moscou, Novosti, 1992, t. 3, p. 215.",
 [C(book("Vospominania i razmychlenia", [P("G.", "Joukov")], publisher="Novosti", place="Moscou", year=1992, volume="3"), "215")]),
(JJM, "[19] Conversation entre Staline, Dzerjinski et Kamenev, rapportée par ce dernier à Trotsky dans Trotsky, Staline, Paris, Grasset, 1948, rééd. 1979, p. 518.",
 [C(book("Staline", [F("Trotsky")], publisher="Grasset", place="Paris", year=1948), "518")]),
(JJM, "[20] Études Soviétiques, no 61, avril 1953, numéro spécial Joseph Staline, p. 74.",
 [C({"type": "periodical", "title": "Études Soviétiques", "issue": "61", "issued": Y(1953, 4)}, "74")]),
(JJM, "[21] CRCEDHC (centre d’archives de l’ancien institut du marxisme-léninisme, aujourd’hui dénommé RGASPI), fonds 558, inventaire 4, dossier 1.",
 []),
(JJM, "[22] Interview de Catherine Gueladzé dans la Pravda, 20 octobre 1935.",
 [C({"type": "article-newspaper", "container-title": "Pravda", "issued": Y(1935, 10, 20)})]),
(JJM, "[23] Mathias Rakosi, « Souvenirs », Istoricheski Arkhiv, no 3, 1997, p. 119.",
 [C(art("Souvenirs", [P("Mathias", "Rakosi")], "Istoricheski Arkhiv", issue="3", year=1997), "119")]),
# --- Spanish: notes of a history of the Russian revolution (epubs.bibliotk.mx, files/6249, notas1)
(VID, "[1] C. Vidal, La ocasión perdida, Barcelona, 2005; R. Pipes, The Russian Revolution, Nueva York, 1990; ídem, The Formation of the Soviet Union, Cambridge, MA, 1964; R. A. Wade, The Bolshvik Revolution and Russian Civil War, Watport y Londres, 2001, y O. Figes, A People’s Tragedy, Nueva York, 1997. <<",
 [C(book("La ocasión perdida", [P("C.", "Vidal")], place="Barcelona", year=2005)),
  C(book("The Russian Revolution", PIP, place="Nueva York", year=1990)),
  C(book("The Formation of the Soviet Union", PIP, place="Cambridge, MA", year=1964)),
  C(book("The Bolshvik Revolution and Russian Civil War", [P("R. A.", "Wade")], place="Watport y Londres", year=2001)),
  C(book("A People’s Tragedy", [P("O.", "Figes")], place="Nueva York", year=1997))]),
(VID, "[2] Documents of the PG, III, pp. 1452 y ss. <<",
 [C(sh(None, "Documents of the PG", volume="III"), "1452 y ss.")]),
(VID, "[3] Hay varias ediciones españolas de esta obra esencial del leninismo. La oficial, sin embargo, era la realizada por la Editorial Progreso que aparece incluida, por ejemplo, en Lenin, Obras escogidas, Moscú, varias ediciones. <<",
 [C(book("Obras escogidas", [F("Lenin")], place="Moscú"))]),
(VID, "[4] Documents of the PG, pp. 1670 y ss. <<",
 [C(sh(None, "Documents of the PG"), "1670 y ss.")]),
(VID, "[5] Miembros del Partido social-revolucionario (SR). De base agraria, los eseristas no habían dudado en utilizar el terrorismo en su búsqueda de implantar un régimen socialista. <<",
 []),
(VID, "[6] Literalmente: los minoritarios, en contraposición a los bolcheviques (mayoritarios). En realidad, los mencheviques constituían el ala mayoritaria del socialismo ruso. Medularmente marxistas, habían abogado empero por una política muy similar a la del resto de los partidos socialistas durante la primera guerra mundial. <<",
 []),
(VID, "[7] Constitucional-demócratas (KD). Un partido de centro-izquierda. <<",
 []),
(VID, "[8] Relatos directos sobre el golpe bolchevique de octubre de 1917, véase: Kérensky, Memorias, pp. 451 y ss.; L. Trotsky, Mi vida, pp. 241 y ss.; ídem, Historia de la revolución rusa, París, 1972, vol. 3, pp. 187 y ss. <<",
 [C(sh([F("Kérensky")], "Memorias"), "451 y ss."),
  C(sh([P("L.", "Trotsky")], "Mi vida"), "241 y ss."),
  C(book("Historia de la revolución rusa", [P("L.", "Trotsky")], place="París", year=1972, volume="3"), "187 y ss.")]),
(VID, "[9] En Petrogrado, por ejemplo, los eseristas los superaron en estas mismas elecciones pero, a su vez, los bolcheviques obtuvieron más votos que los kadets y los mencheviques. <<",
 []),
(VID, "[10] S. Oldenbourg (de), Le Coup d’Etat Bolchévique, París, 1929, p. 70. <<",
 [C(book("Le Coup d’Etat Bolchévique", [P("S.", "Oldenbourg")], place="París", year=1929), "70")]),
(VID, "[11] Un testimonio muy interesante sobre la confianza del Gobierno en S. P. Melgunov, Kak Bolsheviki Zajavatili Vlast, París, 1953, pp. 48 y ss. <<",
 [C(book("Kak Bolsheviki Zajavatili Vlast", [P("S. P.", "Melgunov")], place="París", year=1953), "48 y ss.")]),
(VID, "[12] L. Trotsky, Uroki Oktyabiya, p. 43. <<",
 [C(sh([P("L.", "Trotsky")], "Uroki Oktyabiya"), "43")]),
# --- Russian: notes of G. Furr's Антисталинская подлость (readnow.me, notes page)
(FUR, "1\nNikita S. Khrushchev. The New Leader. The Crimes of the Stalin Era. Introduction by Anatol Shub, notes by Boris Nikolaevsky. New York: The New Leader, 1962. Я пользовался Интернет-версией этого издания.",
 [C(book("The Crimes of the Stalin Era", [P("Nikita S.", "Khrushchev")], publisher="The New Leader", place="New York", year=1962))]),
(FUR, "2\nТакой маркер в тексте означает начало страницы с указанным номером в печатном издании книги.— Примеч. ред. электрон. версии.",
 []),
(FUR, "3\nIbid. Р. 268, n. 28.",
 []),
# --- German: unnumbered endnotes of a history of the Soviet Union (trantor.is)
(SOW, "Details bei Besymenski, Stalin und Hitler, 155 ff., 193 ff.; Roberts, Soviet Union and Origins, 92 ff.; ders., Molotov, 21 ff.; Pietrow, Stalinismus, 66 ff.; deutsche Urheberschaft: Fleischhauer, Pakt, 408 ff. u. pass.; westliche Verhandlungsstrategie: Gorodetsky, Cripps’ Mission, 41 ff.; Datierung: Semirjaga, Sekretnye dokumenty, 3.",
 [C(sh(BES, "Stalin und Hitler"), "155 ff., 193 ff."),
  C(sh(ROB, "Soviet Union and Origins"), "92 ff."),
  C(sh(ROB, "Molotov"), "21 ff."),
  C(sh([F("Pietrow")], "Stalinismus"), "66 ff."),
  C(sh([F("Fleischhauer")], "Pakt"), "408 ff. u. pass."),
  C(sh(GOR, "Cripps’ Mission"), "41 ff."),
  C(sh([F("Semirjaga")], "Sekretnye dokumenty"), "3")]),
(SOW, "Mit vielen Nachweisen: Besymenski, Stalin und Hitler, 398 ff., der 271 Warnungen an Stalin seit Juni 1940 zählt (314 f.); Gorodetsky, Täuschung, 81 ff., 354 ff.; 377 ff.; 403 ff.; Montefiore, Stalin, 402 ff.; mit anderem Akzent, auch Stalins, allerdings halbherzige Offensivmaßnahmen seit Mai 1941 auflistend: Roberts, Stalin’s Wars, 69 ff.; Präventivkriegs-Debatte (und endgültige Widerlegung): Pietrow-Ennker, Präventivkrieg; Ueberschär, Bezymenskij, Deutscher Angriff (mit ausführlicher Dokumentation, 131 ff.), Diskussion der sowjetischen Aufmarschpläne auch: Besymenski, Stalin und Hitler, 354 ff.; Urheber des Wiederaufflammens der Debatte vor allem: Suworow, Eisbrecher, und Hoffmann, Stalins Vernichtungskrieg.",
 [C(sh(BES, "Stalin und Hitler"), "398 ff."),
  C(sh(GOR, "Täuschung"), "81 ff., 354 ff.; 377 ff.; 403 ff."),
  C(sh([F("Montefiore")], "Stalin"), "402 ff."),
  C(sh(ROB, "Stalin’s Wars"), "69 ff."),
  C(sh([F("Pietrow-Ennker")], "Präventivkrieg")),
  C(sh([F("Ueberschär"), F("Bezymenskij")], "Deutscher Angriff"), "131 ff."),
  C(sh(BES, "Stalin und Hitler"), "354 ff."),
  C(sh([F("Suworow")], "Eisbrecher")),
  C(sh([F("Hoffmann")], "Stalins Vernichtungskrieg"))]),
# --- Portuguese: notes of a study of sgraffito façades in Évora (1library.org)
(EVO, "1 Bernard Feilden, Conservation of historic Buildings, 1994, p.1.",
 [C(book("Conservation of historic Buildings", [P("Bernard", "Feilden")], year=1994), "1")]),
(EVO, "2 Idem, Ibidem, 1994, p.1, sintetiza o valor patrimonial específico dos revestimentos originais, na seguinte afirmação “O\n\nprimeiro impacto com um edifício histórico é sempre emocional” Sobre o problema da conservação da imagem e da identidade urbana cfr. José Aguiar, Estudos cromáticos nas intervenções de conservação em centros históricos. Bases para a sua aplicação à realidade portuguesa, tese de doutoramento, 1999, ou numa versão condensada e corrigida da tese, Cor e Cidade histórica. Estudos cromáticos e conservação do património, 2002.",
 [C(thesis("Estudos cromáticos nas intervenções de conservação em centros históricos. Bases para a sua aplicação à realidade portuguesa", AGU, "tese de doutoramento", year=1999)),
  C(book("Cor e Cidade histórica. Estudos cromáticos e conservação do património", AGU, year=2002))]),
(EVO, "3 Antoni González Moreno-Navarro, La Restauración Monumental (método SCCM de restauración monumental),\n\n1999, p. 17. O autor nas páginas seguintes define o conjunto de aspectos essenciais à análise de um monumento relativamente a três componentes, o documento, a arquitectura e o significado.",
 [C(book("La Restauración Monumental (método SCCM de restauración monumental)", [P("Antoni", "González Moreno-Navarro")], year=1999), "17")]),
(EVO, "4 Sobre o conceito de camada de sacrifício importa destacar o trabalho pioneiro de Fernando Henriques, Algumas\n\nreflexões sobre a conservação do património histórico edificado em Portugal. In 2º ENCORE, Encontro sobre\n\nConservação e Reabilitação de Edifícios, 1994, p. 67-78.",
 [C(chap("Algumas reflexões sobre a conservação do património histórico edificado em Portugal", [P("Fernando", "Henriques")], "2º ENCORE, Encontro sobre Conservação e Reabilitação de Edifícios", year=1994, page="67–78"))]),
(EVO, "5 A obra de recuperação e restauro de fachadas e coberturas 1995-97 promovida pelo IPPAR, teve a colaboração\n\ntécnico-científica do LNEC.",
 []),
(EVO, "6 A Obra de intervenção na Sé Catedral de Idanha-a-Velha foi promovida pelo IPPAR (DRC). O projecto foi\n\ncoordenado pelos arquitectos Alexandre Alves Costa e Sérgio Fernandez, e a obra foi realizada pela firma InSitu como subempreitada da Edicon. Esta intervenção teve ainda, a colaboração técnico-científica os arquitectos José Aguiar e Irene Frazão.",
 []),
(EVO, "7 Este projecto de conservação teve com base uma proposta técnica e a consultoria de José Aguiar e Irene Frazão\n\ne os trabalhos de conservação foram da responsabilidade da restauradora Ana Sofia Lopes.",
 []),
# --- Portuguese: notes of an article on the contemporary self-portrait in Portuguese painting (scribd via melakarnets.com)
(AUT, "1 Maupassant, La vie d’un paysagiste, cit. in Le Magazine Littéraire de Octobre 2011, nº. 512, p.\n86",
 [C(sh([F("Maupassant")], "La vie d’un paysagiste")),
  C({"type": "periodical", "title": "Le Magazine Littéraire", "issue": "512", "issued": Y(2011, 10)}, "86")]),
(AUT, "2 Narração ou tradição popular cuja temática mobiliza seres imaginários ou acontecimentos,\nsendo estes dados como históricos – quer factos reais mas deformados, embelezados e por\nvezes misturados com o maravilhoso. Conforme Dictionnaire Hachette de la langue française,\nHachette, Paris, 1989, p. 884.",
 [C(book("Dictionnaire Hachette de la langue française", publisher="Hachette", place="Paris", year=1989), "884")]),
(AUT, "3 Narrativa lendária transmitida pela tradição que, com recurso à exploração de seres lendários\n– heróis, divindades, etc. – fornece uma tentativa de explicação dos fenómenos naturais e huma-\nnos. Conforme Dictionnaire Hachette de la langue française, Hachette, Paris, 1989, p. 1036.",
 [C(book("Dictionnaire Hachette de la langue française", publisher="Hachette", place="Paris", year=1989), "1036")]),
# --- English: endnotes of Khlevniuk's Stalin, the page before (rulit.me, notes 9-18)
(KH2, "9. Pravda, 23 September 1946.\nMikhail Mikhailovich Zoshchenko (1895–1958) was a popular satirical writer and playwright. The scathing criticism to which he was subjected in 1946 led to his being deprived of the right to publish. After Stalin’s death he was given work writing for magazines but was still a target of discrimination. The 1946 decree criticizing Zoshchenko and Akhmatova was rescinded only in the late 1980s during Gorbachev’s perestroika.\nAnna Andreevna Akhmatova (1889–1966) was among Russia’s most important poets. Under Stalin, she was subjected to ongoing persecution. Her first husband was shot and the second died in a labor camp, and her only son spent many years in a camp. A number of anti-Stalinist works by Akhmatova are famous, her poetic cycle Requiem first and foremost.",
 [C({"type": "article-newspaper", "container-title": "Pravda", "issued": Y(1946, 9, 23)})]),
(KH2, "10. RGASPI, f. 558, op. 11, d. 732, ll. 1–19.",
 []),
(KH2, "11. Nikolai Krementsov, Stalinist Science (Princeton, 1997); V. D. Esakov and E. S. Levina, Stalinskie “sudy chesti”: “Delo KR” (Moscow, 2005).",
 [C(book("Stalinist Science", [P("Nikolai", "Krementsov")], place="Princeton", year=1997)),
  C(book("Stalinskie “sudy chesti”: “Delo KR”", [P("V. D.", "Esakov"), P("E. S.", "Levina")], place="Moscow", year=2005))]),
(KH2, "12. Cited in V. Pechatnov, Stalin, Ruzvel’t, Trumen: SSSR i SShA v 1940-kh gg. (Moscow, 2006), pp. 392–393.",
 [C(book("Stalin, Ruzvel’t, Trumen: SSSR i SShA v 1940-kh gg.", [P("V.", "Pechatnov")], place="Moscow", year=2006), "392–393")]),
(KH2, "13. RGASPI, f. 558, op. 11, d. 382, l. 45; Pechatnov, Stalin, Ruzvel’t, Trumen, p. 421.",
 [C(sh([F("Pechatnov")], "Stalin, Ruzvel’t, Trumen"), "421")]),
(KH2, "14. G. Procacci and G. Adibekov et al., eds., The Cominform: Minutes of the Three Conferences, 1947/1948/1949 (Milan, 1994), pp. 225–226.",
 [C(book("The Cominform: Minutes of the Three Conferences, 1947/1948/1949", editor=[P("G.", "Procacci"), P("G.", "Adibekov")], place="Milan", year=1994), "225–226")]),
(KH2, "15. Eugene Zaleski, Stalinist Planning for Economic Growth, 1933–1952 (Chapel Hill, 1980), pp. 347–348.",
 [C(book("Stalinist Planning for Economic Growth, 1933–1952", [P("Eugene", "Zaleski")], place="Chapel Hill", year=1980), "347–348")]),
(KH2, "16. N. Vert and S. V. Mironenko, eds., Istoriia stalinskogo Gulaga. Konets 1920-kh–pervaia polovina 1950-kh godov, vol. 1: Massovye repressii v SSSR (Moscow, 2004), p. 610.",
 [C(book("Istoriia stalinskogo Gulaga. Konets 1920-kh–pervaia polovina 1950-kh godov", editor=[P("N.", "Vert"), P("S. V.", "Mironenko")], place="Moscow", year=2004, volume="1", **{"volume-title": "Massovye repressii v SSSR"}), "610")]),
(KH2, "17. A. I. Kokurin and N. V. Petrov, comps., GULAG. 1917–1960 (Moscow, 2000), pp. 435, 447; V. N. Zemskov, Spetsposelentsy v SSSR, 1930–1960 (Moscow, 2003), p. 225.",
 [C(book("GULAG. 1917–1960", editor=[P("A. I.", "Kokurin"), P("N. V.", "Petrov")], place="Moscow", year=2000), "435, 447"),
  C(book("Spetsposelentsy v SSSR, 1930–1960", [P("V. N.", "Zemskov")], place="Moscow", year=2003), "225")]),
(KH2, "18. The total population of the USSR at the beginning of 1953 was 188 million; V. P. Popov, Ekonomicheskaia politika sovetskogo gosudarstva. 1946–1953 gg. (Moscow and Tambov, 2000), p. 16.",
 [C(book("Ekonomicheskaia politika sovetskogo gosudarstva. 1946–1953 gg.", [P("V. P.", "Popov")], place="Moscow and Tambov", year=2000), "16")]),
# --- English: notes of the preface of Applebaum's Red Famine (trantor.is)
(RFP, "1. V. V. Kondrashin et al., eds., Golod v SSSR: 1929–1934, Rossiia XX vek, vol. 1 (Moscow: Mezhdunarodnyi fond ‘Demokratiia’, 2011), 163–5, citing V. S. Lozyts’kyi, Holodomor 1932–1933 rokiv: zlochyn vlady – trahediia narodu: dokumenty i materialy (Kyiv: Heneza, 2008), 37–40.",
 [C(book("Golod v SSSR: 1929–1934", editor=[P("V. V.", "Kondrashin")], publisher="Mezhdunarodnyi fond ‘Demokratiia’", place="Moscow", year=2011, volume="1", **{"collection-title": "Rossiia XX vek"}), "163–5"),
  C(book("Holodomor 1932–1933 rokiv: zlochyn vlady – trahediia narodu: dokumenty i materialy", [P("V. S.", "Lozyts’kyi")], publisher="Heneza", place="Kyiv", year=2008), "37–40")]),
(RFP, "2. TsDAHOU 1/20/5254 (1932), 1–16, in R. Ia. Pyrih, ed., Holodomor 1932–1933 rokiv v Ukraïni: Dokumenty i materialy (Kyiv: Kyievo-Mohylians’ka Akademiia, 2007), 130.",
 [C(book("Holodomor 1932–1933 rokiv v Ukraïni: Dokumenty i materialy", editor=[P("R. Ia.", "Pyrih")], publisher="Kyievo-Mohylians’ka Akademiia", place="Kyiv", year=2007), "130")]),
(RFP, "3. Ibid., 134.",
 []),
(RFP, "4. The word ‘Haladamor’ appears in Czech publications of the Ukrainian diaspora in the 1930s. ‘Holodomor’ was probably first used publicly in Ukraine by Oleksii Musiyenko, during a speech at the Writers’ Union that was cited in Literaturna Ukraïna of 18 February 1988.",
 [C({"type": "article-newspaper", "container-title": "Literaturna Ukraïna", "issued": Y(1988, 2, 18)})]),
(RFP, "5. Hennadii Boriak, ‘Sources and Resources on the Famine in Ukraine’s Archival System’, Harvard Ukrainian Studies 27 (2004–5), 117–47.",
 [C(art("Sources and Resources on the Famine in Ukraine’s Archival System", [P("Hennadii", "Boriak")], "Harvard Ukrainian Studies", "27", year=R((2004,), (2005,)), page="117–47"))]),
(RFP, "6. Andrea Graziosi, ‘The Soviet 1931–1933 Famines and the Ukrainian Holodomor: Is a New Interpretation Possible, and What Would Its Consequences Be?’, Harvard Ukrainian Studies 27, no. 1/4 (2004), 100.",
 [C(art("The Soviet 1931–1933 Famines and the Ukrainian Holodomor: Is a New Interpretation Possible, and What Would Its Consequences Be?", [P("Andrea", "Graziosi")], "Harvard Ukrainian Studies", "27", "1/4", 2004), "100")]),
(RFP, "7. Tetiana Boriak has summarized their significance in her book 1933: ‘I choho vy shche zhyvi?’ (Kyiv: Clio, 2016).",
 [C(book("1933: ‘I choho vy shche zhyvi?’", [P("Tetiana", "Boriak")], publisher="Clio", place="Kyiv", year=2016))]),
(RFP, "8. Boriak, ‘Sources and Resources’, 117–47.",
 [C(sh([F("Boriak")], "Sources and Resources"), "117–47")]),
# --- English: notes of chapter 15 of Applebaum's Red Famine (trantor.is)
(RF15, "1. http://taras-shevchenko.infolike.net/poem-calamity-again-taras-shevchenko-english-translation-by-john-weir.html. Originally published in Taras Shevchenko, Zibrannia tvoriv, vol. 2 (Kyiv, 2003), 303, trans. John Wier.",
 [C({"type": "webpage", "URL": "http://taras-shevchenko.infolike.net/poem-calamity-again-taras-shevchenko-english-translation-by-john-weir.html", "translator": [P("John", "Wier")]}),
  C(book("Zibrannia tvoriv", [P("Taras", "Shevchenko")], place="Kyiv", year=2003, volume="2"), "303")]),
(RF15, "2. Olexa Woropay, The Ninth Circle: In Commemoration of the Victims of the Famine of 1933 (Cambridge, MA: Harvard Ukrainian Studies Fund, 1983), 16.",
 [C(book("The Ninth Circle: In Commemoration of the Victims of the Famine of 1933", [P("Olexa", "Woropay")], publisher="Harvard Ukrainian Studies Fund", place="Cambridge, MA", year=1983), "16")]),
(RF15, "3. Testimony of Volodymyr Mykolaiovych Chepur, in Veselova and Nikiliev, Pam’iat’ narodu, vol. 2, 758.",
 [C(sh([F("Veselova"), F("Nikiliev")], "Pam’iat’ narodu", volume="2"), "758")]),
(RF15, "4. Mytsyk et al., eds., Ukraïns’kyi holokost, vol. 4, 374.",
 [C(sh(None, "Ukraïns’kyi holokost", editor=[F("Mytsyk")], volume="4"), "374")]),
(RF15, "5. Testimony of Havrylo Prokopenko, in Kovalenko and Maniak, eds., 33-i Holod, 196–7.",
 [C(sh(None, "33-i Holod", editor=[F("Kovalenko"), F("Maniak")]), "196–7")]),
(RF15, "6. Testimony of Volodymyr Samoiliuk, in ibid., 95–6.",
 []),
(RF15, "7. Karel Berkhoff, Harvest of Despair: Life and Death in Ukraine under Nazi Rule (Cambridge, MA: Belknap Press, 2004), 20.",
 [C(book("Harvest of Despair: Life and Death in Ukraine under Nazi Rule", [P("Karel", "Berkhoff")], publisher="Belknap Press", place="Cambridge, MA", year=2004), "20")]),
(RF15, "8. O. O. Zakharchenko, ‘Natsysts’ka propahanda pro zlochyny Stalinshchyny naperedodni i na pochatku Druhoï Svitovoï Viiny’, Naukovyi visnyk Mykolaïvs’koho Derzhavnoho Universytetu, Istorychni nauky 21 (2008), available online at http://www.nbuv.gov.ua/old_jrn/Soc_Gum/Nvmdu.",
 [C(art("Natsysts’ka propahanda pro zlochyny Stalinshchyny naperedodni i na pochatku Druhoï Svitovoï Viiny", [P("O. O.", "Zakharchenko")], "Naukovyi visnyk Mykolaïvs’koho Derzhavnoho Universytetu, Istorychni nauky", "21", year=2008, URL="http://www.nbuv.gov.ua/old_jrn/Soc_Gum/Nvmdu"))]),
(RF15, "9. Berkhoff, Harvest of Despair, 117.",
 [C(sh(BERK, "Harvest of Despair"), "117")]),
(RF15, "10. Snyder, Bloodlands, 179–80.",
 [C(sh(SNY, "Bloodlands"), "179–80")]),
(RF15, "11. Berkhoff, Harvest of Despair, 253.",
 [C(sh(BERK, "Harvest of Despair"), "253")]),
(RF15, "12. Lizzie Collingham, The Taste of War: World War II and the Battle for Food (New York: Penguin Press, 2012), 35–7; Snyder, Bloodlands, 160–3.",
 [C(book("The Taste of War: World War II and the Battle for Food", [P("Lizzie", "Collingham")], publisher="Penguin Press", place="New York", year=2012), "35–7"),
  C(sh(SNY, "Bloodlands"), "160–3")]),
(RF15, "13. Alex J. Kay, ‘German Economic Plans for the Occupied Soviet Union and their Implementation’, in Timothy Snyder and Ray Brandon, eds., Stalin and Europe: Imitation and Domination, 1928–1953 (Oxford: Oxford University Press, 2014), 171.",
 [C(chap("German Economic Plans for the Occupied Soviet Union and their Implementation", [P("Alex J.", "Kay")], "Stalin and Europe: Imitation and Domination, 1928–1953", editor=[P("Timothy", "Snyder"), P("Ray", "Brandon")], publisher="Oxford University Press", place="Oxford", year=2014), "171")]),
(RF15, "14. Snyder, Bloodlands, 164.",
 [C(sh(SNY, "Bloodlands"), "164")]),
(RF15, "15. Kay, ‘German Economic Plans for the Occupied Soviet Union and their Implementation’, 176.",
 [C(sh([F("Kay")], "German Economic Plans for the Occupied Soviet Union and their Implementation"), "176")]),
(RF15, "16. Berkhoff, Harvest of Despair, 165.",
 [C(sh(BERK, "Harvest of Despair"), "165")]),
(RF15, "17. Kay, ‘German Economic Plans for the Occupied Soviet Union and their Implementation’, 106; Snyder, Bloodlands, 174.",
 [C(sh([F("Kay")], "German Economic Plans for the Occupied Soviet Union and their Implementation"), "106"),
  C(sh(SNY, "Bloodlands"), "174")]),
(RF15, "18. Woropay, The Ninth Circle, 16.",
 [C(sh([F("Woropay")], "The Ninth Circle"), "16")]),
]
