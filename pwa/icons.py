"""The app icons in the council's colour: recoloured at start-up, not drawn.

A white map pin (the *local* offer) on the council's colour. The PNGs are drawn once
(`python3 scripts/make_icons.py`) as palette images: each pixel is an index into 17
shades from the colour (no pin) to white (all pin), by how much of the pixel the pin
covers. So the app recolours an icon at start-up by rewriting its 51-byte palette
(`in_colour`), not by drawing it again: another council's colour reaches the installed
app's icons, the favicon and the manifest from configuration alone.
"""
import re
import struct
import zlib

LEVELS = 17  # 4 x 4 samples per pixel (scripts/make_icons.py): 0 to 16 of them in the pin
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


def chunks(png: bytes):
    """(kind, data) for each chunk of a PNG."""
    at = len(SIGNATURE)
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at:at + 8])
        yield kind, png[at + 8:at + 8 + length]
        at += 12 + length


def in_colour(colour: str, png: bytes) -> bytes:
    """The same drawing with the colour's palette: only the PLTE chunk changes."""
    return SIGNATURE + b"".join(chunk(kind, palette(colour) if kind == b"PLTE" else data)
                                for kind, data in chunks(png))


def svg_in_colour(colour: str, svg: bytes) -> bytes:
    """The favicon's background in the colour."""
    return _SVG_FILL.sub(rb'\g<1>' + colour.encode() + b'"', svg, count=1)


def chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
