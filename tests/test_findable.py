"""Found by search engines: robots.txt, sitemaps with language alternates, and
schema.org data on service pages that the CSP still allows."""
import json
import xml.etree.ElementTree as ET

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_robots_points_to_the_sitemap_and_keeps_out_private_pages(client):
    body = client.get("/robots.txt").get_data(as_text=True)
    assert "Sitemap: http://localhost/sitemap.xml" in body
    assert "Disallow: /admin" in body and "Disallow: /*/admin" in body


def test_sitemap_lists_every_public_page_in_each_language(client, demo_services):
    index = ET.fromstring(client.get("/sitemap.xml").data)
    maps = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert len(maps) == 13 and "http://localhost/sitemap-pl.xml" in maps
    polish = ET.fromstring(client.get("/sitemap-pl.xml").data)
    urls = {u.find("s:loc", NS).text: u for u in polish.findall("s:url", NS)}
    public = [s for s in demo_services if s["status"] in ("active", "temporarily closed")]
    for s in public:
        assert f"http://localhost/pl/services/{s['slug']}" in urls
    hidden = [s for s in demo_services if s["status"] not in ("active", "temporarily closed")]
    for s in hidden:
        assert f"http://localhost/pl/services/{s['slug']}" not in urls
    alternates = {link.get("hreflang"): link.get("href") for link in
                  urls["http://localhost/pl/schools-and-settings"].findall("x:link", NS)}
    assert alternates["ar"] == "http://localhost/ar/schools-and-settings"
    assert alternates["x-default"] == alternates["en"] == "http://localhost/schools-and-settings"
    assert len(alternates) == 14
    assert client.get("/sitemap-xx.xml").status_code == 404


def test_service_page_has_schema_org_data_in_its_language(page, client, demo_services):
    service = next(s for s in demo_services if s["slug"] == "willow-bank-school")
    soup = page("/ar/services/willow-bank-school")
    block = soup.select_one("script[type='application/ld+json']")
    data = json.loads(block.string)
    assert data["@type"] == "Service" and data["inLanguage"] == "ar"
    assert data["name"] == service["name"]
    assert data["audience"]["suggestedMinAge"] == service["minimum_age"]
    assert data["availableChannel"]["serviceLocation"][0]["address"]["postalCode"]
    # a data block, never run: the page still has no inline script the CSP would block
    assert not soup.select("script:not([src]):not([type='application/ld+json'])")
    assert "unsafe-inline" not in soup.response.headers["Content-Security-Policy"]
