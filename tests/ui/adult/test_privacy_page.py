"""Privacy: export everything about one learner (JSON and CSV), delete a learner after a confirmation,
and what leaves this computer."""

from __future__ import annotations

import csv
import io
import json
import zipfile

from app.services import sync_state
from tests.ui.adult.helpers import open_tab, practise


def test_an_adult_exports_everything_about_a_learner_then_deletes_them(ui, tmp_path):
    avatar = ui.services.learners.avatars()[0]
    amina = ui.services.learners.create("Amina", avatar, pin="2468")
    ui.services.learners.create("Omar", avatar)
    feedbacks = practise(ui.services, amina.id, 6, every_wrong=3)
    ui.services.goals.rate_confidence(feedbacks[0].event_id, 3)
    ui.services.goals.set_goal(amina.id, "Count to 100")

    page = open_tab(ui, "privacy")
    page.select_learner(amina.id)
    stick = tmp_path / "USB"
    page.export_to(stick)
    ui.settle()

    json_file, zip_file = page.exported
    assert json_file.parent == stick and json_file.suffix == ".json" and zip_file.suffix == ".zip"
    assert "Amina" in json_file.name
    data = json.loads(json_file.read_text(encoding="utf-8"))
    assert data["profile"]["display_name"] == "Amina" and data["profile"]["has_pin"] is True
    assert len(data["attempts"]) == 6 and len(data["confidence"]) == 1
    assert [g["text"] for g in data["goals"]] == ["Count to 100"]
    with zipfile.ZipFile(zip_file) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("attempts.csv").decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [f.event_id for f in feedbacks]
    assert str(stick) in page.status.text()

    confirm = page.confirm_box
    page.delete_button.click()
    assert confirm.isVisible()
    assert confirm.text.text().startswith("Delete Amina?")
    assert confirm.confirm_button.text() == "Delete Amina"
    confirm.keep_button.click()
    assert not confirm.isVisible()
    assert [p.display_name for p in ui.services.learners.list()] == ["Amina", "Omar"]
    # Choosing another learner withdraws the question: it was about Amina.
    page.delete_button.click()
    page.select_learner(ui.services.learners.list()[1].id)
    assert not confirm.isVisible()

    page.select_learner(amina.id)
    page.delete_button.click()
    confirm.confirm_button.click()
    ui.settle()
    ui.settle()
    assert [p.display_name for p in ui.services.learners.list()] == ["Omar"]
    assert [page.learner_list.item(r).text() for r in range(page.learner_list.count())] == ["Omar"]
    assert page.status.text() == "Amina was deleted."
    assert ui.services.goals.goals(ui.services.learners.list()[0].id) == []


def test_the_screen_says_nothing_leaves_until_a_hub_is_enrolled_and_then_where_it_goes(ui):
    ui.services.learners.create("Amina", ui.services.learners.avatars()[0])
    page = open_tab(ui, "privacy")
    assert page.sharing_text.text().startswith("Nothing. This computer is not connected to a class hub")

    sync_state.save(
        ui.services.db,
        server_url="https://hub.school.example:8443",
        school_name="Al-Noor School",
        class_name="5B",
        token="device-token",
        server_id="hub-1",
    )
    page.open("en")
    ui.settle()
    text = page.sharing_text.text()
    assert text.startswith(
        "This computer sends learner names and settings (never PINs), their answers, classes and groups, learning plans, "
        "learners' goals, how sure learners felt to Al-Noor School"
    )
    assert "https://hub.school.example:8443" in text and "Class on the hub: 5B" in text
    assert "Learners sent so far: none yet" in text
