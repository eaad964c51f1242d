"""Why a skill is suggested, in the learner's words: one sentence per engine reason code."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication


def reason_text(reason: str, args: Mapping[str, str], title_of: Callable[[str], str | None]) -> str:
    """A short "why this?" sentence for a suggestion's reason code.

    ``title_of(skill_id)`` returns a skill title in the UI language when the UI knows it; otherwise
    the English ``<key>_title`` the service put beside the skill id is used.
    """

    def skill_title(key: str) -> str:
        skill_id = args.get(key, "")
        return (title_of(skill_id) if skill_id else None) or args.get(f"{key}_title") or skill_id

    if reason == "in_progress":
        return QCoreApplication.translate("Reasons", "Keep going: you are learning this")
    if reason == "prerequisites_mastered":
        name = skill_title("prerequisite")
        if name:
            return QCoreApplication.translate("Reasons", "New: you have mastered %1").replace("%1", name)
        return QCoreApplication.translate("Reasons", "New: you are ready for this")
    if reason == "no_prerequisites":
        return QCoreApplication.translate("Reasons", "New: a good place to start")
    if reason == "weakest_prerequisite":
        name = skill_title("prerequisite") or skill_title("skill")
        if name:
            return QCoreApplication.translate("Reasons", "Practise again: it will help with %1").replace("%1", name)
        return QCoreApplication.translate("Reasons", "Practise again: it will make the next skill easier")
    if reason == "review_due":
        days = args.get("days", "")
        if days.isdigit():
            return QCoreApplication.translate("Reasons", "Review: last seen %n day(s) ago", None, int(days))
        return QCoreApplication.translate("Reasons", "Review: time to remember this")
    return QCoreApplication.translate("Reasons", "Suggested for you")
