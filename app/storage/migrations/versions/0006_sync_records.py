"""Sync of adult-side records: their scope on a server, and on a device what its server holds.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 04:30:00

``sync_record_scopes`` (server): record id -> school, and the stamp last numbered into the change log.
``sync_record_marks`` (device): record id -> the stamp its server already holds, so the outbox sends
only what changed here.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_record_scopes",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("sequenced_hlc", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["school_id"], ["sync_schools.id"], name=op.f("fk_sync_record_scopes_school_id_sync_schools")
        ),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_sync_record_scopes")),
    )
    op.create_index(op.f("ix_sync_record_scopes_school_id"), "sync_record_scopes", ["school_id"])
    op.create_table(
        "sync_record_marks",
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_sync_record_marks")),
    )


def downgrade() -> None:
    op.drop_table("sync_record_marks")
    op.drop_index(op.f("ix_sync_record_scopes_school_id"), table_name="sync_record_scopes")
    op.drop_table("sync_record_scopes")
