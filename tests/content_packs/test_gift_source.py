"""Packs from Moodle GIFT files: every supported question kind, escapes and formats, and errors that name the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.content_packs.answer_check import check_answer
from app.content_packs.errors import PackError
from app.content_packs.gift_source import html_to_text, load_gift_source
from app.content_packs.source_formats import load_any_source
from app.content_packs.templates import render_item

QUIZ = r"""// Fractions quiz for year 4
$CATEGORY: $course$/top/Fractions

::Half of ten::What is half of 10? {=5 #Half means two equal parts. ~4 #Not quite: 4 + 4 is 8. ~6}

::Primes:: Which numbers are prime? {
  ~%50%2 #Two has exactly two divisors.
  ~%50%3
  ~%-100%4 #4 \= 2 × 2.
}

::Capital:: The capital of France is {=Paris =Lutèce #A city on the Seine.}.

$CATEGORY: $course$/top/Measures
::Pi:: Pi to two decimal places? {#3.14:0.005 #About 22/7.}

::Between:: Give a number between one and two. {#1..2 #Any number from 1 to 2.
####Any number from 1 to 2 is right, for example 1.5.}

::Weighted numeric:: Half of 7? {#=3.5:0 #Seven halves. =%50%3:0}

::Sun::[html]<p>The sun is a <b>star</b>.<script>alert("x")</script></p>{T #Stars make their own light.}

::Moon:: The Moon is a star. {FALSE #It reflects the sun's light.#Right: it is not a star.}

::Escapes:: Is a\{b\} the same as a\:b? Type \~yes\= or no. {=no #Look at the signs.}

Untitled question {=42 #Six times seven.}
"""


def write_gift(folder: Path, text: str = QUIZ, metadata: str = 'id = "org.example.quiz"\ntitle = "Quiz"\n',
               name: str = "quiz") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.gift"
    path.write_text(text, encoding="utf-8")
    (folder / f"{name}.toml").write_text(metadata, encoding="utf-8")
    return path


def test_quiz_becomes_a_pack(tmp_path: Path) -> None:
    manifest, media = load_any_source(write_gift(tmp_path), seeds=2)
    assert media is None
    assert [(s.id, s.title) for s in manifest.skills] == [
        ("fractions", {"en": "Fractions"}), ("measures", {"en": "Measures"})]
    assert [i.id for i in manifest.items] == ["half-of-ten", "primes", "capital", "pi", "between",
                                              "weighted-numeric", "sun", "moon", "escapes", "measures-07"]
    half = manifest.item("half-of-ten")
    assert (half.skill_id, half.type, half.prompt) == ("fractions", "single_choice", "What is half of 10?")
    assert (half.choices, half.correct) == (("5", "4", "6"), (0,))
    assert half.hints == ("Half means two equal parts.", "Not quite: 4 + 4 is 8.")
    assert half.solution == "The answer is: 5"
    primes = manifest.item("primes")
    assert (primes.type, primes.choices, primes.correct) == ("multiple_choice", ("2", "3", "4"), (0, 1))
    assert primes.hints == ("Two has exactly two divisors.", "4 = 2 × 2.")
    capital = manifest.item("capital")
    assert (capital.type, capital.prompt, capital.answer, capital.accept) == (
        "short_text", "The capital of France is ____.", "Paris", ("Lutèce",))


def test_numeric_answers_tolerances_and_ranges(tmp_path: Path) -> None:
    manifest, _ = load_gift_source(write_gift(tmp_path), seeds=1)
    pi = manifest.item("pi")
    assert (pi.skill_id, pi.type, pi.answer, pi.tolerance) == ("measures", "numeric", "3.14", 0.005)
    rendered = render_item(pi, 0)
    assert check_answer(rendered, "3.144").correct
    assert not check_answer(rendered, "3.2").correct
    between = manifest.item("between")
    assert (between.answer, between.tolerance) == ("1.5", 0.5)
    assert between.solution == "Any number from 1 to 2 is right, for example 1.5."
    assert check_answer(render_item(between, 0), "1,9").correct
    assert not check_answer(render_item(between, 0), "2.1").correct
    weighted = manifest.item("weighted-numeric")
    assert (weighted.answer, weighted.tolerance, weighted.hints) == ("3.5", 0.0, ("Seven halves.",))


def test_true_false_html_and_escapes(tmp_path: Path) -> None:
    manifest, _ = load_gift_source(write_gift(tmp_path), seeds=1)
    sun = manifest.item("sun")
    assert sun.prompt == "The sun is a star."  # tags dropped, the script's text too: never rendered, never run
    assert (sun.type, sun.choices, sun.correct, sun.shuffle) == ("single_choice", ("True", "False"), (0,), False)
    moon = manifest.item("moon")
    assert moon.correct == (1,)
    assert moon.hints == ("It reflects the sun's light.", "Right: it is not a star.")
    escapes = manifest.item("escapes")
    assert escapes.prompt == "Is a{b} the same as a:b? Type ~yes= or no."
    assert escapes.answer == "no"


def test_true_false_labels_follow_the_pack_language(tmp_path: Path) -> None:
    metadata = 'id = "org.example.quiz"\ntitle = "اختبار"\nlanguage = "ar"\n'
    manifest, _ = load_gift_source(write_gift(tmp_path, "الشمس نجم {T #فكّر في النجوم.}\n", metadata), seeds=1)
    item = manifest.items[0]
    assert item.choices == ("صحيح", "خطأ")
    assert item.solution == "الإجابة: صحيح"
    assert manifest.skills[0].title == {"ar": "quiz"}  # no category: the file name


def test_html_to_text_keeps_text_only() -> None:
    assert html_to_text('<p>1 &lt; 2 &amp; <img src="x" onerror="alert(1)">3</p><p>next</p>') == "1 < 2 & 3\n\nnext"
    assert html_to_text("<style>p {color: red}</style>a<br>b") == "a\nb"


@pytest.mark.parametrize(
    ("text", "code", "where", "fragment"),
    [
        ("// intro\n\n::Essay:: Tell me about fractions. {}\n", "unsupported_question", "quiz.gift: line 3",
         "essay"),
        ("\n\nMatch them. {\n=cat -> kitten\n=dog -> puppy\n}\n", "unsupported_question", "quiz.gift: line 3",
         "matching"),
        ("::A:: 1 + 1? {=2 #Count.}\n\n::B:: No answers here.\n", "bad_gift", "quiz.gift: line 3", "{ }"),
        ("::A:: 1 + 1? {=2 #Count.\n\n", "bad_gift", "quiz.gift: line 1", "never closed"),
        ("::A:: 1 + 1? {=2 ~3}\n", "bad_item", "quiz.gift: line 1", "needs at least one hint"),
        ("::A:: 1 + 1? {#two #Count.}\n", "bad_item", "quiz.gift: line 1", '"two" is not a number'),
        ("::A:: 1 + 1? {#3..1 #Count.}\n", "bad_item", "quiz.gift: line 1", "smallest first"),
        ("::A:: 1 + 1? {=2 #Count.}\n\n::a:: 2 + 2? {=4 #Count.}\n", "duplicate_id", "quiz.gift: line 3",
         "already used on line 1"),
        ("::A:: Pick {~1 #No. ~3 #No.}\n", "bad_item", "quiz.gift: line 1", "no answer is marked right"),
        ("::A:: Pick {2 =3 #Count.}\n", "bad_gift", "quiz.gift: line 1", "each answer starts with"),
        ("::A:: Pick {=1 #One. ~1 #Same.}\n", "duplicate_choices", 'quiz.gift: line 1: question "a"', "the same"),
    ],
)
def test_errors_name_the_line(tmp_path: Path, text: str, code: str, where: str, fragment: str) -> None:
    with pytest.raises(PackError) as caught:
        load_gift_source(write_gift(tmp_path, text), seeds=1)
    assert caught.value.code == code
    assert caught.value.location.startswith(where), caught.value.location
    assert fragment in caught.value.message


def test_answer_block_over_several_lines_reports_the_line_of_the_problem(tmp_path: Path) -> None:
    text = "::A:: Which?\n{\n  =yes #Fine.\n  ~%50%\n}\n"
    with pytest.raises(PackError) as caught:
        load_gift_source(write_gift(tmp_path, text), seeds=1)
    assert caught.value.location == "quiz.gift: line 4"


def test_missing_metadata_file(tmp_path: Path) -> None:
    path = tmp_path / "quiz.gift"
    path.write_text("1 + 1? {=2 #Count.}\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_gift_source(path, seeds=1)
    assert caught.value.code == "source_missing"
