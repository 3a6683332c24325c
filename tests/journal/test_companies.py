import datetime

from django.urls import reverse

from journal.models import Interview
from tests.factories import InterviewFactory

DEBRIEF = reverse("journal:quick-debrief")


def debrief(client, company, **extra):
    return client.post(DEBRIEF, {"company": company, "date": "2026-11-20", **extra})


def test_a_new_spelling_is_filed_under_the_known_company(owner_client, owner):
    InterviewFactory(user=owner, company="Acme Corp")
    debrief(owner_client, "ACME  corp")
    assert list(owner.interviews.values_list("company", flat=True)) == ["Acme Corp"] * 2


def test_editing_the_basics_keeps_one_spelling(owner_client, owner):
    InterviewFactory(user=owner, company="Acme Corp")
    other = InterviewFactory(user=owner, company="Globex", date=datetime.date(2026, 1, 5))
    url = reverse("journal:interview-section", args=[other.pk, "basics"])
    owner_client.post(url, {"company": "acme CORP", "date": "2026-01-05"})
    other.refresh_from_db()
    assert other.company == "Acme Corp"


def test_at_company_matches_any_spelling_and_uses_the_stored_key(owner, outsider):
    mine = InterviewFactory(user=owner, company="Acme Corp")
    InterviewFactory(user=owner, company="Acme Labs")
    InterviewFactory(user=outsider, company="Acme Corp")
    assert list(Interview.objects.for_user(owner).at_company("acme corp.")) == [mine]
    assert mine.company_key == "acme corp"
    assert "company_key" in str(Interview.objects.at_company("x").query)


def test_renaming_on_save_of_the_company_field_updates_the_key(owner):
    interview = InterviewFactory(user=owner, company="Acme")
    interview.company = "Globex"
    interview.save(update_fields=["company"])
    interview.refresh_from_db()
    assert interview.company_key == "globex"


def test_suggestions_are_the_users_companies_matching_what_is_typed(owner_client, owner):
    InterviewFactory(user=owner, company="Acme Corp")
    InterviewFactory(user=owner, company="ACME corp")
    InterviewFactory(user=owner, company="Globex")
    response = owner_client.get(
        reverse("journal:company-suggest"), {"company": "acme"}, headers={"HX-Request": "true"}
    )
    assert response.text.count("<option") == 1
    assert 'value="Acme Corp"' in response.text
    assert "Globex" not in response.text
    assert "this would be round" not in response.text  # "acme" is not a known company yet
    response = owner_client.get(
        reverse("journal:company-suggest"), {"company": "ACME CORP"}, headers={"HX-Request": "true"}
    )
    assert "You have interviewed with Acme Corp before: this would be round 3." in response.text


def test_suggestions_are_capped(owner_client, owner):
    for n in range(12):
        InterviewFactory(user=owner, company=f"Firm {n}")
    response = owner_client.get(reverse("journal:company-suggest"), {"company": "firm"})
    assert response.text.count("<option") == 8


def test_next_round_number_counts_interviews_or_follows_the_last_number(owner):
    interviews = Interview.objects.for_user(owner)
    assert interviews.next_round_number("Acme") is None
    InterviewFactory(user=owner, company="Acme")
    assert interviews.next_round_number("acme") == 2
    InterviewFactory(user=owner, company="Acme", round_number=4)
    assert interviews.next_round_number("ACME") == 5


def test_a_company_page_link_is_safe_for_any_name(owner_client, owner):
    name = "../../accounts/password_change"
    interview = InterviewFactory(user=owner, company=name)
    html = owner_client.get(interview.get_absolute_url()).text
    assert 'href="/journal/companies/company/?name=..%2F..%2Faccounts%2Fpassword_change"' in html
    assert "companies/../" not in html
    page = owner_client.get(interview.company_url)
    assert page.status_code == 200
    assert page.context["company"] == name


def test_a_company_is_renamed_everywhere_from_its_page(owner_client, owner):
    InterviewFactory(user=owner, company="Acme")
    InterviewFactory(user=owner, company="ACME")
    InterviewFactory(user=owner, company="Globex")
    response = owner_client.post(
        reverse("journal:company-rename"), {"name": "acme", "new_name": " Acme  Corporation "}
    )
    assert response.url == reverse("journal:company-detail") + "?name=Acme+Corporation"
    assert sorted(owner.interviews.values_list("company", "company_key")) == [
        ("Acme Corporation", "acme corporation"),
        ("Acme Corporation", "acme corporation"),
        ("Globex", "globex"),
    ]


def test_renaming_to_nothing_is_refused_with_a_message(owner_client, owner):
    InterviewFactory(user=owner, company="Acme")
    response = owner_client.post(
        reverse("journal:company-rename"), {"name": "Acme", "new_name": " ... "}, follow=True
    )
    assert "Enter the company&#x27;s new name." in response.text
    assert owner.interviews.get().company == "Acme"


def test_another_users_company_cannot_be_renamed(outsider_client, owner):
    InterviewFactory(user=owner, company="Acme")
    response = outsider_client.post(
        reverse("journal:company-rename"), {"name": "Acme", "new_name": "Hacked"}
    )
    assert response.status_code == 404
    assert owner.interviews.get().company == "Acme"
