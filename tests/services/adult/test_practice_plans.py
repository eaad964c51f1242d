"""The sequencer honours a learner's plan and still respects prerequisites, and says so."""

from __future__ import annotations

from app.services.adult_dto import PlanTarget
from app.services.app_services import AppServices
from tests.services.adult.branch_pack import PACK_ID
from tests.services.adult.practice_helpers import answer, master

PLAN_PATH = ("count", "add", "multiply", "fractions")


def test_plan_leads_through_missing_prerequisites_to_the_target(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    grade = adult.classes.create("Grade 4")
    adult.classes.add_learner(grade.id, learner.id)
    adult.plans.create("Fractions by June", PACK_ID, [PlanTarget("skill", "fractions")], "class", grade.id)

    session = adult.practice.start_session(learner.id, pack_id=PACK_ID)
    seen: list[str] = []
    for _ in range(80):
        item = answer(adult, session)
        seen.append(item.skill_id)
        assert item.skill_id in PLAN_PATH, f"{item.skill_id} is not on the way to the plan's target"
        if item.skill_id == "fractions":
            assert item.reason == "plan_target"
            assert item.reason_args["plan"] == "Fractions by June"
        else:
            assert item.reason == "plan_prerequisite"
            assert item.reason_args["target"] == "fractions" and item.reason_args["target_title"] == "Fractions"
            assert item.reason_args["prerequisite"] == item.skill_id
        if adult.plans.learner_progress(learner.id)[0].status == "complete":
            break
    else:
        raise AssertionError("the plan was not completed in 80 answers")
    # Prerequisites first: each skill appears only after the one before it on the path.
    assert [s for i, s in enumerate(seen) if s not in seen[:i]] == list(PLAN_PATH)

    # The plan is complete: practice is free again and reaches the skills the plan kept aside.
    after = {answer(adult, session).skill_id for _ in range(12)}
    assert after & {"shapes", "subtract"}


def test_without_a_plan_the_same_learner_would_wander(adult: AppServices) -> None:
    learner = adult.learners.create("Zaid", "fox")
    session = adult.practice.start_session(learner.id, pack_id=PACK_ID)
    seen = {answer(adult, session).skill_id for _ in range(30)}
    assert seen - set(PLAN_PATH)  # shapes or subtract: what the plan's restriction keeps away


def test_suggestions_follow_the_plan_and_explain_it(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    master(adult, learner.id, PACK_ID, "count")
    free = adult.practice.suggestions(learner.id, k=3, pack_id=PACK_ID)
    assert {s.skill_id for s in free} == {"add", "shapes"}
    adult.plans.create("Subtract", PACK_ID, [PlanTarget("skill", "subtract")], "learner", learner.id)
    planned = adult.practice.suggestions(learner.id, k=3, pack_id=PACK_ID)
    assert [(s.skill_id, s.reason) for s in planned] == [("add", "plan_prerequisite")]
    assert planned[0].reason_args["target_title"] == "Subtract"
    session = adult.practice.start_session(learner.id, pack_id=PACK_ID)
    assert [s.skill_id for s in adult.practice.session_suggestions(session)] == ["add"]


def test_a_skill_the_learner_picks_is_theirs_to_practise(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    master(adult, learner.id, PACK_ID, "count")
    adult.plans.create("Fractions", PACK_ID, [PlanTarget("skill", "fractions")], "learner", learner.id)
    session = adult.practice.start_session(learner.id, pack_id=PACK_ID)
    item = adult.practice.next_item(session, focus_skill="shapes")
    assert (item.skill_id, item.reason) == ("shapes", "prerequisites_mastered")


def test_deleted_plan_no_longer_restricts(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    master(adult, learner.id, PACK_ID, "count")
    plan = adult.plans.create("Shapes", PACK_ID, [PlanTarget("skill", "shapes")], "learner", learner.id)
    assert [s.skill_id for s in adult.practice.suggestions(learner.id, pack_id=PACK_ID)] == ["shapes"]
    adult.plans.delete(plan.id)
    assert {s.skill_id for s in adult.practice.suggestions(learner.id, pack_id=PACK_ID)} == {"add", "shapes"}


def test_plans_of_other_packs_do_not_restrict(adult: AppServices) -> None:
    learner = adult.learners.create("Amira", "owl")
    adult.plans.create("Shapes", PACK_ID, [PlanTarget("skill", "shapes")], "learner", learner.id)
    mini = [s.skill_id for s in adult.practice.suggestions(learner.id, pack_id="org.sabil.test.mini")]
    assert mini == ["count-to-10"]
    assert adult.practice.suggestions(learner.id, pack_id="org.sabil.test.mini")[0].reason == "no_prerequisites"


def test_the_learner_is_told_why_in_words(adult: AppServices) -> None:
    from app.ui.reasons import reason_text

    learner = adult.learners.create("Amira", "owl")
    adult.plans.create("Fractions by June", PACK_ID, [PlanTarget("skill", "fractions")], "learner", learner.id)
    session = adult.practice.start_session(learner.id, pack_id=PACK_ID)
    item = adult.practice.next_item(session)
    assert reason_text(item.reason, item.reason_args, lambda _s: None) == "Needed first for Fractions in your plan"
    master(adult, learner.id, PACK_ID, "count")
    master(adult, learner.id, PACK_ID, "add")
    master(adult, learner.id, PACK_ID, "multiply")
    (step,) = adult.practice.suggestions(learner.id, k=3, pack_id=PACK_ID)
    assert reason_text(step.reason, step.reason_args, lambda _s: None) == "Your plan: Fractions by June"
