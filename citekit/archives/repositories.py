"""Built-in table of archives: abbreviation, aliases, full name, city.

`lookup` finds a repository by any of its names; `register` extends the table at run time
(e.g. from a user's configuration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class Repository:
    abbrev: str
    name: str
    place: str
    aliases: tuple[str, ...] = ()
    online: bool = False  # publishes copies (Wilson Center), rather than holding originals
    extra: dict = field(default_factory=dict, compare=False, hash=False)


def _r(abbrev: str, name: str, place: str, *aliases: str, online: bool = False) -> Repository:
    return Repository(abbrev, name, place, aliases, online)


_BUILTIN = (
    # Russia
    _r("RGANI", "Russian State Archive of Contemporary History", "Moscow",
       "РГАНИ", "TsKhSD", "ЦХСД", "Storage Center for Contemporary Documentation"),
    _r("RGASPI", "Russian State Archive of Socio-Political History", "Moscow",
       "РГАСПИ", "RTsKhIDNI", "РЦХИДНИ", "Russian Center for the Storage and Study of "
       "Documents of Recent History"),
    _r("GARF", "State Archive of the Russian Federation", "Moscow", "ГАРФ"),
    _r("AVP RF", "Archive of Foreign Policy of the Russian Federation", "Moscow",
       "АВП РФ", "AVPRF", "AVP", "Foreign Policy Archive of the Russian Federation"),
    _r("APRF", "Archive of the President of the Russian Federation", "Moscow",
       "АПРФ", "AP RF", "Presidential Archive"),
    _r("TsAMO", "Central Archive of the Ministry of Defense of the Russian Federation",
       "Podolsk", "ЦАМО", "TsAMO RF"),
    _r("RGAE", "Russian State Archive of the Economy", "Moscow", "РГАЭ"),
    _r("RGVA", "Russian State Military Archive", "Moscow", "РГВА"),
    _r("RGANTD", "Russian State Archive of Scientific-Technical Documentation", "Moscow", "РГАНТД"),
    # Germany
    _r("SAPMO-BArch", "Foundation Archive of Parties and Mass Organizations of the GDR in the "
       "Federal Archives", "Berlin", "SAPMO", "SAPMO BArch", "SAPMO-BA"),
    _r("BArch", "German Federal Archives", "Koblenz", "Bundesarchiv", "BA", "BArch Koblenz"),
    _r("BArch-MA", "German Federal Archives, Military Archive", "Freiburg",
       "BA-MA", "Bundesarchiv-Militärarchiv"),
    _r("PA AA", "Political Archive of the Federal Foreign Office", "Berlin",
       "PAAA", "Politisches Archiv des Auswärtigen Amts",
       "Political Archive of the Foreign Office"),
    _r("BStU", "Stasi Records Archive", "Berlin", "MfS"),
    # Poland, Czech Republic, Slovakia, Hungary, Romania, Bulgaria, Yugoslavia, Albania
    _r("AAN", "Archive of Modern Records", "Warsaw", "Archiwum Akt Nowych"),
    _r("IPN", "Institute of National Remembrance", "Warsaw", "Instytut Pamięci Narodowej"),
    _r("AMSZ", "Archive of the Polish Ministry of Foreign Affairs", "Warsaw"),
    _r("NA", "National Archives of the Czech Republic", "Prague",
       "NA CR", "Národní archiv", "SÚA", "SUA"),
    _r("ABS", "Security Services Archive", "Prague", "Archiv bezpečnostních složek"),
    _r("AMZV", "Archive of the Czech Ministry of Foreign Affairs", "Prague"),
    _r("MNL OL", "Hungarian National Archives", "Budapest",
       "MNL-OL", "MOL", "Magyar Nemzeti Levéltár Országos Levéltára"),
    _r("ANIC", "Romanian National Archives", "Bucharest",
       "Arhivele Naționale ale României", "ANR"),
    _r("TsDA", "Central State Archive", "Sofia", "ЦДА", "TsDA Sofia"),
    _r("AJ", "Archives of Yugoslavia", "Belgrade", "Arhiv Jugoslavije"),
    _r("AQSH", "Central State Archive of Albania", "Tirana"),
    # Asia
    _r("PRC FMA", "Archive of the Ministry of Foreign Affairs of the People's Republic of China",
       "Beijing", "PRCFMA", "Chinese Foreign Ministry Archive", "PRC Foreign Ministry Archive",
       "外交部档案馆"),
    _r("AVPRF-K", "Archive of Foreign Policy (Korea files)", "Moscow"),
    # United States
    _r("NARA", "U.S. National Archives and Records Administration", "College Park, MD",
       "National Archives", "NA II", "National Archives II", "US National Archives",
       "National Archives and Records Administration", "U.S. National Archives"),
    _r("WNRC", "Washington National Records Center", "Suitland, MD"),
    _r("JFKL", "John F. Kennedy Presidential Library", "Boston",
       "JFK Library", "John F. Kennedy Library", "JFKPL", "Kennedy Library"),
    _r("LBJL", "Lyndon B. Johnson Presidential Library", "Austin",
       "LBJ Library", "Lyndon B. Johnson Library", "Johnson Library"),
    _r("HSTL", "Harry S. Truman Presidential Library", "Independence, MO",
       "Truman Library", "Harry S. Truman Library", "HSTPL"),
    _r("DDEL", "Dwight D. Eisenhower Presidential Library", "Abilene, KS",
       "Eisenhower Library", "Dwight D. Eisenhower Library", "DDEPL"),
    _r("RMNL", "Richard Nixon Presidential Library", "Yorba Linda, CA",
       "Nixon Library", "Richard Nixon Library", "Nixon Presidential Materials"),
    _r("GRFL", "Gerald R. Ford Presidential Library", "Ann Arbor, MI",
       "Ford Library", "Gerald R. Ford Library", "GFL"),
    _r("JCL", "Jimmy Carter Presidential Library", "Atlanta",
       "Carter Library", "Jimmy Carter Library", "JCPL"),
    _r("RRL", "Ronald Reagan Presidential Library", "Simi Valley, CA",
       "Reagan Library", "Ronald Reagan Library", "RRPL"),
    _r("GBL", "George H. W. Bush Presidential Library", "College Station, TX",
       "Bush Library", "George Bush Presidential Library", "GHWBL"),
    _r("FDRL", "Franklin D. Roosevelt Presidential Library", "Hyde Park, NY",
       "FDR Library", "Roosevelt Library"),
    _r("LOC", "Library of Congress, Manuscript Division", "Washington, DC",
       "Library of Congress", "LC"),
    # United Kingdom, France
    _r("TNA", "The National Archives of the United Kingdom", "Kew",
       "The National Archives", "PRO", "Public Record Office", "UK National Archives", "TNA (UK)"),
    _r("AMAE", "Archives of the French Ministry of Foreign Affairs", "La Courneuve",
       "MAE", "Archives diplomatiques"),
    # Online archives that publish copies and translations
    _r("WCDA", "Wilson Center Digital Archive", "Washington, DC",
       "Wilson Center Digital Archive", "History and Public Policy Program Digital Archive",
       "Wilson Center", "CWIHP", "Cold War International History Project", online=True),
    _r("NSA", "National Security Archive", "Washington, DC",
       "National Security Archive", "NSArchive", "NSAEBB", online=True),
    _r("FRUS", "Foreign Relations of the United States", "Washington, DC",
       "Foreign Relations of the United States", "Office of the Historian", online=True),
)

generation = 0  # how many times the table has changed
_TABLE: dict[str, Repository] = {}
_NAMES: dict[str, None] = {}  # every known name as written, for scanning text
_FIRST_WORDS: set[str] = set()  # first word of every name: most text is ruled out by one look-up


_FOLD_RE = re.compile(r"[\s.\-]+")


def _fold(name: str) -> str:
    """Lookup key insensitive to case, dots and dashes: 'AVP RF' == 'avp-rf'."""
    return _FOLD_RE.sub(" ", name.casefold()).strip()


def register(repo: Repository) -> Repository:
    """Add or replace a repository; its abbreviation and aliases become lookup keys."""
    for name in (repo.abbrev, repo.name, *repo.aliases):
        _TABLE[_fold(name)] = repo
        _NAMES[name] = None
        _FIRST_WORDS.add(_fold(name).split(" ")[0])
    _PATTERN.clear()
    global generation
    generation += 1  # callers caching look-ups key them on this
    if "match_start" in globals():  # defined below; the built-in table registers first
        match_start.cache_clear()
    return repo


def lookup(name: str) -> Repository | None:
    """The repository called `name` (abbreviation, alias or full name), or None."""
    return _TABLE.get(_fold(name)) if isinstance(name, str) else None


def all_repositories() -> list[Repository]:
    seen: dict[str, Repository] = {}
    for repo in _TABLE.values():
        seen.setdefault(repo.abbrev, repo)
    return list(seen.values())


_PATTERN: list[re.Pattern] = []


def pattern() -> re.Pattern:
    """One compiled regex matching any known name as a whole word (cached until `register`)."""
    if not _PATTERN:
        alts = []
        for name in sorted(_NAMES, key=len, reverse=True):
            alt = r"[\s.\-]+".join(re.escape(p) for p in re.split(r"[\s.\-]+", name) if p)
            # short abbreviations ("NA", "BA") only in capitals; long names in any case
            alts.append(alt if len(name) <= 5 else f"(?i:{alt})")
        _PATTERN.append(re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])"))
    return _PATTERN[0]


def find(text: str, *, online: bool | None = None) -> list[tuple[int, Repository]]:
    """Repositories named in `text`, as (offset, repository), in order of appearance."""
    out = []
    for m in pattern().finditer(text):
        repo = lookup(m.group(0))
        if repo and (online is None or repo.online == online):
            out.append((m.start(), repo))
    return out


for _repo in _BUILTIN:
    register(_repo)


_WORD_END = re.compile(r"[\w\u0400-\u04ff]+(?:[.\-][\w]+)*\.?")
_MAX_WORDS = 12
_FIRST_WORD = re.compile(r"[^\s.\-]+")


@lru_cache(maxsize=8192)  # segments repeat: 'RGANI', 'Wilson Center Digital Archive'
def match_start(text: str) -> tuple[Repository, int] | None:
    """The repository whose name opens `text` (longest match wins) and where that name ends.

    Cheap enough to call on every segment of a citation: a few dictionary look-ups.
    """
    exact = _TABLE.get(text.casefold())
    if exact and _cased(text, exact):  # the whole text is a name: the usual case for a comma-separated segment
        return exact, len(text)
    first = _FIRST_WORD.match(text)
    if not first or first.group(0).casefold() not in _FIRST_WORDS:
        return None
    ends = []
    pos = 0
    for m in _WORD_END.finditer(text):
        if text[pos:m.start()].strip(" \t-") or len(ends) >= _MAX_WORDS:
            break  # punctuation between words ends a name (a comma, a parenthesis)
        ends.append(m.end())
        pos = m.end()
    for end in reversed(ends):
        repo = _TABLE.get(_fold(text[:end]))
        if repo and _cased(text[:end], repo):
            return repo, end
    return None


def _cased(name: str, repo: Repository) -> bool:
    """A short name is a repository's only as the table spells it, as `pattern` has it: 'LOC', not 'loc. cit.';
    'NA', not the Polish 'Na dzień'."""
    return len(name) > 5 or name in (repo.abbrev, *repo.aliases)


# Working language of each holding archive's documents (for translations' original language)
_LANGUAGE = {
    "RGANI": "ru", "RGASPI": "ru", "GARF": "ru", "AVP RF": "ru", "APRF": "ru", "TsAMO": "ru",
    "RGAE": "ru", "RGVA": "ru", "RGANTD": "ru", "AVPRF-K": "ru", "SAPMO-BArch": "de",
    "BArch": "de", "BArch-MA": "de", "PA AA": "de", "BStU": "de", "AAN": "pl", "IPN": "pl",
    "AMSZ": "pl", "NA": "cs", "ABS": "cs", "AMZV": "cs", "MNL OL": "hu", "ANIC": "ro",
    "TsDA": "bg", "AJ": "sh", "AQSH": "sq", "PRC FMA": "zh", "AMAE": "fr",
}


def language(repo: Repository) -> str | None:
    """The language most of `repo`'s documents are in (None for English or unknown)."""
    return repo.extra.get("language") or _LANGUAGE.get(repo.abbrev)
