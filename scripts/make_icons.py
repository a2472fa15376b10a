#!/usr/bin/env python3
"""Draw the app icons (static/icons/*.png) again, after a change to the drawing in
pwa/icons.py. Not needed for another colour: the app recolours the icons to the
configured COUNCIL_COLOUR when it starts (pwa/assets.py).

    .venv/bin/python scripts/make_icons.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pwa import config, icons  # noqa: E402  (after the path above)

if __name__ == "__main__":
    for name, size, scale, _purpose in icons.ICONS:
        path = ROOT / "static" / name
        path.write_bytes(icons.draw(size, scale, config.COUNCIL_COLOUR))
        print(name, path.stat().st_size, "bytes")
