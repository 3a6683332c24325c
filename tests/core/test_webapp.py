"""The installable web app: manifest, service worker and offline page, all without a login."""

import json

from django.contrib.staticfiles import finders
from django.test import Client
from django.urls import reverse


def test_the_manifest_describes_an_installable_app_with_its_icons(client: Client):
    response = client.get(reverse("manifest"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    assert response["Cache-Control"] == "no-cache"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Debrief"
    assert manifest["short_name"] == "Debrief"
    assert manifest["start_url"] == manifest["scope"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] and manifest["background_color"]
    icons = {(icon["sizes"], icon["purpose"]): icon["src"] for icon in manifest["icons"]}
    assert set(icons) == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    for src in icons.values():
        path = finders.find(src.removeprefix("/static/"))
        assert path, src
        with open(path, "rb") as png:
            assert png.read(8) == b"\x89PNG\r\n\x1a\n"
    assert manifest["shortcuts"][0]["url"] == reverse("journal:quick-debrief")


def test_the_service_worker_is_served_for_the_whole_site_and_never_kept_stale(client: Client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    first_line, script = response.text.split("\n", 1)
    config = json.loads(first_line.removeprefix("var DEBRIEF = ").removesuffix(";"))
    assert config["pages"] == [reverse("journal:quick-debrief")]
    assert config["offlineUrl"] == reverse("offline")
    assert config["staticUrl"] == "/static/"
    assert len(config["version"]) == 12
    assert 'addEventListener("fetch"' in script
    # The same deployment gives the same bytes: browsers reinstall it only when it changed.
    assert client.get("/sw.js").content == response.content


def test_the_csp_lets_the_app_load_its_worker_and_manifest(client: Client):
    policy = client.get(reverse("offline"))["Content-Security-Policy"]
    assert "worker-src 'self'" in policy
    assert "manifest-src 'self'" in policy


def test_the_offline_page_says_what_works_without_signal(client: Client):
    response = client.get(reverse("offline"))
    assert response.status_code == 200
    assert "No connection" in response.text
    assert f'href="{reverse("journal:quick-debrief")}"' in response.text
    assert "sent as soon as the connection returns" in response.text


def test_every_page_links_the_manifest_and_the_offline_script(owner_client: Client):
    page = owner_client.get(reverse("home")).text
    assert f'<link rel="manifest" href="{reverse("manifest")}">' in page
    assert 'data-service-worker="/sw.js"' in page
    assert f'data-sync-url="{reverse("journal:debrief-sync")}"' in page
