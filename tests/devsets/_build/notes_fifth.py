# -*- coding: utf-8 -*-
# Fifth gathering (2026-11-25), English-language notes from pages not used before, for breadth of
# subject and of form: notes of a teaching site on Italian Renaissance art (Chicago, `trans.`,
# `quoted in`, two publishers with their places, short forms), the notes of Said's Orientalism as
# Markdown footnotes (`[^7]:`, `2nd ed.`, `1966; reprint ed.`, `forthcoming`, a journal by issue and
# season, two notes run together by the page), notes of a history of the crusades (British style,
# `ed.`, `tr.`, `third edition`, a newspaper, `in` before a journal), line-broken short-form notes of a
# book on the Fourth Crusade (`Tafel and Thomas,\nUrkunden,\nI, 386, 396`, em dashes in ranges,
# abbreviations `GP`, `GV`), endnotes of a UC Press book on oil in Mexico (many works in one note,
# `1:162, 180`, `vol. 7, pt. 2`, a D.Phil. thesis and a Ph.D. diss., `chap. 4`, a newspaper by date,
# archival references left out), notes of a UC Press chapter on Zulu ethnicity (a report, an
# unpublished Ph.D. dissertation, `Ibid.`, prose notes), and Cambridge Core reference lists with
# the link text glued on (`(Oxford, 1974)Google Scholar`, `pp. 417–33CrossRefGoogle Scholar`,
# names inverted: `Hunt, William, The puritan moment…`, a chapter in a book by the same author,
# an M.A. thesis `(Wits, M. A., 1946)`, a series with a roman number, short forms `500 Years, 184`).
# Link text such as `Google Scholar` is part of the note as the page gives it; it is not part of any
# field of the gold. Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, C, book, short
from notes_more import art
from notes_extra import chap
from notes_fourth import paper

IR = "http://www.italianrenaissanceresources.com/units/unit-1/essays/notes/"
SV = "http://www.shiavault.com/books/orientalism/chapters/6-notes"
EN = "https://erenow.net/postclassical/holywarriorsamodernhistoryofthecrusades/16.php"
TS = "https://books.thomasstone.org/download-the-fourth-crusade-and-the-sack-of-constantinople-pdf/free-books-60"
OM = "https://publishing.cdlib.org/ucpressebooks/view?chunk.id=endnotes&doc.view=print&docId=ft3q2nb28s"
ZU = "https://publishing.cdlib.org/ucpressebooks/view?chunk.id=nsd0e5409&doc.view=print&docId=ft158004rs"
LA = "http://core-varnish-new.prod.aop.cambridge.org/core/journals/historical-journal/article/local-affairs-in-seventeenthcentury-england/375F12303DFA73386ABC458F3DC30A9C"
RV = "https://homsy-staging.cambridgecore.org/core/journals/historical-journal/article/on-revisionism-an-analysis-of-early-stuart-historiography-in-the-1970s-and-1980s/48CC8170F614DE6EFE9CACB0452FAC20"
AA = "https://homsy-staging.cambridgecore.org/core/journals/journal-of-african-history/article/african-and-afrikaner-history/763ABAD17B66F46CD641C1F35AE39BBB"


def thesis(title, author, genre, publisher=None, year=None, **kw):
    g = {"type": "thesis", "title": title, "author": author, "genre": genre}
    if publisher: g["publisher"] = publisher
    if year: g["issued"] = year if isinstance(year, dict) else Y(year)
    g.update(kw); return g


RS = [P("J. S. C.", "Riley-Smith")]
COSIO = [P("Daniel", "Cosío Villegas")]

FIFTH = [
# --- Notes of an essay on a teaching site for Italian Renaissance art (Chicago; `quoted in`; short forms)
(IR, "1. Peter Burke, The Italian Renaissance: Culture and Society in Italy (Princeton: Princeton University Press, 1986), 162.",
 [C(book("The Italian Renaissance: Culture and Society in Italy", [P("Peter", "Burke")], publisher="Princeton University Press", place="Princeton", year=1986), "162")]),
(IR, "2. Quoted in Hans Belting, The Image and Its Public in the Middle Ages: Form and Function of Early Paintings of the Passion, trans. Mark Bartusis and Raymond Meyer (New Rochelle, NY: A. D. Caratzas, 1990), 500.",
 [C(book("The Image and Its Public in the Middle Ages: Form and Function of Early Paintings of the Passion", [P("Hans", "Belting")], translator=[P("Mark", "Bartusis"), P("Raymond", "Meyer")], publisher="A. D. Caratzas", place="New Rochelle, NY", year=1990), "500")]),
(IR, "3. Quoted in Belting, Image and Its Public, 22.",
 [C(short([F("Belting")], "Image and Its Public"), "22")]),
(IR, "4. Ruy Gonzáles de Clavijo, quoted in Robin Cormack, Icons (Cambridge, MA: Harvard University Press, 2007), 17.",
 [C(book("Icons", [P("Robin", "Cormack")], publisher="Harvard University Press", place="Cambridge, MA", year=2007), "17")]),
(IR, "5. Saint Basil, Letters, quoted in Gary Vikan, Icon (Baltimore: Walters Art Gallery; Washington, D.C.: Trust for Museum Exhibitions, 1988), 11.",
 [C(short([L("Saint Basil")], "Letters")),
  C(book("Icon", [P("Gary", "Vikan")], publisher="Walters Art Gallery; Trust for Museum Exhibitions", place="Baltimore; Washington, D.C.", year=1988), "11")]),
(IR, "7. Decrees of the Ecumenical Councils and Sancti Antonini, Summa Theologica, both quoted in Patricia Lee Rubin, Images and Identity in Fifteenth-Century Florence (New Haven: Yale University Press, 2007), 178.",
 [C({"title": "Decrees of the Ecumenical Councils"}),
  C(short([L("Sancti Antonini")], "Summa Theologica")),
  C(book("Images and Identity in Fifteenth-Century Florence", [P("Patricia Lee", "Rubin")], publisher="Yale University Press", place="New Haven", year=2007), "178")]),
(IR, "8. Aquinas, Scriptum super sententiis, quoted in Rubin, Images and Identity, 178.",
 [C(short([F("Aquinas")], "Scriptum super sententiis")),
  C(short([F("Rubin")], "Images and Identity"), "178")]),
# the letter of Bessarion is a primary source named without a place of publication: not listed
(IR, "9. Bessarion to Cristoforo Moro, quoted in Rona Goffen, “Icon and Vision: Giovanni Bellini’s Half-Length Madonnas,” Art Bulletin 57 (1975): 488.",
 [C(art("Icon and Vision: Giovanni Bellini’s Half-Length Madonnas", [P("Rona", "Goffen")], "Art Bulletin", "57", None, 1975), "488")]),
(IR, "10. Goffen, “Icon and Vision,” 509.",
 [C(short([F("Goffen")], "Icon and Vision"), "509")]),
(IR, "11. Patricia Lee Rubin and Alison Wright, with contributions by Nicholas Penny, Renaissance Florence: The Art of the 1470s (London: National Gallery Publications, 1999), 288.",
 [C(book("Renaissance Florence: The Art of the 1470s", [P("Patricia Lee", "Rubin"), P("Alison", "Wright")], contributor=[P("Nicholas", "Penny")], publisher="National Gallery Publications", place="London", year=1999), "288")]),
# --- Notes of Said's Orientalism as Markdown footnotes (`[^n]:`; works of the author named only as `my`/`his`)
(SV, "[^3]: Denys Hay, Europe: The Emergence of an Idea, 2nd ed. (Edinburgh: Edinburgh University Press, 1968).",
 [C(book("Europe: The Emergence of an Idea", [P("Denys", "Hay")], publisher="Edinburgh University Press", place="Edinburgh", year=1968, edition="2"))]),
(SV, "[^4]: Steven Marcus, The Other Victorians: A Study of Sexuality and Pornography in Mid-Nineteenth Century England (1966; reprint ed., New York: Bantam Books, 1967), pp. 200-19.",
 [C(book("The Other Victorians: A Study of Sexuality and Pornography in Mid-Nineteenth Century England", [P("Steven", "Marcus")], publisher="Bantam Books", place="New York", year=1967, **{"original-date": Y(1966)}), "200–19")]),
(SV, "[^5]: See my Criticism Between Culture and System (Cambridge, Mass.: Harvard University Press, forthcoming).",
 [C(book("Criticism Between Culture and System", publisher="Harvard University Press", place="Cambridge, Mass.", status="forthcoming"))]),
(SV, "[^6]: Principally in his American Power and the New Mandarins: Historical and Political Essays (New York: Pantheon Books, 1969) and For Reasons of State (New York: Pantheon Books, 1973).",
 [C(book("American Power and the New Mandarins: Historical and Political Essays", publisher="Pantheon Books", place="New York", year=1969)),
  C(book("For Reasons of State", publisher="Pantheon Books", place="New York", year=1973))]),
# the page runs note 8 (Bracken) into note 7; the text is kept as the page gives it
(SV, "[^7]: Walter Benjamin, Charles Baudelaire: A Lyric Poet in the Era of High Capitalism, trans. Harry Zohn (London: New Left Books, 1973), p. 71. & Harry Bracken, \"Essence, Accident and Race,\" Hermathena 116 (Winter 1973): 81-96.",
 [C(book("Charles Baudelaire: A Lyric Poet in the Era of High Capitalism", [P("Walter", "Benjamin")], translator=[P("Harry", "Zohn")], publisher="New Left Books", place="London", year=1973), "71"),
  C(art("Essence, Accident and Race", [P("Harry", "Bracken")], "Hermathena", "116", None, 1973), "81–96")]),
(SV, "[^9]: In an interview published in Diacritics 6, no. 3 (Fall 1976): 38.",
 [C(art(None, None, "Diacritics", "6", "3", 1976), "38")]),
(SV, "[^12]: Louis Althusser, For Marx, trans. Ben Brewster (New York: Pantheon Books,1969), pp. 65-7.",
 [C(book("For Marx", [P("Louis", "Althusser")], translator=[P("Ben", "Brewster")], publisher="Pantheon Books", place="New York", year=1969), "65–7")]),
(SV, "[^13]: Raymond Schwab, La Renaissance orientale (Paris: Payot, 1950); Johann W. Flick, Die Arabischen Studien in Europa bis in den Anfang des 20. Jahrhunderts (Leipzig: Otto Harrassowitz, 1955); Dorothee Metlitzki, The Matter of Araby in Medieval England (New Haven, Conn.: Yale University Press, 1977).",
 [C(book("La Renaissance orientale", [P("Raymond", "Schwab")], publisher="Payot", place="Paris", year=1950)),
  C(book("Die Arabischen Studien in Europa bis in den Anfang des 20. Jahrhunderts", [P("Johann W.", "Flick")], publisher="Otto Harrassowitz", place="Leipzig", year=1955)),
  C(book("The Matter of Araby in Medieval England", [P("Dorothee", "Metlitzki")], publisher="Yale University Press", place="New Haven, Conn.", year=1977))]),
(SV, "[^14]: E. S. Shaffer, \"Kubla Khan\" and The Fall of Jerusalem: The Mythological School in Biblical Criticism and Secular Literature, 1770-1880 (Cambridge: Cambridge University Press, 1975).",
 [C(book("\"Kubla Khan\" and The Fall of Jerusalem: The Mythological School in Biblical Criticism and Secular Literature, 1770-1880", [P("E. S.", "Shaffer")], publisher="Cambridge University Press", place="Cambridge", year=1975))]),
(SV, "[^15]: George Eliot, Middlemarch: A Study of Provincial Life (1872; reprint ed., Boston: Houghton Mifflin Co., 1956), p. 164.",
 [C(book("Middlemarch: A Study of Provincial Life", [P("George", "Eliot")], publisher="Houghton Mifflin Co.", place="Boston", year=1956, **{"original-date": Y(1872)}), "164")]),
# --- Notes of a history of the crusades (British style: place and year only; `ed.` after the title; `tr.`)
(EN, "1. N. Housley, Contesting the Crusades (Oxford, 2006); The Oxford Illustrated History of the Crusades, ed. J. S. C. Riley-Smith (Oxford, 1995).",
 [C(book("Contesting the Crusades", [P("N.", "Housley")], place="Oxford", year=2006)),
  C(book("The Oxford Illustrated History of the Crusades", editor=RS, place="Oxford", year=1995))]),
(EN, "3. J. P. Phillips, “Why a Crusade Will Lead to a Jihad,” Independent, September 18, 2001.",
 [C(paper("Why a Crusade Will Lead to a Jihad", [P("J. P.", "Phillips")], "Independent", Y(2001, 9, 18)))]),
(EN, "4. E. Sivan, “The Crusader Described by Modern Arab Historiography,” in Asian and African Studies 8 (1972), pp. 104–49; C. Hillenbrand, The Crusades: Islamic Perspectives (Edinburgh, 1999).",
 [C(art("The Crusader Described by Modern Arab Historiography", [P("E.", "Sivan")], "Asian and African Studies", "8", None, 1972), "104–49"),
  C(book("The Crusades: Islamic Perspectives", [P("C.", "Hillenbrand")], place="Edinburgh", year=1999))]),
(EN, "5. C. Hillenbrand, Turkish Myth and Muslim Symbol: The Battle of Manzikert (Edinburgh, 2007).",
 [C(book("Turkish Myth and Muslim Symbol: The Battle of Manzikert", [P("C.", "Hillenbrand")], place="Edinburgh", year=2007))]),
(EN, "1. Robert of Rheims, account of Urban II’s speech at Clermont, taken from L. and J. S. C. Riley-Smith, The Crusades: Idea and Reality, 1095–1274 (London, 1981), pp. 42–45. For the full text of Robert’s chronicle, see Robert the Monk’s History of the First Crusade, tr. C. Sweetenham (Aldershot, 2005).",
 [C(book("The Crusades: Idea and Reality, 1095–1274", [P("L.", "Riley-Smith"), P("J. S. C.", "Riley-Smith")], place="London", year=1981), "42–45"),
  C(book("Robert the Monk’s History of the First Crusade", translator=[P("C.", "Sweetenham")], place="Aldershot", year=2005))]),
(EN, "2. C. J. Tyerman, God’s War: A New History of the Crusades (London, 2006), pp. 1–24, elegantly sketches out the situation in Europe and the Mediterranean during the eleventh century.",
 [C(book("God’s War: A New History of the Crusades", [P("C. J.", "Tyerman")], place="London", year=2006), "1–24")]),
(EN, "3. J. S. C. Riley-Smith, What Were the Crusades?, third edition (Basingstoke, 2002), pp. 5–9; J. S. C. Riley-Smith, The First Crusade and the Idea of Crusading (London, 1986), pp. 5–8; Tyerman, God’s War, pp. 27–51. In a broader context, see F. H. Russell,The Just War in the Middle Ages (Cambridge, 1975).",
 [C(book("What Were the Crusades?", RS, place="Basingstoke", year=2002, edition="3"), "5–9"),
  C(book("The First Crusade and the Idea of Crusading", RS, place="London", year=1986), "5–8"),
  C(short([F("Tyerman")], "God’s War"), "27–51"),
  C(book("The Just War in the Middle Ages", [P("F. H.", "Russell")], place="Cambridge", year=1975))]),
(EN, "4. See the accounts of Robert of Rheims, Baldric of Bourgueil, Fulcher of Chartres, and Guibert of Nogent, all translated in Riley-Smith, Crusades: Idea and Reality, pp. 41–53.",
 [C(short([F("Riley-Smith")], "Crusades: Idea and Reality"), "41–53")]),
(EN, "5. Both the tympanum at Conques and at Autun are especially vivid.",
 []),
(EN, "6. Guibert of Nogent, The Deeds of God Through the Franks: Gesta Dei per Francos, tr. R. Levine (Woodbridge, 1997), p. 28.",
 [C(book("The Deeds of God Through the Franks: Gesta Dei per Francos", [L("Guibert of Nogent")], translator=[P("R.", "Levine")], place="Woodbridge", year=1997), "28")]),
# --- Short-form notes of a book on the Fourth Crusade, broken over lines by the page (em dashes in ranges)
(TS, "29\nThe treaties are reproduced in: Tafel and Thomas,\nUrkunden,\nI, 386, 396.",
 [C({"author": [F("Tafel"), F("Thomas")], "title": "Urkunden", "volume": "I"}, "386, 396")]),
(TS, "31\nInnocent III,\nSources,\n43;\nGesta Innocenti,\ntranslated in:\nSources,\n44.",
 [C(short([L("Innocent III")], "Sources"), "43"),
  C({"title": "Gesta Innocenti", "container-title": "Sources"}, "44")]),
(TS, "35\nPeter of Vaux-Cernay,\nHistory of the Albigensian Crusade,\n58.",
 [C(short([L("Peter of Vaux-Cernay")], "History of the Albigensian Crusade"), "58")]),
(TS, "36\nFrance,\nWestern Warfare in the Age of the Crusades,\n117—20; Bradbury,\nMedieval\nSiege, 254—70.",
 [C(short([F("France")], "Western Warfare in the Age of the Crusades"), "117–20"),
  C(short([F("Bradbury")], "Medieval Siege"), "254–70")]),
(TS, "38\nConquest of Lisbon,\n143, 145. A cubit is a medieval measurement equivalent to a forearm.",
 [C(short(None, "Conquest of Lisbon"), "143, 145")]),
(TS, "40\nGP, 80; Innocent III,\nSources,\n43.",
 [C(short(None, "GP"), "80"),
  C(short([L("Innocent III")], "Sources"), "43")]),
(TS, "11\nFor this complex subject, see: Nicol,\nByzantium\nand\nVenice,\n50—123; Martin, ‘Venetians in the Byzantine Empire before 1204’; Madden, ‘Venice and Constantinople in 1171 and 1172: Enrico Dandolo’s attitudes towards Byzantium’; Angold,\nByzantine Empire, 226—33.",
 [C(short([F("Nicol")], "Byzantium and Venice"), "50–123"),
  C(short([F("Martin")], "Venetians in the Byzantine Empire before 1204")),
  C(short([F("Madden")], "Venice and Constantinople in 1171 and 1172: Enrico Dandolo’s attitudes towards Byzantium")),
  C(short([F("Angold")], "Byzantine Empire"), "226–33")]),
(TS, "20\nGV, 52—3; Longnon,\nLes compagnons de Villehardouin,\n149—50.",
 [C(short(None, "GV"), "52–3"),
  C(short([F("Longnon")], "Les compagnons de Villehardouin"), "149–50")]),
# --- Endnotes of a UC Press book on oil and revolution in Mexico (archival references in note 2 not listed;
#     a note telling where an account came from cites no work)
(OM, "1. As told to the author by Santiago Roel, Austin, Texas, 17 Aug 1988.",
 []),
(OM, "2. El Universal, 25 Mar 1938.",
 [C(paper(None, None, "El Universal", Y(1938, 3, 25)))]),
(OM, "3. Raúl Prebisch, Towards a Dynamic Development Policy for Latin America (New York, 1963); André Gunder Frank, Capitalism and Underdevelopment in Latin America: Historical Studies of Chile and Brazil (New York, 1969); E. Bradford Burns, The Poverty of Progress (New York, 1980); Fernando Henrique Cardoso and Enzo Faletto, Dependency and Development in Latin America, trans. Marjory Mattingly Urquidi (Berkeley, 1979); Emmanuel Wallerstein, ''The Rise and Future Demise of the World Capitalist System: Concepts for Comparative Analysis,\" Comparative Studies in Society and History 16 (1974): 387-415; Arghiri Emmanuel, Unequal Exchange: A Study of the Imperialism of Trade, trans. Brian Pearce (London, 1972); V.I. Lenin, \"Imperialism, the Last Stage of Capitalism,\" in Imperialism, The State and Revolution (New York, 1926); Harry Braverman, Labor and Monopoly Capital: The Degradation of Work in the Twentieth Century (New York, 1974); W.W. Rostow, The Stages of Economic Growth, 2d ed. (Cambridge, Eng., 1971).",
 [C(book("Towards a Dynamic Development Policy for Latin America", [P("Raúl", "Prebisch")], place="New York", year=1963)),
  C(book("Capitalism and Underdevelopment in Latin America: Historical Studies of Chile and Brazil", [P("André Gunder", "Frank")], place="New York", year=1969)),
  C(book("The Poverty of Progress", [P("E. Bradford", "Burns")], place="New York", year=1980)),
  C(book("Dependency and Development in Latin America", [P("Fernando Henrique", "Cardoso"), P("Enzo", "Faletto")], translator=[P("Marjory Mattingly", "Urquidi")], place="Berkeley", year=1979)),
  C(art("The Rise and Future Demise of the World Capitalist System: Concepts for Comparative Analysis", [P("Emmanuel", "Wallerstein")], "Comparative Studies in Society and History", "16", None, 1974), "387–415"),
  C(book("Unequal Exchange: A Study of the Imperialism of Trade", [P("Arghiri", "Emmanuel")], translator=[P("Brian", "Pearce")], place="London", year=1972)),
  C(chap("Imperialism, the Last Stage of Capitalism", [P("V.I.", "Lenin")], "Imperialism, The State and Revolution", place="New York", year=1926)),
  C(book("Labor and Monopoly Capital: The Degradation of Work in the Twentieth Century", [P("Harry", "Braverman")], place="New York", year=1974)),
  C(book("The Stages of Economic Growth", [P("W.W.", "Rostow")], place="Cambridge, Eng.", year=1971, edition="2"))]),
(OM, "4. Octavio Paz, The Labyrinth of Solitude: Life and Thought in Mexico (New York, 1961), 20.",
 [C(book("The Labyrinth of Solitude: Life and Thought in Mexico", [P("Octavio", "Paz")], place="New York", year=1961), "20")]),
(OM, "5. Barrington Moore, Jr., Social Origins of Dictatorship and Democracy: Lord and Peasant in the Making of the Modern World (Boston, 1966), especially chap. 9.",
 [C(book("Social Origins of Dictatorship and Democracy: Lord and Peasant in the Making of the Modern World", [P("Barrington", "Moore")], place="Boston", year=1966), "9", "chapter")]),
(OM, "1. John H. Coatsworth, \"Obstacles to Economic Growth in Nineteenth-Century Mexico,\" American Historical Review 83 (1978): 81, 84; Laura Randall, A Comparative Economic History of Latin America, 1500-1914 (Ann Arbor, 1978), 1:162, 180; Christopher Armstrong and H.V. Nelles, \"A Curious Capital Flow: Canadian Investment in Mexico, 1902-1910,\" Business History Review 58 (1984): 179-80; Daniel Cosío Villegas et al., Historia moderna de México, vol. 7, pt. 2 (Mexico City, 1965), 642, 1154; Esperanza Durán de Seade, \"Mexico's Relations with the Powers During the Great War\" (D.Phil. thesis, St. Antony's College, Oxford University, 1980), 7-11; Clifton B. Kroeber, Man, Land, and Water: Mexico's Farmlands Irrigation Policies, 1885-1911 (Berkeley and Los Angeles, 1983), 12; Stephen H. Haber, Industry and Underdevelopment: The Industrialization of Mexico, 1890-1940 (Stanford, 1989), 91-93, 100.",
 [C(art("Obstacles to Economic Growth in Nineteenth-Century Mexico", [P("John H.", "Coatsworth")], "American Historical Review", "83", None, 1978), "81, 84"),
  C(book("A Comparative Economic History of Latin America, 1500-1914", [P("Laura", "Randall")], place="Ann Arbor", year=1978, volume="1"), "162, 180"),
  C(art("A Curious Capital Flow: Canadian Investment in Mexico, 1902-1910", [P("Christopher", "Armstrong"), P("H.V.", "Nelles")], "Business History Review", "58", None, 1984), "179–80"),
  C(book("Historia moderna de México", COSIO, place="Mexico City", year=1965, volume="7", **{"part-number": "2"}), "642, 1154"),
  C(thesis("Mexico's Relations with the Powers During the Great War", [P("Esperanza", "Durán de Seade")], "D.Phil. thesis", "St. Antony's College, Oxford University", 1980), "7–11"),
  C(book("Man, Land, and Water: Mexico's Farmlands Irrigation Policies, 1885-1911", [P("Clifton B.", "Kroeber")], place="Berkeley and Los Angeles", year=1983), "12"),
  C(book("Industry and Underdevelopment: The Industrialization of Mexico, 1890-1940", [P("Stephen H.", "Haber")], place="Stanford", year=1989), "91–93, 100")]),
(OM, "2. Richard Guenther to Dept. of State, 11 October 1890, U.S. Consular Despatches, Mexico City, no. 32, Record Group 59, National Archives, Washington, D.C.; and ibid., 1 December 1903, U.S. Consular Despatches, Tampico, no. 181, Record Group 59, National Archives. See also Cosío Villegas et al., Historia moderna de México, vol. 7, pt. 1 (Mexico City, 1965), 245, 517, 624, 628, 695; Chitraporn Tanratanakol, \"Threats to Subsistence: Regional Economy and the 1869 Mezquital Peasant Rebellion in Mexico\" (Ph.D. diss., Northern Illinois University, 1987), chap. 4.",
 [C(book("Historia moderna de México", COSIO, place="Mexico City", year=1965, volume="7", **{"part-number": "1"}), "245, 517, 624, 628, 695"),
  C(thesis("Threats to Subsistence: Regional Economy and the 1869 Mezquital Peasant Rebellion in Mexico", [P("Chitraporn", "Tanratanakol")], "Ph.D. diss.", "Northern Illinois University", 1987), "4", "chapter")]),
# --- Notes of a UC Press chapter on Zulu ethnic consciousness (a report; an unpublished dissertation; prose; Ibid.)
(ZU, "1. I am grateful to Richard Rathbone and Heather Hughes for their comments on an earlier draft of this essay, and to Leroy Vail for his exemplary patience and editorial skill.",
 []),
(ZU, "4. M.O. Sutcliffe and P.A. Wellings, Attitudes and Living Conditions in Inanda: The Context for Unrest (Built Environment Support Group, University of Natal, Durban, November 1985), pp. 2-4.",
 [C({"type": "report", "title": "Attitudes and Living Conditions in Inanda: The Context for Unrest", "author": [P("M.O.", "Sutcliffe"), P("P.A.", "Wellings")], "publisher": "Built Environment Support Group, University of Natal", "publisher-place": "Durban", "issued": Y(1985, 11)}, "2–4")]),
(ZU, "5. Ibid., pp.3-4.",
 []),
(ZU, "6. For a brilliant satire on this propensity among whites, see Anthony Delius, The Day Natal Took Off (Cape Town, 1963); Tom Sharpe's equally biting Riotous Assembly and Indecent Exposure (London, 1971 and 1972) are also based on Natal's separatist traditions.",
 [C(book("The Day Natal Took Off", [P("Anthony", "Delius")], place="Cape Town", year=1963)),
  C(book("Riotous Assembly", [P("Tom", "Sharpe")], place="London", year=1971)),
  C(book("Indecent Exposure", [P("Tom", "Sharpe")], place="London", year=1972))]),
(ZU, "7. Helen Bradford, \"The Industrial and Commercial Workers' Union in the South African countryside', unpublished Ph.D. dissertation, University of the Witwatersrand, 1985, pp.285-6.",
 [C(thesis("The Industrial and Commercial Workers' Union in the South African countryside", [P("Helen", "Bradford")], "unpublished Ph.D. dissertation", "University of the Witwatersrand", 1985), "285–6")]),
(ZU, "8. Under four million Zulu live in Natal-Zululand and are thus more directly available for ethnic mobilization.",
 []),
(ZU, "9. B. Moore, Social Origins of Dictatorship and Democracy: Lord and Peasant in the Making of the Modern World (Harmondsworth, 1967), pp.485-6.",
 [C(book("Social Origins of Dictatorship and Democracy: Lord and Peasant in the Making of the Modern World", [P("B.", "Moore")], place="Harmondsworth", year=1967), "485–6")]),
# --- Cambridge Core reference list of a Historical Journal review (names inverted; link text glued on)
(LA, "2 Hunt, William, The puritan moment. The coming of revolution in an English county (Cambridge, Mass., 1983)Google Scholar, and to a lesser extent Underdown, David, Somerset in the Civil War and Interregnum (Newton Abbot, 1973)Google Scholar and Morrill, John, Cheshire 1630–1660 (Oxford, 1974)Google Scholar, constitute honourable exceptions.",
 [C(book("The puritan moment. The coming of revolution in an English county", [P("William", "Hunt")], place="Cambridge, Mass.", year=1983)),
  C(book("Somerset in the Civil War and Interregnum", [P("David", "Underdown")], place="Newton Abbot", year=1973)),
  C(book("Cheshire 1630–1660", [P("John", "Morrill")], place="Oxford", year=1974))]),
(LA, "3 Smith, A. Hassell, County and court. Government and politics in Norfolk 1558–1603 (Oxford, 1974)Google Scholar and MacCulloch, D., Suffolk and the Tudors (Oxford, 1986)CrossRefGoogle Scholar are the exceptions to this rule; but there has been nothing to match them for the post-Restoration period save Holmes's, CliveSeventeenthcmtury Lincolnshire (Lincoln, 1980)Google Scholar which, covering as it does the whole century, is necessarily rather brief.",
 [C(book("County and court. Government and politics in Norfolk 1558–1603", [P("A. Hassell", "Smith")], place="Oxford", year=1974)),
  C(book("Suffolk and the Tudors", [P("D.", "MacCulloch")], place="Oxford", year=1986)),
  C(book("Seventeenthcmtury Lincolnshire", [P("Clive", "Holmes")], place="Lincoln", year=1980))]),
(LA, "4 The argument parallels – and is more socially extensive than – Conrad Russell's insistence that the division between Arminians and predestinarian protestants (whom others might call puritans) was the only ideological gap which extended from 1628 to 1642. Russell, C., Parliaments and English politics 1621–1629 (Oxford, 1979), pp. 417–33CrossRefGoogle Scholar.",
 [C(book("Parliaments and English politics 1621–1629", [P("C.", "Russell")], place="Oxford", year=1979), "417–33")]),
(LA, "5 Hurwich, J., ‘A fanatick town: Coventry 1660–1720’, Midland History, IV (1977), 15–47CrossRefGoogle Scholar, establishes the necessary continuity in Warwickshire.",
 [C(art("A fanatick town: Coventry 1660–1720", [P("J.", "Hurwich")], "Midland History", "IV", None, 1977), "15–47")]),
(LA, "6 Brooks, C. W., Pettyfoggers and vipers of the commonwealth (Cambridge, 1986), pp. 57–74CrossRefGoogle Scholar; this finding suggestively parallels the contention that over half of practising lawyers came from similar social groups: Prest, W., ‘The English Bar’, in Prest, W., ed., Lawyers in early-modem England and America (New York, 1981), pp. 70–1Google Scholar, and, more generally, his The rise of the barristers (Oxford, 1986)Google Scholar.",
 [C(book("Pettyfoggers and vipers of the commonwealth", [P("C. W.", "Brooks")], place="Cambridge", year=1986), "57–74"),
  C(chap("The English Bar", [P("W.", "Prest")], "Lawyers in early-modem England and America", editor=[P("W.", "Prest")], place="New York", year=1981), "70–1"),
  C(book("The rise of the barristers", place="Oxford", year=1986))]),
(LA, "7 Herrup, , Common peace, p. 195Google Scholar; MacCulloch, , Suffolk, pp. 315–37Google Scholar.",
 [C(short([F("Herrup")], "Common peace"), "195"),
  C(short([F("MacCulloch")], "Suffolk"), "315–37")]),
# --- Cambridge Core reference list of a historiographical review (a chapter in the author's own book; a prose note)
(RV, "1 Stone, Lawrence, ‘The revival of narrative: reflections on a new old history’, in , Stone, The past and the present (Boston, 1981), ch. 3Google Scholar.",
 [C(chap("The revival of narrative: reflections on a new old history", [P("Lawrence", "Stone")], "The past and the present", place="Boston", year=1981, **{"container-author": [F("Stone")]}), "3", "chapter")]),
(RV, "2 In particular they were trying to modernize it by seeking to discover what the reality behind such terms as ‘liberty’ and ‘the people’ – terms beloved by the great whig historians – really was. Liberty for whom? Did the people really include servants? Or wage-earners? What were the social realities behind parliamentary claims to represent all of the people?",
 []),
(RV, "3 For an introduction to the gentry controversy, see Stone, Lawrence, Social change and revolution in England 1540–1640 (london, 1965)Google Scholar.",
 [C(book("Social change and revolution in England 1540–1640", [P("Lawrence", "Stone")], place="london", year=1965))]),
# --- Cambridge Core reference list of a Journal of African History review (short title of the book under
#     review; a series with a roman number; an M.A. thesis; a commission's report cited by volume)
(AA, "1 500 Years, xi, 425.Google Scholar",
 [C(short(None, "500 Years"), "xi, 425")]),
(AA, "3 500 Years, 184.Google Scholar",
 [C(short(None, "500 Years"), "184")]),
(AA, "4 Ibid. 190.",
 []),
(AA, "5 Brookes, E. H. and Hurwitz, N., The Native Reserves of Natal, Natal Regional Survey, vii (Natal, 1957), 4.Google Scholar F. Wolfson, ‘Some aspects of the Native Administration in Natal under Theophilus Shepstone’ (Wits, M. A., 1946), 29,Google Scholar maintains that they were inadequate from the outset. The phrase is that of the missionary Aldin Grout. See also South African Native Affairs Commission, 1903–5, v, 63, Evidence of J. W. Shepstone. The major reason for the artificial land shortage was the speculation of land colonization companies.Google Scholar",
 [C(book("The Native Reserves of Natal", [P("E. H.", "Brookes"), P("N.", "Hurwitz")], place="Natal", year=1957, **{"collection-title": "Natal Regional Survey", "collection-number": "vii"}), "4"),
  C(thesis("Some aspects of the Native Administration in Natal under Theophilus Shepstone", [P("F.", "Wolfson")], "M. A.", "Wits", 1946), "29"),
  C({"type": "report", "title": "South African Native Affairs Commission, 1903–5", "volume": "v"}, "63")]),
(AA, "6 Goodfellow, C. F., Great Britain and South African Confederation, 1870–1881 (O.U.P., 1966), 2.Google Scholar",
 [C(book("Great Britain and South African Confederation, 1870–1881", [P("C. F.", "Goodfellow")], publisher="O.U.P.", year=1966), "2")]),
(AA, "7 de Kiewiet, C. W., The Imperial Factor in South Africa (Cambridge, 1937), 194.Google Scholar",
 [C(book("The Imperial Factor in South Africa", [P("C. W.", "de Kiewiet")], place="Cambridge", year=1937), "194")]),
]
