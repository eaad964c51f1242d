"""The services of one data directory, opened together: what the UI and CLI hold on to."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.config import Paths, resources_dir
from app.services.classes import ClassService
from app.services.clock import HybridLogicalClock
from app.services.device import ensure_device
from app.services.goals import GoalService
from app.services.hub_runner import HubRunner
from app.services.learners import LearnerService
from app.services.packs import PackService
from app.services.plans import PlanService
from app.services.practice import PracticeService
from app.services.privacy import PrivacyService
from app.services.reports import ReportService
from app.services.roster_import import RosterImporter
from app.services.sync import SyncService
from app.services.teacher_mode import TeacherMode
from app.storage.backup import backup_database, latest_backup
from app.storage.database import Database, open_database

log = logging.getLogger(__name__)

# A rolling backup is taken at start when the newest one is older than this.
BACKUP_INTERVAL = timedelta(hours=24)
KEEP_BACKUPS = 5


@dataclass
class AppServices:
    """Database, device identity and the use-case services built on them."""

    paths: Paths
    db: Database
    device_id: str
    learners: LearnerService
    packs: PackService
    practice: PracticeService
    teacher: TeacherMode  # the adult password that guards teacher mode
    sync: SyncService  # enrolment with a class hub, push/pull, status, USB bundles
    reports: ReportService  # class heatmap, learner progress, help needed, difficult items
    classes: ClassService  # classes, groups and who is in them
    roster: RosterImporter  # CSV roster: preview with row errors, then all-or-nothing import
    plans: PlanService  # learning plans (the practice service honours them)
    goals: GoalService  # the learner's own goals, confidence ratings, their week
    privacy: PrivacyService  # export / delete one learner, what is shared and where
    hub: HubRunner  # the class hub: this Sabil's sync server on its own database, started from teacher mode

    @classmethod
    def open(
        cls, data_dir: Path, install_bundled: bool = True, bundled_root: Path | None = None
    ) -> AppServices:
        """Open (creating and migrating as needed) the data directory and install bundled packs.

        Raises ``config.DataDirError`` when the folder is not writable and
        ``storage.errors.DatabaseCorruptError`` when the database is damaged (it names the backup).
        """
        paths = Paths(Path(data_dir)).ensure()
        db = open_database(paths.database, backups_dir=paths.backups, keep_backups=KEEP_BACKUPS)
        try:
            _rolling_backup(paths)
            device_id = ensure_device(db)
            clock = HybridLogicalClock(device_id)
            packs = PackService(
                db,
                media_root=paths.media,
                packs_cache=paths.packs_cache,
                bundled_root=bundled_root if bundled_root is not None else resources_dir() / "packs",
            )
            practice = PracticeService(db, device_id, paths.media, models_dir=paths.root / "models")
            learners = LearnerService(db, clock)
            services = cls(
                paths=paths,
                db=db,
                device_id=device_id,
                learners=learners,
                packs=packs,
                practice=practice,
                teacher=TeacherMode(db),
                sync=SyncService(db, paths, device_id, practice.rebuild_learner_state),
                reports=ReportService(db),
                classes=ClassService(db, clock),
                roster=RosterImporter(db, clock),
                plans=PlanService(db, clock),
                goals=GoalService(db, clock, device_id),
                privacy=PrivacyService(db, learners, clock),
                hub=HubRunner(db, paths, device_id, practice.rebuild_learner_state),
            )
            if install_bundled:
                packs.ensure_bundled()
        except BaseException:
            db.close()
            raise
        return services

    def close(self) -> None:
        """Release the database (pending work is already committed: every call commits itself)."""
        self.hub.stop()  # a running class hub writes to this database: stop it first
        self.db.close()


def _rolling_backup(paths: Paths) -> None:
    newest = latest_backup(paths.backups)
    if newest is not None:
        age = datetime.now(UTC) - datetime.fromtimestamp(newest.stat().st_mtime, UTC)
        if age < BACKUP_INTERVAL:
            return
    made = backup_database(paths.database, paths.backups, reason="daily", keep=KEEP_BACKUPS)
    log.info("rolling backup %s", made)
