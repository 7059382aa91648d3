# -*- coding: utf-8 -*-
# Thirteenth gathering (2026-11-25): 94 footnotes and endnotes (116 citations, 48 of them short forms) from 10 pages not
# used before (none of the `where` addresses of notes.jsonl or of the earlier gathering files). Four sites are new to the
# set (full-english-books.net, mtosmt.org, onlinekniga.com, archaeologydataservice.ac.uk); the rest are other books or
# articles on sites used before (epubs.bibliotk.mx, trantor.is, booksonline.com.ua, bitlit.ru,
# homsy-staging.cambridgecore.org, github.com), because the search index gives a page's text only from its beginning.
# The German notes come from a Markdown file of a public repository, pinned to its commit. Gold written by hand from the
# note text; no parser was run.
# Languages: English 45, Russian 16, German 14, Spanish 13, Italian 6 (49 non-English).
# Subjects: Spanish politics in 1933 (the PSOE and the Republic), musicology (early opera, Mozart's quartets, Beethoven),
# Byzantine literature, the Russian Time of Troubles, German copyright, database and trade-secret law, historiography of
# Machiavelli, English legal history (Blackstone), archaeological theory.
#  - Spanish: endnotes of a history of the Republic in an epub reader (`[1] … <<`, `pp. 166 y ss., 172-3`, newspapers
#    cited only by day `El Socialista, 15 y 30 de septiembre de 1933`, `28-IX-33`, `II (Crítica)`, a parliamentary
#    record `Cortes, Diario de sesiones`, a prose note `[a]`).
#  - English: Chicago endnotes of a history of music (`(New York: Norton, 1968, pp. 52–56,)`, `(2nd ed., Belmont, CA: …)`,
#    `s.v. “castrato.”`, a note ending in `p.` with no number); notes of a Music Theory Online article (`editors` after
#    the names, `Cambridge University Press,1995`, `217-218.`, surname-only short forms, a locator inside prose, a
#    critical edition described in brackets); endnotes of a Beethoven biography with italic titles on lines of their own
#    (`Kerman,\nBeethoven\nQuartets\n, 32.`, mojibake `FâGâA` kept); Cambridge Core references of an article on
#    Blackstone (inverted names, `Google Scholar`/`CrossRef` glued to the note, `8` printed for 3, `(hereafter cited as
#    Comm.)` and `II Comm. 77.`, statutes `31 Car. II, c. 2`, `op. cit.`, `(Oxford, 1765–1769)`); notes of an essay in an
#    archaeology e-journal (`Author. Year. Title. Place: Publisher.`, `(2nd ed.)`, `(1993 ed.)`, author–date references in
#    prose; the `Return to text` link line under each note was not copied, and note 5, a song on an album, was not taken).
#  - Russian: notes of a Soviet study of Byzantine literature (number on its own line, author–year `Любарский 1975, с.
#    114—139`, `Он же 1978`, `Op. cit.`, `специально с.`, `ер. 224`, `пер.`); notes of a popular book on the Time of
#    Troubles (`Т. 10. Кн. I.`, `Прим. 107.`, a title without imprint, web pages cited by bare URL, a prose note).
#  - German: footnotes of a knowledge-base page on data rights in German legal citation style (`[^2]:` Markdown footnotes
#    with four-space continuation lines, surnames in `*…*`, commentaries `in: Schricker/Loewenheim, 6. Aufl. 2020, § 4
#    UrhG, Rn. 38`, `in: *Dreier*/*Schulze*, UrhG`, `(Fn. 2)`, `ebd.`, `mwN`, court decisions `BGH, GRUR, 1991, 529 (530),
#    - Explosionszeichnungen -`, `EuGH, Urt. v. 29. Oktober 2015 (C-490/14)`, English titles in the notes). The page's
#    running text is English; its notes are counted as German.
#  - Italian: notes of Villari's Machiavelli (`[666].`, `op. cit., pag. VIII e seg.`, `Frankfurt a/M., Warrentrapp,
#    1833.` without the author's name, works named in prose `nei Critical and historical Essays del Macaulay`, `Ibidem`).
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - German legal commentaries: `*Leistner*, in: Schricker/Loewenheim, 6. Aufl. 2020, § 4 UrhG, Rn. 38` is a `chapter`
#    by the commentator with no `title`; names standing alone for the work (`Schricker/Loewenheim`, `BeckOK UrhR`) are its
#    `container-title` as printed, names followed by a title (`in: Dreier/Schulze, UrhG`, `in: Mes, Patentgesetz/…`) are
#    `container-author` with that title as `container-title`; `6. Aufl.` gives `edition` "6". The commented section
#    (`§ 4 UrhG`) and the margin number (`Rn. 38`, `Rn. 18 ff.`, `mwN`) give no locator, like `§ 12` and `Nr. 20` before.
#  - Court decisions (`legal_case`, as in the tenth): the decision's name between dashes is `title`, the court is
#    `authority` (a field not used before), the docket number (`C-490/14`, `I ZR 196/08`) is `number`, the decision date
#    is `issued`; reporter and first page as before, the page in parentheses (`529 (530)`) is the locator; `juris` is not
#    kept. `EuGH, (Fn. 10), - Verlag Esterbauer -` is a short form with `title` and `authority`.
#  - `*Leistner*, (Fn. 2)` (a back reference to a note) is a short form by author; `*Schulze*, ebd.` names an author and
#    is a short form by author too, unlike a bare `ebd.`/`Ibid.`/`Там же`, which gives none. `u. a.` is treated like
#    `et al.` (only the named author). A work named by author and title only, without container or imprint, in a legal
#    note (`*Beigman Klebanov* u. a., Analyzing Disagreements`) is a short form.
#  - An article's page range with no other pinpoint is the locator, as in the earlier gatherings (`C` below moves the
#    three golds that had it in `page`).
#  - Journals cited legal style (`GRUR 2020, 1025 (1028)`, `CR 2015, 137 (142) f.`): the first page is `page`, the page in
#    parentheses the locator (`142 f.` kept whole).
#  - Markdown source text is copied with its line breaks and four-space continuation indents; `*…*` stays in the note
#    and is dropped from the gold.
#  - A dictionary entry cited `s.v. “castrato”` is a `chapter` titled by the headword.
#  - Newspapers cited only by title and day are `article-newspaper` without `title`, one entry per day named (`15 y 30 de
#    septiembre` gives two); an author before the paper (`Largo, en Renovación, 28-IX-33`) is `author`.
#  - `(hereafter cited as Comm.)` makes the later `II Comm. 77.` a short form with `title` "Comm." and `volume` "II";
#    statutes (`31 Car. II, c. 2`) are not listed, like ancient texts.
#  - Author–year references (`Любарский 1975`, `Alvey 1993`, `Daniel and Chippindale 1989`) are short forms with
#    `issued` (the eighth's rule); `Он же 1978` is resolved to the author; a span with a pinpoint (`с. 175—221, специально
#    с. 194—199`) gives `page` and locator on the short form too; `пер. Т. А. Миллер` gives `translator`.
#  - A web page cited by author, title and bare URL is a `webpage` with `URL`; `… вв. 8.5 Значение новой династии, http…`
#    takes the section heading as `title`, the work's title as `container-title` and `8.5` as a chapter locator.
#  - `Т. 10. Кн. I.` gives `volume` "10" and `part-number` "I"; `Прим. 107.` gives no locator; the title `Митрополит` is
#    dropped and the monastic name `Макарий` is a `literal` author.
#  - `Sir James Frazer. 1922. The Golden Bough (1993 ed.)` gives `issued` 1993 and `original-date` 1922 (as `1889/1986`);
#    `Sir` is dropped. `(Oxford, 1765–1769)` gives an `issued` range.
#  - A note ending in `p.` with no number gives a short form without locator; `pag. VIII e seg.` keeps `e seg.` in the
#    locator (as `sgg.`); a work named in prose with its author (`del Macaulay`, `il Gervinus … nella sua Introduzione`)
#    is a short form; an imprint without the author's name (`Historische Schriften. Frankfurt a/M., …`) is a `book`
#    without `author`.
# Seven notes cite no work (three prose notes, `Ibidem, pag. 155.`, `Ibid. pp. 41–3.`, an anonymous song, a
# parliamentary record).
# By the hash rule 63 would be dev and 31 test.
# Doubtful: the bracketed critical edition in the first MTO note was read as one `book` with the whole series designation
# as title; `Monteverde, L’Incoronazione di Poppea, Libretto by G. F. Busenello` lists Monteverde as author and not the
# librettist; `XXVI, I (1983)` keeps `I` as issue as printed; `8.5` as a chapter locator; `FâGâA` may hide control
# characters the index dropped; `Largo` (Largo Caballero) is given by the surname printed; German commentaries without a
# title are `chapter`s whose container is known by its editors' names.
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


PMO = "https://epubs.bibliotk.mx/epubReader/reader/files/4788/OEBPS/Text/notas15.xhtml"
TAR = "https://trantor.is/content/Y9b6Vz4yWmVQf6Pl/xhtml/notes.html"
MTO = "http://mtosmt.org/issues/mto.00.6.3/mto.00.6.3.agrawal_notes.html"
SWA = "https://full-english-books.net/english-books/full-book-beethoven-anguish-and-triumph-read-online-chapter-160"
BYZ = "https://booksonline.com.ua/view.php?book=148845&page=138"
MAN = "https://onlinekniga.com/page-57-3051-vyacheslav-manyagin-geroi-i-podlecy-smutnogo-vremeni.html"
FAR = "https://github.com/fairagro/knowledgebase/blob/016ebfa306951596753a4a64c5c4df3ca7eed4b8/docs/legal/rights.en.md"
VIL = "https://bitlit.ru/page/it/pasquale-villari/niccolo-machiavelli-e-i-suoi-tempi-vol-ii/182"
BLA = "https://homsy-staging.cambridgecore.org/core/journals/historical-journal/article/abs/blackstone-the-ancient-constitution-and-the-feudal-law/D373A00B81311544CC051BD4D9B67B88"
ADS = "http://archaeologydataservice.ac.uk/archives/view/assemblage/html/3/3chadbib.html"

ELS = "El Socialista"
PR = [F("Prieto")]
AZ = [F("Azaña")]
LC = [F("Largo")]
VI = [F("Vidarte")]
ROS = [P("Ellen", "Rosand")]
RAT = [F("Ratner")]

THIRTEENTH = [
# --- Spanish: endnotes of a history of the Spanish Republic and the PSOE, 1933 (epub reader; `<<` after each note,
#     `pp. 166 y ss., 172-3`, newspapers by day, `28-IX-33`, a parliamentary reference, a prose note)
(PMO, "[1] A. Saborit, Julián Besteiro, Buenos Aires, Losada, 1967, pp. 238-40. <<",
 [C(book("Julián Besteiro", [P("A.", "Saborit")], publisher="Losada", place="Buenos Aires", year=1967), "238–40")]),
(PMO, "[2] Prieto, Discursos, pp. 166 y ss., 172-3. <<",
 [C(short(PR, "Discursos"), "166 y ss., 172–3")]),
(PMO, "[3] El Socialista, 15 de agosto de 1933. <<",
 [C(paper(None, None, ELS, Y(1933, 8, 15)))]),
(PMO, "[5] Alcalá-Zamora, Memorias, Madrid, Planeta, 1998, p. 243. Azaña, Memorias, II, p. 108. <<",
 [C(book("Memorias", [F("Alcalá-Zamora")], publisher="Planeta", place="Madrid", year=1998), "243"),
  C(sh(AZ, "Memorias", volume="II"), "108")]),
(PMO, "[8] Renovación, 28-IX-33. El Socialista, 15 de septiembre de 1933. <<",
 [C(paper(None, None, "Renovación", Y(1933, 9, 28))),
  C(paper(None, None, ELS, Y(1933, 9, 15)))]),
(PMO, "[9] Largo, en Renovación, 28-IX-33. El Socialista, 15 y 30 de septiembre de 1933. <<",
 [C(paper(None, LC, "Renovación", Y(1933, 9, 28))),
  C(paper(None, None, ELS, Y(1933, 9, 15))),
  C(paper(None, None, ELS, Y(1933, 9, 30)))]),
(PMO, "[11] A. Lerroux, La pequeña historia, pp. 115 y ss. <<",
 [C(short([P("A.", "Lerroux")], "La pequeña historia"), "115 y ss.")]),
(PMO, "[12] Azaña, Memorias, II (Crítica), p. 109. <<",
 [C(sh(AZ, "Memorias", volume="II", publisher="Crítica"), "109")]),
(PMO, "[14] Largo, Discursos a los trabajadores, Barcelona, Fontamara, 1979, pp. 94 y ss. <<",
 [C(book("Discursos a los trabajadores", LC, publisher="Fontamara", place="Barcelona", year=1979), "94 y ss.")]),
(PMO, "[15] Largo, Discursos a los trabajadores, Barcelona, Fontamara, 1979, p. 77. Vidarte, El bienio, p. 37. <<",
 [C(book("Discursos a los trabajadores", LC, publisher="Fontamara", place="Barcelona", year=1979), "77"),
  C(short(VI, "El bienio"), "37")]),
(PMO, "[17] Prieto, Convulsiones de España, III, México, Oasis, 1969, pp. 161 y 163. <<",
 [C(book("Convulsiones de España", PR, publisher="Oasis", place="México", year=1969, volume="III"), "161 y 163")]),
(PMO, "[18] Cortes, Diario de sesiones, 11-VIII-1932. <<",
 []),
(PMO, "[a] Prieto comete aquí un error común, al atribuir la llegada de la república a los esfuerzos exclusivos de la izquierda. En realidad contribuyeron no menos los radicales de Lerroux, personalidades de derecha como Alcalá-Zamora, o intelectuales no izquierdistas, muy influyentes en la opinión pública: Ortega y Gasset, Unamuno, Marañón y otros. Además, la falta de violencia en el cambio de régimen obedeció ante todo a la renuncia pacífica del monarca. Por tanto no había la menor razón para las sangrientas represalias que pondera Prieto, máxime cuando el propio PSOE había colaborado con Primo y Alfonso XIII. <<",
 []),
# --- English: endnotes of a history of Western music, chapter 1 on early opera (trantor.is; Chicago with `p.`,
#     `(New York: Norton, 1968, pp. 52–56,)`, `(2nd ed., Belmont, CA: …)`, `s.v.`, a page number missing after `p.`)
(TAR, "1 Pirrotta, “Monteverdi and the Problems of Opera,” in Music and Culture in Italy from the Middle Ages to the Baroque (Cambridge: Harvard University Press, 1984), p. 248.",
 [C(chap("Monteverdi and the Problems of Opera", [F("Pirrotta")], "Music and Culture in Italy from the Middle Ages to the Baroque", publisher="Harvard University Press", place="Cambridge", year=1984), "248")]),
(TAR, "2 The letter may be found complete, in English translation, in The Monteverdi Companion, ed. Denis Arnold and Nigel Fortune (New York: Norton, 1968, pp. 52–56,) or in P. Weiss and R. Taruskin, Music in the Western World: A History in Documents (2nd ed., Belmont, CA: Thomson/Schirmer, 2008) pp. 153–55.",
 [C(book("The Monteverdi Companion", editor=[P("Denis", "Arnold"), P("Nigel", "Fortune")], publisher="Norton", place="New York", year=1968), "52–56"),
  C(book("Music in the Western World: A History in Documents", [P("P.", "Weiss"), P("R.", "Taruskin")], publisher="Thomson/Schirmer", place="Belmont, CA", year=2008, edition="2"), "153–55")]),
(TAR, "4 See Ellen Rosand, “The Descending Tetrachord: An Emblem of Lament,” Musical Quarterly LXV (1979): 346–59.",
 [C(art("The Descending Tetrachord: An Emblem of Lament", ROS, "Musical Quarterly", "LXV", None, 1979, "346–59"))]),
(TAR, "5 Ellen Rosand, Opera in Seventeenth-Century Venice: The Creation of a Genre (Berkeley and Los Angeles: University of California Press, 1991), p. 1.",
 [C(book("Opera in Seventeenth-Century Venice: The Creation of a Genre", ROS, publisher="University of California Press", place="Berkeley and Los Angeles", year=1991), "1")]),
(TAR, "7 Manfred Bukofzer, Music in the Baroque Era (New York: Norton, 1947), pp. 394–95.",
 [C(book("Music in the Baroque Era", [P("Manfred", "Bukofzer")], publisher="Norton", place="New York", year=1947), "394–95")]),
(TAR, "10 John Roselli, New Grove Dictionary of Opera (London: Macmillan, 1992), s.v. “castrato.”",
 [C(chap("castrato", [P("John", "Roselli")], "New Grove Dictionary of Opera", publisher="Macmillan", place="London", year=1992))]),
(TAR, "11 Percy A. Scholes, ed., Dr. Burney’s Musical Tours in Europe, Vol. I (London: Oxford University Press, 1959), pp. 247–48.",
 [C(book("Dr. Burney’s Musical Tours in Europe", editor=[P("Percy A.", "Scholes")], publisher="Oxford University Press", place="London", year=1959, volume="I"), "247–48")]),
(TAR, "12 Quoted in Rosand, Opera in Seventeenth-Century Venice, p.",
 [C(short([F("Rosand")], "Opera in Seventeenth-Century Venice"))]),
(TAR, "14 Trans. Arthur Jacobs, in Monteverde, L’Incoronazione di Poppea, Libretto by G. F. Busenello, English version by Arthur Jacobs (London: Novello, 1989).",
 [C(book("L’Incoronazione di Poppea", [F("Monteverde")], publisher="Novello", place="London", year=1989, translator=[P("Arthur", "Jacobs")]))]),
# --- English: notes of an article in Music Theory Online on Mozart's quartets (mtosmt.org; `editors` after the names,
#     `Cambridge University Press,1995`, `217-218.` without `pp.`, surname-only short forms, a locator inside prose)
(MTO, "1. See, in particular, the 1993 critical edition edited by Ludwig Finscher and Wolf-Dieter Seiffert (Kritische Berichte Serie VIII: Kammermusik Werkgruppe 20: Streichquartette und Quartette mit einem Blasinstrument. Abteilung 1: Streichquartette Band 2.] Also valuable are several articles in the book The String Quartets of Haydn, Mozart, and Beethoven: Studies of the Autograph Manuscripts edited by Christoph Wolff and Robert Riggs (Cambridge: Harvard University Press, 1980). The most relevant articles appear in the chapters by Alan Tyson, Christoph Wolff, Ludwig Finscher, and Marius Flothuis.",
 [C(book("Kritische Berichte Serie VIII: Kammermusik Werkgruppe 20: Streichquartette und Quartette mit einem Blasinstrument. Abteilung 1: Streichquartette Band 2", editor=[P("Ludwig", "Finscher"), P("Wolf-Dieter", "Seiffert")], year=1993)),
  C(book("The String Quartets of Haydn, Mozart, and Beethoven: Studies of the Autograph Manuscripts", editor=[P("Christoph", "Wolff"), P("Robert", "Riggs")], publisher="Harvard University Press", place="Cambridge", year=1980))]),
(MTO, "2. Nancy Kovaleff Baker and Thomas Christensen, editors, Aesthetics and the Art of Musical Composition in the German Enlightenment: Selected Writings of Johann Georg Sulzer and Heinrich Christoph Koch (Cambridge: Cambridge University Press,1995), p. 103.",
 [C(book("Aesthetics and the Art of Musical Composition in the German Enlightenment: Selected Writings of Johann Georg Sulzer and Heinrich Christoph Koch", editor=[P("Nancy Kovaleff", "Baker"), P("Thomas", "Christensen")], publisher="Cambridge University Press", place="Cambridge", year=1995), "103")]),
(MTO, "3. Reprinted from Leonard G. Ratner, Classic Music: Expression, Form, and Style (New York: Schirmer Books, 1980), 217-218.",
 [C(book("Classic Music: Expression, Form, and Style", [P("Leonard G.", "Ratner")], publisher="Schirmer Books", place="New York", year=1980), "217–218")]),
(MTO, "4. Ratner, 81.",
 [C(short(RAT), "81")]),
(MTO, "5. Baker, 91.",
 [C(short([F("Baker")]), "91")]),
(MTO, "6. Ratner details many of these figures in his chapter on melody. See especially pp. 83-5, 91-4, 213-5. For a more detailed explanation of conventions, see Robert O. Gjerdingen, A Classic Turn of Phrase: Music and the Psychology of Convention (Philadelphia: University of Pennsylvania Press, 1988).",
 [C(short(RAT), "83–5, 91–4, 213–5"),
  C(book("A Classic Turn of Phrase: Music and the Psychology of Convention", [P("Robert O.", "Gjerdingen")], publisher="University of Pennsylvania Press", place="Philadelphia", year=1988))]),
(MTO, "7. Mark Evan Bonds, Wordless Rhetoric: Musical Form and the Metaphor of the Oration (Cambridge: Harvard University Press, 1991). The first two chapters are particularly relevant to the subject at hand and provide an alternative to the traditional sonata form approach to eighteenth century music. An outstanding analysis of the first movement of the \"Dissonance\" quartet appears on pp. 102-110.",
 [C(book("Wordless Rhetoric: Musical Form and the Metaphor of the Oration", [P("Mark Evan", "Bonds")], publisher="Harvard University Press", place="Cambridge", year=1991), "102–110")]),
(MTO, "8. See Ratner, p. 213-4 for a description and example of the fonte.",
 [C(short(RAT), "213–4")]),
# --- English: endnotes of a biography of Beethoven (full-english-books.net; italic titles on lines of their own,
#     `Kerman,\nBeethoven\nQuartets\n, 32.`, prose after the short forms, mojibake `FâGâA` kept)
(SWA, "22. Heartz,\nMozart\n, 622. Griffiths,\nString Quartet\n, 81, cites Landon saying that Haydn may have failed to complete his Lobkowitz set of quartets because he did not want to compete with Beethoven. I suppose that's possible, but I think exhaustion and incipient senility were Haydn's main problems. He would not have found Beethoven a threat if he had had his full faculties. More likely, as he did with Mozart, he would have absorbed some of Beethoven's ideas into his own work.",
 [C(short([F("Heartz")], "Mozart"), "622"),
  C(short([F("Griffiths")], "String Quartet"), "81")]),
(SWA, "23. Lockwood,\nBeethoven: Music\n, 162.",
 [C(short([F("Lockwood")], "Beethoven: Music"), "162")]),
(SWA, "25. When I say that Beethoven in the\nPathétique\nand here and there in other early opuses already had much of his voice but had not yet settled into it, or perhaps had not fully understood it, I'm thinking of artists in general, who do not necessarily have a eureka moment when they find their voice. Many of the larger issues of one's own creativity are seen through a glass darkly. They seem obvious only in retrospect, from the outside. In the same way, it is easy for a skilled mimic to imitate the style of distinctive artists like, say, Frost or Matisse or Beethoven. It was anything but easy for those men to create, because they were not imitating themselves but rather trying to do something fresh.",
 []),
(SWA, "27. Simpson, “Chamber Music,” 250. In the first drafts, the opening movement, featuring the same motif, was actually in 4/4, not 3/4.",
 [C(short([F("Simpson")], "Chamber Music"), "250")]),
(SWA, "28. Kerman,\nBeethoven\nQuartets\n, 32. An example of a kind of thematic relationship that is not motivic or exactly tonal, which I call\ngestural\n, is seen in each of the movements' opening themes in the F-major quartet. In the beginning, after repeating his turn figure several times, starting on F, in the second line he climbs the figure upward by steps: FâGâA. The opening themes of the other three movements all have figures climbing by step. Meanwhile, all those movements start with some transformation of the opening turn motif.",
 [C(short([F("Kerman")], "Beethoven Quartets"), "32")]),
# --- Russian: notes of a Soviet study of Byzantine literature (booksonline.com.ua; number on a line of its own,
#     author–year short forms `Любарский 1975, с. 114—139`, `Он же 1978`, `Op. cit.`, `ер. 224`, `специально с.`)
(BYZ, "[39]\nSevcenko 1962.",
 [C(sh([F("Sevcenko")], issued=Y(1962)))]),
(BYZ, "[40]\nИстория Византии, т. 3, с. 226.",
 [C(sh(title="История Византии", volume="3"), "226")]),
(BYZ, "[43]\nSei:enko. Op. cit., p. 77—87; 87—109.",
 [C(short([F("Sei:enko")]), "77–87; 87–109")]),
(BYZ, "[44]\nСм.: Баткин 1976, с. 175—221, специально с. 194—199 (там же дальнейшая библиография).",
 [C(sh([F("Баткин")], issued=Y(1976), page="175–221"), "194–199")]),
(BYZ, "[46]\nСм.: Любарский 1975, с. 114—139; Он же 1978, с. 130—151.",
 [C(sh([F("Любарский")], issued=Y(1975)), "114–139"),
  C(sh([F("Любарский")], issued=Y(1978)), "130–151")]),
(BYZ, "[47]\nScripta minora. Milano, 1941, 2, ер. 224, p. 267.",
 [C(book("Scripta minora", place="Milano", year=1941, volume="2"), "267")]),
(BYZ, "[48]\nСр.: Любарский 1975, с. 131—132.",
 [C(sh([F("Любарский")], issued=Y(1975)), "131–132")]),
(BYZ, "[54]\nПселл 1969, с. 145—147, специально с. 147; пер. Т. А. Миллер.",
 [C(sh([F("Пселл")], issued=Y(1969), page="145–147", translator=[P("Т. А.", "Миллер")]), "147")]),
# --- Russian: notes of a popular book on the Time of Troubles (onlinekniga.com; number on a line of its own,
#     `Т. 10. Кн. I.`, `Прим. 107.`, a work without imprint, two web pages cited by bare URL, a prose note)
(MAN, "147\nМитрополит Макарий . История русской церкви. Т. 10. Кн. I. СПб., 1881. С. 157. Прим. 107.",
 [C(book("История русской церкви", [L("Макарий")], place="СПб.", year=1881, volume="10", **{"part-number": "I"}), "157")]),
(MAN, "148\nБогданов А.П. Русские патриархи (1589–1700). М., 1999.",
 [C(book("Русские патриархи (1589–1700)", [P("А.П.", "Богданов")], place="М.", year=1999))]),
(MAN, "149\nВалишевский К. Смутное время. Воронеж, 1992. С. 350.",
 [C(book("Смутное время", [P("К.", "Валишевский")], place="Воронеж", year=1992), "350")]),
(MAN, "150\nСкрынников Р.Г. Минин и Пожарский. М., 1981.",
 [C(book("Минин и Пожарский", [P("Р.Г.", "Скрынников")], place="М.", year=1981))]),
(MAN, "151\nШирокорад А.Б. Бояре Романовы в Великой Смуте.",
 [C(book("Бояре Романовы в Великой Смуте", [P("А.Б.", "Широкорад")]))]),
(MAN, "153\nПлатонов С.Ф. История Российского государства. Россия в XII – начале XVII вв. 8.5 Значение новой династии, http://www.xenoid.ru/materials/history/uch_hist_rusl6_17_050.php.",
 [C({"type": "webpage", "title": "Значение новой династии", "author": [P("С.Ф.", "Платонов")], "container-title": "История Российского государства. Россия в XII – начале XVII вв.", "URL": "http://www.xenoid.ru/materials/history/uch_hist_rusl6_17_050.php"}, "8.5", "chapter")]),
(MAN, "154\nЗа исключением дяди, Ивана Романова, который, как и вся боярская партия, поддерживал кандидатуру шведского принца Карла Филиппа, и когда казаки выдвинули его племянника Михаила, он ответил им: «Тот есть князь Михайло Федорович еще млад и не в полне разуме». Эти слова дорого ему обошлись: будучи одним из богатейших людей и занимая самое почетное место при дворе, Иван Никитич был вместе с тем совершенно отстранен от государственных дел.",
 []),
(MAN, "155\nВолков В.А. Освобождение Москвы и воссоздание русской государственности (1612–1618 гг.) http://allstude.ru/Istoriya.html",
 [C({"type": "webpage", "title": "Освобождение Москвы и воссоздание русской государственности (1612–1618 гг.)", "author": [P("В.А.", "Волков")], "URL": "http://allstude.ru/Istoriya.html"})]),
# --- German: footnotes of a knowledge-base page on data rights (German legal citation style in Markdown footnotes,
#     `[^2]:`, continuation lines indented by four spaces, surnames in `*…*`, commentaries `in: Schricker/Loewenheim,
#     6. Aufl. 2020, § 4 UrhG, Rn. 38`, `(Fn. 2)`, `ebd.`, court decisions `BGH, GRUR, 1991, 529 (530), - Explosionszeichnungen -`,
#     `EuGH, Urt. v. 29. Oktober 2015 (C-490/14)`, `mwN`, English titles in a German note)
(FAR, "[^1]: *Beigman Klebanov* u. a., Analyzing Disagreements; *Braun*, I beg\n    to differ: how disagreement is handled in the annotation of legal\n    machine learning data sets, Artif Intell Law 2024, 839; *Sandri*\n    u. a., Why Don't You Do It Right? Analysing Annotators' Disagreement\n    in Subjective Tasks.",
 [C(short([F("Beigman Klebanov")], "Analyzing Disagreements")),
  C(art("I beg to differ: how disagreement is handled in the annotation of legal machine learning data sets", [F("Braun")], "Artif Intell Law", year=2024, page="839")),
  C(short([F("Sandri")], "Why Don't You Do It Right? Analysing Annotators' Disagreement in Subjective Tasks"))]),
(FAR, "[^2]: *Leistner*, in: Schricker/Loewenheim, 6. Aufl. 2020, § 4 UrhG, Rn.\n    38; *Schulze*, in: *Dreier*/*Schulze*, UrhG, 7. Aufl. 2022, § 2\n    UrhG.",
 [C({"type": "chapter", "author": [F("Leistner")], "container-title": "Schricker/Loewenheim", "edition": "6", "issued": Y(2020)}),
  C({"type": "chapter", "author": [F("Schulze")], "container-author": [F("Dreier"), F("Schulze")], "container-title": "UrhG", "edition": "7", "issued": Y(2022)})]),
(FAR, "[^3]: *Leistner*, (Fn. 2), Rn. 40.",
 [C(short([F("Leistner")]))]),
(FAR, "[^4]: Vgl. *Bomhard*/*Siglmüller*, in: *Redeker* (Hrsg.), Handbuch der\n    IT-Verträge 2024 Rn. 11; *Schulze*, (Fn. 2), Rn. 26.",
 [C({"type": "chapter", "author": [F("Bomhard"), F("Siglmüller")], "container-title": "Handbuch der IT-Verträge", "editor": [F("Redeker")], "issued": Y(2024)}),
  C(short([F("Schulze")]))]),
(FAR, "[^6]: *Schulze*, ebd. Rn. 18, 20.",
 [C(short([F("Schulze")]))]),
(FAR, "[^7]: BGH, GRUR, 1991, 529 (530), - Explosionszeichnungen - ; OLG\n    Nürnberg, GRUR-RR, 2001, 225 (227), - Dienstanweisung -.",
 [C({"type": "legal_case", "title": "Explosionszeichnungen", "authority": "BGH", "container-title": "GRUR", "issued": Y(1991), "page": "529"}, "530"),
  C({"type": "legal_case", "title": "Dienstanweisung", "authority": "OLG Nürnberg", "container-title": "GRUR-RR", "issued": Y(2001), "page": "225"}, "227")]),
(FAR, "[^8]: *Hacker*, Immaterialgüterrechtlicher Schutz von KI-Trainingsdaten,\n    GRUR 2020, 1025 (1028).",
 [C(art("Immaterialgüterrechtlicher Schutz von KI-Trainingsdaten", [F("Hacker")], "GRUR", year=2020, page="1025"), "1028")]),
(FAR, "[^9]: *Vohwinkel*, in: BeckOK UrhR, 42. Aufl. 2024, § 87a UrhG, Rn. 28\n    mwN.",
 [C({"type": "chapter", "author": [F("Vohwinkel")], "container-title": "BeckOK UrhR", "edition": "42", "issued": Y(2024)})]),
(FAR, "[^10]: EuGH, Urt. v. 29. Oktober 2015 (C-490/14), - Verlag Esterbauer\n    - Rn. 17; EuGH, Urt. v. 9. November 2004 (C-444/02), - Fixtures\n    Marketing II - Rn. 18 ff.",
 [C({"type": "legal_case", "title": "Verlag Esterbauer", "authority": "EuGH", "number": "C-490/14", "issued": Y(2015, 10, 29)}),
  C({"type": "legal_case", "title": "Fixtures Marketing II", "authority": "EuGH", "number": "C-444/02", "issued": Y(2004, 11, 9)})]),
(FAR, "[^11]: EuGH, (Fn. 10), - Verlag Esterbauer - Rn. 27.",
 [C(sh(title="Verlag Esterbauer", authority="EuGH"))]),
(FAR, "[^12]: *Dreier*, in: *Dreier*/*Schulze*, Urheberrechtsgesetz, 7. Aufl.\n    2022, § 4 UrhG, Rn. 17.",
 [C({"type": "chapter", "author": [F("Dreier")], "container-author": [F("Dreier"), F("Schulze")], "container-title": "Urheberrechtsgesetz", "edition": "7", "issued": Y(2022)})]),
(FAR, "[^16]: BGH, Urt. v. 1. Dezember 2010 (I ZR 196/08), - Zweite\n    Zahnarztmeinung II - Rn. 19 mwN auch zur Rspr. des EuGH; *Zech*,\n    Daten als Wirtschaftsgut - Überlegungen zu einem „Recht des\n    Datenerzeugers“, CR 2015, 137 (142) f.",
 [C({"type": "legal_case", "title": "Zweite Zahnarztmeinung II", "authority": "BGH", "number": "I ZR 196/08", "issued": Y(2010, 12, 1)}),
  C(art("Daten als Wirtschaftsgut - Überlegungen zu einem „Recht des Datenerzeugers“", [F("Zech")], "CR", year=2015, page="137"), "142 f.")]),
(FAR, "[^25]: BGH, Beschl. v. 27. März 1969 (X ZB 15/67), - Rote Taube -\n    juris Rn. 16 f.; *Mes*, in: *Mes*,\n    Patentgesetz/Gebrauchsmustergesetz, 5. Aufl. 2020, § 1 PatG, Rn. 10\n    mwN; *Einsele*, (Fn. 24), Rn. 27; *Kraßer*/*Ann*, Patentrecht, 8.\n    Aufl. 2022, § 11 Rn. 2.",
 [C({"type": "legal_case", "title": "Rote Taube", "authority": "BGH", "number": "X ZB 15/67", "issued": Y(1969, 3, 27)}),
  C({"type": "chapter", "author": [F("Mes")], "container-author": [F("Mes")], "container-title": "Patentgesetz/Gebrauchsmustergesetz", "edition": "5", "issued": Y(2020)}),
  C(short([F("Einsele")])),
  C(book("Patentrecht", [F("Kraßer"), F("Ann")], year=2022, edition="8"))]),
(FAR, "[^26]: So auch *Knoke*, Subjektive Rechte an Forschungsdaten 2023, S.\n    80.",
 [C(book("Subjektive Rechte an Forschungsdaten", [F("Knoke")], year=2023), "80")]),
# --- Italian: notes of Villari's Machiavelli (bitlit.ru; `[666].`, `op. cit., pag. VIII e seg.`, a German imprint
#     `Frankfurt a/M., Warrentrapp, 1833.` without the author's name, works named inside prose, `Ibidem`)
(VIL, "[666]. Leo, op. cit., pag. VIII e seg.",
 [C(short([F("Leo")]), "VIII e seg.")]),
(VIL, "[667]. Questo Saggio fu molte volte pubblicato nei Critical and historical Essays del Macaulay, e fu anche tradotto in più lingue.",
 [C(short([F("Macaulay")], "Critical and historical Essays"))]),
(VIL, "[668]. Historische Schriften. Frankfurt a/M., Warrentrapp, 1833.",
 [C(book("Historische Schriften", publisher="Warrentrapp", place="Frankfurt a/M.", year=1833))]),
(VIL, "[670]. Questa teoria il Gervinus la sostenne anche nella sua Introduzione alla Storia del secolo XIX, che menò tanto rumore al suo tempo. Vedi a questo proposito il lavoro critico pubblicato dal prof. K. Hillebrand, nei suoi Zeiten, Völker und Menschen, vol. II. Berlin, Oppenheim, 1875.",
 [C(short([F("Gervinus")], "Introduzione alla Storia del secolo XIX")),
  C(book("Zeiten, Völker und Menschen", [P("K.", "Hillebrand")], publisher="Oppenheim", place="Berlin", year=1875, volume="II"))]),
(VIL, "[671]. Gervinus, Historische Schriften, pag. 142.",
 [C(short([F("Gervinus")], "Historische Schriften"), "142")]),
(VIL, "[672]. Ibidem, pag. 155.",
 []),
# --- English: references of a Historical Journal communication on Blackstone (Cambridge Core staging host; British
#     style with inverted names, link text glued to the note (`Google Scholar`, `CrossRef`), `8` for a 3 in the
#     numbering, `(hereafter cited as Comm.)` and short forms `II Comm. 77.`, statutes `31 Car. II, c. 2`, `op. cit.`)
(BLA, "1 Blackstone, William, Commentaries on the laws of England (hereafter cited as Comm.) (Oxford, 1765–1769)Google Scholar. Page references here for convenience will conform to the established practice of citing not the first, but the last edition in Blackstone's lifetime (the 8th).",
 [C(book("Commentaries on the laws of England", [P("William", "Blackstone")], place="Oxford", year=R((1765,), (1769,))))]),
(BLA, "2 For a bibliography, see the references in Cairns, J. W., ‘Blackstone, an English institutist: legal literature and the rise of the nation state’, Oxford Journal of Legal Studies, IV, 3 (1984), 318–60CrossRefGoogle Scholar.",
 [C(art("Blackstone, an English institutist: legal literature and the rise of the nation state", [P("J. W.", "Cairns")], "Oxford Journal of Legal Studies", "IV", "3", 1984, "318–60"))]),
(BLA, "8 Milsom, S. F. C., ‘The nature of Blackstone's achievement’, Oxford Journal of Legal Studies, I, 1 (1981), 1–12, at p. 2Google Scholar.",
 [C(art("The nature of Blackstone's achievement", [P("S. F. C.", "Milsom")], "Oxford Journal of Legal Studies", "I", "1", 1981, "1–12"), "2")]),
(BLA, "4 Willman, Robert, ‘Blackstone and the “theoretical perfection” of English law in the reign of Charles II’, Historical Journal, XXVI, I (1983), 39–70CrossRefGoogle Scholar.",
 [C(art("Blackstone and the “theoretical perfection” of English law in the reign of Charles II", [P("Robert", "Willman")], "Historical Journal", "XXVI", "I", 1983, "39–70"))]),
(BLA, "5 II Comm. 77.",
 [C(sh(title="Comm.", volume="II"), "77")]),
(BLA, "6 31 Car. II, c. 2; I Comm. 137.",
 [C(sh(title="Comm.", volume="I"), "137")]),
(BLA, "7 29 Car. II, c.9; IV Comm. 49. See Willman, op. cit. pp. 40–1.",
 [C(sh(title="Comm.", volume="IV"), "49"),
  C(short([F("Willman")]), "40–1")]),
(BLA, "8 Willman, op. cit. pp. 41–2.",
 [C(short([F("Willman")]), "41–2")]),
(BLA, "9 Ibid. pp. 41–3.",
 []),
(BLA, "10 Pocock, J. G. A., The ancient constitution and the feudal law (Cambridge, 1957)Google Scholar.",
 [C(book("The ancient constitution and the feudal law", [P("J. G. A.", "Pocock")], place="Cambridge", year=1957))]),
(BLA, "16 On this Act see Simpson, A. W. B., Introduction to the history of the land law (Oxford, 1961), pp. 22–3 and 187Google Scholar and Digby, K. E., Introduction to the history of the law of real property (Oxford, 1897), pp. 393–400Google Scholar.",
 [C(book("Introduction to the history of the land law", [P("A. W. B.", "Simpson")], place="Oxford", year=1961), "22–3 and 187"),
  C(book("Introduction to the history of the law of real property", [P("K. E.", "Digby")], place="Oxford", year=1897), "393–400")]),
(BLA, "18 II Comm. 46–7; IV Comm. 413.",
 [C(sh(title="Comm.", volume="II"), "46–7"),
  C(sh(title="Comm.", volume="IV"), "413")]),
(BLA, "22 II Comm. 58, 77–81 and IV Comm. 413, and 417–8; Willman, op. cit. p. 46.",
 [C(sh(title="Comm.", volume="II"), "58, 77–81"),
  C(sh(title="Comm.", volume="IV"), "413, and 417–8"),
  C(short([F("Willman")]), "46")]),
# --- English: notes of an essay in the archaeology e-journal assemblage (archaeologydataservice.ac.uk; `Author. Year.
#     Title. Place: Publisher.` with the year after the name, `(2nd ed.)`, `(1993 ed.)`, author–date references inside
#     prose, an anonymous song; the `Return to text` link line under each note was not copied)
(ADS, "1. Bertrand Russell. 1927. The Outline of Philosophy. London: Allen and Unwin.",
 [C(book("The Outline of Philosophy", [P("Bertrand", "Russell")], publisher="Allen and Unwin", place="London", year=1927))]),
(ADS, "2. Popular excavation song (anon.).",
 []),
(ADS, "3. I use the plural deliberately, for what is normally related are the lives and careers of a few great men (q.v. Daniel and Chippindale 1989). Apart from Jacquetta Hawkes, Kathleen Kenyon, and a few other well known figures, the majority of women from archaeology's 'Golden Age' are largely invisible in the literature, despite the fact that the great men themselves often depended on the work of wives or female assistants on their projects. (For one recent exception to this, though, see Allesbrook and Allesbrook. 1992. Born To Rebel. The Life Of Harriet Boyd Hawes. Oxford: Oxbow Books.). The biographies and histories of the numerous workers who laboured on these projects are similarly obscured.",
 [C(sh([F("Daniel"), F("Chippindale")], issued=Y(1989))),
  C(book("Born To Rebel. The Life Of Harriet Boyd Hawes", [F("Allesbrook"), F("Allesbrook")], publisher="Oxbow Books", place="Oxford", year=1992))]),
(ADS, "4. Hunter S. Thompson. 1979. The Great Shark Hunt. London: Picador.",
 [C(book("The Great Shark Hunt", [P("Hunter S.", "Thompson")], publisher="Picador", place="London", year=1979))]),
(ADS, "6. James Gleick and Eliot Porter. 1990. Nature's Chaos. London: Abacus.",
 [C(book("Nature's Chaos", [P("James", "Gleick"), P("Eliot", "Porter")], publisher="Abacus", place="London", year=1990))]),
(ADS, "7. Bart Kosko. 1994. Fuzzy Thinking: The New Science of Fuzzy Logic. London: Harper Collins.",
 [C(book("Fuzzy Thinking: The New Science of Fuzzy Logic", [P("Bart", "Kosko")], publisher="Harper Collins", place="London", year=1994))]),
(ADS, "9. At least this will always be the case for the written record anyway. Computer graphics may be a means to explore further representational possibilities (see Alvey 1993; Forte and Siliotti 1997; Hodder 1997).",
 [C(sh([F("Alvey")], issued=Y(1993))),
  C(sh([F("Forte"), F("Siliotti")], issued=Y(1997))),
  C(sh([F("Hodder")], issued=Y(1997)))]),
(ADS, "10. James Gleick. 1993. Chaos: Making a New Science (2nd ed.) London: Abacus.",
 [C(book("Chaos: Making a New Science", [P("James", "Gleick")], publisher="Abacus", place="London", year=1993, edition="2"))]),
(ADS, "11. Roger Lewin. 1993. Complexity: Life on the Edge of Chaos. London: Phoenix.",
 [C(book("Complexity: Life on the Edge of Chaos", [P("Roger", "Lewin")], publisher="Phoenix", place="London", year=1993))]),
(ADS, "12. Sir James Frazer. 1922. The Golden Bough (1993 ed.) Ware: Wordsworth.",
 [C(book("The Golden Bough", [P("James", "Frazer")], publisher="Wordsworth", place="Ware", year=1993, **{"original-date": Y(1922)}))]),
]
