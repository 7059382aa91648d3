# -*- coding: utf-8 -*-
# Thirty-fifth gathering (2026-11-25): 48 notes with 64 citations (17 of them short forms); no note is left without a
# citation (the bare `Uo.`/`Ibid.` and prose notes between the notes taken were left out, as the thirty-fourth did).
# Split by the hash of the note text (build_notes.py's rule) when the file is built; not run here.
# Subjects: Central and Eastern Europe in the twentieth century - Hungary and the Holocaust under Kállay, 1942-1943
# (Braham, A népirtás politikája, Hungarian edition), the Prague Spring of 1968 (a Reclam e-book, German), Poland under
# the Warsaw Pact (a German seminar paper), the KPD and the Soviet zone of Germany in 1945 (a Springer chapter), the
# communist takeover in Czechoslovakia 1944-1948 (Kusin's chapter) and communist rule there c. 1950 (World Politics),
# and Czech national history and the environment under communism (Agnew, The Czechs and the Lands of the Bohemian Crown).
# Languages, by the language of the note text: Hungarian 11 (Braham), German 7 (Reclam 6, seminar paper 1), English 30
# (World Politics 12, Kusin 7, Agnew 6, KPD chapter 5; all of them citing Czech or German titles) - 18 of 48 (37.5%)
# not English.
# SHORTFALL, stated plainly: 48 notes, not 60-80; no Polish note and no Czech or Slovak note at all; German 7 of the 12
# asked; non-English 37.5%, not two thirds; 7 works, not 8. The `pages` index shows every page only from its beginning
# (about 2,000 characters), so only pages that open with notes can be used. Searches in Polish (`Tamże, s.`, `op. cit.`,
# `Zob.`, `Przypisy`, PZPR, Gomułka, Solidarność, Powstanie Warszawskie, AK, IPN, fb2.top and knigalit.ru readers), Czech
# (`Tamtéž, s.`, `Srov.`, `Poznámky`, KSČ, únor 1948, protektorát, ÚSTR, Soudobé dějiny on docplayer.cz), Hungarian and
# German (`Ebd.`, `a.a.O.`, `Anmerkungen`, `Endnoten`, SED, DDR, Springer and e-bookshelf pages, yumpu) returned body
# text, catalogue and review pages, Wikipedia mirrors, or works already in the set: Davies's Boże igrzysko (fb2.top, both
# volumes; the Polish edition is the sixth's), Irving's Felkelés/Aufstand in Ungarn (you-books.com, yumpu.com; the
# thirty-fourth's), the Vienna Prague-1968 dossier (hpb.univie.ac.at, historisch-politische-bildung.at), the Dokumentation
# der Vertreibung (doku.zentrum-gegen-vertreibung.de, the ninth's), the Springer chapter on the GDR Staatsrat (the sixth's),
# the Theatrum historiae article on adoc.pub (used). Left out as cut off by the excerpt or unclear at their boundaries: the
# scribd paper on the birth of Solidarity (note 2 runs past the excerpt), a Soudobé dějiny review on docplayer.cz, a Merkur
# article, the Hungarian police-history series on gportal.hu (notes merged into the text), simplybooks.in (Russian notes).
# Pages: 8 (of 7 works), none a `where` address of notes.jsonl or of any _build/*.py (all collected and compared by script);
# a distinctive title of each work (Braham/Kállay, Schulze Wessel's Prague Spring, Scheitern des Sozialismus, Drei
# Volksdemokratien and Four Power Control, Communist Power in Europe, Problems of Communist Rule, Heart of Europe and The
# Coasts of Bohemia) was grepped in both places with no hit. No work gives more than 12 notes (World Politics 12, Braham 11).
# Sites new to the set: mek.oszk.hu page-by-page books (oldalankent), umbreit.e-bookshelf.de, cupdf.com, cz.doczz.net,
# rd.springer.com (used before for the Staatsrat chapter only), globalauthorid.com and homsy-staging.cambridgecore.org
# (used before for other chapters and articles).
# Pages and shapes:
#  - mek.oszk.hu (Braham250.htm, Braham251.htm; notes 9-16, 23-33 of the Kállay chapter): Hungarian notes with names
#    family first (`Adonyi Ferenc:`), `Szerk.:`, `Bp.`, `Második kiadás`, `i. m.`, `i m.`, OCR `t. m.` and `82.0`, `Uo.`,
#    `Vö.`, `L. még:`, `Lásd`, `2:11-13. o.`, `2:162. és köv. o.`, `109., 127. o.`, `1962,139-142. o.`, `idézi`, documents
#    by siglum and number (`RLB, 66. dok. (NG-258f>).`, `A Wílhelmstrasse és Magyarország. 487. dok.`), an English book
#    with `Szerk.: Raul Hil-berg`, a German book `A szerző saját kiadásában, Schorndorf`, a parliamentary journal by date.
#  - umbreit.e-bookshelf.de (Reclam e-book on the Prague Spring, the endnotes of the introduction, numbers lost): titles in
#    »…«, `in: Jiří Gruša / Tomas Kosta (Hrsg.)`, `S. 1124, hier S. 11` (span lost its dash), `19561967`, `Brünn (Brno)`,
#    `Ithaca (NY)`, `Kopeček (2009)` plus a bracketed editorial remark, short forms by author and title, a Czech party
#    document named in prose, a typo `Frühliungs`.
#  - cupdf.com (German seminar paper on Poland; footnote 1 of the first page, number glued): `Vgl. Financial Times
#    Deutschland vom 28. Dezember 2011, S. 23.`
#  - globalauthorid.com (Springer chapter, KPD 1945, notes 1-5): `(Cologne, 1972), p. 395.`, `(Cologne/Berlin, 1963) p. 455.`,
#    `H. Weber, ed., …`, two authors with `and`.
#  - rd.springer.com (Kusin, chapter on Czechoslovakia 1944-48; list items `1. 6.` … `7. 14.`, `Google Scholar` glued):
#    Czech books `(Prague, 1974) pp. 180–1`, `Spisy, vol. 12`, a chapter `‘…’ in Ze čtyřiceti let zápasu KSČ`, an
#    article `in Soviet Studies (October 1975) pp. 396–417`, `Quoted in`.
#  - homsy-staging.cambridgecore.org (World Politics, Problems of Communist Rule in Czechoslovakia, notes 1-16 less the
#    bare `Ibid.` notes 2 and 12 and the newspaper notes 10-11): `Rude Pravo, October 10, 1950.`, two newspaper dates in one
#    note, Czech titles without diacritics followed by an English gloss in parentheses, a ministry and a central committee
#    as publishers, `Prague-Orbis, 1948`, `Frejka, L., …` inverted, `Czechoslovak Economic Bulletin, No. 12, March 18, 1948.`
#  - cz.doczz.net (Agnew, notes 1-6 to chapter 1; PDF text with combining accents `Vladimı́r`, `Kočı́`): Chicago notes,
#    `2d ed.`, `(1848; Prague: B. Kočı́, 1908)`, `translated by`, `compiled by`, `Slavic Review 42, no. 2 (Summer 1983):
#    204–20`, `Kramer, ‘‘Chernobyl’ …’’`, a web page `Radio Free Europe/Radio Liberty, Newsline, …, May 5, 2000
#    ⬍http://www.rferl.org/ newsline/…⬎`, `and chapter 17`.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - Hungarian `i. m.` (`id. mű`) after a surname is a short form by author alone; `Uo.` is ibid (bare `Uo.` notes were not
#    taken); the OCR `t. m.` is read as `i. m.`; `82.0` (OCR for `82. o.`) gives locator "82"; the page label `o.` is dropped.
#  - `2:11-13. o.` gives `volume` "2" on the record and locator "11–13"; `2:162. és köv. o.` gives the short form `volume`
#    "2" and locator "162. és köv." (like `S. 202 f.` before); a hyphen range printed in a locator is given with an en dash,
#    a hyphen inside a title is kept (`Magyarország külpolitikája 1919-1945`).
#  - A document number (`66. dok.`, `487. dok.`) gives no locator, like the ninth's `Nr. 20`; a Nuremberg document
#    signature `(NG-258f>)` is archival and not listed; the siglum `RLB` is a short form whose title is the siglum.
#  - `Második kiadás` gives `edition` "2"; `idézi` (quoted in) cites both works; `A szerző saját kiadásában` (published by
#    the author) is kept as the publisher as printed; `Hil-berg` is kept as printed, since the page breaks no line there.
#  - `Képviselőházi Napló, 1942. március 19.` is a `periodical` with the day as `issued` (the thirty-second's bulletin rule).
#  - `S. 1124, hier S. 11` gives the chapter `page` "1124" as printed (a span that lost its dash, like the sixth's `p. 3943`)
#    and locator "11"; `Kopeček (2009)` is an author-date short form with `issued` (the eighth); a bracketed editorial
#    remark after a reference is no field.
#  - A document named in prose by title with its issuing body (`die Kommunistische Partei der Tschechoslowakei … die
#    Rechtfertigungsschrift »Poučení …«`) is a short form with that body as a `literal` author.
#  - An English gloss in parentheses after a non-English title is not part of the title; `Prague-Orbis` gives place
#    "Prague" and publisher "Orbis"; a ministry or central committee printed after the title is the `publisher`.
#  - A bulletin cited by `No.` and date is a `periodical` with `issue`; `(October 1975)` gives `issued` 1975-10; a season
#    (`Summer 1983`) is dropped from `issued`.
#  - `compiled by` gives `editor` (the ninth); `(1848; Prague: …, 1908)` gives `original-date` 1848 (the eighth's 1889/1986).
#  - A URL broken by a space at a line end is given without the space; the ⬍…⬎ brackets are not part of it; an internal
#    cross-reference (`and chapter 17`, `az 1. fejezetben`) is not listed.
#  - Combining accents in the PDF text (`Vladimı́r` = dotless i + U+0301) are kept as printed in note and gold alike.
# Doubtful: `RLB` as a short-form title (Braham's own documentary collection, expanded elsewhere in the book); `82.0` read
# as 82; `t. m.` read as `i. m.`; the Reclam book's identity (the page does not name it; author and title not verified);
# the KPD chapter's book (globalauthorid shows only the note list); Agnew's book is a general Czech history (notes 1-6 touch
# national identity, 1989 and the environment under communism); World Politics notes given without diacritics as printed.
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


BR1 = "https://mek.oszk.hu/11500/11506/html/oldalankent2/Braham250.htm"
BR2 = "https://mek.oszk.hu/11500/11506/html/oldalankent2/Braham251.htm"
PF = "https://umbreit.e-bookshelf.de/products/reading-epub/product-id/10542415"
PW = "https://cupdf.com/document/das-scheitern-des-sozialismus-in-polen-zu-zeiten-des-warschauer-paktes.html"
KPD = "http://globalauthorid.com/WebPortal/ArticleView?wd=03E459076164F53EB4CCBA521A6C31195A850C2F5ED22195DB6618A2E8E378A3"
KU = "https://rd.springer.com/chapter/10.1007/978-1-349-02617-3_5"
WP = "https://homsy-staging.cambridgecore.org/core/journals/world-politics/article/abs/problems-of-communist-rule-in-czechoslovakia/4FC6DA051EEFE1082A0700EE2801A75E"
AG = "http://cz.doczz.net/doc/1337/the-czechs-and-the-lands-of-the-bohemian-crown"

KALLAY = [F("Kállay")]
RLB = sh(title="RLB")
RP = "Rude Pravo"
MACURA = [P("Vladim\u0131\u0301r", "Macura")]

THIRTYFIFTH = [
# --- mek.oszk.hu (Braham, A népirtás politikája, the Hungarian edition of The Politics of Genocide, page by page; notes
# to the chapter on the Kállay era, pages 250-251): Hungarian notes, names family first, `i. m.`, `Uo.`, `o.`, `Szerk.:`,
# `Bp.`, `2:11-13. o.` (volume:page), `és köv. o.`, `Vö.`, `L. még`, an OCR `t. m.` for `i. m.` and `82.0` for `82. o.`,
# documents cited by siglum and number (`RLB, 66. dok.`); the bare `Uo.` and prose notes 12-13, 17-22, 24 and 27-32 not taken
(BR1, "9. Adonyi Ferenc: A magyar katona a második világháborúban. Klagenfurt, 1954. 58. o., valamint Magyarország honvédelme a második világháború előtt és alatt. Szerk.: Dálnoki Veress Lajos. München, 1974, 2:11-13. o., idézi Ránki György: 1944. március 19. Második kiadás, Kossuth, Bp., 1978, 109., 127. o.",
 [C(book("A magyar katona a második világháborúban", [P("Ferenc", "Adonyi")], place="Klagenfurt", year=1954), "58"),
  C(book("Magyarország honvédelme a második világháború előtt és alatt", editor=[P("Lajos", "Dálnoki Veress")], place="München", year=1974, volume="2"), "11–13"),
  C(book("1944. március 19.", [P("György", "Ránki")], publisher="Kossuth", place="Bp.", year=1978, edition="2"), "109., 127")]),
(BR1, "10. Kállay „titkos\" kapcsolatkeresését a nyugati hatalmakkal C. A. Macartney tárgyalja 2:162. és köv. o. Vö. Fenyő, i. m., Kállay, t. m. és Juhász Gyula: Magyarország külpolitikája 1919-1945. Kossuth, Bp., 1988. 285-386. o.",
 [C(sh([P("C. A.", "Macartney")], volume="2"), "162. és köv."),
  C(sh([F("Fenyő")])),
  C(sh(KALLAY)),
  C(book("Magyarország külpolitikája 1919-1945", [P("Gyula", "Juhász")], publisher="Kossuth", place="Bp.", year=1988), "285–386")]),
(BR1, "11. Kállay, i m., 70. o.",
 [C(sh(KALLAY), "70")]),
(BR1, "14. Képviselőházi Napló, 1942. március 19. 92-93. o. L. még: Kállay, i. m., 82.0.",
 [C({"type": "periodical", "title": "Képviselőházi Napló", "issued": Y(1942, 3, 19)}, "92–93"),
  C(sh(KALLAY), "82")]),
(BR1, "15. Johann Weidlen: Der Ungarische Antisemitismus in Dokumenten. A szerző saját kiadásában, Schorndorf, 1962,139-142. o.",
 [C(book("Der Ungarische Antisemitismus in Dokumenten", [P("Johann", "Weidlen")], publisher="A szerző saját kiadásában", place="Schorndorf", year=1962), "139–142")]),
(BR1, "16. Mielőtt Kállay a zsidók tervezett kitelepítéséről nyilatkozott volna, előzőleg informálta „a zsidóság hivatalos vezetőit\". Lásd Kállay, i m., 99. o. Erről a nyilatkozatról és Kállay többi antiszemita nyilatkozatairól lásd Weidlein, i. m., 143-161. o. A napisajtóban nem jelent meg ilyen nyilatkozat Kállaytól.",
 [C(sh(KALLAY), "99"),
  C(sh([F("Weidlein")]), "143–161")]),
(BR2, "23. RLB, 66. dok. (NG-258f>).",
 [C(RLB)]),
(BR2, "25. A Wílhelmstrasse és Magyarország. 487. dok.",
 [C(sh(title="A Wílhelmstrasse és Magyarország"))]),
(BR2, "26. Documents of Destruction. Germany andjewry, 1933-1945. Szerk.: Raul Hil-berg. Quadrangle Books, Chicago, 1971, 188. o.",
 [C(book("Documents of Destruction. Germany andjewry, 1933-1945", editor=[P("Raul", "Hil-berg")], publisher="Quadrangle Books", place="Chicago", year=1971), "188")]),
(BR2, "28. RLB, 68. dok.",
 [C(RLB)]),
(BR2, "33. Kállay, i. m., 123. o. Beszédének ezt a részét Jagow azonnal jelentette a német külügyminisztériumnak. RLB, 81-82. dok.",
 [C(sh(KALLAY), "123"),
  C(RLB)]),
# --- umbreit.e-bookshelf.de (a Reclam e-book on the Prague Spring, the endnotes of the introduction; note numbers lost):
# German notes, titles in »…«, `in: … (Hrsg.)`, `hier S. 11`, a chapter span that lost its dash (`S. 1124`), years that lost
# theirs (`19561967`), `Brünn (Brno)`, `Ithaca (NY)`, an author-year reference to the bibliography (`Kopeček (2009)`),
# short forms by author and title, a party document named in prose
(PF, "Heinrich Böll, »Der Panzer zielte auf Kafka. Vier Tage in Prag«, in: Jiří Gruša / Tomas Kosta (Hrsg.), Prager Frühling – Prager Herbst. Blicke zurück und nach vorn von Heinrich Böll, Jiři Dienstbier, Alexander Dubček, Köln 1988, S. 1124, hier S. 11.",
 [C(chap("Der Panzer zielte auf Kafka. Vier Tage in Prag", [P("Heinrich", "Böll")], "Prager Frühling – Prager Herbst. Blicke zurück und nach vorn von Heinrich Böll, Jiři Dienstbier, Alexander Dubček", editor=[P("Jiří", "Gruša"), P("Tomas", "Kosta")], place="Köln", year=1988, page="1124"), "11")]),
(PF, "Die Vorgeschichte des Prager Frühlings betonen z. B.: Vladimir V. Kusin, The Intellectual Origins of the Prague Spring. The Development of Reformist Ideas in Czechoslovakia 19561967, London 1971; Karel Kaplan, Kořeny reformy 19561968. Společnost a moc, Brünn (Brno) 2008. Als Beispiel für eine Wirkungsgeschichte der Niederschlagung des Prager Frühlings vgl. Paulina Bren, The Greengrocer and his TV. The Culture of Communism after the 1968 Prague Spring, Ithaca (NY) 2010.",
 [C(book("The Intellectual Origins of the Prague Spring. The Development of Reformist Ideas in Czechoslovakia 19561967", [P("Vladimir V.", "Kusin")], place="London", year=1971)),
  C(book("Kořeny reformy 19561968. Společnost a moc", [P("Karel", "Kaplan")], place="Brünn (Brno)", year=2008)),
  C(book("The Greengrocer and his TV. The Culture of Communism after the 1968 Prague Spring", [P("Paulina", "Bren")], place="Ithaca (NY)", year=2010))]),
(PF, "Im weiteren Sinne dazu: Kopeček (2009) [die in die »Bibliographie«, S. 312 ff., aufgenommene Forschungsliteratur wird im Folgenden zitiert unter Nennung des Autor- bzw. Herausgebernamens und des Erscheinungsjahrs].",
 [C(sh([F("Kopeček")], issued=Y(2009)))]),
(PF, "Vgl. Dubček, Leben für die Freiheit [die in die »Bibliographie«, S. 310 ff., aufgenommenen Quellen werden im Folgenden zitiert unter Nennung des Autor- bzw. Herausgebernamens und des Kurztitels]. Mit umgekehrten Vorzeichen gab die Kommunistische Partei der Tschechoslowakei nach der Niederschlagung des Prager Frühliungs die Rechtfertigungsschrift »Poučení z krizového vývoje ve straně a společnosti po XIII. sjezdu KSČ« heraus, die am 10. Dezember 1970 von ihrem Zentralkomitee offiziell als Parteidokument angenommen wurde.",
 [C(sh([F("Dubček")], "Leben für die Freiheit")),
  C(sh([L("Kommunistische Partei der Tschechoslowakei")], "Poučení z krizového vývoje ve straně a společnosti po XIII. sjezdu KSČ"))]),
(PF, "Vgl. z. B. die Memoiren von Zdeněk Mlynář, Nachtfrost.",
 [C(sh([P("Zdeněk", "Mlynář")], "Nachtfrost"))]),
(PF, "Petr Pithart, Osmašedesátý.",
 [C(sh([P("Petr", "Pithart")], "Osmašedesátý"))]),
# --- cupdf.com (a German seminar paper on the failure of socialism in Poland under the Warsaw Pact, the first footnote of
# the PDF's first page; number glued): a newspaper by date with `vom`
(PW, "1 Vgl. Financial Times Deutschland vom 28. Dezember 2011, S. 23.",
 [C(paper(None, None, "Financial Times Deutschland", Y(2011, 12, 28)), "23")]),
# --- globalauthorid.com (a Springer chapter's note list on the KPD and the Soviet zone in 1945, the book not shown):
# English notes citing German books, `(Cologne, 1972), p. 395.` with and without a comma before `p.`, `ed.` after the
# editor, two places joined by a slash
(KPD, "1. H. Duhnke, Die K.P.D. zwischen 1933 und 1945 (Cologne, 1972), p. 395.",
 [C(book("Die K.P.D. zwischen 1933 und 1945", [P("H.", "Duhnke")], place="Cologne", year=1972), "395")]),
(KPD, "2. H. Weber, ed., Der deutsche Kommunismus Dokumente (Cologne/Berlin, 1963) p. 455.",
 [C(book("Der deutsche Kommunismus Dokumente", editor=[P("H.", "Weber")], place="Cologne/Berlin", year=1963), "455")]),
(KPD, "3. K. Kühn, Die letzte Runde. Widerstandsgruppe NKFD (Berlin/Potsdam, 1949) p. 31.",
 [C(book("Die letzte Runde. Widerstandsgruppe NKFD", [P("K.", "Kühn")], place="Berlin/Potsdam", year=1949), "31")]),
(KPD, "4. M. Balfour and J. Mair, Four Power Control in Germany and Austria 1945–1946 (London, 1956) p. 135.",
 [C(book("Four Power Control in Germany and Austria 1945–1946", [P("M.", "Balfour"), P("J.", "Mair")], place="London", year=1956), "135")]),
(KPD, "5. W. Diepenthal, Drei Volksdemokratien (Cologne, 1974) p. 29.",
 [C(book("Drei Volksdemokratien", [P("W.", "Diepenthal")], place="Cologne", year=1974), "29")]),
# --- rd.springer.com (Kusin's chapter on the communist takeover in Czechoslovakia, 1944-1948, as Springer lists its notes:
# `1. 6.`, `Google Scholar` glued on): English notes citing Czech books, `vol. 12`, `‘…’ in …` for a chapter, a journal by
# month only, `Quoted in`, `pp. 180–1`
(KU, "1. 6.\n    Vilém Nový, Život a revoluce (Prague, 1974) pp. 180–1.Google Scholar",
 [C(book("Život a revoluce", [P("Vilém", "Nový")], place="Prague", year=1974), "180–1")]),
(KU, "2. 7.\n    A very useful overview of party membership is presented in Gordon Wightman and Archibald H. Brown, ‘Changes in the Levels of Membership and Social Composition of the Communist Party of Czechoslovakia, 1945–73’, in Soviet Studies (October 1975) pp. 396–417.Google Scholar",
 [C(art("Changes in the Levels of Membership and Social Composition of the Communist Party of Czechoslovakia, 1945–73", [P("Gordon", "Wightman"), P("Archibald H.", "Brown")], "Soviet Studies", year=Y(1975, 10), page="396–417"))]),
(KU, "3. 8.\n    Klement Gottwald, Spisy, vol. 12 (Prague, 1955) p. 21.Google Scholar",
 [C(book("Spisy", [P("Klement", "Gottwald")], place="Prague", year=1955, volume="12"), "21")]),
(KU, "4. 9.\n    Antonin Faltys, ‘K historii výstavby strany v letech 1945–1960’ in Ze čtyřiceti let zápasu KSČ (Prague, 1961) p. 446.Google Scholar",
 [C(chap("K historii výstavby strany v letech 1945–1960", [P("Antonin", "Faltys")], "Ze čtyřiceti let zápasu KSČ", place="Prague", year=1961), "446")]),
(KU, "5. 12.\n    Hubert Ripka, Czechoslovakia Enslaved (London, 1950) p. 59.Google Scholar",
 [C(book("Czechoslovakia Enslaved", [P("Hubert", "Ripka")], place="London", year=1950), "59")]),
(KU, "6. 13.\n    Quoted in Jindřich Veselý, Kronika únorových dnu 1948 (Prague, 1958) p. 27.Google Scholar",
 [C(book("Kronika únorových dnu 1948", [P("Jindřich", "Veselý")], place="Prague", year=1958), "27")]),
(KU, "7. 14.\n    Milovan Djilas, Conversations with Stalin (London, 1962) p. 116.Google Scholar",
 [C(book("Conversations with Stalin", [P("Milovan", "Djilas")], place="London", year=1962), "116")]),
# --- homsy-staging.cambridgecore.org (World Politics, 1951, Problems of Communist Rule in Czechoslovakia, the notes as the
# abstract page lists them; Czech without diacritics): a Czech newspaper by date (`Rude Pravo, October 10, 1950.`), two
# dates in one note, Czech titles with an English gloss in parentheses, a corporate publisher, `Prague-Orbis`, a bulletin
# by number and date, `Google Scholar` glued on; the bare `Ibid.` notes 2 and 12 not taken
(WP, "1 For details, see Pruni Ceskoslovensky Petilety Plan (The First Czechoslovak Five Year Plan), Czechoslovak Ministry of Information, Prague, 1948.",
 [C(book("Pruni Ceskoslovensky Petilety Plan", publisher="Czechoslovak Ministry of Information", place="Prague", year=1948))]),
(WP, "3 Rude Pravo, October 10, 1950.",
 [C(paper(None, None, RP, Y(1950, 10, 10)))]),
(WP, "4 Rude Pravo, September 17, 1950.",
 [C(paper(None, None, RP, Y(1950, 9, 17)))]),
(WP, "5 See comments by CP Secretary General Rudolf Slansky at the Communist Congress in May 1949 (Rude Pravo, May 27, 1949); also Rude Pravo, September 17, 1950.",
 [C(paper(None, None, RP, Y(1949, 5, 27))),
  C(paper(None, None, RP, Y(1950, 9, 17)))]),
(WP, "6 Rude Pravo, October 19, 1950.",
 [C(paper(None, None, RP, Y(1950, 10, 19)))]),
(WP, "7 For an account of the Party Congress, see Protokol IX. Sjezdu KSC (Minutes of the IX Congress of the Czechoslovak CP), Central Committee of the Czechoslovak CP, 1949.",
 [C(book("Protokol IX. Sjezdu KSC", publisher="Central Committee of the Czechoslovak CP", year=1949))]),
(WP, "8 Rude Pravo, September 16, 1950.",
 [C(paper(None, None, RP, Y(1950, 9, 16)))]),
(WP, "9 Rude Pravo, May 27, 1950.",
 [C(paper(None, None, RP, Y(1950, 5, 27)))]),
(WP, "13 Obrana Lidu, June 15, 1950.",
 [C(paper(None, None, "Obrana Lidu", Y(1950, 6, 15)))]),
(WP, "14 Rude Pravo, May 24, 1950.",
 [C(paper(None, None, RP, Y(1950, 5, 24)))]),
(WP, "15 Frejka, L., 26, unor 1948 v Ceskoslovenskem hospodarstvi (The Meaning of February 26, 1948, for the Czechoslovak Economy), Prague-Orbis, 1948, p. 64.Google Scholar",
 [C(book("26, unor 1948 v Ceskoslovenskem hospodarstvi", [P("L.", "Frejka")], publisher="Orbis", place="Prague", year=1948), "64")]),
(WP, "16 Czechoslovak Economic Bulletin, No. 12, March 18, 1948.",
 [C({"type": "periodical", "title": "Czechoslovak Economic Bulletin", "issue": "12", "issued": Y(1948, 3, 18)})]),
# --- cz.doczz.net (Agnew, The Czechs and the Lands of the Bohemian Crown, the notes to chapter 1; PDF text with its
# combining accents, `ı́`): Chicago notes citing Czech books, `2d ed.`, `(1848; Prague: B. Kočı́, 1908)`, `compiled by`,
# a web page by date with its address in ⬍…⬎ broken by a space, `Kramer, ‘‘Chernobyl’ …’’` (author repeated without the
# given name), a page-layout line between notes 6 and 7 (note 7 not taken)
(AG, "1. Poland, too, likes to see itself in this guise. See Norman Davies, Heart of Europe: The Past in Poland’s Present (Oxford: Oxford University Press, 2001).",
 [C(book("Heart of Europe: The Past in Poland’s Present", [P("Norman", "Davies")], publisher="Oxford University Press", place="Oxford", year=2001))]),
(AG, "2. Vladim\u0131\u0301r Macura, Znamen\u0131\u0301 zrodu: České obrozen\u0131\u0301 jako kulturn\u0131\u0301 typ, 2d ed. (Jinočany: H&H, 1995), pp. 170–77; Milan Kundera, ‘‘A Kidnapped West or Culture Bows Out,’’ translated by Edmund White, Granta 11 (1984): 93–122.",
 [C(book("Znamen\u0131\u0301 zrodu: České obrozen\u0131\u0301 jako kulturn\u0131\u0301 typ", MACURA, publisher="H&H", place="Jinočany", year=1995, edition="2"), "170–77"),
  C(art("A Kidnapped West or Culture Bows Out", [P("Milan", "Kundera")], "Granta", "11", year=1984, page="93–122", translator=[P("Edmund", "White")]))]),
(AG, "3. See František Palacký, Dějiny národu českého v Čechách a na Moravě (1848; Prague: B. Koč\u0131\u0301, 1908), pp. 7–8, and Vladim\u0131\u0301r Macura, Český sen (Prague: Nakladatelstv\u0131\u0301 Lidové noviny, 1999), pp. 63–77.",
 [C(book("Dějiny národu českého v Čechách a na Moravě", [P("František", "Palacký")], publisher="B. Koč\u0131\u0301", place="Prague", year=1908, **{"original-date": Y(1848)}), "7–8"),
  C(book("Český sen", MACURA, publisher="Nakladatelstv\u0131\u0301 Lidové noviny", place="Prague", year=1999), "63–77")]),
(AG, "4. See Derek Sayer, The Coasts of Bohemia: A Czech History (Princeton, N. J.: Princeton University Press, 1998).",
 [C(book("The Coasts of Bohemia: A Czech History", [P("Derek", "Sayer")], publisher="Princeton University Press", place="Princeton, N. J.", year=1998))]),
(AG, "5. See: John M. Kramer, ‘‘The Environmental Crisis in Eastern Europe: The Price for Progress,’’ Slavic Review 42, no. 2 (Summer 1983): 204–20; Kramer, ‘‘Chernobyl’ and Eastern Europe,’’ Problems of Communism 35 (November-December 1986): 42, 47–50; Radio Free Europe/Radio Liberty, Newsline, Central and Eastern Europe, May 5, 2000 ⬍http://www.rferl.org/ newsline/2000/05/3-cee/cee-030500.html⬎, and chapter 17.",
 [C(art("The Environmental Crisis in Eastern Europe: The Price for Progress", [P("John M.", "Kramer")], "Slavic Review", "42", "2", 1983, page="204–20")),
  C(art("Chernobyl’ and Eastern Europe", [F("Kramer")], "Problems of Communism", "35", year=1986), "42, 47–50"),
  C({"type": "webpage", "title": "Newsline, Central and Eastern Europe", "author": [L("Radio Free Europe/Radio Liberty")], "issued": Y(2000, 5, 5), "URL": "http://www.rferl.org/newsline/2000/05/3-cee/cee-030500.html"})]),
(AG, "6. Miroslav Vaněk, ‘‘Poroben\u0131\u0301 př\u0131\u0301rody,’’ in Proč jsme v listopadu vyšli do ulic, compiled by Jiř\u0131\u0301 Vančura (Brno: Doplněk, 1999), pp. 133–54.",
 [C(chap("Poroben\u0131\u0301 př\u0131\u0301rody", [P("Miroslav", "Vaněk")], "Proč jsme v listopadu vyšli do ulic", editor=[P("Jiř\u0131\u0301", "Vančura")], publisher="Doplněk", place="Brno", year=1999, page="133–54"))]),
]
