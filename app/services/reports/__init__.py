"""Reports for teachers and families: the class heatmap, a learner's progress, help needed and
difficult items, and their CSV export. ``ReportService`` is the entry point (``services.reports``)."""

from app.services.reports.service import ReportService

__all__ = ["ReportService"]
