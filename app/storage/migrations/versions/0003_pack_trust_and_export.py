"""Packs remember their publisher, key, size and the exact pack.json and signature they came with.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 01:40:00

``publisher``/``key_id`` say who signed the installed pack (``verified`` already existed);
``size_bytes`` is pack.json plus media; ``pack_json`` (zlib) and ``signature`` let an export
re-create the file byte for byte. Packs installed before this revision have NULL there; bundled
ones are reinstalled at the next start, others export once re-imported.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch table rebuild: skills, items and pack_media refer to packs, and
    # SQLite refuses to drop a referenced table while foreign keys are on.
    op.add_column("packs", sa.Column("publisher", sa.String(200), nullable=True))
    op.add_column("packs", sa.Column("key_id", sa.String(16), nullable=True))
    op.add_column("packs", sa.Column("size_bytes", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("packs", sa.Column("pack_json", sa.LargeBinary(), nullable=True))
    op.add_column("packs", sa.Column("signature", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a column in place (no table rebuild, so the references stay valid).
    for column in ("signature", "pack_json", "size_bytes", "key_id", "publisher"):
        op.execute(f"ALTER TABLE packs DROP COLUMN {column}")
