# -*- coding: utf-8 -*-
# Ninth gathering (2026-11-25): non-English notes only (French, Italian, Portuguese, German, Russian, Czech, Spanish),
# from pages not used before. Most pages are on sites never used; some are other pages (other books) of sites used
# before (bitlit.ru, booksonline.com.ua, zlibrary.cc, leerlibrosdemario.com, epubs.bibliotk.mx), because the search
# index gives a page's text only from its beginning, so short pages that hold nothing but notes were the ones usable.
#  - French: notes of Thureau-Dangin (`[310]: …, t. Ier, p. 93.`, `(Documents inédits.)`, a rubric of the Revue des
#    Deux Mondes by date), Renan's L'Antéchrist on Wikisource page scans (classical authors: `Tacite, Hist., II, 8`,
#    `Sulpice Sévère, Hist., l. II, c. 29`, a Greek quotation, a cross-reference), references of an Annales note
#    critique on www.cambridge.org (`dans …, sous la direction de Jacques Goff, Le, Chartier, Roger, …`, `pp. 398401`,
#    `Eod. loc`, `Google Scholar` glued on), and Hugo's Napoléon le Petit (`[15: Cour des pairs. …]`, a report by month,
#    a name in capitals).
#  - Italian: notes of Mengozzi (surname before initial, `Vol. V, a. 1901, fase. 3`, four works in one note) and of
#    Barbiera (`Foscolo, Prose politiche (Firenze, Le Monnier, 1856), pag. 1-15.`, `citate`, `(articolo nella Rivista
#    d'Italia, 1916)`, four works in one note, a manuscript collection).
#  - Portuguese: notes of Herculano (`na Esp. Sagr. t. 23`, `Mon. Lusit. p. 3, liv. 8, c. 14.`), Bettencourt (`[[8]]`
#    with three works on three lines) and the Mappa de Portugal (six abbreviated works in one note).
#  - German: Hehn's page-keyed notes (`S. [27].`, `Werke Band 20 Abteilung 1, S. 589 Hempel`, genitives `Lessings`,
#    `Feuerbachs`, `Minors Aufsatz`, `die Jenaer Doktorschrift von Hodermann, …, Friedrichroda 1891`), footnotes of a
#    site listing notes as nodes (`120-1-309`, names in capitals, `a.a.O.`, `Diss. Halle 1911`), OCRed footnotes of a
#    PDF (`JacobGRIMMund AndreasSCIMELLER(Hrsg.)`, `S . 204 .`, `3 . Aufl.`) and `vgl. Lettrich, a. a. O., S. 204, desgl.`
#  - Russian: notes printed with their number twice (`2\n2 — …`, `// …: Сборник … / Сост. Л.А. Дмитриева, Д.С.
#    Лихачева. М.: …`, `/ Под ред. Л.Г. Бескровного`), notes of a book on the oprichnina (seven works inside the prose
#    of one note), of a translated study of Ivan IV (`ПСРЛ, 13, часть 1,236`, `Карамзин, 8,103-105`, `рр.`, `См. его
#    «…», ЗРНИБ, 9 (1933), 1-15`), of a translated history of the USSR (newspapers `«Правда» от 30 сентября 1928.`,
#    journals by number `«Большевик», №№13–14, 1928, с.74.`, two notes run into a third, `Нет сноски`), the vostlit
#    commentary to Massa (`стр. 20 — 22`, `(“Вестник Европы”, 1868 г., кн. I, стр. 235)`) and a pre-reform footnote
#    (`↑ Нарбут. Dzieje T. IV, стр. 100 и слѣдующiя`).
#  - Czech: notes of the Czech Denis (`51.1 Srovn. Voigt, Sybel's hist. Zeitschrift, V. str. 418 -419.`, `Op. cit.`
#    inside prose) and footnotes with author-year references inside prose (`(Třeštík 1997)`, `(tentýž)`).
#  - Spanish: OCRed footnotes of Fernández Duro (marks read as `'` and `i`, `Ma\ndrid`, `Le-\nmon`, a review inside the
#    prose, `t. lxxxviii` of a series), Preston's endnotes (`Arriba , 14 de diciembre de 1946`, `FRUS 1947 ,
#    Washington, 1972, III, pp. 1.056-1.060`, Foreign Office files), names in capitals with a colon (`Pere MOLAS
#    RIBALTA: …, pp.\n17 y ss.`), a paper read at a meeting, and a prose note naming historians but no work.
# Decisions (new or made explicit here):
#  - Unpublished papers cited as `(Documents inédits.)`, `Notes inédites de …`, manuscript collections and archives
#    are not listed (as archival references before); a published `Correspondance inédite` would be.
#  - A work described but not titled (`la notice de M. Guizot sur M. de Barante`, `la celebrada obra del P. …`) and a
#    writer named without a work are not listed; `Id.`, `Eod. loc`, `(tentýž)` for the work just cited are ibid.
#  - Classical and medieval texts cited by book and chapter numbers (`Suétone, Néron, 40`, `Tacite, Hist., II, 8`)
#    get no locator, as `Analects, XI, 12` before. Where the finest locator is marked as a chapter (`cap. 3`, `c. 29`,
#    `Cap. IX`), it is the locator with label `chapter`; `§ 12`, `n 52`, `Nr. 20, 21` give no locator.
#  - `p. 3` that is a `parte` (`Mon. Lusit. p. 3, liv. 8, c. 14`) is `part-number`; `часть 1` and `Abteilung 1` too.
#  - Works cited by author and title or by title alone, without an imprint, are short forms without `type`, as before;
#    honorifics (`Don`, `Fr.`, `prof.`) are not part of names; `v.`/`de` stay with the family name as before.
#  - A note that the page ran together with the next ones (`46 … 47И.Сталин, т. 11, с.288. 48Ю.Тануччи, с 525.`) is
#    one note, and the works it names are listed with it. Two issues of one newspaper (`от 12 и 13 января 1928`) are
#    two entries, as two volumes with their own pages before.
#  - Compilers (`Сост.`) and `(Hrsg.)` are `editor`; a paper read at a meeting is `paper-conference` with
#    `event-title` (new type); a journal issue cited without an article (`«Большевик», №№13–14, 1928`) is `periodical`.
#  - OCR spacing and glued words are kept in titles and names as printed (`Lateinisch e Epik`, `Nove l (after 1050)`;
#    a line break read as a space), but names are split where the glue is only missing spaces (`JacobGRIMMund` ->
#    Jacob Grimm) and names in capitals are given in normal case.
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, C, book, short
from notes_more import art
from notes_fourth import mag, paper
from notes_fifth import thesis

TD4 = "https://bitlit.ru/page/fr/paul-thureau-dangin/histoire-de-la-monarchie-de-juillet-volume-4-7/92"
TD5 = "https://bitlit.ru/page/fr/paul-thureau-dangin/histoire-de-la-monarchie-de-juillet-volume-5-7/73"
RN383 = "https://fr.wikisource.org/wiki/Page:Renan_-_Histoire_des_origines_du_christianisme_-_4_Antechrist,_Levy,_1873.djvu/383"
RN384 = "http://fr.wikisource.org/wiki/Page:Renan_-_Histoire_des_origines_du_christianisme_-_4_Antechrist,_Levy,_1873.djvu/384"
RN419 = "https://fr.wikisource.org/wiki/Page:Renan_-_Histoire_des_origines_du_christianisme_-_4_Antechrist,_Levy,_1873.djvu/419"
AF = "https://arsfemina.de/node?page=679"
MI = "https://123dok.net/document/dy43x0kz-mitra-eine-ergaenzung-zum-novum-glossarium.html"
VA = "http://www.cambridge.org/core/journals/annales-histoire-sciences-sociales/article/histoire-nationale-histoire-monumentale-les-lieux-de-memoire-note-critique/D235371EC1455C112D6F6DE041938B42"
IV = "https://booksonline.com.ua/view.php?book=90501&page=237"
BK = "https://epubs.bibliotk.mx/epubReader/reader/files/396/OEBPS/Text/notas0.xhtml"
NP = "https://booksonline.com.ua/view.php?book=56870&page=154"
LL = "https://leerlibrosdemario.com/franco-caudillo-de-espana-leer-online-gratis/70-paginas"
HUGO = "https://bitlit.ru/page/fr/victor-hugo/napoleon-le-petit/111"
BA = "https://bitlit.ru/page/it/raffaello-barbiera/carlo-porta-e-la-sua-milano/208"
MG = "https://bitlit.ru/page/it/guido-mengozzi/la-citta-italiana-nellalto-medio-evo-il-periodo-langobardo-franco/113"
HE = "https://bitlit.ru/page/pt/alexandre-herculano/opusculos-por-alexandre-herculano-tomo-05/57"
BT = "https://bitlit.ru/page/pt/emiliano-augusto-de-bettencourt/memoria-sobre-a-descoberta-das-ilhas-de-porto-santo-e-madeira-1418-1419-fragmento-de-um-livro-inedito/11"
JC = "https://bitlit.ru/page/pt/joao-bautista-de-castro/mappa-de-portugal-antigo-e-moderno-tomo-1-of-3-parte-i-ii/162"
HH = "https://bitlit.ru/page/de/victor-hehn/ueber-goethes-hermann-und-dorothea/46"
ZG = "http://doku.zentrum-gegen-vertreibung.de/archiv/cssr1/589.htm"
RV = "https://booksonline.com.ua/view.php?book=171805&page=93"
OP = "https://booksonline.com.ua/view.php?book=161640&page=225"
VL = "http://www.vostlit.info/Texts/rus11/Massa/primtext1.phtml"
WS = "https://ru.m.wikisource.org/wiki/%D0%A1%D1%82%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D0%B0:%D0%96%D1%83%D1%80%D0%BD%D0%B0%D0%BB_%D0%9C%D0%B8%D0%BD%D0%B8%D1%81%D1%82%D0%B5%D1%80%D1%81%D1%82%D0%B2%D0%B0_%D0%BD%D0%B0%D1%80%D0%BE%D0%B4%D0%BD%D0%BE%D0%B3%D0%BE_%D0%BF%D1%80%D0%BE%D1%81%D0%B2%D0%B5%D1%89%D0%B5%D0%BD%D0%B8%D1%8F_%D0%A7%D0%B0%D1%81%D1%82%D1%8C_028_1840.djvu/239"
DN = "http://texty.citanka.cz/denis/ksc1-3p.html"
BY = "https://www.bylotojinak.cz/zivotopis-knizete-sv-vaclava"
AE = "https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fes.scribd.com%2Fdocument%2F545562485%2Ftomo-02"
AI = "http://deploy.studylib.es/doc/8316938/indias-occidentales."
ZM = "https://zlibrary.cc/dl/la-actitud-economica-de-la-burguesia-en-la-espana-del-siglo-xviii"


def pap(title, author, event, year=None, **kw):
    """A paper read at a meeting and cited by its meeting (`comunicación presentada en la …`)."""
    g = {"type": "paper-conference", "title": title, "author": author, "event-title": event}
    if year: g["issued"] = year if isinstance(year, dict) else Y(year)
    g.update(kw); return g


FAUCHER = [P("Léon", "Faucher")]
AZURARA = [F("Azurara")]
BARROS = [F("Barros")]

NINTH = [
# --- French: notes of Thureau-Dangin, Histoire de la monarchie de Juillet (`[310]: …`, `t. Ier`, unpublished papers
#     `(Documents inédits.)` that are not listed, a work described but not titled, a rubric of a review by its date)
(TD4, "[310]: Léon Faucher, Biographie et Correspondance, t. Ier, p. 93.",
 [C({"author": FAUCHER, "title": "Biographie et Correspondance", "volume": "Ier"}, "93")]),
(TD5, "[3]: «Nous sommes condamnés, écrivait M. de Barante, le 24 juillet 1841, à n'avoir que des avantages sans éclat, sans contentement pour notre amour-propre.» (Documents inédits.)",
 []),
# the notice of Guizot on Barante is described, not named by a title: only Doudan's book is listed
(TD5, "[6]: Cette lettre est citée dans la notice de M. Guizot sur M. de Barante. C'est le même état d'esprit qui faisait écrire plus tard à M. Doudan, avec son humour habituel: «Ce que nous avons toujours souhaité, c'est d'être bien nourris, bien vêtus, bien couchés et couchés de bonne heure, et de marcher en même temps pieds nus et sans pain à la conquête de l'Europe. C'est un problème que ni César ni Bonaparte n'auraient pu résoudre apparemment.» (X. Doudan, Mélanges et Lettres, t. III, p. 265.)",
 [C({"author": [P("X.", "Doudan")], "title": "Mélanges et Lettres", "volume": "III"}, "265")]),
(TD5, "[8]: Chronique politique de la Revue des Deux Mondes, 1er octobre 1841.",
 [C(mag("Chronique politique", None, "Revue des Deux Mondes", Y(1841, 10, 1)))]),
# --- French: footnotes of Renan, L'Antéchrist, on Wikisource page scans (classical authors cited by book and
#     chapter, which are not page locators: no locator, as for `Analects, XI, 12` before; `c. 29` is a chapter;
#     a Greek quotation; a cross-reference `Voir ci-après, p. 414 et suiv.` that cites no work)
(RN383, "1. Dion Chrysostome, Orat. xxi, 10 (édit. d’Emperius) : Ὅν γε καὶ νῦν ἔτι πάντες ἐπιθυμοῦσι ζῆν, οἱ δε πλεῖστοι καὶ οἴονται.",
 [C({"author": [L("Dion Chrysostome")], "title": "Orat.", "editor": [F("Emperius")]})]),
(RN383, "2. Suétone, Néron, 40 ; cf. Tacite, Ann., XV, 36. Le faux Néron ne rêve que la Syrie et l’Égypte. Tacite, Hist., II, 9.",
 [C(short([F("Suétone")], "Néron")),
  C(short([F("Tacite")], "Ann.")),
  C(short([F("Tacite")], "Hist."))]),
(RN384, "1. Tacite, Hist., II, 8 ; Sulpice Sévère, Hist., l. II, c. 29 ; Lactance, De mort. pers., c. 2.",
 [C(short([F("Tacite")], "Hist.")),
  C(short([L("Sulpice Sévère")], "Hist."), "29", "chapter"),
  C(short([F("Lactance")], "De mort. pers."), "2", "chapter")]),
(RN419, "1. Voir ci-après, p. 414 et suiv.",
 []),
# --- French: references of an Annales "note critique" as Cambridge Core lists them (www.cambridge.org, not the staging
#     hosts used before): names inverted by the site and one split wrongly (`Jacques Goff, Le`), `dans`, `sous la
#     direction de`, a series in guillemets, page spans that lost their dash (`pp. 398401`), `1.1` for a volume,
#     `Eod. loc` for ibid., `Google Scholar` glued to the end)
(VA, "1. Nora, Pierre, « Mémoire collective », dans La nouvelle histoire, sous la direction de Jacques Goff, Le, Chartier, Roger, Revel, Jacques, Paris, « Les Encyclopédies du savoir moderne », 1978, pp. 398401.Google Scholar",
 [C({"type": "chapter", "title": "Mémoire collective", "author": [P("Pierre", "Nora")], "container-title": "La nouvelle histoire",
     "editor": [P("Jacques", "Le Goff"), P("Roger", "Chartier"), P("Jacques", "Revel")], "publisher-place": "Paris",
     "collection-title": "Les Encyclopédies du savoir moderne", "issued": Y(1978)}, "398401")]),
(VA, "2. Eod. loc, p. 401.",
 []),
(VA, "3. Pour un inventaire des recherches récentes croisant histoire et anthropologie, voir Fentress, James et Wickham, Chris, Social Memory, Oxford, UK-Cambridge, Ma., Blackwell, 1992.Google Scholar",
 [C(book("Social Memory", [P("James", "Fentress"), P("Chris", "Wickham")], publisher="Blackwell", place="Oxford, UK-Cambridge, Ma.", year=1992))]),
(VA, "4. Renan, Ernest, « Qu'est-ce qu'une nation ? », dans Œuvres complètes, 1.1, Paris, Calmann- Lévy, 1947, pp. 887906.Google Scholar",
 [C({"type": "chapter", "title": "Qu'est-ce qu'une nation ?", "author": [P("Ernest", "Renan")], "container-title": "Œuvres complètes",
     "volume": "1.1", "publisher": "Calmann- Lévy", "publisher-place": "Paris", "issued": Y(1947)}, "887906")]),
# --- French: Hugo, Napoléon le Petit, notes printed as `[15: …]` (a court's record with a corporate author, a report
#     by month, a proclamation dated to the day, a name in capitals)
(HUGO, "[15: Cour des pairs. Dépositions des témoins, p. 143, 155,156 et 158.]",
 [C({"author": [L("Cour des pairs")], "title": "Dépositions des témoins"}, "143, 155,156 et 158")]),
(HUGO, "[18: «Toutes les illustrations du pays.» LOUIS BONAPARTE, Appel au peuple, 2 décembre 1851.]",
 [C({"author": [P("Louis", "Bonaparte")], "title": "Appel au peuple", "issued": Y(1851, 12, 2)})]),
(HUGO, "[20: Rapport de la commission du budget du corps législatif, juin 1852.]",
 [C({"type": "report", "title": "Rapport de la commission du budget du corps législatif", "issued": Y(1852, 6)})]),
# --- Italian: notes of Mengozzi, La città italiana nell'alto medio evo (`[230]. Cfr. Maffei S. …`, surname before the
#     initial, `in «Bullettino senese di Storia Patria». Vol. V, a. 1901, fase. 3`, four works in one note, `cap. 3`)
(MG, "[230]. Cfr. Maffei S. Verona illustr. libr. VII, pag. 134. De Vita G. Antiquitates Beneventanae, to. I. Diss. 1. cap. 3. Catalanus M. De eclesia firmana eiusque episcopis et archiepisropis. Fermo, 1783, pag. 12 e segg. Rovelli G. Storia di Como. Milano 1789, vol. II, pag. 22-28.",
 [C(short([P("S.", "Maffei")], "Verona illustr."), "134"),
  C({"author": [P("G.", "De Vita")], "title": "Antiquitates Beneventanae", "volume": "I"}, "3", "chapter"),
  C(book("De eclesia firmana eiusque episcopis et archiepisropis", [P("M.", "Catalanus")], place="Fermo", year=1783), "12 e segg."),
  C(book("Storia di Como", [P("G.", "Rovelli")], place="Milano", year=1789, volume="II"), "22–28")]),
(MG, "[231]. Pabst. Geschichte der langobardischen Herzogtümer. Forschungen zur Deutschen Geschichte II. Göttingen, 1862, pag. 437 e segg.",
 [C(art("Geschichte der langobardischen Herzogtümer", [F("Pabst")], "Forschungen zur Deutschen Geschichte", "II", None, 1862,
        **{"publisher-place": "Göttingen"}), "437 e segg.")]),
(MG, "[233]. Lusini V. I confini storici del Vescovado di Siena in «Bullettino senese di Storia Patria». Vol. V, a. 1901, fase. 3 e segg.",
 [C(art("I confini storici del Vescovado di Siena", [P("V.", "Lusini")], "Bullettino senese di Storia Patria", "V", "3", 1901))]),
# --- Italian: notes of Barbiera, Carlo Porta e la sua Milano (`[16]. Foscolo, Prose politiche (Firenze, Le Monnier,
#     1856)`, imprint in parentheses, `Memorie Manzoniane del prof. Cristoforo Fabris`, `citate`, an article given as
#     `(articolo nella Rivista d'Italia, 1916)`, `ecc.`, a manuscript collection that is not listed)
(BA, "[8]. Gargantini, Cronologia di Milano, pag. 284.",
 [C(short([F("Gargantini")], "Cronologia di Milano"), "284")]),
(BA, "[10]. Memorie Manzoniane del prof. Cristoforo Fabris, Milano, 1901, pag. 82.",
 [C(book("Memorie Manzoniane", [P("Cristoforo", "Fabris")], place="Milano", year=1901), "82")]),
(BA, "[11]. C. Cantù, Milano. Storia del popolo per il popolo (1871), pag. 285.",
 [C(book("Milano. Storia del popolo per il popolo", [P("C.", "Cantù")], year=1871), "285")]),
(BA, "[12]. Memorie Manzoniane citate, pag. 81.",
 [C({"title": "Memorie Manzoniane"}, "81")]),
(BA, "[13]. Giuseppe Roberti, Il cittadino Ranza (Torino, 1890).",
 [C(book("Il cittadino Ranza", [P("Giuseppe", "Roberti")], place="Torino", year=1890))]),
(BA, "[14]. Fra i manoscritti e stampe della raccolta Custodi, nella Biblioteca Nazionale di Parigi (dal numero 1545 al 1566).",
 []),
(BA, "[16]. Foscolo, Prose politiche (Firenze, Le Monnier, 1856), pag. 1-15.",
 [C(book("Prose politiche", [F("Foscolo")], publisher="Le Monnier", place="Firenze", year=1856), "1–15")]),
# the newspapers of the Cisalpine republic kept in the Ambrosiana are an archival holding: not listed
(BA, "[17]. Giornali della Cisalpina nella Biblioteca Ambrosiana: Luigi Rava, Il giornale di Bonaparte in Italia «Le Courrier de l'armée d'Italie» (Roma, 1919); Soriga, Giornali e spirito pubblico in Milano sulla fine del secolo XVII (articolo nella Rivista d'Italia, 1916); A. Périvier, Napoléon journaliste, ecc.; F. Cusani, Due appendici sulla Perseveranza, ecc.",
 [C(book("Il giornale di Bonaparte in Italia «Le Courrier de l'armée d'Italie»", [P("Luigi", "Rava")], place="Roma", year=1919)),
  C(art("Giornali e spirito pubblico in Milano sulla fine del secolo XVII", [F("Soriga")], "Rivista d'Italia", None, None, 1916)),
  C(short([P("A.", "Périvier")], "Napoléon journaliste")),
  C(short([P("F.", "Cusani")], "Due appendici sulla Perseveranza"))]),
# --- Portuguese: notes of Herculano's Opusculos (abbreviated Latin titles, `na Esp. Sagr. t. 23`, `p. 3` for a
#     `parte` of the Monarchia Lusitana, a note of prose with a Latin quotation)
(HE, "[54] Annal. Toled. III, na Esp. Sagr. t. 23, p. 412.",
 [C({"title": "Annal. Toled. III", "container-title": "Esp. Sagr.", "volume": "23"}, "412")]),
(HE, "[57] Hist. crit. de España, t. 20, pag. 1—146.",
 [C({"title": "Hist. crit. de España", "volume": "20"}, "1–146")]),
(HE, "[59] Mon. Lusit. p. 3, liv. 8, c. 14.",
 [C({"title": "Mon. Lusit.", "part-number": "3"}, "14", "chapter")]),
(HE, "[61] D. Theresa, avisando Gelmirez da intentada prisão, dizia-lhe por seus mensageiros: «Caveat sibi Archiepiscopus… Quia intimi, qui hujus consilio interfuerunt facinoris, ipsi mihi ejus enucleaverunt modum captionis…» Note-se tambem que ahi se diz que por esta occasião recuperou o arcebispo varias propriedades em Portugal, para a sé de Sanctiago de que andavam alheadas, e poz n'ellas os seus mordomos ou villicos. Se a guerra não terminasse por ajustes de paz, como seria isto possivel?",
 []),
# --- Portuguese: notes of Bettencourt on the discovery of Madeira (`[[6]]`, chronicles by abbreviated title,
#     three works on three lines of one note)
(BT, "[[6]] Azurara, C. do D. e C. de Guiné. Cap, LXXXIII, pag. 388.",
 [C(short(AZURARA, "C. do D. e C. de Guiné"), "388")]),
(BT, "[[7]] Francisco Manoel de Mello. «Epanaphora Amorosa», pag. 338.",
 [C(short([P("Francisco Manoel", "de Mello")], "Epanaphora Amorosa"), "338")]),
(BT, "[[8]] Azurara. C. da D. e C. de Guiné. Cap. IX.\n\nD. de Goes. Ch. do P. D. João. Cap. VIII.\n\nBarros. D. 1.ª Liv. 1.º Cap. V.",
 [C(short(AZURARA, "C. da D. e C. de Guiné"), "IX", "chapter"),
  C(short([P("D.", "de Goes")], "Ch. do P. D. João"), "VIII", "chapter"),
  C(short(BARROS, "D. 1.ª"), "V", "chapter")]),
# --- Portuguese: notes of the Mappa de Portugal (six works in one note, `tom. 1. trat. 2. part. 2. cap. 6.`)
(JC, "[555] Monarq. Lusit. liv. 7. cap. 14. Benedict. Lusit tom. 1. trat. 2. part. 2. cap. 6. Fr. Luiz dos Anjos Jardim de Port. n 52. Paes Viegas nos Princip. de Portug. liv. 6. p. 219. Agiolog. Lusit. tom. 3. p. 801. Ann. Historic. tom. 2. p. 257.",
 [C({"title": "Monarq. Lusit."}, "14", "chapter"),
  C({"title": "Benedict. Lusit", "volume": "1"}, "6", "chapter"),
  C(short([P("Luiz", "dos Anjos")], "Jardim de Port.")),
  C(short([F("Paes Viegas")], "Princip. de Portug."), "219"),
  C({"title": "Agiolog. Lusit.", "volume": "3"}, "801"),
  C({"title": "Ann. Historic.", "volume": "2"}, "257")]),
# --- German: page-keyed notes to Hehn's lectures on Hermann und Dorothea (`S. [27].`, editions named by their
#     publisher `Hempel`, genitives `Lessings`, `Feuerbachs`, `Minors Aufsatz`, a Jena dissertation)
(HH, "S. [27]. Die Aeusserung Lessings in einem Briefe an seinen Bruder Karl vom 11. November 1774 (Werke Band 20 Abteilung 1, S. 589 Hempel).\nUeber Börnes Beziehungen zu Goethe handelt ausführlich Brandes, Das junge Deutschland S. 48; vgl. auch Gedanken über Goethe S. 164. 313.",
 [C({"author": [F("Lessing")], "title": "Werke", "volume": "20", "part-number": "1", "publisher": "Hempel"}, "589"),
  C(short([F("Brandes")], "Das junge Deutschland"), "48"),
  C({"title": "Gedanken über Goethe"}, "164. 313")]),
(HH, "S. [32]. Der Ausspruch Leibnizens (dissertatio de stilo philosophico § 12) wird zitiert in Feuerbachs Darstellung, Entwicklung und Kritik der Leibnizschen Philosophie S. 193.",
 [C(short([F("Leibniz")], "dissertatio de stilo philosophico")),
  C(short([F("Feuerbach")], "Darstellung, Entwicklung und Kritik der Leibnizschen Philosophie"), "193")]),
(HH, "S. [33]. Hehn verweist hier auf Prutz, Geschichte des deutschen Journalismus Band 1, S. 279.\nUeber Thomasius vgl. Minors Aufsatz in der Vierteljahrsschrift für Literaturgeschichte Band 1, S. 1. Wertvolle historische Nachweise über das Deutsche als Universitätssprache enthält die Jenaer Doktorschrift von Hodermann, Universitätsvorlesungen in deutscher Sprache um die Wende des 17. Jahrhunderts, Friedrichroda 1891, die leider viel zu wenig bekannt geworden ist.",
 [C({"author": [F("Prutz")], "title": "Geschichte des deutschen Journalismus", "volume": "1"}, "279"),
  C(art(None, [F("Minor")], "Vierteljahrsschrift für Literaturgeschichte", "1"), "1"),
  C(thesis("Universitätsvorlesungen in deutscher Sprache um die Wende des 17. Jahrhunderts", [F("Hodermann")], "Doktorschrift",
           year=1891, **{"publisher-place": "Friedrichroda"}))]),
# --- German: footnotes listed as numbered nodes on a web site (`120-1-309` over each note; names in capitals,
#     `Tom. 2 (1786), Nr. 16—19`, `a.a.O.`, `Diss. Halle 1911`, a name with `v.`)
(AF, "120-1-309\n\nC. J. PERRECIOL, De l'etat civil des personnes et de la condition des terres dans les Gaules, des les temps celtiques jusqu'a la redaction des coutumes, Tom. 2 (1786), Nr. 16—19, 21, 23, 25, 26. In den 60er Jahren begegnet in dieser Funktion der Erzbischof Herbert von Besancon, Viktorianer und überzeugter Anhänger Barbarossas, später sind es juristisch gebildete Geistliche oder Ministerialien gewesen. Sie wurden jedoch von den Bischöfen in besonders schwierigen Rechtsfällen unterstützt, wobei letztere vielleicht die höhere Instanz gewesen sind. C. J. PERRECIOL, a.a.O., Nr. 20, 21",
 [C(book("De l'etat civil des personnes et de la condition des terres dans les Gaules, des les temps celtiques jusqu'a la redaction des coutumes", [P("C. J.", "Perreciol")], year=1786, volume="2")),
  C(short([P("C. J.", "Perreciol")]))]),
(AF, "120-1-302\n\nF. v. KESZYCKA, a.a.O., S. 27 f. P. KRULL, Die Salbung und Krönung der deutschen Königinnen und Kaiserinnen im Mittelalter, Diss. Halle 1911, S. 32 ff.",
 [C(short([P("F.", "v. Keszycka")]), "27 f."),
  C(thesis("Die Salbung und Krönung der deutschen Königinnen und Kaiserinnen im Mittelalter", [P("P.", "Krull")], "Diss.", publisher="Halle", year=1911), "32 ff.")]),
# --- German: footnotes of an article on `mitra` as the text layer of a PDF gives them (names in capitals glued to
#     the given names, `(Hrsg.)`, spaces before points `S . 204 .`, `3 . Aufl.`, a title broken over two lines)
(MI, "2. Friedrich SEILER (Hrsg.) :Ruodlieb, der älteste Roman des Mittelalters , Halle/S., 1882, S . 204 .",
 [C(book("Ruodlieb, der älteste Roman des Mittelalters", editor=[P("Friedrich", "Seiler")], place="Halle/S.", year=1882), "204")]),
(MI, "3. JacobGRIMMund AndreasSCIMELLER(Hrsg.) :Lateinische Gedichte des X . und XI . Jh., Göttingen 1838, S . reg .",
 [C(book("Lateinische Gedichte des X . und XI . Jh.", editor=[P("Jacob", "Grimm"), P("Andreas", "Scimeller")], place="Göttingen", year=1838), "reg")]),
(MI, "4. Karl LANGOSCH (Hrsg .) : Waltharius . Ruodlieb . Mdrehenepen . Lateinisch e Epik des Mittelalters mit deutschen Versen . 3 . Aufl., Darmstadt, 1967, S . 86 .",
 [C(book("Waltharius . Ruodlieb . Mdrehenepen . Lateinisch e Epik des Mittelalters mit deutschen Versen", editor=[P("Karl", "Langosch")], place="Darmstadt", year=1967, edition="3"), "86")]),
(MI, "5. Edwin H[ermann] ZEYDEL (Hrsg .) :Ruodlieb . The Earliest Courtly Nove l\n\n(after 1050), Chapel Hill, 1999, S . 26 .",
 [C(book("Ruodlieb . The Earliest Courtly Nove l (after 1050)", editor=[P("Edwin H[ermann]", "Zeydel")], place="Chapel Hill", year=1999), "26")]),
# --- German: a footnote of the Dokumentation der Vertreibung (two short forms with `a. a. O.`, `desgl.`)
(ZG, "3 vgl. Lettrich, a. a. O., S. 204, desgl. Mikus, a. a. O., S. 187 ff.",
 [C(short([F("Lettrich")]), "204"),
  C(short([F("Mikus")]), "187 ff.")]),
# --- Russian: notes of a popular book on Rus' and the Varangians (number printed twice, `2\n2 — …`; `// …: Сборник … /
#     Сост. Л.А. Дмитриева, Д.С. Лихачева. М.: Художественная литература, 1969`, `/ Под ред. Л.Г. Бескровного`, two
#     publishers with a comma, `Там же`, a stray page number `15` left by the page layout)
(RV, "2\n2 — Древняя Русь в свете зарубежных источников. С. 223.",
 [C({"title": "Древняя Русь в свете зарубежных источников"}, "223")]),
(RV, "3\n3 — Там же. С. 221–222. 15",
 []),
# `Сост.` (compiled by) names the compilers, given as editors in the nominative
(RV, "6\n6 — «Повесть временных лет» // И зборник: Сборник произведений литературы Древней Руси / Сост. Л.А. Дмитриева, Д.С. Лихачева. М.: Художественная литература, 1969. С. 35.",
 [C({"type": "chapter", "title": "Повесть временных лет", "container-title": "И зборник: Сборник произведений литературы Древней Руси",
     "editor": [P("Л.А.", "Дмитриев"), P("Д.С.", "Лихачев")], "publisher": "Художественная литература", "publisher-place": "М.", "issued": Y(1969)}, "35")]),
(RV, "8\n8 — Уингейт Ф., Миллард Э. Викинги. М.: Росмэн, 1995. С. 40.",
 [C(book("Викинги", [P("Ф.", "Уингейт"), P("Э.", "Миллард")], publisher="Росмэн", place="М.", year=1995), "40")]),
(RV, "11\n11 — Голубовский П.В. История Смоленской земли до начала XV ст. Киев, 1895. С. 3–4.",
 [C(book("История Смоленской земли до начала XV ст.", [P("П.В.", "Голубовский")], place="Киев", year=1895), "3–4")]),
(RV, "12\n12 — Древнерусские княжества X–XIII вв. / Под ред. Л.Г. Бескровного. М.: Наука, 1975. С.244.",
 [C(book("Древнерусские княжества X–XIII вв.", editor=[P("Л.Г.", "Бескровный")], publisher="Наука", place="М.", year=1975), "244")]),
(RV, "13\n13 — Мавродин В.В. Древняя Русь. М.: ОГИХ, Госполитиздат, 1946. С. 125.",
 [C(book("Древняя Русь", [P("В.В.", "Мавродин")], publisher="ОГИХ, Госполитиздат", place="М.", year=1946), "125")]),
# --- Russian: notes of a book on the oprichnina (short forms by author only, `Таубе и Крузе`, seven works inside
#     the prose of one note, `[ПСРЛ. Т. 34. С. 1901]` in brackets)
(OP, "1724\nСадиков П.А. Из истории опричнины XVI в. № 1. С. 181.",
 [C(short([P("П.А.", "Садиков")], "Из истории опричнины XVI в."), "181")]),
(OP, "1725\nТаубе и Крузе. С. 38–39. Автор Пискаревского летописца также пишет, что царь «ходиша и ездиша в черном и все люди опришницы, а в саа-дацех помяла» (Пискаревский летописец. С. 79 [ПСРЛ. Т. 34. С. 1901]). Царь, по словам Шлихтинга, «надевает…черное и мрачное монашеское одеяние», которое «подбито козьими мехами». По его примеру и другие «старейшины» принуждены носить такое же платье (Шлихтинг. С. 27); «Опричные должны были носить черные кафтаны и шапки и у колчана, куда прятались стрелы, что- то вроде кисти или метлы, привязанной к палке» (Штаден. С. 86). Ричард Джемс также говорит, что опричники «ходили в особом наряде» (Ларин Б.А. Русско-английский словарь-дневник Ричарда Джемса (1618–1619). С. 188–189). О вещественной символике опричнины см.: Полосин И.И. Социально- политическая история России XVI — начала XVII в. С. 150–155.",
 [C(short([F("Таубе"), F("Крузе")]), "38–39"),
  C({"title": "Пискаревский летописец"}, "79"),
  C({"title": "ПСРЛ", "volume": "34"}, "1901"),
  C(short([F("Шлихтинг")]), "27"),
  C(short([F("Штаден")]), "86"),
  C(short([P("Б.А.", "Ларин")], "Русско-английский словарь-дневник Ричарда Джемса (1618–1619)"), "188–189"),
  C(short([P("И.И.", "Полосин")], "Социально- политическая история России XVI — начала XVII в."), "150–155")]),
# --- Russian: notes of a translated study of Ivan IV (`ПСРЛ, 13, часть 1,236`, two parts of one volume cited with
#     their own pages, short forms `И.И. Смирнов. Очерки, с. 119`, `Карамзин, 8,103-105`, English books cited with
#     Cyrillic `рр.`, `См. его «…», ЗРНИБ, 9 (1933), 1-15` with the author in the genitive, `Id., р. 110.`)
(IV, "68. ПСРЛ, 13, часть 1,236 (интерполяция). Последняя фраза была реконструирована мной. Ее словесное строение спутано и бессмысленно без интерполяции. Ср. И.И. Смирнов. Очерки, с. 119 (Смирнов цитирует фразу как таковую без комментариев).",
 [C({"title": "ПСРЛ", "volume": "13", "part-number": "1"}, "236"),
  C(short([P("И.И.", "Смирнов")], "Очерки"), "119")]),
(IV, "70. ПСРЛ, 13, часть 1,152-154; часть II, 453-455; Соловьев, 6,433; И.И. Смирнов. Очерки, с. 121; Зимин. Реформы, с. 295-296.",
 [C({"title": "ПСРЛ", "volume": "13", "part-number": "1"}, "152–154"),
  C({"title": "ПСРЛ", "volume": "13", "part-number": "II"}, "453–455"),
  C({"author": [F("Соловьев")], "volume": "6"}, "433"),
  C(short([P("И.И.", "Смирнов")], "Очерки"), "121"),
  C(short([F("Зимин")], "Реформы"), "295–296")]),
(IV, "72. ПСРЛ, 13, часть II. 456.",
 [C({"title": "ПСРЛ", "volume": "13", "part-number": "II"}, "456")]),
(IV, "74. Fennell. History, рр. 16-17; Карамзин, 8,103-105; Карамзин. Примечания. 8, No 177, с.43.",
 [C(short([F("Fennell")], "History"), "16–17"),
  C({"author": [F("Карамзин")], "volume": "8"}, "103–105"),
  C({"author": [F("Карамзин")], "title": "Примечания", "volume": "8"}, "43")]),
(IV, "75. Термин Е.Ф. Максимовича. См. его «Церковно-земский Собор 1549 года», ЗРНИБ, 9 (1933), 1-15.",
 [C(art("Церковно-земский Собор 1549 года", [P("Е.Ф.", "Максимович")], "ЗРНИБ", "9", None, 1933), "1–15")]),
(IV, "77. Id., р. 110. Сf. рр. 120-122 (1549), 127 (1550).",
 []),
# --- Russian: notes of a translated history of the USSR (newspapers by date `«Правда» от 30 сентября 1928.`, a quote
#     mark lost, two issues of «Известия», journals by number `«Большевик», №№13–14, 1928, с.74.`, a note run into by
#     the next two (`47И.Сталин, т. 11, с.288.`), `Нет сноски`, an archive cited through a book, `(Далее «…»)`)
(NP, "42\n«Правда» от 30 сентября 1928.",
 [C(paper(None, None, "Правда", Y(1928, 9, 30)))]),
(NP, "44\n«Социалистический вестник», №6, март, 1979, с.11.",
 [C({"type": "periodical", "title": "Социалистический вестник", "issue": "6", "issued": Y(1979, 3)}, "11")]),
# the text of notes 47 and 48 was run into note 46 on the page: the works it names are listed with note 46
(NP, "46\n«Правда» от 5 декабря 1928. 47И.Сталин, т. 11, с.288. 48Ю.Тануччи, с 525.",
 [C(paper(None, None, "Правда", Y(1928, 12, 5))),
  C({"author": [P("И.", "Сталин")], "volume": "11"}, "288"),
  C(short([P("Ю.", "Тануччи")]), "525")]),
(NP, "47\nНет сноски",
 []),
# two issues of one newspaper are two entries
(NP, "51\n«Известия» от 12 и 13 января 1928",
 [C(paper(None, None, "Известия", Y(1928, 1, 12))),
  C(paper(None, None, "Известия", Y(1928, 1, 13)))]),
(NP, "55\n«Большевик», №№13–14, 1928, с.74.",
 [C({"type": "periodical", "title": "Большевик", "issue": "13–14", "issued": Y(1928)}, "74")]),
# the Smolensk archive is an archival reference: only the book it is quoted from is listed
(NP, "60\nСмоленский архив, цитируется по: Шейла Фицпатрик. Образование и социальная мобильность в Советской Союзе в 1921–1934 гг. Кембридж, 1979, с.161.",
 [C(book("Образование и социальная мобильность в Советской Союзе в 1921–1934 гг.", [P("Шейла", "Фицпатрик")], place="Кембридж", year=1979), "161")]),
(NP, "62\nМатериалы по истории СССР. Т. 7. М., 1959, с.24. 3.",
 [C(book("Материалы по истории СССР", place="М.", year=1959, volume="7"), "24")]),
(NP, "63\nМерль Файнсод. Смоленск при советской власти. Массачусетс, Кембридж, 1958, с.240. (Далее «М.Файнсод…»)",
 [C(book("Смоленск при советской власти", [P("Мерль", "Файнсод")], place="Массачусетс, Кембридж", year=1958), "240")]),
# --- Russian: commentary to Massa's account of Muscovy (vostlit: `стр. 20 — 22`, a journal by year and `кн. I`)
(VL, "2 Яков фран Гемскерк, голландский мореплаватель и адмирал. Принимал участие в северо-восточных экспедициях 1594 и 1595 гг. Участвовал в плавании Я. фан Некка и В. фан Варвейка в Индию (1598—1600 гг). и в качестве адмирала в Ост-индской экспедиции 1601 г. Убит в 1607 г. в сражении с испанским Флотом при Гибралтаре. См. Гамель, Англичане в России в XVI и XVII ст., стр. 20 — 22.",
 [C(short([F("Гамель")], "Англичане в России в XVI и XVII ст."), "20–22")]),
# Massa's letter is printed in the journal: the journal issue is cited, the letter has no title of its own
(VL, "4 См. письмо Массы от 2 августа 1614 г. из Архангельска к Генеральным штатам (“Вестник Европы”, 1868 г., кн. I, стр. 235).",
 [C(art(None, None, "Вестник Европы", None, "I", 1868), "235")]),
# --- Russian (pre-reform spelling): a footnote of a page of the Журнал Министерства народного просвещения, 1840
#     (`↑`, a Polish title in a Russian note, `стр. 100 и слѣдующiя`)
(WS, "↑ Нарбут. Dzieje T. IV, стр. 100 и слѣдующiя, взятыя изъ Быховца.",
 [C({"author": [F("Нарбут")], "title": "Dzieje", "volume": "IV"}, "100 и слѣдующiя")]),
# --- Czech: notes of the Czech translation of Denis, Konec samostatnosti české (`51.1 Srovn.`, `str. 418 -419`,
#     a German title in a Czech note, `(Op. cit. str. 421)` inside the prose)
(DN, "51.1 Srovn. Voigt, Sybel's hist. Zeitschrift, V. str. 418 -419.",
 [C(art(None, [F("Voigt")], "Sybel's hist. Zeitschrift", "V"), "418–419")]),
(DN, "51.2 Palacký sebral prameny o smrti Ladislavově ve spisku velmi zajímavém: Zeugenverhör über den Tod K. Ladislau's von Ungarn und Böhmen, Praha 1856. Voigt, který posuzuje vývody Palackého, doznává: \"Z toho nijak nenásleduje, že by Jiří utekl se ke zločinu, aby se zbavil krále ... . Za přítomného stavu vědeckého otrávení jest hypothesou, které historik nesmí připustiti ani jako ve snu\". (Op. cit. str. 421). Bachmann, jehož všecko vypravování je složeno tak, aby pravdě podobnou učinil vinu Poděbradovu, neodvažuje se rozhodnouti proti němu.",
 [C(book("Zeugenverhör über den Tod K. Ladislau's von Ungarn und Böhmen", [F("Palacký")], place="Praha", year=1856)),
  C(short([F("Voigt")]), "421")]),
# --- Czech: footnotes of a web book on the first Přemyslids (`1–`, author-year references inside prose, `(tentýž)`)
(BY, "1– Na rozdíl od vágní až humorné představy, že plnoletost nebyla přesně stanovena a „počínala podle dokonalosti přirození (Třeštík 1997), lze nejméně pro 9.–10. století u knížat považovat za jistou plnoletost dosažení 19 let (Cinert 2008). Dokládá to chronologie tohoto období a samotná skutečnost, že Přemyslovci odvozovali svůj původ od Přemysla, který je personifikací Velkého lunárněsolárního cyklu v délce 19 let (tentýž). Nárok na knížecí stolec byl právním nárokem, který nemohl být postaven na proměnlivé dokonalosti přirození. Plnoletost musela být nezaměnitelně stanovena a právě astronomický princip byl nejvhodnější.",
 [C({"author": [F("Třeštík")], "issued": Y(1997)}),
  C({"author": [F("Cinert")], "issued": Y(2008)})]),
(BY, "2 – Podle kronikáře Regina z Prümu zemřel Spytihněv v roce 915 a podle ludmilské legendy v Bödeckém rukopisu se dožil věku 40 let. J. Kilian stanovil dožitý věk Gustafsonovou metodou na 41,7 ±4,6 roku v rámci výzkumu E. Vlčka (1997).",
 [C({"author": [P("E.", "Vlček")], "issued": Y(1997)})]),
# --- Spanish: footnotes of Fernández Duro, Armada española, tomo II, as a proxy copy of the scanned text gives them
#     (marks OCRed as `'` and `i`, words broken over lines `Ma\ndrid`, `Le-\nmon`, an English calendar, a review in a
#     journal inside the prose, a series numbered `t. lxxxviii`)
(AE, "' Falleció el emperador Carlos V en Yuste el 21 de Septiembre de 1557: en\nBruselas se le hicieron honras fúnebres suntuosas, y entre otras cosas del cortejo\niba un navio con inscripciones de todos los viajes y victorias que hubo en la mar\ny muchas banderas de turcos y moros. En el palo mayor arbolaba estandarte con\nun crucifijo. Calendar of statepapers of the reing of Elizabeth. Edited by Robert Le-\nmon, t. 1. London, 1863.",
 [C(book("Calendar of statepapers of the reing of Elizabeth", editor=[P("Robert", "Le- mon")], place="London", year=1863, volume="1"))]),
(AE, "1 Don Antonio Cánovas del Castillo, Estudios del reinado de Felipe IV, t. II. Ma\ndrid, 1889.",
 [C(book("Estudios del reinado de Felipe IV", [P("Antonio", "Cánovas del Castillo")], place="Ma drid", year=1889, volume="II"))]),
(AE, "i La armada invencible. Madrid, 1884.",
 [C(book("La armada invencible", place="Madrid", year=1884))]),
# the writers Roseo and Campana and "la celebrada obra del P. Gugüeimotti" are named without a work: not listed
(AE, "1 Estudios históricos del reinado de Felipe ¡I, El desastre de los Gelves, Colección de\nescritores castellanos, t. lxxxviii, Madrid, 1890. Este trabajo ha sido objeto de un\njuicio notable, como lo son todos los del profesor Camilo Manfroni, historiador\nmarino eruditísimo, publicado en la Rcrista Marítima de Roma, en Noviembre\nde 1895, cuando el presente capítulo estaba en la imprenta. El ilustrado crítico\necha de menos la consulta de algunas fuentes italianasque no conociayoen efecto;\nlos escritos de Roseo y Campana, entre los contemporáneos; el especial de Pietro\nMachiavelli, titulado La fuga delle Gcrve, y entre los modernos, la celebrada obra\ndel P. Gugüeimotti.",
 [C(book("Estudios históricos del reinado de Felipe ¡I, El desastre de los Gelves", place="Madrid", year=1890,
         **{"collection-title": "Colección de escritores castellanos", "collection-number": "lxxxviii"})),
  C({"type": "article-journal", "author": [P("Camilo", "Manfroni")], "container-title": "Rcrista Marítima", "issued": Y(1895, 11)}),
  C(short([P("Pietro", "Machiavelli")], "La fuga delle Gcrve"))]),
(AI, "1 Publicada en la Colección de documentos de Indias, t. xxvi, pág. 273.",
 [C({"title": "Colección de documentos de Indias", "volume": "xxvi"}, "273")]),
# --- Spanish: endnotes of the Spanish translation of Preston's Franco on another page of a reader site used before
#     (italics lost, leaving a space before the comma: `Arriba , 14 de diciembre de 1946`; short forms `Suárez
#     Fernández, Franco , IV`; `FRUS 1947 , Washington, 1972, III, pp. 1.056-1.060`; Foreign Office files not listed)
(LL, "4. Arriba , 14 de diciembre de 1946; Suárez Fernández, Franco , IV, pp. 139-140; J. Boor, Masonería , Madrid, 1952, pp. 8-9.",
 [C(paper(None, None, "Arriba", Y(1946, 12, 14))),
  C({"author": [F("Suárez Fernández")], "title": "Franco", "volume": "IV"}, "139–140"),
  C(book("Masonería", [P("J.", "Boor")], place="Madrid", year=1952), "8–9")]),
(LL, "7. López Rodó, La larga marcha , pp. 73, 529-532; Gil Robles, anotaciones del 5 de noviembre de 1945 y 15 de marzo de 1946 en el diario, La Monarquía , pp. 138, 173-174.",
 [C(short([F("López Rodó")], "La larga marcha"), "73, 529–532"),
  C(short([F("Gil Robles")], "La Monarquía"), "138, 173–174")]),
(LL, "12. FRUS 1947 , Washington, 1972, III, pp. 1.056-1.060.",
 [C(book("FRUS 1947", place="Washington", year=1972, volume="III"), "1.056–1.060")]),
(LL, "17. Economic Intelligence Department, informe sobre la vulnerabilidad española a las sanciones, 23 de abril de 1947, FO371/67868, Z4313/3/41G; Howard a Bevin, 7 de julio de 1947, FO371/67869, Z6479/3/41G.",
 []),
(LL, "18. The Times , 14 de octubre de 1946.",
 [C(paper(None, None, "The Times", Y(1946, 10, 14)))]),
(LL, "20. Kenneth O. Morgan, Labour in Power 1945-1951 , Oxford, 1984, pp. 251-253; Acheson, Present , pp. 294-301; Herbert Feis, From Trust to Terror: The Onset of the Cold War 1945-1950 , Londres, 1970, pp. 191-198.",
 [C(book("Labour in Power 1945-1951", [P("Kenneth O.", "Morgan")], place="Oxford", year=1984), "251–253"),
  C(short([F("Acheson")], "Present"), "294–301"),
  C(book("From Trust to Terror: The Onset of the Cold War 1945-1950", [P("Herbert", "Feis")], place="Londres", year=1970), "191–198")]),
# --- Spanish: first-page footnotes of a journal article (names in capitals, a colon after the author, `pp.\n17 y ss.`,
#     a paper read at the Settimana di Prato, broken over a line `Set-\ntimana`)
(ZM, "' Pere MOLAS RIBALTA: La burguesía mercantil en el Antiguo Régimen, Madrid 1985, pp.\n17 y ss.",
 [C(book("La burguesía mercantil en el Antiguo Régimen", [P("Pere", "Molas Ribalta")], place="Madrid", year=1985), "17 y ss.")]),
(ZM, "^ Peter MATHIAS: The lawyer as businessman, comunicación presentada en la XIV Set-\ntimana del Prato, 1982.",
 [C(pap("The lawyer as businessman", [P("Peter", "Mathias")], "XIV Set- timana del Prato", 1982))]),
# --- Spanish: a note of an e-book's notes page that names historians but no work (`<<` return link kept, as before)
(BK, "[1] Aunque no siempre comparto sus conclusiones, merecen mención, porque son indispensables, los amplios estudios que sobre diversos aspectos del franquismo, el ejército y la derecha en general han hecho Javier Tusell en España y Stanley G. Payne en Estados Unidos. Su influencia se mostrará con claridad en las notas al pie de página de este libro. El trabajo de Martin Blinkhorn sobre el carlismo es fundamental: al demostrar que los presupuestos de la derecha española se basan en el tradicionalismo alcanza extremos que superan el objetivo inicial de su estudio. La aportación de Herbert R. Southworth, que fue pionera, para el estudio del falangismo en particular y de aspectos más amplios acerca de la manipulación a que el franquismo sometió a su propia historia continúan siendo memorables. La breve guía de lecturas complementarias que aparece al final de este libro consigna algunas de las más importantes aportaciones monográficas de los jóvenes estudiosos españoles. <<",
 []),
]
