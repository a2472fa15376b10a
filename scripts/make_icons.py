#!/usr/bin/env python3
"""Draw the app icons (static/icons/*.png) with the standard library only: no Pillow.

A white map pin (the *local* offer) on the brand blue of static/css/site.css. The
maskable icon keeps the pin inside the central 80% circle that Android may crop to
(https://w3c.github.io/manifest/#icon-masks). Run again after changing the drawing:

    python3 scripts/make_icons.py
"""
import math
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "static" / "icons"
BRAND = (0x0B, 0x3D, 0x6E)
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 4  # 4 x 4 samples per pixel: smooth edges


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


def draw(size: int, scale: float) -> bytes:
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            hits = sum(inside_pin((px + (i + .5) / SAMPLES) / size, (py + (j + .5) / SAMPLES) / size, scale)
                       for i in range(SAMPLES) for j in range(SAMPLES))
            a = hits / SAMPLES ** 2
            row += bytes(round(b + (w - b) * a) for b, w in zip(BRAND, WHITE, strict=True))
        rows.append(bytes(row))
    return png(size, b"".join(rows))


def png(size: int, raw: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for name, size, scale in (("icon-192.png", 192, 1.0), ("icon-512.png", 512, 1.0),
                              ("icon-maskable-512.png", 512, 0.7)):
        (OUT / name).write_bytes(draw(size, scale))
        print(name, (OUT / name).stat().st_size, "bytes")
