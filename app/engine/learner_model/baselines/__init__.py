"""Published-style baselines the learner model is measured against: IRT, PFA and BKT.

Each module offers ``fit(...)`` on integer-coded training answers and ``predict_in_order(...)``,
which predicts every answer of every learner from that learner's earlier answers only (predict,
then update), exactly like the learner model's own evaluation.
"""
