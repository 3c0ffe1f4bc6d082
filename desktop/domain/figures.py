"""How a statistics figure reads, on screen and in print: counts with thousands separators,
yuan with two decimals, hours with one, rates as percentages with one."""
from __future__ import annotations

from typing import Any


def figure_text(value: Any, unit: str) -> str:
    if unit == "yuan":
        return f"{value:,.2f}"
    if unit == "hours":
        return f"{value:,.1f}"
    if unit == "percent":
        return f"{value:.1f}%"
    return f"{int(value):,}"
