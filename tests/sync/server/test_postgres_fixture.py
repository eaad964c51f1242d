"""The shared PostgreSQL fixture gives each test its own real, empty database."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text


def test_postgres_url_is_a_fresh_real_database(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.begin() as conn:
            assert conn.execute(text("SELECT current_database()")).scalar() in postgres_url
            assert inspect(conn).get_table_names() == []
            conn.execute(text("CREATE TABLE t (x int)"))
            conn.execute(text("INSERT INTO t VALUES (1)"))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM t")).scalar() == 1
    finally:
        engine.dispose()


def test_each_test_gets_another_database(postgres_url: str) -> None:
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()
