"""``python -m tkpk_rules.service``: rewrite the generated schemas in ``tkpk_rules/schemas/``."""

from __future__ import annotations

from pathlib import Path

from tkpk_rules.service._schemas import generated_schemas, schema_file, schema_text


def main() -> None:
    folder = Path(__file__).resolve().parent.parent / "schemas"
    for name, data in generated_schemas().items():
        path = folder / schema_file(name)
        path.write_text(schema_text(data), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
