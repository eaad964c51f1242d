"""Adult side: classes, groups, memberships, learning plans, learner goals, confidence ratings.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 02:00:00

Plans, goals, classes, groups and memberships are last-writer-wins rows (UUIDv7 id, HLC stamp,
``deleted_at`` tombstone); confidence ratings are append-only events keyed by the attempt they rate.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "classes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_classes")),
    )
    op.create_table(
        "learning_plans",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("pack_id", sa.String(length=200), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("assignee_kind", sa.String(length=16), nullable=False),
        sa.Column("assignee_id", sa.String(length=36), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learning_plans")),
    )
    op.create_index(
        "ix_learning_plans_assignee_kind_assignee_id",
        "learning_plans",
        ["assignee_kind", "assignee_id"],
        unique=False,
    )
    op.create_table(
        "class_groups",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("class_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["class_id"], ["classes.id"], name=op.f("fk_class_groups_class_id_classes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_groups")),
    )
    op.create_index("ix_class_groups_class_id", "class_groups", ["class_id"], unique=False)
    op.create_table(
        "class_memberships",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("class_id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"], ["classes.id"], name=op.f("fk_class_memberships_class_id_classes")
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_class_memberships_learner_id_learners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_memberships")),
        sa.UniqueConstraint("class_id", "learner_id", name=op.f("uq_class_memberships_class_id_learner_id")),
    )
    op.create_index("ix_class_memberships_learner_id", "class_memberships", ["learner_id"], unique=False)
    op.create_table(
        "learner_goals",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("pack_id", sa.String(length=200), nullable=True),
        sa.Column("skill_ids", sa.JSON(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("achieved_at", sa.DateTime(), nullable=True),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_learner_goals_learner_id_learners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learner_goals")),
    )
    op.create_index("ix_learner_goals_learner_id", "learner_goals", ["learner_id"], unique=False)
    op.create_table(
        "confidence_ratings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("attempt_id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("client_time", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempt_events.id"],
            name=op.f("fk_confidence_ratings_attempt_id_attempt_events"),
        ),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name=op.f("fk_confidence_ratings_device_id_devices")
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_confidence_ratings_learner_id_learners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_confidence_ratings")),
        sa.UniqueConstraint("attempt_id", name=op.f("uq_confidence_ratings_attempt_id")),
    )
    op.create_index("ix_confidence_ratings_learner_id", "confidence_ratings", ["learner_id"], unique=False)
    op.create_table(
        "group_memberships",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("learner_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"], ["class_groups.id"], name=op.f("fk_group_memberships_group_id_class_groups")
        ),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_group_memberships_learner_id_learners")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_memberships")),
        sa.UniqueConstraint("group_id", "learner_id", name=op.f("uq_group_memberships_group_id_learner_id")),
    )
    op.create_index("ix_group_memberships_learner_id", "group_memberships", ["learner_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_group_memberships_learner_id", table_name="group_memberships")
    op.drop_table("group_memberships")
    op.drop_index("ix_confidence_ratings_learner_id", table_name="confidence_ratings")
    op.drop_table("confidence_ratings")
    op.drop_index("ix_learner_goals_learner_id", table_name="learner_goals")
    op.drop_table("learner_goals")
    op.drop_index("ix_class_memberships_learner_id", table_name="class_memberships")
    op.drop_table("class_memberships")
    op.drop_index("ix_class_groups_class_id", table_name="class_groups")
    op.drop_table("class_groups")
    op.drop_index("ix_learning_plans_assignee_kind_assignee_id", table_name="learning_plans")
    op.drop_table("learning_plans")
    op.drop_table("classes")
