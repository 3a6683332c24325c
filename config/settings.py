"""Debrief's one settings module, driven by environment variables (see the README's table)."""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=False)

DATA_DIR = Path(os.environ.get("DEBRIEF_DATA_DIR", BASE_DIR / "data"))

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Production mode (DJANGO_DEBUG=0) refuses to start "
            "without one; generate it with: python -c 'from django.core.management.utils "
            "import get_random_secret_key as k; print(k())'"
        )
    # Local debug runs keep one key in the data folder, made on first use: sessions survive a
    # restart, and a link signed by one process (send_reminders' unsubscribe links) verifies in
    # the server.
    _key_file = DATA_DIR / "debug-secret-key"
    if not _key_file.exists():
        # Written aside, then linked into place: a process starting at the same moment sees
        # either no file or the whole key, and the first link wins.
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        _draft = DATA_DIR / f".debug-secret-key.{os.getpid()}"
        _draft.write_text(get_random_secret_key())
        _draft.chmod(0o600)
        try:
            os.link(_draft, _key_file)
        except FileExistsError:
            pass
        finally:
            _draft.unlink()
    SECRET_KEY = _key_file.read_text().strip()

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django_htmx",
    "django_filters",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",
    "axes",
    "accounts",
    "questionbank",
    "journal",
    "followups",
    "userdata",
    "trash",
    "search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions, CSRF and every view: no NUL byte reaches a form, a query or the database.
    "core.middleware.NulByteMiddleware",
    # Outside everything but static files, so even the error page of a request that failed in
    # another middleware (the database down) gets these headers.
    "core.security.PrivacyHeadersMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Every view needs a logged-in user unless it is marked @login_not_required, so a
    # forgotten decorator can never expose someone's journal. (Django's, plus HX-Redirect to
    # the login page for htmx requests.)
    "core.middleware.HtmxLoginRequiredMiddleware",
    # A write that lost a race with a delete (another tab) is a 404, not a 500.
    "core.middleware.VanishedObjectMiddleware",
    "accounts.middleware.UserTimeZoneMiddleware",
    # After a user's write, what is cached from their data is out of date (accounts.versions).
    "accounts.versions.DataVersionMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # After the messages middleware: an htmx fragment carries new messages (an Undo) with it.
    "core.middleware.HtmxMessagesMiddleware",
    # Last, as django-axes requires: turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "followups.context_processors.reminders",
                "core.context_processors.drafts",
                "core.context_processors.theme",
            ],
            # `{{ value|when }}` (a date in words, the exact one on hover) on every page.
            "builtins": ["core.templatetags.dates"],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'debrief.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # The threaded development server (and the browser tests' live server) answer several
    # requests at once: readers never wait for a writer (WAL), a write takes its lock when its
    # transaction begins instead of failing half-way ("database is locked"), and waits up to
    # 20 s for another writer to finish.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
    # A file, not shared memory, for the tests too: each live-server thread gets its own
    # connection, as in real use, instead of all of them sharing one.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-debrief.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes first: it refuses a locked-out login before any password is checked. Then the
# model backend, whose user comes with their profile (time zone, display name) in one query.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "accounts.backends.ProfileBackend",
]
# Login throttling (django-axes), for the site's and the admin's login alike: after
# AXES_FAILURE_LIMIT wrong passwords for one username from one address, that pair is locked out
# for the cool-off; the message is the same whether or not the username exists.
AXES_FAILURE_LIMIT = int(os.environ.get("DEBRIEF_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(
    minutes=int(os.environ.get("DEBRIEF_LOGIN_COOLOFF_MINUTES", "15"))
)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
# Behind N reverse proxies, the client's address is the Nth from the right in X-Forwarded-For;
# without proxies only REMOTE_ADDR is trusted, since any client can forge the header.
if os.environ.get("DEBRIEF_PROXY_COUNT"):
    AXES_IPWARE_PROXY_COUNT = int(os.environ["DEBRIEF_PROXY_COUNT"])
    AXES_IPWARE_PROXY_ORDER = "right-most"
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Password-reset mail goes through SMTP (a local mail server on port 25 unless configured);
# debug runs without a configured server print it to the console instead.
EMAIL_SMTP_OPTIONS = {
    "host": os.environ.get("DJANGO_EMAIL_HOST", "localhost"),
    "port": int(os.environ.get("DJANGO_EMAIL_PORT", "25")),
    "username": os.environ.get("DJANGO_EMAIL_HOST_USER", ""),
    "password": os.environ.get("DJANGO_EMAIL_HOST_PASSWORD", ""),
    "use_tls": env_bool("DJANGO_EMAIL_USE_TLS"),
}
MAILERS = {
    "default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if DEBUG and not os.environ.get("DJANGO_EMAIL_HOST")
    else {"BACKEND": "django.core.mail.backends.smtp.EmailBackend", "OPTIONS": EMAIL_SMTP_OPTIONS}
}
DEFAULT_FROM_EMAIL = os.environ.get("DJANGO_DEFAULT_FROM_EMAIL", "debrief@localhost")
# Links in reminder emails are absolute: where users reach this server.
DEBRIEF_BASE_URL = os.environ.get("DEBRIEF_BASE_URL", "http://127.0.0.1:8000")

# A refused CSRF check explains itself and keeps the text (htmx: one sentence; else a page).
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Imports (JSON exports, question CSVs): larger files are refused before they are read.
DEBRIEF_UPLOAD_MAX_BYTES = int(os.environ.get("DEBRIEF_UPLOAD_MAX_MB", "10")) * 1024 * 1024
FILE_UPLOAD_HANDLERS = [
    "userdata.uploads.SizeLimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# How alike (cosine of the meaning vectors, 0-1) two questions the catalogue does not tell apart
# must be to be suggested as the same question; see questionbank/similarity.py.
SAME_QUESTION_THRESHOLD = float(os.environ.get("DEBRIEF_SAME_QUESTION_THRESHOLD", "0.8"))

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# No inline scripts or styles anywhere: behaviour lives in static/js, looks in static/css.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    # The installable app: its manifest and the service worker at /sw.js (see core/views.py).
    "manifest-src": [CSP.SELF],
    "worker-src": [CSP.SELF],
    "form-action": [CSP.SELF, "mailto:"],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}
