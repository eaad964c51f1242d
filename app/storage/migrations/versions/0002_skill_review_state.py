"""Skill states keep the FSRS review state of mastered skills.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 00:10:00

``skill_states.review`` is the JSON form of ``app.engine.review.ReviewState`` (NULL while the skill
is not mastered). Rows mastered before this revision stay NULL here; the practice service treats
them as mastered at ``mastered_at`` until ``sabil model rebuild`` replays their events.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("skill_states") as batch:
        batch.add_column(sa.Column("review", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("skill_states") as batch:
        batch.drop_column("review")
