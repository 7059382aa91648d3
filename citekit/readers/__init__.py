"""Readers turn text people paste (citations, references) into records."""
