"""``tkpk-rules rules``: list every rule with code, provision, citation, support and period."""

from __future__ import annotations

import argparse
import json
import sys

from tkpk_rules.cli._common import add_lang_argument


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "rules",
        help="daftar aturan / list the rules",
        description=(
            "Daftar setiap aturan: kode, ketentuan, dasar, dukungan sumber, masa berlaku.\n"
            "List every rule: code, provision, citation, support, period in force."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_lang_argument(parser)
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="format keluaran / output format"
    )


def period(regimes: frozenset[str], lang: str) -> str:
    """The regimes a rule holds under, with the first day each certainly governs."""
    from tkpk_rules.law.regulations import REGULATIONS

    since = "sejak" if lang == "id" else "from"
    parts = []
    for reg_id in sorted(regimes, key=lambda r: REGULATIONS[r].earliest):
        reg = REGULATIONS[reg_id]
        parts.append(f"{reg.singkat} ({since} ≤{reg.latest.isoformat()})")
    return "; ".join(parts)


def run(args: argparse.Namespace) -> int:
    from tkpk_rules import i18n
    from tkpk_rules.rules import RULEBOOK, describe_rule

    if args.format == "json":
        data = []
        for r in RULEBOOK:
            item = describe_rule(r)
            item["title"] = {lang: i18n.message(f"{r.code}.title", lang) for lang in i18n.LANGS}
            item["period"] = {lang: period(r.regimes, lang) for lang in i18n.LANGS}
            data.append(item)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 0
    for r in RULEBOOK:
        support = i18n.message(f"ui.support.{r.support.value}", args.lang)
        print(f"{r.code}  {i18n.message(r.code + '.title', args.lang)}")
        print(f"    {r.provision}; {r.citation.text()}; {support}")
        print(
            f"    {period(r.regimes, args.lang)}; "
            + ", ".join(
                i18n.label(lv.value, args.lang) for lv in sorted(r.levels, key=lambda x: x.value)
            )
        )
    return 0
