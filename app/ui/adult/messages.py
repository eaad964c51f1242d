"""Translated sentences for the codes the adult-side services raise (ValidationError, roster RowError)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("AdultMessages", text)


def adult_message(code: str) -> str:
    """A sentence an adult can act on for a service error code (a general one for unknown codes)."""
    messages = {
        "empty_name": _t("Please type a name."),
        "name_too_long": _t("That name is too long. Please use a shorter one."),
        "class_exists": _t("There is already a class with that name."),
        "group_exists": _t("This class already has a group with that name."),
        "not_in_class": _t("Only learners of the group's class can join the group."),
        "unknown_learner": _t("This learner no longer exists."),
        "unknown_class": _t("This class no longer exists."),
        "unknown_group": _t("This group no longer exists."),
        "unknown_plan": _t("This plan no longer exists."),
        "unknown_pack": _t("That content pack is not installed on this computer."),
        "unknown_skill": _t("That skill is not in the pack any more."),
        "no_targets": _t("Choose at least one skill, or the whole pack."),
        "bad_target": _t("Choose at least one skill, or the whole pack."),
        "goal_too_long": _t("The goal is too long. Please use at most 500 characters."),
        "skills_need_pack": _t("Choose the subject the skill belongs to."),
        "roster_errors": _t("Some rows have problems, so nobody was imported. Fix them in the file and choose it again."),
        "roster_changed": _t("The classes changed while importing. Please try again."),
        "bad_export_name": _t("The export file name must end in .json or .zip."),
        "already_rated": _t("This answer already has a rating."),
    }
    return messages.get(code, _t("Something went wrong. Please try again."))


def row_problem(code: str) -> str:
    """What is wrong with one roster row (or the whole file), for the preview table."""
    problems = {
        "empty_name": _t("The name is missing."),
        "name_too_long": _t("The name is too long."),
        "missing_class": _t("The class is missing."),
        "bad_pin": _t("The PIN must be 4 to 8 digits."),
        "duplicate_row": _t("This learner is listed twice in this class."),
        "too_many_columns": _t("Too many columns: a row has a name, a class and an optional PIN."),
        "too_large": _t("The file is too large for a roster."),
        "unreadable": _t("The file could not be read."),
        "not_utf8": _t("The file is not UTF-8 text. In the spreadsheet, save it as \"CSV UTF-8\"."),
        "empty": _t("The file has no learners in it."),
        "too_many_rows": _t("A roster can have at most 2000 learners."),
    }
    return problems.get(code, _t("This row cannot be read."))
