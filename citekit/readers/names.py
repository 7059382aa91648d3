"""Personal and corporate names in citations -> CSL names.

'Mark Kramer' -> {'family': 'Kramer', 'given': 'Mark'}; 'S. A. Mikoyan', 'Ludwig von Mises',
'Martin Luther King, Jr.' and 'Kramer, Mark' work; organisations become {'literal': ...}.
"""

from __future__ import annotations

import re

from .romance_given import opens_compound_surname

_PARTICLES = frozenset("von van der den de des del della di da do du la le lo ter ten zu vom bin ibn al el "
                       "dos das st.".split())
_LONE_PARTICLES = frozenset("von van der den de des del della di da du la le zu vom dos das".split())
_COMPOUND_LINKS = frozenset("de del di da".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv v".split())
_TITLES = re.compile(
    r"^(?:(?:(?:ambassador|envoy|representative|minister|consul|attach[ée])\s+(?:to|in)\s+"
    r"(?:the\s+)?[\w.]+|the|comrade|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?|sir|general|gen\.|marshal|"
    r"admiral|lt\.?|col\.?|lieutenant|colonel|capt\.?|captain|maj\.?|major|brigadier|"
    r"ambassador|president|premier|chairman|secretary|minister|foreign minister|prime minister|"
    r"first secretary|general secretary|deputy foreign minister|soviet|american|chinese|"
    r"us|u\.s\.|ussr|gdr|east german|polish|cuban|secretary of state|national security adviser"
    r"|товарищ|тов\.)\s+)+", re.I)
_ORG_WORDS = frozenset(
    "committee ministry embassy consulate department party government office council presidium "
    "politburo secretariat archive archives institute center centre university library agency "
    "commission bureau mission delegation legation command staff headquarters kgb cia nsc cpsu "
    "sed pzpr ksč mszmp state union republic people's national federal foreign security services "
    "board division section administration leadership group senate congress cabinet army navy "
    "fleet ussr usa gdr prc dprk цк кпсс мид посольство комитет министерство news broadcasting radio "
    "television press nations bank watch organization organisation fund ministère ministerium "
    "ministero institut istituto zentrum centro comité comitato bundesarchiv amt ministerio gobierno "
    "instituto archivo academia sociedad consejo comisión ministério governo gouvernement société "
    "académie archiv akademie gesellschaft regierung kommission "
    # bodies that publish reports and statistics
    "corporation society company foundation fondation stiftung fundación fondazione association associazione "
    "asociación verband parliament assembly assemblée bundestag international statistics statistical bundesamt "
    "statistik statistique insee oecd nato unesco unicef imf цсу госкомстат".split())
_TITLE_WORDS = frozenset(
    "the comrade mr mrs ms dr prof sir general gen marshal admiral ambassador president premier "
    "chairman secretary minister first foreign prime deputy soviet american chinese us ussr gdr "
    "east german polish cuban national security adviser envoy representative consul товарищ тов "
    "jr sr ii iii iv".split())
_ARABIC_LEAD = frozenset("ibn bin abu abū al al- el".split())
_SLOW_WORDS = _ORG_WORDS | _TITLE_WORDS | _PARTICLES
_WORD_RE = re.compile(r"[\w'’]+")
_SPLIT = re.compile(r"\s*(?:;|&|\band\b|\bи\b(?!\.)|(?-i:\s(?:et|und|u\.)(?=\s+[A-ZÀ-Þ]))|,(?!\s*(?:jr|sr|ii|iii|iv)\b\.?))\s*", re.I)
_SLASH = re.compile(r"(?<=\w)\s*/\s*(?=[A-ZÀ-Þ])")  # German 'Karl Meier/Fritz Schulz': a slash between names
_WS = re.compile(r"\s+")
_INITIALS = re.compile(r"(?<=[^\W\d_]\.)(?=[^\W\d_]\.)")  # 'S.A.' -> 'S. A.'


def _plain_family(w: str) -> bool:
    return w.isalpha() and w[0].isupper() and w[1:].islower() and w.lower() not in _SLOW_WORDS


def _plain(w: str) -> bool:
    """A given name or an initial ('S.') that needs no further thought."""
    return _plain_family(w) or (len(w) == 2 and w[1] == "." and w[0].isupper())


# Chinese names are written family name first ('Zhou Enlai', 'Mao Zedong'): a common surname
# followed by a given name of one or two pinyin syllables
_CHINESE_SURNAMES = frozenset(
    "zhou mao wang feng zhang liu chen li deng peng lin zhu gao kang yang huang zhao wu xu sun ma "
    "hu guo he luo song xie han tang cao ye dong lu jiang cai jia ding wei xue yan yu du dai xia "
    "zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui qiu qin gu hou shao "
    "meng long wan duan lei qian yin yi qiao lai gong wen pang geng bo ji rao qi zeng su nie zuo "
    "tao ke xiang ouyang sima situ zhuge".split())
_PINYIN_RE = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiou]{1,3}|v)(?:ng|n|r)?){1,2}$")


def _chinese(words) -> bool:
    """'Zhou Enlai', 'Feng Xuan'; not 'Bo Li', which is a given name and then a surname."""
    return (len(words) == 2 and words[0].lower() in _CHINESE_SURNAMES and words[1][:1].isupper()
            and words[1][1:].islower() and words[1].lower() not in _CHINESE_SURNAMES
            and bool(_PINYIN_RE.match(words[1].lower())))


def is_chinese(text: str) -> bool:
    """'Zhou Enlai': a Chinese name, family name first."""
    return _chinese(text.split())


# Family names that open a Chinese (pinyin or Wade-Giles) or Vietnamese name written family first:
# 'Chen Jian', 'Ma Huan', 'Ch’en Meng-chia', 'Nguyễn Phương', 'Ngo Dinh Diem'.
_CHINESE_FAMILIES = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang "
    "xie tang han feng deng cao peng zeng xiao tian dong yuan pan jiang cai yu du ye cheng su wei lü "
    "ding ren shen yao lu fu zhong cui tan liao fan jin shi qian duan lei hou hao kong shao mao qiu qin "
    "gu meng bai xiong yan yin xia kang wen tao dai zou zhuang niu guan fang zhai jia xing ge chai "
    "chang ch’en ch'en chou hsu hsü kuo teng chiang chu sung ts’ao ts'ao chao hsieh ch’ien ch'ien "
    "hsiao t’ang t'ang yeh liao chin wong chan cheung lam ng".split())
_VIETNAMESE_FAMILIES = frozenset(
    "nguyễn nguyen trần tran lê le phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo đặng dang bùi bui "
    "đỗ do hồ ho ngô ngo dương duong lý ly đào dao đinh dinh trương truong mai trịnh trinh lâm lam "
    "hà ha lưu luu cao tạ ta chu thái thai tôn ton quách quach la".split())
_VIET_MIDDLE = frozenset("van văn thi thị dinh đình duc đức huu hữu cong công ngoc ngọc".split())
_VIET_LETTERS = re.compile(r"[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐƠƯ]")
_FIRST_FAMILIES = _CHINESE_FAMILIES | _VIETNAMESE_FAMILIES
# Hungarian given names, which follow the family name ('Mikes György', 'Kosák Dezső'); names also given
# first in other languages (Anna, Iván, Ervin) are left out
HU_GIVEN = frozenset(
    "István György László József János Ferenc Sándor Imre Dezső Gyula Zoltán Tibor Lajos Károly Miklós Béla "
    "Géza Endre Pál Mihály Gábor Tamás András Antal Ernő Jenő Kálmán Zsolt Katalin Mária Erzsébet Ilona Judit "
    "Zsuzsa Zsuzsanna Ágnes Margit Rezső Vilmos Aladár Árpád Balázs Bálint Csaba Dénes Elemér Győző Kornél "
    "Lőrinc Márton Mátyás Ödön Oszkár Szilárd Tivadar Zsigmond Gyöngyi Piroska Erika Ildikó Irén Péter Ádám Ákos "
    "Dániel Gergely Attila Levente Bence Nándor Lipót Gusztáv Kristóf Krisztián Krisztina Zsófia Klára Eszter "
    "Gizella Éva Anikó Enikő Tünde Sarolta Jakab Andor Lóránt Loránd Barnabás Domokos Ottokár".split())
_HONORIFICS = frozenset("madame madam mme mme. mademoiselle mlle monsieur frau fräulein saint sainte st. san santa sankt".split())
_NOT_GIVEN = frozenset("lee long young song king".split())  # also English given or family names


def _family_first(words: list[str]) -> bool:
    """A Chinese or Vietnamese name in its own order, family name first."""
    if not 2 <= len(words) <= 4 or any("." in w or not w[:1].isupper() for w in words):
        return False
    first, last = words[0].lower(), words[-1].lower()
    if first in _NOT_GIVEN:
        return False
    viet = _VIET_LETTERS.search(" ".join(words)) is not None or any(
        w.lower() in _VIET_MIDDLE for w in words[1:-1])
    if first in _VIETNAMESE_FAMILIES and viet:
        return True
    # 'Ma Huan', 'Dang Phong': unless the last word could be the family name too ('Li Peng' stays)
    return (len(words) <= 3 and last not in _FIRST_FAMILIES and not viet
            and all(w.lower() not in _SLOW_WORDS for w in words))


# Japanese names in Japanese order, family name first ('Maruyama Masao', 'Arai Hakuseki'): a common
# family name or one built like one, then a word that reads as a given name; 'Kazuo Ogura' stays
_JAPANESE_FAMILIES = frozenset(
    "sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato yoshida yamada sasaki "
    "yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki mori abe ikeda hashimoto yamashita ishikawa "
    "nakajima maeda fujita ogawa goto okada hasegawa murakami kondo ishii saito sakamoto endo aoki fujii "
    "nishimura fukuda ota miura fujiwara okamoto matsuda nakagawa nakano harada ono tamura takeuchi kaneko "
    "wada nakayama ishida ueda morita hara shibata sakai kudo yokoyama miyazaki miyamoto uchida takagi ando "
    "ohno maruyama imai takada fujimoto takeda murata ueno sugiyama masuda sugawara hirano otsuka kojima "
    "chiba kubo matsui iwasaki sakurai kinoshita noguchi matsuo kikuchi nomura arai watanabe oda tokugawa "
    "ashikaga minamoto taira hojo toyotomi oda takeda uesugi mori date konoe ienaga amino kuroda ishimoda "
    "nagahara maruyama irokawa yasumaru sakamoto kitabatake motoori hirata ogyu yoshino iriye asakawa "
    "tsunoda ishihara nakasone yoshimi hata kawakami kishi ikeda miyake hosokawa ozawa ogura wakabayashi "
    "shiratori katsura yamagata okubo kido saigo itagaki okuma".split())
_JAPANESE_GIVEN_END = re.compile(r"(?:o|shi|ji|ko|ro|ru|ki|ya|hiko|aki|nori|yuki|hiro|mi|e|to|ta|suke|zō|zo|"
                                 r"kazu|ichi|ei|ai|ari|uke|eki|ku|sa|ka|ma|na|ra|ri|u|i)$")
# endings that only family names have ('…yama', '…moto'): such a second word is no given name
_JAPANESE_PLACE_ENDS = ("yama", "moto", "mura", "kawa", "gawa", "hara", "bara", "shita", "zaki", "saki", "shima",
                        "jima", "oka", "hashi", "zawa", "sawa", "miya", "naka", "tani")
_ROMAJI = re.compile(r"^(?:(?:[kgsztdnhbpmyrwfj]|sh|ch|ts|[kgnhbpmr]y)?[aiueoōū]|n(?![aiueoōūy]))+$")


def _japanese(words) -> bool:
    """'Maruyama Masao': family name first, as Japanese names are printed in Japanese order."""
    family, given = words[0].lower(), words[1].lower()
    if family not in _JAPANESE_FAMILIES and not (len(family) >= 6 and family.endswith(_JAPANESE_PLACE_ENDS)):
        return False
    if family == given or given in _JAPANESE_FAMILIES or not (_ROMAJI.match(family) and _ROMAJI.match(given)):
        return False
    return bool(_JAPANESE_GIVEN_END.search(given)) and not given.endswith(_JAPANESE_PLACE_ENDS)


# medieval writers known by a given name and a place: 'Guibert of Nogent', 'Peter of Vaux-Cernay'
GIVEN_OF = frozenset("adam albert alexander anna baldric bede bernard bertrand fulcher geoffrey gerald gervase gilbert "
                     "gregory guibert guillaume henry hugh isidore jacques james jean john matthew odo orderic otto "
                     "paul peter pierre ralph raymond richard robert roger simon thomas walter william "
                     # late antique and medieval writers: 'Synesios of Cyrene', 'Liutprand of Cremona'
                     "aelred ambrose anselm athanasius basil clement cyril dionysius eusebius hilary hincmar ignatius "
                     "irenaeus liutprand marsilius nicholas severus synesios synesius theodoret thietmar".split())
_GIVEN_OF_PLACE = re.compile(r"([A-Z][a-z]+) of (?:[A-Z][\w’'\-]+)(?: [A-Z][\w’'\-]+)?")


def given_of_place(text: str) -> bool:
    """'Guibert of Nogent': a given name, 'of' and a place, the whole a name."""
    m = _GIVEN_OF_PLACE.fullmatch(text) if "f" in text and " of " in text else None
    return bool(m) and m.group(1).lower() in GIVEN_OF


_REGNAL = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split())
_INITIALS_THEN_NAME = re.compile(r"(?:[A-ZÀ-Þ]\.\s?){4,6}[A-ZÀ-Þ][\w’'\-]+")
_FAMILY_INITIALS = re.compile(r"([A-ZÀ-Þ][a-zß-ÿ’'\-]+)\s+((?:(?:Gy|Cs|Sz|Zs|Ny|Ty|Ly|[A-ZÀ-Þ])\.\s?){1,2})$")


_EPITHET = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+\s+(?:der\s+(?:Gro(?:ß|ss)e|Heilige|Fromme|Kahle)"
                      r"|le\s+(?:Grand|Bel|Hardi|Pieux|Chauve)|il\s+(?:Grande|Magnifico)|el\s+(?:Grande|Sabio|Católico))")
# the bynames of medieval writers cited in Russian and Latin (a rank or an epithet, never a family name)
_BYNAMES = frozenset("Диакон Дьякон Багрянородный Грамматик Исповедник Пресвитер Синкелл Философ Летописец Мудрый "
                     "Грозный Великий Святой Блаженный Diaconus Porphyrogenitus Grammaticus Confessor "
                     "Emperor Empress".split())  # 'Hongwu Emperor': a Chinese emperor by his reign


def by_epithet(text: str) -> bool:
    """'Friedrich der Große', 'Лев Диакон': one person, named with an epithet."""
    return _EPITHET.fullmatch(text) is not None or text.count(" ") == 1 and text.split(" ")[1] in _BYNAMES


_DE_ARTICLE_FAMILY = re.compile(r"(?P<given>[A-ZÀ-Þ][\w’'\-]+(?:\s+[A-ZÀ-Þ][\w’'\-]+)?)\s+de\s+"
                                r"(?P<fam>(?:La|Las|Los|Le)\s+[A-ZÀ-Þ][\w’'\-]+)")


def parse_name(text: str) -> dict | None:
    """One name; None if `text` holds no name."""
    if text and (" der " in text or " le " in text or " il " in text or " el " in text) and _EPITHET.fullmatch(text):
        return {"literal": text}  # 'Friedrich der Große', 'Charles le Bel': a ruler known by his epithet
    if text and "d" in text and " de " in text:
        article = _DE_ARTICLE_FAMILY.fullmatch(text)
        if article:  # 'Emmanuel de Las Cases': the article belongs to the family name
            return {"family": article.group("fam"), "given": article.group("given"), "non-dropping-particle": "de"}
    words = text.split() if text else ()
    if len(words) == 2 and words[1][:1].isupper() and _japanese(words):
        return {"family": words[0], "given": words[1]}
    if len(words) == 2 and words[1] in _BYNAMES:
        return {"literal": text}  # 'Лев Диакон', 'Константин Багрянородный': a medieval writer by name and byname
    if len(words) == 2 and words[1] in HU_GIVEN and words[0] not in HU_GIVEN and words[0][1:].islower():
        return {"family": words[0], "given": words[1]}  # Hungarian 'Mikes György': family name first
    if 2 <= len(words) <= 4 and words[0].lower() in _FIRST_FAMILIES and _family_first(words):
        return {"family": words[0], "given": " ".join(words[1:])}
    if len(words) == 2 and words[0].lower() in _HONORIFICS and words[1][:1].isupper():
        return {"literal": f"{words[0]} {words[1]}"}  # 'Madame Nhu': known by title and one name
    if 1 <= len(words) <= 4 and all(_plain(w) for w in words[:-1]) and _plain_family(words[-1]):
        # fast path for plain 'Mark Kramer', 'S. A. Mikoyan'
        if len(words) == 2 and _chinese(words):
            return {"family": words[0], "given": words[1]}
        return {"family": words[-1], "given": " ".join(words[:-1])} if len(words) > 1 else {
            "family": words[0]}
    # after the fast path: none of the next three is a plain name
    if len(words) == 2 and words[1] in _REGNAL and words[0][1:].islower() and words[0][:1].isupper():
        return {"literal": text.strip(" ,;")}  # 'Innocent III', 'Richard II': a pope or a king
    if len(words) in (3, 4) and words[1] == "of" and given_of_place(text):
        return {"literal": text}
    if text[-1:] == "." and 2 <= len(words) <= 3:
        inverted = _FAMILY_INITIALS.match(text)
        if inverted:  # 'Szabó T.', 'Kristó Gy.', 'Smith J. R.': the family name, then initials
            return {"family": inverted.group(1), "given": inverted.group(2)}
    text = _WS.sub(" ", text).strip(" ,;:.()[]\"'“”") if text else ""
    if not text or not any(c.isalpha() for c in text):
        return None
    if text.endswith((" Jr", " Sr")):
        text += "."
    bare = _TITLES.sub("", text).strip() or text
    many = len(bare.split()) > 4 and not _INITIALS_THEN_NAME.fullmatch(bare)  # 'J. H. W. G. Liebeschuetz' is a person
    if many or not _ORG_WORDS.isdisjoint(_WORD_RE.findall(bare.lower())):
        return {"literal": text}
    if "," in bare:  # 'Kramer, Mark' or 'King, Jr.'
        head, _, tail = bare.partition(",")
        tail = tail.strip()
        if tail.lower() in _SUFFIXES:
            name = _split_words(head.strip())
            if name:
                name["suffix"] = tail
            return name
        if head.strip() and tail and " " not in head.strip():
            name = _split_words(f"{tail} {head.strip()}")
            return name
        bare = f"{head} {tail}".strip()
    return _split_words(bare)


def _split_words(text: str) -> dict | None:
    words = _INITIALS.sub(" ", text).split()
    if not words:
        return None
    if any(w.endswith("-") for w in words[:-1]):  # a line-break hyphen kept: 'Ponsonby- Fane', 'Ben- Ami'
        joined: list[str] = []
        for w in words:
            if joined and joined[-1].endswith("-") and w[:1].isupper():
                joined[-1] += " " + w
            else:
                joined.append(w)
        words = joined
    suffix = None
    if len(words) > 1 and words[-1].lower() in _SUFFIXES:
        suffix = words.pop()
    if len(words) == 1 or len(words) == 2 and words[0].lower() in _ARABIC_LEAD:
        name = {"family": " ".join(words)}  # 'Ibn Khaldun', 'Al-Biruni': the name as a whole
    elif len(words) == 2 and words[0].lower() in _LONE_PARTICLES:
        name = {"family": words[1], "non-dropping-particle": words[0]}  # 'De Rossi', 'von Ranke': no given name
    elif _chinese(words):
        name = {"family": words[0], "given": words[1]}
    elif len(words) == 3 and words[1] in _COMPOUND_LINKS and opens_compound_surname(words[0]):
        name = {"family": " ".join(words)}  # 'Fustel de Coulanges', 'Tuñón de Lara': one surname, no given name
    else:
        i = len(words) - 1  # family starts at the last word, or at the particles before it
        while i > 1 and (words[i - 1].lower() in _PARTICLES or words[i - 1] == "v."):  # German 'Rudolf v. Jhering'
            i -= 1
        if i >= 2 and words[i] == "von" and words[i - 1][1:].islower() and all(w[-1:] == "." for w in words[:i - 1]):
            i -= 1  # German 'G. Meyer von Knonau': after initials, the word before 'von' opens a double surname
        if i == 1 and words[0] in _PARTICLES:
            i = 0  # 'van de Ven', 'von der Goltz': particles, lower-cased, open the name: no given name
        given, family = words[:i], words[i:]
        particle = []
        while len(family) > 1 and (family[0].lower() in _PARTICLES or family[0] == "v."):
            particle.append(family.pop(0))
        name = {"family": " ".join(family), "given": " ".join(given)} if given else {"family": " ".join(family)}
        if particle:
            name["non-dropping-particle"] = " ".join(particle)
    if suffix:
        name["suffix"] = suffix
    return name


_VARIOUS = re.compile(r"A\.?\s?A\.\s?V\.?\s?V\.?|V\.?\s?V\.\s?A\.?\s?A\.?")
_TWO_INITIALLED = re.compile(r"((?:[A-ZÀ-Þ]\.\s?){1,3}[A-ZÀ-Þ][a-zß-ÿ’'\-]+)\s+((?:[A-ZÀ-Þ]\.\s?){1,3}[A-ZÀ-Þ][a-zß-ÿ’'\-]+)")


def parse_names(text: str) -> list[dict]:
    """'Mark Kramer and Timothy Naftali', 'A, B, and C', 'A; B' -> a list of names."""
    if not text:
        return []
    if len(text) <= 10 and (text[:1] == "A" or text[:1] == "V") and _VARIOUS.fullmatch(text):
        return [{"literal": text if text[-1:] == "." else text + "."}]  # 'AA.VV.', 'A.A.V.V.': various authors
    out = []
    many = ";" in text or "&" in text or "," in text or " and " in text or " And " in text or (
        " AND " in text or " и " in text or " et " in text or " und " in text or " u. " in text or "/" in text)  # German 'Müller/Schmidt'
    parts = _SPLIT.split(text) if many else (text,)
    if "/" in text:  # German 'Müller/Schmidt', 'P. Zumbansen/M. Amstutz': a slash between names
        parts = [p for part in parts for p in _SLASH.split(part)]
    for part in parts:
        name = parse_name(part)
        if name:
            out.append(name)
    if not many and out and out[0].get("given", "")[-1:] == "." and not out[0]["given"].isupper():
        two = _TWO_INITIALLED.fullmatch(text)
        if two:  # Dutch 'C. Dekker R. Baetens': OCR lost the 'en' between them
            out = [name for name in map(parse_name, two.groups()) if name]
    if len(out) == 2 and "given" not in out[0] and out[1].get("given") \
            and _INITIALS_ONLY.fullmatch(out[0].get("family", "")):  # 'L. and J. S. C. Riley-Smith': one surname
        out[0] = {"family": out[1]["family"], "given": out[0]["family"] + "."}
    return out


_INITIALS_ONLY = re.compile(r"[A-Z](?:\.\s?[A-Z])*")


def format_name(name: dict) -> str:
    """A CSL name back to 'Given particle Family, Suffix' text."""
    if name.get("literal"):
        return name["literal"]
    text = " ".join(p for p in (name.get("given"), name.get("non-dropping-particle"),
                                name.get("family")) if p)
    return f"{text}, {name['suffix']}" if name.get("suffix") else text


def format_names(names: list[dict]) -> str:
    texts = [format_name(n) for n in names]
    if len(texts) <= 2:
        return " and ".join(texts)
    return ", ".join(texts[:-1]) + ", and " + texts[-1]
