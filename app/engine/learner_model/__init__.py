"""Sabil's learner model: a logistic model over an O(1) summary of each learner's history."""
