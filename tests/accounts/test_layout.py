from django.urls import reverse


def test_base_layout_loads_local_assets_and_sends_csrf_with_htmx(owner_client):
    response = owner_client.get(reverse("home"))
    html = response.text
    assert "/static/bootstrap/css/bootstrap.min.css" in html
    assert "/static/django_htmx/htmx-2.min.js" in html
    assert 'hx-headers=\'{"X-CSRFToken": "' in html
    assert "http://" not in html.split("<body")[0]
    assert "https://" not in html.split("<body")[0]
    assert "<script>" not in html
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp


def test_empty_home_tells_a_new_user_what_to_do(owner_client):
    response = owner_client.get(reverse("home"))
    assert "Start a quick debrief" in response.text
    assert reverse("journal:quick-debrief") in response.text


def test_static_files_are_served(live_server):
    import urllib.request

    with urllib.request.urlopen(f"{live_server.url}/static/bootstrap/css/bootstrap.min.css") as r:
        assert r.status == 200
        assert b"Bootstrap" in r.read(400)
