"""Sixth gathering of archival citations (golds written by hand).

FRUS chapter listings from other volumes (1958-60, 1969-76), old-style FRUS telegram headings,
Documents on Australian Foreign Policy headings and volume lists, Wilson Center Digital Archive
search listings (date line and document title), archival footnotes citing RGASPI, APRF and GARF,
The National Archives (UK) release lists and the Churchill Archive catalogue.

Split: unlike the earlier batches (every third line), each item here is `test` when
int(sha1(text).hexdigest(), 16) % 3 == 0, else `dev` (see build_archival.py).
"""

import re

from extra_archival import F, LOC


def D(*parts):
    return {"date-parts": [list(p) for p in parts]}


def N(family, given=None):
    """A name; initials are written spaced ('A.T.' as 'A. T.'), the form the other batches and
    CSL processors use, so the gold does not depend on how a page spaced them."""
    if given:
        given = re.sub(r"\.(?=[^\s.\-])", ". ", given)
    return {"family": family, "given": given} if given else {"family": family}


def L(text):
    return {"literal": text}


DOS, NA, EL = "Department of State", "National Archives", "Eisenhower Library"
F58 = "http://history.state.gov./historicaldocuments/frus1958-60v09/ch2sc1?start=61"
F58B = "http://history.state.gov./historicaldocuments/frus1958-60v09/ch2sc1?start=91"
F60 = "https://history.state.gov/historicaldocuments/frus1958-60v10p1/ch9"
N61 = "https://history.state.gov./historicaldocuments/frus1969-76v01/comp1?start=61"
N91 = "https://history.state.gov/historicaldocuments/frus1969-76v02/ch1?start=91"
N151 = "https://history.state.gov/historicaldocuments/frus1969-76v02/ch1?start=151"
N14 = "https://history.state.gov/historicaldocuments/frus1969-76v14/ch6"
N2 = "http://history.state.gov/historicaldocuments/frus1969-76v02/ch1"
N191 = "https://history.state.gov/historicaldocuments/frus1969-76v01/comp1?start=91"
NXM = "Nixon Presidential Materials"
DF2 = "https://wragge.github.io/dfat-documents-web/volumes/volume-2-1939/"
DF1 = "https://wragge.github.io/dfat-documents-web/volumes/volume-1-1937-38/"
DF4 = "https://wragge.github.io/dfat-documents-web/volumes/volume-4-1940-july-1941-june"
WC1 = "https://digitalarchive.wilsoncenter.org/search-results/2/%7B%22subject%22%3A%22939%22%7D?recordType=Record"
WC2 = ("https://wilson-center.drivingcreative.com/search?f%5B0%5D=people%3A82187&f%5B1%5D=places%3A85877"
       "&f%5B3%5D=places%3A86050&fo%5B0%5D=85877&fo%5B1%5D=82187&fo%5B2%5D=86050&page=9")
WC3 = ("https://wilson-center.drivingcreative.com/search?f%5B0%5D=topics%3A86509&fo%5B0%5D=86509"
       "&search_api_fulltext=Nationalism--China")
WC4 = ("https://wilson-center.drivingcreative.com/search?f%5B0%5D=languages%3A3945&f%5B1%5D=original_"
       "repositories%3A4049&f%5B2%5D=places%3A85877&fo%5B0%5D=3945&fo%5B1%5D=4049&fo%5B2%5D=85877&page=22")
WC5 = ("https://wilson-center.drivingcreative.com/search?f%5B1%5D=places%3A85877&f%5B2%5D=places%3A85953"
       "&f%5B3%5D=places%3A85959&fo%5B0%5D=85959&fo%5B1%5D=85877&fo%5B2%5D=85953&page=1")
WC6 = "https://digitalarchive.wilsoncenter.org/search-results/2/%7B%22subject%22%3A%221716%22%7D?recordType=Record"
KOT = "https://fb2.top/stalin-waiting-for-hitler-1929-1941-504435/read/part-109"
KHL = "https://rulit.me/books/stalin-read-552537-127.html"
SL3 = "https://user.bibliboba.online/books/stalin-s-library-a-dictator-and-his-books/p/143"
HA = ("https://historyancient.ru/en/historians/"
      "lichnyi-arhiv-stalina-zasekrechen-ili-likvidirovan-fakty-i-gipotezy/")
T04 = "http://www.nationalarchives.gov.uk/releases/2004/january/list.htm"
T04J = "http://www.nationalarchives.gov.uk/releases/2004/july23/list.htm"
CHU = "http://toil.chu.cam.ac.uk/perl/node?a=a;reference=CHAR%2020%2F95A-B"


def ru(archive, fond, opis, delo, folios=None, label="l."):
    loc = f"f. {fond}, op. {opis}, d. {delo}" + (f", {label} {folios}" if folios else "")
    parts = {"fond": fond, "opis": opis, "delo": delo}
    if folios:
        parts["folios"] = folios
    return {"type": "manuscript", "archive": archive, "archive_location": loc, "custom": {"locator": parts}}


BATCH6 = [
 # ---- FRUS 1958-60, vols. IX and X part 1: chapter listings (heading and source note)
 {"text": "153. Telegram From the Embassy in France to the Department of State\nSource: Department of State, Central Files, 396.1–PA/5–1260. Secret; Priority.", "where": F58B,
  "gold": {"type": "letter", "title": "Telegram From the Embassy in France to the Department of State", "archive": DOS, "archive_location": "Central Files, 396.1–PA/5–1260", "custom": LOC(series="Central Files", file="396.1–PA/5–1260")}},
 {"text": "154. Telegram From the Delegation at the Summit Conference to the Department of State\nSource: Department of State, Central Files, 396.1–PA/5–1360. Secret; Limit Distribution.", "where": F58B,
  "gold": {"type": "letter", "title": "Telegram From the Delegation at the Summit Conference to the Department of State", "archive": DOS, "archive_location": "Central Files, 396.1–PA/5–1360", "custom": LOC(series="Central Files", file="396.1–PA/5–1360")}},
 {"text": "155. Memorandum of Conversation\nSource: Department of State, Conference Files: Lot 64 D 559, CF 1664. Secret.", "where": F58B,
  "gold": {"type": "manuscript", "title": "Memorandum of Conversation", "archive": DOS, "archive_location": "Conference Files: Lot 64 D 559, CF 1664", "custom": LOC(series="Conference Files: Lot 64 D 559")}},
 {"text": "158. Memorandum of Conversation Between the Under Secretary of State for Political Affairs (Merchant) and Foreign Secretary Lloyd\n[Source: Department of State, Conference Files: Lot 64 D 559, CF 1664. Secret. 2 pages of source text not declassified.]", "where": F58B,
  "gold": {"type": "manuscript", "title": "Memorandum of Conversation Between the Under Secretary of State for Political Affairs (Merchant) and Foreign Secretary Lloyd", "archive": DOS, "archive_location": "Conference Files: Lot 64 D 559, CF 1664", "custom": LOC(series="Conference Files: Lot 64 D 559")}},
 {"text": "159. Memorandum of Conference With President Eisenhower\nSource: Eisenhower Library, Whitman File, DDE Diaries. Secret.", "where": F58B,
  "gold": {"type": "manuscript", "title": "Memorandum of Conference With President Eisenhower", "archive": EL, "archive_location": "Whitman File, DDE Diaries"}},
 # ---- FRUS 1969-76, vols. I, II and XIV: Nixon-era listings
 {"text": "61. Memorandum From President Nixon to His Assistant (Haldeman), His Assistant for Domestic Affairs (Ehrlichman), and His Assistant for National Security Affairs (Kissinger)\nSource: National Archives, Nixon Presidential Materials, NSC Files, Box 341, Subject Files, HAK/President Memos 1969-1970. Eyes Only.", "where": N61,
  "gold": {"type": "manuscript", "title": "Memorandum From President Nixon to His Assistant (Haldeman), His Assistant for Domestic Affairs (Ehrlichman), and His Assistant for National Security Affairs (Kissinger)", "author": F("Nixon"), "recipient": F("Haldeman", "Ehrlichman", "Kissinger"), "archive": NA, "archive_location": "Nixon Presidential Materials, NSC Files, Box 341, Subject Files, HAK/President Memos 1969-1970", "custom": LOC(box="341")}},
 {"text": "63. Letter From President Nixon to President Chiang\nSource: National Archives, RG 59, S/S Files: Lot 72 D 230, Presidential and Secretary of State Correspondence with Heads of State, 1961-1971, Box 18, China (Nationalist). Nodis.", "where": N61,
  "gold": {"type": "letter", "title": "Letter From President Nixon to President Chiang", "author": F("Nixon"), "recipient": F("Chiang"), "archive": NA, "archive_location": "RG 59, S/S Files: Lot 72 D 230, Presidential and Secretary of State Correspondence with Heads of State, 1961-1971, Box 18, China (Nationalist)", "custom": LOC(record_group="59", box="18")}},
 {"text": "64. Memorandum From President Nixon to His Assistant for National Security Affairs (Kissinger)\nSource: National Archives, Nixon Presidential Materials, NSC Files, Box 341, Subject Files, HAK/President Memos 1969-1970. Confidential.", "where": N61,
  "gold": {"type": "manuscript", "title": "Memorandum From President Nixon to His Assistant for National Security Affairs (Kissinger)", "author": F("Nixon"), "recipient": F("Kissinger"), "archive": NA, "archive_location": "Nixon Presidential Materials, NSC Files, Box 341, Subject Files, HAK/President Memos 1969-1970", "custom": LOC(box="341")}},
 {"text": "66. Memorandum for the President’s File\nSource: National Archives, Nixon Presidential Materials, White House Special Files, President’s Office Files, Box 81, Memoranda for the President, May 3, 1970. No classification marking.", "where": N61,
  "gold": {"type": "manuscript", "title": "Memorandum for the President’s File", "archive": NA, "archive_location": "Nixon Presidential Materials, White House Special Files, President’s Office Files, Box 81, Memoranda for the President, May 3, 1970", "custom": LOC(box="81")}},
 {"text": "225. Memorandum of Telephone Conversation Between President Nixon and his Assistant for National Security Affairs (Kissinger)\n\nSource: Library of Congress, Manuscript Division, Kissinger Papers, Box 372, Telephone Conversations, Chronological File. No classification marking.", "where": N14,
  "gold": {"type": "manuscript", "title": "Memorandum of Telephone Conversation Between President Nixon and his Assistant for National Security Affairs (Kissinger)", "archive": "Library of Congress", "archive_location": "Manuscript Division, Kissinger Papers, Box 372, Telephone Conversations, Chronological File", "custom": LOC(box="372")}},
 {"text": "91. Memorandum for the President’s File by the President’s Special Assistant (Safire)\n\nSource: National Archives, Nixon Presidential Materials, White House Special Files, President’s Office Files, Memoranda for the President, Box 85, May 2-August 15, 1971. No classification marking.", "where": N191,
  "gold": {"type": "manuscript", "title": "Memorandum for the President’s File by the President’s Special Assistant (Safire)", "author": F("Safire"), "archive": NA, "archive_location": "Nixon Presidential Materials, White House Special Files, President’s Office Files, Memoranda for the President, Box 85, May 2-August 15, 1971", "custom": LOC(box="85")}},
 # ---- old-style FRUS headings: decimal file, kind, then sender to recipient
 {"text": "124.61/263: Telegram\n\nThe Ambassador in the Soviet Union (Standley) to the Secretary of State", "where": "https://history.state.gov/historicaldocuments/frus1943v03/d428",
  "gold": {"type": "letter", "title": "The Ambassador in the Soviet Union (Standley) to the Secretary of State", "genre": "Telegram", "author": F("Standley"), "archive_location": "124.61/263", "custom": LOC(file="124.61/263")}},
 {"text": "861.00 Supreme Soviet/37: Telegram\n\nThe Chargé in the Soviet Union (Thurston) to the Secretary of State", "where": "https://history.state.gov/historicaldocuments/frus1940v03/d195",
  "gold": {"type": "letter", "title": "The Chargé in the Soviet Union (Thurston) to the Secretary of State", "genre": "Telegram", "author": F("Thurston"), "archive_location": "861.00 Supreme Soviet/37", "custom": LOC(file="861.00 Supreme Soviet/37")}},
 {"text": "121.5561/22a: Telegram\n\nThe Secretary of State to the Chargé in the Soviet Union (Wiley)", "where": "https://history.state.gov/historicaldocuments/frus1933-39/d187",
  "gold": {"type": "letter", "title": "The Secretary of State to the Chargé in the Soviet Union (Wiley)", "genre": "Telegram", "recipient": F("Wiley"), "archive_location": "121.5561/22a", "custom": LOC(file="121.5561/22a")}},
 {"text": "740.0011 European War 1939/12793: Telegram\n\nThe Acting Secretary of State to the Ambassador in the Soviet Union ( Steinhardt )", "where": "https://history.state.gov/historicaldocuments/frus1941v01/d846",
  "gold": {"type": "letter", "title": "The Acting Secretary of State to the Ambassador in the Soviet Union (Steinhardt)", "genre": "Telegram", "recipient": F("Steinhardt"), "archive_location": "740.0011 European War 1939/12793", "custom": LOC(file="740.0011 European War 1939/12793")}},
 {"text": "File No. 861.00/3196\n\nThe Ambassador in Russia ( Francis ) to the Secretary of State", "where": "https://history.state.gov/historicaldocuments/frus1918Russiav02/d678",
  "gold": {"type": "letter", "title": "The Ambassador in Russia (Francis) to the Secretary of State", "author": F("Francis"), "archive_location": "861.00/3196", "custom": LOC(file="861.00/3196")}},
 {"text": "867N.01/10–2745: Telegram\n\nThe British Embassy to the Department of State", "where": "https://history.state.gov/historicaldocuments/frus1945v08/d770",
  "gold": {"type": "letter", "title": "The British Embassy to the Department of State", "genre": "Telegram", "author": [L("British Embassy")], "recipient": [L("Department of State")], "archive_location": "867N.01/10–2745", "custom": LOC(file="867N.01/10–2745")}},
 {"text": "Conference files, lot 59 D 95, CF 102\n\nMemorandum of Conversation, by the Secretary of State", "where": "https://history.state.gov/historicaldocuments/frus1952-54v05p1/d33",
  "gold": {"type": "manuscript", "title": "Memorandum of Conversation, by the Secretary of State", "archive_location": "Conference files, lot 59 D 95, CF 102"}},
 # ---- Documents on Australian Foreign Policy: document pages (heading, dateline, file line)
 {"text": "286 Mr A. Eden, U.K. Secretary of State for Dominion Affairs, to Commonwealth Government\n\nCablegram 128 (extract) LONDON, 11 October 1939, 11.39 p.m.", "where": "http://dfat.gov.au/publications/historical/volume-02/historical-document-02-286.html",
  "gold": {"type": "letter", "title": "Mr A. Eden, U.K. Secretary of State for Dominion Affairs, to Commonwealth Government", "genre": "Cablegram", "author": [N("Eden", "A.")], "recipient": [L("Commonwealth Government")], "issued": D((1939, 10, 11))}},
 {"text": "Mr A.T. Stirling, External Affairs Officer in London, to Lt Col W.R. Hodgson, Secretary of Department of External Affairs\n\nCablegram 344 LONDON, 22 August 1939\n\n[AA: A981, GERMANY 72B, i]", "where": "https://wragge.github.io/dfat-documents-web/volumes/volume-2-1939/141-mr-a-t-stirling-external-affairs-officer-in-london-to-lt-col-w-r-hodgson-secretary-of-department-of-external-affairs/",
  "gold": {"type": "letter", "title": "Mr A.T. Stirling, External Affairs Officer in London, to Lt Col W.R. Hodgson, Secretary of Department of External Affairs", "genre": "Cablegram", "author": [N("Stirling", "A.T.")], "recipient": [N("Hodgson", "W.R.")], "issued": D((1939, 8, 22)), "archive": "AA", "archive_location": "A981, GERMANY 72B, i", "custom": LOC(series="A981")}},
 {"text": "Mr F.K. Officer, Australian Counsellor at British Embassy in Washington, to Department of External Affairs\n\nCablegram 96 WASHINGTON, 20 December 1939, 5.39 p.m.\n\n[AA: A461, A703/1/2] OFFICER", "where": "https://wragge.github.io/dfat-documents-web/volumes/volume-2-1939/424-mr-f-k-officer-australian-counsellor-at-british-embassy-in-washington-to-department-of-external-affairs/",
  "gold": {"type": "letter", "title": "Mr F.K. Officer, Australian Counsellor at British Embassy in Washington, to Department of External Affairs", "genre": "Cablegram", "author": [N("Officer", "F.K.")], "recipient": [L("Department of External Affairs")], "issued": D((1939, 12, 20)), "archive": "AA", "archive_location": "A461, A703/1/2", "custom": LOC(series="A461")}},
 {"text": "202 Commonwealth Government to Mr A. Eden, U.K. Secretary of State for Dominion Affairs\n\nCablegram 195 2 May 1940,\n\n[FA: A3196, 0.2631]", "where": "http://dfat.gov.au/publications/historical/volume-03/historical-document-03-202.html",
  "gold": {"type": "letter", "title": "Commonwealth Government to Mr A. Eden, U.K. Secretary of State for Dominion Affairs", "genre": "Cablegram", "author": [L("Commonwealth Government")], "recipient": [N("Eden", "A.")], "issued": D((1940, 5, 2)), "archive": "FA", "archive_location": "A3196, 0.2631", "custom": LOC(series="A3196")}},
 {"text": "Lt Col W.R. Hodgson, Secretary of Department of External Affairs, to Mr A.T. Stirling, External Affairs Officer in London\n\nCablegram 51 22 August 1939,\n\n[AA: A981, GERMANY 72B, i]", "where": "https://wragge.github.io/dfat-documents-web/volumes/volume-2-1939/140-lt-col-w-r-hodgson-secretary-of-department-of-external-affairs-to-mr-a-t-stirling-external-affairs-officer-in-london/",
  "gold": {"type": "letter", "title": "Lt Col W.R. Hodgson, Secretary of Department of External Affairs, to Mr A.T. Stirling, External Affairs Officer in London", "genre": "Cablegram", "author": [N("Hodgson", "W.R.")], "recipient": [N("Stirling", "A.T.")], "issued": D((1939, 8, 22)), "archive": "AA", "archive_location": "A981, GERMANY 72B, i", "custom": LOC(series="A981")}},
 # volume contents lists: numbered heading in capitals, then the date line
 {"text": "1. MR R.G. CASEY, TREASURER, TO MR J.A. LYONS, PRIME MINISTER\n3 January 1939", "where": DF2,
  "gold": {"type": "letter", "title": "MR R.G. CASEY, TREASURER, TO MR J.A. LYONS, PRIME MINISTER", "author": [N("Casey", "R.G.")], "recipient": [N("Lyons", "J.A.")], "issued": D((1939, 1, 3))}},
 {"text": "3. MR J.S. DUNCAN, ACTING HIGH COMMISSIONER IN LONDON, TO MR J.A. LYONS, PRIME MINISTER\n6 January 1939", "where": DF2,
  "gold": {"type": "letter", "title": "MR J.S. DUNCAN, ACTING HIGH COMMISSIONER IN LONDON, TO MR J.A. LYONS, PRIME MINISTER", "author": [N("Duncan", "J.S.")], "recipient": [N("Lyons", "J.A.")], "issued": D((1939, 1, 6))}},
 {"text": "4. MR J.A. LYONS, PRIME MINISTER, TO MR M. MACDONALD, U.K. SECRETARY OF STATE FOR DOMINION AFFAIRS, AND TO MR M.J. SAVAGE, N.Z. PRIME MINISTER\n11 January 1939", "where": DF2,
  "gold": {"type": "letter", "title": "MR J.A. LYONS, PRIME MINISTER, TO MR M. MACDONALD, U.K. SECRETARY OF STATE FOR DOMINION AFFAIRS, AND TO MR M.J. SAVAGE, N.Z. PRIME MINISTER", "author": [N("Lyons", "J.A.")], "recipient": [N("MacDonald", "M."), N("Savage", "M.J.")], "issued": D((1939, 1, 11))}},
 {"text": "1. SIR GEORGE PEARCE, MINISTER FOR EXTERNAL AFFAIRS, TO MR J. A. LYONS, PRIME MINISTER\n26 January 1937", "where": DF1,
  "gold": {"type": "letter", "title": "SIR GEORGE PEARCE, MINISTER FOR EXTERNAL AFFAIRS, TO MR J. A. LYONS, PRIME MINISTER", "author": [N("Pearce", "George")], "recipient": [N("Lyons", "J. A.")], "issued": D((1937, 1, 26))}},
 {"text": "2. MR J. A. LYONS, PRIME MINISTER, TO MR S. M. BRUCE, HIGH COMMISSIONER IN LONDON\n2 February 1937", "where": DF1,
  "gold": {"type": "letter", "title": "MR J. A. LYONS, PRIME MINISTER, TO MR S. M. BRUCE, HIGH COMMISSIONER IN LONDON", "author": [N("Lyons", "J. A.")], "recipient": [N("Bruce", "S. M.")], "issued": D((1937, 2, 2))}},
 {"text": "3. MEMORANDUM PREPARED FOR DELEGATION TO IMPERIAL CONFERENCE\n9 February 1937", "where": DF1,
  "gold": {"type": "manuscript", "title": "MEMORANDUM PREPARED FOR DELEGATION TO IMPERIAL CONFERENCE", "issued": D((1937, 2, 9))}},
 {"text": "4. MEMORANDUM PREPARED FOR DELEGATION TO IMPERIAL CONFERENCE\nFebruary 1937", "where": DF1,
  "gold": {"type": "manuscript", "title": "MEMORANDUM PREPARED FOR DELEGATION TO IMPERIAL CONFERENCE", "issued": D((1937, 2))}},
 {"text": "2. MR S. M. BRUCE, HIGH COMMISSIONER IN LONDON, TO MR R. G. CASEY, MINISTER TO THE UNITED STATES\n1 July 1940", "where": DF4,
  "gold": {"type": "letter", "title": "MR S. M. BRUCE, HIGH COMMISSIONER IN LONDON, TO MR R. G. CASEY, MINISTER TO THE UNITED STATES", "author": [N("Bruce", "S. M.")], "recipient": [N("Casey", "R. G.")], "issued": D((1940, 7, 1))}},
 {"text": "4. MR P. FRASER, N.Z. PRIME MINISTER, 4 TO COMMONWEALTH GOVERNMENT\n3 July 1940", "where": DF4,
  "gold": {"type": "letter", "title": "MR P. FRASER, N.Z. PRIME MINISTER, 4 TO COMMONWEALTH GOVERNMENT", "author": [N("Fraser", "P.")], "recipient": [L("Commonwealth Government")], "issued": D((1940, 7, 3))}},
 # ---- Wilson Center Digital Archive search listings: the date line, then the document title
 {"text": "April 10, 1955\n\nMinutes of the Meeting between Zhang Yue and Sir John Addis", "where": WC1,
  "gold": {"type": "manuscript", "title": "Minutes of the Meeting between Zhang Yue and Sir John Addis", "issued": D((1955, 4, 10))}},
 {"text": "May 26, 1955\n\nMinutes of Conversation between Premier Zhou Enlai and British Charge d'Affaires Humphrey Trevelyan", "where": WC1,
  "gold": {"type": "manuscript", "title": "Minutes of Conversation between Premier Zhou Enlai and British Charge d'Affaires Humphrey Trevelyan", "issued": D((1955, 5, 26))}},
 {"text": "June 6, 1954\n\nTelegram, Zhou Enlai to Mao Zedong and Others, Regarding the Situation at the Thirteenth Plenary Session", "where": WC2,
  "gold": {"type": "letter", "title": "Telegram, Zhou Enlai to Mao Zedong and Others, Regarding the Situation at the Thirteenth Plenary Session", "author": [N("Zhou", "Enlai")], "recipient": [N("Mao", "Zedong")], "issued": D((1954, 6, 6))}},
 {"text": "June 22, 1954\n\nCable from Zhou Enlai, 'Premier’s Intentions and Plans to Visit India'", "where": WC2,
  "gold": {"type": "letter", "title": "Cable from Zhou Enlai, 'Premier’s Intentions and Plans to Visit India'", "author": [N("Zhou", "Enlai")], "issued": D((1954, 6, 22))}},
 {"text": "September 16, 1959\n\nG. Zhukov to the CPSU CC", "where": WC3,
  "gold": {"type": "letter", "title": "G. Zhukov to the CPSU CC", "author": [N("Zhukov", "G.")], "recipient": [L("CPSU CC")], "issued": D((1959, 9, 16))}},
 {"text": "March 1, 1958\n\nFrom the Journal of K.A. Krutikov, 'Record of a Conversation with GONG PUSHENG, Chief of the PRC MFA Department of International Organizations'", "where": WC3,
  "gold": {"type": "manuscript", "title": "From the Journal of K.A. Krutikov, 'Record of a Conversation with GONG PUSHENG, Chief of the PRC MFA Department of International Organizations'", "author": [N("Krutikov", "K.A.")], "issued": D((1958, 3, 1))}},
 {"text": "December 19, 1963\n\nRecord of the Third Conversation between Premier Zhou Enlai and President Nasser", "where": WC3,
  "gold": {"type": "manuscript", "title": "Record of the Third Conversation between Premier Zhou Enlai and President Nasser", "issued": D((1963, 12, 19))}},
 {"text": "April 5, 1955\n\nCable from the Chinese Foreign Ministry to Feng Xuan, 'Sino-American Contact regarding Students and Nationals'", "where": WC4,
  "gold": {"type": "letter", "title": "Cable from the Chinese Foreign Ministry to Feng Xuan, 'Sino-American Contact regarding Students and Nationals'", "author": [L("Chinese Foreign Ministry")], "recipient": [N("Feng", "Xuan")], "issued": D((1955, 4, 5))}},
 {"text": "August 10, 1955\n\nCable from the Chinese Foreign Ministry to Wang Bingnan, 'Talking Points for the Fifth Meeting'", "where": WC5,
  "gold": {"type": "letter", "title": "Cable from the Chinese Foreign Ministry to Wang Bingnan, 'Talking Points for the Fifth Meeting'", "author": [L("Chinese Foreign Ministry")], "recipient": [N("Wang", "Bingnan")], "issued": D((1955, 8, 10))}},
 {"text": "January 1, 1950\n\nMemorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950", "where": WC5,
  "gold": {"type": "manuscript", "title": "Memorandum, Conversation of Mao and USSR Ambassador to China N.V. Roshchin on 1 January 1950", "issued": D((1950, 1, 1))}},
 {"text": "October 5, 1966\n\nSummary of Zhou Enlai's Talk with Ion Gheorghe Maurer, Chairman of the Council of Ministers of Romania, in Beijing", "where": WC2,
  "gold": {"type": "manuscript", "title": "Summary of Zhou Enlai's Talk with Ion Gheorghe Maurer, Chairman of the Council of Ministers of Romania, in Beijing", "issued": D((1966, 10, 5))}},
 # ---- archival footnotes citing Russian archives (English transliteration)
 {"text": "179. RGASPI, f. 558, op. 11, d. 160, l. 1 (note to Dukelsky).", "where": KOT,
  "gold": {**ru("RGASPI", "558", "11", "160", "1"), "title": "note to Dukelsky", "recipient": F("Dukelsky")}},
 {"text": "139. State Defense Committee resolution dated 4 February 1942; RGASPI, f. 644, op. 2, d. 36, ll. 32–35.", "where": KHL,
  "gold": {**ru("RGASPI", "644", "2", "36", "32–35", "ll."), "title": "State Defense Committee resolution", "issued": D((1942, 2, 4))}},
 {"text": "141. APRF, f. 3, op. 52, d. 251, l. 93.", "where": KHL, "gold": ru("APRF", "3", "52", "251", "93")},
 {"text": "144. RGASPI, f. 17, op. 163, d. 1420, l. 136.", "where": KHL, "gold": ru("RGASPI", "17", "163", "1420", "136")},
 {"text": "115. RGASPI F.558, Op.1, D.5754, Ll.98–100.", "where": SL3, "gold": ru("RGASPI", "558", "1", "5754", "98–100", "ll.")},
 {"text": "138. RGASPI, F.558, Op.3, D.311.", "where": SL3, "gold": ru("RGASPI", "558", "3", "311")},
 {"text": "Presidential Archive of the Russian Federation, f. 3, op. 3, d. 65, l. 25-26", "where": "https://euraknot.org/2007/09/27/",
  "gold": ru("Presidential Archive of the Russian Federation", "3", "3", "65", "25–26", "ll.")},
 {"text": "GARF. F.R-9478. Op.1. D 2. L.3-4.", "where": HA, "gold": ru("GARF", "R-9478", "1", "2", "3–4", "ll.")},
 {"text": "NARCH. F.1. Op.1. D.748. L.15.", "where": HA, "gold": ru("NARCH", "1", "1", "748", "15")},
 # ---- The National Archives (UK) release lists: reference, covering dates, description
 {"text": "PREM 11/1565 1955-56 Royal Family (HRH Princess Margaret)", "where": T04,
  "gold": {"type": "manuscript", "title": "Royal Family (HRH Princess Margaret)", "issued": D((1955,), (1956,)), "archive_location": "PREM 11/1565", "custom": LOC(series="PREM 11", file="1565")}},
 {"text": "IR 40/12833 1924-53 Rt Hon W S Churchill:", "where": T04,
  "gold": {"type": "manuscript", "title": "Rt Hon W S Churchill", "issued": D((1924,), (1953,)), "archive_location": "IR 40/12833", "custom": LOC(series="IR 40", file="12833")}},
 {"text": "FCO 73/132 1970 Kissinger on Vietnam War negotiations", "where": T04J,
  "gold": {"type": "manuscript", "title": "Kissinger on Vietnam War negotiations", "issued": D((1970,)), "archive_location": "FCO 73/132", "custom": LOC(series="FCO 73", file="132")}},
 {"text": "FCO 73/140 1971 Bermuda Summit Talks on UK/United States relations", "where": T04J,
  "gold": {"type": "manuscript", "title": "Bermuda Summit Talks on UK/United States relations", "issued": D((1971,)), "archive_location": "FCO 73/140", "custom": LOC(series="FCO 73", file="140")}},
 # ---- Churchill Archive catalogue (reference, description, date)
 {"text": "CHAR 20/95A/4 Letter from WSC to Sir Richard Acland [Independent MP for Barnstaple, Devon] marked \"Private\" thanking him for his letter but excusing himself from discussing the political situation as it would not prove to be productive. Signed. Annotated for George Harvie Watt [Prime Minister's Parliamentary Private Secretary] to see. 26 Mar 1943", "where": CHU,
  "gold": {"type": "letter", "title": "Letter from WSC to Sir Richard Acland [Independent MP for Barnstaple, Devon]", "author": [L("WSC")], "recipient": [N("Acland", "Richard")], "issued": D((1943, 3, 26)), "archive_location": "CHAR 20/95A/4", "custom": LOC(series="CHAR 20", file="95A/4")}},
 {"text": "CHAR 20/95A/5-6 Draft letter from WSC to Sir Richard Acland [Independent MP for Barnstaple, Devon] stating: that he did not believe that there would be any point in their meeting; that he did not think that the results of a few by elections was significant and that a future general election would return different allegiances and stating that after the war he would work hard to remove the black fish from his pool which have done very well considering they only get what they can find on their own. Annotated. Mar 1943", "where": CHU,
  "gold": {"type": "letter", "title": "Draft letter from WSC to Sir Richard Acland [Independent MP for Barnstaple, Devon]", "author": [L("WSC")], "recipient": [N("Acland", "Richard")], "issued": D((1943, 3)), "archive_location": "CHAR 20/95A/5-6", "custom": LOC(series="CHAR 20", file="95A/5-6")}},
]

# ---- second part of the gathering: FRUS 1955-57 vol. XXIV listing, more old-style telegram
# headings, a National Archives blog caption, Wilson Center listings (also a page that lists
# their titles with the date before them on one line)
F55 = "https://history.state.gov./historicaldocuments/frus1955-57v24/ch1?start=31"
WC7 = ("https://wilson-center.drivingcreative.com/search?f%5B0%5D=languages%3A3952&f%5B1%5D=places%3A"
       "85925&f%5B2%5D=places%3A85948&fo%5B0%5D=85925&fo%5B1%5D=3952&fo%5B2%5D=85948")
RD = ("https://religiondocbox.com/amp/91866765-Christianity/The-soviet-british-correspondence-in-regard"
      "-to-romanian-political-crisis-january-march-1945.html")
BATCH6 += [
 {"text": "123 Kirk, Alan G.: Telegram\n\nThe Secretary of State to the Embassy in the Soviet Union", "where": "https://www.history.state.gov/historicaldocuments/frus1949v05/d367",
  "gold": {"type": "letter", "title": "The Secretary of State to the Embassy in the Soviet Union", "genre": "Telegram", "recipient": [L("Embassy in the Soviet Union")], "archive_location": "123 Kirk, Alan G.", "custom": LOC(file="123 Kirk, Alan G.")}},
 {"text": "840.50/3713: Telegram\n\nThe Ambassador in the Soviet Union ( Harriman ) to the Secretary of State", "where": "https://history.state.gov/historicaldocuments/frus1944v02/d27",
  "gold": {"type": "letter", "title": "The Ambassador in the Soviet Union (Harriman) to the Secretary of State", "genre": "Telegram", "author": F("Harriman"), "archive_location": "840.50/3713", "custom": LOC(file="840.50/3713")}},
 {"text": "500.CC/10–644: Telegram\n\nThe Secretary of State to the Ambassador in the Soviet Union (Harriman)", "where": "https://history.state.gov/historicaldocuments/frus1944v01/d500",
  "gold": {"type": "letter", "title": "The Secretary of State to the Ambassador in the Soviet Union (Harriman)", "genre": "Telegram", "recipient": F("Harriman"), "archive_location": "500.CC/10–644", "custom": LOC(file="500.CC/10–644")}},
 {"text": "500.CC/10–744: Telegram\n\nThe Ambassador in the United Kingdom ( Winant ) to the Secretary of State", "where": "https://history.state.gov/historicaldocuments/frus1944v01/d505",
  "gold": {"type": "letter", "title": "The Ambassador in the United Kingdom (Winant) to the Secretary of State", "genre": "Telegram", "author": F("Winant"), "archive_location": "500.CC/10–744", "custom": LOC(file="500.CC/10–744")}},
 {"text": "Source: Memorandum of Conversation by Secretary of State John Foster Dulles, January 5, 1954, file: 600.0012/1-554, 1950-54 Central Decimal File, RG 59: General Records of the Department of State.", "where": "https://text-message.blogs.archives.gov/2013/08/19/why-working-at-the-national-archives-is-so-interesting/",
  "gold": {"type": "manuscript", "title": "Memorandum of Conversation by Secretary of State John Foster Dulles", "author": [N("Dulles", "John Foster")], "issued": D((1954, 1, 5)), "archive_location": "file: 600.0012/1-554, 1950-54 Central Decimal File, RG 59: General Records of the Department of State", "custom": LOC(record_group="59", file="600.0012/1-554")}},
 {"text": "September 28, 1961\n\nLetter from Khrushchev to Ulbricht Regarding the Situation in Berlin", "where": WC7,
  "gold": {"type": "letter", "title": "Letter from Khrushchev to Ulbricht Regarding the Situation in Berlin", "author": F("Khrushchev"), "recipient": F("Ulbricht"), "issued": D((1961, 9, 28))}},
 {"text": "September 15, 1961\n\nLetter from Ulbricht to Khrushchev on Closing the Border Around West Berlin", "where": WC7,
  "gold": {"type": "letter", "title": "Letter from Ulbricht to Khrushchev on Closing the Border Around West Berlin", "author": F("Ulbricht"), "recipient": F("Khrushchev"), "issued": D((1961, 9, 15))}},
 {"text": "November 9, 1989\n\nConversation between Chancellor Helmut Kohl and Solidarity Leader Lech Walesa", "where": WC7,
  "gold": {"type": "manuscript", "title": "Conversation between Chancellor Helmut Kohl and Solidarity Leader Lech Walesa", "issued": D((1989, 11, 9))}},
 {"text": "August 3, 1961\n\nKhrushchev's Speech at the Opening of the Meeting of Moscow Conference, 3-5 August 1961", "where": WC7,
  "gold": {"type": "manuscript", "title": "Khrushchev's Speech at the Opening of the Meeting of Moscow Conference, 3-5 August 1961", "issued": D((1961, 8, 3))}},
 {"text": "December 6, 1973\n\nAgreement on Cooperation between the Stasi and the KGB, 6 December 1973", "where": WC7,
  "gold": {"type": "manuscript", "title": "Agreement on Cooperation between the Stasi and the KGB, 6 December 1973", "issued": D((1973, 12, 6))}},
 {"text": "October 09, 1944 Record of Meeting at the Kremlin, Moscow, 9 October 1944, at 10 p.m.", "where": RD,
  "gold": {"type": "manuscript", "title": "Record of Meeting at the Kremlin, Moscow, 9 October 1944, at 10 p.m.", "issued": D((1944, 10, 9))}},
 {"text": "February 04, 1977 Letter, Secretary Brezhnev to President Carter", "where": RD,
  "gold": {"type": "letter", "title": "Letter, Secretary Brezhnev to President Carter", "author": F("Brezhnev"), "recipient": F("Carter"), "issued": D((1977, 2, 4))}},
 {"text": "Record of Conversation between Aleksandr Yakovlev and Zbigniew Brzezinski, October 31, 1989", "where": RD,
  "gold": {"type": "manuscript", "title": "Record of Conversation between Aleksandr Yakovlev and Zbigniew Brzezinski", "issued": D((1989, 10, 31))}},
 {"text": "August 21, 1961 Information on the Meeting with Comrade Zhou Enlai", "where": RD,
  "gold": {"type": "manuscript", "title": "Information on the Meeting with Comrade Zhou Enlai", "issued": D((1961, 8, 21))}},
]

# ---- third part: FRUS 1964-68 vol. XXXIII and 1969-76 vol. II listings, and a document page of
# the old state.gov site (dateline and the source note as footnote /1/)
V33A = "https://history.state.gov/historicaldocuments/frus1964-68v33/ch1?start=31"
V33B = "https://history.state.gov./historicaldocuments/frus1964-68v33/ch1?start=61"
V2C3 = "http://history.state.gov/historicaldocuments/frus1969-76v02/ch3"
AF24 = ("http://nasser.bibalex.org/Data/USDocWeb/HTML/XXIV,%20Africa%201964-68/www.state.gov/www/"
        "about_state/history/vol_xxiv/r.html")
JFK, LOC_, WNRC_ = "Kennedy Library", "Library of Congress", "Washington National Records Center"
BATCH6 += [
 {"text": "31. Memorandum for the Record\n\nSource: Central Intelligence Agency, DCI (McCone) Files, Memos for Record, Job 80–B01285A.", "where": V33A,
  "gold": {"type": "manuscript", "title": "Memorandum for the Record", "archive": "Central Intelligence Agency", "archive_location": "DCI (McCone) Files, Memos for Record, Job 80–B01285A"}},
 {"text": "32. Memorandum From the Deputy Under Secretary of State for Administration (Crockett) to the President’s Special Assistant (Busby)\n\nSource: Kennedy Library, Crockett Papers, MS 74–28, WJC Book. No classification marking.", "where": V33A,
  "gold": {"type": "manuscript", "title": "Memorandum From the Deputy Under Secretary of State for Administration (Crockett) to the President’s Special Assistant (Busby)", "author": F("Crockett"), "recipient": F("Busby"), "archive": JFK, "archive_location": "Crockett Papers, MS 74–28, WJC Book"}},
 {"text": "34. Information Memorandum From the Deputy Under Secretary of State for Administration (Crockett) to Secretary of State Rusk\n\nSource: Kennedy Library, Crockett Papers, MS 75–45, ORG 8. No classification marking.", "where": V33A,
  "gold": {"type": "manuscript", "title": "Information Memorandum From the Deputy Under Secretary of State for Administration (Crockett) to Secretary of State Rusk", "author": F("Crockett"), "recipient": F("Rusk"), "archive": JFK, "archive_location": "Crockett Papers, MS 75–45, ORG 8"}},
 {"text": "61. Telephone Conversation Between President Johnson and Secretary of State Rusk\nSource: Johnson Library, Recordings and Transcripts, Recording of a Telephone Conversation between the President and Rusk, Tape 66.12, Side A, PNO 4–5. No classification marking.", "where": V33B,
  "gold": {"type": "manuscript", "title": "Telephone Conversation Between President Johnson and Secretary of State Rusk", "archive": "Johnson Library", "archive_location": "Recordings and Transcripts, Recording of a Telephone Conversation between the President and Rusk, Tape 66.12, Side A, PNO 4–5"}},
 {"text": "62. Memorandum From the Chairman of the Policy Planning Council (Rostow) and the Deputy Under Secretary of State for Administration (Crockett) to Secretary of State Rusk\nSource: Kennedy Library, Crockett Papers, MS 75–45, Foreign Affairs Planning System 1966. No classification marking.", "where": V33B,
  "gold": {"type": "manuscript", "title": "Memorandum From the Chairman of the Policy Planning Council (Rostow) and the Deputy Under Secretary of State for Administration (Crockett) to Secretary of State Rusk", "author": F("Rostow", "Crockett"), "recipient": F("Rusk"), "archive": JFK, "archive_location": "Crockett Papers, MS 75–45, Foreign Affairs Planning System 1966"}},
 {"text": "292. Memorandum From the Counselor-Designate (Pedersen) to Secretary of State-Designate Rogers\n\nSource: National Archives, RG 59, Central Files 1967–69, ORG 8. Confidential.", "where": V2C3,
  "gold": {"type": "manuscript", "title": "Memorandum From the Counselor-Designate (Pedersen) to Secretary of State-Designate Rogers", "author": F("Pedersen"), "recipient": F("Rogers"), "archive": NA, "archive_location": "RG 59, Central Files 1967–69, ORG 8", "custom": LOC(record_group="59", series="Central Files 1967–69", file="ORG 8")}},
 {"text": "293. Memorandum From President-Elect Nixon to Secretary of State-Designate Rogers\n\nSource: National Archives, RG 59, Executive Secretariat, Secretary Rogers Files: Lot 73 D 443, Personal Papers of William P. Rogers. No classification marking.", "where": V2C3,
  "gold": {"type": "manuscript", "title": "Memorandum From President-Elect Nixon to Secretary of State-Designate Rogers", "author": F("Nixon"), "recipient": F("Rogers"), "archive": NA, "archive_location": "RG 59, Executive Secretariat, Secretary Rogers Files: Lot 73 D 443, Personal Papers of William P. Rogers", "custom": LOC(record_group="59")}},
 {"text": "295. Memorandum From the Under Secretary of State (Katzenbach) to Secretary of State-Designate Rogers and the Under Secretary of State-Designate (Richardson)\n\nSource: National Archives, RG 59, Central Files 1967–69, ORG 8. No classification marking.", "where": V2C3,
  "gold": {"type": "manuscript", "title": "Memorandum From the Under Secretary of State (Katzenbach) to Secretary of State-Designate Rogers and the Under Secretary of State-Designate (Richardson)", "author": F("Katzenbach"), "recipient": F("Rogers", "Richardson"), "archive": NA, "archive_location": "RG 59, Central Files 1967–69, ORG 8", "custom": LOC(record_group="59", series="Central Files 1967–69", file="ORG 8")}},
 {"text": "296. Memorandum From President Nixon to his Counsel (Ehrlichman)\n\nSource: National Archives, Nixon Presidential Materials, White House Central Files, Subject Files, Box 9, EX FO 2. No classification marking.", "where": V2C3,
  "gold": {"type": "manuscript", "title": "Memorandum From President Nixon to his Counsel (Ehrlichman)", "author": F("Nixon"), "recipient": F("Ehrlichman"), "archive": NA, "archive_location": "Nixon Presidential Materials, White House Central Files, Subject Files, Box 9, EX FO 2", "custom": LOC(box="9")}},
 {"text": "299. Notes of Telephone Conversation Between the Under Secretary of State (Richardson) and Representative Louis Wyman\n\nSource: Library of Congress, Manuscript Division, Richardson Papers, Box 104, Telcons. No classification marking.", "where": V2C3,
  "gold": {"type": "manuscript", "title": "Notes of Telephone Conversation Between the Under Secretary of State (Richardson) and Representative Louis Wyman", "archive": LOC_, "archive_location": "Manuscript Division, Richardson Papers, Box 104, Telcons", "custom": LOC(box="104")}},
 {"text": "181. Memorandum From William H. Brubeck of the National Security Council Staff to President Johnson/1/\n\nWashington, January 29, 1964.\n\n/1/Source: Johnson Library, National Security File, Country File, Africa, East, Vol. I, 1/64-4/64. No classification marking.", "where": AF24,
  "gold": {"type": "manuscript", "title": "Memorandum From William H. Brubeck of the National Security Council Staff to President Johnson", "issued": D((1964, 1, 29)), "author": [N("Brubeck", "William H.")], "recipient": F("Johnson"), "archive": "Johnson Library", "archive_location": "National Security File, Country File, Africa, East, Vol. I, 1/64-4/64"}},
]
