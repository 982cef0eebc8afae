"""Render reports: terminal text, Markdown, HTML (escaped), JSON; and a summary of many.

Text and Markdown are grouped by outcome: violations, advisories,
undetermined, compliant, not applicable.  Every finding states its support
level in the vocabulary's words (:func:`tkpk_rules.i18n.support_words`): a rule
resting on secondary sources reads "dilaporkan, teks pasal belum diverifikasi
(...)" / "reported, article text not verified (...)".  Outcomes, support levels
and dates read as they do in ``plan``, ``due`` and the iCalendar export.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Sequence

from tkpk_rules import i18n
from tkpk_rules.law.regulations import short_name
from tkpk_rules.report._safe import neutralise
from tkpk_rules.report.finding import Finding, Report
from tkpk_rules.report.outcome import Outcome, Severity

__all__ = [
    "FORMATS",
    "GROUPS",
    "SUMMARY_FORMAT",
    "group",
    "html_page",
    "render",
    "summary",
    "to_json",
]

#: ``format`` of :func:`summary` as JSON: one row per file, with its counts.
SUMMARY_FORMAT = "tkpk-rules.ringkasan/2"

#: The formats :func:`render` knows.
FORMATS: tuple[str, ...] = ("text", "markdown", "html", "json")
#: The order groups are shown in.
GROUPS: tuple[str, ...] = ("violation", "advisory", "undetermined", "compliant", "not_applicable")


def group(f: Finding) -> str:
    """The group a finding is shown in: its outcome, or ``advisory``."""
    if f.outcome is not Outcome.VIOLATION and f.severity is Severity.ADVISORY:
        return "advisory"
    return f.outcome.value


def shown_counts(report: Report) -> dict[str, int]:
    """How many findings each section of a rendered report holds, plus ``at_risk``.

    Unlike :meth:`Report.counts`, which counts outcomes and adds advisories on top,
    these numbers add up to the number of findings, as a reader counts them.
    """
    counts = dict.fromkeys((*GROUPS, "at_risk"), 0)
    for f in report.findings:
        counts[group(f)] += 1
    counts["at_risk"] = report.counts()["at_risk"]
    return counts


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """JSON text of the report; byte-identical for the same report."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False) + "\n"


def render(report: Report, *, format: str = "text", lang: str = "id") -> str:
    """The report in ``format`` (``text``, ``markdown``, ``html``, ``json``) and ``lang``.

    :raises tkpk_rules.errors.ArgumentValueError: unknown format or language (a ValueError).
    :raises tkpk_rules.errors.ArgumentTypeError: ``report`` is not a report.
    """
    from tkpk_rules.errors import ArgumentTypeError, ArgumentValueError

    if not isinstance(report, Report):
        raise ArgumentTypeError(
            f"report: seharusnya / expected tkpk_rules.report.Report, bukan / got "
            f"{type(report).__name__}"
        )
    if lang not in i18n.LANGS:
        raise ArgumentValueError(f"lang: 'id' atau/or 'en', bukan/not {lang!r}")
    if format == "json":
        return to_json(report)
    if format == "text":
        return _text(report, lang)
    if format == "markdown":
        return _markdown(report, lang)
    if format == "html":
        return _html(report, lang)
    raise ArgumentValueError(f"format: {format!r}; pakai salah satu / use one of {FORMATS}")


def _t(key: str, lang: str, **params: object) -> str:
    return i18n.message(key, lang, **params)


def _support_text(f: Finding, lang: str) -> str:
    return i18n.support_words(f.support, lang)


def group_heading(g: str, lang: str) -> str:
    """The heading of a group of findings: the outcome's word, capitalised."""
    words = i18n.outcome_words(g, lang) if g != "at_risk" else i18n.PROGRESS["at_risk"].pick(lang)
    return words[:1].upper() + words[1:]


def governing_text(report: Report, lang: str) -> str:
    """Which regulation governs on the day judged, as a reader sees it."""
    cands = report.stamp.governing
    names = [short_name(c) if c else _t("ui.none", lang) for c in cands]
    if len(cands) == 1:
        return names[0]
    return _t("ui.governing_uncertain", lang, calon=" / ".join(names))


def handover_text(report: Report, lang: str) -> str:
    """The handover date the caller chose, or the uncertain window when none was."""
    st = report.stamp
    if st.handover is not None:
        return i18n.date_words(st.handover, lang)
    return _t("ui.handover_default", lang, awal=st.handover_window[0], akhir=st.handover_window[1])


def _summary_line(report: Report, lang: str) -> str:
    c = shown_counts(report)
    return _t(
        "ui.summary",
        lang,
        pelanggaran=c["violation"],
        saran=c["advisory"],
        belum=c["undetermined"],
        sesuai=c["compliant"],
        tidak_berlaku=c["not_applicable"],
    )


def certainty_text(f: Finding, lang: str) -> str | None:
    """The line saying which inferred or uncertain facts a finding rests on, if any."""
    if not f.certainty:
        return None
    facts = ", ".join(f"{p} ({i18n.certainty_words(c, lang)})" for p, c in f.certainty)
    return f"{_t('ui.certainty', lang)}: {facts}"


def _fact_text(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(value) if value else "-"
    if value is None:
        return "-"
    return str(value)


def _grouped(report: Report) -> list[tuple[str, list[Finding]]]:
    out = []
    for g in GROUPS:
        items = [f for f in report.findings if group(f) == g]
        out.append((g, items))
    return out


def _title(report: Report) -> str:
    s = report.subject
    return f"{s.nama or s.kode} ({s.kode})"


def _missing_note(f: Finding, group: str, lang: str) -> tuple[str, str] | None:
    """The facts that would settle ``f`` as (label, text); none for a compliant or
    inapplicable finding.  Every renderer shows it with the message."""
    if group != "compliant" and group != "not_applicable" and f.missing:
        return (_t("ui.missing", lang), ", ".join(f.missing))
    return None


def _defaults_note(f: Finding, lang: str) -> tuple[str, str] | None:
    """The classifications the rule assumed for ``f`` as (label, text), if any."""
    defaults = dict(f.facts).get("klasifikasi_bawaan")
    if isinstance(defaults, tuple) and defaults:
        return (_t("ui.defaults", lang), "; ".join(map(str, defaults)))
    return None


def _notes(f: Finding, group: str, lang: str) -> list[tuple[str, str]]:
    """The notes shown with ``f``'s message and certainty in a table's cell."""
    return [n for n in (_missing_note(f, group, lang), _defaults_note(f, lang)) if n]


# ---------------------------------------------------------------- text


def _text(report: Report, lang: str) -> str:
    st = report.stamp
    lines = [
        f"{_t('ui.title', lang)}: {_title(report)}",
        f"{_t('ui.judged_on', lang)}: {i18n.date_words(st.judged_on, lang)}",
        f"{_t('ui.governing', lang)}: {governing_text(report, lang)}",
        f"{_t('ui.handover', lang)}: {handover_text(report, lang)}",
        _summary_line(report, lang),
        _t("ui.notice", lang),
    ]
    for g, items in _grouped(report):
        lines.append("")
        lines.append(f"== {group_heading(g, lang)} ({len(items)}) ==")
        if not items:
            lines.append("  " + _t("ui.none", lang))
        for f in items:
            year = f" [{f.year}]" if f.year is not None else ""
            lines.append(f"- {f.code}{year}: {f.message(lang)}")
            lines.append(f"    {_t('ui.where', lang)}: {f.path}")
            lines.append(f"    {_t('ui.citation', lang)}: {f.citation.text()} ({f.provision})")
            lines.append(f"    {_t('ui.support', lang)}: {_support_text(f, lang)}")
            missing = _missing_note(f, g, lang)
            if missing:
                lines.append(f"    {missing[0]}: {missing[1]}")
            weak = certainty_text(f, lang)
            if weak:
                lines.append(f"    {weak}")
            defaults = _defaults_note(f, lang)
            if defaults:
                lines.append(f"    {defaults[0]}: {defaults[1]}")
            action = f.action(lang)
            if action:
                lines.append(f"    {_t('ui.action', lang)}: {action}")
    lines.append("")
    lines.append(
        f"{_t('ui.version', lang)}: {st.library_version}; {_t('ui.rulebook', lang)}:"
        f" {st.rulebook_hash[:19]}; {_t('ui.input', lang)}: {st.input_hash[:19]}"
    )
    return neutralise("\n".join(lines) + "\n")  # no terminal escapes from the dossier


# ---------------------------------------------------------------- markdown


#: Characters with a meaning in Markdown (GitHub's flavour included) that can
#: appear inside a line: escaped with a backslash wherever they come from.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()!|~#])")


def _md(text: object) -> str:
    """Text as Markdown that shows exactly that text: no markup, link, HTML or line break.

    ``<`` ``>`` ``&`` become HTML entities (no raw HTML, no ``<javascript:...>``
    autolink); the characters of emphasis, code, links, images and tables are
    backslash-escaped (``[x](javascript:...)`` stays text); line breaks become
    spaces; control and bidi characters are escaped as ``\\uXXXX``.
    """
    safe = html.escape(neutralise(str(text)), quote=False)
    return _MD_SPECIAL.sub(r"\\\1", safe).replace("\n", " ").replace("\r", " ")


def _md_weak(f: Finding, lang: str) -> str:
    weak = certainty_text(f, lang)
    return f" _({_md(weak)})_" if weak else ""


def _md_notes(f: Finding, group: str, lang: str) -> str:
    return "".join(f"<br>**{_md(label)}:** {_md(text)}" for label, text in _notes(f, group, lang))


def _markdown(report: Report, lang: str) -> str:
    st = report.stamp
    lines = [
        f"## {_md(_t('ui.title', lang))}: {_md(_title(report))}",
        "",
        f"- **{_md(_t('ui.judged_on', lang))}:** {i18n.date_words(st.judged_on, lang)}",
        f"- **{_t('ui.governing', lang)}:** {_md(governing_text(report, lang))}",
        f"- **{_t('ui.handover', lang)}:** {_md(handover_text(report, lang))}",
        f"- {_md(_summary_line(report, lang))}",
        f"- _{_md(_t('ui.notice', lang))}_",
    ]
    head = (
        f"| {_t('ui.code', lang)} | {_t('ui.message', lang)} | {_t('ui.where', lang)} |"
        f" {_t('ui.citation', lang)} | {_t('ui.support', lang)} | {_t('ui.action', lang)} |"
    )
    for g, items in _grouped(report):
        if not items:
            continue
        lines += [
            "",
            f"### {group_heading(g, lang)} ({len(items)})",
            "",
            head,
            "|---|---|---|---|---|---|",
        ]
        for f in items:
            year = f" [{f.year}]" if f.year is not None else ""
            lines.append(
                f"| `{f.code}`{year} | {_md(f.message(lang))}{_md_weak(f, lang)}"
                f"{_md_notes(f, g, lang)} | {_md(f.path)} |"
                f" {_md(f.citation.text())} | {_md(_support_text(f, lang))} |"
                f" {_md(f.action(lang) or '')} |"
            )
    lines += [
        "",
        f"<sub>{_t('ui.version', lang)} {st.library_version} · {st.rulebook_hash[:19]}"
        f" · {st.input_hash[:19]}</sub>",
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- html

_CSS = (
    ".tkpk-report table{border-collapse:collapse}.tkpk-report td,.tkpk-report th"
    "{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}"
    ".tkpk-violation{background:#fde2e2}.tkpk-advisory{background:#fff4d6}"
    ".tkpk-undetermined{background:#eef}"
)


def _h(text: object) -> str:
    return html.escape(neutralise(str(text)), quote=True)


def _h_weak(f: Finding, lang: str) -> str:
    weak = certainty_text(f, lang)
    return f"<br><i>{_h(weak)}</i>" if weak else ""


def _h_notes(f: Finding, group: str, lang: str) -> str:
    return "".join(f"<br><b>{_h(label)}:</b> {_h(text)}" for label, text in _notes(f, group, lang))


def html_page(body: str, lang: str = "id") -> str:
    """``body`` (what ``render(..., format="html")`` gives: fragments to embed) as a whole
    page a browser opens as it is: doctype, ``utf-8``, a title in ``lang``.

    >>> html_page("<p>x</p>").splitlines()[:2]
    ['<!DOCTYPE html>', '<html lang="id">']
    """
    from tkpk_rules.i18n import MESSAGES

    title = MESSAGES["ui.cli.html_title"]
    return (
        f'<!DOCTYPE html>\n<html lang="{_h(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_h(title.en if lang == 'en' else title.id)}</title>\n</head>\n<body>\n"
        f"{body}</body>\n</html>\n"
    )


def _html(report: Report, lang: str) -> str:
    st = report.stamp
    parts = [
        f'<div class="tkpk-report" lang="{_h(lang)}"><style>{_CSS}</style>',
        f"<h3>{_h(_t('ui.title', lang))}: {_h(_title(report))}</h3>",
        "<ul>",
        f"<li><b>{_h(_t('ui.judged_on', lang))}:</b>"
        f" {_h(i18n.date_words(st.judged_on, lang))}</li>",
        f"<li><b>{_h(_t('ui.governing', lang))}:</b> {_h(governing_text(report, lang))}</li>",
        f"<li><b>{_h(_t('ui.handover', lang))}:</b> {_h(handover_text(report, lang))}</li>",
        f"<li>{_h(_summary_line(report, lang))}</li>",
        f"<li><i>{_h(_t('ui.notice', lang))}</i></li>",
        "</ul>",
    ]
    for g, items in _grouped(report):
        if not items:
            continue
        parts.append(f"<h4>{_h(group_heading(g, lang))} ({len(items)})</h4>")
        parts.append(
            "<table><tr>"
            + "".join(
                f"<th>{_h(_t(k, lang))}</th>"
                for k in (
                    "ui.code",
                    "ui.message",
                    "ui.where",
                    "ui.citation",
                    "ui.support",
                    "ui.action",
                )
            )
            + "</tr>"
        )
        for f in items:
            year = f" [{f.year}]" if f.year is not None else ""
            parts.append(
                f'<tr class="tkpk-{_h(g)}"><td><code>{_h(f.code)}</code>{_h(year)}</td>'
                f"<td>{_h(f.message(lang))}{_h_weak(f, lang)}{_h_notes(f, g, lang)}</td>"
                f"<td><code>{_h(f.path)}</code></td>"
                f"<td>{_h(f.citation.text())}</td><td>{_h(_support_text(f, lang))}</td>"
                f"<td>{_h(f.action(lang) or '')}</td></tr>"
            )
        parts.append("</table>")
    parts.append(
        f"<p><small>{_h(_t('ui.version', lang))} {_h(st.library_version)} · "
        f"{_h(st.rulebook_hash[:19])} · {_h(st.input_hash[:19])}</small></p></div>"
    )
    return "\n".join(parts) + "\n"


# ---------------------------------------------------------------- many regions

_COLUMNS = ("violation", "advisory", "undetermined", "compliant", "not_applicable", "at_risk")


def summary(
    rows: Iterable[tuple[str, Report | None]], *, format: str = "text", lang: str = "id"
) -> str:
    """A table of regions × outcome counts; a ``None`` report marks an unreadable file.

    >>> summary([], format="text").splitlines()[0].split()[0]
    'Berkas'
    """
    rows = list(rows)
    labels = [group_heading(c, lang) for c in _COLUMNS]
    table: list[Sequence[str]] = []
    totals = dict.fromkeys(_COLUMNS, 0)
    for name, report in rows:
        if report is None:
            table.append((name, "-", *([_t("ui.unreadable", lang)] + [""] * (len(_COLUMNS) - 1))))
            continue
        c = shown_counts(report)
        for k in _COLUMNS:
            totals[k] += c[k]
        table.append((name, _title(report), *(str(c[k]) for k in _COLUMNS)))
    table.append((_t("ui.total", lang), "", *(str(totals[k]) for k in _COLUMNS)))
    head = (_t("ui.file", lang), _t("ui.region", lang), *labels)
    if format == "json":
        data = [
            {
                "berkas": name,
                "kode_wilayah": report.subject.kode if report else None,
                "jumlah": dict(report.counts()) if report else None,
                "bagian": shown_counts(report) if report else None,
            }
            for name, report in rows
        ]
        return (
            json.dumps({"format": SUMMARY_FORMAT, "baris": data}, ensure_ascii=False, indent=2)
            + "\n"
        )
    if format == "markdown":
        out = ["| " + " | ".join(_md(h) for h in head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(_md(c) for c in row) + " |" for row in table]
        return "\n".join(out) + "\n"
    if format == "html":
        out = [
            '<table class="tkpk-summary"><tr>'
            + "".join(f"<th>{_h(h)}</th>" for h in head)
            + "</tr>"
        ]
        out += ["<tr>" + "".join(f"<td>{_h(c)}</td>" for c in row) + "</tr>" for row in table]
        return "\n".join([*out, "</table>"]) + "\n"
    table = [tuple(neutralise(str(c)) for c in row) for row in table]
    widths = [max(len(str(r[i])) for r in [head, *table]) for i in range(len(head))]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in [head, *table]
    ]
    return "\n".join(lines) + "\n"
