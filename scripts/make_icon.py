"""Draw the app icon (a cut diamond on a register page) as PNG and Windows ICO.

Run once when the design changes: `python scripts/make_icon.py`. The outputs are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAVY, STEEL, WHITE, LINE = (23, 52, 94), (120, 170, 220), (255, 255, 255), (205, 214, 226)


def draw(size: int = 256) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    s = size / 256
    pen.rounded_rectangle([16 * s, 8 * s, 240 * s, 248 * s], radius=28 * s, fill=NAVY)
    for y in (176, 200, 224):  # the register's lines
        pen.rounded_rectangle([48 * s, y * s, 208 * s, (y + 10) * s], radius=5 * s, fill=LINE)
    crown = [(64 * s, 72 * s), (96 * s, 40 * s), (160 * s, 40 * s), (192 * s, 72 * s)]
    tip = (128 * s, 152 * s)
    pen.polygon([*crown, tip], fill=STEEL)
    pen.polygon([crown[0], crown[3], tip], fill=WHITE)
    pen.line([crown[1], (112 * s, 72 * s), tip], fill=NAVY, width=max(1, round(4 * s)))
    pen.line([crown[2], (144 * s, 72 * s), tip], fill=NAVY, width=max(1, round(4 * s)))
    pen.line([crown[0], crown[3]], fill=NAVY, width=max(1, round(4 * s)))
    return image


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(OUT / "kgs-ropa.png")
    icon.save(
        OUT / "kgs-ropa.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)]
    )
    print(f"wrote {OUT}")
