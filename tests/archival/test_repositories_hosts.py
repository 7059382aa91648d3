import pytest

from citekit.archives import hosts, repositories
from citekit.archives.repositories import Repository, lookup, match_start

REQUIRED = ["RGANI", "RGASPI", "GARF", "AVP RF", "APRF", "TsAMO", "RGAE", "RGVA", "SAPMO-BArch",
            "BArch", "PA AA", "AAN", "IPN", "NA", "ABS", "MNL OL", "ANIC", "TsDA", "PRC FMA",
            "NARA", "TNA", "JFKL", "LBJL", "HSTL", "DDEL", "RMNL", "JCL", "RRL"]


@pytest.mark.parametrize("abbrev", REQUIRED)
def test_required_repositories(abbrev):
    repo = lookup(abbrev)
    assert repo is not None and repo.abbrev == abbrev and repo.name and repo.place


@pytest.mark.parametrize("alias, abbrev", [
    ("АВП РФ", "AVP RF"), ("avp-rf", "AVP RF"), ("TsKhSD", "RGANI"), ("SAPMO", "SAPMO-BArch"),
    ("JFK Library", "JFKL"), ("Lyndon B. Johnson Library", "LBJL"), ("Reagan Library", "RRL"),
    ("The National Archives", "TNA"), ("Public Record Office", "TNA"),
    ("Chinese Foreign Ministry Archive", "PRC FMA"), ("MOL", "MNL OL"),
    ("Politisches Archiv des Auswärtigen Amts", "PA AA"),
])
def test_aliases(alias, abbrev):
    assert lookup(alias).abbrev == abbrev


def test_online_archives():
    for name in ("Wilson Center Digital Archive", "National Security Archive",
                 "Foreign Relations of the United States"):
        assert lookup(name).online


def test_match_start_takes_longest_name():
    repo, end = match_start("The National Archives, Kew, FO 371/160550")
    assert repo.abbrev == "TNA" and end == len("The National Archives")
    assert match_start("Naftali said") is None


def test_register_extends_table():
    repositories.register(Repository("HIA", "Hoover Institution Library & Archives", "Stanford",
                                     ("Hoover Institution Archives",)))
    assert lookup("Hoover Institution Archives").abbrev == "HIA"
    assert repositories.find("see Hoover Institution Archives, box 3")[0][1].abbrev == "HIA"


@pytest.mark.parametrize("url", [
    "https://wilson-center-digital-archive.dvincitest.com/document/115094",
    "<https://wilson-center-digital-archive.dvincitest.com/document/115094>",
    "http://digitalarchive.wilsoncenter.org/document/115094.",
    "https://digitalarchive.wilsoncenter.org/document/115094",
    "digitalarchive.wilsoncenter.org/document/115094",
    "http://www.digitalarchive.wilsoncenter.org/document/115094/",
])
def test_wilson_urls(url):
    assert hosts.canonical_url(url) == "https://digitalarchive.wilsoncenter.org/document/115094"


def test_unknown_url_unchanged():
    assert hosts.canonical_url("https://example.org/a_b") == "https://example.org/a_b"


def test_all_repositories_once_each():
    repos = repositories.all_repositories()
    abbrevs = [r.abbrev for r in repos]
    assert len(abbrevs) == len(set(abbrevs)) and "RGANI" in abbrevs and "WCDA" in abbrevs


def test_registered_repository_is_seen_after_earlier_parses():
    from citekit.archives.repositories import Repository, register
    from citekit.readers.archival import parse_archival

    text = '"Report," May 1, 1960, Zzyzx Archive, F. 1.'
    assert "archive-place" not in parse_archival(text).record  # named, but not in the table
    register(Repository("ZZA", "Zzyzx Archive", "Zzyzx"))
    rec = parse_archival(text).record
    assert rec["archive"] == "ZZA" and rec["archive-place"] == "Zzyzx"
