"""The schema revision this build's models describe: the head of its Alembic migrations.

Kept as a constant so a warm start can compare it with the database's ``alembic_version``
without importing Alembic. ``tests/storage`` checks it equals Alembic's own head; a new migration
updates it in the same commit.
"""

SCHEMA_HEAD = "0006"
