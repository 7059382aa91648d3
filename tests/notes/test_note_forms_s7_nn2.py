"""Non-English note shapes, second pass: OCRed pages (years read with letters, 'I)' for the note's '1)',
'pago' for 'pag.'), and other forms."""

from citekit.readers.notes import parse_note


def one(text):
    cites = parse_note(text)
    assert len(cites) == 1, cites
    return cites[0]


def test_a_year_ocr_read_with_letters_is_read_as_a_year_but_gives_no_date():
    cites = parse_note("A. ROSSI, Le monete di Napoli, Milano Ig0g, I, tav. 3; B. BIANCHI, Storia della zecca, Torino Ig27.")
    assert [c.record.get("publisher-place") for c in cites] == ["Milano", "Torino"]
    assert [c.record.get("title") for c in cites] == ["Le monete di Napoli", "Storia della zecca"]
    assert "issued" not in cites[0].record and "issued" not in cites[1].record
    assert "Ig0g" in cites[0].raw


def test_a_journal_year_ocr_read_with_letters_and_pago_for_pag():
    c = one("C. VERDI, Una zecca sveva, in Rivista italiana di numismatica, XV (I8g4), pago 401-40.")
    assert c.record["volume"] == "XV" and "issued" not in c.record
    assert c.locator == "401–40" and c.label == "page"


def test_the_note_number_ocr_read_as_a_capital_i():
    c = one("I) F. MEYER, Zur Geschichte der Kanzlei, Muenster 1885.")
    assert c.record["author"] == [{"family": "Meyer", "given": "F."}]
    assert c.record["issued"] == {"date-parts": [[1885]]}
