"""The adult screens of teacher mode: classes and groups, roster import, plans, family view, privacy."""
