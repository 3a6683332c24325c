"""Debug runs keep one secret key, so links signed by one process verify in another."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRINT_KEY = (
    "import django; django.setup(); from django.conf import settings; print(settings.SECRET_KEY)"
)


def secret_key(data_dir: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SECRET_KEY"}
    env |= {
        "DJANGO_DEBUG": "1",
        "DEBRIEF_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    done = subprocess.run(
        [sys.executable, "-c", PRINT_KEY], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_two_debug_processes_share_one_key_kept_private_in_the_data_folder(tmp_path):
    first, second = secret_key(tmp_path), secret_key(tmp_path)
    assert len(first) >= 50
    assert first == second
    key_file = tmp_path / "debug-secret-key"
    assert key_file.read_text().strip() == first
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".debug")] == []


def test_another_data_folder_gets_its_own_key(tmp_path):
    assert secret_key(tmp_path / "a") != secret_key(tmp_path / "b")
