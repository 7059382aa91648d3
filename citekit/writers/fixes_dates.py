"""Engine fixes for dates: seasons, date ranges.

Installed by `citeproc_fixes.apply()`; one documented function per engine defect.
"""

from __future__ import annotations

_PARTS = ("year", "month", "day")


def _season(month) -> int | None:
    """The season (1-4) that a month number 13-24 stands for in CSL-JSON, else None."""
    if isinstance(month, int) and 13 <= month <= 24:
        return (month - 13) % 4 + 1
    return None


def seasons_in_month() -> None:
    """CSL-JSON writes a season as month 13-16 or 21-24 (spring, summer, autumn, winter);
    citeproc-js prints the season term for it, and nothing for a month that is neither a
    month nor a season (0, -1, 60). citeproc-py looked up a term "month-21" that does not
    exist and dropped the whole date (CSL test-suite: date_SeasonRange1, date_SeasonRange2,
    date_SeasonRange3, date_VariousInvalidDates)."""
    from citeproc import model
    from citeproc.source import VariableError

    process = model.Date_Part.process

    def process_season(self, date, context=None):
        if self.get("name") != "month":
            return process(self, date, context)
        try:
            month = date.month
        except VariableError:
            return process(self, date, context)
        season = _season(month)
        if season is None:
            if isinstance(month, int) and not 1 <= month <= 12:
                return None
            return process(self, date, context)
        form = self.get("form", "long")
        if context is not None and context is not self:
            override = context.xpath_search('./cs:date-part[@name="month"]')
            form = override[0].get("form", form) if override else form
        if form not in ("long", "short"):
            return str(season)
        return (context if context is not None else self).get_single_term(
            name=f"season-{season:02}")

    model.Date_Part.process = process_season


def _differs(begin, end, name) -> bool:
    return begin.get(name) != end.get(name)


def _range_delimiter(date, name: str):
    for part in date.iterchildren():
        if part.get("name") == name and part.get("range-delimiter") is not None:
            return part.get("range-delimiter")
    return date.unicode_character("EN DASH")


def date_ranges_like_citeproc_js() -> None:
    """A date range is joined with the `range-delimiter` of the largest date part that
    differs (CSL spec, cs:date-part; default an en dash), and the parts of a localized date
    are joined with the locale date's `delimiter`. citeproc-py always used an en dash and
    the style date's delimiter, which a localized date never has ("2–4January1999");
    a range whose two ends render alike is one date (CSL test-suite: date_RangeDelimiter,
    date_SeasonRange2, date_SeasonRange3)."""
    from citeproc import model

    def render_single_date(self, date, show_parts=None, context=None):
        if context != self:
            parts = self.parts(date, show_parts, context)
        else:
            parts = self.parts(date, show_parts)
        return self.join(parts) if parts else None

    def render_date_range(self, date_range, show_parts=None, context=None):
        begin, end = date_range.begin, date_range.end
        shown = [p for p in _PARTS if p in show_parts]
        if end.is_nil():  # an open range: "1987–"
            first = self.render_single_date(begin, show_parts, context)
            return first.rstrip() + _range_delimiter(self, "year") if first else None
        differ = next((p for p in shown if _differs(begin, end, p)), None)
        if differ is None:
            return self.render_single_date(begin, show_parts, context)
        different = shown[shown.index(differ):]
        same = shown[:shown.index(differ)]
        first = self.render_single_date(begin, list(different), context)
        last = self.render_single_date(end, list(different), context)
        if not first:
            return None
        text = first.rstrip() + _range_delimiter(self, differ) + (last or "")
        if same:
            shared = self.render_single_date(end, list(same), context)
            if shared:
                text = self.join([text, shared.rstrip()])
        return text

    model.Date.render_single_date = render_single_date
    model.Date.render_date_range = render_date_range
