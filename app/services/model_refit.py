"""The class hub refits the learner model on its school's pooled answers, by itself.

``refit_if_due`` is what ``sabil model export`` followed by ``sabil model fit`` do by hand, made safe
to run unattended on a running hub:

- **Due** when the pack has enough answers from enough learners, and enough new answers since the
  last attempt (the count is remembered in the settings store, so a restart does not refit again).
- **Same data, same fitting.** The answer log is written by ``event_export.export_answer_log`` and
  read by ``kt_data.read_answers``, exactly as the two commands do; the fit is ``fit_log``.
- **Kept only when better.** Learners are split by a hash of their id (stable as the class grows,
  so a held-out learner is never seen by any fit this hub keeps). The candidate is fitted on the
  other learners; both it and the parameters in use now (an earlier fit, the pack's, or the
  defaults — ``load_model_params``) predict every held-out answer from that learner's earlier
  answers only, on the pack's id space, as practice would. The candidate replaces the file only
  if its log-loss is lower; what was validated is what ships (the held-out learners stay out).
- **Shared as usual.** Kept parameters go to ``<data dir>/models/<pack id>.json`` (temporary file
  then ``os.replace``, so a device fetching ``/v1/models`` never reads half a file), in the format
  ``sabil model fit -o`` writes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from sqlalchemy import distinct, func, select

from app.config import Paths
from app.engine.learner_model import metrics
from app.engine.learner_model.fit import FitOptions
from app.engine.learner_model.params import LearnerModelParams
from app.services.event_export import export_answer_log
from app.services.kt_data import AnswerLog, Codebook, read_answers
from app.services.learner_model_runtime import learner_model_key, load_model_params, params_path
from app.services.model_evaluation import fit_log, predict_log
from app.services.pack_runtime import PackRuntime, load_runtime
from app.storage.database import Database
from app.storage.models import AttemptEvent, Setting

log = logging.getLogger(__name__)

MODELS_FOLDER = "models"  # <data dir>/models: where the app looks and what /v1/models serves
PARTIAL_SUFFIX = ".refit.tmp"  # a parameters file being written: never "*.json", so never served
PARTIAL_MAX_AGE_SECONDS = 600.0


@dataclass(frozen=True)
class RefitPolicy:
    """When a refit is due and how much of the class is held out to judge it."""

    min_answers: int = 2000
    min_learners: int = 10
    refit_every: int = 1000  # new answers since the last attempt, kept or not
    holdout_share: float = 0.2
    options: FitOptions | None = None


@dataclass(frozen=True)
class RefitOutcome:
    """What ``refit_if_due`` did for one pack.

    ``status``: ``not_due`` (``reason`` says which threshold), ``kept`` (``path`` written) or
    ``rejected`` (the parameters in use predicted the held-out learners at least as well).
    Log-losses are on the held-out learners' answers; ``current_source`` is where the parameters
    in use came from (``fitted``, ``pack`` or ``default``).
    """

    pack_id: str
    status: str
    reason: str
    answers: int
    learners: int
    train_answers: int = 0
    heldout_answers: int = 0
    heldout_learners: int = 0
    candidate_logloss: float | None = None
    current_logloss: float | None = None
    current_source: str | None = None
    path: Path | None = None

    @property
    def kept(self) -> bool:
        """True when new parameters were written."""
        return self.status == "kept"


def refit_key(pack_id: str) -> str:
    """The settings key remembering the last refit attempt of a pack (JSON)."""
    return f"learner_model_refit.{pack_id}"


def models_dir(paths: Paths) -> Path:
    """The folder holding fitted parameters (the one practice and ``/v1/models`` read)."""
    return paths.root / MODELS_FOLDER


def answers_at_last_refit(db: Database, pack_id: str) -> int:
    """How many answers the pack had when a refit was last attempted (0 if never)."""
    with db.session() as session:
        text = session.scalar(select(Setting.value).where(Setting.key == refit_key(pack_id)))
    if text is None:
        return 0
    try:
        return int(json.loads(text)["answers"])
    except (ValueError, TypeError, KeyError):
        return 0  # an unreadable note: treat as never fitted rather than never fit again


def is_heldout(learner_id: str, share: float) -> bool:
    """Whether a learner is held out to judge fits: a fixed function of the id, so it never changes."""
    digest = hashlib.sha256(learner_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share


def refit_if_due(
    db: Database,
    paths: Paths,
    pack_id: str,
    *,
    now: datetime,
    policy: RefitPolicy | None = None,
    on_fitting: Callable[[str, int, int], None] | None = None,
) -> RefitOutcome:
    """Refit the learner model of ``pack_id`` on this database's answers if due; keep it if better.

    See the module docstring for the rules. ``on_fitting(pack_id, answers, learners)`` is called once
    the refit is found due, before the export and the fit (which can take a while on a large class).
    Exceptions (an unknown pack, a failed fit) propagate: the caller logs them; nothing is written or
    remembered then, so the next check tries again.
    """
    policy = policy or RefitPolicy()
    answers, learners = _counts(db, pack_id)
    since = answers - answers_at_last_refit(db, pack_id)
    reason = _not_due_reason(policy, answers, learners, since)
    if reason:
        return RefitOutcome(pack_id, "not_due", reason, answers, learners)

    if on_fitting is not None:
        on_fitting(pack_id, answers, learners)
    with tempfile.TemporaryDirectory(prefix="sabil-refit-") as scratch:
        answer_file = Path(scratch) / "answers.tsv"
        export_answer_log(db, pack_id, answer_file)
        full, codebook = read_answers(answer_file)
    user_ids = codebook.users.ids
    heldout_users = _heldout_codes(user_ids, policy.holdout_share)
    heldout_mask = np.isin(full.users, heldout_users)
    train, heldout = _subset(full, ~heldout_mask), _subset(full, heldout_mask)
    candidate = fit_log(train, codebook, policy.options)

    with db.session() as session:
        runtime = load_runtime(session, pack_id)
        shipped = session.scalar(select(Setting.value).where(Setting.key == learner_model_key(pack_id)))
    folder = models_dir(paths)
    current, source = load_model_params(runtime, folder, shipped)
    in_pack = _in_pack_space(heldout, codebook, runtime)
    candidate_loss = _logloss(candidate.aligned(runtime.graph.skill_ids, runtime.item_ids, runtime.item_skill), in_pack)
    current_loss = _logloss(current, in_pack)

    kept = candidate_loss < current_loss
    path = _write_params(candidate, params_path(folder, pack_id)) if kept else None
    outcome = RefitOutcome(
        pack_id=pack_id,
        status="kept" if kept else "rejected",
        reason="better on held-out learners" if kept else "not better on held-out learners",
        answers=answers,
        learners=learners,
        train_answers=len(train),
        heldout_answers=len(in_pack),
        heldout_learners=len(heldout_users),
        candidate_logloss=candidate_loss,
        current_logloss=current_loss,
        current_source=source,
        path=path,
    )
    _remember(db, outcome, now)
    log.info(
        "learner model refit for %s: %s (candidate log-loss %.4f vs %s %.4f on %d held-out answers "
        "of %d learners; fitted on %d answers)",
        pack_id, outcome.status, candidate_loss, source, current_loss, outcome.heldout_answers,
        outcome.heldout_learners, outcome.train_answers,
    )
    return outcome


def _counts(db: Database, pack_id: str) -> tuple[int, int]:
    with db.session() as session:
        row = session.execute(
            select(func.count(AttemptEvent.id), func.count(distinct(AttemptEvent.learner_id))).where(
                AttemptEvent.pack_id == pack_id
            )
        ).one()
    return int(row[0]), int(row[1])


def _not_due_reason(policy: RefitPolicy, answers: int, learners: int, since: int) -> str:
    if learners < 2:  # whatever the policy: a fit is judged on learners it was not fitted on
        return f"{learners} learners, too few to hold any out"
    if answers < policy.min_answers:
        return f"{answers} answers, fewer than {policy.min_answers}"
    if learners < policy.min_learners:
        return f"{learners} learners, fewer than {policy.min_learners}"
    if since < policy.refit_every:
        return f"{since} new answers since the last refit, fewer than {policy.refit_every}"
    return ""


def _heldout_codes(user_ids: list[str], share: float) -> np.ndarray:
    codes = [k for k, learner in enumerate(user_ids) if is_heldout(learner, share)]
    if not codes or len(codes) == len(user_ids):
        # A small class can fall all on one side of the hash: hold out the learner with the lowest
        # hash (the one a larger class would hold out first) and train on the others.
        ranked = sorted(range(len(user_ids)), key=lambda k: hashlib.sha256(user_ids[k].encode("utf-8")).digest())
        codes = ranked[:1]
    return np.array(codes, dtype=np.int64)


def _subset(log_: AnswerLog, mask: np.ndarray) -> AnswerLog:
    return AnswerLog(
        users=log_.users[mask],
        items=log_.items[mask],
        skills=log_.skills[mask],
        correct=log_.correct[mask],
        timestamps=log_.timestamps[mask],
    )


def _in_pack_space(heldout: AnswerLog, codebook: Codebook, runtime: PackRuntime) -> AnswerLog:
    """The held-out answers recoded to the pack's item and skill indices (as practice replays them).

    Answers on items or skills no longer in the pack are dropped, as ``replay_model`` drops them.
    """
    item_code = np.array([runtime.item_index.get(i, -1) for i in codebook.items.ids], dtype=np.int64)
    skill_code = np.array([runtime.graph.index.get(s, -1) for s in codebook.skills.ids], dtype=np.int64)
    items = item_code[heldout.items] if len(heldout) else heldout.items
    skills = skill_code[heldout.skills] if len(heldout) else heldout.skills
    keep = (items >= 0) & (skills >= 0)
    return AnswerLog(
        users=heldout.users[keep],
        items=items[keep],
        skills=skills[keep],
        correct=heldout.correct[keep],
        timestamps=heldout.timestamps[keep],
    )


def _logloss(params: LearnerModelParams, answers: AnswerLog) -> float:
    if not len(answers):
        return float("inf")  # nothing to judge on: never better, so nothing is replaced
    return float(metrics.logloss(answers.correct, predict_log(params, answers)))


def _write_params(params: LearnerModelParams, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    # Not "*.json": /v1/models lists *.json and must never offer a half-written file. Named per
    # process and thread, so two writers never share one; created with the usual permissions (every
    # OS user of a shared data folder reads the parameters). Flushed to disk before the swap, so a
    # power cut right after it cannot leave an empty target.
    temp = out.with_name(f".{out.name}.{os.getpid()}-{threading.get_ident()}{PARTIAL_SUFFIX}")
    try:
        with temp.open("wb") as file:
            file.write(json.dumps(params.to_dict(), separators=(",", ":")).encode("utf-8"))
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out


def discard_partial_files(paths: Paths, *, older_than: float = PARTIAL_MAX_AGE_SECONDS) -> int:
    """Delete parameter files a refit began but never swapped in (the process was killed mid-write).

    Only files older than ``older_than`` seconds go: a write takes milliseconds, so an older one is
    nobody's any more, and a refit running in another process right now keeps its own. Returns how many.
    """
    folder = models_dir(paths)
    if not folder.is_dir():
        return 0
    cutoff = time.time() - older_than
    removed = 0
    for partial in folder.glob(f".*.json.*{PARTIAL_SUFFIX}"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
                removed += 1
        except FileNotFoundError:  # another process swept it first
            continue
    if removed:
        log.info("removed %d unfinished learner-model file(s) left by an interrupted refit", removed)
    return removed


def _remember(db: Database, outcome: RefitOutcome, now: datetime) -> None:
    note = {
        "answers": outcome.answers,
        "learners": outcome.learners,
        "at": now.isoformat(),
        "status": outcome.status,
        "candidate_logloss": outcome.candidate_logloss,
        "current_logloss": outcome.current_logloss,
        "current_source": outcome.current_source,
        "heldout_answers": outcome.heldout_answers,
    }
    with db.transaction() as session:
        session.merge(Setting(key=refit_key(outcome.pack_id), value=json.dumps(note)))
