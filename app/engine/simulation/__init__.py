"""Simulated learners with a hidden truth, to compare tutoring policies (numpy only, seeded)."""

from app.engine.simulation.run import POLICIES, SimulationResult, format_table, run_simulation

__all__ = ["POLICIES", "SimulationResult", "format_table", "run_simulation"]
