# -*- coding: utf-8 -*-
# Hand-checked footnote gold. Helpers keep records compact; every value below was read off the note text.
def P(given, family): return {"given": given, "family": family}
def F(family): return {"family": family}
def L(lit): return {"literal": lit}
def Y(*dp): return {"date-parts": [list(dp)]}
def C(gold, locator=None, label=None):
    if locator is not None and label is None: label = "page"
    return {"gold": gold, "locator": locator, "label": label}
def C_locating_ranges(gold, locator=None, label=None):
    """C, keeping the set's convention: an article's page range cited with no other pinpoint is the locator."""
    if locator is None and "–" in gold.get("page", ""):
        return C({k: v for k, v in gold.items() if k != "page"}, gold["page"], "page")
    return C(gold, locator, label)
def book(title, author=None, editor=None, publisher=None, place=None, year=None, **kw):
    g = {"type": "book", "title": title}
    if author: g["author"] = author
    if editor: g["editor"] = editor
    if publisher: g["publisher"] = publisher
    if place: g["publisher-place"] = place
    if year: g["issued"] = year if isinstance(year, dict) else Y(year)
    g.update(kw); return g
def short(author=None, title=None):
    g = {}
    if author: g["author"] = author
    if title: g["title"] = title
    return g

JR = "http://janrainwater.com/htdocs/coldnoteA.htm"
NA = "http://nonaspettare.com/courier-new-essay.html"
GA = "http://globalauthorid.com/WebPortal/ArticleView?wd=03E459076164F53E86DF587CF7D75EBBC293E551B68ED042F9269119CB7A2408"
FE = "https://bookreadfree.com/434808/10685405"
TR1 = "https://trantor.is/content/EAO7opmKc742avMZ/text/9780062749543_References.xhtml"
TR2 = "https://trantor.is/content/ymptlu8IGt6eIbz7/v3/31-chap92.xhtml"
AL = "https://theallfreenovel.com/62572/101/alone_1932-1940.amp"
PPW = "https://en.wikisource.org/wiki/Page:Pentagon-Papers-Part_IV._A._5.djvu/170"
BG = "http://berliner-gesellschaft.org/3_23_2.html"
CA = "https://shs.cairn.info/article/RFSP_HS1_0075?lang=fr&ID_ARTICLE=RFSP_HS1_0075"
IT = "https://studylibit.com/doc/7240076/l-esistenza-come-autonarrazione"
RU = "https://booksonline.com.ua/view.php?book=181727&page=145"

NOTES = [
# --- janrainwater.com, "Notes and Sources, Origins of the Cold War, Part One" (English, American book style without parentheses)
(JR, "1. Beatrice Farnsworth,  William C. Bullitt and the Soviet Union,  Bloomington: Indiana University Press, 1967, pp. 32-70.",
 [C(book("William C. Bullitt and the Soviet Union", [P("Beatrice","Farnsworth")], publisher="Indiana University Press", place="Bloomington", year=1967), "32–70")]),
(JR, "3. Richard Lamb,  The Drift toward War: 1922-1939,  New York: St. Martin's Press, 1991., pp.262-273.",
 [C(book("The Drift toward War: 1922-1939", [P("Richard","Lamb")], publisher="St. Martin's Press", place="New York", year=1991), "262–273")]),
(JR, "4. William Stevenson,  A Man Called Intrepid: The Secret War,  New York: Harcourt Brace Jovanovich, 1978, p. 82.",
 [C(book("A Man Called Intrepid: The Secret War", [P("William","Stevenson")], publisher="Harcourt Brace Jovanovich", place="New York", year=1978), "82")]),
(JR, "5. Anthony Cave Brown,  \"C\": The Secret Life of Sir Stewart Menzies, Spymaster to Winston Churchill,  New York: Macmillan,1987, pp. 190-191.",
 [C(book("\"C\": The Secret Life of Sir Stewart Menzies, Spymaster to Winston Churchill", [P("Anthony","Cave Brown")], publisher="Macmillan", place="New York", year=1987), "190–191")]),
(JR, "6. Robert Shogan,  Hard Bargain: How FDR Twisted Churchill's Arm, Evaded the Law, and Changed the Role of the American President,  New York: Scribner, 1995, p. 48.",
 [C(book("Hard Bargain: How FDR Twisted Churchill's Arm, Evaded the Law, and Changed the Role of the American President", [P("Robert","Shogan")], publisher="Scribner", place="New York", year=1995), "48")]),
(JR, "7. Thomas A. Bailey and Paul B. Ryan,  Hitler vs. Roosevelt: The Undeclared Naval War,  New York: Free Press, 1979, pp. 16-17.",
 [C(book("Hitler vs. Roosevelt: The Undeclared Naval War", [P("Thomas A.","Bailey"), P("Paul B.","Ryan")], publisher="Free Press", place="New York", year=1979), "16–17")]),
(JR, "8-1. Stevenson, p.45;  Richard J. Barnet,  The Rockets' Red Glare: When America Goes to War: The President and the People ,  New York: Simon and Schuster, 1990, pp. 197-198.",
 [C(short([F("Stevenson")]), "45"),
  C(book("The Rockets' Red Glare: When America Goes to War: The President and the People", [P("Richard J.","Barnet")], publisher="Simon and Schuster", place="New York", year=1990), "197–198")]),
(JR, "9. Stevenson, p. 59.", [C(short([F("Stevenson")]), "59")]),
(JR, "10. Bailey and Ryan, p. 66.", [C(short([F("Bailey"), F("Ryan")]), "66")]),
(JR, "11. Bailey and Ryan, p. 77.", [C(short([F("Bailey"), F("Ryan")]), "77")]),
(JR, "12. Documents forged by Hitler's spymaster, Reinhard Heydrich, caused Stalin to believe that these men were German agents. As a consequence, more than half of the Soviet officers--- 35,000 men--- all the top admirals, three out of four marshals were eliminated. Stevenson, p. 34.",
 [C(short([F("Stevenson")]), "34")]),
# --- nonaspettare.com essay notes (English, Chicago style)
(NA, "H. R. Haldeman, The Ends of Power (New York: Times Books, 1978), p. 122.",
 [C(book("The Ends of Power", [P("H. R.","Haldeman")], publisher="Times Books", place="New York", year=1978), "122")]),
(NA, "Ann Finkbeiner, The Jasons: The Secret History of Science’s Postwar Elite (New York: Penguin, 2007), p. 72; Paul Dickson, The Electronic Battlefield (Bloomington: Indiana University Press, 1976), p. 41; Eric Prokosch, The Technology of Killing: A Military and Political History of Antipersonnel Weapons (London: Zed Books, 1995), pp. 109, 110; and Gregg Herken, Cardinal Choices: Presidential Science Advising From the Atomic Bomb to SDI (Palo Alto: Stanford University Press, 2000), p. 154.",
 [C(book("The Jasons: The Secret History of Science’s Postwar Elite", [P("Ann","Finkbeiner")], publisher="Penguin", place="New York", year=2007), "72"),
  C(book("The Electronic Battlefield", [P("Paul","Dickson")], publisher="Indiana University Press", place="Bloomington", year=1976), "41"),
  C(book("The Technology of Killing: A Military and Political History of Antipersonnel Weapons", [P("Eric","Prokosch")], publisher="Zed Books", place="London", year=1995), "109, 110"),
  C(book("Cardinal Choices: Presidential Science Advising From the Atomic Bomb to SDI", [P("Gregg","Herken")], publisher="Stanford University Press", place="Palo Alto", year=2000), "154")]),
(NA, "“5,000 Scholars Ask A Neutral Vietnam,” New York Times, July 11, 1984.",
 [C({"type": "article-newspaper", "title": "5,000 Scholars Ask A Neutral Vietnam", "container-title": "New York Times", "issued": Y(1984,7,11)})]),
(NA, "The Pentagon Papers, Vol. 1, Ch. 5, “Origins of the Insurgency in South Vietnam, 1954-1960,” p. 299; Jean Lacouture, Vietnam: Between Two Truces (New York: Random House, 1966), p. 79; and Edward Miller, Misalliance: Ngo Dinh Diem, the United States, and the Fate of South Vietnam (Harvard University Press, 2013). On “personalism,” see Jessica M. Chapman, Cauldron of Resistance: Ngo Dinh Diem, the United States, and 1950s Southern Vietnam (Ithaca Cornell University Press, 2013), p. 121.",
 [C({"type": "chapter", "title": "Origins of the Insurgency in South Vietnam, 1954-1960", "container-title": "The Pentagon Papers", "volume": "1", "chapter-number": "5"}, "299"),
  C(book("Vietnam: Between Two Truces", [P("Jean","Lacouture")], publisher="Random House", place="New York", year=1966), "79"),
  C(book("Misalliance: Ngo Dinh Diem, the United States, and the Fate of South Vietnam", [P("Edward","Miller")], publisher="Harvard University Press", year=2013)),
  C(book("Cauldron of Resistance: Ngo Dinh Diem, the United States, and 1950s Southern Vietnam", [P("Jessica M.","Chapman")], publisher="Cornell University Press", place="Ithaca", year=2013), "121")]),
# --- globalauthorid.com (English, author (year) Title, Publisher)
(GA, "1. Ben Pimlott, ed. (1986) The Political Diary of Hugh Dalton 1918–1940, Cape, entry for 26 November 1935.",
 [C(book("The Political Diary of Hugh Dalton 1918–1940", editor=[P("Ben","Pimlott")], publisher="Cape", year=1986))]),
(GA, "2. Cecil King (1970) With Malice Toward None: A War Diary, Sidgwick and Jackson, p. 82, entry for 12 October 1940.",
 [C(book("With Malice Toward None: A War Diary", [P("Cecil","King")], publisher="Sidgwick and Jackson", year=1970), "82")]),
(GA, "3. Kenneth Harris (1982) Attlee, Weidenfeld and Nicolson, p. 252.",
 [C(book("Attlee", [P("Kenneth","Harris")], publisher="Weidenfeld and Nicolson", year=1982), "252")]),
(GA, "4. Margaret Morris (1976) The General Strike, Penguin, p. 282.",
 [C(book("The General Strike", [P("Margaret","Morris")], publisher="Penguin", year=1976), "282")]),
(GA, "5. Correlli Barnett (1995) The Lost Victory, Macmillan, p. 11.",
 [C(book("The Lost Victory", [P("Correlli","Barnett")], publisher="Macmillan", year=1995), "11")]),
# --- Lara Feigel, The Love-Charm of Bombs, notes (English, keyword-led notes)
(FE, "‘By moonlight’: William Sansom, The Blitz: Westminster at War (London: Faber, 2010), p. 49.",
 [C(book("The Blitz: Westminster at War", [P("William","Sansom")], publisher="Faber", place="London", year=2010), "49")]),
(FE, "‘imaginary but nevertheless’: John Lehmann, I Am My Brother (London: Longmans, 1960), pp. 169–73.",
 [C(book("I Am My Brother", [P("John","Lehmann")], publisher="Longmans", place="London", year=1960), "169–73")]),
(FE, "‘if necessary for years’: Winston Churchill, speech, 18 June 1940, War Speeches, 1939–45, compiled by Charles Eade (London: Cassell & Co, 1951–2).",
 [C(book("War Speeches, 1939–45", [P("Winston","Churchill")], editor=[P("Charles","Eade")], publisher="Cassell & Co", place="London", year={"date-parts": [[1951], [1952]]}))]),
(FE, "‘German parachutists’: see Juliet Gardiner, Wartime: Britain 1939–1945 (London: Headline, 2005), p. 222.",
 [C(book("Wartime: Britain 1939–1945", [P("Juliet","Gardiner")], publisher="Headline", place="London", year=2005), "222")]),
(FE, "‘1333 people’: see Richard Overy, The Battle of Britain: Myth and Reality (London: Penguin, 2010), p. 83.",
 [C(book("The Battle of Britain: Myth and Reality", [P("Richard","Overy")], publisher="Penguin", place="London", year=2010), "83")]),
(FE, "‘There are two corrections’: J. B. Priestley, broadcast, 9 July 1940, Britain Speaks (New York: Harper & Brothers, 1940).",
 [C(book("Britain Speaks", [P("J. B.","Priestley")], publisher="Harper & Brothers", place="New York", year=1940))]),
(FE, "‘Why doesn’t he come?’: in William Shirer, The Rise and Fall of the Third Reich (London: The Folio Society, 1995), vol. 3, p. 170.",
 [C(book("The Rise and Fall of the Third Reich", [P("William","Shirer")], publisher="The Folio Society", place="London", year=1995, volume="3"), "170")]),
(FE, "‘the Führer has decided’: in Juliet Gardiner, The Blitz: The British Under Attack (London: HarperCollins 2011), p. 7.",
 [C(book("The Blitz: The British Under Attack", [P("Juliet","Gardiner")], publisher="HarperCollins", place="London", year=2011), "7")]),
(FE, "‘when the western skies’: William Sansom, The Blitz: Westminster at War (London: Faber, 2010), p. 27.",
 [C(book("The Blitz: Westminster at War", [P("William","Sansom")], publisher="Faber", place="London", year=2010), "27")]),
# --- trantor.is references of a book on May 1940 (English, page-keyed notes, publisher before place)
(TR1, "p. 3: heart-broken and shrivelled: R. R. James (ed.), Chips: The Diaries of Sir Henry Channon (Weidenfeld & Nicolson, London, 1993), p. 245.",
 [C(book("Chips: The Diaries of Sir Henry Channon", editor=[P("R. R.","James")], publisher="Weidenfeld & Nicolson", place="London", year=1993), "245")]),
(TR1, "p. 5: The P.M. is very depressed . . . ever since: John Colville, The Fringes of Power: Downing Street Diaries 1939–1955 (Hodder and Stoughton, London, 1985), 6 May 1940, p. 91.",
 [C(book("The Fringes of Power: Downing Street Diaries 1939–1955", [P("John","Colville")], publisher="Hodder and Stoughton", place="London", year=1985), "91")]),
(TR1, "p. 6: all talking about . . . the leadership: Colville, Fringes of Power, p. 93: Sir Samuel Hoare (Minister for Air), Sir John Simon (Chancellor), Sir Kingsley Wood (Lord Privy Seal).",
 [C(short([F("Colville")], "Fringes of Power"), "93")]),
(TR1, "p. 7: jumped up ‘ . . . in the Lobby’: Hugh Dalton, The Fateful Years: Memoirs 1931–1945 (Frederick Muller, London, 1937), p. 305.",
 [C(book("The Fateful Years: Memoirs 1931–1945", [P("Hugh","Dalton")], publisher="Frederick Muller", place="London", year=1937), "305")]),
# --- trantor.is notes to a history of the United States (English, magazines by volume/issue, publisher without place)
(TR2, "591 [Carters retreat]: Newsweek, vol. 94, no. 3 (July 16, 1979), pp. 19-21; ibid., vol. 24, no. 4 (July 23, 1979), pp. 21-26; Jimmy Carter, Keeping Faith (Bantam, 1982), pp. 114-20; Godfrey Hodgson, All Things to All Men: The False Promise of the Modern American Presidency (Simon and Schuster, 1980), pp. 162-63 and passim; Betty Glad, Jimmy Carter: In Search of the Great White House (Norton, 1980), pp. 444-46.",
 [C({"type": "periodical", "title": "Newsweek", "volume": "94", "issue": "3", "issued": Y(1979,7,16)}, "19–21"),
  C({"type": "periodical", "title": "Newsweek", "volume": "24", "issue": "4", "issued": Y(1979,7,23)}, "21–26"),
  C(book("Keeping Faith", [P("Jimmy","Carter")], publisher="Bantam", year=1982), "114–20"),
  C(book("All Things to All Men: The False Promise of the Modern American Presidency", [P("Godfrey","Hodgson")], publisher="Simon and Schuster", year=1980), "162–63"),
  C(book("Jimmy Carter: In Search of the Great White House", [P("Betty","Glad")], publisher="Norton", year=1980), "444–46")]),
(TR2, "[Carters address]: ibid.; see also Jeffrey K. Tulis, The Rhetorical Presidency (Princeton University Press, 1987), pp. 3, 136, 141.",
 [C(book("The Rhetorical Presidency", [P("Jeffrey K.","Tulis")], publisher="Princeton University Press", year=1987), "3, 136, 141")]),
(TR2, "592 [Carters firings and public response]. Newsweek, vol. 94, no. 5 (July 30, 1979), pp. 22-28, anecdote of the king told at p. 27.",
 [C({"type": "periodical", "title": "Newsweek", "volume": "94", "issue": "5", "issued": Y(1979,7,30)}, "22–28")]),
(TR2, "594 [Census family statistics]: U.S. Bureau of the Census, Statistical Abstract of the United States: 1987 (U.S. Government Printing Office, 1986), p. 45 (Table 61).",
 [C({"type": "report", "title": "Statistical Abstract of the United States: 1987", "author": [L("U.S. Bureau of the Census")], "publisher": "U.S. Government Printing Office", "issued": Y(1986)}, "45")]),
(TR2, "[Numbers of religious bodies and membership]: ibid., pp. 51-52 (Table 74); Leo Rosten, ed., Religions in America (Simon and Schuster, 1963), esp. pp. 220-48, 318-24.",
 [C(book("Religions in America", editor=[P("Leo","Rosten")], publisher="Simon and Schuster", year=1963), "220–48, 318–24")]),
(TR2, "595 [Church attendance, 1940s-1970s]: Hadley Cantril, ed., Public Opinion 1935-1946 (Princeton University Press, 1951), pp. 699-701 (early polling data may be only approximations); Theodore Caplow et al., All Faithful People: Change and Continuity in Middletowns Religion (University of Minnesota Press, 1983), p. 27.",
 [C(book("Public Opinion 1935-1946", editor=[P("Hadley","Cantril")], publisher="Princeton University Press", year=1951), "699–701"),
  C(book("All Faithful People: Change and Continuity in Middletowns Religion", [P("Theodore","Caplow")], publisher="University of Minnesota Press", year=1983), "27")]),
(TR2, "[Declining membership ofmainlineProtestant churches]: Newsweek, vol. 108, no. 25 (December 22, 1986), pp. 54-56.",
 [C({"type": "periodical", "title": "Newsweek", "volume": "108", "issue": "25", "issued": Y(1986,12,22)}, "54–56")]),
# --- William Manchester, The Last Lion: Alone, notes (English, place-only imprints, many short forms)
(AL, "102. Hugh Dalton, Memoirs, 1931–1945: The Fateful Years (London, 1957), 97–104.",
 [C(book("Memoirs, 1931–1945: The Fateful Years", [P("Hugh","Dalton")], place="London", year=1957), "97–104")]),
(AL, "103. Peter Stansky and William Abrahams, Journey to the Frontier. Julian Bell and John Cornford: Their Lives and the 1930s (London, 1966), 315–316, 387, 390.",
 [C(book("Journey to the Frontier. Julian Bell and John Cornford: Their Lives and the 1930s", [P("Peter","Stansky"), P("William","Abrahams")], place="London", year=1966), "315–316, 387, 390")]),
(AL, "105. Telford Taylor, 538; Nicolson, I, 270; Avon, 453.",
 [C(short([P("Telford","Taylor")]), "538"), C({"author": [F("Nicolson")], "volume": "I"}, "270"), C(short([F("Avon")]), "453")]),
(AL, "107. Telford Taylor, 286.", [C(short([P("Telford","Taylor")]), "286")]),
(AL, "108. Churchill, Storm, 214; Evening Standard 8/10/36.",
 [C(short([F("Churchill")], "Storm"), "214"),
  C({"type": "article-newspaper", "container-title": "Evening Standard", "issued": Y(1936,8,10)})]),
(AL, "116. Jones, 233; Gilbert, Wilderness, 160–161.",
 [C(short([F("Jones")]), "233"), C(short([F("Gilbert")], "Wilderness"), "160–161")]),
(AL, "120. Alfred Duff Cooper, Old Men Forget (New York, 1954), 220.",
 [C(book("Old Men Forget", [P("Alfred Duff","Cooper")], place="New York", year=1954), "220")]),
(AL, "129. Times 11/1/35.",
 [C({"type": "article-newspaper", "container-title": "Times", "issued": Y(1935,11,1)})]),
(AL, "134. Eugen Spier, Focus (London, 1963), 9, 25; Gilbert, Wilderness, 153.",
 [C(book("Focus", [P("Eugen","Spier")], place="London", year=1963), "9, 25"), C(short([F("Gilbert")], "Wilderness"), "153")]),
(AL, "135. Gilbert, Wilderness, 156, 157, 158.", [C(short([F("Gilbert")], "Wilderness"), "156, 157, 158")]),
(AL, "137. Churchill, Storm, 217; Daily Telegraph 3/1/65.",
 [C(short([F("Churchill")], "Storm"), "217"),
  C({"type": "article-newspaper", "container-title": "Daily Telegraph", "issued": Y(1965,3,1)})]),
(AL, "138. Daily Telegraph 3/1/65; Walter M. Citrine, Citrine; Men and Work, An Autobiography (London, 1964), 357.",
 [C({"type": "article-newspaper", "container-title": "Daily Telegraph", "issued": Y(1965,3,1)}),
  C(book("Men and Work, An Autobiography", [P("Walter M.","Citrine")], place="London", year=1964), "357")]),
(AL, "141. Churchill, Storm, 217–218.", [C(short([F("Churchill")], "Storm"), "217–218")]),
# --- Pentagon Papers IV.A.5 notes (English, op. cit. short forms)
(PPW, "14.  Scigliano, op. cit., 62–68 . Kahin and Lewis, op. cit., 93, 94.",
 [C(short([F("Scigliano")]), "62–68"), C(short([F("Kahin"), F("Lewis")]), "93, 94")]),
(PPW, "15.  The summary account of Diem's life draws principally on Fall, The Two Viet-Nams, op. cit., 234 ff.; Warner, op. cit., 84 ff.; Shaplen, The Lost Revolution, 100 ff.; Scigliano, op. cit., 13 ff.",
 [C(short([F("Fall")], "The Two Viet-Nams"), "234 ff."), C(short([F("Warner")]), "84 ff."),
  C(short([F("Shaplen")], "The Lost Revolution"), "100 ff."), C(short([F("Scigliano")]), "13 ff.")]),
(PPW, "16.  E.g. Shaplen, op. cit., 101; or Wesley R. Fishel, \"Vietnam's Democratic One-Man Rule,\" in Gettlemen, ed., op. cit., 197–198.",
 [C(short([F("Shaplen")]), "101"),
  C({"type": "chapter", "title": "Vietnam's Democratic One-Man Rule", "author": [P("Wesley R.","Fishel")], "editor": [F("Gettlemen")]}, "197–198")]),
(PPW, "17.  Shaplen, loc. cit.; Scigliano, op. cit., 17.",
 [C(short([F("Shaplen")])), C(short([F("Scigliano")]), "17")]),
(PPW, "18.  E.g. Robert Sheer, op. cit., 240–241.", [C(short([P("Robert","Sheer")]), "240–241")]),
# --- Berliner Gesellschaft für Faschismus- und Weltkriegsforschung, review notes (German)
(BG, "1 Vgl. Hans-Ulrich Wehler, Das deutsche Kaiserreich 1871-1918, Göttingen 1973, 10. Aufl. 2000; mehrere Übersetzungen.",
 [C(book("Das deutsche Kaiserreich 1871-1918", [P("Hans-Ulrich","Wehler")], place="Göttingen", year=2000, edition="10", **{"original-date": Y(1973)}))]),
(BG, "2 Vgl. David Blackbourn und Geoff Eley, The Peculiarities of German History: Bourgeois Society and Politics in Nineteenth-Century Germany, Oxford und New York 1980; deutsch: Mythen deutscher Geschichtsschreibung: Die gescheiterte bürgerliche Revolution von 1848, Frankfurt a. M. 1980.",
 [C(book("The Peculiarities of German History: Bourgeois Society and Politics in Nineteenth-Century Germany", [P("David","Blackbourn"), P("Geoff","Eley")], place="Oxford und New York", year=1980)),
  C(book("Mythen deutscher Geschichtsschreibung: Die gescheiterte bürgerliche Revolution von 1848", [P("David","Blackbourn"), P("Geoff","Eley")], place="Frankfurt a. M.", year=1980))]),
(BG, "3 Damit steht Eley in einer wichtigen Tradition zwar nicht der bundesdeutschen, wohl aber der britischen und US-amerikanischen Forschung. Vgl. pars pro toto das gedankenreiche Plädoyer von George L. Mosse, Toward a General Theory of Fascism, in: Ders., Masses and Men: Nationalist and Fascist Perceptions of Reality, Detroit 1987, S. 159-196.",
 [C({"type": "chapter", "title": "Toward a General Theory of Fascism", "author": [P("George L.","Mosse")], "container-author": [P("George L.","Mosse")], "container-title": "Masses and Men: Nationalist and Fascist Perceptions of Reality", "publisher-place": "Detroit", "issued": Y(1987), "page": "159–196"})]),
(BG, "4 Vgl. Thomas Rohrkramer, A Singe Communal Faith?: The German Right from Conservatism to National Socialism, New York 2007.",
 [C(book("A Singe Communal Faith?: The German Right from Conservatism to National Socialism", [P("Thomas","Rohrkramer")], place="New York", year=2007))]),
(BG, "6 Jeffrey Herf, Reactionary Modernism: Technology, Culture, and Politics in Weimar and the Third Reich, Cambridge und New York 1984. Vgl. auch Eleys Rezension dieses Buches in \"Telos\", Nr. 71 (20. März 1987), S. 187-197.",
 [C(book("Reactionary Modernism: Technology, Culture, and Politics in Weimar and the Third Reich", [P("Jeffrey","Herf")], place="Cambridge und New York", year=1984)),
  C({"type": "article-journal", "author": [F("Eley")], "container-title": "Telos", "issue": "71", "issued": Y(1987,3,20), "page": "187–197"})]),
# --- Revue française de science politique (French)
(CA, "[1]\nAux origines du communisme français, 1914-1920. Contribution à l’histoire du mouvement ouvrier français, Paris, Mouton, 2 volumes. Note de l’éditeur : une édition réduite en un seul volume a été publiée en 1970 chez Flammarion, coll. « Science de l’histoire ».",
 [C(book("Aux origines du communisme français, 1914-1920. Contribution à l’histoire du mouvement ouvrier français", publisher="Mouton", place="Paris", **{"number-of-volumes": "2"})),
  C(book(None, publisher="Flammarion", year=1970, **{"collection-title": "Science de l’histoire"}))]),
# --- Amaltea (Italian)
(IT, "2 G. Invitto, Il diario e l’amica, l’esistenza come autonarrazione. Mimesis Milano-Udine 2012, p. 7",
 [C(book("Il diario e l’amica, l’esistenza come autonarrazione", [P("G.","Invitto")], publisher="Mimesis", place="Milano-Udine", year=2012), "7")]),
# --- Russian translation of a biography of Guy Burgess (Russian notes citing English books)
(RU, "388\nHarold Nicolson, Vita & Harold, Weidenfeld, 1992, p. 340.",
 [C(book("Vita & Harold", [P("Harold","Nicolson")], publisher="Weidenfeld", year=1992), "340")]),
(RU, "390\nKenneth Sinclair-Loutit, Very Little Luggage.",
 [C(book("Very Little Luggage", [P("Kenneth","Sinclair-Loutit")]))]),
(RU, "393\nЧастная информация, а также Michael Luke, David Tennant and the Gargoyle Years, Weidenfeld & Nicolson, 1991, p. 177. Теперь в здании Comedy Club.",
 [C(book("David Tennant and the Gargoyle Years", [P("Michael","Luke")], publisher="Weidenfeld & Nicolson", year=1991), "177")]),
]
