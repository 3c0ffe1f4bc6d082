"""Fixtures of the printing tests."""
from __future__ import annotations

import io
import random

import pytest
from PIL import Image, ImageDraw


@pytest.fixture(scope="session")
def photo_jpeg() -> bytes:
    """A small passport-style JPEG."""
    rnd = random.Random(3)
    image = Image.new("RGB", (300, 400), (70, 140, 215))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rnd.randrange(300), rnd.randrange(400)
        draw.ellipse([x, y, x + 30, y + 30], fill=(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()
