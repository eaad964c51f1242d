"""The application stylesheet, scaled to the learner's chosen text size."""

from __future__ import annotations

from app.config import resources_dir

# Point sizes per text size: (base, big, huge, small). "normal" keeps body text at 16 pt so a child
# can read it at arm's length on a 1024x600 screen; the larger settings are for weaker eyes.
TEXT_SIZES: dict[str, tuple[int, int, int, int]] = {
    "normal": (16, 19, 22, 14),
    "large": (18, 21, 24, 15),
    "extra_large": (21, 24, 27, 17),
}
DEFAULT_TEXT_SIZE = "normal"


def base_point_size(text_size: str) -> int:
    """The body font size in points for a learner's text size setting."""
    return TEXT_SIZES.get(text_size, TEXT_SIZES[DEFAULT_TEXT_SIZE])[0]


def stylesheet(text_size: str = DEFAULT_TEXT_SIZE) -> str:
    """The Qt stylesheet from ``resources/styles/sabil.qss`` with the sizes for ``text_size`` filled in."""
    base, big, huge, small = TEXT_SIZES.get(text_size, TEXT_SIZES[DEFAULT_TEXT_SIZE])
    template = (resources_dir() / "styles" / "sabil.qss").read_text(encoding="utf-8")
    return (
        template.replace("@BASE@", str(base))
        .replace("@BIG@", str(big))
        .replace("@HUGE@", str(huge))
        .replace("@SMALL@", str(small))
    )
