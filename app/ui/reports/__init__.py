"""The teacher's reports: class heatmap, one learner, help needed, difficult items, and their export."""
