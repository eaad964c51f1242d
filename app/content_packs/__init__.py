"""content_packs layer."""
