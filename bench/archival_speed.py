"""How many archival citations per second `parse_archival` reads on one core.

Generates 100,000 varied citations (Wilson Center, NARA, FRUS, Cyrillic, German and garbled
styles) from a fixed seed, parses them all and prints citations/s; then times one 1 MB page.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from citekit.readers.archival import parse_archival

PEOPLE = ["Mark Kramer", "Timothy Naftali", "Svetlana Savranskaya", "S. A. Mikoyan",
          "Vladislav Zubok", "Gary Goldberg", "Christian F. Ostermann", "James G. Hershberg",
          "Malcolm Byrne", "Sergey Radchenko", "Charles Kraus", "Douglas Selvage"]
LEADERS = ["Khrushchev", "Kennedy", "Fidel Castro", "Walter Ulbricht", "Mao Zedong",
           "Władysław Gomułka", "Antonín Novotný", "János Kádár", "Todor Zhivkov", "Dean Rusk"]
KINDS = ["Letter from {a} to {b}", "Telegram from {a} to {b}", "Memorandum from {a} to {b}",
         "Memorandum of Conversation between {a} and {b}", "Record of Conversation between {a} "
         "and {b}", "Cable from {a} to {b}", "Minutes of Meeting of the CPSU CC Presidium",
         "Protocol No. {n} of the Politburo Session", "Report on the Situation in {p}"]
MONTHS = "January February March April May June July August September October November December"
ARCH = [
    ("RGANI", "F. {n}, Op. {m}, D. {k}, Ll. {f}-{g}ob."),
    ("AVP RF", "ф. {n}, оп. {m}, д. {k}, л. {f} об."),
    ("GARF", "f. {n}, op. {m}, d. {k}, ll. {f}-{g}"),
    ("SAPMO-BArch", "DY 30/{k}"),
    ("NARA", "RG 59, Entry {k}, Box {m}, Folder {n}"),
    ("JFK Library", "National Security Files, Box {m}"),
    ("AAN", "sygn. {k}/V-{n}"),
    ("PRC FMA", "109-0{k}-0{n}"),
    ("TNA", "FO 371/{k}{n}"),
    ("MNL OL", "XIX-J-1-j-{n}"),
]


def one(rng: random.Random) -> str:
    n, m = rng.randint(1, 99), rng.randint(1, 40)
    k, f = rng.randint(1000, 9999), rng.randint(1, 300)
    title = rng.choice(KINDS).format(a=rng.choice(LEADERS), b=rng.choice(LEADERS), n=n,
                                     p=rng.choice(["Berlin", "Cuba", "Poland"]))
    month = rng.choice(MONTHS.split())
    date = rng.choice([f"{month} {rng.randint(1, 28)}, {rng.randint(1945, 1991)}",
                       f"{month} {rng.randint(1945, 1991)}", "n.d.",
                       f"ca. {rng.randint(1945, 1991)}",
                       f"{rng.randint(1, 28)} {month} {rng.randint(1945, 1991)}"])
    archive, loc = rng.choice(ARCH)
    loc = loc.format(n=n, m=m, k=k, f=f, g=f + rng.randint(0, 5))
    credit = rng.choice(["", f" Translated by {rng.choice(PEOPLE)}.",
                         f" Obtained and translated by {rng.choice(PEOPLE)}.",
                         f" Translated and edited by {rng.choice(PEOPLE)}, with assistance from "
                         f"{rng.choice(PEOPLE)}.", f" Contributed by {rng.choice(PEOPLE)}."])
    url = rng.choice(["",
                      f" <https://wilson-center-digital-archive.dvincitest.com/document/{k}{n}>",
                      f" https://digitalarchive.wilsoncenter.org/document/{k}"])
    text = f'"{title}", {date}, Wilson Center Digital Archive, {archive}, {loc}.{credit}{url}'
    if rng.random() < 0.1:  # garbled: cut, shuffled or noisy
        cut = rng.randint(0, len(text))
        text = rng.choice([text[:cut], text[cut:], text.replace(",", ""), text.upper()])
    return text


def main(count: int = 100_000) -> float:
    rng = random.Random(1962)
    texts = [one(rng) for _ in range(count)]
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        parse_archival(text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    # CPU time is what one core spent; wall time also counts other processes on a busy machine
    print(f"{count} citations: {count / cpu:,.0f} citations/s of CPU time "
          f"({cpu:.2f} s), {count / wall:,.0f} citations/s of wall time ({wall:.2f} s)")
    return count / cpu


def page(size: int = 1_000_000) -> float:
    """Seconds to parse a whole archive page of about `size` characters: the sample page with
    its body repeated, and 300 numbered notes."""
    from citekit.parsing import parse_text

    sample = (Path(__file__).resolve().parents[1] / "tests/data/samples/"
              "wilson-center-document-115094.txt").read_text(encoding="utf-8")
    body = sample.split("**Contents:**")[1]
    notes = "\n".join(f"[{i}] Mark Kramer, The Soviet Union and Cuba (New York: Norton, 1999), "
                      f"p. {i}." for i in range(1, 301))
    text = sample + "\n" + notes + "\n"
    while len(text) < size:
        text += body
    start = time.perf_counter()
    parse_text(text)
    took = time.perf_counter() - start
    print(f"a {len(text) / 1e6:.1f} MB page: {took:.2f} s (wall time)")
    return took


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
    page()
