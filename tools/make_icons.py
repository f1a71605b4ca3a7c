#!/usr/bin/env python3
"""Draw the extension's icon for the Extension Manager, normal and high contrast, as 42×42 PNG files.

The picture: three rising steps (a career path) with a gold head on the highest step (the employee who rises),
on a rounded square. High contrast: white and yellow on black with a white frame, as LibreOffice's high
contrast themes are drawn. Pure Python (zlib), edges antialiased by 4×4 supersampling, so that the build needs
no image tool.

Usage: python3 -m tools.make_icons OUTDIR     writes OUTDIR/asnkarier.png and OUTDIR/asnkarier-hc.png
"""
import struct
import sys
import zlib
from pathlib import Path

SIZE = 42
SAMPLES = 4

NORMAL = {"background": (27, 107, 79), "frame": None, "steps": (255, 255, 255), "head": (242, 183, 5)}
HIGH_CONTRAST = {"background": (0, 0, 0), "frame": (255, 255, 255), "steps": (255, 255, 255), "head": (255, 255, 0)}


def inside_rounded_square(x, y, inset, radius):
    lo, hi = inset, SIZE - inset
    if not (lo <= x <= hi and lo <= y <= hi):
        return False
    cx = min(max(x, lo + radius), hi - radius)
    cy = min(max(y, lo + radius), hi - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


# Steps as (left, top, right, bottom) in pixels; the baseline is at y = 34.
STEPS = [(7, 26, 16, 34), (16, 19, 25, 34), (25, 12, 35, 34)]
HEAD = (30.0, 7.5, 3.6)  # centre x, centre y, radius


def colour_at(x, y, scheme):
    """The colour of one sample point, or None where the icon is transparent."""
    if not inside_rounded_square(x, y, 0.5, 7):
        return None
    if scheme["frame"] and not inside_rounded_square(x, y, 2.5, 5):
        return scheme["frame"]
    hx, hy, hr = HEAD
    if (x - hx) ** 2 + (y - hy) ** 2 <= hr ** 2:
        return scheme["head"]
    for left, top, right, bottom in STEPS:
        if left <= x <= right and top <= y <= bottom:
            return scheme["steps"]
    return scheme["background"]


def render(scheme):
    rows = []
    for py in range(SIZE):
        row = bytearray([0])  # filter type 0 for the scanline
        for px in range(SIZE):
            r = g = b = a = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour_at(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES, scheme)
                    if c:
                        r, g, b, a = r + c[0], g + c[1], b + c[2], a + 1
            row += bytes((r // a, g // a, b // a, 255 * a // SAMPLES ** 2) if a else (0, 0, 0, 0))
        rows.append(bytes(row))
    return png(SIZE, SIZE, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / "asnkarier.png").write_bytes(render(NORMAL))
    (out / "asnkarier-hc.png").write_bytes(render(HIGH_CONTRAST))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
