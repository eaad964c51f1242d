"""A prerequisite that blocks the next skill because it is being forgotten is shown with its recall,
the number that made it fading (its mastery estimate is still high)."""

from __future__ import annotations

from tests.ui.reports.reports_helpers import open_reports


def test_a_forgotten_blocker_shows_its_recall(ui):
    page = open_reports(ui, tab=1)
    view = page.learner
    for learner in ui.services.learners.list():
        progress = ui.services.reports.learner_progress(learner.id)
        fading = [(skill, b) for skill in progress.blocked for b in skill.blocked_by if b.state == "fading"]
        if fading:
            break
    else:
        raise AssertionError("the demo class has a skill blocked by a prerequisite being forgotten")
    view.choose(learner.id)
    view.load(view.pack_id, view.learner_ids, view.language)
    ui.settle()
    skill, blocker = fading[0]
    [line] = [view.blocked.item(i).text() for i in range(view.blocked.count()) if view.blocked.item(i).text().startswith(skill.title["en"])]
    assert f"{blocker.title['en']} (Being forgotten, recall {round(blocker.recall * 100)} %)" in line
