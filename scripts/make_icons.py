#!/usr/bin/env python3
"""Draw the app icons (static/icons/*.png) again, after a change to the drawing below
(standard library only, no Pillow). Not needed for another colour: the app recolours
the icons to the configured COUNCIL_COLOUR when it starts (pwa/icons.py).

    .venv/bin/python scripts/make_icons.py
"""
import math
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pwa import config, icons  # noqa: E402  (after the path above)

SAMPLES = 4  # 4 x 4 samples per pixel: smooth edges
assert SAMPLES ** 2 + 1 == icons.LEVELS  # a shade in the palette for each count of samples


def inside_pin(x: float, y: float, scale: float) -> bool:
    """The pin in a unit square centred on (0.5, 0.5), shrunk by `scale`."""
    x, y = (x - 0.5) / scale, (y - 0.5) / scale
    cy, r = -0.12, 0.26  # head: a circle...
    hole = math.hypot(x, y - cy) < r * 0.42  # ...with a hole
    head = math.hypot(x, y - cy) < r
    # ...and a point below it: the two tangents from (0, 0.42) to the circle
    tip = 0.42
    d = tip - cy
    half = math.asin(r / d)
    below = cy + r * r / d < y < tip and abs(x) < (tip - y) * math.tan(half)
    return (head or below) and not hole


def draw(size: int, scale: float, colour: str) -> bytes:
    """The icon as a PNG: a palette image whose index is the pin's coverage."""
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            row.append(sum(inside_pin((px + (i + .5) / SAMPLES) / size, (py + (j + .5) / SAMPLES) / size, scale)
                           for i in range(SAMPLES) for j in range(SAMPLES)))
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", size, size, 8, 3, 0, 0, 0)  # 8-bit palette
    return icons.SIGNATURE + b"".join(icons.chunk(kind, data) for kind, data in (
        (b"IHDR", header), (b"PLTE", icons.palette(colour)),
        (b"IDAT", zlib.compress(b"".join(rows), 9)), (b"IEND", b"")))

if __name__ == "__main__":
    for name, size, scale, _purpose in icons.ICONS:
        path = ROOT / "static" / name
        path.write_bytes(draw(size, scale, config.COUNCIL_COLOUR))
        print(name, path.stat().st_size, "bytes")
