"""Making user text harmless on a terminal, in Markdown, HTML and JSON output.

A dossier may hold characters that change how output looks rather than what it
says: terminal escape sequences (``ESC [ 2 J`` clears the screen), a carriage
return that overwrites a line, bidirectional controls that show ``exe.txt`` as
``txt.exe``, line separators, and lone surrogates that no file can hold.  The
loader keeps them, as given (nothing a user wrote is changed), and every output
path writes each one as the escape ``\\uXXXX`` instead:

* in text, Markdown and HTML the escape is visible, so a reader sees that
  something odd is there and where;
* in JSON (and in YAML's double-quoted strings) ``\\uXXXX`` is the standard
  escape of that very character, so the data read back is unchanged.

Line feeds and tabs are kept.

>>> neutralise("Budi\\x1b[2J \\u202etxt.exe")
'Budi\\\\u001b[2J \\\\u202etxt.exe'
"""

from __future__ import annotations

import re

__all__ = ["UNSAFE", "neutralise"]

#: C0 controls but tab and line feed, DEL and C1 controls, the Arabic letter mark,
#: LRM/RLM, line and paragraph separators, the bidi embeddings, overrides and
#: isolates, and lone surrogates.
UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def neutralise(text: str) -> str:
    """``text`` with every unsafe character written as ``\\uXXXX`` (see the module)."""
    if text.isascii() and text.isprintable():
        return text
    return UNSAFE.sub(_escape, text)
