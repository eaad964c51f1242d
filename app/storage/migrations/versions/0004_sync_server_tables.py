"""Sync server tables: schools, classes, enrolment codes, devices, learner scope, change log.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 01:45:00

Also widens ``attempt_events.seed`` to BIGINT on PostgreSQL: template seeds are 48-bit and
PostgreSQL's INTEGER is 32-bit (SQLite's INTEGER is 64-bit already, so nothing changes there).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_schools",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("change_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_schools")),
        sa.UniqueConstraint("name", name=op.f("uq_sync_schools_name")),
    )
    op.create_table(
        "sync_classes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["school_id"], ["sync_schools.id"], name=op.f("fk_sync_classes_school_id_sync_schools")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_classes")),
        sa.UniqueConstraint("school_id", "name", name=op.f("uq_sync_classes_school_id_name")),
    )
    op.create_table(
        "sync_enrolment_codes",
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("class_id", sa.String(length=36), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("uses_left", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["sync_classes.id"], name=op.f("fk_sync_enrolment_codes_class_id_sync_classes")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["sync_schools.id"], name=op.f("fk_sync_enrolment_codes_school_id_sync_schools")
        ),
        sa.PrimaryKeyConstraint("code_hash", name=op.f("pk_sync_enrolment_codes")),
    )
    op.create_table(
        "sync_devices",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("class_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=True),
        sa.Column("stored_through", sa.Integer(), nullable=False),
        sa.Column("sequenced_through", sa.Integer(), nullable=False),
        sa.Column("is_local", sa.Boolean(), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"], ["sync_classes.id"], name=op.f("fk_sync_devices_class_id_sync_classes")
        ),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name=op.f("fk_sync_devices_device_id_devices")),
        sa.ForeignKeyConstraint(
            ["school_id"], ["sync_schools.id"], name=op.f("fk_sync_devices_school_id_sync_schools")
        ),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_devices")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_sync_devices_token_hash")),
    )
    op.create_table(
        "sync_learner_scopes",
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("class_id", sa.String(length=36), nullable=False),
        sa.Column("sequenced_hlc", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["sync_classes.id"], name=op.f("fk_sync_learner_scopes_class_id_sync_classes")
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_sync_learner_scopes_learner_id_learners")
        ),
        sa.ForeignKeyConstraint(
            ["school_id"], ["sync_schools.id"], name=op.f("fk_sync_learner_scopes_school_id_sync_schools")
        ),
        sa.PrimaryKeyConstraint("learner_id", name=op.f("pk_sync_learner_scopes")),
    )
    op.create_index(op.f("ix_sync_learner_scopes_school_id"), "sync_learner_scopes", ["school_id"])
    op.create_index(op.f("ix_sync_learner_scopes_class_id"), "sync_learner_scopes", ["class_id"])
    op.create_table(
        "sync_changes",
        sa.Column("school_id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ref_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("school_id", "seq", name=op.f("pk_sync_changes")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("attempt_events", "seed", type_=sa.BigInteger(), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("attempt_events", "seed", type_=sa.Integer(), existing_nullable=False)
    op.drop_table("sync_changes")
    op.drop_index(op.f("ix_sync_learner_scopes_class_id"), table_name="sync_learner_scopes")
    op.drop_index(op.f("ix_sync_learner_scopes_school_id"), table_name="sync_learner_scopes")
    op.drop_table("sync_learner_scopes")
    op.drop_table("sync_devices")
    op.drop_table("sync_enrolment_codes")
    op.drop_table("sync_classes")
    op.drop_table("sync_schools")
