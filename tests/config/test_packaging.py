"""Every app of ours is in the package list: an install that is not editable must ship it."""

import fnmatch
import tomllib
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


def test_every_local_app_is_a_listed_package():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = pyproject["tool"]["setuptools"]["packages"]["find"]["include"]
    local = [app for app in settings.INSTALLED_APPS if (ROOT / app / "__init__.py").exists()]
    assert "trash" in local
    missing = [app for app in local if not any(fnmatch.fnmatch(app, p) for p in include)]
    assert missing == []
