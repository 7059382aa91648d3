# -*- coding: utf-8 -*-
# Twentieth gathering (2026-11-25): 84 footnotes and endnotes of scholarly journal articles (41 English, 43 French) with
# 109 citations (20 of them short forms) from 18 pages not used before (no `where` address of notes.jsonl or of
# /work/gather/*.py, checked again before each page was added). Site new to the set: historians.org; journals.openedition.org
# (used before only through a library proxy address); the rest are other articles on sites used before (shs.cairn.info four
# articles, core-prod.cambridgecore.org five, homsy-staging.cambridgecore.org three, core-varnish-new.prod.aop.cambridge.org
# two, globalauthorid.com two), because the search index shows a page's text from its beginning, and pages that open with
# their notes (Cairn, OpenEdition notes-first pages, Cambridge Core reference lists after a short extract) were the ones it
# gave whole. Notes were taken only where the page showed them whole (the note cut off by the index was left out each time).
# Gold written by hand from the note text; no parser was run.
# Languages: English 41, French 43. No Spanish, Portuguese, Italian or German journal page whose notes the index showed whole
# and that had not been used could be found this time (the one Spanish article found, zlibrary.cc, had been used).
# Subjects: the history of the Annales (two Cairn essays of Annales HSS 75-3/4, Febvre's 1932 review essay on national
# psychologies, a review of Duby's rural economy, Forster's "Achievements of the Annales School" in the Journal of Economic
# History, a reply to Armitage and Guldi in the English Annales), soldiers' writings of 1914-1918 (Matériaux pour l'histoire de
# notre temps), miners' reformism (Mil neuf cent), Jauss's literary hermeneutics (Methodos), Natalie Zemon Davis's AHA
# presidential address, a History of Education Society address, Constantine and the Arians (JEH), Paul of Constantinople (HTR),
# Roman religion (JRS), Canterbury proctors at the papal curia (Traditio), early Stuart politics and the moral economy
# (globalauthorid.com, pages holding only notes), eighteenth-century English politics (Albion).
# Pages and shapes:
#  - French (Cairn, `[1]` on a line of its own, kept as in the earlier Cairn notes): `Annales ESC, 44-6, 1989, p. 1317-1323, ici
#    p. 1317`, unsigned editorials `Éditorial, « … »`, `reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796`,
#    `Id., « … »`, two articles and their pages in one citation (`respectivement p. 1347-1359 et 1360-1376`), a `dossier « … »`,
#    `Matthias Middell (dir.)`, `présentées par`, `sous la direction de`, `(coll. La Découverte poche), p. 13 [1ère éd. Maspero,
#    1978]`, `in Jacques Droz (dir.), Histoire générale du socialisme, II, De 1875 à 1918 (1974), Paris, Puf, coll. « Quadrige »,
#    1997`, a thematic issue's title before the journal (`Avec ou sans l’État ? … : le Mouvement social, 65, octobre-décembre
#    1968`), small-capital `xixe`, prose notes quoting letters.
#  - French (Cambridge Core, Annales 1932 and 1963): `page 199 note 1. Paris, Éditions Spes, 1930 ; in-8°, 416 p.` (books by
#    imprint only), long prose notes, `2 vol. in-8°, … (Collection historique dir. par P. Lemerle)`.
#  - French (OpenEdition, Methodos): unnumbered author–year notes `Tzvetan Todorov (1965), Théorie …, Paris, Seuil, p. 31.`,
#    `Roland Barthes (1966b)`, `Communications 8, p. 1-27. ;`, `in R. Warning (éd.)`, `in H.-R Jauss, Pour une herméneutique …`,
#    author–title–year short forms, German titles.
#  - English (historians.org notes page of an AHR address): eight works in one note, `H. D. Hazeltine, G. Lapsley, P. H.
#    Winfield, eds. (Cambridge, 1936), chaps. 1–2`, `Sarah I Hanley`, `Viator , 8 (1977): 255–97`, `(Summer 1987)`, a chapter in
#    the author's own book, a book title in quotes (`in “Ronald Reagan,” The Movie and …`), a newsletter named as a whole.
#  - English (Cambridge Core lists, link text glued and kept): inverted names (`Armitage, David and Guldi, Jo`), `70, no. 2
#    (2015): 219–47, here p. 222CrossRefGoogle Scholar.`, `this Journal, 37 (March 1977)`, `(Paris, 1953, 1965)`, `id.`, bare
#    `Ibid., 238.` notes, `DDC 1 (1935) 1387`, `Miscellanea Fr. Ehrle II (Studi e Testi 38; Rome 1924) 291–4`, `Opitz, Urkunde
#    25 in Opitz, H.-G., Urkunden … Athanasius Werke 3.1, Berlin-Leipzig 1934`, `(hereinafter cited as CE), 226–7 n. 14, 2I7 n.
#    82`, `Cf. my ‘…’, Phoenix xl (1987)`, ancient authors by book and chapter (`Philostorgius, HE i. 9–10`, `Socrates, H.E.,
#    ii,6.7.12…`), `Mémoires, vii (1706) 251–260`, `Storia dei Romani iv, 2, 1 (1953), 367`, `265 ff.`, an inverted name with a
#    stray comma (`Henry, Chadwick,`), an OCR digit glued to a title (`Jahrhunderts7`), an unnumbered acknowledgement note,
#    a journal cited by volume, issue and season only (`Albion 23, 2 (Fall 1993): 419-41; 28, 4 (Winter 1996): 607-33`).
#  - English (globalauthorid.com): `ch. 1`, `in C. Jones et al. (eds)`, `Past and Present, 112 (1986), pp. 60–90`, a title that
#    lost its opening quote (`S. Lambert, The Opening of the Long Parliament’,`), `2nd edn`, `(1776), ed. A. Skinner, London:
#    Penguin, 1986`, `People's Edition, London: Longman, Green, 1876`, `No. 50, February 1971`.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - Cairn notes keep their number on a line of its own (`[1]\n…`), as the earlier Cairn page in notes_data.py.
#  - An unsigned editorial (`Éditorial, « Tentons l’expérience », Annales ESC, …`) is an `article-journal` without author; the
#    label `Éditorial` is not a field.
#  - A cross-reference to the same issue (`reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796`, `dans ce
#    même numéro : « … », p. 583-608`) is not listed, as the sixteenth's cross-references to the work itself.
#  - `44-6, 1989` after a French journal gives `volume` 44 and `issue` 6; a bare number after a journal (`le Mouvement social,
#    65`) is `volume`; a thematic issue's title printed before the journal is `volume-title`; `octobre-décembre 1968` is a date
#    range of months.
#  - A journal's thematic section cited as `dossier « Histoire et modélisation », Annales ESC, 43-1, 1988, p. 5-110` is an
#    `article-journal` titled by the dossier, without author.
#  - Two articles in one issue cited with `respectivement p. … et …` are two entries, each with its own pages.
#  - `Id.` and `id.` are resolved to the name they repeat (as `Týž` in the seventh).
#  - `présentées par` gives `editor`; a letter-writer named only inside a title (`Lettres de Robert Hertz à sa femme Alice`)
#    is not an author; prefaces and an `introduction et postface de` are not kept; a letter in a collection (`sa lettre à
#    Brizon dans …`) gets no entry of its own.
#  - Author–year notes: the year after the author is `issued`, a letter after it `year-suffix` (as the eighth's author–date
#    notes); `Auteur (année), « Titre », p. 129.` is a short form with `issued`. Unnumbered notes are taken as printed; one note
#    printed twice word for word on the page (Jauss 1979, p. 128) was taken once.
#  - `in H.-R Jauss, Pour une herméneutique littéraire` after an essay by Jauss gives `container-author` as printed (the
#    eleventh's rule for a chapter in the author's own book); so does `in The Historical Anthropology …` after Burke's essay.
#  - `chaps. 1–2` and `ch. 1` give label `chapter`; `Urkunde 25`, `Urkunden 25. 4 and 27. 1–6` (documents numbered in an
#    edition) give label `number`; a season (`Summer 1987`, `Fall 1993`) goes in `issued.season`.
#  - A newsletter recommended as a whole (`the recently established newsletter, Majestas: …`) is a `periodical`.
#  - `this Journal` is kept as `container-title` as printed (the journal is not named).
#  - A review article's list of earlier parts by volume, issue, season and pages (`Albion 23, 2 (Fall 1993): 419-41; 28, 4
#    (Winter 1996): 607-33; …`) gives untitled `article-journal` entries, the later ones taking the journal named first.
#  - A title that lost its opening quotation mark keeps no stray closing mark; an OCR digit glued to a title
#    (`Jahrhunderts7`) is kept as printed.
#  - `Constantine's Speech to the Assembly of the Saints, 11–12` is a short form with `literal` author Constantine and no
#    locator (a work cited by chapter, as the chronicles before).
# Eleven notes cite no work (prose, bare `Ibid.`, an acknowledgement, a note naming journals only as a subject).
# Doubtful: `Henry, Chadwick,` read in the list's inverted order (family Henry, given Chadwick) although the scholar is Henry
# Chadwick; `this Journal` as container; `le Mouvement social, 65` as volume with the thematic title as `volume-title`; the
# `number` label and the locator `25. 4 and 27. 1–6` for Opitz's documents; `DDC 1 (1935) 1387` taken as an untitled-author
# entry (`chapter`) in DDC; the container of Rogin's chapter kept with its inner quotes (`“Ronald Reagan,” The Movie and …`);
# `Sarah I Hanley` kept without the initial's period; the globalauthorid.com pages may be notes of book chapters rather than
# articles (the pages show only the notes); the unsigned editorials given no author; `Les Carnets de guerre de Louis Barthas,
# tonnelier, 1914-1918` given no author (Barthas is named only in the title) and Cazals (introduction) not kept.
# Split: by the hash of the note text (see build_notes.py), not by position: 55 dev, 29 test.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


def R(*dps):
    """A date range: R((1968, 10), (1968, 12))."""
    return {"date-parts": [list(d) for d in dps]}


ANN1 = "https://shs.cairn.info/article/ANNA_753_0635?lang=fr&ID_ARTICLE=ANNA_753_0635"
ANN2 = "https://shs.cairn.info/article/ANNA_753_0709?lang=fr&ID_ARTICLE=ANNA_753_0709"
MAT = "https://shs.cairn.info/article/MATE_091_0004?lang=fr&ID_ARTICLE=MATE_091_0004"
MNC = "https://shs.cairn.info/article/MNC_030_0073?lang=fr&ID_ARTICLE=MNC_030_0073"
FEB = "https://core-prod.cambridgecore.org/core/journals/annales-d-histoire-economique-et-sociales/article/de-la-france-a-leurope-histoires-psychologies-et-physiologies-nationales/69A36688867AB3E609A36B8C96905645"
DUB = "https://core-prod.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/la-terre-et-les-paysans-au-moyen-age/DA09BFFB20FF46F44D2DAE526BAF9CB3"
MET = "https://journals.openedition.org/methodos/6827"
NZD = "http://historians.org/about-aha-and-membership/aha-history-and-archives/presidential-addresses/natalie-zemon-davis-notes"
HEQ = "https://homsy-staging.cambridgecore.org/core/journals/history-of-education-quarterly/article/abs/history-of-education-a-southern-exposure/4A5CE28D1C5525F2DB7065E4E1D1B559"
NBH = "http://core-varnish-new.prod.aop.cambridge.org/core/journals/annales-histoire-sciences-sociales-english-edition/article/new-battle-for-history-in-the-twentyfirst-century/D72212AEE581D574D53C4FAD7299C2FD"
JEH = "http://core-varnish-new.prod.aop.cambridge.org/core/journals/journal-of-economic-history/article/achievements-of-the-annales-school/07476364A84F948413C5AC72C1A567EF"
TRA = "https://core-prod.cambridgecore.org/core/journals/traditio/article/abs/canterbury-proctors-at-the-court-of-audientia-litterarum-contradictarum/27EEBDD2FC1B646E77AD15AECD76FD85"

BRAUDEL = [P("Fernand", "Braudel")]
FEBVRE = [P("Lucien", "Febvre")]
JAUSS = [P("Hans-Robert", "Jauss")]
BURKE = [P("Peter", "Burke")]
ROGIN = [P("Michael", "Rogin")]
LEVY = [P("Maurice", "Lévy-Leboyer")]
CON = "https://core-prod.cambridgecore.org/core/journals/journal-of-ecclesiastical-history/article/abs/constantine-and-the-arian-reaction-after-nicaea/3E9E754C5609527D990371ACF2FB38C7"
PAU = "https://core-prod.cambridgecore.org/core/journals/harvard-theological-review/article/paul-of-constantinople/8CD565DD75F15DAC00A2EEEC5A2540A7"
SCI = "https://homsy-staging.cambridgecore.org/core/journals/journal-of-roman-studies/article/scipio-laelius-furius-and-the-ancestral-religion/7AA66F46281BFBA84ED996A78E6DA4BF"
GS1 = "http://globalauthorid.com/WebPortal/ArticleView?wd=03E459076164F53E1A7918A7D543A4F3CFF8BD3DAD8A95334856E05BC5BBE777"
GS2 = "http://globalauthorid.com/WebPortal/ArticleView?wd=068B97C88CE4CF5DE24E73C685B5E5C3E7256FBEC3619821"
OPITZ = [P("H.-G.", "Opitz")]
ALB = "https://homsy-staging.cambridgecore.org/core/journals/albion/article/abs/eighteenthcentury-english-politics-recent-work/B0C0192B7AAF2F7736545F9B62CCB4E4"

TWENTIETH = [
# --- French: notes of an Annales HSS editorial essay on the journal's history (Cairn, notes page first)
(ANN1, "[1]\nÉditorial, « Tentons l’expérience », Annales ESC, 44-6, 1989, p. 1317-1323, ici p. 1317, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.",
 [C(art("Tentons l’expérience", None, "Annales ESC", "44", "6", 1989, "1317–1323"), "1317")]),
(ANN1, "[2]\nUne synthèse sur le développement international des revues en sciences humaines et sociales depuis 1945 ou même 1990 manque encore à l’heure actuelle ; la plupart de la littérature secondaire concerne des revues individuelles ou seulement quelques grands noms. Voir Matthias Middell (dir.), Historische Zeitschriften im internationalen Vergleich, Leipzig, Akademische Verlagsanstalt, 1999 et, infra, n. 9 et 11.",
 [C(book("Historische Zeitschriften im internationalen Vergleich", editor=[P("Matthias", "Middell")], publisher="Akademische Verlagsanstalt", place="Leipzig", year=1999))]),
(ANN1, "[3]\nÉditorial, « Histoire, sciences sociales », Annales HSS, 49-1, 1994, p. 3-4, ici p. 3, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.",
 [C(art("Histoire, sciences sociales", None, "Annales HSS", "49", "1", 1994, "3–4"), "3")]),
(ANN1, "[4]\nÉditorial, « Histoire et sciences sociales. Un tournant critique ? », Annales ESC, 43-2, 1988, p. 291-293, ici p. 293, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.",
 [C(art("Histoire et sciences sociales. Un tournant critique ?", None, "Annales ESC", "43", "2", 1988, "291–293"), "293")]),
(ANN1, "[5]\nÀ titre d’exemple, voir l’analyse impressionnante de Sébastien Mosbah-Natanson et Yves Gingras, « The Globalization of Social Sciences? Evidence from a Quantitative Analysis of 30 Years of Production, Collaboration and Citations in the Social Sciences (1980-2009) », Current Sociology, 62-5, 2014, p. 626-646. Dans le cas des Annales, une analyse quantitative est menée dans ce même numéro : « Approche quantitative d’un projet intellectuel », p. 583-608.",
 [C(art("The Globalization of Social Sciences? Evidence from a Quantitative Analysis of 30 Years of Production, Collaboration and Citations in the Social Sciences (1980-2009)",
        [P("Sébastien", "Mosbah-Natanson"), P("Yves", "Gingras")], "Current Sociology", "62", "5", 2014, "626–646"))]),
# --- French: notes of an Annales HSS essay on the journal and its readers (Cairn)
(ANN2, "[1]\nMarc Bloch et Lucien Febvre, « Au lecteur », Annales d’histoire sociale, 1-1, 1939, p. 5-6, ici p. 5. Le texte reprenait, avec modifications, l’« appel » (« À nos lecteurs ») paru en tête du dernier numéro des Annales d’histoire économique et sociale, 10-54, 1938, p. 481-482, juste avant le changement de nom de la revue.",
 [C(art("Au lecteur", [P("Marc", "Bloch"), P("Lucien", "Febvre")], "Annales d’histoire sociale", "1", "1", 1939, "5–6"), "5"),
  C(art("À nos lecteurs", None, "Annales d’histoire économique et sociale", "10", "54", 1938, "481–482"))]),
(ANN2, "[2]\nLucien Febvre, « Vingt ans après », Annales ESC, 4-1, 1949, p. 1-3, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.",
 [C(art("Vingt ans après", FEBVRE, "Annales ESC", "4", "1", 1949, "1–3"))]),
(ANN2, "[3]\nFernand Braudel, « Les Annales ont trente ans (1929-1959) », Annales ESC, 14-1, 1959, p. 1-2, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.",
 [C(art("Les Annales ont trente ans (1929-1959)", BRAUDEL, "Annales ESC", "14", "1", 1959, "1–2"))]),
(ANN2, "[4]\nId., « Les ‘nouvelles’ Annales », Annales ESC, 24-3, 1969, p. 571, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.",
 [C(art("Les ‘nouvelles’ Annales", BRAUDEL, "Annales ESC", "24", "3", 1969), "571")]),
(ANN2, "[5]\nAndré Burguière, « Histoire d’une histoire : la naissance des Annales » et Jacques Revel « Histoire et sciences sociales : les paradigmes des Annales », Annales ESC, 34-6, 1979, respectivement p. 1347-1359 et 1360-1376.",
 [C(art("Histoire d’une histoire : la naissance des Annales", [P("André", "Burguière")], "Annales ESC", "34", "6", 1979, "1347–1359")),
  C(art("Histoire et sciences sociales : les paradigmes des Annales", [P("Jacques", "Revel")], "Annales ESC", "34", "6", 1979, "1360–1376"))]),
(ANN2, "[6]\nÉditorial, « Les Annales, 1929-1979 », Annales ESC, 34-6, 1979, p. 1344-1346, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.",
 [C(art("Les Annales, 1929-1979", None, "Annales ESC", "34", "6", 1979, "1344–1346"))]),
(ANN2, "[7]\nVoir le célèbre texte de Lucien Febvre, « Face au vent. Manifeste des Annales nouvelles », Annales ESC, 1-1, 1946, p. 1-8, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796.",
 [C(art("Face au vent. Manifeste des Annales nouvelles", FEBVRE, "Annales ESC", "1", "1", 1946, "1–8"))]),
(ANN2, "[8]\nÉditorial, « Histoire et sciences sociales. Un tournant critique ? », Annales ESC, 43-2, 1988, p. 291-293, reproduit dans le présent numéro : « 90 ans d’éditoriaux », p. 725-796 ; dossier « Histoire et modélisation », Annales ESC, 43-1, 1988, p. 5-110.",
 [C(art("Histoire et sciences sociales. Un tournant critique ?", None, "Annales ESC", "43", "2", 1988, "291–293")),
  C(art("Histoire et modélisation", None, "Annales ESC", "43", "1", 1988, "5–110"))]),
# --- French: notes of an article on soldiers' letters and diaries of 1914-1918 (Matériaux pour l'histoire de notre temps, Cairn)
(MAT, "[1]\nUn Ethnologue dans les tranchées, août 1914-avril 1915. Lettres de Robert Hertz à sa femme Alice, présentées par Alexandre Riley et Philippe Besnard, préfaces de Jean-Jacques Becker et de Christophe Prochasson, Paris, CNRS éditions, 2002.",
 [C(book("Un Ethnologue dans les tranchées, août 1914-avril 1915. Lettres de Robert Hertz à sa femme Alice", editor=[P("Alexandre", "Riley"), P("Philippe", "Besnard")],
         publisher="CNRS éditions", place="Paris", year=2002))]),
(MAT, "[2]\nLes Carnets de guerre de Louis Barthas, tonnelier, 1914-1918, introduction et postface de Rémy Cazals, Paris, La Découverte, 1997 (coll. La Découverte poche), p. 13 [1ère éd. Maspero, 1978].",
 [C(book("Les Carnets de guerre de Louis Barthas, tonnelier, 1914-1918", publisher="La Découverte", place="Paris", year=1997,
         **{"collection-title": "La Découverte poche", "original-date": Y(1978), "original-publisher": "Maspero"}), "13")]),
(MAT, "[3]\nVoir sa lettre à Brizon dans Nous crions grâce. 154 lettres de pacifistes, juin-novembre 1916, présentées par Thierry Bonzon et Jean-Louis Robert, Paris, Éd. ouvrières, 1989, p. 76.",
 [C(book("Nous crions grâce. 154 lettres de pacifistes, juin-novembre 1916", editor=[P("Thierry", "Bonzon"), P("Jean-Louis", "Robert")],
         publisher="Éd. ouvrières", place="Paris", year=1989), "76")]),
(MAT, "[4]\nVoir Joseph Bousquet, Journal de route 1914-1917, Bordeaux, Éd. des Saints Calus, 2000.",
 [C(book("Journal de route 1914-1917", [P("Joseph", "Bousquet")], publisher="Éd. des Saints Calus", place="Bordeaux", year=2000))]),
(MAT, "[5]\nComparaison entre caporal d’infanterie et capitaine d’artillerie : Rémy Cazals, « Éditer les carnets de combattants », dans Traces de 14-18, sous la direction de Sylvie Caucanas et Rémy Cazals, Carcassonne, Les Audois, 1997, p. 36.",
 [C(chap("Éditer les carnets de combattants", [P("Rémy", "Cazals")], "Traces de 14-18", [P("Sylvie", "Caucanas"), P("Rémy", "Cazals")],
         "Les Audois", "Carcassonne", 1997), "36")]),
(MAT, "[6]\nAlexandre Riley et Philippe Besnard ont publié des lettres adressées à Hertz par sa femme. Dans l’une (11 décembre 1914), elle écrivait : « C’est de la vie, ces tueries, de la vie la plus intense, la plus noble, la plus belle. »",
 []),
(MAT, "[7]\n3 novembre 1914. Voir aussi 2 avril 1915. Les éditeurs ont reproduit une lettre de Hertz contre le J’accuse de Zola en 1898 : « Bien que juif, ou plutôt parce que je suis juif et que je m’attache avec frénésie à la patrie que le hasard m’a donnée, j’ai été indigné comme tous les vrais Français impartiaux de la lettre trop fameuse. »",
 []),
(MAT, "[8]\nSur les trêves : Marc Ferro, Malcolm Brown, R. Cazals et Olaf Mueller, Frères de tranchées, Paris, Perrin, 2005.",
 [C(book("Frères de tranchées", [P("Marc", "Ferro"), P("Malcolm", "Brown"), P("R.", "Cazals"), P("Olaf", "Mueller")], publisher="Perrin", place="Paris", year=2005))]),
(MAT, "[9]\nPièce à glisser dans le dossier « Haine ».",
 []),
(MAT, "[10]\nLéopold Noé, Nous étions ennemis sans savoir pourquoi ni comment, Carcassonne, FAOL, 1980.",
 [C(book("Nous étions ennemis sans savoir pourquoi ni comment", [P("Léopold", "Noé")], publisher="FAOL", place="Carcassonne", year=1980))]),
(MAT, "[11]\nFrançois Blayac, Carnets de guerre, 1914-1916, Carcassonne, Écomarine, 2006.",
 [C(book("Carnets de guerre, 1914-1916", [P("François", "Blayac")], publisher="Écomarine", place="Carcassonne", year=2006))]),
# --- French: notes of an article on miners' reformism (Mil neuf cent, Cairn)
(MNC, "[1]\nRolande Trempé, « Le réformisme des mineurs français à la fin du xixe siècle », Avec ou sans l’État ? Le mouvement ouvrier français et anglais au tournant du siècle (actes du colloque de Londres, 1966) : le Mouvement social, 65, octobre-décembre 1968, p. 93.",
 [C(art("Le réformisme des mineurs français à la fin du xixe siècle", [P("Rolande", "Trempé")], "le Mouvement social", "65", None, R((1968, 10), (1968, 12)),
        **{"volume-title": "Avec ou sans l’État ? Le mouvement ouvrier français et anglais au tournant du siècle (actes du colloque de Londres, 1966)"}), "93")]),
(MNC, "[2]\nMadeleine Rebérioux, « Le socialisme français de 1871 à 1914 », in Jacques Droz (dir.), Histoire générale du socialisme, II, De 1875 à 1918 (1974), Paris, Puf, coll. « Quadrige », 1997, p. 164.",
 [C(chap("Le socialisme français de 1871 à 1914", [P("Madeleine", "Rebérioux")], "Histoire générale du socialisme", [P("Jacques", "Droz")], "Puf", "Paris", 1997,
         volume="II", **{"volume-title": "De 1875 à 1918", "original-date": Y(1974), "collection-title": "Quadrige"}), "164")]),
# --- French: notes of Lucien Febvre's review essay on national psychologies (Annales d'histoire économique et sociale, 1932; Cambridge Core list)
(FEB, "page 199 note 1. Paris, Éditions Spes, 1930 ; in-8°, 416 p.",
 [C(book(None, publisher="Éditions Spes", place="Paris", year=1930))]),
(FEB, "page 200 note 1. La remarque de la p.91, qu'il est « bien difficile de parler avec impartialité d'Israël », ne laisse pas d'étonner un peu l'historien…. Disons du reste qu'à Israël Mr Martin-Saint-Lêon remet finalement son péché originel… en considération des Pereire qui ont fourni un exemple si remarquable « de la participation israélite à l'accroissement de la richesse publique» (p. 93).",
 []),
(FEB, "page 200 note 2. Naturellement, Il y aurait beaucoup à dire sur les raccourcis historiques de la première partie du livre de Mr Martin-Saint-Léon. Est-il besoin de noter que, sur le vieux mythe des Trois Ordres, aucune description de société ancienne ne saurait être fondée ? Faut-il remarquer que la différence entre le noble et le bourgeois « n'apparaissait pas » à la seule vue du costume et du port ou de l'absence de l'épée, permise au seul gentilhomme » (p. 41) ? Sous l'ancien régime, si l'auteur pense que « les intendants, ces préfets d'alors, étalent tous des bourgeois», c'est qu'il a du « bourgeois » une conception un peu particulière. Le Franc-Comtois que je suis reste ahuri de la persistance de légendes invraisemblables : celle de la Franche-Comté « au sang espagnol» n'est pas l'une des moins absurdes. Etc.",
 []),
(FEB, "page 201 note 1. Paris, Grasset, 1930 ; in-16, 370 p. (accompagné d une lettre de Bernard Grasset à Fr. Sieburg).",
 [C(book(None, publisher="Grasset", place="Paris", year=1930))]),
(FEB, "page 201 note 2. Paris, Grasset, 1930 ; in-16, 248 p.",
 [C(book(None, publisher="Grasset", place="Paris", year=1930))]),
(FEB, "page 201 note 3. Paris, Armand Colin, 1913 ; in-8°, XXVIII-536 p., 102 cartes et croquis, 1 carte hors texte.",
 [C(book(None, publisher="Armand Colin", place="Paris", year=1913))]),
# --- French: the first note of a review essay on Duby's rural economy (Annales ESC, Cambridge Core)
(DUB, "1. L'économie rurale et la vie des campagnes dans l'Occident médiéval (France, Angleterre, IXe-XVe siècles). Essai de synthèse et perspectives de recherches, Paris, Aubier, 1962, 2 vol. in-8°, 802 p. et 10 planches hors texte (Collection historique dir. par P. Lemerle).",
 [C(book("L'économie rurale et la vie des campagnes dans l'Occident médiéval (France, Angleterre, IXe-XVe siècles). Essai de synthèse et perspectives de recherches",
         publisher="Aubier", place="Paris", year=1962,
         **{"number-of-volumes": "2", "collection-title": "Collection historique", "collection-editor": [P("P.", "Lemerle")]}))]),
# --- French: author-year notes of an article on Jauss's literary hermeneutics (Methodos, OpenEdition Journals; notes unnumbered)
(MET, "Tzvetan Todorov (1965), Théorie de la littérature. Textes des formalistes russes, Paris, Seuil, p. 31.",
 [C(book("Théorie de la littérature. Textes des formalistes russes", [P("Tzvetan", "Todorov")], publisher="Seuil", place="Paris", year=1965), "31")]),
(MET, "Hans-Robert Jauss (1979), « Literaturgeschichte als Provokation der Literaturwissenschaft », in R. Warning (éd.), Rezeptionsästhetik, München, Fink, p. 126.",
 [C(chap("Literaturgeschichte als Provokation der Literaturwissenschaft", JAUSS, "Rezeptionsästhetik", [P("R.", "Warning")], "Fink", "München", 1979), "126")]),
(MET, "Hans-Robert Jauss (1979), « Literaturgeschichte als Provokation der Literaturwissenschaft », p. 129.",
 [C(sh(JAUSS, "Literaturgeschichte als Provokation der Literaturwissenschaft", issued=Y(1979)), "129")]),
(MET, "Voir Roland Barthes (1966b), « Introduction à l’analyse structurale des récits », Communications 8, p. 1-27. ; Vladimir Propp (1970), Morphologie du conte, Paris, Seuil, p. 141.",
 [C(art("Introduction à l’analyse structurale des récits", [P("Roland", "Barthes")], "Communications", "8", None, 1966, "1–27", **{"year-suffix": "b"})),
  C(book("Morphologie du conte", [P("Vladimir", "Propp")], publisher="Seuil", place="Paris", year=1970), "141")]),
(MET, "Algirdas Julien Greimas (1976), Maupassant. La sémiotique du texte : exercices pratiques, Paris, Seuil, p. 7.",
 [C(book("Maupassant. La sémiotique du texte : exercices pratiques", [P("Algirdas Julien", "Greimas")], publisher="Seuil", place="Paris", year=1976), "7")]),
(MET, "Hans-Robert Jauss (1979), « Literaturgeschichte als Provokation der Literaturwissenschaft », p. 128.",
 [C(sh(JAUSS, "Literaturgeschichte als Provokation der Literaturwissenschaft", issued=Y(1979)), "128")]),
(MET, "Jauss souligne d’ailleurs dans « Limites et tâches d’une herméneutique littéraire » les « apories de la méthode structuraliste » qui ont conduit au « retour à la connaissance historique » marquée, contre « l’historicisme classique », par « une réflexion méthodique sur l’historicité de la compréhension » d’inspiration gadamérienne. Voir Hans-Robert Jauss (2017a), « Limites et tâches d’une herméneutique littéraire », in H.-R Jauss, Pour une herméneutique littéraire, Paris, Gallimard, p. 26-27. L’herméneutique littéraire jaussienne, qui est le fruit d’un tel retour, ne saurait donc se coordonner à l’analyse structurale, mais ne peut que s’y substituer.",
 [C(chap("Limites et tâches d’une herméneutique littéraire", JAUSS, "Pour une herméneutique littéraire", None, "Gallimard", "Paris", 2017,
         **{"year-suffix": "a", "container-author": [P("H.-R", "Jauss")]}), "26–27")]),
(MET, "Hans-Robert Jauss (2017a), « Limites et tâches d’une herméneutique littéraire », p. 26 ; Hans-Georg Gadamer (1990), Hermeneutik 1. Wahrheit und Methode: Grundzüge einer philosophischen Hermeneutik, Tübingen, J. C. B. Mohr, p. 171-172.",
 [C(sh(JAUSS, "Limites et tâches d’une herméneutique littéraire", issued=Y(2017), **{"year-suffix": "a"}), "26"),
  C(book("Hermeneutik 1. Wahrheit und Methode: Grundzüge einer philosophischen Hermeneutik", [P("Hans-Georg", "Gadamer")], publisher="J. C. B. Mohr", place="Tübingen", year=1990), "171–172")]),
(MET, "Paul Bénichou (1948), Morales du grand siècle, Paris, Gallimard, p. 13.",
 [C(book("Morales du grand siècle", [P("Paul", "Bénichou")], publisher="Gallimard", place="Paris", year=1948), "13")]),
(MET, "Paul Bénichou (1948), Morales du grand siècle, p. 9.",
 [C(sh([P("Paul", "Bénichou")], "Morales du grand siècle", issued=Y(1948)), "9")]),
# --- English: notes of Natalie Zemon Davis's AHA presidential address, "History's Two Bodies" (AHR 93, 1988; historians.org notes page)
(NZD, "1. Frederic William Maitland, Selected Essays, H. D. Hazeltine, G. Lapsley, P. H. Winfield, eds. (Cambridge, 1936), chaps. 1–2. Ernst H. Kantorowicz, The King’s Two Bodies: A Study in Mediaeval Political Theology (Princeton, N.J., 1957); Ralph Giesey, The Royal Funeral Ceremony in Renaissance France (Geneva, 1960); Sarah I Hanley, The Lit de Justice of the Kings of France: Constitutional Ideology in Legend, Ritual, and Discourse (Princeton, N.J., 1983); Richard Jackson, Vive le Roi! A History of the French Coronation from Charles V to Charles X (Chapel Hill, N.C., 1984); Lawrence Bryant, The King and the City in the Parisian Royal Entry Ceremony: Politics, Ritual, and Art in the Renaissance (Geneva, 1986); Marie Axton, The Queen’s Two Bodies: Drama and the Elizabethan Succession (London, 1977); Claire R. Sherman, “The Queen in Charles V’s ‘Coronation Book’: Jeanne de Bourbon and the ‘Ordo ad Reginam Benedicendam,’” Viator , 8 (1977): 255–97. For new bibliography on this topic, see the recently established newsletter, Majestas: Rulership/Souveraineté/Herrschertum.",
 [C(book("Selected Essays", [P("Frederic William", "Maitland")], editor=[P("H. D.", "Hazeltine"), P("G.", "Lapsley"), P("P. H.", "Winfield")], place="Cambridge", year=1936), "1–2", "chapter"),
  C(book("The King’s Two Bodies: A Study in Mediaeval Political Theology", [P("Ernst H.", "Kantorowicz")], place="Princeton, N.J.", year=1957)),
  C(book("The Royal Funeral Ceremony in Renaissance France", [P("Ralph", "Giesey")], place="Geneva", year=1960)),
  C(book("The Lit de Justice of the Kings of France: Constitutional Ideology in Legend, Ritual, and Discourse", [P("Sarah I", "Hanley")], place="Princeton, N.J.", year=1983)),
  C(book("Vive le Roi! A History of the French Coronation from Charles V to Charles X", [P("Richard", "Jackson")], place="Chapel Hill, N.C.", year=1984)),
  C(book("The King and the City in the Parisian Royal Entry Ceremony: Politics, Ritual, and Art in the Renaissance", [P("Lawrence", "Bryant")], place="Geneva", year=1986)),
  C(book("The Queen’s Two Bodies: Drama and the Elizabethan Succession", [P("Marie", "Axton")], place="London", year=1977)),
  C(art("The Queen in Charles V’s ‘Coronation Book’: Jeanne de Bourbon and the ‘Ordo ad Reginam Benedicendam’", [P("Claire R.", "Sherman")], "Viator", "8", None, 1977, "255–97")),
  C({"type": "periodical", "title": "Majestas: Rulership/Souveraineté/Herrschertum"})]),
(NZD, "2. Peter Burke, “Sacred Rulers, Royal Priests: Rituals of the Early Modern Popes,” in The Historical Anthropology of Early Modern Italy: Essays on Perception and Communication (Cambridge, 1987), 168–82; Laurie Nussdorfer, “The Vacant See: Ritual and Protest in Early Modern Rome,” Sixteenth Century Journal, 18 (Summer 1987): 173–89. Michael Rogin, “The King’s Two Bodies: Lincoln, Wilson, Nixon, and Presidential Self-Sacrifice,’’ in “Ronald Reagan,” The Movie and Other Episodes in Political Demonology (Berkeley, Calif., 1987), 1–43.",
 [C(chap("Sacred Rulers, Royal Priests: Rituals of the Early Modern Popes", BURKE, "The Historical Anthropology of Early Modern Italy: Essays on Perception and Communication",
         place="Cambridge", year=1987, page="168–82", **{"container-author": BURKE})),
  C(art("The Vacant See: Ritual and Protest in Early Modern Rome", [P("Laurie", "Nussdorfer")], "Sixteenth Century Journal", "18", None, {"date-parts": [[1987]], "season": 2}, "173–89")),
  C(chap("The King’s Two Bodies: Lincoln, Wilson, Nixon, and Presidential Self-Sacrifice", ROGIN, "“Ronald Reagan,” The Movie and Other Episodes in Political Demonology",
         place="Berkeley, Calif.", year=1987, page="1–43", **{"container-author": ROGIN}))]),
(NZD, "3. Kantorowicz, King’s Two Bodies, 491–95.",
 [C(sh([F("Kantorowicz")], "King’s Two Bodies"), "491–95")]),
(NZD, "4. Some of these questions have been broached in a splendid essay by Michael Kammen, “Vanitas and the Historian’s Vocation,” Reviews in American History , 10 (1982): 1–27.",
 [C(art("Vanitas and the Historian’s Vocation", [P("Michael", "Kammen")], "Reviews in American History", "10", None, 1982, "1–27"))]),
# --- English: notes of a History of Education Society presidential address (History of Education Quarterly; Cambridge Core list, link text glued)
(HEQ, "1 Bouwsma, William J., “The Renaissance and the Drama of Western History,” American Historical Review, 39 (February, 1979): 1–15.Google Scholar",
 [C(art("The Renaissance and the Drama of Western History", [P("William J.", "Bouwsma")], "American Historical Review", "39", None, Y(1979, 2), "1–15"))]),
(HEQ, "2 Fite, Gilbert C., “The Historian as Teacher: Professional Challenge and Opportunity,” Journal of Southern History, 41 (February, 1975): 3–18; and Leopold, Richard W., “The Historian and the Federal Government,” Journal of American History, 64 (June, 1977): 5–23.Google Scholar",
 [C(art("The Historian as Teacher: Professional Challenge and Opportunity", [P("Gilbert C.", "Fite")], "Journal of Southern History", "41", None, Y(1975, 2), "3–18")),
  C(art("The Historian and the Federal Government", [P("Richard W.", "Leopold")], "Journal of American History", "64", None, Y(1977, 6), "5–23"))]),
# --- English: notes of an Annales HSS (English edition) reply to Armitage and Guldi (Cambridge Core)
(NBH, "1. Armitage, David and Guldi, Jo, “The Return of the Longue Durée: An Anglo-American Perspective,” Annales HSS (English version) 70, no. 2 (2015): 219–47, here p. 222CrossRefGoogle Scholar.",
 [C(art("The Return of the Longue Durée: An Anglo-American Perspective", [P("David", "Armitage"), P("Jo", "Guldi")], "Annales HSS (English version)", "70", "2", 2015, "219–47"), "222")]),
(NBH, "2. Ibid., 238.", []),
(NBH, "3. Ibid., 221 and 238.", []),
(NBH, "4. Ibid., 228.", []),
(NBH, "5. Ibid., 235.", []),
# --- English: notes of Robert Forster's "Achievements of the Annales School" (Journal of Economic History, 1978; Cambridge Core)
(JEH, "1 Gallman, Robert E., “Some Notes on the New Social History,” this Journal, 37 (March 1977), 3–12Google Scholar.",
 [C(art("Some Notes on the New Social History", [P("Robert E.", "Gallman")], "this Journal", "37", None, Y(1977, 3), "3–12"))]),
(JEH, "2 See Febvre, Lucien, Combats pour l'histoire (Paris, 1953, 1965)Google Scholar and Bloch, Marc, Apologie pour l'histoire ou métier d'historien (Paris, 1949)Google Scholar. These are good examples of the “style” and élan of the first editors of the Annales.",
 [C(book("Combats pour l'histoire", FEBVRE, place="Paris", year=1965, **{"original-date": Y(1953)})),
  C(book("Apologie pour l'histoire ou métier d'historien", [P("Marc", "Bloch")], place="Paris", year=1949))]),
(JEH, "3 The journal has had a number of titles since 1929: Annales d'histoire économique et sociale (1929–38), Annales d'histoire sociale (1939–41), Mélanges d'histoire sociale (1942–45), Annales: Économies, Sociétés, Civilisations (1946–).",
 []),
(JEH, "4 Two excellent reviews of the work of the “Annales School” are Aymard, Maurice, “The Annales and French Historiography (1929–72),” The Journal of European Economic History, 1 (1972), 491–511Google Scholar; and Hexter, J. H., “Fernand Braudel and the Monde Braudellien …,” The Journal of Modern History, 44 (1972), 480–539CrossRefGoogle Scholar.",
 [C(art("The Annales and French Historiography (1929–72)", [P("Maurice", "Aymard")], "The Journal of European Economic History", "1", None, 1972, "491–511")),
  C(art("Fernand Braudel and the Monde Braudellien …", [P("J. H.", "Hexter")], "The Journal of Modern History", "44", None, 1972, "480–539"))]),
(JEH, "5 Lévy-Leboyer, Maurice, “La croissance économique en France au XIXe siècle,” Annales: E.S.C., 23 (1968), 788–807CrossRefGoogle Scholar; id., “La New Economic History,” Annales: E.S.C., 24 (1969), 1035–65.CrossRefGoogle Scholar",
 [C(art("La croissance économique en France au XIXe siècle", LEVY, "Annales: E.S.C.", "23", None, 1968, "788–807")),
  C(art("La New Economic History", LEVY, "Annales: E.S.C.", "24", None, 1969, "1035–65"))]),
# --- English: the first note of an article on Canterbury proctors at the papal court (Traditio; Cambridge Core)
(TRA, "1 See Barraclough, G., ‘Audientia Litterarum Contradictarum,’ DDC 1 (1935) 1387, and R. von Heckel, ‘Das Aufkommen der ständigen Prokuratoren an der päpstlichen Kurie,’ Miscellanea Fr. Ehrle II (Studi e Testi 38; Rome 1924) 291–4. — I wish to thank Professor Kuttner for generous help in the preparation of this article.Google Scholar",
 [C(chap("Audientia Litterarum Contradictarum", [P("G.", "Barraclough")], "DDC", year=1935, volume="1"), "1387"),
  C(chap("Das Aufkommen der ständigen Prokuratoren an der päpstlichen Kurie", [P("R.", "von Heckel")], "Miscellanea Fr. Ehrle", place="Rome", year=1924,
         volume="II", page="291–4", **{"collection-title": "Studi e Testi", "collection-number": "38"}))]),
# --- English: notes of T. D. Barnes on Constantine after Nicaea (Journal of Ecclesiastical History; Cambridge Core list)
(CON, "1 Opitz, Urkunde 25 in Opitz, H.-G., Urkunden zur Geschichte des arianischen Streites 318–328. Athanasius Werke 3.1, Berlin-Leipzig 1934.Google Scholar",
 [C(book("Urkunden zur Geschichte des arianischen Streites 318–328", OPITZ, place="Berlin-Leipzig", year=1934,
         **{"collection-title": "Athanasius Werke", "collection-number": "3.1"}), "25", "number")]),
(CON, "2 Cf. Opitz, Urkunden 25. 4 and 27. 1–6, and Constantine's Speech to the Assembly of the Saints, 11–12.",
 [C(sh([F("Opitz")], "Urkunden"), "25. 4 and 27. 1–6", "number"),
  C(sh([L("Constantine")], "Speech to the Assembly of the Saints"))]),
(CON, "3 I am aware of the view of Eduard Schwartz (‘Zur Kirchengeschichte des vierten Jahrhunderts7’, Zeitschrift für neutestamentliche Wissenschaft 34 [1935], 152) that Constantine wanted an inclusive reading of homoousios. I regard this view as incorrect. Under any emperor anyone could interpret the homoousios as he pleased: during Constantine's reign he could not publish an Arian interpretation of it and remain a bishop. I take it that Constantine was able to understand the dispute. Cf. my ‘Constantine's conversion: do we really need it?’, Phoenix xl (1987), 420–38 and ‘Constantine's early religious development’, Journal of Religious History xv (1989), 283–9.",
 [C(art("Zur Kirchengeschichte des vierten Jahrhunderts7", [P("Eduard", "Schwartz")], "Zeitschrift für neutestamentliche Wissenschaft", "34", None, 1935), "152"),
  C(art("Constantine's conversion: do we really need it?", None, "Phoenix", "xl", None, 1987, "420–38")),
  C(art("Constantine's early religious development", None, "Journal of Religious History", "xv", None, 1989, "283–9"))]),
(CON, "4 Philostorgius, Historia Ecclesiastica ii. 10.",
 [C(sh([L("Philostorgius")], "Historia Ecclesiastica"))]),
(CON, "5 Opitz, Urkunde 27",
 [C(sh([F("Opitz")], "Urkunde"), "27", "number")]),
(CON, "6 Barnes, T. D., Constantine and Eusebius, Cambridge, Mass. 1981 (hereinafter cited as CE), 226–7 n. 14, 2I7 n. 82.Google Scholar",
 [C(book("Constantine and Eusebius", [P("T. D.", "Barnes")], place="Cambridge, Mass.", year=1981), "226–7, 2I7")]),
(CON, "7 Opitz, Urkunde 30.",
 [C(sh([F("Opitz")], "Urkunde"), "30", "number")]),
(CON, "8 Opitz, Urkunden 4a, 4b. 6.",
 [C(sh([F("Opitz")], "Urkunden"), "4a, 4b. 6", "number")]),
(CON, "9 Cf. Philostorgius, HE i. 9–10 and Henry, Chadwick, ‘Faith and order at the Council of Nicaea’, Harvard Theological Review 3 (1960), 171–95.Google Scholar",
 [C(sh([L("Philostorgius")], "HE")),
  C(art("Faith and order at the Council of Nicaea", [P("Chadwick", "Henry")], "Harvard Theological Review", "3", None, 1960, "171–95"))]),
# --- English: the first notes of an article on Paul of Constantinople (Harvard Theological Review, 1950; Cambridge Core list)
(PAU, "1 Those known to historians from the first are: Socrates, H.E., ii,6.7.12.13.15–18.20.22.23.26.27, and v,9. Sozomen, H.E., iii,3.4.7–10.13.24, iv,2.3, and vii,10. Theodoret, H.E., ii,5. Hilary, Hist. frag. iv,1. Athanasius, De fuga, 3. Hist. Ar. 7. Apart from the events of 342 none of these sources offers assured chronology.",
 [C(sh([L("Socrates")], "H.E.")),
  C(sh([L("Sozomen")], "H.E.")),
  C(sh([L("Theodoret")], "H.E.")),
  C(sh([L("Hilary")], "Hist. frag.")),
  C(sh([L("Athanasius")], "De fuga")),
  C(sh([L("Athanasius")], "Hist. Ar."))]),
(PAU, "2 Mémoires, vii (1706) 251–260.",
 [C(sh(None, "Mémoires", volume="vii", issued=Y(1706)), "251–260")]),
# --- English: the first note of an article on Scipio, Laelius and Roman religion (Journal of Roman Studies; Cambridge Core list)
(SCI, "1 See de Sanctis, G., Storia dei Romani iv, 2, 1 (1953), 367Google Scholar; Latte, K., Römische Religionsgeschichte (1960), 265 ff.Google Scholar The Epicureans, Athenaeus xii, 547a.",
 [C(book("Storia dei Romani", [P("G.", "de Sanctis")], year=1953, volume="iv, 2, 1"), "367"),
  C(book("Römische Religionsgeschichte", [P("K.", "Latte")], year=1960), "265 ff."),
  C(sh([L("Athenaeus")]))]),
# --- English: notes on early Stuart political culture (globalauthorid.com, a page holding only the notes)
(GS1, "1. J. Morrill, The Nature of the English Revolution: Essays (London, 1993), ch. 1.",
 [C(book("The Nature of the English Revolution: Essays", [P("J.", "Morrill")], place="London", year=1993), "1", "chapter")]),
(GS1, "2. C. Russell, The Fall of the British Monarchies (Oxford, 1991), p. 1.",
 [C(book("The Fall of the British Monarchies", [P("C.", "Russell")], place="Oxford", year=1991), "1")]),
(GS1, "3. For the notion of underlying tension and polarisation, see C. Hill, ‘Political Discourse in Early Seventeenth-century England’, in C. Jones et al. (eds), Politics and People in Revolutionary England (Oxford, 1986), pp. 41–64; T. Cogswell, ‘Underground Verse and the Transformation of Early Stuart Political Culture’, in S. D. Amussen and M. A. Kishlansky (eds), Political Culture and Cultural Politics in Early Modern England (Manchester, 1995), pp. 277–300; R. Cust, ‘News and Politics in Early Seventeenth-century England’, Past and Present, 112 (1986), pp. 60–90.",
 [C(chap("Political Discourse in Early Seventeenth-century England", [P("C.", "Hill")], "Politics and People in Revolutionary England", [P("C.", "Jones")], None, "Oxford", 1986, page="41–64")),
  C(chap("Underground Verse and the Transformation of Early Stuart Political Culture", [P("T.", "Cogswell")], "Political Culture and Cultural Politics in Early Modern England",
         [P("S. D.", "Amussen"), P("M. A.", "Kishlansky")], None, "Manchester", 1995, page="277–300")),
  C(art("News and Politics in Early Seventeenth-century England", [P("R.", "Cust")], "Past and Present", "112", None, 1986, "60–90"))]),
(GS1, "4. M. Kishlansky, Parliamentary Selection, Social and Political Choice in Early Modern England (Cambridge, 1986), p. 229.",
 [C(book("Parliamentary Selection, Social and Political Choice in Early Modern England", [P("M.", "Kishlansky")], place="Cambridge", year=1986), "229")]),
(GS1, "5. S. Lambert, The Opening of the Long Parliament’, Historical Journal, 27 (1984), pp. 265–87.",
 [C(art("The Opening of the Long Parliament", [P("S.", "Lambert")], "Historical Journal", "27", None, 1984, "265–87"))]),
# --- English: notes on the idea of a moral economy (globalauthorid.com, a page holding only the notes)
(GS2, "1. Oxford English Dictionary, 2nd edn, Oxford: Oxford University Press, 1992.",
 [C(book("Oxford English Dictionary", publisher="Oxford University Press", place="Oxford", year=1992, edition="2nd"))]),
(GS2, "2. A. Smith, An enquiry into the nature and causes of the wealth of nations (1776), ed. A. Skinner, London: Penguin, 1986.",
 [C(book("An enquiry into the nature and causes of the wealth of nations", [P("A.", "Smith")], editor=[P("A.", "Skinner")], publisher="Penguin", place="London", year=1986,
         **{"original-date": Y(1776)}))]),
(GS2, "3. See, for example, D. Ricardo, Principles of political economy and taxation (1817), London: Prometheus Books, 1997; and J.S. Mill, Principles of political economy (1848), People's Edition, London: Longman, Green, 1876.",
 [C(book("Principles of political economy and taxation", [P("D.", "Ricardo")], publisher="Prometheus Books", place="London", year=1997, **{"original-date": Y(1817)})),
  C(book("Principles of political economy", [P("J.S.", "Mill")], publisher="Longman, Green", place="London", year=1876, edition="People's Edition", **{"original-date": Y(1848)}))]),
(GS2, "4. G. Rude, The crowd in history: a study of popular disturbances in France and England 1730-1848, London: Wiley, 1964.",
 [C(book("The crowd in history: a study of popular disturbances in France and England 1730-1848", [P("G.", "Rude")], publisher="Wiley", place="London", year=1964))]),
(GS2, "5. E.P. Thompson, The moral economy of the English crowd in the eighteenth century', Past & Present, No. 50, February 1971, pp. 76-136.",
 [C(art("The moral economy of the English crowd in the eighteenth century", [P("E.P.", "Thompson")], "Past & Present", None, "50", Y(1971, 2), "76–136"))]),
# --- English: the acknowledgement note and first note of a review article on eighteenth-century English politics (Albion; Cambridge Core)
(ALB, "This article was written in October 2002. I am most grateful for the comments of Nigel Aston, Peter Borsay, Grayson Ditchfield, Bill Gibson, Bob Harris, Mike Moore, Murray Pittock, and Stephen Taylor on an earlier draft.",
 []),
(ALB, "1 Albion 23, 2 (Fall 1993): 419-41; 28, 4 (Winter 1996): 607-33; 32, 2 (Summer, 2000): 248-72.",
 [C(art(None, None, "Albion", "23", "2", {"date-parts": [[1993]], "season": 3}, "419–41")),
  C(art(None, None, "Albion", "28", "4", {"date-parts": [[1996]], "season": 4}, "607–33")),
  C(art(None, None, "Albion", "32", "2", {"date-parts": [[2000]], "season": 2}, "248–72"))]),
]
