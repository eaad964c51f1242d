"""Numbers, lists and placeholders written the way the person's language writes them."""

from __future__ import annotations

from app.ui.locale_text import clauses_joined, filled, joined, locale_digits, whole_number


def test_digits_follow_the_language_but_placeholders_stay(qapp):
    assert locale_digits("12 answers, %1 right", "ar") == "١٢ answers, %1 right"
    assert locale_digits("12 answers", "fr") == "12 answers"
    assert whole_number(1204, "ar") == "١٬٢٠٤" and whole_number(1204, "en") == "1,204"
    assert whole_number(1204.4, "fr") == "1\u202f204"


def test_lists_use_the_languages_separators(qapp):
    assert joined(["أ", "ب", "ج"], "ar") == "أ، ب، ج"
    assert joined(["a", "b"], "es") == "a, b"
    assert clauses_joined(["a", "b"], "ar") == "a؛ b" and clauses_joined(["a", "b"], "en") == "a; b"


def test_filled_replaces_each_placeholder_once(qapp):
    # A learner's answer or a pack's question may itself hold "%2": it is shown as typed.
    assert filled("%1 — answered %2, right answer %3", "What is 5%2?", "%3", "7") == "What is 5%2? — answered %3, right answer 7"
    assert filled("%2 before %1", "one", "two") == "two before one"
    assert filled("%1 and %4", "x") == "x and %4"
