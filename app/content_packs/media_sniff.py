"""Media files are what their names claim, and SVG drawings are inert pictures.

A pack's ``photo.png`` that is really a Windows program, or a drawing that carries a script, an
event handler or a link to the disk or the internet, must never reach the media folder: the app
hands these files to image and audio decoders and to Qt's SVG renderer. The checks look at the
file's own bytes (magic numbers and the first header fields), never at what the pack says.

``sniff_problem`` needs only the first ``SNIFF_BYTES`` of a file, so a streaming importer can call
it on the first block; SVG files additionally need ``svg_problem`` on their whole content.
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from typing import Any

from .errors import PackError
from .limits import MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, MAX_SVG_DEPTH, MAX_SVG_ELEMENTS, SNIFF_BYTES

MEDIA_CONTENT = "media_content"  # the code the pack service uses too when it streams media
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_FEED_BLOCK = 64 * 1024
_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
# Elements that run code or pull in other documents; Qt ignores some of them today, a later renderer may not.
_FORBIDDEN_SVG_ELEMENTS = {"script", "foreignobject", "handler", "listener", "iframe", "embed", "object"}
_HREF_ATTRIBUTES = {"href", "{http://www.w3.org/1999/xlink}href"}
_ANIMATION_VALUE_ATTRIBUTES = {"to", "from", "by", "values"}
# An inline picture is self-contained; anything else an href names is outside the file.
_INLINE_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp);base64,", re.IGNORECASE)
_SCHEME = re.compile(r"^\s*([a-z][a-z0-9+.-]*):", re.IGNORECASE)
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_CSS_IMPORT = re.compile(r"@import", re.IGNORECASE)
# MPEG audio: bitrate and sample-rate index values that no real frame uses.
_MP3_BAD_BITRATE = 0xF
_MP3_BAD_RATE = 0x3


def sniff_problem(name: str, head: bytes) -> str | None:
    """Why the file ``name`` (whose first bytes are ``head``) is not what its extension says, or None.

    Only the first ``SNIFF_BYTES`` of ``head`` are looked at. The answer is a sentence naming the
    file, e.g. ``the file "cat.png" is not a PNG image (it is really a Windows program)``.
    """
    head = head[:SNIFF_BYTES]
    extension = name.rpartition(".")[2].lower()
    check = _SNIFFERS.get(extension)
    if check is None:
        return f'the file "{name}" has the extension ".{extension}", which Sabil does not show or play'
    problem = check(head)
    if problem is None:
        return None
    if problem.startswith("is not"):
        problem += _looks_like(head)
    return f'the file "{name}" {problem}'


def svg_problem(data: bytes) -> str | None:
    """Why ``data`` is not a safe SVG drawing (script, event handler, outside reference, DTD…), or None.

    The answer is a sentence, e.g. ``the drawing contains a <script> element, which could run code``.
    """
    problem = _svg_content_problem(data)
    return f"the drawing {problem}" if problem else None


def _svg_content_problem(data: bytes) -> str | None:
    head_problem = _svg_head(data[:SNIFF_BYTES])
    if head_problem:
        return head_problem
    if _has_dtd(data):
        return _DTD_PROBLEM
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "is not UTF-8 text, so it is not an SVG drawing Sabil can check"
    parser = ElementTree.XMLPullParser(events=("start", "end", "pi"))
    depth = elements = 0
    root_seen = False
    try:
        for event, node in _pull_events(parser, text):
            if event == "pi":
                return "contains a processing instruction (such as a stylesheet link), which is not allowed"
            if event == "end":
                depth -= 1
                continue
            depth += 1
            elements += 1
            if depth > MAX_SVG_DEPTH:
                return f"nests elements more than {MAX_SVG_DEPTH} deep"
            if elements > MAX_SVG_ELEMENTS:
                return f"has more than {MAX_SVG_ELEMENTS} elements"
            if not root_seen:
                root_seen = True
                if node.tag not in ("svg", f"{{{_SVG_NAMESPACE}}}svg"):
                    return f"is XML but its outer element is <{_local(node.tag)}>, not <svg>"
            problem = _element_problem(node)
            if problem:
                return problem
    except ElementTree.ParseError as exc:
        return f"is not well-formed XML ({_parse_reason(exc)})"
    if not root_seen:
        return "holds no SVG drawing"
    return None


def check_media_content(name: str, data: bytes, location: str = "") -> None:
    """Raise PackError when a whole media file is not what its name claims or is an unsafe drawing.

    The code is ``media_content`` (the bytes are not the claimed kind, the header is damaged or
    declares a gigantic picture, or a drawing holds scripts, links or a DTD); the sentence says which.
    """
    problem = sniff_problem(name, data)
    if problem is None and name.lower().endswith(".svg"):
        problem = svg_problem(data)
    if problem is not None:
        raise PackError(MEDIA_CONTENT, problem, location or f"media/{name}")


def _pull_events(parser: ElementTree.XMLPullParser, text: str) -> Iterator[tuple[str, Any]]:
    # Fed in blocks so that a drawing with millions of elements is refused before it is all parsed.
    for start in range(0, len(text), _FEED_BLOCK):
        parser.feed(text[start:start + _FEED_BLOCK])
        yield from parser.read_events()
    parser.close()
    yield from parser.read_events()


_DTD_PROBLEM = ("declares a DTD or entities (<!DOCTYPE or <!ENTITY), which is not allowed: "
                "remove that line from the drawing")


def _has_dtd(data: bytes) -> bool:
    # Rejected before parsing: entities are how "billion laughs" and external-file attacks work.
    lowered = data.lower()
    return b"<!doctype" in lowered or b"<!entity" in lowered


def _svg_head(head: bytes) -> str | None:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text.startswith(b"<"):
        return "is not an SVG drawing (it does not start with XML)"
    if _has_dtd(head):
        return _DTD_PROBLEM
    return None


def _element_problem(node: ElementTree.Element) -> str | None:
    name = _local(node.tag).lower()
    if name in _FORBIDDEN_SVG_ELEMENTS:
        return f"contains a <{_local(node.tag)}> element, which could run code or load another document"
    if name == "style" and node.text:
        problem = _css_problem(node.text)
        if problem:
            return problem
    animates_link = node.get("attributeName", "").lower() in ("href", "xlink:href")
    for attribute, value in node.attrib.items():
        local = _local(attribute).lower()
        if local.startswith("on"):
            return f'has an event handler attribute "{_local(attribute)}", which could run code'
        if attribute in _HREF_ATTRIBUTES or (animates_link and local in _ANIMATION_VALUE_ATTRIBUTES):
            problem = _href_problem(value, several=local == "values")
            if problem:
                return problem
        elif _is_script_link(value):
            return f'has a script in the attribute "{_local(attribute)}"'
        # Presentation attributes take url() too: fill="url(http://…)" would fetch like a style does.
        if local == "style" or "url(" in value.lower():
            problem = _css_problem(value)
            if problem:
                return problem
    return None


def _is_script_link(value: str) -> bool:
    scheme = _SCHEME.match(value)
    return scheme is not None and scheme.group(1).lower() in ("javascript", "vbscript")


def _href_problem(value: str, *, several: bool = False) -> str | None:
    # An animation's "values" lists several targets separated by ";".
    for part in value.split(";") if several else [value]:
        part = part.strip()
        if not part or part.startswith("#") or _INLINE_IMAGE.match(part):
            continue
        if _is_script_link(part):
            return "has a link that runs a script"
        return f'links to "{_clip(part)}" outside the drawing (only #names and inline images are allowed)'
    return None


def _css_problem(css: str) -> str | None:
    if _CSS_IMPORT.search(css):
        return "has a style sheet that imports another file"
    for match in _CSS_URL.finditer(css):
        target = match.group(1)
        if not target.startswith("#") and not _INLINE_IMAGE.match(target):
            return f'has a style that loads "{_clip(target)}" from outside the drawing'
    return None


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _clip(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def _parse_reason(error: ElementTree.ParseError) -> str:
    line, column = error.position
    reason = str(error).split(":")[0]
    return f"{reason} at line {line}, column {column + 1}"


# --- raster images -------------------------------------------------------------------------------------------


def _image_size_problem(width: int, height: int) -> str | None:
    if width <= 0 or height <= 0:
        return "declares an empty picture (0 pixels wide or high)"
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        return (f"declares a picture of {width} × {height} pixels, larger than Sabil opens "
                f"({MAX_IMAGE_SIDE} pixels a side, {MAX_IMAGE_PIXELS:,} pixels in all)")
    return None


def _png(head: bytes) -> str | None:
    if not head.startswith(_PNG_SIGNATURE):
        return "is not a PNG image"
    if len(head) < 24 or head[12:16] != b"IHDR" or struct.unpack(">I", head[8:12])[0] != 13:
        return "is a damaged PNG image (its header is missing)"
    width, height = struct.unpack(">II", head[16:24])
    return _image_size_problem(width, height)


def _jpeg(head: bytes) -> str | None:
    if not head.startswith(b"\xff\xd8\xff"):
        return "is not a JPEG image"
    position = 2
    # Walk the marker segments to the frame header; it usually sits in the first few kilobytes.
    while position + 4 <= len(head):
        if head[position] != 0xFF:
            return "is a damaged JPEG image (its markers are out of order)"
        marker = head[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        length = struct.unpack(">H", head[position + 2:position + 4])[0]
        if length < 2:
            return "is a damaged JPEG image (a header segment has no length)"
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            if position + 9 > len(head):
                return None
            height, width = struct.unpack(">HH", head[position + 5:position + 9])
            return _image_size_problem(width, height)
        if marker in (0xD9, 0xDA):  # end of image or start of scan before any frame header
            return "is a damaged JPEG image (it has no frame header)"
        position += 2 + length
    return None  # the frame header lies beyond the sniffed bytes (a large EXIF block): the decoder will judge


def _gif(head: bytes) -> str | None:
    if not head.startswith((b"GIF87a", b"GIF89a")):
        return "is not a GIF image"
    if len(head) < 10:
        return "is a damaged GIF image (its header is cut short)"
    width, height = struct.unpack("<HH", head[6:10])
    return _image_size_problem(width, height)


def _webp(head: bytes) -> str | None:
    if len(head) < 16 or head[:4] != b"RIFF" or head[8:12] != b"WEBP":
        return "is not a WebP image"
    if head[12:16] not in (b"VP8 ", b"VP8L", b"VP8X"):
        return "is a damaged WebP image (its first chunk is unknown)"
    return _webp_size(head)


def _webp_size(head: bytes) -> str | None:
    chunk = head[12:16]
    if chunk == b"VP8X" and len(head) >= 30:
        width = 1 + int.from_bytes(head[24:27], "little")
        height = 1 + int.from_bytes(head[27:30], "little")
        return _image_size_problem(width, height)
    if chunk == b"VP8L" and len(head) >= 25:
        bits = int.from_bytes(head[21:25], "little")
        return _image_size_problem(1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF))
    if chunk == b"VP8 " and len(head) >= 30:
        width, height = struct.unpack("<HH", head[26:30])
        return _image_size_problem(width & 0x3FFF, height & 0x3FFF)
    return "is a damaged WebP image (its header is cut short)"


# --- audio ---------------------------------------------------------------------------------------------------


def _ogg(head: bytes, codecs: tuple[bytes, ...] = (b"\x01vorbis", b"OpusHead", b"\x7fFLAC")) -> str | None:
    if not head.startswith(b"OggS"):
        return "is not Ogg audio"
    if len(head) < 27 or head[4] != 0:
        return "is damaged Ogg audio (its first page header is wrong)"
    segments = head[26]
    body = 27 + segments
    if not any(head[body:body + len(codec)] == codec for codec in codecs):
        return "is Ogg but holds no audio Sabil plays (Vorbis or Opus)"
    return None


def _opus(head: bytes) -> str | None:
    return _ogg(head, (b"OpusHead",))


def _mp3(head: bytes) -> str | None:
    if head.startswith(b"ID3"):
        if len(head) < 10 or head[3] not in (2, 3, 4):
            return "is a damaged MP3 file (its ID3 tag header is wrong)"
        return None
    if len(head) >= 4 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        layer = (head[1] >> 1) & 0x3
        version = (head[1] >> 3) & 0x3
        bitrate = head[2] >> 4
        rate = (head[2] >> 2) & 0x3
        if layer != 0 and version != 1 and bitrate != _MP3_BAD_BITRATE and rate != _MP3_BAD_RATE:
            return None
    return "is not MP3 audio"


def _wav(head: bytes) -> str | None:
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return "is not WAV audio"
    return None


def _svg(head: bytes) -> str | None:
    return _svg_head(head)


_SNIFFERS: dict[str, Callable[[bytes], str | None]] = {
    "png": _png, "jpg": _jpeg, "jpeg": _jpeg, "gif": _gif, "webp": _webp,
    "ogg": _ogg, "opus": _opus, "mp3": _mp3, "wav": _wav, "svg": _svg,
}

# What a mismatched file looks like, to make the message concrete ("it is really a Windows program").
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "a Windows program"), (b"\x7fELF", "a Linux program"), (b"PK\x03\x04", "a zip archive"),
    (b"%PDF", "a PDF document"), (b"#!", "a script"), (_PNG_SIGNATURE, "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"), (b"OggS", "Ogg audio"), (b"ID3", "MP3 audio"),
    (b"\xca\xfe\xba\xbe", "a macOS program"), (b"\xcf\xfa\xed\xfe", "a macOS program"),
    (b"\x00\x00\x01\x00", "a Windows icon"), (b"BM", "a BMP image"),
)


def _looks_like(head: bytes) -> str:
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE"):
        return " (it is really a WebP image)" if head[8:12] == b"WEBP" else " (it is really WAV audio)"
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return f" (it is really {kind})"
    stripped = head.lstrip()
    if stripped.startswith((b"<svg", b"<?xml")):
        return " (it is really an SVG drawing or other XML)"
    if stripped[:1] == b"<":
        return " (it is really a web page or other text)"
    return ""
