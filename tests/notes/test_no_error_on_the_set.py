"""`parse_note` drops a note whose reading raises, so that no note can stop a document; a rule that raised would
then lose every citation of the notes it touches without a sign. Every note of the dev set (both splits: the reader
runs on their text, no gold is read) is read here without that guard."""

import json
from pathlib import Path

from citekit.readers.notes import _parse

NOTES = Path(__file__).resolve().parents[1] / "devsets" / "notes.jsonl"


def test_no_note_of_the_set_makes_the_reader_raise():
    failed = []
    for number, line in enumerate(NOTES.read_text(encoding="utf-8").splitlines(), 1):
        note = json.loads(line)["note"]
        try:
            _parse(note)
        except Exception as error:  # noqa: BLE001 - every kind is a rule's bug here
            failed.append(f"notes.jsonl:{number}: {type(error).__name__}: {error}")
    assert not failed, "\n".join(failed[:10])
