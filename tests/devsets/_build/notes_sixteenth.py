# -*- coding: utf-8 -*-
# Sixteenth gathering (2026-11-25): 112 non-English footnotes and endnotes (111 citations, 53 of them short forms) from 12
# pages not used before (none of the `where` addresses of notes.jsonl or of the earlier gathering files). Sites new to the
# set: oud.onvoltooidverleden.nl, hotlib.net, education-citoyenneteetderives.fr, ibrbs.pl; the rest are other books on
# sites used before (bitlit.ru four pages, you-books.com, booksonline.com.ua, leerlibrosdemario.com), because the search
# index shows a page's text from its beginning and pages holding only notes were the ones it gave whole. Gold written by
# hand from the note text; no parser was run.
# Languages: Hungarian 22, French 20, Italian 17, Dutch 14, Russian 12, Portuguese 9, German 8, Spanish 8, Polish 2.
# No Czech page whose notes the index showed, and that had not been used, could be found this time.
# Subjects: Dutch parliamentary history (Troelstra, the SDAP), Weimar Germany (a memoir), medieval Rus' (Vladimir
# Monomakh), medieval Florence (Capponi), the memory of the Algerian war (Stora's report), the Hungarian revolution of 1956
# (Irving in Hungarian), fifteenth-century Portugal (Pimentel), Silesian legal history, Khrushchev's fall, Franco and the
# Second World War (Preston in Spanish), seventeenth-century France (Walckenaer on Sévigné), the origin of Italian
# (Morandi).
# Pages and shapes:
#  - Dutch (oud.onvoltooidverleden.nl): `(Amsterdam 1930) 168`, `p. 67-76`, `C.C. van Baalen e.a. ed.`, `Ibidem, 332.`,
#    `HTK 1899-1900, 70.`, `(Groningen en Batavia 1935)`, a pseudonym `Mr. Antonio`, `op www.parlement.com`, link text
#    `Afmelden | Aanmelden` glued to the last note (kept, as before).
#  - German (bitlit.ru, Grünfeld's memoir): `DTV 1974 S.216`, `Broszat a.a.O.S.219/31.`, `FredHildenbrandt` glued, OCR
#    `l966`, titles in `"…"`, a line break inside a note kept.
#  - Russian (hotlib.net, a book on Monomakh; booksonline.com.ua, Sergei Khrushchev): number on its own line, `Кн. 1.`,
#    `Ч. 1.`, `Т. 1. … Кн. 2. …` with titles for both, `М.; Л., 1946`, `№ 2 (8)`, `[2-е изд., испр.]`, `(Примеч. 50)`,
#    `М.: МФ «Демократия», Материк, 2007`, `С. 182– 216`, `Указ. соч.`, `книгу воспоминаний А. И. Аджубея «…»`.
#  - Italian (bitlit.ru, Capponi and Morandi): `G. Villani, lib. VII, cap. 62.`, `Deliz. Erud. Tosc., IX, 256`, `Villani e
#    Ammirato.`, `Legum tom. I (Hannoverae, 1835)`, `colonna 338`, `col. 528–29`, `ap. Du Chesne`, `parte prima`,
#    `Purgat., XI, 97–99.`, `Convito, Tratt. I, cap. XI e XIII, ediz. Barbera (1857), curata dal Fraticelli.`
#  - French (Stora's report: `(dir.)`, `(éd.)`, `juin 1964`, `Tours, Paris`, a newspaper by date, `je renvoie à mes deux
#    biographies : …, traduit en arabe par les éditions Casbah, Alger, 2000, repris en poche, coll. « Pluriel », Hachette,
#    2004`; Walckenaer: `t. LXVI`, `édit. G.` / `édit. M.`, `in-12`, `édit. de 1756`, `liv. VI, t. II, p. 30-35`).
#  - Hungarian (you-books.com, Irving's Felkelés): `Gosztonyi: „Aufstand”, 193., skk.`, `id. mű, 38. o. skk.`, `Uo., 231.`,
#    `Mikes György: „The Hungarian Revolution”, London, 1957., 91.o.`, `Hétfői Hírlap, 1956. október 29.`, OCR `Procčs`,
#    oral-history references `CUOHP, 563.` and interview codes `H53M.` that cite no work.
#  - Portuguese (bitlit.ru, Pimentel): chronicles and series by title only, `no tomo II das Provas da historia genealogica`,
#    `no terceiro volume da sua Historia de Portugal`.
#  - Spanish (leerlibrosdemario.com, Preston's Franco): italics on lines of their own, ` <<` kept, `2.ª ed.`, `2 vols.,
#    Londres, 1973-1974, I`, `FRUS 1940, II`, `testimonio de Serrano Súñer, 21.XI.90.`
#  - Polish (ibrbs.pl, a wiki diff): the text inside <ref>…</ref> is the note; `w: „Acta Universitatis Wratislawiensis.
#    Prawo CCXXII” 1993, s. 90`.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - Parliamentary proceedings (`HTK 1918-1919, 688.`), oral-history and interview references (`CUOHP, 563.`, `H53M.`,
#    `Interjú Vassal.`, `testimonio de …`), archival papers (`Dulles Iratai`) and a pointer to a website without a titled
#    work (`op www.parlement.com`) are not listed; a cross-reference to the book itself (`la 3e partie de ces Mémoires`,
#    `Vedi Appendice Nº II`) is not listed; a journal named in prose as a subject, not as a source, is not listed.
#  - A pseudonym (`Mr. Antonio`) is a `literal` author kept as printed (the honorific rule does not strip a pen name).
#  - `Gedenkschriften. Tweede deel Groei` gives `volume` "Tweede deel" and `volume-title` "Groei"; `Т. 1. <title>. Кн. 2.
#    <title>` gives `volume` "1", `volume-title`, `part-number` "2" and `part-title`; `Кн. 1` alone is `volume`;
#    `Legum tom. I` gives `volume` "I", `volume-title` "Legum"; ordinals in words stay as printed (`terceiro`, `prima`).
#  - Two places joined by a word stay as printed (`Groningen en Batavia`, `Tours, Paris`); two publishers after one place
#    are joined with "; " (`МФ «Демократия»; Материк`).
#  - `a.a.O.` and `id. mű` after a surname are short forms by author (like Dutch `o.c.`); `Uo.` is ibid.
#  - Hungarian locators drop the page label `o.` and the ordinal dot (`193., skk.` -> `193 skk.`, `91.o.` -> `91`); Hungarian
#    names are family first (`Mikes György` -> family Mikes).
#  - A year garbled by OCR (`München l966`) gives no `issued`; a glued name (`FredHildenbrandt`) is split.
#  - One work cited in two editions with their own pages (`t. II, p. 305, édit. G.; t. II, p. 259, édit. M.`) gives two
#    entries; an edition named by place, date or editor's initial (`édit. de Versailles`, `édit. G.`) is not kept, but
#    `édit. de 1756` after a bare surname gives the short form `issued` 1756; `édit. de Sautereau de Marsy`, `curata dal
#    Fraticelli` give `editor`.
#  - `colonna 338` and `col. 528–29` give label `column`; `cap. XI e XIII` gives label `chapter`; a poem by canto and line
#    (`Purgat., XI, 97–99`) and chronicles by book and chapter or rubric (`lib. VII, cap. 62`, `lib. I, rub. 268`) get no
#    locator, as before; a diary's entry date is not a locator.
#  - A work named only as "my" (`mes deux biographies : …`) gets no author; its translation and its paperback reprint named
#    by publisher and year are untitled `book` entries of their own (the twelfth's rule); a co-author named with `avec`
#    is the author.
#  - `Lupi Ferrariensis Epistolae, ap. Du Chesne, Historiae Francorum Scriptores` is an untitled-author `chapter` with
#    `Du Chesne` as `editor`; `Pertz, Monumenta Germaniae historica` keeps Pertz as `author` (a compiler without `ed.`).
#  - Writers named without a work (`Pina`, `Duarte Nunes de Leão`, `Innocencio`) are not listed, but a note that only names
#    chroniclers as its sources (`Villani e Ammirato.`) gives short forms by author; a work described but not titled
#    (`un pregevole lavoro del signor Cesare Paoli (Arch. Stor., …)`, `la più volte citata raccolta del P. Ildefonso`,
#    `os importantissimos estudos de Herculano, no tomo I dos Annaes …`) is not listed, as before.
#  - An untitled interview in a review (`Raphaël Draï, in La Pensée de midi, entretien avec …, février 2000`) is an
#    untitled `article-journal` by the speaker; a newspaper named by date only is an untitled `article-newspaper`; a
#    newspaper interview and its reprint in a book are two entries (the fourteenth's rule).
# Twenty-eight notes cite no work (prose, `Ibidem`, `Uo.`, parliamentary and oral-history references).
# By the hash rule 81 would be dev and 31 test.
# Doubtful: the Dutch yearbook titles were kept whole as `container-title` (`… Jaarboek Parlementaire Geschiedenis 2011`);
# `C.C. van Baalen e.a. ed.` gives only the named editor; `№ 2 (8)` gave `issue` "2"; `Acta Universitatis
# Wratislawiensis. Prawo CCXXII` was split into container and `volume`; `Kosák Dezső, in: Franc Tireur` may be the
# interviewee, not the author; `Micsunovics: Napló, 1956. október 15., 23-25.` may cite pages 23-25 (taken as entry dates);
# `Procčs` is the OCR of `Procès` kept as printed; `Une utopie algérienne` may be read `Ferhat Abbas, une utopie algérienne`.
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


TRO = "http://oud.onvoltooidverleden.nl/index.php?id=408"
GRU = "https://bitlit.ru/page/de/walter-grunfeld/ruckblicke/88"
MON = "https://hotlib.net/htrd/971337/p12"
CAP = "https://bitlit.ru/page/it/gino-capponi/storia-della-repubblica-di-firenze-v-13/62"
GVIL = [P("G.", "Villani")]
STO = "https://education-citoyenneteetderives.fr/rapport-sur-les-questions-memorielles/"
FEL = "https://you-books.com/bookepub/D-Irving/Felkeles/index_split_052.html"
GOSZ = [F("Gosztonyi")]
RSR = "https://bitlit.ru/page/pt/alberto-pimentel/rainha-sem-reino-estudo-historico-do-seculo-xv/90"
RDS = [F("Rebello da Silva")]
SKH = "https://booksonline.com.ua/view.php?book=138587&page=136"
PFR = "https://leerlibrosdemario.com/franco-leer-online-gratis/57-paginas"
WAL = "https://bitlit.ru/page/fr/c-a-walckenaer/memoires-touchant-la-vie-et-les-ecrits-de-marie-de-rabutin-chantal-46/118"
CAY = [F("Caylus")]
BEAU = [F("La Beaumelle")]
MOR = "https://bitlit.ru/page/it/luigi-morandi/origine-della-lingua-italiana-dissertazione/41"
WPS = "https://ibrbs.pl/index.php?diff=prev&oldid=5792&title=Wolne_Pa%C5%84stwo_Stanowe"

BAAL = [P("C.C.", "van Baalen")]

SIXTEENTH = [
# --- Dutch: notes of an article on socialists in the Tweede Kamer (onvoltooidverleden.nl)
(TRO, "1. P.J. Troelstra, Gedenkschriften. Tweede deel Groei (Amsterdam 1930) 168; Handelingen van de Tweede Kamer der Staten-Generaal (HTK) 1897-1898, 6",
 [C(book("Gedenkschriften", [P("P.J.", "Troelstra")], place="Amsterdam", year=1930, volume="Tweede deel", **{"volume-title": "Groei"}), "168")]),
(TRO, "2. Erie Tanja, “ ‘Dragers van beginselen’. De parlementaire entree van Abraham Kuyper en Ferdinand Domela Nieuwenhuis” in: C.C. van Baalen e.a. ed., Waar visie ontbreekt, komt het volk om. Jaarboek Parlementaire Geschiedenis 2011 (Den Haag 2011) p. 67-76.",
 [C(chap("‘Dragers van beginselen’. De parlementaire entree van Abraham Kuyper en Ferdinand Domela Nieuwenhuis", [P("Erie", "Tanja")], "Waar visie ontbreekt, komt het volk om. Jaarboek Parlementaire Geschiedenis 2011", editor=BAAL, place="Den Haag", year=2011, page="67–76"))]),
(TRO, "3. Piet Hagen, Politicus uit hartstocht. Biografie van Pieter Jelles Troelstra (Amsterdam 2010) 251.",
 [C(book("Politicus uit hartstocht. Biografie van Pieter Jelles Troelstra", [P("Piet", "Hagen")], place="Amsterdam", year=2010), "251")]),
(TRO, "4. J.H. Schaper, Een halve eeuw van strijd. Herinneringen van J.H. Schaper. Lid van de Tweede Kamer der Staten-Generaal II (Groningen en Batavia 1935) 113-114.",
 [C(book("Een halve eeuw van strijd. Herinneringen van J.H. Schaper. Lid van de Tweede Kamer der Staten-Generaal", [P("J.H.", "Schaper")], place="Groningen en Batavia", year=1935, volume="II"), "113–114")]),
(TRO, "5. Mr. Antonio, Nieuwe schetsen uit de Tweede Kamer onder het ministerie Kuyper 1901/1905 (Rotterdam 1905), p. 76-77. Pseud. voor Telegraafjournalist S. Blok.",
 [C(book("Nieuwe schetsen uit de Tweede Kamer onder het ministerie Kuyper 1901/1905", [L("Mr. Antonio")], place="Rotterdam", year=1905), "76–77")]),
(TRO, "6. HTK 1899-1900, 70.",
 []),
(TRO, "7. Zie de biografische informatie over J.H. Schaper op www.parlement.com",
 []),
(TRO, "8. HTK 1911-1912, 19.",
 []),
(TRO, "9. Schaper, Een halve eeuw van strijd II, 121.",
 [C(sh([F("Schaper")], "Een halve eeuw van strijd", volume="II"), "121")]),
(TRO, "10. Ibidem, 332.",
 []),
(TRO, "11. Carla van Baalen en Jan Ramakers, ‘Prinsjesdag: “De eenige politieke feestdag die ons volk kent”’ in: C.C. van Baalen e.a. ed., Jaarboek Parlementaire Geschiedenis 200. Het feest van de democratie. Rituelen, symbolen en tradities (Den Haag 2008) 27-46.",
 [C(chap("Prinsjesdag: “De eenige politieke feestdag die ons volk kent”", [P("Carla", "van Baalen"), P("Jan", "Ramakers")], "Jaarboek Parlementaire Geschiedenis 200. Het feest van de democratie. Rituelen, symbolen en tradities", editor=BAAL, place="Den Haag", year=2008, page="27–46"))]),
(TRO, "12. E. van Raalte, De geschiedenis van de opening der Staten-Generaal van 1814 tot 1952 (Den Haag 1952) 43 en 87-88.",
 [C(book("De geschiedenis van de opening der Staten-Generaal van 1814 tot 1952", [P("E.", "van Raalte")], place="Den Haag", year=1952), "43 en 87–88")]),
(TRO, "13. HTK 1918-1919, 688.",
 []),
(TRO, "14. Zie de diverse artikelen over de LSP, VDB en Liberale Unie in relatie tot de SDAP in: P. van Schie (ed.), Tussen polarisatie en Paars. De 100-jarige verhouding tussen liberalen en socialisten in Nederland (Kampen 1995)Afmelden | Aanmelden",
 [C(book("Tussen polarisatie en Paars. De 100-jarige verhouding tussen liberalen en socialisten in Nederland", editor=[P("P.", "van Schie")], place="Kampen", year=1995))]),
# --- German: notes of Walter Grünfeld's memoir (bitlit.ru)
(GRU, "14) Das vorherige Kabinett Marx hatte den Bau beschlossen, der neue Finanzminister Hilferding bestätigt, daß die nötigen Mittel da sind. Dietrich fand, die Demokraten sollten nicht dabei sein, den dadurch wirksam gewordenen früheren Kabinettsbeschluß jetzt umzustoßen.",
 []),
(GRU, "15) Hermann Graml, \"Europa zwischen den Kriegen\", DTV 1974 S.216.",
 [C(book("Europa zwischen den Kriegen", [P("Hermann", "Graml")], publisher="DTV", year=1974), "216")]),
(GRU, "16) Peter Krüger \"Die Außenpolitik der Republik von Weimar\", Darmstadt 1985.",
 [C(book("Die Außenpolitik der Republik von Weimar", [P("Peter", "Krüger")], place="Darmstadt", year=1985))]),
(GRU, "17) Broszat a.a.O.S.219/31.",
 [C(sh([F("Broszat")]), "219/31")]),
(GRU, "18) FredHildenbrandt in \"…ich soll dich grüssen von Berlin\" (München l966) bringt eine Erinnerung an die beiden Schwestern(S. 98/9).",
 [C(book("…ich soll dich grüssen von Berlin", [P("Fred", "Hildenbrandt")], place="München"), "98/9")]),
(GRU, "19) In seinen Erinnerungen \"Wirken in Wirren\" (Hamburg 1950) beklagt\nsich Hellpach über mangelnde menschliche Nähe für ihn in der demokratischen Reichstagsfraktion, z.B. bei Rückkehr von schweren Erkrankungen sei er nie entsprechend begrüßt worden. Davon wußte ich damals nichts.",
 [C(book("Wirken in Wirren", [F("Hellpach")], place="Hamburg", year=1950))]),
(GRU, "20) Der KCer Rudi Samuel, mein Mitkämpfer an der TH Charlottenburg zeigte sich eines Tages erstaunt über meine Kenntnisse jüdischer Feiertage, ich sei doch getauft, der KC habe damals gegen mein\nVorstandsamt im DStV gestimmt, weil sie sich nicht von einem getauften Juden vertreten lassen wollten. Er wußte nicht, warum man sich nicht besser erkundigt hatte.",
 []),
(GRU, "21) Die seit dem Juli 1929 erscheinende Zeitschrift des DStV \"Student und Hochschule\" war, wie mir bei heutiger Durchsicht scheint viel zu wenig auf Mitarbeit aus Kreisen und Ortsgruppen im Lande gestützt und zu sehr von Berlin aus bestritten.",
 []),
# --- Russian: notes of a book on Vladimir Monomakh (hotlib.net; number on its own line, GOST, `Ч. 1`, `Т. 1. … Кн. 2. …`)
(MON, "52\nСоловьев С. М. Сочинения. Кн. 1. С. 672–673 (Примеч. 50).",
 [C(book("Сочинения", [P("С. М.", "Соловьев")], volume="1"), "672–673")]),
(MON, "53\nИвакин И. М. Владимир Мономах и его Поучение. Ч. 1. М., 1901. С. 143; Рыбаков Б. А. Древняя Русь. Сказания. Былины. Летописи. М., 1963. С. 269; Шахматов А. А. История русского летописания. Т. 1. Повесть временных лет и древнейшие русские летописные своды. Кн. 2. Раннее русское летописание XI–XII вв. СПб., 2003. С. 532; Толочко П. П. Русские летописи и летописцы X–XIII вв. СПб., 2003. С. 81, 91–93.",
 [C(book("Владимир Мономах и его Поучение", [P("И. М.", "Ивакин")], place="М.", year=1901, **{"part-number": "1"}), "143"),
  C(book("Древняя Русь. Сказания. Былины. Летописи", [P("Б. А.", "Рыбаков")], place="М.", year=1963), "269"),
  C(book("История русского летописания", [P("А. А.", "Шахматов")], place="СПб.", year=2003, volume="1", **{"volume-title": "Повесть временных лет и древнейшие русские летописные своды", "part-number": "2", "part-title": "Раннее русское летописание XI–XII вв."}), "532"),
  C(book("Русские летописи и летописцы X–XIII вв.", [P("П. П.", "Толочко")], place="СПб.", year=2003), "81, 91–93")]),
(MON, "54\nОрлов А. С. Владимир Мономах. М.; Л., 1946. С. 10; Кучкин В. А. «Поучение» Владимира Мономаха и русско-польско-немецкие отношения 60—70-х годов XI века // Советское славяноведение. 1971. № 2. С. 31–33; Гиппиус А. А. Сочинения Владимира Мономаха: опыт текстологической реконструкции II // Русский язык в научном освещении. 2004. № 2 (8). С. 160, 161, 164.",
 [C(book("Владимир Мономах", [P("А. С.", "Орлов")], place="М.; Л.", year=1946), "10"),
  C(art("«Поучение» Владимира Мономаха и русско-польско-немецкие отношения 60—70-х годов XI века", [P("В. А.", "Кучкин")], "Советское славяноведение", None, "2", 1971, "31–33")),
  C(art("Сочинения Владимира Мономаха: опыт текстологической реконструкции II", [P("А. А.", "Гиппиус")], "Русский язык в научном освещении", None, "2", 2004), "160, 161, 164")]),
(MON, "55\nЦыб С. В. Древнерусское времяисчисление в «Повести временных лет» [2-е изд., испр.]. СПб., 2011. С. 85–87.",
 [C(book("Древнерусское времяисчисление в «Повести временных лет»", [P("С. В.", "Цыб")], place="СПб.", year=2011, edition="2"), "85–87")]),
(MON, "56\nОболенский Д. Византийское содружество наций. Шесть византийских портретов. М., 1998. С. 465, 466.",
 [C(book("Византийское содружество наций. Шесть византийских портретов", [P("Д.", "Оболенский")], place="М.", year=1998), "465, 466")]),
(MON, "57\nИвакин И. М. Владимир Мономах и его Поучение. С. 149.",
 [C(sh([P("И. М.", "Ивакин")], "Владимир Мономах и его Поучение"), "149")]),
# --- Italian: notes of Gino Capponi's Storia della Repubblica di Firenze (bitlit.ru; chronicles by `lib. VII, cap. 62`)
(CAP, "[72]. G. Villani, lib. VII, cap. 62.",
 [C(sh(GVIL))]),
(CAP, "[73]. Abbiamo nel vol. IX, pag. 270, della più volte citata raccolta del P. Ildefonso, il diploma di Rodolfo per la elezione di due vicari o luogotenenti suoi nella Toscana, da valere anche per un solo; la quale elezione è confermata da un breve di Martino IV, nel primo anno del pontificato suo.",
 []),
(CAP, "[74]. G. Villani, lib. VII, cap. 79.",
 [C(sh(GVIL))]),
(CAP, "[75]. G. Villani, lib. VII, cap. 13.",
 [C(sh(GVIL))]),
(CAP, "[76]. Nelle Deliz. Erud. Tosc., IX, 256, è un assai notabile Discorso intorno al Governo di Firenze, ma che vale anche per altri tempi, e può essere utile a consultare in quanto concerne i Consigli e gli Ufizi minori. — Vedi Appendice Nº II.",
 [C(sh(None, "Deliz. Erud. Tosc.", volume="IX"), "256")]),
(CAP, "[77]. Villani e Ammirato.",
 [C(sh([F("Villani")])), C(sh([F("Ammirato")]))]),
(CAP, "[78]. «Hic est modus faciendi Exercitum per Commune Florentiæ, inventus per Mercatores Florentiæ, pro meliori et utiliori statu et commodo civitatis, et Artificum et Artium ac totius Mercantiæ civitatis prædictæ. In primis: quod placeat vobis facere firmare omnes et singulas apothecas etc.» — Delizie degli Eruditi, tomo XI, pag. 199.",
 [C(sh(None, "Delizie degli Eruditi", volume="XI"), "199")]),
(CAP, "[79]. Da un cenno che si trova nella Cronaca dello Stefani (lib. I, rub. 268) appare che allora quando le cavallate doveano uscire dalla città, si mettesse una candela alla porta, e che il mancante alla chiamata avesse pena del piè: ciascuno interpreti queste parole a modo suo. Sulle Cavallate Fiorentine dei secoli XIII e XIV abbiamo un pregevole lavoro del signor Cesare Paoli (Arch. Stor., tomo I, parte I, 1865).",
 [C(sh([F("Stefani")], "Cronaca"))]),
(CAP, "[80]. Dino Compagni, lib. I.",
 [C(sh([P("Dino", "Compagni")]))]),
(CAP, "[81]. G. Villani, lib. VII, cap. 131.",
 [C(sh(GVIL))]),
# --- French: notes of Benjamin Stora's report on the memories of colonisation and the Algerian war (a blog copy)
(STO, "1. Raphaël Draï, in La Pensée de midi, entretien avec Bruno Étienne, février 2000, p. 106.",
 [C(art(None, [P("Raphaël", "Draï")], "La Pensée de midi", year=Y(2000, 2)), "106")]),
(STO, "2. Pieds-noirs, immigrés, appelés, militants contre la guerre, « porteurs de valises », partisans de l’Algérie française, et enfants, familles de tous ces groupes.",
 []),
(STO, "3. Ainsi Emmanuel Alcaraz dénonce les propos de ceux qui « pointent les atrocités commises des deux côtés, cherchant un équilibre qui méconnaît les causes fondamentales de la lutte contre les dénis de droits, la dépossession et la répression continue. Mais, à chaque fois, ils cherchent à mettre en avant la responsabilité du FLN et à minorer celle de la France coloniale », in Le Quotidien d’Oran, 22 décembre 2018.",
 [C(paper(None, [P("Emmanuel", "Alcaraz")], "Le Quotidien d’Oran", Y(2018, 12, 22)))]),
(STO, "4. Pierre Bourdieu et Abdelmalek Sayad, Le Déracinement. La crise de l’agriculture traditionnelle en Algérie, Paris, Éd. de Minuit, juin 1964.",
 [C(book("Le Déracinement. La crise de l’agriculture traditionnelle en Algérie", [P("Pierre", "Bourdieu"), P("Abdelmalek", "Sayad")], publisher="Éd. de Minuit", place="Paris", year=Y(1964, 6)))]),
(STO, "5. Laurent Theis et Philippe Ratte (dir.), La Guerre d’Algérie ou le temps des méprises, Tours, Paris, Éd. Mame, 1974.",
 [C(book("La Guerre d’Algérie ou le temps des méprises", editor=[P("Laurent", "Theis"), P("Philippe", "Ratte")], publisher="Éd. Mame", place="Tours, Paris", year=1974))]),
(STO, "6. Thèse soutenue le 9 juin 1979 à l’université de Nice, et publiée en 1981 aux éditions Droz, avec une préface de Pierre Vidal-Naquet.",
 []),
(STO, "7. Sur cette période, voir le beau livre de Catherine Brun (éd.), Algérie. D’une guerre à l’autre, Paris, Presses Sorbonne Nouvelle, septembre 2014.",
 [C(book("Algérie. D’une guerre à l’autre", editor=[P("Catherine", "Brun")], publisher="Presses Sorbonne Nouvelle", place="Paris", year=Y(2014, 9)))]),
(STO, "8. Mohammed Harbi a également publié Les archives de la révolution algérienne, aux éditions Jeune Afrique, en 1981.",
 [C(book("Les archives de la révolution algérienne", [P("Mohammed", "Harbi")], publisher="Jeune Afrique", year=1981))]),
(STO, "9. Sur Messali Hadj et Ferhat Abbas, je renvoie à mes deux biographies : Messali Hadj, pionnier du nationalisme algérien, Paris, L’Harmattan, 1986, traduit en arabe par les éditions Casbah, Alger, 2000, repris en poche, coll. « Pluriel », Hachette, 2004 ; sur Ferhat Abbas, Une utopie algérienne, avec Zakya Daoud, Paris, Denoël, 1995.",
 [C(book("Messali Hadj, pionnier du nationalisme algérien", publisher="L’Harmattan", place="Paris", year=1986)),
  C({"type": "book", "publisher": "Casbah", "publisher-place": "Alger", "issued": Y(2000)}),
  C({"type": "book", "publisher": "Hachette", "issued": Y(2004), "collection-title": "Pluriel"}),
  C(book("Une utopie algérienne", [P("Zakya", "Daoud")], publisher="Denoël", place="Paris", year=1995))]),
(STO, "10. Sur cette question, voir le livre de Rémi Dalisson, Guerre d’Algérie, l’impossible commémoration, Paris, Armand Colin, 2018.",
 [C(book("Guerre d’Algérie, l’impossible commémoration", [P("Rémi", "Dalisson")], publisher="Armand Colin", place="Paris", year=2018))]),
# --- Hungarian: notes of the Hungarian translation of David Irving's book on 1956 (you-books.com, another book on a site
#     used before; `id. mű`, `Uo.`, `38. o. skk.`, oral-history interviews `CUOHP, 563.` and codes `H53M.` cite no work)
(FEL, "[545] CUOHP, 508, 563, Kende, valamint interjú Donáthtal, Bp., 1980. május.",
 []),
(FEL, "[546] Márkus István vallomása, Procčs, 49. o.",
 [C(sh(None, "Procčs"), "49")]),
(FEL, "[547] CUOHP, 563.",
 []),
(FEL, "[548] Interjú Vásárhelyivel, 1978. o. október.",
 []),
(FEL, "[549] Gosztonyi: „Aufstand”, 193., skk.",
 [C(sh(GOSZ, "Aufstand"), "193 skk.")]),
(FEL, "[550] H53M.",
 []),
(FEL, "[551] Hollós: id. mű, 38. o. skk.",
 [C(sh([F("Hollós")]), "38 skk.")]),
(FEL, "[552] Interjú Vassal, 1979. szeptember.",
 []),
(FEL, "[553] Hollós: id. mű.",
 [C(sh([F("Hollós")]))]),
(FEL, "[554] CUOHP, 428. Nyírádi Szabó Imre, korábbi pilótatiszt.",
 []),
(FEL, "[555] Nikos ezt mondta a történész dr. Gogolák Lajosnak, aki a Corvin közzel szemben lakott (CUOHP, 441).",
 []),
(FEL, "[556] CUOHP, 222, 17 éves iskolásfiú.",
 []),
(FEL, "[557] Procčs, 70. o.",
 [C(sh(None, "Procčs"), "70")]),
(FEL, "[558] Berecz: id. mű, 99. o.",
 [C(sh([F("Berecz")]), "99")]),
(FEL, "[559] Interjú Vassal.",
 []),
(FEL, "[560] Mikes György: „The Hungarian Revolution”, London, 1957., 91.o.",
 [C(book("The Hungarian Revolution", [P("György", "Mikes")], place="London", year=1957), "91")]),
(FEL, "[562] A telefonhívások, in: Dulles Iratai, 1956. október 23., 24.",
 []),
(FEL, "[563] Hétfői Hírlap, 1956. október 29., és Gosztonyi: „Aufstand”, 211. o.",
 [C(paper(None, None, "Hétfői Hírlap", Y(1956, 10, 29))),
  C(sh(GOSZ, "Aufstand"), "211")]),
(FEL, "[564] CUOHP, 403, Kiss Dezső lakatos, és Gosztonyi: id. mű, 217. o.",
 [C(sh(GOSZ), "217")]),
(FEL, "[566] Uo., 231.",
 []),
(FEL, "[567] Micsunovics: Napló, 1956. október 15., 23-25.",
 [C(sh([F("Micsunovics")], "Napló"))]),
(FEL, "[572] Kosák Dezső, in: Franc Tireur, Paris, 1956. december 18.",
 [C(paper(None, [P("Dezső", "Kosák")], "Franc Tireur", Y(1956, 12, 18), **{"publisher-place": "Paris"}))]),
# --- Portuguese: notes of Alberto Pimentel's Rainha sem reino (bitlit.ru; chronicles and series by title only)
(RSR, "[56] Chronica d’el-rei D. Affonso V, pag. 245.",
 [C(sh(None, "Chronica d’el-rei D. Affonso V"), "245")]),
(RSR, "[57] Pina, diz que o principe assistira sem o rei; Sousa, na Hist. geneag., escreve que nem o rei nem o principe quizeram assistir. Duarte Nunes de Leão dá o principe como presente. Seguimos a opinião de Pina e Duarte Nunes, mesmo por ser a que melhor se coaduna com o caracter do principe D. João.",
 [C(sh([F("Sousa")], "Hist. geneag."))]),
(RSR, "[58] Amaral, Memoria V para a historia da legislação e costumes de Portugal; Rebello da Silva, Annaes das sciencias e lettras.",
 [C(sh([F("Amaral")], "Memoria V para a historia da legislação e costumes de Portugal")),
  C(sh(RDS, "Annaes das sciencias e lettras"))]),
(RSR, "[59] Sobre o estado das classes servas na peninsula, leiam-se os importantissimos estudos de Herculano, no tomo I dos Annaes das sciencias e lettras, e no terceiro volume da sua Historia de Portugal.",
 [C(sh([F("Herculano")], "Historia de Portugal", volume="terceiro"))]),
(RSR, "[60] Rebello da Silva, Annaes das sciencias e lettras.",
 [C(sh(RDS, "Annaes das sciencias e lettras"))]),
(RSR, "[61] Michelet, Précis de l’histoire moderne, pag. 23.",
 [C(sh([F("Michelet")], "Précis de l’histoire moderne"), "23")]),
(RSR, "[62] Vida e feitos de D. João II.",
 [C(sh(None, "Vida e feitos de D. João II"))]),
(RSR, "[63] Vejam-se os documentos publicados no tomo II das Provas da historia genealogica, pag. 8 e 51.",
 [C(sh(None, "Provas da historia genealogica", volume="II"), "8 e 51")]),
(RSR, "[64] Innocencio diz que este opusculo é raro. Pudemos vel-o na bibliotheca nacional de Lisboa, onde existe. Na da academia real das sciencias não ha, porque fôra arrancado da miscellanea onde estava.",
 []),
# --- Polish: <ref> footnotes of a wiki article on the free state lordships of Silesia (ibrbs.pl, a diff page; the note is
#     the text inside <ref>…</ref>)
(WPS, "K. Orzechowski, Historia ustroju Śląska. 1202-1740, Wrocław 2005, s. 168.",
 [C(book("Historia ustroju Śląska. 1202-1740", [P("K.", "Orzechowski")], place="Wrocław", year=2005), "168")]),
(WPS, "M. Ptak, Pozycja publicznoprawna wolnych panów stanowych na Śląsku, w: „Acta Universitatis Wratislawiensis. Prawo CCXXII” 1993, s. 90.",
 [C(art("Pozycja publicznoprawna wolnych panów stanowych na Śląsku", [P("M.", "Ptak")], "Acta Universitatis Wratislawiensis. Prawo", "CCXXII", None, 1993), "90")]),
# --- Russian: notes of Sergei Khrushchev's book on his father (booksonline.com.ua, another book on a site used before;
#     number on its own line, `М.: МФ «Демократия», Материк, 2007`, `С. 182– 216`, `Указ. соч.`)
(SKH, "30\n\nОтец имел в виду, что он подписал заявление без борьбы. Текст его, там же, на заседании Президиума ЦК, набросали Виктор Васильевич Гришин и Секретарь ЦК Леонид Федорович Ильичев.",
 []),
(SKH, "31\n\nОпубликован в: Никита Хрущев. 1964. Документы. М.: МФ «Демократия», Материк, 2007. С. 182– 216.",
 [C(book("Никита Хрущев. 1964. Документы", publisher="МФ «Демократия»; Материк", place="М.", year=2007), "182–216")]),
(SKH, "32\n\nПихоя Р. Москва. Кремль. Власть. 40 лет после войны. М.: АСТ, 2007. С. 464– 469, 479.",
 [C(book("Москва. Кремль. Власть. 40 лет после войны", [P("Р.", "Пихоя")], publisher="АСТ", place="М.", year=2007), "464–469, 479")]),
(SKH, "33\n\nШелест П. Е. Указ. соч. С. 225–236.",
 [C(sh([P("П. Е.", "Шелест")]), "225–236")]),
(SKH, "34\n\nСейчас более или менее известно, кто и что говорил на том заседании Президиума ЦК. Преданы гласности рукописные записи выступлений, сделанные заведующим Общим отделом ЦК В. Н. Малиным. Они подтверждают написанное мною выше, и я решил в книге не менять, не загромождать текст подробностями стандартных в таких случаях обвинений. Материалы Пленума ЦК тоже опубликованы. С ними может ознакомиться любой желающий.",
 []),
(SKH, "35\n\nСемичастный ссылается на книгу воспоминаний А. И. Аджубея «Те десять лет» (М.: Сов. Россия, 1989).",
 [C(book("Те десять лет", [P("А. И.", "Аджубей")], publisher="Сов. Россия", place="М.", year=1989))]),
# --- Spanish: endnotes of the Spanish Preston, Franco (leerlibrosdemario.com, another page of a book used before; italics
#     on lines of their own, ` <<` kept, `2.ª ed.`, `2 vols., Londres, 1973-1974, I`, an interview `testimonio de …` cites
#     no work, a newspaper interview and its reprint are two entries)
(PFR, "[72] Serrano Súñer la atribuyó a Lequerica, Saña,\nFranquismo\n, pp. 124-127. Véase también Gregorio Morán,\nLos españoles que dejaron de serlo: Euskadi, 1937-1981\n, Barcelona, 1982, pp. 114-115. Según Cava Mesa,\nLequerica\n, pp. 184-189, Lequerica no hizo más que obedecer las órdenes que partían del director general de Seguridad, José Finat. <<",
 [C(sh([F("Saña")], "Franquismo"), "124–127"),
  C(book("Los españoles que dejaron de serlo: Euskadi, 1937-1981", [P("Gregorio", "Morán")], place="Barcelona", year=1982), "114–115"),
  C(sh([F("Cava Mesa")], "Lequerica"), "184–189")]),
(PFR, "[73] Ángel Ossorio y Gallardo,\nVida y sacrificio de Companys\n, 2.ª ed., Barcelona, 1976, pp. 285-292;\nCatalunya sota el règim franquista: Informe sobre la persecució de la llengua i la cultura de Catalunya pel règim del general Franco\n, París, 1973, pp. 388-391. <<",
 [C(book("Vida y sacrificio de Companys", [P("Ángel", "Ossorio y Gallardo")], place="Barcelona", year=1976, edition="2"), "285–292"),
  C(book("Catalunya sota el règim franquista: Informe sobre la persecució de la llengua i la cultura de Catalunya pel règim del general Franco", place="París", year=1973), "388–391")]),
(PFR, "[74]\nFRUS 1940\n, II, pp. 822-823; Feis,\nSpanish Story\n, pp. 63-66. <<",
 [C(sh(None, "FRUS 1940", volume="II"), "822–823"),
  C(sh([F("Feis")], "Spanish Story"), "63–66")]),
(PFR, "[75] Norman Rich,\nHitler’s War Aims: Ideology, the Nazi State, and the Course of Expansion\n, 2 vols., Londres, 1973-1974, I, pp. 169-170. <<",
 [C(book("Hitler’s War Aims: Ideology, the Nazi State, and the Course of Expansion", [P("Norman", "Rich")], place="Londres", year=R((1973,), (1974,)), volume="I"), "169–170")]),
(PFR, "[76] Halder,\nDiary\n, 11 de octubre de 1940, p. 262. <<",
 [C(sh([F("Halder")], "Diary"), "262")]),
(PFR, "[77] Weizsäcker, anotación del 21 de octubre de 1940 en el diario,\nPapiere\n, p. 221. <<",
 [C(sh([F("Weizsäcker")], "Papiere"), "221")]),
(PFR, "[78] Paul Schmidt,\nHitler’s Interpreter: The Secret History of German Diplomacy 1935-1945\n, Londres, 1951, p. 193;\nLa Vanguardia Española\n, 24 de octubre de 1940;\nThe Memoirs of Field-Marshal Keitel\n, Londres, 1965, p. 125; Serrano Súñer,\nMemorias\n, pp. 289-290; testimonio de Serrano Súñer, 21.XI.90. <<",
 [C(book("Hitler’s Interpreter: The Secret History of German Diplomacy 1935-1945", [P("Paul", "Schmidt")], place="Londres", year=1951), "193"),
  C(paper(None, None, "La Vanguardia Española", Y(1940, 10, 24))),
  C(book("The Memoirs of Field-Marshal Keitel", place="Londres", year=1965), "125"),
  C(sh([F("Serrano Súñer")], "Memorias"), "289–290")]),
(PFR, "[79] José María Sánchez Silva y José Luis Sáenz de Heredia,\nFranco… ese hombre\n, Madrid, 1975, p. 139. Declaraciones de Franco a\nLe Figaro\n, 13 de junio de 1958, reproducidas en Francisco Franco,\nDiscursos y mensajes del Jefe del Estado 1955-1959\n, Madrid, 1960, p. 479. Cf. Trythall,\nFranco\n, p. 171. <<",
 [C(book("Franco… ese hombre", [P("José María", "Sánchez Silva"), P("José Luis", "Sáenz de Heredia")], place="Madrid", year=1975), "139"),
  C(paper(None, None, "Le Figaro", Y(1958, 6, 13))),
  C(book("Discursos y mensajes del Jefe del Estado 1955-1959", [P("Francisco", "Franco")], place="Madrid", year=1960), "479"),
  C(sh([F("Trythall")], "Franco"), "171")]),
# --- French: notes of Walckenaer's Mémoires on Madame de Sévigné (bitlit.ru; short forms with `t. LXVI`, two editions
#     of one work cited with their own pages `t. II, p. 305, édit. G.; t. II, p. 259, édit. M.`, `in-12`, cross-references
#     to the book itself `la 3e partie de ces Mémoires`, which cite no work)
(WAL, "[268] Sévigné, Lettres (6 décembre 1671), t. II, p. 305, édit. G.; t. II, p. 259, édit. M.",
 [C(sh([F("Sévigné")], "Lettres", volume="II"), "305"),
  C(sh([F("Sévigné")], "Lettres", volume="II"), "259")]),
(WAL, "[269] Conférez la 3e partie de ces Mémoires, p. 94 et 95, chap. V.—Caylus, Souvenirs, t. LXVI, p. 382.—La Beaumelle, Mémoires de madame de Maintenon, chap. I et II, p. 1-18.",
 [C(sh(CAY, "Souvenirs", volume="LXVI"), "382"),
  C(sh(BEAU, "Mémoires de madame de Maintenon"), "1–18")]),
(WAL, "[270] Caylus, Souvenirs, t. LXVI, p. 388.",
 [C(sh(CAY, "Souvenirs", volume="LXVI"), "388")]),
(WAL, "[271] Le premier mourut à l'âge de trois ans; le second, Auguste de Bourbon, depuis duc du Maine, était né le 31 mars 1670. Conférez Caylus, Souvenirs, t. LXVI, p. 384, et la 3e partie de ces Mémoires, chap. XII, p. 208 à 213.",
 [C(sh(CAY, "Souvenirs", volume="LXVI"), "384")]),
(WAL, "[272] Anne-Marie de Bourbon, dite mademoiselle de Blois, naquit à Vincennes le 2 octobre 1666, et Louis de Bourbon, comte de Vermandois, naquit un an après, le 2 octobre 1667.",
 []),
(WAL, "[273] La terre de Vaujour et la baronnie de Saint-Christophe furent érigées en duché-pairie par lettres patentes données à Saint-Germain en Laye au mois de mai 1667.",
 []),
(WAL, "[274] Mémoires de François de Maucroix; 1842, in-12, p. 32 et 33 chap. XX.",
 [C(book("Mémoires de François de Maucroix", year=1842), "32 et 33")]),
(WAL, "[275] Voyez la 3e partie de ces Mémoires, p. 209, chap. XII.",
 []),
(WAL, "[276] Caylus, Souvenirs, t. LXVI, p. 379.—Lettres de madame de Maintenon, édit. de Sautereau de Marsy, t. I, p. 50 (Lettre à mademoiselle d'Heudicourt, 24 mars 1669).—La Beaumelle, édit. de 1756, t. I, p. 48.—Bossuet, Œuvres, édit. de Versailles, t. XXXVII, p. 57, 59, 65 (Lettre au maréchal de Bellefonds, 25 décembre 1673).—De Bausset, Hist. de Bossuet, liv. VI, t. II, p. 30-35.",
 [C(sh(CAY, "Souvenirs", volume="LXVI"), "379"),
  C(book("Lettres de madame de Maintenon", editor=[F("Sautereau de Marsy")], volume="I"), "50"),
  C(sh(BEAU, None, volume="I", issued=Y(1756)), "48"),
  C(sh([F("Bossuet")], "Œuvres", volume="XXXVII"), "57, 59, 65"),
  C(sh([F("De Bausset")], "Hist. de Bossuet", volume="II"), "30–35")]),
(WAL, "[277] La Beaumelle, Mémoires de Maintenon, t. VI, p. 210 (1er entretien).",
 [C(sh(BEAU, "Mémoires de Maintenon", volume="VI"), "210")]),
# --- Italian: notes of Luigi Morandi's Origine della lingua italiana (bitlit.ru; `Legum tom. I (Hannoverae, 1835)`,
#     `colonna 338`, `ap. Du Chesne`, `ediz. cit.`, `parte prima`, Dante by canto and line, `curata dal Fraticelli`)
(MOR, "[98] Pertz, Monumenta Germaniae historica; Legum tom. I (Hannoverae, 1835); pag. 52–53 e 64–65.",
 [C(book("Monumenta Germaniae historica", [F("Pertz")], place="Hannoverae", year=1835, volume="I", **{"volume-title": "Legum"}), "52–53 e 64–65")]),
(MOR, "[99] Sacrosancta Concilia etc.; tom. IX (Venetiis, 1729); colonna 338.",
 [C(book("Sacrosancta Concilia etc.", place="Venetiis", year=1729, volume="IX"), "338", "column")]),
(MOR, "[100] Lupi Ferrariensis Epistolae, ap. Du Chesne, Historiae Francorum Scriptores; tom. II, pag. 727.",
 [C({"type": "chapter", "title": "Lupi Ferrariensis Epistolae", "container-title": "Historiae Francorum Scriptores", "editor": [F("Du Chesne")], "volume": "II"}, "727")]),
(MOR, "[101] Ibid., pag. 778–79; e Muratori, Diss. XLIII, ediz. cit., tom. VIII, col. 528–29.",
 [C(sh([F("Muratori")], "Diss. XLIII", volume="VIII"), "528–29", "column")]),
(MOR, "[102] Ghirardacci, Historia di Bologna; parte prima (Bologna, 1596); pag. 279.",
 [C(book("Historia di Bologna", [F("Ghirardacci")], place="Bologna", year=1596, **{"part-number": "prima"}), "279")]),
(MOR, "[103] Purgat., XI, 97–99.",
 [C(sh(None, "Purgat."))]),
(MOR, "[104] Convito, Tratt. I, cap. XI e XIII, ediz. Barbera (1857), curata dal Fraticelli.",
 [C(book("Convito", editor=[F("Fraticelli")], publisher="Barbera", year=1857), "XI e XIII", "chapter")]),
]
