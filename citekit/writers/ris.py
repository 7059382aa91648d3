"""Records -> RIS (mappings/ris.py)."""

from __future__ import annotations

from ..mappings import ris as M
from ..model import Record

_TY = dict(M.TYPES)


def _date(value) -> str | None:
    parts = value.get("date-parts") if isinstance(value, dict) else None
    if not parts:
        return None
    span = [*parts[0], None, None][:3]
    return "/".join(f"{p:02d}" if p and i else (str(p) if p else "") for i, p in enumerate(span)) + "/"


def _name(n: dict) -> str:
    if n.get("literal"):
        return n["literal"]
    family = " ".join(p for p in (n.get("non-dropping-particle"), n.get("family")) if p)
    return ", ".join(p for p in (family, n.get("given"), n.get("suffix")) if p)


def write(records: list[Record]) -> str:
    out = []
    for r in records:
        ty = _TY.get(r.get("type"), "GEN")
        lines = [f"TY  - {ty}", f"ID  - {r['id']}"]
        for var, tag in M.name_tags(ty):
            lines += [f"{tag}  - {_name(n)}" for n in r.get(var) or []]
        for var, tag in M.text_tags(ty):
            if r.get(var) not in (None, ""):
                value = " ".join(str(r[var]).split()) if var != "abstract" else str(r[var])
                lines.append(f"{tag}  - {value}")
        if r.get("page"):
            first, _, last = str(r["page"]).replace("–", "-").partition("-")
            lines.append(f"SP  - {first}")
            if last:
                lines.append(f"EP  - {last}")
        for var, tag in M.DATE_TAGS.items():
            d = _date(r.get(var))
            if d:
                lines.append(f"{tag}  - {d}")
                if var == "issued":
                    lines.append(f"PY  - {r[var]['date-parts'][0][0]}")
        lines.append("ER  - ")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)
