"""HTML for a document with its facts marked in the text, displaCy style.

Entities, dates and figures become ``<mark class="ent ent-per" data-label="ЛИЦО">`` spans placed by
their character offsets; overlapping spans keep the one that starts first (the longer on a tie),
so a figure inside a date or a place inside an organisation name never breaks the HTML.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from markupsafe import Markup

from dumawatch.web.numbers import figure_label
from search.snippets import from_html, to_html

LABELS = {
    "per": "ЛИЦО",
    "loc": "МЕСТО",
    "org": "ОРГ",
    "date": "ДАТА",
    "num": "ЧИСЛО",
}


Span = tuple[int, int, str, str, str | None]  # start, end, kind, title, link


def spans(doc: dict) -> list[Span]:
    """(start, end, kind, title, link) for every marked fact, overlaps resolved; a person's
    mention links to their page."""
    found: list[Span] = []
    people = {}
    for p in doc.get("people") or []:
        for start, end in p.get("mentions") or []:
            people[(start, end)] = (str(p.get("name") or ""), str(p.get("key") or ""))
    for e in doc.get("entities") or []:
        kind = {"PER": "per", "LOC": "loc", "ORG": "org"}.get(str(e.get("type")))
        if kind:
            name, key = people.get((e["start"], e["end"]), ("", ""))
            title = name or str(e.get("normal") or "")
            link = f"/people/{quote(key, safe='')}" if key else None
            found.append((int(e["start"]), int(e["end"]), kind, title, link))
    for d in doc.get("dates") or []:
        found.append((int(d["start"]), int(d["end"]), "date", str(d.get("date") or ""), None))
    for f in doc.get("figures") or []:
        title = figure_label(f)
        if f.get("role"):
            title += f" ({f['role']})"
        found.append((int(f["start"]), int(f["end"]), "num", title, None))
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[Span] = []
    last_end = -1
    for span in found:
        if span[0] >= last_end and span[1] > span[0]:
            out.append(span)
            last_end = span[1]
    return out


def _render(text: str, offset: int, marks: list[Span]) -> str:
    parts, pos = [], offset
    for start, end, kind, title, link in marks:
        parts.append(html.escape(text[pos - offset : start - offset]))
        words = html.escape(text[start - offset : end - offset])
        if link:
            words = f'<a href="{html.escape(link)}">{words}</a>'
        parts.append(
            f'<mark class="ent ent-{kind}" title="{html.escape(title)}" '
            f'data-label="{LABELS[kind]}">{words}'
            f'<span class="ent-label">{LABELS[kind]}</span></mark>'
        )
        pos = end
    parts.append(html.escape(text[pos - offset :]))
    return "".join(parts)


def marked_paragraphs(doc: dict) -> list[Markup]:
    """The body as paragraphs (split on blank lines, as the contract stores them), marked up."""
    body = str(doc.get("body") or "")
    marks = [s for s in spans(doc) if 0 <= s[0] and s[1] <= len(body)]
    out = []
    cuts = [0, *(x for m in re.finditer(r"\n\s*\n", body) for x in m.span()), len(body)]
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        text = body[start:end]
        start += len(text) - len(text.lstrip())
        end -= len(text) - len(text.rstrip())
        if end > start:
            inside = [s for s in marks if s[0] >= start and s[1] <= end]
            out.append(Markup(_render(body[start:end], start, inside)))
    return out


def safe_snippet(snippet: str) -> Markup:
    """A search hit's snippet as HTML: ``<mark>`` only around the backend's matches, every
    piece of text escaped (a body that says ``</mark>`` shows it). A :class:`Snippet` gives
    its pieces; a plain string is read as the API's snippet HTML."""
    return Markup(to_html(from_html(snippet)))
