"""Opening just what a pack command needs: the database and the pack service of one data folder.

``AppServices.open`` builds every service (sync, reports, classes, the hub...), which costs about a
second of imports on a two-core school PC; ``sabil pack import`` of a big pack should spend that
time copying. The database is opened the same way (integrity check, migrations with a backup
first) and the bundled packs are installed as at any start, so a first ``sabil pack import`` into
a new data folder leaves it as the app would.
"""

from __future__ import annotations

from app.config import Paths, resources_dir
from app.services.packs import PackService
from app.storage.database import Database, open_database

# The same number of migration backups AppServices keeps.
KEEP_BACKUPS = 5


def open_pack_service(paths: Paths, *, install_bundled: bool = True) -> tuple[Database, PackService]:
    """The opened database (the caller closes it) and a PackService over ``paths``.

    Raises ``storage.errors.DatabaseCorruptError`` when the database is damaged (it names the backup).
    """
    db = open_database(paths.database, backups_dir=paths.backups, keep_backups=KEEP_BACKUPS)
    try:
        packs = PackService(
            db,
            media_root=paths.media,
            packs_cache=paths.packs_cache,
            bundled_root=resources_dir() / "packs",
        )
        if install_bundled:
            packs.ensure_bundled()
    except BaseException:
        db.close()
        raise
    return db, packs
