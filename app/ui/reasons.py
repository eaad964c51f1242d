"""Why a skill is suggested, in the learner's words: one sentence per engine reason code."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication


def _skill_names(args: Mapping[str, str], key: str, title_of: Callable[[str], str | None], joiner: str) -> str:
    """Titles (in the UI language when known) of the comma-separated skill ids in ``args[key]``."""
    ids = [part.strip() for part in args.get(key, "").split(",") if part.strip()]
    titles = [title_of(skill_id) for skill_id in ids]
    if ids and all(titles):
        return joiner.join(t for t in titles if t)
    # The service adds English-or-learner-language titles beside skill-id arguments.
    return args.get(f"{key}_title", "") or joiner.join(ids)


def reason_text(
    reason: str, args: Mapping[str, str], title_of: Callable[[str], str | None], joiner: str = ", "
) -> str:
    """A short "why this?" sentence for a suggestion's reason code and arguments.

    ``title_of(skill_id)`` returns a skill title in the UI language when the UI knows it.
    """
    if reason == "in_progress":
        return QCoreApplication.translate("Reasons", "Keep going: you are learning this")
    if reason == "prerequisites_mastered":
        names = _skill_names(args, "prerequisites", title_of, joiner)
        if names:
            return QCoreApplication.translate("Reasons", "New: you have mastered %1").replace("%1", names)
        return QCoreApplication.translate("Reasons", "New: you are ready for this")
    if reason == "no_prerequisites":
        return QCoreApplication.translate("Reasons", "New: a good place to start")
    if reason == "weakest_prerequisite":
        names = _skill_names(args, "skill", title_of, joiner)
        if names:
            return QCoreApplication.translate("Reasons", "Practise again: it will help with %1").replace("%1", names)
        return QCoreApplication.translate("Reasons", "Practise again: it will make the next skill easier")
    if reason == "review_due":
        days = args.get("days", "")
        if days.isdigit() and int(days) > 0:
            return QCoreApplication.translate("Reasons", "Review: last seen %n day(s) ago", None, int(days))
        return QCoreApplication.translate("Reasons", "Review: time to remember this")
    if reason == "already_mastered":
        return QCoreApplication.translate("Reasons", "You know this: practise to keep it fresh")
    if reason == "closest_to_ready":
        names = _skill_names(args, "missing", title_of, joiner)
        if names:
            return QCoreApplication.translate("Reasons", "Almost ready: first finish %1").replace("%1", names)
    # Learning plans (app.engine.plan): a target of the plan, or a skill the target needs first.
    if reason == "plan_target":
        plan = args.get("plan", "")
        if plan:
            return QCoreApplication.translate("Reasons", "Your plan: %1").replace("%1", plan)
        return QCoreApplication.translate("Reasons", "Part of your learning plan")
    if reason == "plan_prerequisite":
        names = _skill_names(args, "target", title_of, joiner)
        if names:
            return QCoreApplication.translate("Reasons", "Needed first for %1 in your plan").replace("%1", names)
        return QCoreApplication.translate("Reasons", "Needed first for your learning plan")
    return QCoreApplication.translate("Reasons", "Suggested for you")
