"""The hub tab's district box is tested in the real main window: the UI fixtures of tests/ui."""

from tests.ui.conftest import compiled_translations, services, template_data_dir, ui  # noqa: F401
