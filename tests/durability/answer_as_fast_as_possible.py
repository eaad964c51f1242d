"""Kill-test worker: answers items as fast as it can, acknowledging each committed answer.

Usage: python answer_as_fast_as_possible.py DATA_DIR PACK_FILE

Prints ``READY`` once the services are open, then ``ACK <event_id>`` for every answer, flushed
only after ``PracticeService.submit`` returned — i.e. after the answer was committed. The test
kills this process with SIGKILL at random moments and checks nothing acknowledged went missing.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from app.services.app_services import AppServices


def readable_response(item_type: str, choice_count: int, rng: random.Random) -> str:
    """A response the checker can read (right or wrong), so every submit records an event."""
    if item_type in ("single_choice", "multiple_choice"):
        return str(rng.randrange(choice_count))
    if item_type == "numeric":
        return str(rng.randint(0, 12))
    return rng.choice(["five", "half", "ten"])


def main(data_dir: Path, pack_file: Path) -> None:
    services = AppServices.open(data_dir, install_bundled=False)
    services.packs.install_file(pack_file, allow_unsigned=True)
    learners = services.learners.list()
    learner = learners[0] if learners else services.learners.create("Kill Test", "owl")
    print("READY", flush=True)
    rng = random.Random()
    session_id = services.practice.start_session(learner.id)
    while True:
        item = services.practice.next_item(session_id)
        feedback = services.practice.submit(
            session_id, readable_response(item.type, len(item.choices), rng), 1
        )
        if feedback.event_id is not None:
            sys.stdout.write(f"ACK {feedback.event_id}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
