"""Media files are what their names claim; SVG drawings hold no scripts, handlers, outside links or DTDs."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

import pytest

from app.content_packs import limits
from app.content_packs.builder import pack_json_bytes
from app.content_packs.errors import PackError
from app.content_packs.media import iter_media, media_entry_for
from app.content_packs.media_sniff import check_media_content, sniff_problem, svg_problem
from app.content_packs.reader import read_pack
from app.content_packs.source import load_source

from . import media_samples as samples

GENUINE = {
    "picture.png": samples.png(),
    "photo.jpg": samples.jpeg(),
    "photo.jpeg": samples.jpeg(),
    "anim.gif": samples.gif(),
    "picture.webp": samples.webp(),
    "voice.opus": samples.opus(),
    "voice.ogg": samples.opus(),
    "music.ogg": samples.vorbis(),
    "tagged.mp3": samples.mp3_with_tag(),
    "plain.mp3": samples.mp3_frames(),
    "word.wav": samples.wav(),
    "drawing.svg": samples.svg(),
}


@pytest.mark.parametrize("name", sorted(GENUINE))
def test_genuine_files_pass(name: str) -> None:
    assert sniff_problem(name, GENUINE[name]) is None
    check_media_content(name, GENUINE[name])


@pytest.mark.parametrize(("name", "data", "words"), [
    ("cat.png", samples.WINDOWS_PROGRAM, ("is not a PNG image", "Windows program")),
    ("cat.png", samples.jpeg(), ("is not a PNG image", "JPEG")),
    ("cat.jpg", samples.png(), ("is not a JPEG image", "PNG")),
    ("cat.gif", b"<html><script>x</script></html>", ("is not a GIF image", "web page")),
    ("cat.webp", samples.wav(), ("is not a WebP image", "WAV")),
    ("word.ogg", samples.mp3_with_tag(), ("is not Ogg audio", "MP3")),
    ("word.opus", samples.vorbis(), ("holds no audio",)),
    ("word.mp3", b"\x7fELF\x02\x01\x01" + b"\x00" * 60, ("is not MP3 audio", "Linux program")),
    ("word.mp3", b"\xff\xff\xff\xff" + b"\x00" * 60, ("is not MP3 audio",)),
    ("word.wav", samples.webp(), ("is not WAV audio", "WebP")),
    ("drawing.svg", samples.png(), ("is not an SVG drawing", "PNG")),
    ("cat.png", b"", ("is not a PNG image",)),
    ("cat.png", samples.png()[:20], ("damaged PNG",)),
    ("cat.jpg", b"\xff\xd8\xff\xda\x00\x08" + b"\x00" * 40, ("no frame header",)),
    ("cat.gif", b"GIF89a\x01", ("cut short",)),
    ("notes.txt", b"hello", ('".txt"',)),
])
def test_files_that_are_not_what_they_claim(name: str, data: bytes, words: tuple[str, ...]) -> None:
    problem = sniff_problem(name, data)
    assert problem is not None and problem.startswith(f'the file "{name}" ')
    for word in words:
        assert word in problem, problem
    with pytest.raises(PackError) as info:
        check_media_content(name, data)
    assert info.value.code == "media_content"
    assert info.value.location == f"media/{name}"


@pytest.mark.parametrize(("name", "data"), [
    ("huge.png", samples.png_header_only(100_000, 100_000)),
    ("wide.png", samples.png_header_only(limits.MAX_IMAGE_SIDE + 1, 1)),
    ("empty.png", samples.png_header_only(0, 10)),
    ("huge.jpg", samples.jpeg(60_000, 60_000)),
    ("huge.gif", samples.gif(65_000, 65_000)),
    ("huge.webp", samples.webp(16_000, 16_000)),
])
def test_a_picture_declaring_a_gigantic_or_empty_size_is_refused(name: str, data: bytes) -> None:
    problem = sniff_problem(name, data)
    assert problem is not None and ("pixels" in problem), problem


def test_pictures_at_the_size_limits_pass() -> None:
    side = limits.MAX_IMAGE_PIXELS // limits.MAX_IMAGE_SIDE
    assert sniff_problem("tall.png", samples.png_header_only(side, limits.MAX_IMAGE_SIDE)) is None
    assert sniff_problem("tall.png", samples.png_header_only(side + 1, limits.MAX_IMAGE_SIDE)) is not None


def test_only_the_first_64_kib_are_needed() -> None:
    big = samples.png() + b"\x00" * (2 * limits.SNIFF_BYTES)
    assert sniff_problem("big.png", big[: limits.SNIFF_BYTES]) is None
    assert sniff_problem("big.png", b"\x00" * limits.SNIFF_BYTES + samples.png()) is not None


UNSAFE_SVG = {
    "script element": (samples.svg("<script>alert(1)</script>"), "<script>"),
    "script in another case": (samples.svg('<SCRIPT xmlns="http://www.w3.org/2000/svg">alert(1)</SCRIPT>'),
                               "<SCRIPT>"),
    "event handler": (samples.svg('<circle r="4" onclick="alert(1)"/>'), '"onclick"'),
    "handler on the root": (samples.svg(root_attributes=' onload="alert(1)"'), '"onload"'),
    "foreign object": (samples.svg("<foreignObject><p>hi</p></foreignObject>"), "<foreignObject>"),
    "javascript link": (samples.svg('<a href="javascript:alert(1)"><text>x</text></a>'), "runs a script"),
    "xlink javascript": (samples.svg('<a xlink:href=" JavaScript:alert(1)"><text>x</text></a>'), "runs a script"),
    "file link": (samples.svg('<image href="file:///etc/passwd" width="5" height="5"/>'), "file:///etc/passwd"),
    "web link": (samples.svg('<image xlink:href="http://evil.example/x.png"/>'), "http://evil.example"),
    "relative file": (samples.svg('<image href="../secret.png"/>'), "../secret.png"),
    "use of another file": (samples.svg('<use href="other.svg#shape"/>'), "other.svg"),
    "animated link": (samples.svg('<a><set attributeName="href" to="javascript:alert(1)"/></a>'), "script"),
    "style url": (samples.svg('<rect style="fill: url(http://evil.example/p)"/>'), "evil.example"),
    "fill from the web": (samples.svg('<rect fill="url(https://evil.example/p#g)"/>'), "evil.example"),
    "style import": (samples.svg('<style>@import "http://evil.example/a.css";</style>'), "imports"),
    "stylesheet instruction": (b'<?xml-stylesheet href="http://evil.example/a.css"?>' + samples.svg(),
                               "processing instruction"),
    "billion laughs": (samples.BILLION_LAUGHS, "DTD"),
    "external entity": (samples.EXTERNAL_ENTITY, "DTD"),
    "doctype deep inside": (samples.svg() + b"\n" * 70_000 + b"<!DOCTYPE x>", "DTD"),
    "undefined entity": (samples.svg("<text>&secret;</text>"), "not well-formed"),
    "not xml": (b"<svg><circle></svg>", "not well-formed"),
    "not svg": (b'<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', "<html>"),
    "not utf-8": (b"<svg>\xff\xfe</svg>", "UTF-8"),
    "too deep": (samples.svg("<g>" * (limits.MAX_SVG_DEPTH + 1) + "</g>" * (limits.MAX_SVG_DEPTH + 1)), "deep"),
    "too many elements": (samples.svg("<g/>" * (limits.MAX_SVG_ELEMENTS + 1)), "elements"),
}


@pytest.mark.parametrize("case", sorted(UNSAFE_SVG), ids=str)
def test_unsafe_drawings_are_refused(case: str) -> None:
    data, words = UNSAFE_SVG[case]
    problem = svg_problem(data)
    assert problem is not None and problem.startswith("the drawing "), problem
    assert words in problem, problem
    with pytest.raises(PackError) as info:
        check_media_content("drawing.svg", data)
    assert info.value.code == "media_content"


@pytest.mark.parametrize("body", [
    '<a href="#part"><use xlink:href="#shape"/></a><circle id="shape" r="2"/>',
    '<image href="data:image/png;base64,iVBORw0KGgo=" width="2" height="2"/>',
    '<rect style="fill: url(#gradient)" stroke="url(#gradient)"/><linearGradient id="gradient"/>',
    "<title>Five dots &amp; a &#x263A;</title><!-- a comment -->",
    '<text font-family="Noto Sans Arabic" direction="rtl">خمسة</text>',
])
def test_ordinary_drawings_pass(body: str) -> None:
    assert svg_problem(b'<?xml version="1.0" encoding="UTF-8"?>\n' + samples.svg(body)) is None


def test_a_billion_laughs_is_refused_quickly() -> None:
    started = time.perf_counter()
    assert svg_problem(samples.BILLION_LAUGHS.replace(b"&lol4;", b"&lol4;" * 1000)) is not None
    assert time.perf_counter() - started < 0.5


def write_pack(tmp_path: Path, mini_source: Path, name: str, data: bytes) -> Path:
    manifest = load_source(mini_source)
    document = json.loads(pack_json_bytes(manifest))
    entry = media_entry_for(name, data)
    document["media"] = [{"path": entry.path, "sha256": entry.sha256, "size": entry.size}]
    for item in document["items"]:
        if item["media"]:
            item["media"] = [name]
    path = tmp_path / "pack.sabilpack"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("pack.json", json.dumps(document))
        archive.writestr(f"media/{name}", data)
    return path


def test_read_pack_refuses_a_program_named_like_a_picture(tmp_path: Path, mini_source: Path) -> None:
    path = write_pack(tmp_path, mini_source, "dots-5.png", samples.WINDOWS_PROGRAM)
    with pytest.raises(PackError) as info:
        read_pack(path)
    assert info.value.code == "media_content"
    assert info.value.location == "media/dots-5.png"
    assert "Windows program" in info.value.message


def test_read_pack_refuses_a_drawing_with_a_script(tmp_path: Path, mini_source: Path) -> None:
    path = write_pack(tmp_path, mini_source, "dots-5.svg", samples.svg("<script>alert(1)</script>"))
    with pytest.raises(PackError) as info:
        read_pack(path)
    assert (info.value.code, info.value.location) == ("media_content", "media/dots-5.svg")


def test_iter_media_checks_the_content_again(tmp_path: Path, mini_source: Path) -> None:
    good = write_pack(tmp_path, mini_source, "dots-5.png", samples.png())
    manifest = read_pack(good)
    assert [entry.path for entry, _ in iter_media(good, manifest)] == ["dots-5.png"]
    # The stick now holds a program with the same name and, for this test, a manifest listing its hash.
    swapped = write_pack(tmp_path, mini_source, "dots-5.png", samples.WINDOWS_PROGRAM)
    bad_manifest = read_pack(swapped, media_hashes=False)
    with pytest.raises(PackError) as info:
        list(iter_media(swapped, bad_manifest))
    assert info.value.code == "media_content"


@pytest.mark.parametrize("name", sorted(GENUINE))
def test_damaged_files_give_an_answer_never_an_exception(name: str) -> None:
    """Every prefix and many byte flips of each genuine file: a sentence or None, never a crash."""
    import random

    data = GENUINE[name]
    rng = random.Random(name)
    variants = [data[:cut] for cut in range(0, min(len(data), 80))]
    for _ in range(300):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        variants.append(bytes(damaged))
    for variant in variants:
        problem = sniff_problem(name, variant)
        if name.endswith(".svg"):
            problem = problem or svg_problem(variant)
        assert problem is None or problem.startswith(("the file ", "the drawing "))
