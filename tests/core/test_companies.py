import pytest

from core.companies import clean_company_name, company_key


def test_spellings_of_one_company_share_a_key():
    assert company_key("ACME corp") == company_key("Acme Corp") == company_key(" Acme  Corp. ")
    assert company_key("Ａｃｍｅ") == company_key("acme")  # full-width letters, NFKC


def test_different_companies_keep_different_keys():
    assert company_key("AT&T") != company_key("AT T")
    assert company_key("Acme") != company_key("Acme Labs")


def test_a_path_looking_name_is_just_words():
    assert company_key("../../accounts/password_change") == "accounts password change"


def test_cleaning_keeps_the_spelling_and_collapses_whitespace():
    assert clean_company_name("  Acme\t Corp ") == "Acme Corp"


@pytest.mark.parametrize("name", ["", " ", "\x00", "Ǆ ß İ", "a" * 500, "😀 Inc.", "O’Reilly"])
def test_the_key_is_stable_and_bounded(name):
    key = company_key(name)
    assert company_key(key) == key
    assert len(key) <= 200
    assert key == key.strip()
