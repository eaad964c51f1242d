"""Initial schema: devices, learners, packs, skills, items, media, attempt events, skill states, settings.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22 23:05:26.862306
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_table(
        "learners",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("display_name", sa.String(length=100), nullable=False),
        sa.Column("avatar", sa.String(length=64), nullable=False),
        sa.Column("pin_hash", sa.LargeBinary(), nullable=True),
        sa.Column("pin_salt", sa.LargeBinary(), nullable=True),
        sa.Column("pin_params", sa.String(length=100), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("text_size", sa.String(length=16), nullable=False),
        sa.Column("failed_pin_count", sa.Integer(), nullable=False),
        sa.Column("pin_locked_until", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learners")),
    )
    op.create_table(
        "media",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=100), nullable=False),
        sa.Column("extension", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_media")),
    )
    op.create_table(
        "packs",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("licence", sa.String(length=100), nullable=False),
        sa.Column("authors", sa.JSON(), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("installed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_packs")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "attempt_events",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("pack_version", sa.String(length=50), nullable=False),
        sa.Column("item_id", sa.String(length=100), nullable=False),
        sa.Column("skill_ids", sa.JSON(), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("hints_used", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("client_time", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_attempt_events_device_id_devices")
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_attempt_events_learner_id_learners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempt_events")),
        sa.UniqueConstraint("device_id", "device_seq", name=op.f("uq_attempt_events_device_id_device_seq")),
    )
    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_attempt_events_learner_id_client_time", ["learner_id", "client_time"], unique=False
        )

    op.create_table(
        "pack_media",
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("path", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["pack_id"], ["packs.id"], name=op.f("fk_pack_media_pack_id_packs")),
        sa.ForeignKeyConstraint(["sha256"], ["media.sha256"], name=op.f("fk_pack_media_sha256_media")),
        sa.PrimaryKeyConstraint("pack_id", "path", name=op.f("pk_pack_media")),
    )
    op.create_table(
        "skill_states",
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("skill_id", sa.String(length=100), nullable=False),
        sa.Column("p_known", sa.Float(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.Column("streak", sa.Integer(), nullable=False),
        sa.Column("wrong_streak", sa.Integer(), nullable=False),
        sa.Column("recent", sa.String(length=64), nullable=False),
        sa.Column("mastered", sa.Boolean(), nullable=False),
        sa.Column("mastered_at", sa.DateTime(), nullable=True),
        sa.Column("last_practised", sa.Float(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_skill_states_learner_id_learners")
        ),
        sa.PrimaryKeyConstraint("learner_id", "pack_id", "skill_id", name=op.f("pk_skill_states")),
    )
    op.create_table(
        "skills",
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("skill_id", sa.String(length=100), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("mastery", sa.JSON(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["pack_id"], ["packs.id"], name=op.f("fk_skills_pack_id_packs")),
        sa.PrimaryKeyConstraint("pack_id", "skill_id", name=op.f("pk_skills")),
    )
    op.create_table(
        "items",
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("item_id", sa.String(length=100), nullable=False),
        sa.Column("skill_id", sa.String(length=100), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("difficulty", sa.Float(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pack_id", "skill_id"],
            ["skills.pack_id", "skills.skill_id"],
            name=op.f("fk_items_pack_id_skill_id_skills"),
        ),
        sa.PrimaryKeyConstraint("pack_id", "item_id", name=op.f("pk_items")),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index("ix_items_pack_id_skill_id", ["pack_id", "skill_id"], unique=False)

    op.create_table(
        "skill_prerequisites",
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("skill_id", sa.String(length=100), nullable=False),
        sa.Column("prerequisite_id", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["pack_id", "prerequisite_id"],
            ["skills.pack_id", "skills.skill_id"],
            name=op.f("fk_skill_prerequisites_pack_id_prerequisite_id_skills"),
        ),
        sa.ForeignKeyConstraint(
            ["pack_id", "skill_id"],
            ["skills.pack_id", "skills.skill_id"],
            name=op.f("fk_skill_prerequisites_pack_id_skill_id_skills"),
        ),
        sa.PrimaryKeyConstraint(
            "pack_id", "skill_id", "prerequisite_id", name=op.f("pk_skill_prerequisites")
        ),
    )


def downgrade() -> None:
    op.drop_table("skill_prerequisites")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index("ix_items_pack_id_skill_id")

    op.drop_table("items")
    op.drop_table("skills")
    op.drop_table("skill_states")
    op.drop_table("pack_media")
    with op.batch_alter_table("attempt_events", schema=None) as batch_op:
        batch_op.drop_index("ix_attempt_events_learner_id_client_time")

    op.drop_table("attempt_events")
    op.drop_table("settings")
    op.drop_table("packs")
    op.drop_table("media")
    op.drop_table("learners")
    op.drop_table("devices")
