"""Draw Debrief's app icons (static/icons/*.png): the favicon's white "D" on its blue square.

Run once after changing the design: `.venv/bin/python scripts/make_icons.py`. Pure Python (a
signed-distance rasteriser writing PNG with zlib), so no imaging library is needed to redo them.
"""

import math
import struct
import zlib
from pathlib import Path

BLUE = (13, 110, 253)  # #0d6efd, the favicon's and Bootstrap's primary blue
WHITE = (255, 255, 255)
ICONS = Path(__file__).resolve().parents[1] / "static" / "icons"


def rounded_square(x: float, y: float, size: float, radius: float) -> float:
    """Signed distance to a square of side `size` at the origin with rounded corners."""
    half = size / 2
    qx = abs(x - half) - (half - radius)
    qy = abs(y - half) - (half - radius)
    outside = math.hypot(max(qx, 0.0), max(qy, 0.0))
    return outside + min(max(qx, qy), 0.0) - radius


def letter_d(x: float, y: float) -> float:
    """Signed distance to the favicon's "D" outline in its 32-unit box (a stroke 3 wide)."""
    # The outline: top and bottom edges 9..17 at y 7 and 25, the upright at x 9, and the right
    # half of a circle of radius 9 around (17, 16).
    across = max(9 - x, 0.0, x - 17)
    top = math.hypot(across, y - 7)
    bottom = math.hypot(across, y - 25)
    upright = math.hypot(x - 9, max(7 - y, 0.0, y - 25))
    arc = abs(math.hypot(x - 17, y - 16) - 9) if x >= 17 else math.inf
    return min(top, bottom, upright, arc) - 1.5


def draw(size: int, *, maskable: bool) -> bytes:
    """RGBA rows of the icon. A maskable icon fills its square and keeps the D in the middle
    80% that every launcher's mask leaves visible; the others have the favicon's round corners."""
    unit = size / 32
    scale = unit * (0.8 if maskable else 1.0)
    # The D's box (with its stroke) is 7.5..27.5 x 5.5..26.5: centre it.
    offset_x = size / 2 - 17.5 * scale
    offset_y = size / 2 - 16 * scale
    rows = bytearray()
    for py in range(size):
        rows.append(0)  # PNG filter: none
        for px in range(size):
            cx, cy = px + 0.5, py + 0.5
            background = -1.0 if maskable else rounded_square(cx, cy, size, 6 * unit)
            letter = letter_d((cx - offset_x) / scale, (cy - offset_y) / scale) * scale
            alpha = min(max(0.5 - background, 0.0), 1.0)
            ink = min(max(0.5 - letter, 0.0), 1.0)
            rgb = [round(b + (w - b) * ink) for b, w in zip(BLUE, WHITE, strict=True)]
            rows.extend([*rgb, round(alpha * 255)])
    return bytes(rows)


def png(size: int, rows: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    for name, size, maskable in [
        ("icon-192.png", 192, False),
        ("icon-512.png", 512, False),
        ("icon-maskable-512.png", 512, True),
        # iOS rounds the corners of its home-screen icons itself.
        ("apple-touch-icon.png", 180, True),
    ]:
        (ICONS / name).write_bytes(png(size, draw(size, maskable=maskable)))
        print(f"static/icons/{name}")


if __name__ == "__main__":
    main()
