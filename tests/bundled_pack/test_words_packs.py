"""The bundled "First words" packs (English and Arabic): complete, correct, and their media sound.

The expected words below are written out again by hand rather than read from the generator, so a
mistake in tools/first_words shows up here as a wrong answer instead of being copied into the test.
"""

from __future__ import annotations

import filecmp
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.config import resources_dir
from app.content_packs.answer_check import check_answer
from app.content_packs.media import media_name_problem, sha256_hex
from app.content_packs.model import PackManifest
from app.content_packs.source import load_source
from app.content_packs.templates import render_item

PACKS = resources_dir() / "packs"
FOLDERS = {"en": PACKS / "words-en", "ar": PACKS / "words-ar"}
LANGUAGES = ("en", "ar", "fr", "es")

# picture -> (English, Arabic): what a child should answer for that picture.
WORDS = {
    "cat": ("cat", "قطة"), "dog": ("dog", "كلب"), "fish": ("fish", "سمكة"), "bird": ("bird", "عصفور"),
    "cow": ("cow", "بقرة"), "duck": ("duck", "بطة"), "apple": ("apple", "تفاحة"), "banana": ("banana", "موزة"),
    "bread": ("bread", "خبز"), "egg": ("egg", "بيضة"), "milk": ("milk", "حليب"), "carrot": ("carrot", "جزرة"),
    "hand": ("hand", "يد"), "foot": ("foot", "قدم"), "eye": ("eye", "عين"), "ear": ("ear", "أذن"),
    "nose": ("nose", "أنف"), "mouth": ("mouth", "فم"), "mother": ("mother", "أم"), "father": ("father", "أب"),
    "baby": ("baby", "طفل"), "grandfather": ("grandfather", "جد"), "grandmother": ("grandmother", "جدة"),
    "red": ("red", "أحمر"), "blue": ("blue", "أزرق"),
    "green": ("green", "أخضر"), "yellow": ("yellow", "أصفر"), "black": ("black", "أسود"),
    "white": ("white", "أبيض"), "dots-1": ("one", "واحد"), "dots-2": ("two", "اثنان"),
    "dots-3": ("three", "ثلاثة"), "dots-4": ("four", "أربعة"), "dots-5": ("five", "خمسة"), "dots-6": ("six", "ستة"),
}


def _word(key: str, language: str) -> str:
    return WORDS[key][0 if language == "en" else 1]


@pytest.fixture(scope="module", params=["en", "ar"])
def pack(request: pytest.FixtureRequest) -> tuple[str, PackManifest, Path]:
    language = request.param
    return language, load_source(FOLDERS[language]), FOLDERS[language]


def test_the_packs_are_reading_packs_in_their_language(pack: tuple[str, PackManifest, Path]) -> None:
    language, manifest, _ = pack
    assert manifest.id == f"org.sabil.first-words-{language}"
    assert manifest.language == language
    assert "reading" in manifest.subjects and "mathematics" not in manifest.subjects
    assert len(manifest.skills) == 7
    assert 60 <= len(manifest.items) <= 130
    assert {item.type for item in manifest.items} == {"single_choice", "short_text"}


def test_titles_and_descriptions_in_every_ui_language(pack: tuple[str, PackManifest, Path]) -> None:
    _, manifest, _ = pack
    for texts in (manifest.title, manifest.description):
        assert all(texts.get(lang, "").strip() for lang in LANGUAGES), texts
    for skill in manifest.skills:
        assert all(skill.title.get(lang, "").strip() for lang in LANGUAGES), skill.id
        assert all(skill.description.get(lang, "").strip() for lang in LANGUAGES), skill.id
    # Arabic titles are Arabic script, not an English copy.
    assert all(any("\u0600" <= ch <= "\u06ff" for ch in skill.title["ar"]) for skill in manifest.skills)


def test_skills_build_on_each_other(pack: tuple[str, PackManifest, Path]) -> None:
    _, manifest, _ = pack
    prerequisites = {skill.id: skill.prerequisites for skill in manifest.skills}
    assert prerequisites["first-letters"] == ("animals", "food")
    assert sum(1 for p in prerequisites.values() if p) >= 4
    assert all(manifest.items_for(skill.id) for skill in manifest.skills), "every skill has items"


def test_every_item_has_hints_a_solution_and_text_in_the_pack_language(
    pack: tuple[str, PackManifest, Path],
) -> None:
    language, manifest, _ = pack
    for item in manifest.items:
        assert item.hints and all(h.strip() for h in item.hints), item.id
        assert item.solution.strip(), item.id
        arabic = any("\u0600" <= ch <= "\u06ff" for ch in item.prompt)
        assert arabic == (language == "ar"), item.id


def test_every_media_file_is_used_named_safely_and_listed(pack: tuple[str, PackManifest, Path]) -> None:
    _, manifest, folder = pack
    on_disk = {p.name for p in (folder / "media").iterdir()}
    used = {name for item in manifest.items for name in item.media}
    assert on_disk == used == {entry.path for entry in manifest.media}
    assert all(media_name_problem(name) is None for name in on_disk)
    for item in manifest.items:
        # A choice that names a file is a picture choice: the item must list that picture.
        for choice in item.choices:
            if choice.endswith(".svg"):
                assert choice in item.media, item.id


def test_pictures_are_plain_small_svgs_without_text_or_links() -> None:
    for folder in FOLDERS.values():
        for path in (folder / "media").glob("*.svg"):
            data = path.read_bytes()
            assert len(data) < 4096, path.name
            root = ET.fromstring(data)
            assert root.tag == "{http://www.w3.org/2000/svg}svg"
            assert root.get("viewBox") == "0 0 200 200"
            tags = {element.tag.rpartition("}")[2] for element in root.iter()}
            assert tags <= {"svg", "path", "circle", "ellipse", "rect"}, (path.name, tags)
            assert b"href" not in data and b"<text" not in data and b"script" not in data


def test_both_packs_share_their_pictures_byte_for_byte() -> None:
    en = {p.name: sha256_hex(p.read_bytes()) for p in (FOLDERS["en"] / "media").glob("*.svg")}
    ar = {p.name: sha256_hex(p.read_bytes()) for p in (FOLDERS["ar"] / "media").glob("*.svg")}
    assert en == ar
    assert set(en) == {f"{key}.svg" for key in WORDS}


def _opus_duration(data: bytes) -> float:
    """Seconds of an Ogg Opus file, from the last page's granule position (48 kHz) less pre-skip."""
    assert data[:4] == b"OggS", "not an Ogg stream"
    head = data.find(b"OpusHead")
    assert head > 0, "not Opus inside Ogg"
    channels = data[head + 9]
    pre_skip = struct.unpack_from("<H", data, head + 10)[0]
    assert channels == 1
    last = data.rfind(b"OggS")
    assert data[last + 5] & 0x04, "the stream does not end properly (truncated file?)"
    granule = struct.unpack_from("<q", data, last + 6)[0]
    return (granule - pre_skip) / 48_000


def test_audio_is_one_short_opus_word_per_word_in_the_pack_language(pack: tuple[str, PackManifest, Path]) -> None:
    language, _, folder = pack
    sounds = sorted((folder / "media").glob("*.opus"))
    assert {p.name for p in sounds} == {f"{key}-{language}.opus" for key in WORDS}
    for path in sounds:
        seconds = _opus_duration(path.read_bytes())
        assert 0.2 < seconds < 3.0, (path.name, seconds)
    total = sum(p.stat().st_size for p in (folder / "media").iterdir())
    assert total < 1_000_000, "the pack's media should stay small for USB sticks and old PCs"




def test_answers_are_right_for_every_item_and_seed(pack: tuple[str, PackManifest, Path]) -> None:
    language, manifest, _ = pack
    for item in manifest.items:
        key = item.id.split("-", 1)[1].rpartition("-")[0]
        if item.id.startswith("numbers-"):
            key = f"dots-{key}"
        word = _word(key, language)
        for seed in range(5):
            rendered = render_item(item, seed)
            if item.type == "short_text":
                responses = [rendered.answer.accepted[0], *item.accept] if rendered.answer.accepted else [item.answer]
                for response in responses:
                    assert check_answer(rendered, response).correct, (item.id, response)
                assert not check_answer(rendered, "zebra").correct
                expected = word[0] if item.id.startswith("letters-") else word
                assert check_answer(rendered, expected).correct, (item.id, expected)
                continue
            (right,) = rendered.answer.correct
            shown = rendered.choices[right]
            assert check_answer(rendered, str(right)).correct, item.id
            wrong = next(i for i in range(len(rendered.choices)) if i != right)
            assert not check_answer(rendered, str(wrong)).correct, item.id
            if item.id.startswith("letters-") and item.id.endswith("-listen"):
                assert shown == word[0], (item.id, shown)  # the first letter of the spoken word
                assert item.media == (f"{key}-{language}.opus",)
            elif item.id.startswith("numbers-") and item.id.endswith("-choose"):
                assert shown == word, (item.id, shown)
            else:
                assert shown == f"{key}.svg", (item.id, shown)  # the right picture
                if item.id.endswith("-listen"):
                    assert item.media[0] == f"{key}-{language}.opus"  # and the sound says its word


def test_prompts_name_the_word_whose_picture_is_right(pack: tuple[str, PackManifest, Path]) -> None:
    language, manifest, _ = pack
    pictured = [i for i in manifest.items if i.id.endswith("-picture") and not i.id.startswith("letters-")]
    assert len(pictured) == 29
    for item in pictured:
        key = item.id.split("-", 1)[1].rpartition("-")[0]
        # Whole words, with the Arabic article taken off ("أين القطة؟" names قطة).
        said = {token.removeprefix("ال") for token in re.findall(r"\w+", item.prompt)}
        assert _word(key, language) in said, (item.id, item.prompt)
        others = [c.removesuffix(".svg") for c in item.choices if c != f"{key}.svg"]
        assert all(_word(other, language) not in said for other in others), item.id


def test_first_letter_items_offer_pictures_with_different_first_letters(
    pack: tuple[str, PackManifest, Path],
) -> None:
    language, manifest, _ = pack
    items = [i for i in manifest.items if i.id.startswith("letters-") and i.id.endswith("-picture")]
    assert len(items) == 7
    for item in items:
        initials = [_word(choice.removesuffix(".svg"), language)[0] for choice in item.choices]
        assert len(set(initials)) == len(initials), (item.id, initials)


def test_the_generator_reproduces_the_committed_text_and_pictures(tmp_path: Path) -> None:
    from tools.first_words.make_packs import write_pack

    for language, folder in FOLDERS.items():
        fresh = write_pack(language, tmp_path, audio_mode="none")
        names = [str(p.relative_to(fresh)) for p in fresh.rglob("*") if p.is_file()]
        assert names
        match, mismatch, errors = filecmp.cmpfiles(folder, fresh, names, shallow=False)
        assert not mismatch and not errors, (mismatch, errors)


def test_the_maths_pack_stays_the_first_bundled_pack() -> None:
    # Learners without answers practise the first installed pack; bundled folders install in name order.
    folders = sorted(p.name for p in PACKS.iterdir() if (p / "pack.toml").is_file())
    assert folders[0] == "numbers-and-operations"
