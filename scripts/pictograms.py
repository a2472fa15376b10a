#!/usr/bin/env python3
"""Copy and shrink the OpenMoji pictograms that easy read uses into static/pictograms/.

OpenMoji 17.0.0 (https://openmoji.org, HfG Schwäbisch Gmünd, CC BY-SA 4.0): the npm
package is 43 MB, so it is never a dependency (package.json stays small for `npm ci`).
To refresh the copies:

    cd /tmp && npm pack openmoji@17.0.0 && tar xzf openmoji-17.0.0.tgz
    python3 scripts/pictograms.py /tmp/package/color/svg

The names and code points are pwa/queries/easy_read.py PICTOGRAMS: add one there, then
run this. Shrinking keeps the drawing and its viewBox and drops what a browser does not
need: ids, comments, whitespace, `stroke="none"`, and coordinates past one decimal place
(invisible at 72 units square). The pictures are unmodified in content, so the licence
asks only for credit (on /credits) and the licence link.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pwa.queries.easy_read import PICTOGRAMS  # noqa: E402  (pure module, no Flask)

OUT = ROOT / "static" / "pictograms"


def _round(match: re.Match) -> str:
    value = f"{float(match[0]):.1f}".rstrip("0").rstrip(".")
    if value in ("-0", ""):
        value = "0"
    return value.replace("0.", ".", 1) if value.startswith(("0.", "-0.")) else value


def shrink(svg: str) -> str:
    svg = re.sub(r"<\?xml[^>]*\?>|<!--.*?-->", "", svg, flags=re.S)
    svg = re.sub(r'\s(id|stroke="none"(?=[\s/>]))(="[^"]*")?',
                 lambda m: "" if m[1] == "id" or m[1].startswith("stroke") else m[0], svg)
    svg = re.sub(r"-?\d*\.\d+", _round, svg)
    svg = re.sub(r">\s+<", "><", svg).strip()
    svg = re.sub(r"\s+", " ", svg)
    svg = re.sub(r"<g>(</g>)", "", svg)
    return svg.replace("<g></g>", "") + "\n"


def main(source: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, code in sorted(PICTOGRAMS.items()):
        svg = shrink((Path(source) / f"{code}.svg").read_text(encoding="utf-8"))
        (OUT / f"{name}.svg").write_text(svg, encoding="utf-8")
        print(f"{name:14} {code:18} {len(svg.encode()):6} bytes")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/package/color/svg")
