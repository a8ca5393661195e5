"""An article's text as HTML with an event's sentence and spans marked, escaped throughout.

The article text is untrusted: every piece of it goes through ``escape``; only our own
``<mark>`` and ``<span>`` tags are markup. The evidence sentence is one ``<mark
class="evidence">`` whose text is exactly the sentence; inside it the source and target actors,
the trigger, the date expression and the place are ``<span class="hl hl-KIND">``.
"""

from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

#: The spans an event record locates, by kind: (record path, label).
SPAN_KINDS = (("source", "source actor"), ("target", "target actor"), ("trigger", "trigger"),
              ("date_span", "date"), ("location", "place"))


def as_markup(html: str) -> Markup:
    """HTML that we built ourselves, every piece of outside text already passed through
    ``escape``, as Markup (the one place where that promise is made)."""
    return Markup(html)  # noqa: S704 - callers escape all text they put in


def record_spans(record: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, label) of the spans an event record points to."""
    out = []
    for kind, label in SPAN_KINDS:
        part = record.get(kind)
        if isinstance(part, dict) and isinstance(part.get("start"), int) and \
                isinstance(part.get("end"), int) and 0 <= part["start"] < part["end"]:
            out.append((part["start"], part["end"], kind, label))
    return out


def highlighted(text: str, evidence: tuple[int, int] | None,
                spans: list[tuple[int, int, str, str]], evidence_id: str = "evidence"
                ) -> Markup:
    """``text`` as HTML with the ``evidence`` range marked and non-overlapping ``spans`` inside
    it (spans outside the evidence, or overlapping an earlier one, are left unmarked)."""
    if evidence is None or not 0 <= evidence[0] < evidence[1] <= len(text):
        return _paragraphs(escape(text))
    start, end = evidence
    inner: list[tuple[int, int, str, str]] = []
    for s, e, kind, label in sorted(spans):
        if start <= s and e <= end and (not inner or s >= inner[-1][1]):
            inner.append((s, e, kind, label))
    pieces = [str(escape(text[:start])), f'<mark class="evidence" id="{escape(evidence_id)}">']
    cursor = start
    for s, e, kind, label in inner:
        pieces.append(str(escape(text[cursor:s])))
        pieces.append(f'<span class="hl hl-{escape(kind)}" title="{escape(label)}">'
                      f'{escape(text[s:e])}</span>')
        cursor = e
    pieces.append(str(escape(text[cursor:end])))
    pieces.append("</mark>")
    pieces.append(str(escape(text[end:])))
    return _paragraphs(as_markup("".join(pieces)))


def _paragraphs(html: Markup) -> Markup:
    """Blank lines as paragraph breaks, single newlines as line breaks (the text is already
    escaped; only our tags are added)."""
    parts = str(html).split("\n\n")
    return as_markup("".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in parts
                             if p.strip()))
