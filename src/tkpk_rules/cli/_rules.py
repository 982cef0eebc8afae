"""``tkpk-rules rules``: list every rule with code, provision, citation, support and period."""

from __future__ import annotations

import argparse

from tkpk_rules.cli._common import add_lang_argument, print_json


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
    from tkpk_rules.service import period as service_period

    return service_period(regimes, lang)


def run(args: argparse.Namespace) -> int:
    from tkpk_rules import i18n
    from tkpk_rules.rules import RULEBOOK

    if args.format == "json":
        from tkpk_rules import service

        print_json(service.rules().data)
        return 0
    for r in RULEBOOK:
        support = i18n.support_words(r.support, args.lang)
        print(f"{r.code}  {i18n.message(r.code + '.title', args.lang)}")
        print(f"    {r.provision}; {r.citation.text()}; {support}")
        print(
            f"    {period(r.regimes, args.lang)}; "
            + ", ".join(
                i18n.label(lv.value, args.lang) for lv in sorted(r.levels, key=lambda x: x.value)
            )
        )
    return 0
