# -*- coding: utf-8 -*-
# Twenty-ninth gathering (2026-11-25): 40 notes (32 German, 8 Italian) with 43 citations (20 of them short forms); 3
# notes cite no work (a bare `Vgl. ebd., 16.`, `Ivi, p. 9 (…)` followed by prose, `Corsivi miei.`).
# Pages: 4, NOT used before, all public GitHub files of the Max Planck Institute for Legal History (two repositories
# new to the set; github.com itself was used before for other repositories), each at the commit given in its address:
#  - pdf-tei-editor, tests/pdf-match/sources/gruber.tei.xml: the footnote layer of Malte-Christian Gruber's article on
#    the future of legal scholarship (German version, Ancilla Iuris 2023, CC BY 4.0) - 12 notes;
#  - pdf-tei-editor, tests/pdf-match/sources/napoli.tei.xml: an Italian review essay on R. Diana, Migrations of Concepts
#    (philosophy and theatre; DOI 10.6093/2284-0184/11598) - 8 notes;
#  - bibliographic-tei, data/gold/10.1515_zfrs-1980-0103.xml: E. Blankenburg, "Mobilisierung von Recht", Zeitschrift
#    für Rechtssoziologie 1 (1980) 33-64, author-year footnotes - 10 notes;
#  - bibliographic-tei, data/gold/10.1515_zfrs-1980-0104.xml: a German article on comparative law and the sociology of
#    law in the same volume of the Zeitschrift für Rechtssoziologie (1980), German legal citation style - 10 notes.
# No address, and neither repository (`mpilhlt/pdf-tei-editor`, `mpilhlt/bibliographic-tei`), occurs in notes.jsonl or
# in any /work/gather/*.py (notes_twentyeighth.py included; grepped before each page was taken and again before the
# file was closed).
# Shortfall, stated plainly: the brief asked for 70-90 notes from 10-15 new pages in at least four of German,
# Portuguese, Polish, Czech, Dutch, Swedish, Hungarian and Ukrainian. In the time before the 13:25 deadline the `pages`
# index turned up only pages already used (zentrum-gegen-vertreibung cssr1/589, the Derwich review on fdocuments.pl,
# the Szuromi article on adoc.pub) or pages whose stored text is only the opening body text with the notes cut off
# (9lib/docplayer/doczz Polish reviews, blisty.cz and slovoasmysl Czech essays, kommentar.max.hu and c3.hu Hungarian
# pages, nomos-elibrary, atlasfontium, Portuguese SciELO/OpenEdition); searches in Dutch, Swedish and Ukrainian found
# no page with notes. Whole footnotes were then found in the `code` corpus, in the files above. So the file holds one
# target language (German) and Italian (allowed where nothing else is found); the Gruber article gives 12 notes (a
# little over the "about 10 from one book" limit).
# Subjects: legal theory and the history of legal scholarship (Jhering, Windscheid, Wiethölter, Radbruch, Luhmann);
# philosophy and theatre (Diana, Gadamer, theatre masks); the sociology of law (mobilisation of law, police statistics,
# civil courts, 1980) and comparative law (Rabel, Zweigert/Kötz, Carbonnier).
# Shapes met:
#  - German (Gruber): `in: Jahrbücher …, Band I, hg. von C. F. v.\nGerber/R. v. Jhering, 1857, 1-52, 2.`, `hg. von P.
#    Zumbansen/M. Amstutz, 1992/2014, 143-160, 146` (first and present edition years joined by a slash), a lecture named
#    in parentheses after the title (`(Leipziger\nRektoratsrede vom 31. Oktober 1884)`), `ferner ders., …`, `2nd
#    edition` in a German note, three editors joined by `/` with `(Hg.)`, five editors after `hg. von`, `§ 14, 106 f.`,
#    short forms with a cross-reference (`Wiethölter, (Fn. 7), Anforderungen, 533 f.`, `Gutmann, (Fn. 13), 699.`), a
#    journal with its abbreviation in parentheses (`Juristenzeitung (JZ) 68 (2013)`, `Zeitschrift für Soziologie\n(ZfS)
#    22 (1993)`), line-end hyphens inside words and names (`mit direk-\ntem`, `P. Zumban-\nsen`), `-` for a dash inside
#    titles (`Der Holzkopf des Phädrus -Perspektiven`, `Kunst -Recht -Politik`), long quotations after the citation.
#  - Italian (Diana review): a starred first note that is only the reviewed book (`* R. Diana, …, Brepols, Turnhout,
#    2023.`), `Ivi, p. 9` and `cit., p. 189` short forms, `in M.G. Profeti (a cura di), …, Alinea Editrice,\nFirenze,
#    2005 (pp. 59-73).` followed by a paragraph of prose with `(ivi, p. 72)`, `a cura di G. Vattimo` after a translated
#    title, `Corsivi miei.`
#  - German, ZfRS 1980 (Blankenburg): author-year short forms (`Geiger 1964, insbesondere S. 65—83.`, `Black, 1973 S.
#    125 ff.`, `Blankenburg/Sessar/Steffen, 1978, S. 66-85.`), em dashes in ranges, author-year forms inside prose
#    (`vgl. die Konflikttheorie von Gessner 1976, …`, `Steinbach 1979 hat in einer Erhebung …`), the author's own work
#    named by title and year (`in meinem Beitrag über ‘Nichtkriminalisierung als Struktur und Routine’, 1976`).
#  - German, ZfRS 1980 (comparative law): `Zweigert/Kötz I 12 ff.`, `Rabel, Aufgabe … (1925) abgedruckt in: Rabel,
#    Gesammelte Aufsätze III (Hrsg. Leser, 1967) 1 (3).`, journals by abbreviation (`Stanford Law Rev. 26 (1973) 174
#    ff.`, `ZvglRW 78 (1979) 51 ff.`), a French chapter with OCR faults (`compare ä la`, `Societe`), `(Paris 1969) 75
#    (83)`, `Carbonnier (vorige N.) a.a.O..`, `Rose (oben N. 7) 175.`, an OCR space in a French title (`Techno logie`),
#    `Rev. int. Sc. Soc. 22 (1970) 509 (526)`, volumes cited by their editors only (`in: Szalai/Petrella 3 (9 ff.)`,
#    `in: Drobnig/Rehbinder 171 ff.`).
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - The pages are TEI files that mark the printed lines with `<lb/>` and the note number with `<label>`. The note text
#    is given as printed: the number, one space, the text, with a line break where the file has `<lb/>`; the space the
#    file puts after `<lb/>` is not kept, nor the `<lb/>` that some notes have straight after the number (a layout
#    artifact of the number column). The files' annotation (they split some notes into several `<bibl>` parts) is NOT
#    used: the parts of one note are joined back as printed, and the gold below is written by hand from the note text
#    alone (the files hold no CSL gold; no parser was run).
#  - In gold fields a word hyphenated at a line end is joined (`P. Zumban-\nsen` ->
#    `Zumbansen`), as the sixth gathering did for `Ita-⏎liana`; a line break inside a title is read as a space.
#  - `1968/1986`, `1992/2014` (first publication / the edition cited): the later year is `issued`, the earlier
#    `original-date` (the fourteenth's rule).
#  - `ders.` is resolved to the author it repeats (the seventh's `Týž` rule); a bare `Vgl. ebd., 16.` and `Ivi, p. 9`
#    cite no work (like `Ibid.`); `(ivi, p. 72)` inside the prose of a note that has just cited the work adds nothing.
#  - Short forms with a cross-reference (`Wiethölter, (Fn. 7), Anforderungen, 533 f.`) are `short` with author and the
#    short title; the `(Fn. 7)` is not a field. Without a short title (`Gutmann, (Fn. 13), 699.`) the short form has the
#    author only. `R. Diana, Migrations of Concepts. …, cit., p. 189` is a short form with the full title as printed.
#  - Particles stay in the family name (`v. Jhering`, `v. Gerber`), by the twenty-seventh's `van Werveke` rule.
#  - A contribution `in: Jahrbücher für die Dogmatik …, Band I, hg. von …` is a `chapter` (the note cites it as one,
#    with editors and a volume), `volume` "I"; a lecture named in parentheses after a title (`(Leipziger Rektoratsrede
#    vom 31. Oktober 1884)`) is not made a field.
#  - `§ 14, 106 f.` is one locator as printed (label page).
#  - A journal printed with its abbreviation (`Juristenzeitung (JZ)`) keeps it in `container-title` as printed.
#  - `a cura di G. Vattimo` after the title of a translation gives `editor` (the sixth's `(a cura di)`); a chapter span in
#    parentheses with no pinpoint (`(pp. 59-73)`) becomes the locator by the set's page convention.
#  - The starred note that names the reviewed book keeps its `*` as the number.
#  - The two bibliographic-tei files give each note as one raw line (`<input type="raw">`); that text is copied as is.
#  - Author-year references are short forms with `issued` (the eighth's `Brunt 1971a` rule); the author's own work
#    named only by title and year in prose (`in meinem Beitrag über ‘…’, 1976`) is a short form with `title` and
#    `issued` and no author (the "my" rule). Em-dash ranges become en dashes in the locator (`65—83` -> "65–83").
#  - German legal style `1 (3)` / `75 (83)` (first page, then the pinpoint in parentheses): the first page goes in
#    `page`, the pinpoint in `locator`. `(1925) abgedruckt in: …, 1967` gives `issued` 1967 and `original-date` 1925;
#    `Rabel, Gesammelte Aufsätze III` gives `container-title` "Gesammelte Aufsätze", `container-author` Rabel and
#    `volume` "III"; `(Hrsg. Leser, 1967)` gives the editor.
#  - `Zweigert/Kötz I 12 ff.` is a short form with `volume` "I"; `Carbonnier (vorige N.) a.a.O..` is a short form with
#    the author only (a bare `a.a.O.` cites no work, as before); `die Beiträge in Drobnig/Rehbinder` is a short form
#    with the two names as printed.
#  - A chapter in a volume cited only by its editors' names (`in: Szalai/Petrella 3 (9 ff.)`) is a `chapter` with those
#    names as `editor` and no `container-title`; `3 (9 ff.)` gives `page` "3" and locator "9 ff."; `in: Drobnig/
#    Rehbinder 171 ff.` gives locator "171 ff." (no pinpoint is printed apart from the first page).
#  - OCR faults are kept in the gold as printed (`L’apport du droit compare ä la sociologie juridique`, `Societe`).
# Doubtful: the Jhering contribution as `chapter` (the Jahrbücher are a periodical; the note treats the volume as an
# edited book); the Radbruch locator with its `§ 14`; `Juristenzeitung (JZ)` and `Zeitschrift für Soziologie (ZfS)`
# keeping the abbreviation; Vattimo as `editor` (he is the translator-editor); the whole-note joining of the files'
# `<bibl>` parts and the dropped `<lb/>` after the number; the Drobnig/Rehbinder and Szalai/Petrella names read as
# authors in a short form but as editors of a chapter's volume; `171 ff.` as a locator rather than a chapter page; the
# self-citation by title and year as a short form.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


NA = "https://github.com/mpilhlt/pdf-tei-editor/blob/1f5752e773dd09afb69f0ad69cd72ac250dfe845/tests/pdf-match/sources/napoli.tei.xml"
BL = "https://github.com/mpilhlt/bibliographic-tei/blob/2b6b3522f30f479e07b535e64896b4ae592fd813/data/gold/10.1515_zfrs-1980-0103.xml"
RV = "https://github.com/mpilhlt/bibliographic-tei/blob/0d4627c9e67eaca427df18c5d1aacdc03a3349fe/data/gold/10.1515_zfrs-1980-0104.xml"
GR = "https://github.com/mpilhlt/pdf-tei-editor/blob/1f5752e773dd09afb69f0ad69cd72ac250dfe845/tests/pdf-match/sources/gruber.tei.xml"

WIETH = [P("Rudolf", "Wiethölter")]
RIR_ED = [P("P.", "Zumbansen"), P("M.", "Amstutz")]

TWENTYNINTH = [
# --- Gruber, "Futurities of Law" (German version), Ancilla Iuris 2023: footnotes (German legal scholarship style)
(GR, "2 Rudolf v. Jhering, Unsere Aufgabe, in: Jahrbücher für die Dogmatik des\nheutigen römischen und deutschen Privatrechts, Band I, hg. von C. F. v.\nGerber/R. v. Jhering, 1857, 1-52, 2.",
 [C(chap("Unsere Aufgabe", [P("Rudolf", "v. Jhering")], "Jahrbücher für die Dogmatik des heutigen römischen und deutschen Privatrechts", editor=[P("C. F.", "v. Gerber"), P("R.", "v. Jhering")], year=1857, volume="I", page="1–52"), "2")]),
(GR, "3 Vgl. ebd., 16.", []),
(GR, "4 Vgl. Rudolf Wiethölter, Zur Regelbildung in der Dogmatik des Zivilrechts,\nin: Recht in Recht-Fertigungen, hg. von P. Zumbansen/M. Amstutz,\n1992/2014, 143-160, 146.",
 [C(chap("Zur Regelbildung in der Dogmatik des Zivilrechts", WIETH, "Recht in Recht-Fertigungen", editor=RIR_ED, year=2014, **{"original-date": Y(1992)}, page="143–160"), "146")]),
(GR, "5 Vgl. Bernhard Windscheid, Recht und Rechtswissenschaft (Leipziger\nRektoratsrede vom 31. Oktober 1884), in: Die Leipziger Rektoratsreden\n1871-1933, hg. von F. Häuser, 2009, 375-386, 383.",
 [C(chap("Recht und Rechtswissenschaft", [P("Bernhard", "Windscheid")], "Die Leipziger Rektoratsreden 1871-1933", editor=[P("F.", "Häuser")], year=2009, page="375–386"), "383")]),
(GR, "7 Vgl. Rudolf Wiethölter, Rechtswissenschaft, 1968/1986, 38, mit direk-\ntem Bezug auf Bernhard Windscheid; ferner ders., Anforderungen an\nden Juristen heute, in: Recht in Recht-Fertigungen, hg. von P. Zumban-\nsen/M. Amstutz, 1992/2014, 525-541, 527 und 534: \"Ein ‚nützlicher Ju-\nrist' -das wäre dann doch wohl ein Mann, der gar nichts weiß und alles\nkann: der Mann, der eben buchstäblich ‚zu allem fähig ist'.\"",
 [C(book("Rechtswissenschaft", WIETH, year=1986, **{"original-date": Y(1968)}), "38"),
  C(chap("Anforderungen an den Juristen heute", WIETH, "Recht in Recht-Fertigungen", editor=RIR_ED, year=2014, **{"original-date": Y(1992)}, page="525–541"), "527 und 534")]),
(GR, "8 Vgl. etwa Richard Susskind, Tomorrow's Lawyers, 2nd edition, 2017;\nMarkus Hartung/Micha-Manuel Bues/Gernot Halbleib (Hg.), Legal\nTech. Die Digitalisierung des Rechtsmarkts, 2018.",
 [C(book("Tomorrow's Lawyers", [P("Richard", "Susskind")], year=2017, edition="2")),
  C(book("Legal Tech. Die Digitalisierung des Rechtsmarkts", editor=[P("Markus", "Hartung"), P("Micha-Manuel", "Bues"), P("Gernot", "Halbleib")], year=2018))]),
(GR, "9 Siehe hierzu Gustav Radbruch, Rechtsphilosophie, 1932, § 14, 106 f.: \"Ein\nguter Jurist würde aufhören, ein guter Jurist zu sein, wenn ihm in jedem\nAugenblick seines Berufslebens zugleich mit der Notwendigkeit nicht\nauch die tiefe Fragwürdigkeit seines Berufes voll bewußt wäre. […] Nur\nder Banause fühlt sich in jedem Augenblick als fraglos nützliches Glied\nder menschlichen Gesellschaft.\"",
 [C(book("Rechtsphilosophie", [P("Gustav", "Radbruch")], year=1932), "§ 14, 106 f.")]),
(GR, "11 Vgl. hierzu Wiethölter, (Fn. 7), Anforderungen, 533 f.",
 [C(sh([F("Wiethölter")], "Anforderungen"), "533 f.")]),
(GR, "12 Vgl. Andreas Fischer-Lescano, Als Ob! Der Philosoph als wahrer\nRevolutionär des Rechts, in: Negativität. Kunst -Recht -Politik, hg. von\nT. Khurana/D. Quadflieg/F. Raimondi/J. Rebentisch/D. Setton, 2018,\n207-219, 212 ff.",
 [C(chap("Als Ob! Der Philosoph als wahrer Revolutionär des Rechts", [P("Andreas", "Fischer-Lescano")], "Negativität. Kunst -Recht -Politik", editor=[P("T.", "Khurana"), P("D.", "Quadflieg"), P("F.", "Raimondi"), P("J.", "Rebentisch"), P("D.", "Setton")], year=2018, page="207–219"), "212 ff.")]),
(GR, "13 Siehe etwa Thomas Gutmann, Der Holzkopf des Phädrus -Perspektiven\nder Grundlagenfächer, Juristenzeitung (JZ) 68 (2013), 697-700, 698.",
 [C(art("Der Holzkopf des Phädrus -Perspektiven der Grundlagenfächer", [P("Thomas", "Gutmann")], "Juristenzeitung (JZ)", "68", None, 2013, "697–700"), "698")]),
(GR, "19 Vgl. Gutmann, (Fn. 13), 699.",
 [C(sh([F("Gutmann")]), "699")]),
(GR, "22 Vgl. Niklas Luhmann, \"Was ist der Fall?\" und \"Was steckt dahinter?\" -Die\nzwei Soziologien und die Gesellschaftstheorie, Zeitschrift für Soziologie\n(ZfS) 22 (1993), 245-260, 256.",
 [C(art("\"Was ist der Fall?\" und \"Was steckt dahinter?\" -Die zwei Soziologien und die Gesellschaftstheorie", [P("Niklas", "Luhmann")], "Zeitschrift für Soziologie (ZfS)", "22", None, 1993, "245–260"), "256")]),
# --- A review essay on R. Diana, Migrations of Concepts (philosophy and theatre), Italian, in the same repository's
#     footnote layer (tests/pdf-match/sources/napoli.tei.xml)
(NA, "* R. Diana, Migrations of Concepts. From Philosophical Text to Scene, Brepols, Turnhout, 2023.",
 [C(book("Migrations of Concepts. From Philosophical Text to Scene", [P("R.", "Diana")], publisher="Brepols", place="Turnhout", year=2023))]),
(NA, "1 Ivi, p. 9 (l'autore mi ha gentilmente fornito il testo del libro italiano sul quale è stata condotta la traduzione in inglese e da\ncui sono tratte le citazioni in questo lavoro).", []),
(NA, "10 Cfr. S. Mazzoni, Maschera: storie di un oggetto teatrale, in M.G. Profeti (a cura di), La maschera e l'altro, Alinea Editrice,\nFirenze, 2005 (pp. 59-73). Svariate sono le ragioni ipotizzate per l'uso della maschera nei teatri antichi, tra cui ad esempio la\nfacilitazione del riconoscimento dei personaggi, vista l'ampia distanza tra attori e pubblico, e l'interpretazione di più parti\nassunte da uno stesso attore, in virtù della regola fissa dei tre attori. Inoltre, l'immobilizzazione della mimica facciale\nimplicava un potenziamento dei gesti corporei che arrivavano chiaramente molto più lontano della sola espressività del volto.\nTuttavia, «fu la voce, chiara potente duttile, il fattore decisivo della téchne hypokritikè» (ivi, p. 72).",
 [C(chap("Maschera: storie di un oggetto teatrale", [P("S.", "Mazzoni")], "La maschera e l'altro", editor=[P("M.G.", "Profeti")], publisher="Alinea Editrice", place="Firenze", year=2005, page="59–73"))]),
(NA, "12 Cfr. R. Diana, Migrations of Concepts. From Philosophical Text to Scene, cit., p. 189.",
 [C(sh([P("R.", "Diana")], "Migrations of Concepts. From Philosophical Text to Scene"), "189")]),
(NA, "16 H.-G. Gadamer, Verità e metodo, a cura di G. Vattimo, Bompiani, Milano, 2000, p. 815.",
 [C(book("Verità e metodo", [P("H.-G.", "Gadamer")], editor=[P("G.", "Vattimo")], publisher="Bompiani", place="Milano", year=2000), "815")]),
(NA, "17 Corsivi miei.", []),
(NA, "23 R. Diana, Migrations of Concepts. From Philosophical Text to Scene, cit., p. 78.",
 [C(sh([P("R.", "Diana")], "Migrations of Concepts. From Philosophical Text to Scene"), "78")]),
(NA, "26 H.-G. Gadamer, Verità e metodo, cit., p. 805.",
 [C(sh([P("H.-G.", "Gadamer")], "Verità e metodo"), "805")]),
# --- Blankenburg, "Mobilisierung von Recht", Zeitschrift für Rechtssoziologie 1 (1980): German socio-legal footnotes,
#     author-year style, as the raw `input` text of the mpilhlt/bibliographic-tei dataset file
(BL, "1 Geiger 1964, insbesondere S. 65—83.",
 [C(sh([F("Geiger")], issued=Y(1964)), "65–83")]),
(BL, "2 Vgl. Feest/Blankenburg, 1972. Die Konsequenz einer größeren Dunkelziffer bei den von der Polizei selbst entdeckten Straftaten entwickle ich ausführlicher in meinem Beitrag über ‘Nichtkriminalisierung als Struktur und Routine’, 1976.",
 [C(sh([F("Feest"), F("Blankenburg")], issued=Y(1972))),
  C(sh(None, "Nichtkriminalisierung als Struktur und Routine", issued=Y(1976)))]),
(BL, "4 Vgl. Blankenburg/Sessar/Steffen, 1978, S. 66-85.",
 [C(sh([F("Blankenburg"), F("Sessar"), F("Steffen")], issued=Y(1978)), "66–85")]),
(BL, "5 Black, 1973 S. 125 ff.",
 [C(sh([F("Black")], issued=Y(1973)), "125 ff.")]),
(BL, "6 Zur höheren Wahrscheinlichkeit der Normierung von Verhalten in weniger komplexen Beziehungen vgl. die Konflikttheorie von Gessner 1976, insbesondere S. 170—183.",
 [C(sh([F("Gessner")], issued=Y(1976)), "170–183")]),
(BL, "7 Zum Konzept der 'Thematisierung von Recht' vgl. Luhmann 1980, S. 99—112.",
 [C(sh([F("Luhmann")], issued=Y(1980)), "99–112")]),
(BL, "9 Vgl. Schönholz 1980.",
 [C(sh([F("Schönholz")], issued=Y(1980)))]),
(BL, "10 Blankenburg/Schönholz/Rogowski 1979, S. 64 ff.",
 [C(sh([F("Blankenburg"), F("Schönholz"), F("Rogowski")], issued=Y(1979)), "64 ff.")]),
(BL, "12 Koch 1975, S. 75 der allerdings nur streitige Urteile und Vergleiche untersucht hat.",
 [C(sh([F("Koch")], issued=Y(1975)), "75")]),
(BL, "15 Steinbach 1979 hat in einer Erhebung von 1144 Amtsgerichtsprozessen in der Bundesrepublik ohne Berlin in den Jahren 1974—1976 ein Verhältnis von 1 Räumungsklage je 1,2 Forderungsklagen, in Berlin allerdings von 1 Räumungsklage je 0,12 Forderungsklagen ermittelt. Im folgenden auch als GMD-Erhebung zitiert.",
 [C(sh([F("Steinbach")], issued=Y(1979)))]),
# --- A German article on comparative law and the sociology of law, Zeitschrift für Rechtssoziologie 1 (1980), as the
#     raw `input` text of the mpilhlt/bibliographic-tei dataset file (German legal citation style: `1 (3)`, `a.a.O.`)
(RV, "1 Siehe näher Zweigert/Kötz I 12 ff.",
 [C(sh([F("Zweigert"), F("Kötz")], volume="I"), "12 ff.")]),
(RV, "2 Rabel, Aufgabe und Notwendigkeit der Rechtsvergleichung (1925) abgedruckt in: Rabel, Gesammelte Aufsätze III (Hrsg. Leser, 1967) 1 (3).",
 [C(chap("Aufgabe und Notwendigkeit der Rechtsvergleichung", [F("Rabel")], "Gesammelte Aufsätze", editor=[F("Leser")], year=1967, volume="III", page="1", **{"original-date": Y(1925), "container-author": [F("Rabel")]}), "3")]),
(RV, "3 Siehe insbes. die Beiträge in Drobnig/Rehbinder.",
 [C(sh([F("Drobnig"), F("Rehbinder")]))]),
(RV, "4 Dazu R. Abel, Law Books and Books About Law, Stanford Law Rev. 26 (1973) 174 ff.; Benda-Beckmann, Einige Anmerkungen über die Beziehung zwischen Rechtssoziologie und Rechtsvergleichung, ZvglRW 78 (1979) 51 ff.",
 [C(art("Law Books and Books About Law", [P("R.", "Abel")], "Stanford Law Rev.", "26", None, 1973), "174 ff."),
  C(art("Einige Anmerkungen über die Beziehung zwischen Rechtssoziologie und Rechtsvergleichung", [F("Benda-Beckmann")], "ZvglRW", "78", None, 1979), "51 ff.")]),
(RV, "5 Carbonnier, L’apport du droit compare ä la sociologie juridique, in: Livre du centenaire de la Societe de legislation comparee (Paris 1969) 75 (83).",
 [C(chap("L’apport du droit compare ä la sociologie juridique", [F("Carbonnier")], "Livre du centenaire de la Societe de legislation comparee", place="Paris", year=1969, page="75"), "83")]),
(RV, "6 Carbonnier (vorige N.) a.a.O..",
 [C(sh([F("Carbonnier")]))]),
(RV, "7 Nowak, The Strategy of Cross-National Survey Research for the Development of Social Theory, in: Szalai/Petrella 3 (9 ff.); Rose, Interkulturelle Forschung in der Rechtssoziologie, in: Drobnig/Rehbinder 171 ff.",
 [C({"type": "chapter", "title": "The Strategy of Cross-National Survey Research for the Development of Social Theory", "author": [F("Nowak")], "editor": [F("Szalai"), F("Petrella")], "page": "3"}, "9 ff."),
  C({"type": "chapter", "title": "Interkulturelle Forschung in der Rechtssoziologie", "author": [F("Rose")], "editor": [F("Drobnig"), F("Rehbinder")]}, "171 ff.")]),
(RV, "8 Dazu näher Wirsing, Probleme des interkulturellen Vergleichs in der Ethnologie, Sociologus 25 (1975) 97 ff. - Vgl. auch Poirier, Situation actuelle et Programme de travail de Techno logie juridique, Rev. int. Sc. Soc. 22 (1970) 509 (526).",
 [C(art("Probleme des interkulturellen Vergleichs in der Ethnologie", [F("Wirsing")], "Sociologus", "25", None, 1975), "97 ff."),
  C(art("Situation actuelle et Programme de travail de Techno logie juridique", [F("Poirier")], "Rev. int. Sc. Soc.", "22", None, 1970, "509"), "526")]),
(RV, "9 Macaulay, Elegant Models, Empirical Pictures, and the Complexities of Contract, Law & Soc. Rev. 11 (1977) 507 ff.",
 [C(art("Elegant Models, Empirical Pictures, and the Complexities of Contract", [F("Macaulay")], "Law & Soc. Rev.", "11", None, 1977), "507 ff.")]),
(RV, "10 Rose (oben N. 7) 175.",
 [C(sh([F("Rose")]), "175")]),
]
