import pytest
from django.test import Client

from .factories import UserFactory

PASSWORD = "correct horse battery staple"


@pytest.fixture
def owner(db):
    return UserFactory(username="ada")


@pytest.fixture
def outsider(db):
    return UserFactory(username="mallory")


@pytest.fixture
def owner_client(owner) -> Client:
    client = Client()
    client.force_login(owner)
    return client


@pytest.fixture
def outsider_client(outsider) -> Client:
    client = Client()
    client.force_login(outsider)
    return client


@pytest.fixture
def htmx_headers() -> dict:
    return {"HX-Request": "true"}


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2's deliberate slowness protects real passwords; test users need none of it.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    # Cached figures are keyed by user id and data version, and a rolled-back test's ids are
    # handed out again: no test may see another's.
    from django.core.cache import cache

    cache.clear()
