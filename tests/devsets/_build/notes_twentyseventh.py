# -*- coding: utf-8 -*-
# Twenty-seventh gathering (2026-11-25): 73 notes (31 English, 42 French) from the footnotes and endnotes of
# SCHOLARLY JOURNAL ARTICLES in history, with 82 citations (9 of them short forms); 11 notes cite no work
# (prose, a bare `Ibid.` with a quotation, archival references, an acknowledgement).
# Pages: 23 (23 articles in 11 journals), none of them a `where` address of notes.jsonl or of any /work/gather/*.py
# (notes_twentysixth.py included; grepped by the article's Cambridge Core id and slug before each page was taken and
# again before the file was closed). Sites: no new site was needed. The search index shows a page's text from its
# beginning, and the pages that opened with whole notes were Cambridge Core article pages whose extract is short, so
# that the reference list follows at once (core-prod.cambridgecore.org, homsy-staging.cambridgecore.org,
# core-varnish-new.prod.aop.cambridge.org, www.cambridge.org, all used before for other articles), and one OpenEdition
# Journals page (journals.openedition.org, Cahiers du Centre de recherches historiques) whose only short footnote is
# shown whole. OpenEdition, Persée, Érudit, SciELO and Redalyc article pages were searched, but the index cuts their
# notes (`(...)`) or shows only the opening text; no Spanish, Portuguese, German or Italian journal page with whole
# notes that was not used before turned up in the time, so the non-English half is French only (Annales and its
# forerunners, 1931–1972, on Cambridge Core).
# Gold written by hand from the note text; no parser was run. Notes were taken only where the page showed them whole:
# the last note of each stored text, cut by the index, was left out, and so were notes too tangled to give a sure gold
# (an untitled two-volume work with two imprints and a series, `2 vol. in-8°, … T. I, Lille, … ; t. II, Paris, …`; a
# series, a volume and a second volume named together, `Archives Générales du Royaume. Travaux du cours pratique …
# — Inventaire … — Joindre …`; `Cf. p. 675 : citation du Journal de la Noblesse, …`).
# Languages: English 31, French 42 (no Spanish, Portuguese, German or Italian page with whole, unused notes was found).
# Subjects: historiography and the Annales (the Robespierre edition, feudalism, the history of prices, urban history,
# local history, historical demography and parish registers, family reconstitution by computer, Baehrel's
# Basse-Provence), the English Revolution (Trevor-Roper's Prothero lecture), Victorian political history, Anglo-Saxon
# charters, the first General Chapter of Benedictine abbots (1131), early medieval towns of the Midi and the North,
# the landscape of South Etruria, fifteenth-century English bureaucracy (Tout's Chapters), monetary mutations in
# old-regime France (Bloch), public opinion in the three Stuart kingdoms, Walpole's newspaper propagandists.
# Pages and shapes:
#  - Annales, Robespierre (two pages): `page 82 note 1.` numbering, `Œuvres de Max. Robespierre ; t. VI, Discours,
#    1789-1790. Édition préparée sous la direction de …`, a list of one author's articles joined by ` — ` with `Ibid.,t.
#    IX, 1,1936`, `Google Scholar` glued into the note, a note that is only an imprint (`Paris, Presses Universitaires,
#    1952, 784 p. in-8°.`), `Cf. ouvr. cité,II, 284 : « … »` after prose.
#  - Transactions of the RHS (Prothero lecture): `CrossRefGoogle Scholar` glued to a page, `Esq. ed. Rutt, J. T. (1828) II
#    214, 218–9, 227–31`, the author's own book by title and year, a letter in a printed calendar, parliamentary journals
#    (not listed), an attributed author in parentheses (`(Viscount Saye and Sele) Vindiciae Veritatis (1654) 33.`).
#  - Historical Journal (Victorian politics): a weekly by date and page, `(2nd edn, Hassocks, 1975),Google Scholar`,
#    `his ‘…’in Robert, Robson (ed.), …` (no space before `in`, an inversion garbled), `Anon, ,`, an archival diary.
#  - Anglo-Saxon England (two pages): `page 211 note 2` without a point, `ed. Napier, A. S. and Stevenson, W. H. (Oxford,
#    1895), p. viii.`, `Brooks, N. et al. , ‘…’, ASE 13 (1984), 137–55, at 155.`
#  - Journal of Ecclesiastical History: Oxford-style `in …, Kalamazoo 1987, 34–112`, `Cambridge 1996, 181, 198, 201`,
#    inner double quotes in a single-quoted title, `in Mark F. Williams (ed.), …, London 2005, 117–29, 182–8`.
#  - Annales (parish registers, 1954): OCR faults (`l n édition`, `in-8”`), `p. 369-373 et 558-561 de la 5e édition`,
#    `Dr. Noirot, Louis,`, `Abbé J. Canard`, `chanoine L. Clément`, `48 p., dans Bibliothèque du Travail, n° 187-188`.
#  - Annales (family reconstitution, 1972): a paper read at Leningrad, `Couturier, M., « … », Annales de démographie
#    historique, 1967, pp. 51 sq.`, a lecture `Institute for Advanced Study, Princeton, N.J., conférence de mai 1971`.
#  - Annales d'histoire économique et sociale, Annales d'histoire sociale, Mélanges d'histoire sociale (1931–1944): a
#    cue word caught in an inverted name (`Febvre, Cf. Lucien,`), `idéesdans`, `M. Labrousse`, `une « enquête » de Lucien
#    Febvre` in `le tome II des Annales, 1930`, an unnumbered first note (`Cf. Annales, t. V, 1933, p. 256 et t. VII,
#    1935, p. 353 et 380.`), notes that are only an imprint (`Marseille, A. Gid, 1935 ; in-8°, 54 p.`), `Dans Bull, de la
#    Commission royale d'histoire, t. 99 (1935), p. 251-307. Bruxelles, Hayez, 1936.`, `c. r. de l'article de`, two
#    article titles before one journal (`t. XIII-XIV, 1934-1935`).
#  - Annales (1961, 1967, 1972): an unnumbered note on a forthcoming book in a series, a starred note (`*` on its own
#    line) ending with a comma, `Cahiers, t. XXI, p. 424.`, `(Cahiers des Annales, 3, cinquième édition, 1964)`,
#    `Ibid., p. 5 : « In towns … »` (an English quotation in a French note), `(Paris- Bruxelles, 1939)`.
#  - Annales (Marc Bloch, monetary mutations, 1953): a starred note pointing to the article's first part (`dans le n°2,
#    avril-juin 1953, p. 145-158`), `Jassemin, p. 320.`, `Langiois, Textes — et Bouille, II.`, `Guibert de Nogent, Histoire
#    de sa vie, publ. par G. Bourgin dans la « Collection … », Paris, 1907`, a charter `dans M. Planiol, …, 1876, p. 386`.
#  - Transactions of the RHS (bureaucracies): `Tait, J.'s obituary notice in Eng. Hist. Rev., xlv (1930), 82`, `in ibid.,
#    xxiii (1908), 556–9`, `Chapters, I, pp. 4–6, and III, pp. vi–vii` after a sentence naming the book's publisher.
#  - OpenEdition (CCRH): `Tijdschrift voor Geschiedenis, no 103, 1990, pp. 279-293.`
#  - Papers of the British School at Rome (1968): `PBSR, xxix, 1961Google Scholar.`, untitled contributions by author
#    (`Judson, Sheldon and Kahane, Anne in PBSR, xxxi, 1963, pp. 7499`), a lecture series in parentheses (`(Second Myres
#    Memorial Lecture, 1964)`), `Ward-Perkins, art. cit., p. 15.`, `Ibid., p. 14, pl. 4.`
#  - Journal of British Studies: Chicago notes with inverted names, `Historical Journal 46, no. 3 (September 2003):
#    723–47CrossRefGoogle Scholar, at 723`, `Burgess, Glenn, ed.,`, `Scott, David, preface to Leviathan: …`, `(Spring 1994)`.
#  - Historical Journal (Walpole, cambridge.org): garbled inversions (`Yorke], [P., Walpoliana`, `John, , Lord, Hervey,`),
#    `Chesterfield, Lord,`, `ed. by Sedgwick, R. R. (3 vols. London, 1931), 1, 177–8`.
# Decisions (new or made explicit here; the earlier conventions hold otherwise):
#  - A note that gives only the imprint of the work under review (`Paris, Presses Universitaires, 1952, 784 p. in-8°.`,
#    `Tongres, Michiels-Broeders, 1935 ; in-8°, 308 p.`) is a `book` without title holding publisher, place and year; the
#    number of pages and the format (`784 p.`, `in-8°`) are not kept.
#  - Articles of one author listed after ` — ` (`Febvre, Lucien, « A », … — « B », Ibid., … — « C », …`) each get that
#    author; `Ibid.` standing for the journal just named is resolved to it (`Revue de Synthèse`).
#  - `ouvr. cité,II, 284` with no author or title is a short form holding only `volume` (as `op. cit.` keeps only what
#    it says); `la Table onomastique` named in prose is a short form with that title.
#  - A journal cited by volume and year without an article (`Annales, t. V, 1933, p. 256`) is a `periodical` (the
#    ninth's rule), with the pages as locator; an article named only as `une « enquête » de Lucien Febvre` in a volume of
#    the Annales is an `article-journal` without title.
#  - The work under review named in an unnumbered note with its series (`… à paraître incessamment (Ecole Pratique des
#    Hautes Etudes, VIe section, Collection Démographie et Sociétés)`) is a `book` with the school as publisher and the
#    series as `collection-title`; no year, as none is printed.
#  - `Œuvres de Max. Robespierre ; t. VI, Discours, 1789-1790` is a `book` whose title holds the author's name (no
#    `author`), `volume` "VI" and `volume-title` "Discours, 1789-1790"; `Édition préparée sous la direction de …` gives
#    `editor`.
#  - A garbled Cambridge inversion that caught the cue word (`Febvre, Cf. Lucien`) is read as printed, by the
#    eighteenth's rule (family "Febvre", given "Cf. Lucien"); `Robert, Robson (ed.)` gives family "Robert", given "Robson";
#    `Anon, ,` gives family "Anon" only; `van Werveke, M.` keeps the particle in the family name.
#  - Titles and honorifics are not part of names (`Dr. Noirot`, `Abbé J. Canard`, `chanoine L. Clément`, `M.
#    Labrousse`, `Chesterfield, Lord`); `Esq.` is kept where it is part of a title (`The Diary of Thomas Burton Esq.`).
#  - A paper read at a meeting and known by place and year (`“ Family reconstitution by computer ”, Leningrad, 1970`) or
#    by host and month (`…, Institute for Advanced Study, Princeton, N.J., conférence de mai 1971`) is `paper-conference`
#    (the ninth's rule), the host as `event-title`, the place as `event-place`.
#  - A letter cited from a printed calendar (`Roe to Queen of Bohemia. Calendar of State Papers (Domestic), 1635, 9.`) is
#    the calendar as a `book` titled as printed, with the page as locator (the twenty-third's rule for letters cited from
#    an edition); Commons and Lords Journals are parliamentary and not listed.
#  - A page pinpoint written `68Google Scholar, 73n` keeps the note reference: locator "68, 73n"; `pp. 51 sq.` gives
#    locator "51 sq." (the fourteenth's `47 sq.`); `p. 369-373 et 558-561` gives "369–373 et 558–561".
#  - A journal cited by volume with a page range but no article title (`Geographical Journal, cxxviii, 1962, pp. 389–90`,
#    `Tijdschrift voor Geschiedenis, no 103, …`, `Judson, Sheldon and Kahane, Anne in PBSR, xxxi, 1963, pp. 7499`) is an
#    `article-journal` without title (the twenty-third's `Hesperia 85 (2016), pp. 559–76`); by volume alone or with a
#    single page (`PBSR, xxix, 1961`, `Annales, t. I, 1929, p. 108`) it is a `periodical`. A range that lost its dash
#    (`pp. 7499`, `pp. 4086`) is kept as printed in the locator (the eighteenth's `pp. 1833`).
#  - `his ‘John Robert Seeley …’in Robert, Robson (ed.), …` gives the chapter no author (the "my"/"his" rule); a
#    preface named by its writer (`Scott, David, preface to Leviathan: …`) is a `chapter` titled `preface` (the
#    twenty-fifth's `forward` rule), here with Scott as author; `(3 vols. London, 1931), 1, 177–8` gives `volume` "1",
#    `number-of-volumes` "3" and locator "177–8".
#  - `ibid.` standing for a journal just named is resolved to it (`Ibid.,t. IX` → Revue de Synthèse, `in ibid., xxiii`
#    → Eng. Hist. Rev.); one short title cited in two volumes (`Chapters, I, pp. 4–6, and III, pp. vi–vii`) gives two
#    short forms; the publisher named in the prose before them (`Chapters was published by Manchester University Press
#    … between 1920 and 1933`) is not made a record. A starred note pointing to the first part of the same article
#    (`dans le n°2, avril-juin 1953, p. 145-158`) is an untitled `article-journal` by the author named, without journal.
#  - `Guibert de Nogent` is a `literal` author (the twenty-fifth's rule for medieval authors); `publ. par G. Bourgin`
#    gives `editor`; a charter cited `dans M. Planiol, La Très Ancienne Coutume de Bretagne` gives the book with Planiol
#    as author, as printed.
#  - `cinquième édition` gives `edition` "5"; `(Cahiers des Annales, 3, …)` gives `collection-title` and
#    `collection-number`; a starred note keeps its `*` on its own line as the page prints it.
# Doubtful: the Feillet locator, which the note gives for the 5th edition (`de la 5e édition, Paris, 1886`) while the
# record holds the first (1868; the OCR's `l n édition` is not kept); the imprint-only `book`s; `Histoire de Tournai`
# read as van Werveke's article title (it heads a review); the two Revue belge titles given no author (Sabbe, not named);
# `Bull, de la Commission royale d'histoire` kept with its OCR comma; the Calendar of State Papers as a book; Febvre given
# to the second and third articles of the ` — ` list; `Cambridge Economie History of Europe` (OCR for Economic) kept;
# `Baehbel` (OCR for Baehrel) kept; the ROB1 note 2 of page 83 read as whole because the stored page ends with it;
# Hervey's garbled `John, , Lord, Hervey` given as John Hervey and `Yorke], [P.` kept as printed (family "Yorke]");
# `Chesterfield, Lord` given the family name only (`Lord` a title); PBSR's untitled contributions typed `article-journal`.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, book, short
from notes_data import C_locating_ranges as C  # the set's page convention
from notes_more import art
from notes_extra import chap
from notes_fourth import mag, paper
from notes_fifth import thesis


def sh(author=None, title=None, **kw):
    g = short(author, title); g.update(kw); return g


def per(title, volume=None, year=None):
    g = {"type": "periodical", "title": title}
    if volume: g["volume"] = volume
    if year: g["issued"] = Y(year)
    return g


def imprint(publisher, place, year):
    """A note that gives only the imprint of the work under review."""
    return {"type": "book", "publisher": publisher, "publisher-place": place, "issued": Y(year)}


URB1 = "https://core-prod.cambridgecore.org/core/journals/annales-d-histoire-economique-et-sociales/article/histoire-urbaine1/60F1E0C3A21F83628E61AB5B6525933D"
URB2 = "http://core-varnish-new.prod.aop.cambridge.org/core/journals/annales-d-histoire-economique-et-sociales/article/histoire-urbaine-directions-de-recherches-et-resultats1/E6040D81E65B582501C8A8F164D1A1CD"
VIL = "https://homsy-staging.cambridgecore.org/core/journals/melanges-d-histoire-sociale/article/villes-du-midi-et-villes-du-nord/ED2A8AD6C195D4691A597D72D079B9D4"
ORI = "https://core-prod.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/abs/propos-des-origines-urbaines/27409F57ED1211443EB66525E3FB5740"
LOC = "https://homsy-staging.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/problemes-de-la-recherche-v-defense-et-illustration-de-lhistoire-locale/99DC8A9C1CBC252151B2278C959E2672"
BSR = "https://homsy-staging.cambridgecore.org/core/journals/papers-of-the-british-school-at-rome/article/i-introduction/E0AA117432317420799B5B142947E5BA"
JBS = "https://homsy-staging.cambridgecore.org/core/journals/journal-of-british-studies/article/abs/publics-and-participation-in-the-three-kingdoms-was-there-such-a-thing-as-british-public-opinion-in-the-seventeenth-century/7F061DAD48FB50A7EA2CA3BDF925C5B2"
WAL = "https://www.cambridge.org/core/journals/historical-journal/article/government-and-ideology-during-the-age-of-whig-supremacy-the-political-argument-of-sir-robert-walpoles-newspaper-propagandists/38DDDB6656BB5E70384A36A44DC2CE53"
MON = "https://core-prod.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/mutations-monetaires-dans-lancienne-france-seconde-partie/101984981AB24140C02D54A77F41D3B4"
BUR = "https://homsy-staging.cambridgecore.org/core/journals/transactions-of-the-royal-historical-society/article/public-and-private-bureaucracies-in-england-and-wales-in-the-fifteenth-century/1DF9F5C4C82F76E4E419A1565F6DF219"
ROB1 = "https://core-prod.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/ou-robespierre-beneficie-du-travail-collectif/0136243053E9C65ABF089F83996D5635"
ROB2 = "https://homsy-staging.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/abs/genese-dune-mystique/EC65879FA67B4488BF2B1327399C0574"
PRO = "https://core-prod.cambridgecore.org/core/journals/transactions-of-the-royal-historical-society/article/abs/continuity-of-the-english-revolution-the-prothero-lecture/405C2B005DEC295ACCC92F75C9811828"
VIC = "https://homsy-staging.cambridgecore.org/core/journals/historical-journal/article/state-of-victorian-political-history/3745AED3F2DF7D5495234D3434AF5EB7"
ASC = "https://core-prod.cambridgecore.org/core/journals/anglo-saxon-england/article/anglosaxon-charters-the-work-of-the-last-twenty-years/36FD77EA293330E79C847816AD0DA6DF"
DUN = "https://homsy-staging.cambridgecore.org/core/journals/anglo-saxon-england/article/dunstan-b-charters/72543771040128AC75CF9CB4DE7D713E"
JEH = "http://core-varnish-new.prod.aop.cambridge.org/core/journals/journal-of-ecclesiastical-history/article/first-general-chapter-of-benedictine-abbots-1131-reconsidered/A89272AEDBB4AEFE8F2308805940DE31"
GOU = "https://core-prod.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/une-richesse-historique-en-cours-dexploitation-les-registres-paroissiaux/0AB79F5A3A944EF3DED92E836DD29C4F"
DEM = "https://homsy-staging.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/un-programme-detude-demographique-sur-ordinateur/A68591D0E9FCBA52770B85D9758D8BF5"
FEO = "https://core-prod.cambridgecore.org/core/journals/annales-d-histoire-economique-et-sociales/article/feodalite-vassalite-seigneurie-a-propos-de-quelques-travaux-recents/9FD5CF2F73F689DC95E6EB4FAC32FAA6"
PRX = "https://homsy-staging.cambridgecore.org/core/journals/annales-d-histoire-sociale-1939-1941/article/lhistoire-des-prix-quelques-remarques-critiques/DEB81AC32D91998C8A9FA5F1A7343AC9"
BAE = "https://core-prod.cambridgecore.org/core/journals/annales-histoire-sciences-sociales/article/prix-superficies-statistique-croissances/C89C656229B59DE07F2D23BA79D68DAB"
CRH = "http://journals.openedition.org/ccrh/2854"

FEBVRE = [P("Lucien", "Febvre")]

TWENTYSEVENTH = [
# --- French: Annales (Cambridge Core), a 1951 notice of the Robespierre edition, `page N note N.` numbering
(ROB1, "page 82 note 1. Œuvres de Max. Robespierre ; t. VI, Discours, 1789-1790. Édition préparée sous la direction de Marc Bouloiseau, Georges Lefebvre, Albert Soboul. Publication de la 6° Section de l'École des Hautes Études et de la Société des Études Robespierristes, Paris, Presses Universitaires de France, 1950 ; in-8°, 704 p.",
 [C(book("Œuvres de Max. Robespierre", editor=[P("Marc", "Bouloiseau"), P("Georges", "Lefebvre"), P("Albert", "Soboul")], publisher="Presses Universitaires de France", place="Paris", year=1950, volume="VI", **{"volume-title": "Discours, 1789-1790"}))]),
(ROB1, "page 83 note 1. Il est bien entendu que cette note ne tient pas lieu d'un compte rendu véritable du recueil.",
 []),
(ROB1, "page 83 note 2. Cf. Febvre, Lucien, « De 1892 à 1932 : examen de conscience d'une histoire et d'un historien », Revue de Synthèse, t. VII, 1934, p. 93–107 Google Scholar. — « Les recherches collectives et l'avenir de l'Histoire », Ibid.,t. IX, 1,1936, p. 7-15. — « Bibliographie, oeuvre collective, ou alors ?… », Annales d'Histoire Économique et Sociale, t. VIII, 1936, p. 464, etc.",
 [C(art("De 1892 à 1932 : examen de conscience d'une histoire et d'un historien", FEBVRE, "Revue de Synthèse", volume="VII", year=1934, page="93–107")),
  C(art("Les recherches collectives et l'avenir de l'Histoire", FEBVRE, "Revue de Synthèse", volume="IX", issue="1", year=1936, page="7–15")),
  C(art("Bibliographie, oeuvre collective, ou alors ?…", FEBVRE, "Annales d'Histoire Économique et Sociale", volume="VIII", year=1936), "464")]),
# --- French: Annales (Cambridge Core), a 1952 review of the next Robespierre volume; `ouvr. cité` with volume and page
(ROB2, "page 55 note 1. Paris, Presses Universitaires, 1952, 784 p. in-8°.",
 [C({"type": "book", "publisher": "Presses Universitaires", "publisher-place": "Paris", "issued": Y(1952)})]),
(ROB2, "page 56 note 2. Songeons aux persistances de cette doctrine, aux propos des territoriaux mobilisés en 1914 et aux répugnances (corrélatives et déguisées) des militaires professionnels à employer les réservistes au front, à la même époque, etc.. Cf. ouvr. cité,II, 284 : « Disons qu'elles [les gardes nationales] ne sont point destinées à porter la guerre au dehors. Disons que le soin de combattre les étrangers ne peut les regarder que dans le cas où nous serions obligés de défendre notre propre territoire.»",
 [C(sh(volume="II"), "284")]),
# --- English: Transactions of the Royal Historical Society (Cambridge Core), the Prothero lecture on the English Revolution
(PRO, "1 The phrase in quotation marks is from Clark, J. C. D., Revolution and Rebellion (Cambridge, 1986) p. 130CrossRefGoogle Scholar. I hope I have not misrepresented the argument of this lively and stimulating book.",
 [C(book("Revolution and Rebellion", [P("J. C. D.", "Clark")], place="Cambridge", year=1986), "130")]),
(PRO, "2 Roe to Queen of Bohemia. Calendar of State Papers (Domestic), 1635, 9.",
 [C(book("Calendar of State Papers (Domestic), 1635"), "9")]),
(PRO, "3 I have dealt with this episode in Catholics, Anglicans and Puritans (1987) 100–1.",
 [C(book("Catholics, Anglicans and Puritans", year=1987), "100–1")]),
(PRO, "4 The Diary of Thomas Burton Esq. ed. Rutt, J. T. (1828) II 214, 218–9, 227–31Google Scholar.",
 [C(book("The Diary of Thomas Burton Esq.", editor=[P("J. T.", "Rutt")], year=1828, volume="II"), "214, 218–9, 227–31")]),
(PRO, "5 The Earls of Pembroke, Leicester and Northumberland insisted on pressing for the inclusion of the ‘Arminian’ Henry Hammond in the Assembly of Divines (Commons Journals II 595; Lords Journals V 84, 95–7). Northumberland's father had greatly valued Richard Montagu, Augustine Lindsell, and others whom Montagu regarded as ‘honest men’ (e.g. Francis Burgoyne). See The Correspondence of John Cosin DD (Surtees Society, 1868) I 68Google Scholar, 73n.",
 [C(book("The Correspondence of John Cosin DD", publisher="Surtees Society", year=1868, volume="I"), "68, 73n")]),
(PRO, "6 (Viscount Saye and Sele) Vindiciae Veritatis (1654) 33.",
 [C(book("Vindiciae Veritatis", [L("Viscount Saye and Sele")], year=1654), "33")]),
# --- English: Historical Journal (Cambridge Core), a review article on Victorian political history; inverted names
(VIC, "1 Times Literary Supplement, 27 Aug. 1982, p. 930.",
 [C({"type": "article-newspaper", "container-title": "Times Literary Supplement", "issued": Y(1982, 8, 27)}, "930")]),
(VIC, "2 Not that historians had failed to do so before: see, e.g. Shannon, R. T., Gladstone and the Bulgarian agitation, 1876 (2nd edn, Hassocks, 1975),Google Scholar and his ‘John Robert Seeley and the idea of a national Church’in Robert, Robson (ed.), Ideas and institutions of Victorian Britain: essays in honour of George Kitson Clark (London, 1967), pp. 236–67.Google Scholar",
 [C(book("Gladstone and the Bulgarian agitation, 1876", [P("R. T.", "Shannon")], place="Hassocks", year=1975, edition="2")),
  C({"type": "chapter", "title": "John Robert Seeley and the idea of a national Church", "container-title": "Ideas and institutions of Victorian Britain: essays in honour of George Kitson Clark",
     "editor": [P("Robson", "Robert")], "publisher-place": "London", "issued": Y(1967)}, "236–67")]),
(VIC, "3 However, he makes some repeated slips in the spelling of names and titles (of, e.g., Wilamowitz and W. K. C. Guthrie).",
 []),
(VIC, "4 Anon, , Political portraits: characters of some of our public men (London, 1873), pp. 186–92.Google Scholar",
 [C(book("Political portraits: characters of some of our public men", [F("Anon")], place="London", year=1873), "186–92")]),
(VIC, "6 Derby diary, 28 June 1870, Derby papers, Liverpool Record Office.",
 []),
# --- English: Anglo-Saxon England (Cambridge Core), Brooks's survey of charter studies; `page N note N` without a point
(ASC, "page 211 note 1 This review covers the period up to the end of August 1973.",
 []),
(ASC, "page 211 note 2 The Crawford Collection of Early Charters and Documents, ed. Napier, A. S. and Stevenson, W. H. (Oxford, 1895), p. viii.Google Scholar",
 [C(book("The Crawford Collection of Early Charters and Documents", editor=[P("A. S.", "Napier"), P("W. H.", "Stevenson")], place="Oxford", year=1895), "viii")]),
(ASC, "page 212 note 1 Anglo-Saxon Writs, ed. Harmer, F. E. (Manchester, 1952).Google Scholar",
 [C(book("Anglo-Saxon Writs", editor=[P("F. E.", "Harmer")], place="Manchester", year=1952))]),
# --- English: Anglo-Saxon England (Cambridge Core), Keynes on the `Dunstan B' charters
(DUN, "1 Brooks, N. et al. , ‘A New Charter of King Edgar’, ASE 13 (1984), 137–55, at 155.Google Scholar",
 [C(art("A New Charter of King Edgar", [P("N.", "Brooks")], "ASE", volume="13", year=1984, page="137–55"), "155")]),
# --- English: Journal of Ecclesiastical History (Cambridge Core), the first General Chapter of Benedictine abbots
(JEH, "1 Stanislaus Ceglar, ‘William of Saint-Thierry and his leading role at the first chapters of the Benedictine abbots (Reims 1131, Soissons 1132)’, in William, abbot of St Thierry: a colloquium at the abbey of St Thierry, Kalamazoo 1987, 34–112; Giles Constable, The reformation of the twelfth century, Cambridge 1996, 181, 198, 201; Ellen Rozanne Elder, ‘Communities of reform in the province of Reims: the Benedictine “chapter general” of 1131’, in Mark F. Williams (ed.), The making of Christian communities in late antiquity and the Middle Ages, London 2005, 117–29, 182–8.",
 [C(chap("William of Saint-Thierry and his leading role at the first chapters of the Benedictine abbots (Reims 1131, Soissons 1132)", [P("Stanislaus", "Ceglar")], "William, abbot of St Thierry: a colloquium at the abbey of St Thierry", place="Kalamazoo", year=1987), "34–112"),
  C(book("The reformation of the twelfth century", [P("Giles", "Constable")], place="Cambridge", year=1996), "181, 198, 201"),
  C(chap("Communities of reform in the province of Reims: the Benedictine “chapter general” of 1131", [P("Ellen Rozanne", "Elder")], "The making of Christian communities in late antiquity and the Middle Ages", editor=[P("Mark F.", "Williams")], place="London", year=2005), "117–29, 182–8")]),
# --- French: Annales (Cambridge Core), Goubert on parish registers (1954); OCR faults kept
(GOU, "page 83 note 1. Feillet, Alphonse, La Misère au temps de la Fronde et saint Vincent de Paul, l n édition, Paris, 1868 Google Scholar, in-8”. Extraits de registres d'état-civil, p. 369-373 et 558-561 de la 5e édition, Paris, 1886.",
 [C(book("La Misère au temps de la Fronde et saint Vincent de Paul", [P("Alphonse", "Feillet")], place="Paris", year=1868), "369–373 et 558–561")]),
(GOU, "page 83 note 2. Dr. Noirot, Louis, Études statistiques sur la mortalité et la durée de la vie dans la ville et l'arrondissement de Dijon depuis le XVIIe siècle jusqu'à nos jours, Paris et Dijon, 1850, in-8°, 88 p.Google Scholar",
 [C(book("Études statistiques sur la mortalité et la durée de la vie dans la ville et l'arrondissement de Dijon depuis le XVIIe siècle jusqu'à nos jours", [P("Louis", "Noirot")], place="Paris et Dijon", year=1850))]),
(GOU, "page 83 note 3. Citons, parmi les plus récents : Abbé J. Canard, Les Mouvements de la population à Saint- Romain d'Urfé de 1612 à 1946, dans Bulletin de la Diana, t. XXIX, n° 4, p. 118-155 ; chanoine L. Clément, Routot, des origines à la Révolution, Fécamp, 1950, in-8°, VIII-306 p. (excellent) ; René Samson, Un village de l'Oise au XVIIe siècle, Cannes, 1952, 48 p., dans Bibliothèque du Travail, n° 187-188 (malheureusement trop condensé).",
 [C(art("Les Mouvements de la population à Saint- Romain d'Urfé de 1612 à 1946", [P("J.", "Canard")], "Bulletin de la Diana", volume="XXIX", issue="4", page="118–155")),
  C(book("Routot, des origines à la Révolution", [P("L.", "Clément")], place="Fécamp", year=1950)),
  C(book("Un village de l'Oise au XVIIe siècle", [P("René", "Samson")], place="Cannes", year=1952, **{"collection-title": "Bibliothèque du Travail", "collection-number": "187-188"}))]),
# --- French: Annales (Cambridge Core), a family-reconstitution program (1972); papers read at meetings
(DEM, "1. R. S. Schofield, “ Family reconstitution by computer ”, Leningrad, 1970, dont la traduction paraît dans ce numéro àesAnnales; Couturier, M., « Nouveau débat sur démographie historique et mécanographie électronique », Annales de démographie historique, 1967, pp. 51 sq.Google Scholar",
 [C({"type": "paper-conference", "title": "Family reconstitution by computer", "author": [P("R. S.", "Schofield")], "event-place": "Leningrad", "issued": Y(1970)}),
  C(art("Nouveau débat sur démographie historique et mécanographie électronique", [P("M.", "Couturier")], "Annales de démographie historique", year=1967), "51 sq.")]),
(DEM, "2. Laboratoire d'Informatique, service de M. le professeur Laudet, Université Paul-Sabatier 118, route de Narbonne, 31 - Toulouse. Par leurs encouragements, MM. les professeurs M. Reinhard et J. Godechot ont permis le succès de cette entreprise et le C.N.R.S. a accordé son aide matérielle efficace.",
 []),
(DEM, "3. E. A. Wrigley, Nominal record linkage by computer and the logic of Family Reconstitution, Institute for Advanced Study, Princeton, N.J., conférence de mai 1971. Nous remercions l'auteur de nous avoir communiqué la primeur de ce travail encore inédit.",
 [C({"type": "paper-conference", "title": "Nominal record linkage by computer and the logic of Family Reconstitution", "author": [P("E. A.", "Wrigley")],
     "event-title": "Institute for Advanced Study", "event-place": "Princeton, N.J.", "issued": Y(1971, 5)})]),
# --- French: Annales d'histoire économique et sociale (Cambridge Core), Bloch on feudalism (1931); a garbled inverted name
(FEO, "page 246 note 1. Febvre, Cf. Lucien, Civilisation, évolution d'un mol et d'un groupe d'idéesdans Centre International De Synthèse. Première Semaine internationale de Synthèse, fasc. 2, Civilisation, Paris, 1930 Google Scholar.",
 [C({"type": "chapter", "title": "Civilisation, évolution d'un mol et d'un groupe d'idées", "author": [P("Cf. Lucien", "Febvre")],
     "container-title": "Première Semaine internationale de Synthèse", "container-author": [L("Centre International De Synthèse")],
     "volume": "2", "volume-title": "Civilisation", "publisher-place": "Paris", "issued": Y(1930)})]),
# --- French: Annales d'histoire sociale (Cambridge Core), on the history of prices (1939)
(PRX, "page 141 note 1. Cf., sur ces travaux, G. Lefebvre, Le mouvement des prix et les origines de la Révolution française dans Annales, t. IX, 1937. A signaler le très util© article de M. Labrousse, destiné spécialement aux historiens : Quelques observations sur la lecture des courbes économiques dans Annales historiques de la Révolution, 1937. — Déjà, sur l'histoire des prix, dans le tome II des Annales, 1930, une « enquête » de Lucien Febvre.",
 [C(art("Le mouvement des prix et les origines de la Révolution française", [P("G.", "Lefebvre")], "Annales", volume="IX", year=1937)),
  C(art("Quelques observations sur la lecture des courbes économiques", [F("Labrousse")], "Annales historiques de la Révolution", year=1937)),
  C(art(None, FEBVRE, "Annales", volume="II", year=1930))]),
# --- French: Annales (Cambridge Core), Baehrel's preface on prices and growth: an unnumbered note
(BAE, "Larges extraits de la Préface par laquelle s'ouvrira l'ouvrage de René Baehbel, Une croissance : La Basse-Provence rurale depuis la fin du XVIe siècle jusqu'à la veille de la Révolution. Essai d'économie historique statistique, un volume et un album à paraître incessamment (Ecole Pratique des Hautes Etudes, VIe section, Collection Démographie et Sociétés). Le lecteur ne cherchera pas ici la Planche I (Localisation des communautés citées dans l'ouvrage).",
 [C(book("Une croissance : La Basse-Provence rurale depuis la fin du XVIe siècle jusqu'à la veille de la Révolution. Essai d'économie historique statistique", [P("René", "Baehbel")], publisher="Ecole Pratique des Hautes Etudes, VIe section", **{"collection-title": "Collection Démographie et Sociétés"}))]),
# --- French: Cahiers du Centre de recherches historiques (OpenEdition), merchants' manuals: the one short note the page shows whole
(CRH, "1 Tijdschrift voor Geschiedenis, no 103, 1990, pp. 279-293.",
 [C(art(None, None, "Tijdschrift voor Geschiedenis", issue="103", year=1990, page="279–293"))]),
# --- English: Papers of the British School at Rome (Cambridge Core), the introduction to a survey of South Etruria (1968);
#     journal volumes in lower-case roman numerals, ranges that lost their dash (`pp. 7499`), untitled contributions
(BSR, "1 PBSR, xxix, 1961Google Scholar.",
 [C(per("PBSR", volume="xxix", year=1961))]),
(BSR, "2 Geographical Journal, cxxviii, 1962, pp. 389–90Google Scholar.",
 [C(art(None, None, "Geographical Journal", volume="cxxviii", year=1962, page="389–90"))]),
(BSR, "4 Judson, Sheldon and Kahane, Anne in PBSR, xxxi, 1963, pp. 7499Google Scholar.",
 [C(art(None, [P("Sheldon", "Judson"), P("Anne", "Kahane")], "PBSR", volume="xxxi", year=1963), "7499")]),
(BSR, "5 Ward-Perkins, J. B., Landscape and History in Central Italy (Second Myres Memorial Lecture, 1964), pp. 14, 15Google Scholar. Cf. also p. 58, below.",
 [C(book("Landscape and History in Central Italy", [P("J. B.", "Ward-Perkins")], year=1964, **{"collection-title": "Second Myres Memorial Lecture"}), "14, 15")]),
(BSR, "6 Ibid., p. 14, pl. 4.",
 []),
(BSR, "9 Harris, W. in PBSR, xxxiii, 1965, p. 114Google Scholar.",
 [C(art(None, [P("W.", "Harris")], "PBSR", volume="xxxiii", year=1965), "114")]),
(BSR, "10 See now Whitehouse, David, ‘The medieval glazed pottery of Lazio’, PBSR, xxxv, 1967, pp. 4086Google Scholar.",
 [C(art("The medieval glazed pottery of Lazio", [P("David", "Whitehouse")], "PBSR", volume="xxxv", year=1967), "4086")]),
(BSR, "12 Ward-Perkins, art. cit., p. 15. Publication now in preparation.",
 [C(sh([F("Ward-Perkins")]), "15")]),
# --- English: Journal of British Studies (Cambridge Core), public opinion in the three kingdoms; Chicago notes with
#     Cambridge's inverted names, `at 723` pinpoints, a preface named by its writer
(JBS, "1 Canny, Nicholas P., “Writing Early Modern History: Ireland, Britain, and the Wider World,” Historical Journal 46, no. 3 (September 2003): 723–47CrossRefGoogle Scholar, at 723; Burgess, Glenn, ed., The New British History: Founding a Modern State, 1603–1715 (London, 1999)Google Scholar; Scott, David, preface to Leviathan: The Rise of Britain as a World Power (London, 2013)Google Scholar.",
 [C(art("Writing Early Modern History: Ireland, Britain, and the Wider World", [P("Nicholas P.", "Canny")], "Historical Journal", volume="46", issue="3", year=Y(2003, 9), page="723–47"), "723"),
  C(book("The New British History: Founding a Modern State, 1603–1715", editor=[P("Glenn", "Burgess")], place="London", year=1999)),
  C({"type": "chapter", "title": "preface", "author": [P("David", "Scott")], "container-title": "Leviathan: The Rise of Britain as a World Power", "publisher-place": "London", "issued": Y(2013)})]),
(JBS, "2 The late David Underdown once expressed this point to me at a meeting of the North American Conference on British Studies. Cf. Lake, Peter, “Review Article,” Huntington Library Quarterly 57, no. 2 (Spring 1994): 167–97CrossRefGoogle Scholar, at 194.",
 [C(art("Review Article", [P("Peter", "Lake")], "Huntington Library Quarterly", volume="57", issue="2", year=1994, page="167–97"), "194")]),
# --- English: Historical Journal (cambridge.org), Walpole's newspaper propagandists (1994); garbled inversions kept
(WAL, "1 For some contemporary views: Yorke], [P., Walpoliana (London, 1777), p. 17; Chesterfield, Lord, The characters of eminent personages of his own time (London, 1777), p. 31; and John, , Lord, Hervey, Some materials towards memoirs of the reign of King George II by John, Lord Hervey, ed. by Sedgwick, R. R. (3 vols. London, 1931), 1, 177–8.",
 [C(book("Walpoliana", [P("[P.", "Yorke]")], place="London", year=1777), "17"),
  C(book("The characters of eminent personages of his own time", [F("Chesterfield")], place="London", year=1777), "31"),
  C(book("Some materials towards memoirs of the reign of King George II by John, Lord Hervey", [P("John", "Hervey")], editor=[P("R. R.", "Sedgwick")], place="London", year=1931, volume="1", **{"number-of-volumes": "3"}), "177–8")]),
(WAL, "2 Taylor, A. J. P., Rumours of war (London, 1952), p. 17.",
 [C(book("Rumours of war", [P("A. J. P.", "Taylor")], place="London", year=1952), "17")]),
(WAL, "3 Dickinson, H. T., Walpole and the whig supremacy (London, 1973), p. 152.",
 [C(book("Walpole and the whig supremacy", [P("H. T.", "Dickinson")], place="London", year=1973), "152")]),
# --- English: Transactions of the Royal Historical Society (Cambridge Core), bureaucracies in fifteenth-century England;
#     a possessive inverted name (`Tait, J.'s obituary notice`), `ibid.` for the journal, a short title in two volumes
(BUR, "1 For the impression which Déprez's work (published in Paris in 1908) made on Tout, see Tait, J.'s obituary notice in Eng. Hist. Rev., xlv (1930), 82Google Scholar; Tout reviewed it in ibid., xxiii (1908), 556–9.",
 [C(art(None, [P("J.", "Tait")], "Eng. Hist. Rev.", volume="xlv", year=1930), "82"),
  C(art(None, [F("Tout")], "Eng. Hist. Rev.", volume="xxiii", year=1908, page="556–9"))]),
(BUR, "2 Chapters was published by Manchester University Press, in whose foundation Tout was centrally involved, between 1920 and 1933. For a statement of its developing purpose, see Chapters, I, pp. 4–6, and III, pp. vi–vii.",
 [C(sh(title="Chapters", volume="I"), "4–6"), C(sh(title="Chapters", volume="III"), "vi–vii")]),
# --- French: Annales d'histoire économique et sociale (Cambridge Core), a survey of urban history (1936): imprints without titles
(URB1, "Cf. Annales, t. V, 1933, p. 256 et t. VII, 1935, p. 353 et 380.",
 [C(per("Annales", volume="V", year=1933), "256"), C(per("Annales", volume="VII", year=1935), "353 et 380")]),
(URB1, "page 455 note 2 Dans Bull, de la Commission royale d'histoire, t. 99 (1935), p. 251-307. Bruxelles, Hayez, 1936.",
 [C(art(None, None, "Bull, de la Commission royale d'histoire", volume="99", year=1935, page="251–307"))]),
(URB1, "page 455 note 3 Marseille, A. Gid, 1935 ; in-8°, 54 p.",
 [C(imprint("A. Gid", "Marseille", 1935))]),
(URB1, "page 456 note 1 Le VIe livre des statuts de Marseille (Aix-en-Provence, 1917).",
 [C(book("Le VIe livre des statuts de Marseille", place="Aix-en-Provence", year=1917))]),
(URB1, "page 457 note 2 De même, dans la publication de la lettre de Philippe Auguste de 1196 concernant Hénin-Liétard (p. 262 et suiv), —d'ailleurs éditée, nous tenons à le dire, d'une laçon critique et historique des plus intéressantes, — aucune distinction n'est faite entre les notes constitutives et interprétatives du texte. Nous nous permettons de demander si ce sont là des exemples à donner aux étudiants alors qu'à ce sujet aucune discussion ne peut s'élever entre les éditeurs de documents.",
 []),
(URB1, "page 458 note 1 Tongres, Michiels-Broeders, 1935 ; in-8°, 308 p.",
 [C(imprint("Michiels-Broeders", "Tongres", 1935))]),
# --- French: Annales d'histoire économique et sociale (Cambridge Core), the same survey's earlier instalment (1935)
(URB2, "Voir Annales, t. V, 1933, p. 256 et 348. — Nous tenons à exprimer notre vive reconnaissance à Mrs d'Ailly, d'Amsterdam, et Blockmans, d'Anvers, dont l'aide très obligeante nous a été particulièrement précieuse pour la rédaction des comptes rendus des travaux publiés en langue néerlandaise.",
 [C(per("Annales", volume="V", year=1933), "256 et 348")]),
(URB2, "page 354 note 1. A cet effet, on consultera avec profit la Table onomastique, au mot Louvain, qui ne comprend pas moins de 12 pages.",
 [C(sh(title="Table onomastique"))]),
(URB2, "page 354 note 2. Voir, même table, à chaque nom de lieu.",
 []),
(URB2, "page 354 note 3. Cf. Annales, t. I, 1929, p. 108.",
 [C(per("Annales", volume="I", year=1929), "108")]),
# --- French: Mélanges d'histoire sociale (Cambridge Core), towns of the Midi and of the North (1944); inverted names
(VIL, "page 85 note 1. Nîmes, imp. Charlanier frères et Alméras, 1942, 798 p. in-8°.",
 [C(imprint("imp. Charlanier frères et Alméras", "Nîmes", 1942))]),
(VIL, "page 87 note 1. Expression très juste, que nous empruntons à van Werveke, M., Histoire de Tournai (Revue belge de philologie et d'histoire, t. XV, 1936 Google Scholar) ; c. r. de l'article de Rolland, P., De l'économie antique au grand commerce médiéval. Le problème de la continuité à Tournai et dans la Gaule du Nord (Annales d'histoire économique et sociale, 1935 Google Scholar).",
 [C(art("Histoire de Tournai", [P("M.", "van Werveke")], "Revue belge de philologie et d'histoire", volume="XV", year=1936)),
  C(art("De l'économie antique au grand commerce médiéval. Le problème de la continuité à Tournai et dans la Gaule du Nord", [P("P.", "Rolland")], "Annales d'histoire économique et sociale", year=1935))]),
(VIL, "page 87 note 2. Quelques types de marchands des IXe et Xe siècles. L'importation des tissus orientaux en Europe occidentale au haut Moyen Age, IXe et Xe siècles (Revue belge de philologie, et d'histoire, t. XIII-XIV, 1934-1935).",
 [C(art("Quelques types de marchands des IXe et Xe siècles", None, "Revue belge de philologie, et d'histoire", volume="XIII-XIV", year={"date-parts": [[1934], [1935]]})),
  C(art("L'importation des tissus orientaux en Europe occidentale au haut Moyen Age, IXe et Xe siècles", None, "Revue belge de philologie, et d'histoire", volume="XIII-XIV", year={"date-parts": [[1934], [1935]]}))]),
# --- French: Annales (Cambridge Core), on urban origins (1972); an English quotation after `Ibid.`
(ORI, "1. Cambridge Economie History of Europe, t. III, p. 41.",
 [C(book("Cambridge Economie History of Europe", volume="III"), "41")]),
(ORI, "2. Ibid., p. 5 : « In towns engaged in long-distance trade the establishment of a concentrated group of merchants quickly stimulated the immigration of craftsmen anxious to work for this assured clientèle, and they were soon followed by workers who provided the merchants with manufactured goods capable of feeding their trade. »",
 []),
(ORI, "3. Voir la réimpression de l'ensemble de ses articles et de ses admirables petits livres sur les origines urbaines dans les deux volumes posthumes : Les villes et les institutions urbaines (Paris- Bruxelles, 1939).",
 [C(book("Les villes et les institutions urbaines", place="Paris- Bruxelles", year=1939))]),
# --- French: Annales (Cambridge Core), a preface on local history (1967): a starred note, Valéry's Cahiers by short title
(LOC, "*\nPréface à Guy Thuillier, Aspects de l'Économie Nivernaise au XIXe siècle. Publication du Centre d'Études économiques, Armand Colin, 1966,",
 [C(book("Aspects de l'Économie Nivernaise au XIXe siècle", [P("Guy", "Thuillier")], publisher="Armand Colin", year=1966, **{"collection-title": "Publication du Centre d'Études économiques"}))]),
(LOC, "1. Cahiers, t. XXI, p. 424.",
 [C(sh(title="Cahiers", volume="XXI"), "424")]),
(LOC, "2. Apologie pour l'histoire ou métier d'historien (Cahiers des Annales, 3, cinquième édition, 1964).",
 [C(book("Apologie pour l'histoire ou métier d'historien", year=1964, edition="5", **{"collection-title": "Cahiers des Annales", "collection-number": "3"}))]),
# --- French: Annales (Cambridge Core), Marc Bloch's `Mutations monétaires dans l'ancienne France', second part (1953):
#     a starred note, author-only and author-title short forms, a medieval author in a modern edition
(MON, "*\nVoir la première partie de l'article de Marc Bloch dans le n°2, avril-juin 1953, p. 145-158.",
 [C({"type": "article-journal", "author": [P("Marc", "Bloch")], "issue": "2", "issued": Y(1953)}, "145–158")]),
(MON, "page 440 note 1. Jassemin, p. 320.",
 [C(sh([F("Jassemin")]), "320")]),
(MON, "page 441 note 1. Guibert de Nogent, Histoire de sa vie, publ. par G. Bourgin dans la « Collection de textes pour servir à l'étude et à l'enseignement de l'histoire », Paris, 1907, p. 159-160.",
 [C(book("Histoire de sa vie", [L("Guibert de Nogent")], editor=[P("G.", "Bourgin")], place="Paris", year=1907, **{"collection-title": "Collection de textes pour servir à l'étude et à l'enseignement de l'histoire"}), "159–160")]),
(MON, "page 444 note 1. Après le système de Law, par exemple, en 1724 (renforcement).",
 []),
(MON, "page 447 note 1. Langiois, Textes — et Bouille, II.",
 [C(sh([F("Langiois")], "Textes")), C(sh([F("Bouille")], volume="II"))]),
(MON, "page 447 note 2. Franc germinal, 322 mg. ; franc Auriol 1936, 43 à 49 mg.",
 []),
(MON, "page 448 note 1. A. Allix, L'Oisans au moyen âge, p. 223.",
 [C(book("L'Oisans au moyen âge", [P("A.", "Allix")]), "223")]),
(MON, "page 449 note 1. Constatation du duc Jean V, 1425, 12 févr. dans M. Planiol, La Très Ancienne Coutume de Bretagne, 1876, p. 386.",
 [C(book("La Très Ancienne Coutume de Bretagne", [P("M.", "Planiol")], year=1876), "386")]),
]
