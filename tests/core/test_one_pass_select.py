from django import forms
from django.test.html import parse_html

from accounts.forms import ProfileForm, time_zone_choices
from core.forms import OnePassSelect

CHOICES = [
    ("", "Pick one"),
    ("Europe/Paris", "Europe/Paris"),
    ("x<&>\"'", "Quotes & <brackets>"),
    ("Regions", [("America/New_York", "America/New York"), ("Asia/Tokyo", "Asia/Tokyo")]),
]


def test_it_writes_the_same_html_as_djangos_select():
    attrs = {"id": "id_zone", "class": "form-select", "required": True, "aria-describedby": "h"}
    for value in ("Europe/Paris", "Asia/Tokyo", "x<&>\"'", None):
        ours = OnePassSelect(choices=CHOICES).render("zone", value, attrs)
        django = forms.Select(choices=CHOICES).render("zone", value, attrs)
        assert parse_html(ours) == parse_html(django), value
    assert "&lt;brackets&gt;" in ours and 'value="x&lt;&amp;&gt;&quot;&#x27;"' in ours


def test_the_time_zone_field_lists_every_zone_with_the_chosen_one_selected():
    html = str(ProfileForm(initial={"time_zone": "Asia/Tokyo"})["time_zone"])
    assert html.count("<option ") == len(time_zone_choices())
    assert '<option value="Asia/Tokyo" selected>Asia/Tokyo</option>' in html
