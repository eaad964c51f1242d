"""The hub tab's district box is tested in the real main window: the UI fixtures of tests/ui, with the
one that takes out the translators a test installed (these tests switch to Arabic; left installed, the
translator made every later Qt test in the same worker read Arabic)."""

from tests.ui.conftest import (  # noqa: F401
    _no_forgotten_modal,
    _translators_restored,
    compiled_translations,
    services,
    template_data_dir,
    ui,
)
