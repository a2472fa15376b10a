"""The app icons in the council's colour, drawn with the standard library only.

A white map pin (the *local* offer) on the council's colour. The PNGs are drawn once
(`python3 scripts/make_icons.py`) as palette images: each pixel is an index into 17
shades from the colour (no pin) to white (all pin), by how much of the pixel the pin
covers. So the app recolours an icon at start-up by rewriting its 51-byte palette
(`in_colour`), not by drawing it again: another council's colour reaches the installed
app's icons, the favicon and the manifest from configuration alone.
"""
import math
import re
import struct
import zlib

SAMPLES = 4  # 4 x 4 samples per pixel: smooth edges, and 17 levels of coverage
LEVELS = SAMPLES ** 2 + 1
WHITE = (0xFF, 0xFF, 0xFF)
SIGNATURE = b"\x89PNG\r\n\x1a\n"
# (file under static/, size in pixels, pin scale, manifest purpose): the maskable icon
# keeps the pin inside the central 80% circle that Android may crop to (W3C Manifest,
# icon masks).
ICONS = (("icons/icon-192.png", 192, 1.0, "any"), ("icons/icon-512.png", 512, 1.0, "any"),
         ("icons/icon-maskable-512.png", 512, 0.7, "maskable"))
FAVICON = "icons/favicon.svg"
_SVG_FILL = re.compile(rb'(<rect [^>]*fill=")#[0-9a-fA-F]{3,8}"')


def rgb(colour: str) -> tuple[int, int, int]:
    """'#0b3d6e' or '#fff' as three bytes."""
    hexa = colour.lstrip("#")
    if len(hexa) == 3:
        hexa = "".join(c * 2 for c in hexa)
    return tuple(bytes.fromhex(hexa[:6]))


def palette(colour: str) -> bytes:
    """LEVELS shades, from the colour to white."""
    base = rgb(colour)
    return b"".join(bytes(round(b + (w - b) * level / (LEVELS - 1)) for b, w in zip(base, WHITE, strict=True))
                    for level in range(LEVELS))


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
    return SIGNATURE + b"".join(_chunk(kind, data) for kind, data in (
        (b"IHDR", header), (b"PLTE", palette(colour)),
        (b"IDAT", zlib.compress(b"".join(rows), 9)), (b"IEND", b"")))


def chunks(png: bytes):
    """(kind, data) for each chunk of a PNG."""
    at = len(SIGNATURE)
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        yield kind, png[at + 8:at + 8 + length]
        at += 12 + length


def in_colour(colour: str, png: bytes) -> bytes:
    """The same drawing with the colour's palette: only the PLTE chunk changes."""
    return SIGNATURE + b"".join(_chunk(kind, palette(colour) if kind == b"PLTE" else data)
                                for kind, data in chunks(png))


def svg_in_colour(colour: str, svg: bytes) -> bytes:
    """The favicon's background in the colour."""
    return _SVG_FILL.sub(rb'\g<1>' + colour.encode() + b'"', svg, count=1)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
