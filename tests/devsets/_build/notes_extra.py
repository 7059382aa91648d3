# -*- coding: utf-8 -*-
# Third gathering (2026-11-24): Chicago notes from a Vietnam War monograph, British-style notes,
# notes of a Vietnam/Cold War book, French journal notes (Monde(s)), author-year notes, German
# notes from an East-bloc study, Russian notes of Taubman's "Khrushchev" in translation.
from notes_data import P, F, L, Y, C, book, short
from notes_more import art

MU = "https://muse.jhu.edu/books/9780801467417/9780801467417-16.pdf"
DL = "https://docslib.org/doc/9243408/notes-and-references"
BR = "https://bookreadfree.com/146518/3621965"
MO = "https://shs.cairn.info/revue-mondes-2020-2-page-9?lang=fr"
TI = "https://trantor.is/content/0x6VBvlWVQL0XPfE/xhtml/introduction_notes.xhtml"
GB = "http://globalauthorid.com/WebPortal/ArticleView?wd=03E459076164F53EE380CAE9AEA272855FC173DCA8898B0374988977DD5C268D"
BU = "https://in.bubooker.vip/knigi_hruschev_11100111110111010001101?ui7=234"
BO = "https://user.bibliboba.online/books/khrushchev/p/388"


def chap(title, author, container, editor=None, publisher=None, place=None, year=None, **kw):
    g = {"type": "chapter", "title": title, "author": author, "container-title": container}
    if editor: g["editor"] = editor
    if publisher: g["publisher"] = publisher
    if place: g["publisher-place"] = place
    if year: g["issued"] = year if isinstance(year, dict) else Y(year)
    g.update(kw); return g


EXTRA = [
# --- Chicago endnotes of a monograph on Diem's Vietnam (Project MUSE excerpt; PDF text keeps lost spaces)
(MU, "1. “South Vietnam:The Disquieted Americans,” Time, 25 February 1957, 34–37; Arthur J. Dommen, The Indochinese Experience of the French and the Americans: Nationalism and Communism in Cambodia, Laos, andVietnam (Bloomington: Indiana University Press, 2001), 362.",
 [C({"type": "article-magazine", "title": "South Vietnam:The Disquieted Americans", "container-title": "Time", "issued": Y(1957, 2, 25)}, "34–37"),
  C(book("The Indochinese Experience of the French and the Americans: Nationalism and Communism in Cambodia, Laos, andVietnam", [P("Arthur J.", "Dommen")], publisher="Indiana University Press", place="Bloomington", year=2001), "362")]),
(MU, "2. See Seth Jacobs, America’s Miracle Man inVietnam: Ngo Dinh Diem, Religion, Race, and U.S. Intervention in Southeast Asia, 1950–1957 (Durham: Duke University Press, 2004).",
 [C(book("America’s Miracle Man inVietnam: Ngo Dinh Diem, Religion, Race, and U.S. Intervention in Southeast Asia, 1950–1957", [P("Seth", "Jacobs")], publisher="Duke University Press", place="Durham", year=2004))]),
(MU, "3. Mark Philip Bradley,“Making Sense of the French War:The Postcolonial Moment and the FirstVietnam War: 1945–1954,” in Mark Atwood Lawrence and Fredrik Logevall, eds., The First Vietnam War: Colonial Conflict and Cold War Crisis (Cambridge: Harvard University Press, 2007), 39.",
 [C(chap("Making Sense of the French War:The Postcolonial Moment and the FirstVietnam War: 1945–1954", [P("Mark Philip", "Bradley")], "The First Vietnam War: Colonial Conflict and Cold War Crisis", editor=[P("Mark Atwood", "Lawrence"), P("Fredrik", "Logevall")], publisher="Harvard University Press", place="Cambridge", year=2007), "39")]),
(MU, "5. See Carlyle A.Thayer, War by Other Means: National Liberation and Revolution in Vietnam 1954–1960 (Sydney: Allen and Unwin, 1989), esp. 1–67; and Pierre Asselin,“Choosing Peace: Hanoi and the Geneva Agreement on Vietnam, 1954–1955,” Journal of Cold War Studies 9:2 (spring 2007), 95–126.",
 [C(book("War by Other Means: National Liberation and Revolution in Vietnam 1954–1960", [P("Carlyle A.", "Thayer")], publisher="Allen and Unwin", place="Sydney", year=1989), "1–67"),
  C(art("Choosing Peace: Hanoi and the Geneva Agreement on Vietnam, 1954–1955", [P("Pierre", "Asselin")], "Journal of Cold War Studies", "9", "2", 2007), "95–126")]),
(MU, "6. See David F. Schmitz, Thank God They’re on Our Side:The United States and Right-Wing Dictatorships, 1921–1965 (Chapel Hill:The University of North Carolina Press, 1999).",
 [C(book("Thank God They’re on Our Side:The United States and Right-Wing Dictatorships, 1921–1965", [P("David F.", "Schmitz")], publisher="The University of North Carolina Press", place="Chapel Hill", year=1999))]),
(MU, "7. Gabriel Kolko, Anatomy of a War: Vietnam, the United States, and the Modern Historical Experience (New York: Pantheon Books, 1985), 95; Dommen, The Indochinese Experience, 406– 423; David W. P. Elliott, The Vietnamese War: Revolution and Social Change in the Mekong Delta, 1930–1975 (NewYork: M. E. Sharpe, 2003), 147.",
 [C(book("Anatomy of a War: Vietnam, the United States, and the Modern Historical Experience", [P("Gabriel", "Kolko")], publisher="Pantheon Books", place="New York", year=1985), "95"),
  C(short([F("Dommen")], "The Indochinese Experience"), "406–423"),
  C(book("The Vietnamese War: Revolution and Social Change in the Mekong Delta, 1930–1975", [P("David W. P.", "Elliott")], publisher="M. E. Sharpe", place="NewYork", year=2003), "147")]),
# --- British-style notes and references of a book on the Vietnam wars (OCR errors kept)
(DL, "1. David G. Marr, Vietnam 1945. The Qy,estfor Power (Berkeley, 1995) pp. 280- 281.",
 [C(book("Vietnam 1945. The Qy,estfor Power", [P("David G.", "Marr")], place="Berkeley", year=1995), "280–281")]),
(DL, "4. A. J Stockwell (ed.), British Documents on the End of Empire Malaya Part II: The Communist Insurrection 1948-1953 (London, 1995).",
 [C(book("British Documents on the End of Empire Malaya Part II: The Communist Insurrection 1948-1953", editor=[P("A. J", "Stockwell")], place="London", year=1995))]),
(DL, "5. Tpnnesson, op. cit., p. 364.",
 [C(short([F("Tpnnesson")]), "364")]),
(DL, "7. S. Tpnnesson, 1946: Declenchement de laguerre d'Indochine (Paris, 1987).",
 [C(book("1946: Declenchement de laguerre d'Indochine", [P("S.", "Tpnnesson")], place="Paris", year=1987))]),
(DL, "8. A. Short, The Communist Insurrection in Malaya (London, 1975) p. 60.",
 [C(book("The Communist Insurrection in Malaya", [P("A.", "Short")], place="London", year=1975), "60")]),
(DL, "9. William J Duiker, The Communist Road to Power in Vietnam (2nd edn) (Boulder, Colorado 1996).",
 [C(book("The Communist Road to Power in Vietnam", [P("William J", "Duiker")], place="Boulder, Colorado", year=1996, edition="2"))]),
(DL, "10. Ronald H. Spector, United States Army in Vietnam. Advice and Support: The Early l:iiars 1941-1960 (Washington, DC, 1983).",
 [C(book("United States Army in Vietnam. Advice and Support: The Early l:iiars 1941-1960", [P("Ronald H.", "Spector")], place="Washington, DC", year=1983))]),
(DL, "13. Jacques Dalloz, The War in Indo- 1945-54 (Dublin, 1990), p. 169.",
 [C(book("The War in Indo- 1945-54", [P("Jacques", "Dalloz")], place="Dublin", year=1990), "169")]),
(DL, "14. Francois Joyaux, La Chine et le Reglement du Premier Conflit d'Indochine (Paris 1979) p. 297,",
 [C(book("La Chine et le Reglement du Premier Conflit d'Indochine", [P("Francois", "Joyaux")], place="Paris", year=1979), "297")]),
(DL, "15. William Conrad Gibbons, The US Government and the Vietnam War Part: I 1945-1961 (Washington, DC 1984) p. 261.",
 [C(book("The US Government and the Vietnam War Part: I 1945-1961", [P("William Conrad", "Gibbons")], place="Washington, DC", year=1984), "261")]),
(DL, "17. Gibbons, op. cit., p. 260.",
 [C(short([F("Gibbons")]), "260")]),
(DL, "18. Robert Buzzanco, Masters of War: Military Dissent and Politics in the Vietnam Era (Cambridge 1996), p. 55.",
 [C(book("Masters of War: Military Dissent and Politics in the Vietnam Era", [P("Robert", "Buzzanco")], place="Cambridge", year=1996), "55")]),
# --- endnotes of a book on the Vietnam War (numbers without a full stop)
(BR, "15 On Kennedy and Johnson’s options in 1963–65, see Logevall, Choosing War.",
 [C(short([F("Logevall")], "Choosing War"))]),
(BR, "16 On this vulnerability and its influence on foreign policy in the Cold War as a whole, see Campbell Craig and Fredrik Logevall, America’s Cold War: The Politics of Insecurity (Cambridge, Mass.: Belknap Press/Harvard University Press, 2009).",
 [C(book("America’s Cold War: The Politics of Insecurity", [P("Campbell", "Craig"), P("Fredrik", "Logevall")], publisher="Belknap Press/Harvard University Press", place="Cambridge, Mass.", year=2009))]),
(BR, "17 Ho is quoted in William J. Duiker, Ho Chi Minh: A Life (New York: Hyperion, 2000), 535.",
 [C(book("Ho Chi Minh: A Life", [P("William J.", "Duiker")], publisher="Hyperion", place="New York", year=2000), "535")]),
(BR, "18 O.A. Westad, Chen Jian, Stein Tønnesson, Nguyen Vu Tung, and James G. Hershberg, eds., “77 Conversations Between Chinese and Foreign Leaders on the Wars in Vietnam,” Cold War International History Project Working Paper, 1998, pp. 83–84.",
 [C({"type": "report", "title": "77 Conversations Between Chinese and Foreign Leaders on the Wars in Vietnam", "editor": [P("O.A.", "Westad"), P("Jian", "Chen"), P("Stein", "Tønnesson"), P("Vu Tung", "Nguyen"), P("James G.", "Hershberg")], "collection-title": "Cold War International History Project Working Paper", "issued": Y(1998)}, "83–84")]),
(BR, "19 Duiker, Ho Chi Minh, 548.",
 [C(short([F("Duiker")], "Ho Chi Minh"), "548")]),
(BR, "20 David Schoenbrun, As France Goes (New York: Atheneum, 1968), 232–35.",
 [C(book("As France Goes", [P("David", "Schoenbrun")], publisher="Atheneum", place="New York", year=1968), "232–35")]),
(BR, "21 Alain Peyrefitte, C’était de Gaulle: La France reprend sa place dans la monde (Paris: Fayard, 1997), 501; Paris to State, May 5, 1965, Box 171, National Security File, Country File, France, Lyndon Baines Johnson Library. On French policy in this period, see Pierre Journoud, De Gaulle et le Vietnam, 1945–1969 (Paris: Éditions Tallandier, 2011), chap. 4.",
 [C(book("C’était de Gaulle: La France reprend sa place dans la monde", [P("Alain", "Peyrefitte")], publisher="Fayard", place="Paris", year=1997), "501"),
  C(book("De Gaulle et le Vietnam, 1945–1969", [P("Pierre", "Journoud")], publisher="Éditions Tallandier", place="Paris", year=2011), "4", "chapter")]),
(BR, "22 Bernard B. Fall, “The War in Vietnam,” Current (December 1965), 9–10. Emphasis in original. See also Christopher E. Goscha, “ ‘Sorry About That …’: Bernard Fall, the Vietnam War, and the Impact of a French Intellectual in the U.S.,” in Christopher E. Goscha and Maurice Vaïsse, eds., La Guerre du Vietnam et l’Europe (1963–1973) (Paris: LGDJ, 2003), 363–82.",
 [C({"type": "article-magazine", "title": "The War in Vietnam", "author": [P("Bernard B.", "Fall")], "container-title": "Current", "issued": Y(1965, 12)}, "9–10"),
  C(chap("‘Sorry About That …’: Bernard Fall, the Vietnam War, and the Impact of a French Intellectual in the U.S.", [P("Christopher E.", "Goscha")], "La Guerre du Vietnam et l’Europe (1963–1973)", editor=[P("Christopher E.", "Goscha"), P("Maurice", "Vaïsse")], publisher="LGDJ", place="Paris", year=2003), "363–82")]),
# --- French journal notes, Monde(s) 2020/2 (guillemets, "(dir.)", "Londres", '2001/3' = year/issue)
(MO, "[1] La révélation des dessous de la politique américaine n’empêcha pas alors certains historiens occidentaux de manifester une forme de triomphalisme : Pierre Grosser, « Histoire de la Guerre froide ou histoire des vainqueurs ? », Critique internationale, 2001/3, p. 69-80.",
 [C(art("Histoire de la Guerre froide ou histoire des vainqueurs ?", [P("Pierre", "Grosser")], "Critique internationale", None, "3", 2001), "69–80")]),
(MO, "[3] C’est pourquoi en 2009 Antoine Marès constatait l’angle mort que représentait alors la diplomatie dans la recherche centre-européenne : Antoine Marès, « Archives et étude de la politique étrangère des démocraties populaires », in Sonia Combe (dir.), Archives et histoire dans les sociétés post-communistes, Paris, La Découverte/ BDIC, 2009, p. 111-120.",
 [C(chap("Archives et étude de la politique étrangère des démocraties populaires", [P("Antoine", "Marès")], "Archives et histoire dans les sociétés post-communistes", editor=[P("Sonia", "Combe")], publisher="La Découverte/ BDIC", place="Paris", year=2009), "111–120")]),
(MO, "[4] Antonio Varsori, Elena Calandri, eds., The Failure of Peace in Europe, 1943-1948 (Londres: Palgrave, 2002) ; Saki Dockrill, Robert Frank, Georges-Henri Soutou, Antonio Varsori (dir.), L’Europe de l’Est et de l’Ouest dans la Guerre froide 1948-1953, Paris, PUPS, 2002 ; Wilfried Loth, ed.., Europe, Cold War and Coexistence, 1953-1965 (Londres: Routlege, 2004) ; Wilfried Loth, Georges-Henri Soutou, eds., The Making of Détente. Eastern and Western Europe in the Cold War, 1965-1975 (Londres: Routledge, 2008).",
 [C(book("The Failure of Peace in Europe, 1943-1948", editor=[P("Antonio", "Varsori"), P("Elena", "Calandri")], publisher="Palgrave", place="Londres", year=2002)),
  C(book("L’Europe de l’Est et de l’Ouest dans la Guerre froide 1948-1953", editor=[P("Saki", "Dockrill"), P("Robert", "Frank"), P("Georges-Henri", "Soutou"), P("Antonio", "Varsori")], publisher="PUPS", place="Paris", year=2002)),
  C(book("Europe, Cold War and Coexistence, 1953-1965", editor=[P("Wilfried", "Loth")], publisher="Routlege", place="Londres", year=2004)),
  C(book("The Making of Détente. Eastern and Western Europe in the Cold War, 1965-1975", editor=[P("Wilfried", "Loth"), P("Georges-Henri", "Soutou")], publisher="Routledge", place="Londres", year=2008))]),
# --- author-year notes ('Family, Given, year. Title. Place: Publisher.')
(TI, "2. Cicero, Marcus Tullius, G. L. Hendrickson and H. M. Hubell, trans., 1939. Brutus. Orator. Cambridge, MA: Harvard University Press, p. 395.",
 [C(book("Brutus. Orator", [P("Marcus Tullius", "Cicero")], translator=[P("G. L.", "Hendrickson"), P("H. M.", "Hubell")], publisher="Harvard University Press", place="Cambridge, MA", year=1939), "395")]),
(TI, "3. See, for example, the brilliant reconstruction of the Congress System (or the ‘Concert of Europe’) in Kissinger, Henry, 1994. Diplomacy. New York: Simon & Schuster.",
 [C(book("Diplomacy", [P("Henry", "Kissinger")], publisher="Simon & Schuster", place="New York", year=1994))]),
(TI, "4. For example, Bueno de Mesquita, Bruce, 1981. The War Trap. New Haven, CT: Yale University Press.",
 [C(book("The War Trap", [P("Bruce", "Bueno de Mesquita")], publisher="Yale University Press", place="New Haven, CT", year=1981))]),
(TI, "5. Notable examples include: Kennedy, Paul, 1987. The Rise and Fall of the Great Powers: Economic Change and Military Conflict from 1500 to 2000. New York: Random House; Organski, A. F. K., 1968. World Politics. New York: Knopf; Landes, David S., 1999. The Wealth and Poverty of Nations: Why Some Are So Rich and Some So Poor. New York: W. W. Norton.",
 [C(book("The Rise and Fall of the Great Powers: Economic Change and Military Conflict from 1500 to 2000", [P("Paul", "Kennedy")], publisher="Random House", place="New York", year=1987)),
  C(book("World Politics", [P("A. F. K.", "Organski")], publisher="Knopf", place="New York", year=1968)),
  C(book("The Wealth and Poverty of Nations: Why Some Are So Rich and Some So Poor", [P("David S.", "Landes")], publisher="W. W. Norton", place="New York", year=1999))]),
(TI, "6. Dahl, Robert, 1957. The Concept of Power. Systems Research and Behavioral Science, vol. 2, no. 3, pp. 201–15.",
 [C(art("The Concept of Power", [P("Robert", "Dahl")], "Systems Research and Behavioral Science", "2", "3", 1957), "201–15")]),
(TI, "7. Morgenthau, Hans, 1948. Politics among Nations: The Struggle for Peace and Power. New York: McGraw-Hill.",
 [C(book("Politics among Nations: The Struggle for Peace and Power", [P("Hans", "Morgenthau")], publisher="McGraw-Hill", place="New York", year=1948))]),
# --- German notes of an East-bloc study ('in: Journal Jg. (Heft/Jahr), S.'; newspapers 'vom 16. 8. 1973')
(GB, "1. Eine jüngere sowjetische Darstellung dieses Verhältnisses enthält E. N. Novoselcev, Sovetsko-amerikanskie peregovory v verchach i evropejskaja bezopasnost, in: S§A 3 (12/1972), S. 43–54.",
 [C(art("Sovetsko-amerikanskie peregovory v verchach i evropejskaja bezopasnost", [P("E. N.", "Novoselcev")], "S§A", "3", "12", 1972), "43–54")]),
(GB, "3. Vgl. Lutz Maier, Die allgemeine Krise des Kapitalismus, in: IPW-Berichte 2 (5/1973), S. 9.",
 [C(art("Die allgemeine Krise des Kapitalismus", [P("Lutz", "Maier")], "IPW-Berichte", "2", "5", 1973), "9")]),
(GB, "5. Vgl. die Kommentare zum Urteil des Bundesverfassungserichts zur Verfassungsmäßigkeit des Grundlagenvertrages in Neues Deutschland (künftig: ND) vom 16. 8. 1973 und Pravda (künftig: Pr.) vom 18. 8. 1973.",
 [C({"type": "article-newspaper", "container-title": "Neues Deutschland", "issued": Y(1973, 8, 16)}),
  C({"type": "article-newspaper", "container-title": "Pravda", "issued": Y(1973, 8, 18)})]),
# --- Russian notes of Taubman's "Khrushchev" in translation (ГОСТ-like, '//' before a newspaper)
(BU, "101 Выступление перед московскими рабочими от 28 мая 1960 года // Правда. 1960. 29 мая. С. 1–2.",
 [C({"type": "article-newspaper", "title": "Выступление перед московскими рабочими от 28 мая 1960 года", "container-title": "Правда", "issued": Y(1960, 5, 29)}, "1–2")]),
(BU, "102 Правда. 1960. 4 июня. С. 2.",
 [C({"type": "article-newspaper", "container-title": "Правда", "issued": Y(1960, 6, 4)}, "2")]),
(BU, "104 Записка Шелепина от 7 июня 1960 года цит. по: Зубок В.Spy vs. Spy. The KGB vs. the CIA, 1960–1962 // CW1HPB, № 4 (осень 1994). С. 22–33.",
 [C(art("Spy vs. Spy. The KGB vs. the CIA, 1960–1962", [P("В.", "Зубок")], "CW1HPB", None, "4", 1994), "22–33")]),
(BU, "106 Крэнкшоу Э.The New Cold War: Moscow vs. Pekin. Harmondsworth, U.K.: Penguin Books, 1963. С 105.",
 [C(book("The New Cold War: Moscow vs. Pekin", [P("Э.", "Крэнкшоу")], publisher="Penguin Books", place="Harmondsworth, U.K.", year=1963), "105")]),
(BU, "108 Обращение ЦК КПК к ЦК КПСС от 29 февраля 1964 года цит. по: Survey of the Sino-Soviet Dispute: A Commentary and Extracts from Recent Polemics, 1963–1967 / Под ред. Дж. Гиттингса. London: Oxford, Univerciry Press, 1968. С 139.",
 [C(book("Survey of the Sino-Soviet Dispute: A Commentary and Extracts from Recent Polemics, 1963–1967", editor=[P("Дж.", "Гиттингс")], publisher="Oxford, Univerciry Press", place="London", year=1968), "139")]),
(BU, "109 Там же. С. 130–131; Голдстейн.Sino-Soviet Alliance. С. 54–55.",
 [C(short([F("Голдстейн")], "Sino-Soviet Alliance"), "54–55")]),
(BU, "111 Александров-Агентов.Brezhnev and Khrushchev. С. 39.",
 [C(short([F("Александров-Агентов")], "Brezhnev and Khrushchev"), "39")]),
(BU, "98 Микоян.С. 605; Трояновский.Через годы. С. 228.",
 [C(short([F("Микоян")]), "605"), C(short([F("Трояновский")], "Через годы"), "228")]),
(BO, "Огонек. 1996. № 7. С. 68.",
 [C({"type": "periodical", "title": "Огонек", "issued": Y(1996), "issue": "7"}, "68")]),
]

GI = "http://gramsci.giustizia.org/Jus/Blog/2/show/3"
YB = "https://you-books.com/bookepub/M-J-Jacques/Beria-Le-Bourreau-Politique-De-Staline/part0024.html"

EXTRA += [
# --- Italian notes (surnames in capitals, 'Publisher, Place Year', «journal», '(a cura di)')
(GI, "2. B. STUDER, The Transnational World of the Cominternians, Palgrave Macmillan, London 2015; S. DULLIN e B. STUDER, Communism+transnational. The rediscovered equation of internationalism in the Comintern years, in «Twentieth Century Communism», XIV (2017), pp. 66-95; J. FRIEDMAN, Shadow Cold War. The Sino-Soviet Competition for the Third World, University of North Carolina Press, Chapel Hill 2015; e T. RUPPRECHT, Soviet internationalism after Stalin. Interaction and Exchange between the USSR and Latin America during the Cold War, Cambridge University Press, Cambridge 2015.",
 [C(book("The Transnational World of the Cominternians", [P("B.", "Studer")], publisher="Palgrave Macmillan", place="London", year=2015)),
  C(art("Communism+transnational. The rediscovered equation of internationalism in the Comintern years", [P("S.", "Dullin"), P("B.", "Studer")], "Twentieth Century Communism", "XIV", None, 2017), "66–95"),
  C(book("Shadow Cold War. The Sino-Soviet Competition for the Third World", [P("J.", "Friedman")], publisher="University of North Carolina Press", place="Chapel Hill", year=2015)),
  C(book("Soviet internationalism after Stalin. Interaction and Exchange between the USSR and Latin America during the Cold War", [P("T.", "Rupprecht")], publisher="Cambridge University Press", place="Cambridge", year=2015))]),
(GI, "3. Per esempi recenti dei nuovi approcci alla storia del comunismo in una prospettiva globale si vedano i tre volumi, sotto la direzione di S. PONS, The Cambridge History of Communism, Cambridge University Press, Cambridge 2017.",
 [C(book("The Cambridge History of Communism", editor=[P("S.", "Pons")], publisher="Cambridge University Press", place="Cambridge", year=2017))]),
(GI, "4. S. PONS, La rivoluzione globale. Storia del comunismo internazionale (1917-1991), Einaudi, Torino 2012.",
 [C(book("La rivoluzione globale. Storia del comunismo internazionale (1917-1991)", [P("S.", "Pons")], publisher="Einaudi", place="Torino", year=2012))]),
(GI, "5. R. DUCOULOMBIER e J. VIGREUX (a cura di), Le Pcf, un parti global (1919-1989). Approches transnationales et comparées, Éditions universitaires de Dijon, Dijon 2019.",
 [C(book("Le Pcf, un parti global (1919-1989). Approches transnationales et comparées", editor=[P("R.", "Ducoulombier"), P("J.", "Vigreux")], publisher="Éditions universitaires de Dijon", place="Dijon", year=2019))]),
(GI, "6. E. J. HOBSBAWM, Interesting Times. A Twentieth-Century Life (2002), Abacus, London 2003, pp. 353-54 [trad. it. Anni interessanti. Autobiografia di uno storico, Rizzoli, Milano 2002, pp. 388-89].",
 [C(book("Interesting Times. A Twentieth-Century Life", [P("E. J.", "Hobsbawm")], publisher="Abacus", place="London", year=2003), "353–54"),
  C(book("Anni interessanti. Autobiografia di uno storico", publisher="Rizzoli", place="Milano", year=2002), "388–89")]),
(GI, "7. A. GRAMSCI, Quaderni del carcere, a cura di V. Gerratana, Einaudi, Torino 1975, Q9, §127, Risorgimento, p. 1190.",
 [C(book("Quaderni del carcere", [P("A.", "Gramsci")], editor=[P("V.", "Gerratana")], publisher="Einaudi", place="Torino", year=1975), "1190")]),
# --- French notes of a Beria biography (transliterated Russian titles, 't. 1', 'p. 224 et 347', epub line breaks)
(YB, "8. Dmitri\nVolkogonov, Sem vojdei, Moscou, Novosti,\n1996, t. 1, p. 224 et 347.",
 [C(book("Sem vojdei", [P("Dmitri", "Volkogonov")], publisher="Novosti", place="Moscou", year=1996, volume="1"), "224 et 347")]),
(YB, "9. André\nSakharov, Mémoires, Paris, Le Seuil, 1990,\np. 169.",
 [C(book("Mémoires", [P("André", "Sakharov")], publisher="Le Seuil", place="Paris", year=1990), "169")]),
(YB, "11.\nMinouvcheie, n° 5, Moscou, Phenix,\n1991, p. 100.",
 [C({"type": "periodical", "title": "Minouvcheie", "issue": "5", "publisher": "Phenix", "publisher-place": "Moscou", "issued": Y(1991)}, "100")]),
(YB, "12.\nSvetlana Allilouieva, Vingt lettres à un\nami, Paris, Le Seuil, 1967, p. 21-22.",
 [C(book("Vingt lettres à un ami", [P("Svetlana", "Allilouieva")], publisher="Le Seuil", place="Paris", year=1967), "21–22")]),
(YB, "13.\nNikita Khrouchtchev, Souvenirs, Paris,\nRobert Laffont, 1971, p. 326 et 334, traduction libre des\npassages de l’édition russe Vospominania,\nMoscou, Moskovskie Novosti, 1999, t. 1, p. 187\net 189.",
 [C(book("Souvenirs", [P("Nikita", "Khrouchtchev")], publisher="Robert Laffont", place="Paris", year=1971), "326 et 334"),
  C(book("Vospominania", publisher="Moskovskie Novosti", place="Moscou", year=1999, volume="1"), "187 et 189")]),
(YB, "14.\nIstoria Velikoï patriotitcheskoï Voiny,\nMoscou, 1960, p. 47.",
 [C(book("Istoria Velikoï patriotitcheskoï Voiny", place="Moscou", year=1960), "47")]),
(YB, "15.\nIsaac Deutscher, L’URSS\naprès Staline, Paris, Le Seuil, 1954, p. 162, 166\net 171.",
 [C(book("L’URSS après Staline", [P("Isaac", "Deutscher")], publisher="Le Seuil", place="Paris", year=1954), "162, 166 et 171")]),
(YB, "16. Amy\nKnight, Beria, Paris, Aubier, 1992,\np. 10 et 11.",
 [C(book("Beria", [P("Amy", "Knight")], publisher="Aubier", place="Paris", year=1992), "10 et 11")]),
(YB, "69.\nSovietskoie roukovodtsvo Perepiska,\n1928-1941, Moscou, Rosspen, 1999, p. 188-189. Stalin i Kaganovitch Perepiska 1931-1936, Moscou,\nRosspen, 1999, p. 104-105.",
 [C(book("Sovietskoie roukovodtsvo Perepiska, 1928-1941", publisher="Rosspen", place="Moscou", year=1999), "188–189"),
  C(book("Stalin i Kaganovitch Perepiska 1931-1936", publisher="Rosspen", place="Moscou", year=1999), "104–105")]),
(YB, "70.\nBranko Lazitch, Le Rapport Khrouchtchev et son\nhistoire, Paris, Le Seuil, 1976, p. 128.",
 [C(book("Le Rapport Khrouchtchev et son histoire", [P("Branko", "Lazitch")], publisher="Le Seuil", place="Paris", year=1976), "128")]),
]

DI = "https://docslib.org/doc/1386836/introduction"

EXTRA += [
# --- British author-date notes of a Cold War historiography book ('Family, I. (Year) Title (Place: Publisher), p.')
(DI, "1. Schlesinger, A. ‘Origins of the Cold War’, pp. 22–52.",
 [C(short([P("A.", "Schlesinger")], "Origins of the Cold War"), "22–52")]),
(DI, "2. Gaddis, J. L. (1997) We Now Know: Rethinking Cold War History (Oxford: Clarendon), p. 292.",
 [C(book("We Now Know: Rethinking Cold War History", [P("J. L.", "Gaddis")], publisher="Clarendon", place="Oxford", year=1997), "292")]),
(DI, "3. Feis, H. (1970) From Trust to Terror: The Onset of the Cold War, 1945–50 (London: Blond), p. 5.",
 [C(book("From Trust to Terror: The Onset of the Cold War, 1945–50", [P("H.", "Feis")], publisher="Blond", place="London", year=1970), "5")]),
(DI, "4. Woods, R. and Jones, H. (1991) The Dawning of the Cold War (Athens, GA: University of Georgia Press), p. xii.",
 [C(book("The Dawning of the Cold War", [P("R.", "Woods"), P("H.", "Jones")], publisher="University of Georgia Press", place="Athens, GA", year=1991), "xii")]),
(DI, "5. Ulam, A. (1973) Expansion and Coexistence (New York: Holt, Rinehart and Winston), pp. 12–30.",
 [C(book("Expansion and Coexistence", [P("A.", "Ulam")], publisher="Holt, Rinehart and Winston", place="New York", year=1973), "12–30")]),
(DI, "6. Schlesinger, ‘Origins of the Cold War’, pp. 22–52.",
 [C(short([F("Schlesinger")], "Origins of the Cold War"), "22–52")]),
(DI, "7. Gardner, L. (1970) Architects of Illusion: Men and Ideas in American Foreign Policy (Chicago, IL: Quadrangle Books), p. 319. Horowitz argues that con- tainment policies are to be understood as policies for containing social revolution rather than as national expansion. See Horowitz, D. (ed.) (1967) Containment and Revolution: Western Policy Towards Social Revolution: 1917 to Vietnam (London: Blond), p. 53.",
 [C(book("Architects of Illusion: Men and Ideas in American Foreign Policy", [P("L.", "Gardner")], publisher="Quadrangle Books", place="Chicago, IL", year=1970), "319"),
  C(book("Containment and Revolution: Western Policy Towards Social Revolution: 1917 to Vietnam", editor=[P("D.", "Horowitz")], publisher="Blond", place="London", year=1967), "53")]),
(DI, "8. Williams, W. A. (1968) The Tragedy of American Diplomacy, rev. edn (New York: Norton), p. 15.",
 [C(book("The Tragedy of American Diplomacy", [P("W. A.", "Williams")], publisher="Norton", place="New York", year=1968, edition="rev."), "15")]),
(DI, "9. Lundestad, G. (1978) The American Non-Policy Towards Eastern Europe 1943– 1947 (Tromsö, Oslo and Bergen: Universiteitsforlaget), p. 424.",
 [C(book("The American Non-Policy Towards Eastern Europe 1943– 1947", [P("G.", "Lundestad")], publisher="Universiteitsforlaget", place="Tromsö, Oslo and Bergen", year=1978), "424")]),
(DI, "10. Kolko, G. (1990) Politics of War (New York: Pantheon), pp. 621–2.",
 [C(book("Politics of War", [P("G.", "Kolko")], publisher="Pantheon", place="New York", year=1990), "621–2")]),
(DI, "11. Kolko, G. and Kolko, J. (1972) The Limits of Power: The World and U.S. Foreign Policy, 1945–1954 (New York: Harper and Row), p. 709.",
 [C(book("The Limits of Power: The World and U.S. Foreign Policy, 1945–1954", [P("G.", "Kolko"), P("J.", "Kolko")], publisher="Harper and Row", place="New York", year=1972), "709")]),
(DI, "12. Paterson, T. (1973) Soviet-American Confrontation: Postwar Reconstruction and the Origins of the Cold War (Baltimore, MD and London: Johns Hopkins University Press), pp. 262–4.",
 [C(book("Soviet-American Confrontation: Postwar Reconstruction and the Origins of the Cold War", [P("T.", "Paterson")], publisher="Johns Hopkins University Press", place="Baltimore, MD and London", year=1973), "262–4")]),
(DI, "13. Maddox, R. J. (1973) The New Left and the Origins of the Cold War (Princeton, NJ: Princeton University Press), p. 4.",
 [C(book("The New Left and the Origins of the Cold War", [P("R. J.", "Maddox")], publisher="Princeton University Press", place="Princeton, NJ", year=1973), "4")]),
(DI, "14. Kennan, G. (1954) Realities of American Foreign Policy (Princeton, NJ: Prince- ton University Press), p. 65.",
 [C(book("Realities of American Foreign Policy", [P("G.", "Kennan")], publisher="Prince- ton University Press", place="Princeton, NJ", year=1954), "65")]),
(DI, "15. Halle, L. (1967) The Cold War as History (New York: Harper and Row), pp. 2–9.",
 [C(book("The Cold War as History", [P("L.", "Halle")], publisher="Harper and Row", place="New York", year=1967), "2–9")]),
]
