"""The law pages: one page per provision, generated from the rulebook objects themselves.

Nothing about a provision is written twice: the fact, its support, its citation and the
reason it cannot be checked come from :data:`tkpk_rules.law.PROVISIONS`; the rules that
encode it (code, support, citation, period, levels) from the rulebook; the example finding
from running the engine at build time; the covering tests from scanning ``tests/``.
"""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

_ROOT = Path(__file__).resolve().parent.parent.parent

# ------------------------------------------------------------------ reading the library


def provisions() -> dict[str, Any]:
    """The provisions by id, or an empty dict while the law module does not exist."""
    try:
        from tkpk_rules.law import PROVISIONS
    except ImportError:
        return {}
    return dict(PROVISIONS)


def all_rules() -> list[Any]:
    """Every rule of the rulebook, or an empty list while the rulebook does not exist."""
    try:
        from tkpk_rules import rules as rules_pkg
    except ImportError:
        return []
    for name in ("RULEBOOK", "RULES", "ALL_RULES"):
        found = getattr(rules_pkg, name, None)
        if found is not None:
            return list(found.values() if isinstance(found, dict) else found)
    for name in ("all_rules", "rulebook"):
        fn = getattr(rules_pkg, name, None)
        if callable(fn):
            found = fn()
            found = getattr(found, "rules", found)
            return list(found.values() if isinstance(found, dict) else found)
    return []


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def rule_code(rule: Any) -> str:
    return str(_get(rule, "code"))


def rule_provisions(rule: Any) -> tuple[str, ...]:
    value = _get(rule, "provisions", "provision", "provision_id", default=())
    return (value,) if isinstance(value, str) else tuple(value)


def rule_support(rule: Any) -> Any:
    return _get(rule, "support")


def rules_for(provision_id: str, rules: Iterable[Any]) -> list[Any]:
    return [r for r in rules if provision_id in rule_provisions(r)]


def _support_value(s: Any) -> str:
    return str(getattr(s, "value", s))


# ------------------------------------------------------------------ the support levels

SUPPORT_TEXT = {
    "confirmed": (
        "teks resmi sudah dibaca dan nomor pasalnya diketahui",
        "the official text was read and the article number is known",
        "pelanggaran biasa",
        "plain violation",
    ),
    "quoted": (
        "nomor dan bunyi pasal terlihat dikutip kata demi kata dalam dokumen resmi kementerian"
        " (materi pelatihan Kemendagri/TNP2K), bukan dalam lembaran negara",
        "the article's number and wording were seen quoted word for word in an official"
        " ministry document (a Kemendagri/TNP2K training deck), not in the gazette",
        'pelanggaran, berlabel "pasal dikutip materi kementerian, teks lembaran negara belum'
        ' diverifikasi"',
        'violation, labelled "article quoted by ministry material, gazette text not verified"',
    ),
    "reported": (
        "dua atau lebih sumber sekunder yang berdiri sendiri menyatakannya",
        "two or more independent secondary sources state it",
        'pelanggaran, berlabel "dilaporkan, teks pasal belum diverifikasi"',
        'violation, labelled "reported, article text not verified"',
    ),
    "single_source": (
        "satu sumber sekunder menyatakannya",
        "one secondary source states it",
        "pelanggaran, dengan label yang sama",
        "violation, labelled the same way",
    ),
    "practice": (
        "yang dilakukan daerah secara konsisten, atau yang diwajibkan aturan sebelumnya",
        "what regions consistently do, or what the predecessor regulation required",
        "hanya saran, tidak pernah pelanggaran",
        "advisory only, never a violation",
    ),
}


def support_levels_table(lang: str = "en") -> str:
    from tkpk_rules.law import Support

    i = 0 if lang == "id" else 1
    head = (
        "| tingkat | arti | temuan ditampilkan sebagai |"
        if lang == "id"
        else "| level | meaning | a finding from such a rule is shown as |"
    )
    lines = [head, "|---|---|---|"]
    for s in Support:
        text = SUPPORT_TEXT.get(s.value)
        if text is None:  # a level the docs do not describe: say so, do not drop it
            lines.append(f"| `{s.value}` | **?** | **?** |")
            continue
        lines.append(f"| `{s.value}` | {text[i]} | {text[i + 2]} |")
    return "\n".join(lines)


def support_label(levels: Sequence[Any], lang: str = "en") -> str:
    if not levels:
        return "tidak dapat diperiksa" if lang == "id" else "not checkable"
    return " + ".join(f"`{_support_value(s)}`" for s in levels)


def support_summary(lang: str = "en") -> str:
    """How many provisions and rules stand at each level; says plainly that none is confirmed."""
    from tkpk_rules.law import Support

    provs = provisions()
    rules = all_rules()
    by_level = {s.value: [p for p in provs.values() if s in p.support] for s in Support}
    rule_level = {s.value: [r for r in rules if rule_support(r) is s] for s in Support}
    unchecked = [p for p in provs.values() if not p.checkable]
    head = "| tingkat | ketentuan | aturan |" if lang == "id" else "| level | provisions | rules |"
    lines = [head, "|---|---|---|"]
    for level, items in by_level.items():
        ids = ", ".join(f"[`{p.id}`](rules/{p.id}.md)" for p in items) or "—"
        lines.append(f"| `{level}` | {len(items)}: {ids} | {len(rule_level[level])} |")
    ids = ", ".join(f"[`{p.id}`](rules/{p.id}.md)" for p in unchecked) or "—"
    label = "tidak dapat diperiksa" if lang == "id" else "not checkable"
    lines.append(f"| {label} | {len(unchecked)}: {ids} | — |")
    n_conf = len(by_level.get("confirmed", []))
    if lang == "id":
        note = (
            f"**Ketentuan berstatus `confirmed`: {n_conf}.**"
            if n_conf
            else "**Belum ada satu pun ketentuan yang berstatus `confirmed`.** Teks resmi "
            "Permendagri 53/2020 belum dibaca oleh tim proyek."
        )
    else:
        note = (
            f"**Provisions at `confirmed`: {n_conf}.**"
            if n_conf
            else "**No provision is `confirmed` yet.** Nobody on the project has read the "
            "official text of Permendagri 53/2020."
        )
    if not provs:
        note = "The law module (`tkpk_rules.law.PROVISIONS`) is not in this build yet."
    return note + "\n\n" + "\n".join(lines)


def provisions_table(lang: str = "en", base: str = "") -> str:
    """One row per provision, linking to its page."""
    provs = provisions()
    rules = all_rules()
    if not provs:
        return missing_rulebook()
    if lang == "id":
        lines = ["| id | pasal | fakta | dukungan | aturan |", "|---|---|---|---|---|"]
    else:
        lines = ["| id | article | fact | support | rules |", "|---|---|---|---|---|"]
    for p in provs.values():
        fact = p.fact.pick(lang)
        codes = ", ".join(f"`{rule_code(r)}`" for r in rules_for(p.id, rules))
        if not p.checkable:
            codes = "—"
        elif not codes:
            codes = "**belum ada / none yet**"
        lines.append(
            f"| [`{p.id}`]({base}{p.id}.md) | {p.citation.text()} | {_cell(fact)} | "
            f"{support_label(p.support, lang)} | {codes} |"
        )
    return "\n".join(lines)


def missing_rulebook() -> str:
    return (
        '!!! warning "Belum tersedia / not available yet"\n'
        "    Daftar ketentuan (`tkpk_rules.law.PROVISIONS`) belum ada di versi ini.\n\n"
        "    The provision list (`tkpk_rules.law.PROVISIONS`) is not in this build yet.\n"
    )


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


# ------------------------------------------------------------------ regulations and regimes


def regulations_table(lang: str = "en") -> str:
    try:
        from tkpk_rules.law import REGULATIONS
    except ImportError:
        return missing_rulebook()
    if lang == "id":
        lines = [
            "| id | peraturan | mulai berlaku | yang diketahui |",
            "|---|---|---|---|",
        ]
    else:
        lines = ["| id | regulation | in force | what we know |", "|---|---|---|---|"]
    for r in REGULATIONS.values():
        if r.earliest == r.latest:
            when = r.latest.isoformat()
        elif lang == "id":
            when = f"antara {r.earliest.isoformat()} dan {r.latest.isoformat()}"
        else:
            when = f"between {r.earliest.isoformat()} and {r.latest.isoformat()}"
        known = r.known.pick(lang)
        lines.append(f"| `{r.id}` | {r.singkat} | {when} | {_cell(known)} |")
    return "\n".join(lines)


def regimes_table(lang: str = "en") -> str:
    """What :func:`tkpk_rules.law.governing` answers on sample days, computed at build time."""
    try:
        from tkpk_rules.law import REGIMES, governing
        from tkpk_rules.law.regulations import short_name
    except ImportError:
        return missing_rulebook()
    days = [
        dt.date(2009, 6, 1),
        dt.date(2015, 1, 1),
        dt.date(2019, 12, 31),
        dt.date(2020, 1, 1),
        dt.date(2020, 6, 1),
        dt.date(2020, 10, 5),
        dt.date(2020, 10, 6),
        dt.date(2026, 11, 27),
    ]
    head = (
        "| tanggal | yang berlaku (tanpa `handover`) | dengan `handover=2020-07-01` |"
        if lang == "id"
        else "| date | governing (no `handover`) | with `handover=2020-07-01` |"
    )
    lines = [head, "|---|---|---|"]

    def show(at: Any) -> str:
        names = [
            short_name(c) if c else ("belum ada" if lang == "id" else "none yet")
            for c in at.candidates
        ]
        if at.determined:
            return names[0]
        sep = " atau " if lang == "id" else " or "
        word = "tidak pasti" if lang == "id" else "uncertain"
        return f"*{word}:* " + sep.join(names)

    for day in days:
        plain = governing(day)
        try:
            fixed = show(governing(day, handover=dt.date(2020, 7, 1)))
        except Exception as exc:  # pragma: no cover
            fixed = type(exc).__name__
        lines.append(f"| {day.isoformat()} | {show(plain)} | {fixed} |")
    lines.append("")
    lines.append(
        ("Rezim / regimes: " if lang == "id" else "Regimes: ")
        + " → ".join(short_name(r) for r in REGIMES)
    )
    return "\n".join(lines)


# ------------------------------------------------------------------ tests that cover a rule


def _mentions(needles: Sequence[str]) -> re.Pattern[str]:
    """Whole mentions only: ``TKPK53-MTG-001`` is not found in ``TKPK53-MTG-0010``."""
    alternatives = "|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-])")


def covering_tests(needles: Iterable[str], tests_dir: Path | None = None) -> list[str]:
    """Test functions in ``tests/`` whose source mentions any of ``needles``.

    A mention outside any test function (a parametrize list, a constant) names the module.
    """
    tests_dir = tests_dir or _ROOT / "tests"
    wanted = [n for n in needles if n]
    if not wanted:
        return []
    pattern = _mentions(wanted)
    found: list[str] = []
    for path in sorted(tests_dir.glob("test*.py")):
        if path.name.startswith("test_docs"):
            continue  # the documentation's own tests name provisions as sample data
        text = path.read_text(encoding="utf-8")
        if not pattern.search(text):
            continue
        rel = path.relative_to(tests_dir.parent).as_posix()
        try:
            tree = ast.parse(text)
        except SyntaxError:
            found.append(rel)
            continue
        in_functions = False
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if not node.name.startswith("test"):
                continue
            parts = [ast.get_source_segment(text, node) or ""]
            parts += [ast.get_source_segment(text, d) or "" for d in node.decorator_list]
            if any(pattern.search(part) for part in parts):
                found.append(f"{rel}::{node.name}")
                in_functions = True
        if not in_functions:
            found.append(f"{rel} (module level)")
    return found


# ------------------------------------------------------------------ one provision page


def _source_location(obj: Any) -> str | None:
    """Where the rule's function is written, as a path in the repository with its line.

    The path comes from the function's module name (``tkpk_rules.rules.meetings`` is
    ``src/tkpk_rules/rules/meetings.py``), never from the file Python loaded, which may
    be an installed copy under ``site-packages``.
    """
    fn = _get(obj, "function", "func", "check", default=obj)
    module = getattr(fn, "__module__", None)
    if not isinstance(module, str) or not module.startswith("tkpk_rules"):
        return None
    try:
        line = inspect.getsourcelines(fn)[1]
    except (TypeError, OSError):
        return None
    return f"{repository_path(module)}:{line}"


def repository_path(module: str) -> str:
    """The file of ``module`` in the repository: ``src/tkpk_rules/rules/meetings.py``.

    >>> repository_path("tkpk_rules.rules")
    'src/tkpk_rules/rules/__init__.py'
    """
    base = Path("src", *module.split("."))
    package = _ROOT / base / "__init__.py"
    return (base / "__init__.py" if package.is_file() else base.with_suffix(".py")).as_posix()


def _period(rule: Any) -> str:
    """The regimes under which the rule holds, i.e. the period it is in force."""
    regimes = _get(rule, "regimes", default=None)
    if not regimes:
        return "—"
    try:
        from tkpk_rules.law import REGULATIONS
        from tkpk_rules.law.regulations import short_name
    except ImportError:  # pragma: no cover
        return ", ".join(sorted(regimes))
    ordered = sorted(
        regimes, key=lambda r: REGULATIONS[r].latest if r in REGULATIONS else dt.date.max
    )
    text = " + ".join(short_name(r) for r in ordered)
    if _get(rule, "regime_independent", default=False):
        text += " (tidak bergantung rezim / regime-independent)"
    if _get(rule, "yearly", default=False):
        text += "; tahunan / yearly"
    return text


def _levels(rule: Any) -> str:
    levels = _get(rule, "levels", "tingkat", default=())
    return ", ".join(sorted(_support_value(x) for x in levels)) or "—"


def _rule_citation(rule: Any) -> str:
    c = _get(rule, "citation")
    text = c.text() if hasattr(c, "text") else str(c)
    also = [a.text() for a in _get(rule, "also_cited", default=()) if hasattr(a, "text")]
    return text + ("; " + "; ".join(also) if also else "")


def _rule_doc(rule: Any) -> str:
    fn = _get(rule, "function", "func", "check", default=None)
    return inspect.getdoc(fn) or "" if fn is not None else ""


def _short(regulation_id: str) -> str:
    try:
        from tkpk_rules.law.regulations import short_name
    except ImportError:  # pragma: no cover
        return regulation_id
    return short_name(regulation_id)


def parameters_for(provision_id: str) -> list[Any]:
    try:
        from tkpk_rules.law.parameters import PARAMETERS
    except ImportError:
        return []
    return [p for p in PARAMETERS.values() if p.provision == provision_id]


def _catalog() -> dict[str, Any]:
    """The i18n message catalogue (``key -> (indonesian, english)``), if there is one yet."""
    try:
        from tkpk_rules.i18n import MESSAGES
    except ImportError:
        return {}
    return dict(MESSAGES)


def _pair(value: Any) -> tuple[str, str]:
    """Indonesian and English of a catalogue entry (``i18n.Words``, or a plain pair)."""
    indonesian, english = value
    return str(indonesian), str(english)


def messages_for(code: str) -> list[tuple[str, str, str]]:
    """The messages a rule's findings can carry: ``(key, indonesian, english)``."""
    out: list[tuple[str, str, str]] = []
    for key, value in sorted(_catalog().items()):
        if key.startswith(code + ".") and key != f"{code}.title":
            out.append((key, *_pair(value)))
    return out


def rule_title(code: str) -> tuple[str, str]:
    """The rule's one-line name in Indonesian and English (``"<code>.title"``), or blanks."""
    value = _catalog().get(f"{code}.title")
    return _pair(value) if value else ("", "")


def provision_page(
    provision: Any,
    rules: Sequence[Any] = (),
    *,
    findings: dict[str, str] | None = None,
    tests: Sequence[str] = (),
) -> str:
    """The Markdown page of one provision.

    ``rules`` are the rule objects that encode it, ``findings`` a rendered example finding
    per rule code, ``tests`` the tests that cover it.  Pure: the same arguments give the
    same page, and any change in a rule's support, citation or period shows.
    """
    p = provision
    findings = findings or {}
    out: list[str] = [f"# `{p.id}`", ""]
    out += [
        f"**{p.citation.text()}**",
        "",
        '=== "Bahasa Indonesia"',
        "",
        f"    **Fakta (dengan kata-kata kami):** {p.fact.id}",
        "",
        '=== "English"',
        "",
        f"    **The fact (in our words):** {p.fact.en}",
        "",
        "## Dukungan / support",
        "",
        f"Tingkat / level: {support_label(p.support, 'en')}",
        "",
    ]
    for s in p.support:
        text = SUPPORT_TEXT.get(_support_value(s))
        if text:
            out.append(
                f"- `{_support_value(s)}`: {text[0]} / {text[1]}. "
                f"Temuan / findings: {text[2]} / {text[3]}."
            )
    if p.support:
        out.append("")
    note_id, note_en = p.support_note
    if note_id or note_en:
        out += [f"Catatan / note: {note_id} / {note_en}", ""]
    if not any(_support_value(s) == "confirmed" for s in p.support):
        out += [
            '!!! warning "Belum diverifikasi / not verified"',
            "    Teks resmi pasal ini belum dibaca oleh proyek. Lihat "
            "[Sumber dan verifikasi](../sources-and-verification.md) untuk cara "
            "meningkatkan tingkat dukungannya. / The official text of this article has not "
            "been read by the project; see Sources and verification for how to upgrade it.",
            "",
        ]
    out += ["## Kutipan / citation", "", f"- {p.citation.text()}"]
    for parent in getattr(p, "parents", ()):
        out.append(f"- induk / parent law: {parent.text()}")
    out.append("")

    out += ["## Aturan / rules", ""]
    if not p.checkable:
        out += [
            "Ketentuan ini **tidak dapat diperiksa** dari catatan daerah, dan tidak ada aturan "
            "yang mengodekannya. / This provision is **not machine-checkable**; "
            "no rule encodes it.",
            "",
            f"- Alasan: {p.reason.id}",
            f"- Reason: {p.reason.en}",
            "",
        ]
    elif not rules:
        out += [
            '!!! warning "Belum ada aturan / no rule yet"',
            "    Belum ada aturan di rulebook yang menyebut ketentuan ini. / No rule in the "
            "rulebook names this provision yet.",
            "",
        ]
    if rules:
        out += [
            "| kode / code | dukungan / support | kutipan / citation "
            "| berlaku / in force | tingkat / levels |",
            "|---|---|---|---|---|",
        ]
        for r in rules:
            out.append(
                f"| [`{rule_code(r)}`](#{rule_code(r).lower()}) "
                f"| `{_support_value(rule_support(r))}` "
                f"| {_cell(_rule_citation(r))} | {_cell(_period(r))} | {_cell(_levels(r))} |"
            )
        out.append("")
        for r in rules:
            code = rule_code(r)
            support = _support_value(rule_support(r))
            out += [f"### `{code}` {{ #{code.lower()} }}", ""]
            title_id, title_en = rule_title(code)
            if title_id or title_en:
                out += [f"**{title_id}** / *{title_en}*", ""]
            advisory = not getattr(getattr(r, "support", None), "binding", True)
            out += [
                f"- dukungan / support: `{support}`"
                + (
                    " — hanya saran, tidak pernah pelanggaran / advisory only, never a violation"
                    if advisory
                    else ""
                ),
                f"- kutipan / citation: {_rule_citation(r)}",
                f"- berlaku menurut / holds under: {_period(r)}",
                f"- tingkat daerah / levels: {_levels(r)}",
            ]
            loc = _source_location(r)
            if loc:
                out.append(f"- kode sumber / source: `{loc}`")
            out.append("")
            doc = _rule_doc(r)
            if doc:
                out += [
                    "Apa yang diperiksa (docstring aturan) / "
                    "what it checks (the rule's docstring):",
                    "",
                ]
                out += ["> " + line if line else ">" for line in doc.strip().splitlines()]
                out.append("")
            msgs = messages_for(code)
            if msgs:
                out += [
                    "| pesan / message | Bahasa Indonesia | English |",
                    "|---|---|---|",
                    *(f"| `{k}` | {_cell(i)} | {_cell(e)} |" for k, i, e in msgs),
                    "",
                ]
            finding = findings.get(code)
            if finding:
                out += [
                    "Contoh temuan, dihasilkan pustaka dari contoh bawaan saat situs dibangun / "
                    "example finding, rendered by the library from a bundled example when the "
                    "site was built:",
                    "",
                    "```text",
                    finding.rstrip(),
                    "```",
                    "",
                ]
    params = parameters_for(p.id)
    if params:
        out += [
            "## Parameter",
            "",
            "| nama / name | rezim / regime | nilai / value |",
            "|---|---|---|",
            *(f"| `{x.name}` | {_short(x.regime)} | {x.value} |" for x in params),
            "",
        ]
    out += ["## Pengujian / tests", ""]
    if tests:
        out += [f"- `{t}`" for t in tests]
    else:
        out.append(
            "Belum ada pengujian yang menyebut ketentuan ini atau kode aturannya. / No test "
            "mentions this provision or its rule codes yet."
        )
    out += [
        "",
        "## Mengoreksi / correcting this page",
        "",
        f'Halaman ini dihasilkan dari `tkpk_rules.law.PROVISIONS["{p.id}"]` dan aturan yang '
        "menyebut id ini; ubah di sana, bukan di sini. / This page is generated from "
        f'`tkpk_rules.law.PROVISIONS["{p.id}"]` and the rules that name it: correct it there. '
        "See [Sources and verification](../sources-and-verification.md#upgrade).",
        "",
    ]
    return "\n".join(out)


# ------------------------------------------------------------------ example findings


def example_findings() -> dict[str, str]:
    """One finding per rule code, rendered by the library from a bundled example at build time.

    The most telling outcome wins (a violation over an advisory over undetermined...), so a
    reader sees what the rule says when something is wrong, where the examples allow it.
    """
    try:
        from tkpk_rules.engine import check
        from tkpk_rules.examples import EXAMPLES, load_example
        from tkpk_rules.report.render import GROUPS, group
    except ImportError:
        return {}
    from tkpk_docgen_misc import DOCS_DATE

    chosen: dict[str, tuple[int, str]] = {}
    for name in EXAMPLES:
        report = check(load_example(name), on=DOCS_DATE)
        for f in report.findings:
            score = GROUPS.index(group(f)) if group(f) in GROUPS else len(GROUPS)
            if f.code in chosen and chosen[f.code][0] <= score:
                continue
            one = attrs.evolve(report, findings=(f,))
            head = f"# contoh / example: {name}.yaml, {DOCS_DATE.isoformat()}"
            blocks = [head, _finding_block(one, "id"), _finding_block(one, "en")]
            chosen[f.code] = (score, "\n".join(blocks))
    return {code: text for code, (_, text) in chosen.items()}


def _finding_block(one_finding_report: Any, lang: str) -> str:
    """The section of a one-finding text report that holds the finding, with its heading."""
    lines = one_finding_report.render("text", lang=lang).splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("- "))
    heading = next((line for line in reversed(lines[:start]) if line.startswith("==")), "")
    body = []
    for line in lines[start:]:
        if not line.strip() or line.startswith("=="):
            break
        body.append(line)
    return "\n".join([heading, *body]) if heading else "\n".join(body)


# ------------------------------------------------------------------ pages and navigation


def generated_pages() -> dict[str, str]:
    provs = provisions()
    rules = all_rules()
    findings = example_findings() if rules else {}
    pages: dict[str, str] = {}
    index = [
        "# Aturan / Rules",
        "",
        "Satu halaman untuk setiap ketentuan Permendagri 53/2020 dalam brief proyek, "
        "dihasilkan dari rulebook saat situs dibangun. / One page per provision of "
        "Permendagri 53/2020 in the project's brief, generated from the rulebook when the "
        "site is built.",
        "",
    ]
    if rules:
        index += [f"Rulebook: {len(rules)} aturan / rules.", ""]
    else:
        index += [
            '!!! warning "Rulebook belum tersedia / rulebook not available yet"',
            "    `tkpk_rules.rules` belum memuat aturan; halaman-halaman ini hanya memuat "
            "ketentuannya. / `tkpk_rules.rules` holds no rules yet; these pages show the "
            "provisions only.",
            "",
        ]
    index.append(provisions_table("en"))
    pages["rules/index.md"] = "\n".join(index) + "\n"
    for p in provs.values():
        encoded = rules_for(p.id, rules)
        needles = [p.id, *(rule_code(r) for r in encoded)]
        pages[f"rules/{p.id}.md"] = provision_page(
            p, encoded, findings=findings, tests=covering_tests(needles)
        )
    return pages


def nav_entries() -> list[dict[str, str]]:
    return [{p.id: f"rules/{p.id}.md"} for p in provisions().values()]


def unknowns_list(lang: str = "en") -> str:
    """What the law module itself marks as unknown: articles, uncertain articles, checkability."""
    provs = provisions()
    if not provs:
        return missing_rulebook()
    no_article = [p for p in provs.values() if p.citation.pasal is None]
    doubtful = [p for p in provs.values() if p.citation.pasal is not None and not p.citation.pasti]
    unchecked = [p for p in provs.values() if not p.checkable]

    def ids(items: list[Any]) -> str:
        return ", ".join(f"[`{p.id}`](rules/{p.id}.md)" for p in items) or "—"

    if lang == "id":
        lines = [
            f"- **Nomor pasal tidak diketahui** (`Pasal ?`): {len(no_article)} ketentuan: "
            f"{ids(no_article)}.",
            f"- **Nomor pasal diragukan** (`Pasal 3 (?)`): {ids(doubtful)}.",
            f"- **Tidak dapat diperiksa mesin** (isinya tidak diketahui, atau tidak menetapkan"
            f" kewajiban yang dapat diuji): {ids(unchecked)}.",
        ]
    else:
        lines = [
            f"- **Article number unknown** (`Pasal ?`): {len(no_article)} provisions: "
            f"{ids(no_article)}.",
            f"- **Article number in doubt** (`Pasal 3 (?)`): {ids(doubtful)}.",
            f"- **Not machine-checkable** (content unknown, or no testable duty):"
            f" {ids(unchecked)}.",
        ]
        for p in unchecked:
            lines.append(f"    - `{p.id}`: {p.reason.en}")
    return "\n".join(lines)


def parameters_table(lang: str = "en") -> str:
    """Every dated parameter of the law module, with its regime and provision."""
    try:
        from tkpk_rules.law.parameters import PARAMETERS
        from tkpk_rules.law.regulations import short_name
    except ImportError:
        return missing_rulebook()
    if lang == "id":
        lines = [
            "| parameter | rezim | nilai | berlaku sejak | dukungan | ketentuan |",
            "|---|---|---|---|---|---|",
        ]
    else:
        lines = [
            "| parameter | regime | value | holds from | support | provision |",
            "|---|---|---|---|---|---|",
        ]
    for p in PARAMETERS.values():
        value = p.value
        if isinstance(value, tuple):  # a day of the year: (month, day)
            value = f"{value[1]:02d}-{value[0]:02d} (dd-mm)"
        since = getattr(p, "since", None)
        support = getattr(p, "support", None)
        lines.append(
            f"| `{p.name}` | {short_name(p.regime)} | {value} "
            f"| {since.isoformat() if since else '?'} "
            f"| `{getattr(support, 'value', '?')}` "
            f"| [`{p.provision}`](rules/{p.provision}.md) |"
        )
    return "\n".join(lines)
