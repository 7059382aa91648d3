PP = "https://en.wikisource.org/wiki/Page:Pentagon-Papers-Part_IV._A._5.djvu/170"
DOS = [{"literal": "U.S. Dept. of State"}]
DOS2 = [{"literal": "U.S. Dept of State"}]
EXTRA = [
 {"text": "20.  U.S. Dept. of State, Memorandum of Conversation among Senator Mansfield, Assistant Secretary W. S. Robertson, et al, 7 December 1954.", "where": PP,
  "gold": {"type": "manuscript", "title": "Memorandum of Conversation among Senator Mansfield, Assistant Secretary W. S. Robertson, et al", "author": DOS, "issued": {"date-parts": [[1954, 12, 7]]}}},
 {"text": "21.  U.S. Dept. of State, Memorandum from Ambassador Heath to Asst. Secy. Robertson, 17 December 1954.", "where": PP,
  "gold": {"type": "manuscript", "title": "Memorandum from Ambassador Heath to Asst. Secy. Robertson", "author": [{"family": "Heath"}], "recipient": [{"family": "Robertson"}], "contributor": DOS, "issued": {"date-parts": [[1954, 12, 17]]}}},
 {"text": "22.  General J. Lawton Collins, Memorandum to the Secretary of State, dated 20 January 1955, \"Report on Vietnam for the National Security Council,\" 9.", "where": PP,
  "gold": {"type": "manuscript", "title": "Report on Vietnam for the National Security Council", "genre": "Memorandum to the Secretary of State", "author": [{"family": "Collins", "given": "J. Lawton"}], "issued": {"date-parts": [[1955, 1, 20]]}, "custom": {"locator": {"page": "9"}}}},
 {"text": "23.  U.S. Dept of State, telegram, Saigon 4399, April 7, 1955.", "where": PP,
  "gold": {"type": "letter", "title": "Saigon 4399", "genre": "telegram", "author": DOS2, "issued": {"date-parts": [[1955, 4, 7]]}}},
 {"text": "24.  U.S. Dept of State, telegram, Saigon 4663, April 19, 1955.", "where": PP,
  "gold": {"type": "letter", "title": "Saigon 4663", "genre": "telegram", "author": DOS2, "issued": {"date-parts": [[1955, 4, 19]]}}},
 {"text": "25.  U.S. Dept of State, Memo for Asst. SecState Robertson, 30 April 1955, \"Report on Collins Visit and Viet-Nam Situation,\" which foresaw trouble on the Hill if Diem were forced out.", "where": PP,
  "gold": {"type": "manuscript", "title": "Report on Collins Visit and Viet-Nam Situation", "genre": "Memo", "author": DOS2, "recipient": [{"family": "Robertson"}], "issued": {"date-parts": [[1955, 4, 30]]}}},
 {"text": "26.  U.S. Joint Chiefs of Staff, Memorandum for the Secretary of Defense, dated 9 May 1955, subject: \"Indochina (Vietnam).\"", "where": PP,
  "gold": {"type": "manuscript", "title": "Indochina (Vietnam)", "genre": "Memorandum for the Secretary of Defense", "author": [{"literal": "U.S. Joint Chiefs of Staff"}], "issued": {"date-parts": [[1955, 5, 9]]}}},
 {"text": "27.  U.S. Dept of State, telegram, SECTO 50 from Manila, 1 March 1955", "where": PP,
  "gold": {"type": "letter", "title": "SECTO 50 from Manila", "genre": "telegram", "author": DOS2, "issued": {"date-parts": [[1955, 3, 1]]}}},
 {"text": "762A.00/10–1253: Telegram\n\nNo. 277\nThe United States High Commissioner for Germany (Conant) to the Department of State\ntop secret priority",
  "where": "https://history.state.gov/historicaldocuments/frus1952-54v07p1/d277",
  "gold": {"type": "letter", "title": "The United States High Commissioner for Germany (Conant) to the Department of State", "genre": "Telegram", "author": [{"family": "Conant"}], "recipient": [{"literal": "Department of State"}], "archive_location": "762A.00/10–1253", "custom": {"locator": {"file": "762A.00/10–1253", "document": "277"}}}},
 {"text": "891.51A/869: Telegram\n\nThe Secretary of State to the Minister in Iran (Dreyfus)",
  "where": "https://history.state.gov/historicaldocuments/frus1943v04/d561",
  "gold": {"type": "letter", "title": "The Secretary of State to the Minister in Iran (Dreyfus)", "genre": "Telegram", "recipient": [{"family": "Dreyfus"}], "archive_location": "891.51A/869", "custom": {"locator": {"file": "891.51A/869"}}}},
 {"text": "550.E1/230: Telegram\n\nThe Secretary of State to the Ambassador in Italy (Child)",
  "where": "https://history.state.gov/historicaldocuments/frus1922v02/d670",
  "gold": {"type": "letter", "title": "The Secretary of State to the Ambassador in Italy (Child)", "genre": "Telegram", "recipient": [{"family": "Child"}], "archive_location": "550.E1/230", "custom": {"locator": {"file": "550.E1/230"}}}},
 {"text": "File No. 811.142/3200\n\nThe Secretary of State to the Ambassador in Russia ( Francis)\n\n[Telegram]",
  "where": "https://history.state.gov/historicaldocuments/frus1918Russiav01/d482",
  "gold": {"type": "letter", "title": "The Secretary of State to the Ambassador in Russia (Francis)", "genre": "Telegram", "recipient": [{"family": "Francis"}], "archive_location": "811.142/3200", "custom": {"locator": {"file": "811.142/3200"}}}},
 {"text": "File No. 862.20235/177a\n\nThe Acting Secretary of State to the Ambassador in Argentina ( Stimson)",
  "where": "https://history.state.gov/historicaldocuments/frus1917Supp01v01/d518",
  "gold": {"type": "letter", "title": "The Acting Secretary of State to the Ambassador in Argentina (Stimson)", "recipient": [{"family": "Stimson"}], "archive_location": "862.20235/177a", "custom": {"locator": {"file": "862.20235/177a"}}}},
 {"text": "840.414/5–2945: Telegram\n\nThe Secretary of State to the Acting Secretary of State",
  "where": "https://history.state.gov/historicaldocuments/frus1945v03/d824",
  "gold": {"type": "letter", "title": "The Secretary of State to the Acting Secretary of State", "genre": "Telegram", "archive_location": "840.414/5–2945", "custom": {"locator": {"file": "840.414/5–2945"}}}},
 {"text": "Defense Files: Telegram\n\nThe Secretary of State to the Acting Secretary of State (Grew)",
  "where": "https://history.state.gov/historicaldocuments/frus1945Malta/d476",
  "gold": {"type": "letter", "title": "The Secretary of State to the Acting Secretary of State (Grew)", "genre": "Telegram", "recipient": [{"family": "Grew"}], "archive_location": "Defense Files", "custom": {"locator": {"series": "Defense Files"}}}},
 {"text": "2. Not printed. The paragraph in question reads as follows (Defense Files, CM–in–130):",
  "where": "https://history.state.gov/historicaldocuments/frus1945Malta/d476",
  "gold": {"type": "manuscript", "archive_location": "Defense Files, CM–in–130", "custom": {"locator": {"series": "Defense Files", "document": "CM–in–130"}}}},
 {"text": "2. In telegram 4344, June 1, 1945, to London, the Embassy was instructed not to request an additional copy of film for Mr. Murphy (840.414/5–2645).",
  "where": "https://history.state.gov/historicaldocuments/frus1945v03/d824",
  "gold": {"type": "letter", "title": "telegram 4344", "genre": "telegram", "issued": {"date-parts": [[1945, 6, 1]]}, "recipient": [{"literal": "London"}], "archive_location": "840.414/5–2645", "custom": {"locator": {"file": "840.414/5–2645"}}}},
]

# ---- second batch: archival footnotes in secondary works and archive catalogue lines
SL2 = "https://user.bibliboba.online/books/stalin-s-library-a-dictator-and-his-books/p/142"
SL = "https://user.bibliboba.online/books/stalin-s-library-a-dictator-and-his-books/p/136"
RX = "https://read.xbook.life/books_hruschev_27617642?dfhj=179"
BU = "https://booksonline.com.ua/view.php?book=181727&page=145"
FE = "https://bookreadfree.com/434808/10685405"
FE2 = "https://books.thomasstone.org/download-the-love-charm-of-bombs-pdf/free-books-70"
TR1 = "https://trantor.is/content/EAO7opmKc742avMZ/text/9780062749543_References.xhtml"
AL = "https://theallfreenovel.com/62572/101/alone_1932-1940.amp"
TNA = "http://nationalarchives.gov.uk/releases/2006/october/list.htm"
NAP = "https://bookreadfree.com/413327/10162913"
def Y(*dp): return {"date-parts": [list(dp)]}
EXTRA += [
 {"text": "88. RGASPI, F.558, Op.1, D.5754, L.126.", "where": SL2,
  "gold": {"type": "manuscript", "archive": "RGASPI", "archive_location": "f. 558, op. 1, d. 5754, l. 126", "custom": {"locator": {"fond": "558", "opis": "1", "delo": "5754", "folios": "126"}}}},
 {"text": "89. Ibid., Op.11, D.1605.", "where": SL2,
  "gold": {"type": "manuscript", "archive_location": "op. 11, d. 1605", "custom": {"locator": {"opis": "11", "delo": "1605"}}}},
 {"text": "92. RGASPI, F.558, Op.3, D.28. The cited text marked by Stalin may be found on pp.43–7 of the book.", "where": SL2,
  "gold": {"type": "manuscript", "archive": "RGASPI", "archive_location": "f. 558, op. 3, d. 28", "custom": {"locator": {"fond": "558", "opis": "3", "delo": "28"}}}},
 {"text": "43. RGASPI, F558, Op.11 D.504–692. The maps have yet to be declassified but the type of map is described in Op.11 – which is the document that lists the contents of this subset of Stalin’s lichnyi fond.", "where": SL,
  "gold": {"type": "manuscript", "archive": "RGASPI", "archive_location": "f. 558, op. 11, d. 504–692", "custom": {"locator": {"fond": "558", "opis": "11", "delo": "504–692"}}}},
 {"text": "41 Протоколы заседаний бюро от 9 июня до 27 декабря 1930 года. ЦАОД.", "where": RX,
  "gold": {"type": "manuscript", "title": "Протоколы заседаний бюро от 9 июня до 27 декабря 1930 года", "archive": "ЦАОД"}},
 {"text": "394\nBBC Written Archives, L1/8/1, Barnes memo, 20 January 1941.", "where": BU,
  "gold": {"type": "manuscript", "title": "Barnes memo", "author": [{"family": "Barnes"}], "issued": Y(1941,1,20), "archive": "BBC Written Archives", "archive_location": "L1/8/1"}},
 {"text": "395\nIbid., Baker to Charles, 15 January 1941.", "where": BU,
  "gold": {"type": "letter", "author": [{"family": "Baker"}], "recipient": [{"family": "Charles"}], "issued": Y(1941,1,15)}},
 {"text": "397\nIbid., General Establishment Officer to Burgess, 20 January 1941.", "where": BU,
  "gold": {"type": "letter", "author": [{"literal": "General Establishment Officer"}], "recipient": [{"family": "Burgess"}], "issued": Y(1941,1,20)}},
 {"text": "399\nBBC Written Archives, R51/63/3, Talks: Can I Help You? File 1C 1941.", "where": BU,
  "gold": {"type": "manuscript", "title": "Talks: Can I Help You? File 1C 1941", "archive": "BBC Written Archives", "archive_location": "R51/63/3"}},
 {"text": "400\nCUL, Add 9429/1G/283. Джон Грин Эндрю Бойлу, 31 июля 1980 г.", "where": BU,
  "gold": {"type": "letter", "author": [{"given": "Джон", "family": "Грин"}], "recipient": [{"given": "Эндрю", "family": "Бойл"}], "issued": Y(1980,7,31), "archive": "CUL", "archive_location": "Add 9429/1G/283"}},
 {"text": "387\nHarold Nicolson, Diary, Balliol, 21 July 1941.", "where": BU,
  "gold": {"type": "manuscript", "title": "Diary", "author": [{"given": "Harold", "family": "Nicolson"}], "issued": Y(1941,7,21), "archive": "Balliol"}},
 {"text": "391\nФилипп Джекобсон Филиппу Найтли, 16 ноября 1968 г. Частная коллекция.", "where": BU,
  "gold": {"type": "letter", "author": [{"given": "Филипп", "family": "Джекобсон"}], "recipient": [{"given": "Филипп", "family": "Найтли"}], "issued": Y(1968,11,16), "archive": "Частная коллекция"}},
 {"text": "‘most beautiful’: RM to Jean Macaulay, 6 September 1940 (RM TC).", "where": FE,
  "gold": {"type": "letter", "author": [{"literal": "RM"}], "recipient": [{"given": "Jean", "family": "Macaulay"}], "issued": Y(1940,9,6), "archive": "RM TC"}},
 {"text": "‘The prospect of invasion’: HS, diary, 2 May 1940 (HS NLV).", "where": FE,
  "gold": {"type": "manuscript", "title": "diary", "author": [{"literal": "HS"}], "issued": Y(1940,5,2), "archive": "HS NLV"}},
 {"text": "‘I’ve fought fires’: HY to Rosamond Lehmann, 11 September 1940 (RL KC).", "where": FE,
  "gold": {"type": "letter", "author": [{"literal": "HY"}], "recipient": [{"given": "Rosamond", "family": "Lehmann"}], "issued": Y(1940,9,11), "archive": "RL KC"}},
 {"text": "‘I hear little by little’: RM to Jean Macaulay, 8 September 1940 (RM TC).", "where": FE,
  "gold": {"type": "letter", "author": [{"literal": "RM"}], "recipient": [{"given": "Jean", "family": "Macaulay"}], "issued": Y(1940,9,8), "archive": "RM TC"}},
 {"text": "‘plywood under his skylight’:\nsee GG to VG, 30 August 1939 (VG Bod).", "where": FE2,
  "gold": {"type": "letter", "author": [{"literal": "GG"}], "recipient": [{"literal": "VG"}], "issued": Y(1939,8,30), "archive": "VG Bod"}},
 {"text": "p. 8: I am so glad . . . eye opener: National Library of Wales, Lady Olwen Carey-Evans Papers 122/14a, MLG to Mrs PHG, 15 May 1940.", "where": TR1,
  "gold": {"type": "letter", "author": [{"literal": "MLG"}], "recipient": [{"literal": "Mrs PHG"}], "issued": Y(1940,5,15), "archive": "National Library of Wales", "archive_location": "Lady Olwen Carey-Evans Papers 122/14a", "custom": {"locator": {"series": "Lady Olwen Carey-Evans Papers", "file": "122/14a"}}}},
 {"text": "p. 8: considerable pain: Neville Chamberlain diary, 16 June 1940 (Neville Chamberlain Papers, University of Birmingham).", "where": TR1,
  "gold": {"type": "manuscript", "title": "diary", "author": [{"given": "Neville", "family": "Chamberlain"}], "issued": Y(1940,6,16), "archive": "University of Birmingham", "archive_location": "Neville Chamberlain Papers"}},
 {"text": "119. CAB 23/86.", "where": AL,
  "gold": {"type": "manuscript", "archive_location": "CAB 23/86", "custom": {"locator": {"series": "CAB 23", "file": "86"}}}},
 {"text": "114. ChP 2/266.", "where": AL,
  "gold": {"type": "manuscript", "archive_location": "ChP 2/266", "custom": {"locator": {"series": "ChP", "file": "2/266"}}}},
 {"text": "115. PrP 1/193.", "where": AL,
  "gold": {"type": "manuscript", "archive_location": "PrP 1/193", "custom": {"locator": {"series": "PrP", "file": "1/193"}}}},
 {"text": "3. AN 286 AP3 dossier 32", "where": NAP,
  "gold": {"type": "manuscript", "archive": "AN", "archive_location": "286 AP3 dossier 32", "custom": {"locator": {"series": "286 AP3", "folder": "32"}}}},
 {"text": "CAB 134/1168 1954 - 1955 Steel Committee: Ministerial Committee on Security: Papers 1-3 (1954); Meetings 1-2 (1955); Paper 1 (1955)", "where": TNA,
  "gold": {"type": "manuscript", "title": "Steel Committee: Ministerial Committee on Security: Papers 1-3 (1954); Meetings 1-2 (1955); Paper 1 (1955)", "issued": {"date-parts": [[1954], [1955]]}, "archive_location": "CAB 134/1168", "custom": {"locator": {"series": "CAB 134", "file": "1168"}}}},
 {"text": "FO 115/4540 1954 Atomic energy: exchange of information; effects of atomic weapons", "where": TNA,
  "gold": {"type": "manuscript", "title": "Atomic energy: exchange of information; effects of atomic weapons", "issued": Y(1954), "archive_location": "FO 115/4540", "custom": {"locator": {"series": "FO 115", "file": "4540"}}}},
 {"text": "FO 115/4543 1954 Atomic energy: co-operation with USA", "where": TNA,
  "gold": {"type": "manuscript", "title": "Atomic energy: co-operation with USA", "issued": Y(1954), "archive_location": "FO 115/4543", "custom": {"locator": {"series": "FO 115", "file": "4543"}}}},
 {"text": "FO 115/4544 1954 Atomic energy: co-operation with USA; amendments to Atomic Energy Act 1946 (McMahon Act)", "where": TNA,
  "gold": {"type": "manuscript", "title": "Atomic energy: co-operation with USA; amendments to Atomic Energy Act 1946 (McMahon Act)", "issued": Y(1954), "archive_location": "FO 115/4544", "custom": {"locator": {"series": "FO 115", "file": "4544"}}}},
 {"text": "FO 371/128663 1957 Leading personalities in Hungary", "where": TNA,
  "gold": {"type": "manuscript", "title": "Leading personalities in Hungary", "issued": Y(1957), "archive_location": "FO 371/128663", "custom": {"locator": {"series": "FO 371", "file": "128663"}}}},
 {"text": "ADM 1/29240 1956-1978 Cdr L K P Crabb, OBE GM RNVR", "where": TNA,
  "gold": {"type": "manuscript", "title": "Cdr L K P Crabb, OBE GM RNVR", "issued": {"date-parts": [[1956], [1978]]}, "archive_location": "ADM 1/29240", "custom": {"locator": {"series": "ADM 1", "file": "29240"}}}},
]

# ---- third batch: Wilson Center Digital Archive source notes, as stored in the Zotero
# translator's test fixture (archiveLocation strings copied from the document pages)
ZT = "https://github.com/zotero/translators/blob/371c75f58b3a8e4c1d442ed7539e0a0f995e03a9/Wilson%20Center%20Digital%20Archive.js"
EXTRA += [
 {"text": "RGANI, f. 5, op. 49, d. 131, ll. 193-194. Translated by Gary Goldberg.", "where": ZT + " (test case for https://digitalarchive.wilsoncenter.org/document/280697)",
  "gold": {"type": "manuscript", "archive": "RGANI", "archive_location": "f. 5, op. 49, d. 131, ll. 193–194", "translator": [{"given": "Gary", "family": "Goldberg"}],
           "custom": {"locator": {"fond": "5", "opis": "49", "delo": "131", "folios": "193–194"}}}},
 {"text": "RGASPI, f. 558, op. 11, d. 97, ll. 67-70. Contributed by Sergey Radchenko and translated by Gary Goldberg.", "where": ZT + " (test case for https://digitalarchive.wilsoncenter.org/document/134696)",
  "gold": {"type": "manuscript", "archive": "RGASPI", "archive_location": "f. 558, op. 11, d. 97, ll. 67–70", "contributor": [{"given": "Sergey", "family": "Radchenko"}], "translator": [{"given": "Gary", "family": "Goldberg"}],
           "custom": {"locator": {"fond": "558", "opis": "11", "delo": "97", "folios": "67–70"}}}},
 {"text": "Obtained by Béla Révész; translated and edited by Barnabás Vajd, Laura Deal, and Karl P. Benziger.", "where": ZT + " (test case for https://digitalarchive.wilsoncenter.org/document/121893)",
  "gold": {"type": "manuscript", "contributor": [{"given": "Béla", "family": "Révész"}],
           "translator": [{"given": "Barnabás", "family": "Vajd"}, {"given": "Laura", "family": "Deal"}, {"given": "Karl P.", "family": "Benziger"}],
           "editor": [{"given": "Barnabás", "family": "Vajd"}, {"given": "Laura", "family": "Deal"}, {"given": "Karl P.", "family": "Benziger"}]}},
]

EXTRA += [
 {"text": "Letter from President George Washington to Secretary of State Thomas Jefferson, October 7, 1792. Letters Received (Misc Letters), October 1 THRU December 31, 1792 (NAID 16972482).",
  "where": "https://text-message.blogs.archives.gov/",
  "gold": {"type": "letter", "title": "Letter from President George Washington to Secretary of State Thomas Jefferson",
           "author": [{"given": "George", "family": "Washington"}], "recipient": [{"given": "Thomas", "family": "Jefferson"}],
           "issued": {"date-parts": [[1792, 10, 7]]},
           "archive_location": "Letters Received (Misc Letters), October 1 THRU December 31, 1792 (NAID 16972482)",
           "custom": {"locator": {"series": "Letters Received (Misc Letters)", "document": "NAID 16972482"}}}},
]

# ---- fourth batch: more FRUS headings with source notes (Johnson Library, NARA written in full,
# Washington National Records Center folders, datelines with ranges and 'undated', and the
# single-document pages whose source note is footnote 1). Golds written by hand.
V10 = "https://history.state.gov./historicaldocuments/frus1964-68v10/comp1?start=211"
V5 = "https://history.state.gov/historicaldocuments/frus1958-60v05/comp8"
V34 = ("https://webarchive.library.unt.edu/eot2008/20090506233517/http:/www.state.gov/www/"
       "about_state/history/vol_xxxiv/g.html")
VN61 = "https://history.state.gov/historicaldocuments/frus1964-68v05/ch3?start=61"
VN31 = "https://history.state.gov./historicaldocuments/frus1964-68v05/ch3?start=31"
LBJ, NARA, DOS, WNRC = ("Johnson Library", "National Archives and Records Administration",
                        "Department of State", "Washington National Records Center")


def F(*names):
    return [{"family": n} for n in names]


def LOC(**parts):
    return {"locator": {k.replace("_", "-"): v for k, v in parts.items()}}


EXTRA += [
 {"text": "211. Memorandum From the Chairman of the President’s Foreign Intelligence Advisory Board (Taylor) to President Johnson\nSource: Johnson Library, National Security File, Memos to the President, Walt Rostow, Vol. 92, Box 39. Top Secret.", "where": V10,
  "gold": {"type": "manuscript", "title": "Memorandum From the Chairman of the President’s Foreign Intelligence Advisory Board (Taylor) to President Johnson", "author": F("Taylor"), "recipient": F("Johnson"), "archive": LBJ, "archive_location": "National Security File, Memos to the President, Walt Rostow, Vol. 92, Box 39", "custom": LOC(box="39")}},
 {"text": "212. Paper Prepared by the U.S. Intelligence Community\n[Source: Washington National Records Center, Central Policy File: FRC 383 86 A 5, Folder 3015. Top Secret; Noforn. 5 pages of source text not declassified.]", "where": V10,
  "gold": {"type": "manuscript", "title": "Paper Prepared by the U.S. Intelligence Community", "archive": WNRC, "archive_location": "Central Policy File: FRC 383 86 A 5, Folder 3015", "custom": LOC(folder="3015")}},
 {"text": "213. Memorandum From the Joint Chiefs of Staff to Secretary of Defense Clifford\nSource: Washington National Records Center, OASD/ISA Files: FRC 330 72 A 1499, 320.2 1968 August. Top Secret.", "where": V10,
  "gold": {"type": "manuscript", "title": "Memorandum From the Joint Chiefs of Staff to Secretary of Defense Clifford", "recipient": F("Clifford"), "archive": WNRC, "archive_location": "OASD/ISA Files: FRC 330 72 A 1499, 320.2 1968 August"}},
 {"text": "214. Telegram From the President’s Special Assistant (Rostow) to President Johnson in Texas\nSource: Johnson Library, National Security File, Memos to the President, Walt Rostow, Vol. 93, Box 39. Secret.", "where": V10,
  "gold": {"type": "letter", "title": "Telegram From the President’s Special Assistant (Rostow) to President Johnson in Texas", "author": F("Rostow"), "recipient": F("Johnson"), "archive": LBJ, "archive_location": "National Security File, Memos to the President, Walt Rostow, Vol. 93, Box 39", "custom": LOC(box="39")}},
 {"text": "215. Letter From Secretary of Defense Clifford to the Chairman of the President’s Foreign Intelligence Advisory Board (Taylor)\nSource: Johnson Library, National Security File, Foreign Intelligence Advisory Board, Vol. 2 [1 of 4], Box 6. Top Secret.", "where": V10,
  "gold": {"type": "letter", "title": "Letter From Secretary of Defense Clifford to the Chairman of the President’s Foreign Intelligence Advisory Board (Taylor)", "author": F("Clifford"), "recipient": F("Taylor"), "archive": LBJ, "archive_location": "National Security File, Foreign Intelligence Advisory Board, Vol. 2 [1 of 4], Box 6", "custom": LOC(box="6")}},
 {"text": "109. Memorandum of a Conversation, Department of State, Washington, January 29, 1959\nSource: Department of State, ARA Deputy Assistant Secretary’s Files: Lot 61 D 411, Caribbean 1959. Secret.", "where": V5,
  "gold": {"type": "manuscript", "title": "Memorandum of a Conversation, Department of State", "issued": {"date-parts": [[1959, 1, 29]]}, "archive": DOS, "archive_location": "ARA Deputy Assistant Secretary’s Files: Lot 61 D 411, Caribbean 1959", "custom": LOC(series="ARA Deputy Assistant Secretary’s Files: Lot 61 D 411")}},
 {"text": "110. Memorandum of Conversations Between the Deputy Director of the Office of Caribbean and Mexican Affairs (Little) and the First Secretary of the British Embassy (Benest), Department of State, Washington, February 25–26, 1959\nSource: Department of State, Central Files, 720.00/2–2659. Secret.", "where": V5,
  "gold": {"type": "manuscript", "title": "Memorandum of Conversations Between the Deputy Director of the Office of Caribbean and Mexican Affairs (Little) and the First Secretary of the British Embassy (Benest), Department of State", "issued": {"date-parts": [[1959, 2, 25], [1959, 2, 26]]}, "archive": DOS, "archive_location": "Central Files, 720.00/2–2659", "custom": LOC(series="Central Files", file="720.00/2–2659")}},
 {"text": "111. Special National Intelligence Estimate\nSource: Department of State, INR Files. Secret.", "where": V5,
  "gold": {"type": "manuscript", "title": "Special National Intelligence Estimate", "archive": DOS, "archive_location": "INR Files"}},
 {"text": "63. Position Paper for the United States Delegation/1/\n\nWashington, undated.\n\n/1/Source: National Archives and Records Administration, RG 59, Records of the Department of State, Central Files, 1964-66, TEL 6. Limited Official Use.", "where": V34,
  "gold": {"type": "manuscript", "title": "Position Paper for the United States Delegation", "archive": NARA, "archive_location": "RG 59, Records of the Department of State, Central Files, 1964-66, TEL 6", "custom": LOC(record_group="59", series="Central Files, 1964-66", file="TEL 6")}},
 {"text": "213. Telegram From the Central Intelligence Agency to the Station in Saigon\n\nSource: Johnson Library, National Security File, Intelligence File, Vietnamese (South) Elections 1967. Secret; Most Sensitive; Immediate.", "where": VN61,
  "gold": {"type": "letter", "title": "Telegram From the Central Intelligence Agency to the Station in Saigon", "archive": LBJ, "archive_location": "National Security File, Intelligence File, Vietnamese (South) Elections 1967"}},
 {"text": "214. Memorandum From the President’s Special Assistant (Rostow) to President Johnson\n\nSource: Johnson Library, National Security File, Country File, Vietnam, Memos to the President, 6/1–8/2/67, Vol. I. Confidential.", "where": VN61,
  "gold": {"type": "manuscript", "title": "Memorandum From the President’s Special Assistant (Rostow) to President Johnson", "author": F("Rostow"), "recipient": F("Johnson"), "archive": LBJ, "archive_location": "National Security File, Country File, Vietnam, Memos to the President, 6/1–8/2/67, Vol. I"}},
 {"text": "215. Telegram From the Embassy in Vietnam to the Department of State\n\nSource: National Archives and Records Administration, RG 59, Central Files 1967–69, POL 27 VIET S. Secret; Priority; Nodis.", "where": VN61,
  "gold": {"type": "letter", "title": "Telegram From the Embassy in Vietnam to the Department of State", "archive": NARA, "archive_location": "RG 59, Central Files 1967–69, POL 27 VIET S", "custom": LOC(record_group="59", series="Central Files 1967–69", file="POL 27 VIET S")}},
 {"text": "216. Memorandum of Conversation\n\nSource: National Archives and Records Administration, RG 59, Central Files 1967–69, POL 7 US. Top Secret; Nodis.", "where": VN61,
  "gold": {"type": "manuscript", "title": "Memorandum of Conversation", "archive": NARA, "archive_location": "RG 59, Central Files 1967–69, POL 7 US", "custom": LOC(record_group="59", series="Central Files 1967–69", file="POL 7 US")}},
 {"text": "183. Telegram From the Department of State to the Embassy in Vietnam\nSource: National Archives and Records Administration, RG 59, Central Files 1967–69, POL 14 VIET S. Secret; Exdis.", "where": VN31,
  "gold": {"type": "letter", "title": "Telegram From the Department of State to the Embassy in Vietnam", "archive": NARA, "archive_location": "RG 59, Central Files 1967–69, POL 14 VIET S", "custom": LOC(record_group="59", series="Central Files 1967–69", file="POL 14 VIET S")}},
 {"text": "185. Telegram From the President’s Special Assistant (Rostow) to President Johnson in Texas\nSource: Johnson Library, National Security File, Country File, Vietnam, Vol. LXXII. Secret.", "where": VN31,
  "gold": {"type": "letter", "title": "Telegram From the President’s Special Assistant (Rostow) to President Johnson in Texas", "author": F("Rostow"), "recipient": F("Johnson"), "archive": LBJ, "archive_location": "National Security File, Country File, Vietnam, Vol. LXXII"}},
 {"text": "189. Memorandum From the Deputy for Civil Operations and Revolutionary Development Support, Military Assistance Command, Vietnam (Komer) to President Johnson\nSource: Johnson Library, White House Central Files, Confidential File, ND 19/CO 312, Vietnam (Situation in), June 1967–Sept. 1967. Eyes Only.", "where": VN31,
  "gold": {"type": "manuscript", "title": "Memorandum From the Deputy for Civil Operations and Revolutionary Development Support, Military Assistance Command, Vietnam (Komer) to President Johnson", "author": F("Komer"), "recipient": F("Johnson"), "archive": LBJ, "archive_location": "White House Central Files, Confidential File, ND 19/CO 312, Vietnam (Situation in), June 1967–Sept. 1967"}},
 {"text": "190. Memorandum From the Political Counselor of the Embassy in Vietnam (Calhoun) to the Ambassador to Vietnam (Bunker)\nSource: Center for Military History, Dep CORDS/MACV Files, GVN Elections (General): 1967. Secret.", "where": VN31,
  "gold": {"type": "manuscript", "title": "Memorandum From the Political Counselor of the Embassy in Vietnam (Calhoun) to the Ambassador to Vietnam (Bunker)", "author": F("Calhoun"), "recipient": F("Bunker"), "archive": "Center for Military History", "archive_location": "Dep CORDS/MACV Files, GVN Elections (General): 1967"}},
 {"text": "186. Telegram From the Embassy in Vietnam to the Department of State\nSource: National Archives and Records Administration, RG 59, Central Files 1967–69, POL 14 VIET S. Secret; Exdis.", "where": VN31,
  "gold": {"type": "letter", "title": "Telegram From the Embassy in Vietnam to the Department of State", "archive": NARA, "archive_location": "RG 59, Central Files 1967–69, POL 14 VIET S", "custom": LOC(record_group="59", series="Central Files 1967–69", file="POL 14 VIET S")}},
 {"text": "67. Telegram From the Embassy in Vietnam to the Department of State1\n\n  1. Source: Department of State, Central Files, POL 15 VIET S. Top Secret; Immediate; Exdis.", "where": "https://history.state.gov./historicaldocuments/frus1964-68v02/d67",
  "gold": {"type": "letter", "title": "Telegram From the Embassy in Vietnam to the Department of State", "archive": DOS, "archive_location": "Central Files, POL 15 VIET S", "custom": LOC(series="Central Files", file="POL 15 VIET S")}},
 {"text": "21. Telegram From the Central Intelligence Agency to the Station in Saigon1\n\n  1. Source: Department of State, Central Files, POL 26 S VIET. Secret; Eyes Only.", "where": "https://history.state.gov/historicaldocuments/frus1961-63v04/d21",
  "gold": {"type": "letter", "title": "Telegram From the Central Intelligence Agency to the Station in Saigon", "archive": DOS, "archive_location": "Central Files, POL 26 S VIET", "custom": LOC(series="Central Files", file="POL 26 S VIET")}},
 {"text": "235. Memorandum From the President’s Special Assistant for National Security Affairs (Bundy) to the President1\n\n  1. Source: Johnson Library, National Security File, Vietnam Country File, Vol. XIII, Memos. No classification marking.", "where": "https://history.state.gov/historicaldocuments/frus1964-68v01/d235",
  "gold": {"type": "manuscript", "title": "Memorandum From the President’s Special Assistant for National Security Affairs (Bundy) to the President", "author": F("Bundy"), "archive": LBJ, "archive_location": "National Security File, Vietnam Country File, Vol. XIII, Memos"}},
]

# ---- fifth batch: FRUS 1977-1980 (Carter Library boxes, several senders or recipients, names
# given in full, lower-case 'from'). Golds written by hand.
C211 = "https://history.state.gov/historicaldocuments/frus1977-80v04/ch1?start=211"
C151 = "https://history.state.gov/historicaldocuments/frus1977-80v04/ch1?start=151"
C121 = "https://history.state.gov./historicaldocuments/frus1977-80v01/comp1?start=121"
C31 = "https://history.state.gov/historicaldocuments/frus1977-80v06/ch4?start=31"
CV31 = "https://history.state.gov/historicaldocuments/frus1977-80v01/comp1?start=31"
JCL = "Carter Library"
EXTRA += [
 {"text": "211. Memorandum From the President’s Assistant for National Security Affairs (Brzezinski) to President Carter\n\nSource: Carter Library, Brzezinski Donated Material, Subject File, Box 35, PD 59: (5/80–1/81). Secret; Outside the System.", "where": C211,
  "gold": {"type": "manuscript", "title": "Memorandum From the President’s Assistant for National Security Affairs (Brzezinski) to President Carter", "author": F("Brzezinski"), "recipient": F("Carter"), "archive": JCL, "archive_location": "Brzezinski Donated Material, Subject File, Box 35, PD 59: (5/80–1/81)", "custom": LOC(box="35")}},
 {"text": "214. Memorandum From Secretary of Defense Brown to Secretary of State Muskie and the President’s Assistant for National Security Affairs (Brzezinski)\n\nSource: Carter Library, Brzezinski Donated Material, Geographic File, Box 16, Southwest Asia/Persian Gulf—(12/80). Secret; Sensitive.", "where": C211,
  "gold": {"type": "manuscript", "title": "Memorandum From Secretary of Defense Brown to Secretary of State Muskie and the President’s Assistant for National Security Affairs (Brzezinski)", "author": F("Brown"), "recipient": F("Muskie", "Brzezinski"), "archive": JCL, "archive_location": "Brzezinski Donated Material, Geographic File, Box 16, Southwest Asia/Persian Gulf—(12/80)", "custom": LOC(box="16")}},
 {"text": "215. Summary of Conclusions of a Special Coordination Committee Meeting\n\nSource: Carter Library, Plains File, Subject File, Box 37, Special Coordinating Committee (SCC) Meeting, 11/24/80. Secret.", "where": C211,
  "gold": {"type": "manuscript", "title": "Summary of Conclusions of a Special Coordination Committee Meeting", "archive": JCL, "archive_location": "Plains File, Subject File, Box 37, Special Coordinating Committee (SCC) Meeting, 11/24/80", "custom": LOC(box="37")}},
 {"text": "151. Memorandum from Director of Central Intelligence Turner to the President’s Assistant for National Security Affairs (Brzezinski)\n\nSource: Carter Library, National Security Affairs, Staff Material, Defense/Security, Ermarth, Box 7, MX Missiles: 8/79. Top Secret; [handling restriction not declassified].", "where": C151,
  "gold": {"type": "manuscript", "title": "Memorandum from Director of Central Intelligence Turner to the President’s Assistant for National Security Affairs (Brzezinski)", "author": F("Turner"), "recipient": F("Brzezinski"), "archive": JCL, "archive_location": "National Security Affairs, Staff Material, Defense/Security, Ermarth, Box 7, MX Missiles: 8/79", "custom": LOC(box="7")}},
 {"text": "155. Minutes of a National Security Council Meeting\n\nSource: Carter Library, National Security Council, Institutional Files, Box 57, NSC–021, 9/5/79, MX Basing. Secret.", "where": C151,
  "gold": {"type": "manuscript", "title": "Minutes of a National Security Council Meeting", "archive": JCL, "archive_location": "National Security Council, Institutional Files, Box 57, NSC–021, 9/5/79, MX Basing", "custom": LOC(box="57")}},
 {"text": "156. Memorandum From Fritz Ermarth of the National Security Council Staff to the President’s Assistant for National Security Affairs (Brzezinski) and the President’s Deputy Assistant for National Security Affairs (Aaron)\n\nSource: Carter Library, National Security Affairs, Brzezinski Material, Subject File, Box 6, B–1: 7/77–9/79. Confidential.", "where": C151,
  "gold": {"type": "manuscript", "title": "Memorandum From Fritz Ermarth of the National Security Council Staff to the President’s Assistant for National Security Affairs (Brzezinski) and the President’s Deputy Assistant for National Security Affairs (Aaron)", "author": [{"given": "Fritz", "family": "Ermarth"}], "recipient": F("Brzezinski", "Aaron"), "archive": JCL, "archive_location": "National Security Affairs, Brzezinski Material, Subject File, Box 6, B–1: 7/77–9/79", "custom": LOC(box="6")}},
 {"text": "122. Memorandum From Samuel Huntington to the President’s Assistant for National Security Affairs (Brzezinski)\nSource: Carter Library, National Security Affairs, Staff Material, Office File, Outside the System File, Box 63, Goals: Four Year Foreign Policy Goals—1980 Review: 8/79–10/80. No classification marking.", "where": C121,
  "gold": {"type": "manuscript", "title": "Memorandum From Samuel Huntington to the President’s Assistant for National Security Affairs (Brzezinski)", "author": [{"given": "Samuel", "family": "Huntington"}], "recipient": F("Brzezinski"), "archive": JCL, "archive_location": "National Security Affairs, Staff Material, Office File, Outside the System File, Box 63, Goals: Four Year Foreign Policy Goals—1980 Review: 8/79–10/80", "custom": LOC(box="63")}},
 {"text": "123. Memorandum From the Executive Secretary of the Department of State (Tarnoff) and the Director of the Policy Planning Staff (Lake) to Secretary of State Vance\nSource: Department of State, Office of the Secretariat Staff, Records of Cyrus Vance, Secretary of State, 1977–1980: Lot 84D241, Goals and Objectives 1979. Secret; Eyes Only.", "where": C121,
  "gold": {"type": "manuscript", "title": "Memorandum From the Executive Secretary of the Department of State (Tarnoff) and the Director of the Policy Planning Staff (Lake) to Secretary of State Vance", "author": F("Tarnoff", "Lake"), "recipient": F("Vance"), "archive": DOS, "archive_location": "Office of the Secretariat Staff, Records of Cyrus Vance, Secretary of State, 1977–1980: Lot 84D241, Goals and Objectives 1979"}},
 {"text": "160. Backchannel Message From the President’s Assistant for National Security Affairs (Brzezinski) to the Ambassador to the Soviet Union (Toon)\nSource: Carter Library, National Security Affairs, Staff Material, Office, Outside the System File, Box 69, USSR: Brezhnev–Carter Correspondence: 1–12/78. Secret.", "where": C31,
  "gold": {"type": "letter", "title": "Backchannel Message From the President’s Assistant for National Security Affairs (Brzezinski) to the Ambassador to the Soviet Union (Toon)", "author": F("Brzezinski"), "recipient": F("Toon"), "archive": JCL, "archive_location": "National Security Affairs, Staff Material, Office, Outside the System File, Box 69, USSR: Brezhnev–Carter Correspondence: 1–12/78", "custom": LOC(box="69")}},
 {"text": "161. Message From President Carter to Soviet General Secretary Brezhnev\nSource: Carter Library, National Security Affairs, Staff Material, Office, Outside the System File, Box 47, China: Normalization with PRC: Events—Aggregate Documentation: 8–12/78. Secret; Eyes Only.", "where": C31,
  "gold": {"type": "letter", "title": "Message From President Carter to Soviet General Secretary Brezhnev", "author": F("Carter"), "recipient": F("Brezhnev"), "archive": JCL, "archive_location": "National Security Affairs, Staff Material, Office, Outside the System File, Box 47, China: Normalization with PRC: Events—Aggregate Documentation: 8–12/78", "custom": LOC(box="47")}},
 {"text": "162. Memorandum From Paul Henze of the National Security Council Staff to the President’s Assistant for National Security Affairs (Brzezinski)\nSource: Carter Library, National Security Affairs, Staff Material, Office, Outside the System File, Box 51, Chron: 12/14–31/78. Secret.", "where": C31,
  "gold": {"type": "manuscript", "title": "Memorandum From Paul Henze of the National Security Council Staff to the President’s Assistant for National Security Affairs (Brzezinski)", "author": [{"given": "Paul", "family": "Henze"}], "recipient": F("Brzezinski"), "archive": JCL, "archive_location": "National Security Affairs, Staff Material, Office, Outside the System File, Box 51, Chron: 12/14–31/78", "custom": LOC(box="51")}},
 {"text": "31. Memorandum of Conversation\n\nSource: Department of State, Shulman Files: Lot 81D109, Vance to Moscow, March 28–30, 1977. Secret; Nodis.", "where": CV31,
  "gold": {"type": "manuscript", "title": "Memorandum of Conversation", "archive": DOS, "archive_location": "Shulman Files: Lot 81D109, Vance to Moscow, March 28–30, 1977", "custom": LOC(series="Shulman Files: Lot 81D109")}},
]
