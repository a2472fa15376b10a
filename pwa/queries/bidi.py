"""Left-to-right pieces inside right-to-left text, isolated in the markup.

In an Arabic or Urdu sentence a phone number written "0121 496 0000" is three numbers
with spaces between them, and the Unicode bidirectional algorithm lays the three out
right to left: "0000 496 0121". Emails, postcodes, times and English names suffer the
same way at their edges. Wrapping each run in an element with `dir="ltr"` isolates it
(the browser's own stylesheet gives `[dir]` `unicode-bidi: isolate`), so it reads
correctly with or without our stylesheet; English runs also get `lang="en"`, so a
screen reader switches voice (WCAG 3.1.2).

Works on HTML that is already safe (sanitised Markdown, or escaped text): only text
between tags changes, and only by adding spans around runs of it.
"""
import re

# A run: Latin letters or digits, joined by the punctuation that phone numbers, emails,
# postcodes, times and names use, and by single spaces or commas.
_WORD = r"[A-Za-z0-9](?:[A-Za-z0-9@._:/+'’-]*[A-Za-z0-9])?"
_RUN = re.compile(rf"{_WORD}(?:,? {_WORD})*")
_TAG = re.compile(r"(<[^>]*>|&#?\w+;)")  # tags, and character references left as they are
_LETTER = re.compile(r"[A-Za-z]")


def _wrap(match: re.Match) -> str:
    run = match[0]
    if _LETTER.search(run):
        return f'<span lang="en" dir="ltr">{run}</span>'
    if not run.isdigit():  # "0121 496 0000", "9:30": digits with separators
        return f'<span dir="ltr">{run}</span>'
    return run  # a lone number keeps its order anyway


def isolate(html: str) -> str:
    """`html` with every left-to-right run in its text isolated (see above)."""
    parts = _TAG.split(html)
    for i in range(0, len(parts), 2):  # even items are text; odd, tags and references
        if parts[i]:
            parts[i] = _RUN.sub(_wrap, parts[i])
    return "".join(parts)
