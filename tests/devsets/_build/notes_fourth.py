# -*- coding: utf-8 -*-
# Fourth gathering (2026-11-24): endnotes of a book on China and the West (Chinese names), German
# notes of a study of G. A. Bürger (`hg. v.`, `in: ders.`, `o.J. [1885]`, note numbers glued to the
# text), a new history of Vietnam, Vietnamese-language notes and an English page with Vietnamese
# authors, a web page of book endnotes, notes of a book on detente (OCR, journals by vol./no.,
# newspapers), Russian notes of two biographies (ГОСТ, `//`, `Там же`), a handbook of premodern
# Japanese history and a history of Japan (names family first, short forms, notes of prose only).
# Split: by the hash of the note text (see build_notes.py), not by position.
from notes_data import P, F, L, Y, C, book, short
from notes_more import art
from notes_extra import chap

TC = "https://trantor.is/content/XCO4DaM8Iph5Oa4w/Notes.xhtml"
MZ = "http://muhaz.org/helmut-scherer-berlin.html?page=7"
EV = "https://erenow.org/ww/vietnam-new-history/17.php"
VS = "http://www.vsscanada.org/vn/history_and_geography/history/bird_image/bird_image_lac_viet_ancient_drum_page_6.php"
TS = "https://taisachpdfmienphi.com/doc-sach-online/madam-nhu-tran-le-xuan-quyen-luc-ba-rong-1926/trang-39"
AN = "https://anewmap.com/notes/"
DD = "https://docslib.org/doc/1031309/chapter-1-the-meaning-of-detente"
KO = "https://kniga-online.org/books/other-literature/prochee/page-219-476997-nikita-hrushchev-vozhd-vne-sistemy-nina-lvovna-hrushcheva.html"
KH = "http://librs.net/lread_100394_p53"
RJ = "https://issuhub.com/view/index/23496?pageIndex=183"
MJ = "http://muse.jhu.edu/books/9780824863081/9780824863081-17.pdf"


def mag(title, author, container, year=None, **kw):
    g = {"type": "article-magazine"}
    if title: g["title"] = title
    if author: g["author"] = author
    g["container-title"] = container
    if year: g["issued"] = year if isinstance(year, dict) else Y(year)
    g.update(kw); return g


def paper(title, author, container, year=None, **kw):
    g = {"type": "article-newspaper"}
    if title: g["title"] = title
    if author: g["author"] = author
    g["container-title"] = container
    if year: g["issued"] = year if isinstance(year, dict) else Y(year)
    g.update(kw); return g


# A GOST description cited with a page but no imprint is a `book` (the convention of the earlier Russian notes)
AKS = book("Хрущевская «оттепель» и общественные настроения в СССР в 1953–1964 гг.", [P("Ю.", "Аксютин")])
DSY = [P("С.", "Девятов"), P("А.", "Шефов"), P("Ю.", "Юрьев")]
BUERGER = [P("Gottfried August", "Bürger")]

FOURTH = [
# --- Endnotes of a book on China and the West (Chicago; Chinese names family first)
(TC, "1.Confucius, Analects, XI, 12, translated by D. C. Lau (London: Penguin, 1979).",
 [C(book("Analects", [F("Confucius")], translator=[P("D. C.", "Lau")], publisher="Penguin", place="London", year=1979))]),
(TC, "2.See Wilma Fairbank, Liang and Lin: Partners in Exploring China’s Architectural Past (Philadelphia: University of Pennsylvania Press, 1995), 69, for an account of the different types of pagoda and their relation to Indian stupas.",
 [C(book("Liang and Lin: Partners in Exploring China’s Architectural Past", [P("Wilma", "Fairbank")], publisher="University of Pennsylvania Press", place="Philadelphia", year=1995), "69")]),
(TC, "3.Duan Chengshi, Yuyang Zazu, c. 850, cited by Frank Dikötter, The Discourse of Race in Modern China (Stanford: Stanford University Press, 1992), 15. For other Chinese characterizations of foreigners, see Edward Schafer, The Golden Peaches of Samarkand: A Study of Tang Exotica (Berkeley and Los Angeles: University of California Press, 1963), 22. This section on the Tang is much indebted to Schafer’s work.",
 [C(book("Yuyang Zazu", [P("Chengshi", "Duan")], year=850)),
  C(book("The Discourse of Race in Modern China", [P("Frank", "Dikötter")], publisher="Stanford University Press", place="Stanford", year=1992), "15"),
  C(book("The Golden Peaches of Samarkand: A Study of Tang Exotica", [P("Edward", "Schafer")], publisher="University of California Press", place="Berkeley and Los Angeles", year=1963), "22")]),
(TC, "4.Schafer, Golden Peaches, 28, citing a part of Yuan Zhen, “Faqu.” Translation slightly altered.",
 [C(short([F("Schafer")], "Golden Peaches"), "28"),
  C(short([P("Zhen", "Yuan")], "Faqu"))]),
(TC, "6.Han Yu’s memorial cited in William Theodore de Bary, ed., Sources of Chinese Tradition (New York: Columbia University Press, 1960). Translation slightly altered.",
 [C(book("Sources of Chinese Tradition", editor=[P("William Theodore", "de Bary")], publisher="Columbia University Press", place="New York", year=1960))]),
(TC, "7.Chau Ju-kua: His Work on the Chinese and Arab Trade in the Twelfth and Thirteenth Centuries, Entitled Chu-fan-chï, translated from the Chinese and annotated by Friedrich Hirth and W. W. Rockhill (St. Petersburg: Imperial Academy of Sciences, 1911; reprint, New York: Paragon, 1966), 144.",
 [C(book("Chau Ju-kua: His Work on the Chinese and Arab Trade in the Twelfth and Thirteenth Centuries, Entitled Chu-fan-chï", translator=[P("Friedrich", "Hirth"), P("W. W.", "Rockhill")], publisher="Paragon", place="New York", year=1966, **{"original-date": Y(1911)}), "144")]),
(TC, "8.L. Hambis, Marco Polo, la Description du monde (Paris: Klincksieck, 1955); cited by Jacques Dars, La Marine chinoise du Xe au XIVe siècle (Paris: Commission française d’histoire maritime/Economica, 1992), 139.",
 [C(book("Marco Polo, la Description du monde", [P("L.", "Hambis")], publisher="Klincksieck", place="Paris", year=1955)),
  C(book("La Marine chinoise du Xe au XIVe siècle", [P("Jacques", "Dars")], publisher="Commission française d’histoire maritime/Economica", place="Paris", year=1992), "139")]),
(TC, "9.Ma Huan, Ying-yai Sheng-Lan (“The Overall Survey of the Ocean’s Shores”), 1433, translated from the Chinese text, edited by Feng Ch’eng-Chün with introduction, notes, and appendices by J. V. G. Mills (Cambridge, U.K.: Hakluyt Society, 1970), 173–74.",
 [C(book("Ying-yai Sheng-Lan", [P("Huan", "Ma")], editor=[P("Ch’eng-Chün", "Feng")], translator=[P("J. V. G.", "Mills")], publisher="Hakluyt Society", place="Cambridge, U.K.", year=1970), "173–74")]),
# --- German notes of a study of G. A. Bürger (note number glued to the text; `hg. v.`; `o.J. [1885]`;
#     a superscript edition number run into the year: `Leipzig 21891`; page ranges lost their dash)
(MZ, "81Grisebach, Eduard, G. A. Bürger, in: ders., Die deutsche Literatur 1770 1870.Wien 1876, S. 108 174.",
 [C(chap("G. A. Bürger", [P("Eduard", "Grisebach")], "Die deutsche Literatur 1770 1870", place="Wien", year=1876, **{"container-author": [P("Eduard", "Grisebach")]}), "108 174")]),
(MZ, "82Bürger, Gottfried August, Gedichte, hg. v. Richard Maria Werner. Stuttgart u.a. o.J. [1885].",
 [C(book("Gedichte", BUERGER, editor=[P("Richard Maria", "Werner")], place="Stuttgart u.a.", year=1885))]),
(MZ, "83Bürger, Gottfried August, Gedichte, hg. v. Julius Tittmann. Leipzig 21891",
 [C(book("Gedichte", BUERGER, editor=[P("Julius", "Tittmann")], place="Leipzig", year=1891, edition="2"))]),
(MZ, "84Bürger, Gottfried August, Gedichte, hg. v. A.[ugust] Sauer. Berlin/Stuttgart o.J. [1883], S. V.",
 [C(book("Gedichte", BUERGER, editor=[P("A.[ugust]", "Sauer")], place="Berlin/Stuttgart", year=1883), "V")]),
(MZ, "85Bürger, Gottfried August, Gedichte, hg. v. Arnold E. Berger. Leipzig/Wien o.J. [1891], S. 2.",
 [C(book("Gedichte", BUERGER, editor=[P("Arnold E.", "Berger")], place="Leipzig/Wien", year=1891), "2")]),
(MZ, "86\nWurzbach, Wolfgang v., Gottf. Aug. Bürger. Sein Leben und seine Werke. Leipzig 1900, S. 6.",
 [C(book("Gottf. Aug. Bürger. Sein Leben und seine Werke", [P("Wolfgang v.", "Wurzbach")], place="Leipzig", year=1900), "6")]),
(MZ, "87Riemann, Robert, Gottfried August Bürger. Leipzig o J. [1904].",
 [C(book("Gottfried August Bürger", [P("Robert", "Riemann")], place="Leipzig", year=1904))]),
(MZ, "88Bürger, Gottfried August, Gedichte in zwei Teilen, hg., mit Einl. u. Anm. v. Ernst Consentius. Berlin u.a. 2o.J. [1914], S. XI.",
 [C(book("Gedichte in zwei Teilen", BUERGER, editor=[P("Ernst", "Consentius")], place="Berlin u.a.", year=1914, edition="2"), "XI")]),
(MZ, "89Bürger, Gottfried August, Gedichte, hg. v. Julius Bab. Berlin o.J. [1914], S. VIII.",
 [C(book("Gedichte", BUERGER, editor=[P("Julius", "Bab")], place="Berlin", year=1914), "VIII")]),
# --- A new history of Vietnam (British punctuation, `eds.`, `vol. 23, no. 3, December 2001`, a corporate publisher with a comma)
(EV, "1. On the question of names, see: ‘Naming the Country Viet Nam’, in George Dutton, Jayne Werner, and John Whitmore, eds., Sources of Vietnamese Tradition (New York: Columbia University Press, 2012), pp. 258–9; ‘Naming the Country Dai Nam (1838)’, in Dutton et al., Sources of Vietnamese Tradition, pp. 259–60; Alexander Woodside, Vietnam and the Chinese Model: A Comparative Study of Vietnamese and Chinese Government in the First Half of the Nineteenth Century (Cambridge, MA: Harvard University Press, 1988 [first published in 1971]), pp. 120–21. For an excellent discussion of this matter and more generally of Sino-Vietnamese interactions running to the fifteenth century, see Kathlene Baldanza, Ming China and Vietnam: Negotiating Borders in Early Modern Asia (New York: Cambridge University Press, 2016).",
 [C({"type": "chapter", "title": "Naming the Country Viet Nam", "container-title": "Sources of Vietnamese Tradition", "editor": [P("George", "Dutton"), P("Jayne", "Werner"), P("John", "Whitmore")], "publisher": "Columbia University Press", "publisher-place": "New York", "issued": Y(2012)}, "258–9"),
  C({"type": "chapter", "title": "Naming the Country Dai Nam (1838)", "container-title": "Sources of Vietnamese Tradition", "editor": [F("Dutton")]}, "259–60"),
  C(book("Vietnam and the Chinese Model: A Comparative Study of Vietnamese and Chinese Government in the First Half of the Nineteenth Century", [P("Alexander", "Woodside")], publisher="Harvard University Press", place="Cambridge, MA", year=1988), "120–21"),
  C(book("Ming China and Vietnam: Negotiating Borders in Early Modern Asia", [P("Kathlene", "Baldanza")], publisher="Cambridge University Press", place="New York", year=2016))]),
(EV, "1. For an overview of this bay, see: Ian Storey and Carlyle Thayer, ‘Cam Ranh Bay: Past Imperfect, Future Conditional’, Contemporary Southeast Asia, vol. 23, no. 3, December 2001. On the 7th Fleet, see Edward Marolda, Ready Seapower: A History of the U.S. Seventh Fleet (Washington, DC: Naval History & Heritage Command, Department of the Navy, 2011).",
 [C(art("Cam Ranh Bay: Past Imperfect, Future Conditional", [P("Ian", "Storey"), P("Carlyle", "Thayer")], "Contemporary Southeast Asia", "23", "3", Y(2001, 12))),
  C(book("Ready Seapower: A History of the U.S. Seventh Fleet", [P("Edward", "Marolda")], publisher="Naval History & Heritage Command, Department of the Navy", place="Washington, DC", year=2011))]),
# --- English notes of a Vietnamese page (Vietnamese authors family first; publishers with commas)
(VS, "(1) Nguyễn Phương, Việt Nam thời khai sinh, Phòng Nghiên cứu Sử, Huế Univeristy, 1965, pp. 137-138.",
 [C(book("Việt Nam thời khai sinh", [P("Phương", "Nguyễn")], publisher="Phòng Nghiên cứu Sử, Huế Univeristy", year=1965), "137–138")]),
(VS, "(2) Lê Tắc, An Nam chí lược, Uỷ ban Phiên dịch Sử liệu Việt Nam, Huế Univeristy, translation, 1961, p. 39.",
 [C(book("An Nam chí lược", [P("Tắc", "Lê")], publisher="Uỷ ban Phiên dịch Sử liệu Việt Nam, Huế Univeristy", year=1961), "39")]),
(VS, "(4) Đào Duy Anh, Lịch sử Việt Nam [first published in 1955, Hanoi; reprinted by Văn Hóa Thông Tin in 2002] p. 38. In the preface, Đào Duy Anh mentions that he started writing his book in 1949 in Thanh Hoa, where lots of drums were uncovered.",
 [C(book("Lịch sử Việt Nam", [P("Duy Anh", "Đào")]), "38")]),
(VS, "(6) Ngọc Lũ drum: discovered intact in 1893, in Như Trác, Lý Nhân district, Hà Nam. Diameter: 79 cm; height: 63 cm; surface decorated with 14 solar rays, 3 coronary scenes of life activities, 20 walking deer and 14 flying birds, 36 alternate flying and standing birds; shell decorated with images of boats and dancers. (Figure is redrawn from Phạm Huy Thông (Chairman of Editorial Board), Dong Son Drums in Viet Nam, Hanoi: The Vietnam Social Science Publishing House, 1990, p. 5) [based on a note from the publisher, edited in Japan]",
 [C(book("Dong Son Drums in Viet Nam", editor=[P("Huy Thông", "Phạm")], publisher="The Vietnam Social Science Publishing House", place="Hanoi", year=1990), "5")]),
(VS, "(7) Lê Quí Đôn, Vân đài loại ngữ, translated by Phạm Vũ and Lê Hiền, reprinted by Tự Lực publisher, unknown year of publishing, p. 167.",
 [C(book("Vân đài loại ngữ", [P("Quí Đôn", "Lê")], translator=[P("Vũ", "Phạm"), P("Hiền", "Lê")], publisher="Tự Lực"), "167")]),
(VS, "(9) Hoàng Văn Chí, Duy văn sử quan, Cành Nam publisher, USA, 1990, pp. 78 and 79.",
 [C(book("Duy văn sử quan", [P("Văn Chí", "Hoàng")], publisher="Cành Nam", place="USA", year=1990), "78 and 79")]),
# --- Vietnamese-language notes of a biography of Madame Nhu (short forms `Caillou Blanc, 2: 13`, prose notes)
(TS, "9. Madame Nhu, Caillou Blanc, 2: 13.",
 [C({"author": [L("Madame Nhu")], "title": "Caillou Blanc", "volume": "2"}, "13")]),
(TS, "10. Thông tin về Truyện Kiều lấy từ Radicaiism của Hồ Tài Huệ Tâm,\n109-111. Năm 1924, sự tranh luận về Kiều đã nổ ra. Bài thơ này phải chăng\nlà nói về sự tồn tại của người Việt Nam thông qua ngôn ngữ và văn hóa?\nHay, như được nhìn qua lăng kính của xã hội thực dân đương thời, phải\nchăng Kiều chỉ là một biểu tượng của sự cộng tác và phản bội của tầng lớp\ntinh anh?",
 [C(short([P("Tài Huệ Tâm", "Hồ")], "Radicaiism"), "109–111")]),
(TS, "11. Madam Nhu, Caillou Blanc, 2: 49.",
 [C({"author": [L("Madam Nhu")], "title": "Caillou Blanc", "volume": "2"}, "49")]),
(TS, "12. Jamieson, Understanding Vietnam, 27.",
 [C(short([F("Jamieson")], "Understanding Vietnam"), "27")]),
(TS, "13. Madam Nhu, Caillou Blanc, 2: 13.",
 [C({"author": [L("Madam Nhu")], "title": "Caillou Blanc", "volume": "2"}, "13")]),
(TS, "14. Bất chấp sự tranh luận về việc tập quán Khổng giáo đã ăn sâu trong\nđời sống truyền thống Việt Nam thế nào, các học giả nói chung đồng ý rằng\nhầu hết người Việt có học trong nửa đầu thế kỷ hai mươi nhìn nhận rằng di\nsản truyền thống của họ mang đậm nét Nho giáo. Xem Jamieson,\nUnderstanding Vietnam, 10, 11; Alexander Woodside, Vietnam and the\nChinese Model: A Comparative Study of Vietnamese and chinese Civil\nGovernment in the first Half of the Nineteenth Century (Cambridge, MA:\nHarvard University Asia Center: 1988), 60-96. Tại cao điểm cuộc khủng\nhoảng Phật giáo năm 1963, Chương vẫn tiếp tục công khai quả quyết rằng\n\"tôn giáo\" của ông là Nho giáo.",
 [C(short([F("Jamieson")], "Understanding Vietnam"), "10, 11"),
  C(book("Vietnam and the Chinese Model: A Comparative Study of Vietnamese and chinese Civil Government in the first Half of the Nineteenth Century", [P("Alexander", "Woodside")], publisher="Harvard University Asia Center", place="Cambridge, MA", year=1988), "60–96")]),
(TS, "15. Hồ Tài Huệ Tâm, Radicaỉism, 93.",
 [C(short([P("Tài Huệ Tâm", "Hồ")], "Radicaỉism"), "93")]),
(TS, "16. Bà Nhu kể câu chuyện của mình với ký giả Malcolm Browne của\nAssociated Press trong một cuộc phỏng vấn năm 1961.",
 []),
(TS, "17. Madame Nhu, Caillou Blanc, 2: 14-15.",
 [C({"author": [L("Madame Nhu")], "title": "Caillou Blanc", "volume": "2"}, "14–15")]),
# --- Endnotes of a book, repeated on its web page (`Publisher, Place, year`, `page 85`, a corporate author)
(AN, "1. Dimitri K. Simes, “The Realist: Reawakening an Empire,” The National Interest, July/August 2014, pp. 5-15. The quoted text appears on the top of page 6. Accessible online.",
 [C(mag("The Realist: Reawakening an Empire", [P("Dimitri K.", "Simes")], "The National Interest", 2014), "5–15")]),
(AN, "2. The New York Times Editorial Board, “Vladimir Putin Can Stop This War,” New York Times,  July 18, 2014, page A22. Accessible online.",
 [C(paper("Vladimir Putin Can Stop This War", [L("The New York Times Editorial Board")], "New York Times", Y(2014, 7, 18)), "A22")]),
(AN, "3. Carl Jung, Man and His Symbols, Doubleday, Garden City, NY, 1964, page 85.",
 [C(book("Man and His Symbols", [P("Carl", "Jung")], publisher="Doubleday", place="Garden City, NY", year=1964), "85")]),
(AN, "5. Leo Tolstoy, A Confession, The Gospels in Brief, and What I Believe, translated by Aylmer Maude, Oxford University Press, 1971, pp 316-317. Here’s the key excerpt:",
 [C(book("A Confession, The Gospels in Brief, and What I Believe", [P("Leo", "Tolstoy")], translator=[P("Aylmer", "Maude")], publisher="Oxford University Press", year=1971), "316–317")]),
# --- Notes of a book on detente (OCR: `I.` for 1., lost spaces; `vol. 61, no. 8`; `edited by`)
(DD, "I. Arthur M. Schlesinger,Jr., 'Detente: an American Perspective', in Detente in Historical Perspective, edited by G. Schwab and H. Friedlander (NY: Ciro Press, 1975) p. 125. From Hamlet, Act III, Scene 2.",
 [C(chap("Detente: an American Perspective", [P("Arthur M.", "Schlesinger")], "Detente in Historical Perspective", editor=[P("G.", "Schwab"), P("H.", "Friedlander")], publisher="Ciro Press", place="NY", year=1975), "125")]),
(DD, "2. Gustav Pollak Lecture at Harvard, 14 April 1976; reprinted in James Schlesinger, 'The Evolution of American Policy Towards the ', International Security; Summer 1976, vol. I, no. I, pp. 46-7 .",
 [C(art("The Evolution of American Policy Towards the", [P("James", "Schlesinger")], "International Security", "I", "I", 1976), "46–7")]),
(DD, "3. Theodore Draper, 'Appeasement and Detente', Commentary, Feb . 1976, vol. 61, no. 8, p. 32.",
 [C(mag("Appeasement and Detente", [P("Theodore", "Draper")], "Commentary", Y(1976, 2), volume="61", issue="8"), "32")]),
(DD, "4. Coral Bell, in her book, TheDiplomacy ofDitente (London: Martin Robertson, 1977), has written an extensive analysis of the triangular relationship but points out that, as of yet, no third side to the triangle - the detente between and the USSR - exists, p. 5.",
 [C(book("TheDiplomacy ofDitente", [P("Coral", "Bell")], publisher="Martin Robertson", place="London", year=1977), "5")]),
(DD, "5. Seyom Brown, 'A Cooling-Off Period for U.S.-Soviet Relations', Foreign Policy , Fall 1977, no. 28, p. 12. See also 1. Aleksandrov, 'Peking: a Course Aimed at Disrupting International Detente Under Cover of Anti Sovietism', Pravda , 14 May 1977- translated in Current DigestofSovietPress . Hereafter, only the Soviet publication will be named.",
 [C(art("A Cooling-Off Period for U.S.-Soviet Relations", [P("Seyom", "Brown")], "Foreign Policy", None, "28", 1977), "12"),
  C(paper("Peking: a Course Aimed at Disrupting International Detente Under Cover of Anti Sovietism", [P("1.", "Aleksandrov")], "Pravda", Y(1977, 5, 14)))]),
(DD, "6. Vladimir Petrov , U.S.-Soviet Detente: Past and Future (Wash ington D.C .: American Enterprise Institute for Publi c Policy Research, 1975) p. 2.",
 [C(book("U.S.-Soviet Detente: Past and Future", [P("Vladimir", "Petrov")], publisher="American Enterprise Institute for Publi c Policy Research", place="Wash ington D.C", year=1975), "2")]),
(DD, "7. N. Kapcheko, 'Socialist Foreign Policy and the Reconstruction of Inter national Relations', International Affairs (), no. 4, Apr . 1975, p. 8.",
 [C(art("Socialist Foreign Policy and the Reconstruction of Inter national Relations", [P("N.", "Kapcheko")], "International Affairs", None, "4", Y(1975, 4)), "8")]),
(DD, "8. L. Brezhnev, Report ofthe Tioenty-Fiftn Congress ofthe Communist Parry ofthe Soviet Union, 24 Feb. 1976.",
 [C({"type": "report", "title": "Report ofthe Tioenty-Fiftn Congress ofthe Communist Parry ofthe Soviet Union", "author": [P("L.", "Brezhnev")], "issued": Y(1976, 2, 24)})]),
(DD, "9. Marshall Shulman, 'Toward a Western Philosophy of Coexistence',Foreign Affairs, vol. 52, Oct. 1973, p. 36; and , 'Detente: Western and Soviet Interpretations', Suroey; vol. 19, Summer 1973, p. 74.",
 [C(art("Toward a Western Philosophy of Coexistence", [P("Marshall", "Shulman")], "Foreign Affairs", "52", None, Y(1973, 10)), "36"),
  C(art("Detente: Western and Soviet Interpretations", None, "Suroey", "19", None, 1973), "74")]),
# --- Russian notes of a biography of Khrushchev (ГОСТ; `//` before a newspaper or journal; `Р.` in Cyrillic)
(KO, "499\nПравда. 1956. 6 нояб.",
 [C(paper(None, None, "Правда", Y(1956, 11, 6)))]),
(KO, "500\nАксютин Ю. Хрущевская «оттепель» и общественные настроения в СССР в 1953–1964 гг. С. 196.",
 [C(AKS, "196")]),
(KO, "501\nKozlov D. The Readers of Novyi Mir: Coming to Terms with the Stalinist Past. Cambridge, Mass.; London, 2013. Р. 89, 91.",
 [C(book("The Readers of Novyi Mir: Coming to Terms with the Stalinist Past", [P("D.", "Kozlov")], place="Cambridge, Mass.; London", year=2013), "89, 91")]),
(KO, "502\nЗубкова Е. Ю. Общество и реформы, 1945–1964. М., 1993. С. 151.",
 [C(book("Общество и реформы, 1945–1964", [P("Е. Ю.", "Зубкова")], place="М.", year=1993), "151")]),
(KO, "503\nЦит. по: Аксютин Ю. Хрущевская «оттепель» и общественные настроения в СССР в 1953–1964 гг. С. 196.",
 [C(AKS, "196")]),
(KO, "504\nКомраков А. Их обманула оттепель // Труд. 1993. 3 нояб.",
 [C(paper("Их обманула оттепель", [P("А.", "Комраков")], "Труд", Y(1993, 11, 3)))]),
(KO, "505\nПрезидиум ЦК КПСС. Т. 1. С. 213; Аксютин Ю. Хрущевская «оттепель» и общественные настроения в СССР в 1953–1964 гг. С. 196.",
 [C(book("Президиум ЦК КПСС", volume="1"), "213"),
  C(AKS, "196")]),
(KO, "506\nHornsby R. A «Merciless Struggle»: De-Stalinization and the 1957 Clampdown on Dissent // De-Stalinization Reconsidered: Persistence and Change in the Soviet Union. Frankfurt, 2014. Р. 102.",
 [C(chap("A «Merciless Struggle»: De-Stalinization and the 1957 Clampdown on Dissent", [P("R.", "Hornsby")], "De-Stalinization Reconsidered: Persistence and Change in the Soviet Union", place="Frankfurt", year=2014), "102")]),
(KO, "507\nЗезина М. Р. Из истории общественного сознания периода «оттепели». С. 23; Назаров Б. А., Гриднева О. В. К вопросу об отставании драматургии и театра // Вопросы философии. 1956. № 5. С. 85–94.",
 [C(book("Из истории общественного сознания периода «оттепели»", [P("М. Р.", "Зезина")]), "23"),
  C(art("К вопросу об отставании драматургии и театра", [P("Б. А.", "Назаров"), P("О. В.", "Гриднева")], "Вопросы философии", None, "5", 1956), "85–94")]),
(KO, "508\nХрущев Н. С. Высокое призвание литературы и искусства. М., 1963. С. 7–8.",
 [C(book("Высокое призвание литературы и искусства", [P("Н. С.", "Хрущев")], place="М.", year=1963), "7–8")]),
(KO, "509\nТам же. С. 34–35.",
 []),
(KO, "510\nМолотов, Маленков, Каганович, 1957. С. 409–410.",
 [C(book("Молотов, Маленков, Каганович, 1957"), "409–410")]),
# --- Russian notes of a biography of Stalin (blank line after the number; three authors; a book cited inside prose)
(KH, "23\n\nЗдесь и далее информация о даче Сталина почерпнута из изданий: 1953 год. Между прошлым и будущим. Каталог выставки. М., 2003; Девятов С., Шефов А., Юрьев Ю. Ближняя дача Сталина. Опыт исторического путеводителя. М., 2011.",
 [C(book("1953 год. Между прошлым и будущим. Каталог выставки", place="М.", year=2003)),
  C(book("Ближняя дача Сталина. Опыт исторического путеводителя", DSY, place="М.", year=2011))]),
(KH, "24\n\nАллилуева С. Двадцать писем к другу. М., 1990. С. 20.",
 [C(book("Двадцать писем к другу", [P("С.", "Аллилуева")], place="М.", year=1990), "20")]),
(KH, "25\n\nДевятов С., Шефов А., Юрьев Ю. Ближняя дача Сталина. С. 287. Свидетельства Лозгачева, видимо, относятся к послевоенному периоду. Однако известно, что Сталин был неравнодушен к ведению дачного хозяйства и в более ранние годы.",
 [C(book("Ближняя дача Сталина", DSY), "287")]),
(KH, "26\n\nО существовании такой сталинской записной книжки рассказывал Л. М. Каганович (Чуев Ф. И. Каганович. Шепилов. М., 2001. С. 137).",
 [C(book("Каганович. Шепилов", [P("Ф. И.", "Чуев")], place="М.", year=2001), "137")]),
(KH, "27\n\nСталин и Каганович. Переписка. С. 117. Письмо Кагановичу от 24 сентября 1931 г.",
 [C(book("Сталин и Каганович. Переписка"), "117")]),
(KH, "28\n\nВопросы истории. 1990. № 8. С. 73. Здесь и далее цитируются воспоминания Н. С. Хрущева по журнальной публикации.",
 [C({"type": "periodical", "title": "Вопросы истории", "issue": "8", "issued": Y(1990)}, "73")]),
(KH, "29\n\nДжилас М. Лицо тоталитаризма. М., 1992. С. 108.",
 [C(book("Лицо тоталитаризма", [P("М.", "Джилас")], place="М.", year=1992), "108")]),
# --- Notes of a handbook of premodern Japanese history (short forms; Japanese names family first; prose notes)
(RJ, "1 Joyce Ackroyd, tr., Lessons from History: Arai Hakuseki’s Tokushi Yoron. For the Japanese, see Tokushi\nyoron, in Arai Hakuseki.",
 [C({"title": "Lessons from History: Arai Hakuseki’s Tokushi Yoron", "translator": [P("Joyce", "Ackroyd")]}),
  C({"title": "Tokushi yoron", "container-title": "Arai Hakuseki"})]),
(RJ, "2 Quoted in Kate Wildman Nakai, Shogunal Politics, 337.",
 [C(short([P("Kate Wildman", "Nakai")], "Shogunal Politics"), "337")]),
(RJ, "3 For an English translation of this text, see H. Paul Varley, A Chronicle of Gods and Sovereigns: Jinnō Shōtōki\nof Kitabatake Chikafusa; and for the Japanese, Jinnō shōtōki, in Jinnō shōtōki, Masukagami.",
 [C(short([P("H. Paul", "Varley")], "A Chronicle of Gods and Sovereigns: Jinnō Shōtōki of Kitabatake Chikafusa")),
  C({"title": "Jinnō shōtōki", "container-title": "Jinnō shōtōki, Masukagami"})]),
(RJ, "4 Richard Ponsonby- Fane, The Imperial House of Japan.",
 [C(short([P("Richard", "Ponsonby- Fane")], "The Imperial House of Japan"))]),
(RJ, "5 Ben- Ami Shillony, Enigma of the Emperors, 273.",
 [C(short([P("Ben- Ami", "Shillony")], "Enigma of the Emperors"), "273")]),
(RJ, "6 H. Paul Varley, Imperial Restoration in Medieval Japan; Andrew Edmund Goble, Kenmu: Go- Daigo’s\nRevolution.",
 [C(short([P("H. Paul", "Varley")], "Imperial Restoration in Medieval Japan")),
  C(short([P("Andrew Edmund", "Goble")], "Kenmu: Go- Daigo’s Revolution"))]),
(RJ, "7 The argument that medieval Japan began in the fourteenth century—which is compelling in many but\nnot all respects—is fleshed out in Jeffrey Mass, The Origins of Japan’s Medieval World.",
 [C(short([P("Jeffrey", "Mass")], "The Origins of Japan’s Medieval World"))]),
(RJ, "8 Reinhard Zollner, “The Sun Also Rises.” Also see the reviews by Borgen, Ruttermann, and Steenstrup,\nnoted in the References list.",
 [C(short([P("Reinhard", "Zollner")], "The Sun Also Rises"))]),
(RJ, "9 Imatani Akira, “Not for Lack of Will or Wile,” 48. In Japanese, see Imatani Akira, Muromachi no ōken:\nAshikaga Yoshimitsu no ōken sandatsu keikaku.",
 [C(short([P("Akira", "Imatani")], "Not for Lack of Will or Wile"), "48"),
  C(short([P("Akira", "Imatani")], "Muromachi no ōken: Ashikaga Yoshimitsu no ōken sandatsu keikaku"))]),
(RJ, "11 Kondō Shigekazu, “Chūsei ōken,” 20.",
 [C(short([P("Shigekazu", "Kondō")], "Chūsei ōken"), "20")]),
(RJ, "12 Imatani’s emphasis upon the singular place of the emperor is reinforced by his use of the term tennōsei,\nor “emperor system.” Coined as a pejorative by Japanese communists in the prewar era to describe the\nsystem and ideology that sustained elite rule, the word was used loosely by scholars in the postwar era\nas well, regardless of the period they studied. The implication was that the system was brutal and repres-\nsive. Imatani’s use of the term clearly dates him, as younger scholars have abandoned it as simplistic and\nessentialist.",
 []),
(RJ, "13 Tateri Munetsugu monjo (1937).",
 [C({"title": "Tateri Munetsugu monjo", "issued": Y(1937)})]),
# --- Notes of a history of Japan (short forms: `eds.`, `ed.`, `tr.`; a corporate editor; notes of prose only)
(MJ, "1. Keiji Imamura, Prehistoric Japan, p. 26.",
 [C(short([P("Keiji", "Imamura")], "Prehistoric Japan"), "26")]),
(MJ, "3. Even more recently, some scholars have hypothesized that this “cultural transformation ” was accompanied by a great influx of people from the continent over a long period of time. One scholar, for example, estimates that several million people entered Japan during the thousand years following commencement of the Yayoi period. Ibid., p. 155.",
 []),
(MJ, "4. Quoted in Ryûsaku Tsunoda, William T. deBary, and Donald Keene, eds., Sources of Japanese Tradition, p. 8.",
 [C({"title": "Sources of Japanese Tradition", "editor": [P("Ryûsaku", "Tsunoda"), P("William T.", "deBary"), P("Donald", "Keene")]}, "8")]),
(MJ, "5. Quoted in Agency for Cultural Affairs, ed., Japanese Religion, pp. 37–38.",
 [C({"title": "Japanese Religion", "editor": [L("Agency for Cultural Affairs")]}, "37–38")]),
(MJ, "6. W. G. Aston, tr., Nihongi, p. 77.",
 [C({"title": "Nihongi", "translator": [P("W. G.", "Aston")]}, "77")]),
(MJ, "7. They calculated in Chinese-style units of sixty-year periods.",
 []),
(MJ, "8. See Gari Ledyard, “Galloping Along with the Horseriders: Looking for the Founders of Japan.”",
 [C(short([P("Gari", "Ledyard")], "Galloping Along with the Horseriders: Looking for the Founders of Japan"))]),
(MJ, "9. Walter Edwards, “Event and Process in the Founding of Japan: The Horserider Theory in Archaeological Perspective.”",
 [C(short([P("Walter", "Edwards")], "Event and Process in the Founding of Japan: The Horserider Theory in Archaeological Perspective"))]),
(MJ, "11. Tsunoda, deBary, and Keene, Sources of Japanese Tradition, pp. 9–11.",
 [C(short([F("Tsunoda"), F("deBary"), F("Keene")], "Sources of Japanese Tradition"), "9–11")]),
]
