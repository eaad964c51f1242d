"""Write the two bundled "First words" pack sources (English and Arabic) with their pictures and audio.

    python -m tools.first_words.make_packs            # pack text and pictures; audio only when missing
    python -m tools.first_words.make_packs --audio    # also re-synthesise every audio file

The packs live in resources/packs/words-en and words-ar (folder names sort after
numbers-and-operations, so the maths pack stays the first one installed). Audio is synthesised with
espeak-ng and compressed to Ogg Opus with opusenc (Debian: apt-get install espeak-ng opus-tools);
the generated files are committed, so neither the build nor CI needs those programs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tools.first_words.pictures import PICTURES
from tools.first_words.words import AR_LETTERS, EN_LETTERS, SPOKEN_AR, WORDS, Word, by_key, topic_words

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "resources" / "packs"
VERSION = "1.0.0"

SKILLS = (
    # id, prerequisites, titles (en, ar, fr, es), descriptions (en, ar, fr, es)
    ("animals", (), ("Animals", "الحيوانات", "Les animaux", "Los animales"),
     ("Name six animals from their pictures and from hearing the word.",
      "تسمية ستة حيوانات من صورها ومن سماع الكلمة.",
      "Nommer six animaux à partir de leur image et en entendant le mot.",
      "Nombrar seis animales a partir de su imagen y al oír la palabra.")),
    ("food", (), ("Food", "الطعام", "La nourriture", "La comida"),
     ("Name six foods from their pictures and from hearing the word.",
      "تسمية ستة أطعمة من صورها ومن سماع الكلمة.",
      "Nommer six aliments à partir de leur image et en entendant le mot.",
      "Nombrar seis alimentos a partir de su imagen y al oír la palabra.")),
    ("body", ("animals",), ("My body", "جسمي", "Mon corps", "Mi cuerpo"),
     ("Name six parts of the body.", "تسمية ستة أجزاء من الجسم.", "Nommer six parties du corps.",
      "Nombrar seis partes del cuerpo.")),
    ("family", ("body",), ("Family", "العائلة", "La famille", "La familia"),
     ("Find five members of a family in pictures and from hearing the word.",
      "التعرّف على خمسة من أفراد العائلة في الصور ومن سماع الكلمة.",
      "Reconnaître cinq membres d'une famille en images et en entendant le mot.",
      "Reconocer a cinco miembros de una familia en imágenes y al oír la palabra.")),
    ("colours", ("food",), ("Colours", "الألوان", "Les couleurs", "Los colores"),
     ("Read and write six colour words.", "قراءة أسماء ستة ألوان وكتابتها.", "Lire et écrire six noms de couleurs.",
      "Leer y escribir seis colores.")),
    ("number-words", ("colours",), ("Number words", "أسماء الأعداد", "Les nombres en lettres",
                                    "Los números en palabras"),
     ("Read and write the number words from one to six.", "قراءة أسماء الأعداد من واحد إلى ستة وكتابتها.",
      "Lire et écrire les nombres de un à six en lettres.", "Leer y escribir los números del uno al seis.")),
    ("first-letters", ("animals", "food"), ("First letters", "الحرف الأول", "Premières lettres", "Primeras letras"),
     ("Hear and name the first letter of a word.", "سماع أول حرف في الكلمة ومعرفته.",
      "Entendre et reconnaître la première lettre d'un mot.", "Oír y reconocer la primera letra de una palabra.")),
)
LANGUAGES = ("en", "ar", "fr", "es")

PACK_META = {
    "en": {
        "title": ("First words in English", "كلماتي الأولى بالإنجليزية", "Premiers mots en anglais",
                  "Primeras palabras en inglés"),
    },
    "ar": {
        "title": ("First words in Arabic", "كلماتي الأولى بالعربية", "Premiers mots en arabe",
                  "Primeras palabras en árabe"),
    },
}
DESCRIPTION = (
    "Words with pictures, listening and first letters: animals, food, the body, family, colours and number words, "
    "for ages 4 to 7.",
    "كلمات بالصور، واستماع، وأول حرف في الكلمة: الحيوانات والطعام والجسم والعائلة والألوان وأسماء الأعداد، "
    "للأعمار من ٤ إلى ٧ سنوات.",
    "Des mots en images, de l'écoute et les premières lettres : animaux, nourriture, corps, famille, couleurs et "
    "nombres en lettres, de 4 à 7 ans.",
    "Palabras con imágenes, escuchar y primeras letras: animales, comida, el cuerpo, la familia, colores y números en "
    "palabras, de 4 a 7 años.",
)


@dataclass
class Item:
    """One item as the TOML source writes it."""

    id: str
    skill: str
    type: str
    prompt: str
    hints: list[str]
    solution: str
    media: list[str]
    difficulty: float
    choices: list[str] | None = None
    answer: str | None = None
    accept: tuple[str, ...] = ()


def picture(word: Word) -> str:
    """The picture file of a word (shared by both packs)."""
    return f"{word.key}.svg"


def audio(word: Word, language: str) -> str:
    """The spoken word's file in one language."""
    return f"{word.key}-{language}.opus"


def word_in(word: Word, language: str) -> str:
    return word.en if language == "en" else word.ar


def accepted(word: Word, language: str) -> tuple[str, ...]:
    return word.en_accept if language == "en" else word.ar_accept


def clue(word: Word, language: str) -> str:
    return word.en_clue if language == "en" else word.ar_clue


def article(noun: str) -> str:
    return "an" if noun[0] in "aeiou" else "a"


def neighbours(words: list[Word], index: int) -> list[Word]:
    """The word and the next two of its topic: the choices of a picture item (the app shuffles them)."""
    return [words[(index + step) % len(words)] for step in range(3)]


# -- the words of one topic: pick the picture, name the picture, listen and pick -----------------------

def topic_items(topic: str, skill: str, language: str) -> Iterable[Item]:
    words = topic_words(topic)
    colour = topic == "colours"
    # Family pictures are people: "the mother", never "a mother", and no naming item (a face alone
    # could be "woman" or "aunt" as well).
    family = topic == "family"
    for index, word in enumerate(words):
        text = word_in(word, language)
        hint = clue(word, language)
        choices = [picture(w) for w in neighbours(words, index)]
        if language == "en":
            which = f"Which one is {text}?" if colour else f"Which picture is the {text}?"
            this = f"This is {text}." if colour else f"This is {'the' if family else article(text)} {text}."
            name_prompt = "What colour is this? Write the word." if colour else "What is this? Write the word."
            look = "Look at each picture and say its name."
            first = f"The word starts with the letter {text[0]}."
            listen = "Listen, then choose the right picture."
            again = "Press Listen to hear the word again."
            said = f"The word was “{text}”. {hint}"
        else:
            which = f"أين اللون ال{text}؟" if colour else f"أين ال{text}؟"
            this = f"هذا اللون {text}." if colour else f"{word.ar_this} {'ال' if family else ''}{text}."
            name_prompt = "ما هذا اللون؟ اكتب الكلمة." if colour else "ما هذا؟ اكتب الكلمة."
            look = "انظر إلى كل صورة وقل اسمها."
            first = f"تبدأ الكلمة بحرف {text[0]}."
            listen = "استمع، ثم اختر الصورة الصحيحة."
            again = "اضغط «استمع» لتسمع الكلمة مرة أخرى."
            said = f"الكلمة هي «{text}». {hint}"
        yield Item(f"{skill}-{word.key}-picture", skill, "single_choice", which, [hint, look], f"{this} {hint}",
                   choices, -1.5, choices=choices)
        if not family:
            yield Item(f"{skill}-{word.key}-name", skill, "short_text", name_prompt, [hint, first], this,
                       [picture(word)], 0.5, answer=text, accept=accepted(word, language))
        yield Item(f"{skill}-{word.key}-listen", skill, "single_choice", listen, [again, hint], said,
                   [audio(word, language), *choices], -1.0, choices=choices)


# -- number words: count the dots --------------------------------------------------------------------

def number_items(language: str) -> Iterable[Item]:
    words = topic_words("numbers")
    skill = "number-words"
    for index, word in enumerate(words):
        count = index + 1
        text = word_in(word, language)
        counted = [word_in(w, language) for w in words[:count]]
        word_choices = [word_in(w, language) for w in neighbours(words, index)]
        pictures = [picture(w) for w in neighbours(words, index)]
        if language == "en":
            how_many = "How many dots? Choose the word."
            write = "How many dots? Write the number word."
            hints = ["Count the dots one by one.", "Touch each dot as you count it."]
            there = "There is one dot." if count == 1 else f"There are {text} dots."
            solution = f"Count: {', '.join(counted)}. {there}"
            listen = "Listen, then choose the picture with that many dots."
            listen_hints = ["Press Listen to hear the number again.", "Count the dots in each picture."]
            said = f"The word was “{text}”. {there}"
        else:
            how_many = "كم نقطة في الصورة؟ اختر الكلمة."
            write = "كم نقطة في الصورة؟ اكتب العدد بالحروف."
            hints = ["عُدَّ النقاط واحدة واحدة.", "المس كل نقطة وأنت تعدّها."]
            solution = f"نعدّ: {'، '.join(counted)}. العدد {text}."
            listen = "استمع، ثم اختر الصورة التي فيها هذا العدد من النقاط."
            listen_hints = ["اضغط «استمع» لتسمع العدد مرة أخرى.", "عُدَّ النقاط في كل صورة."]
            said = f"الكلمة هي «{text}». {solution}"
        yield Item(f"numbers-{count}-choose", skill, "single_choice", how_many, hints, solution,
                   [picture(word)], -1.0, choices=word_choices)
        yield Item(f"numbers-{count}-write", skill, "short_text", write, hints, solution,
                   [picture(word)], 0.8, answer=text, accept=accepted(word, language))
        yield Item(f"numbers-{count}-listen", skill, "single_choice", listen, listen_hints, said,
                   [audio(word, language), *pictures], -0.8, choices=pictures)


# -- first letters -----------------------------------------------------------------------------------

def letter_items(language: str) -> Iterable[Item]:
    skill = "first-letters"
    pool = [w for w in WORDS if w.topic in ("animals", "food")]
    letters = EN_LETTERS if language == "en" else AR_LETTERS
    for entry in letters:
        word, letter = by_key(entry[0]), entry[1]
        text = word_in(word, language)
        # Two other words whose first letters differ from this one and from each other.
        others: list[Word] = []
        for candidate in pool[pool.index(word) + 1:] + pool[: pool.index(word)]:
            initial = word_in(candidate, language)[0]
            if initial != letter and initial not in {word_in(o, language)[0] for o in others}:
                others.append(candidate)
            if len(others) == 2:
                break
        group = [word, *others]
        pictures = [picture(w) for w in group]
        initials = [word_in(w, language)[0] for w in group]
        if language == "en":
            upper = letter.upper()
            which = f"Which picture starts with the letter {upper} ({letter})?"
            which_hints = ["Say the name of each picture out loud.", "Listen for the first sound of each word."]
            starts = f"“{text}” starts with {letter}: {letter}-{text[1:]}."
            listen = "Listen to the word. Which letter does it start with?"
            listen_hints = ["Press Listen and say the word slowly.", f"The word is “{text}”."]
            write = "Look at the picture. Write the first letter of its name."
            write_hints = ["Say the name of the picture slowly.", f"It is {article(text)} {text}."]
        else:
            name = entry[2]
            which = f"اختر الصورة التي تبدأ كلمتها بحرف {name} ({letter})."
            which_hints = ["قل اسم كل صورة بصوت عالٍ.", "استمع إلى أول صوت في كل كلمة."]
            starts = f"كلمة «{text}» تبدأ بحرف {name} ({letter})."
            listen = "استمع إلى الكلمة. بأيّ حرف تبدأ؟"
            listen_hints = ["اضغط «استمع» وقل الكلمة ببطء.", f"الكلمة هي «{text}»."]
            write = "انظر إلى الصورة. اكتب أول حرف من اسمها."
            write_hints = ["قل اسم الصورة ببطء.", f"{word.ar_this} {text}."]
        yield Item(f"letters-{word.key}-picture", skill, "single_choice", which, which_hints, starts,
                   pictures, 0.0, choices=pictures)
        yield Item(f"letters-{word.key}-listen", skill, "single_choice", listen, listen_hints, starts,
                   [audio(word, language)], 0.3, choices=initials)
        yield Item(f"letters-{word.key}-write", skill, "short_text", write, write_hints, starts,
                   [picture(word)], 0.6, answer=letter)


# -- writing the source folder -----------------------------------------------------------------------

def toml_string(text: str) -> str:
    # A JSON string is a valid TOML basic string (same escapes), and keeps Arabic readable.
    return json.dumps(text, ensure_ascii=False)


def toml_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(toml_string(v) for v in values) + "]"


def toml_table(values: Iterable[str]) -> str:
    return "{ " + ", ".join(f"{lang} = {toml_string(v)}" for lang, v in zip(LANGUAGES, values, strict=True)) + " }"


def item_toml(item: Item) -> str:
    lines = [
        "[[item]]",
        f"id = {toml_string(item.id)}",
        f"skill = {toml_string(item.skill)}",
        f"type = {toml_string(item.type)}",
        f"prompt = {toml_string(item.prompt)}",
    ]
    if item.choices is not None:
        lines += [f"choices = {toml_list(item.choices)}", "correct = [0]"]
    if item.answer is not None:
        lines.append(f"answer = {toml_string(item.answer)}")
    if item.accept:
        lines.append(f"accept = {toml_list(item.accept)}")
    lines += [
        f"hints = {toml_list(item.hints)}",
        f"solution = {toml_string(item.solution)}",
        f"media = {toml_list(item.media)}",
        f"difficulty = {item.difficulty}",
    ]
    return "\n".join(lines) + "\n"


def pack_toml(language: str) -> str:
    titles = PACK_META[language]["title"]
    lines = [
        "# Generated by tools/first_words/make_packs.py: edit the generator, then run it again.",
        "format_version = 1",
        f'id = "org.sabil.first-words-{language}"',
        f'version = "{VERSION}"',
        f'language = "{language}"',
        'licence = "CC-BY-SA-4.0"',
        'authors = ["The Sabil team"]',
        'subjects = ["reading", "vocabulary"]',
        "age_range = [4, 7]",
        "",
        "[title]",
        *(f"{lang} = {toml_string(t)}" for lang, t in zip(LANGUAGES, titles, strict=True)),
        "",
        "[description]",
        *(f"{lang} = {toml_string(t)}" for lang, t in zip(LANGUAGES, DESCRIPTION, strict=True)),
    ]
    return "\n".join(lines) + "\n"


def skills_toml() -> str:
    parts = ["# Generated by tools/first_words/make_packs.py: edit the generator, then run it again.\n"]
    for skill_id, prerequisites, titles, descriptions in SKILLS:
        parts.append(
            "\n".join([
                "[[skill]]",
                f"id = {toml_string(skill_id)}",
                f"title = {toml_table(titles)}",
                f"description = {toml_table(descriptions)}",
                f"prerequisites = {toml_list(prerequisites)}",
            ]) + "\n"
        )
    return "\n".join(parts)


def pack_items(language: str) -> dict[str, list[Item]]:
    """The items of one pack, by source file name."""
    return {
        "01-animals.toml": list(topic_items("animals", "animals", language)),
        "02-food.toml": list(topic_items("food", "food", language)),
        "03-body.toml": list(topic_items("body", "body", language)),
        "04-family.toml": list(topic_items("family", "family", language)),
        "05-colours.toml": list(topic_items("colours", "colours", language)),
        "06-number-words.toml": list(number_items(language)),
        "07-first-letters.toml": list(letter_items(language)),
    }


def synthesise(text: str, language: str, out: Path) -> None:
    """Say ``text`` with espeak-ng and store it as small mono Ogg Opus (speech at 16 kbit/s)."""
    voice = "en-us" if language == "en" else "ar"
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "word.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", "120", "-g", "8", "-w", str(wav), text], check=True)
        # A fixed stream serial and no comments make the file the same on every run.
        subprocess.run(["opusenc", "--quiet", "--speech", "--bitrate", "16", "--serial", "1",
                        "--discard-comments", str(wav), str(out)], check=True)


def write_pack(language: str, root: Path = PACKS, audio_mode: str = "missing") -> Path:
    """Write one pack's source folder under ``root``.

    ``audio_mode``: ``"all"`` re-synthesises every sound, ``"missing"`` only absent ones, ``"none"``
    writes no sound (the tests compare the text and pictures with the committed folder).
    """
    folder = root / f"words-{language}"
    items = pack_items(language)
    media_names = sorted({name for file_items in items.values() for item in file_items for name in item.media})
    (folder / "items").mkdir(parents=True, exist_ok=True)
    (folder / "media").mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text(pack_toml(language), encoding="utf-8")
    (folder / "skills.toml").write_text(skills_toml(), encoding="utf-8")
    for old in (folder / "items").glob("*.toml"):
        if old.name not in items:
            old.unlink()
    for name, file_items in items.items():
        header = "# Generated by tools/first_words/make_packs.py: edit the generator, then run it again.\n\n"
        (folder / "items" / name).write_text(header + "\n".join(item_toml(i) for i in file_items), encoding="utf-8")
    for old in (folder / "media").iterdir():
        if old.name not in media_names:
            old.unlink()
    if audio_mode == "none":
        media_names = [name for name in media_names if name.endswith(".svg")]
    for name in media_names:
        target = folder / "media" / name
        key, _, extension = name.rpartition(".")
        if extension == "svg":
            target.write_text(PICTURES[key], encoding="utf-8")
        elif audio_mode == "all" or not target.exists():
            word = by_key(key.rsplit("-", 1)[0])
            spoken = word.en if language == "en" else SPOKEN_AR.get(word.key, word.ar)
            synthesise(spoken, language, target)
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--audio", action="store_true", help="re-synthesise every audio file")
    args = parser.parse_args(argv)
    if args.audio and not (shutil.which("espeak-ng") and shutil.which("opusenc")):
        parser.error("--audio needs espeak-ng and opusenc (apt-get install espeak-ng opus-tools)")
    for language in ("en", "ar"):
        folder = write_pack(language, PACKS, "all" if args.audio else "missing")
        print(f"wrote {folder.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
