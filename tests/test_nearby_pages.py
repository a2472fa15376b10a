"""Searching near a postcode and by type of setting, as a family without JavaScript
would: the GET form, the errors next to the field, the distances on each result."""


def result_names(soup):
    return [h.get_text(strip=True) for h in soup.select(".results-list > li h3")]


def test_special_schools_within_5_miles_of_a_postcode_nearest_first(page):
    soup = page("/services?setting=special&postcode=MB1+5FL&miles=5")
    assert "Nearest first, from MB1 5FL." in soup.select_one("#results").get_text(" ")
    names = result_names(soup)
    assert names[:2] == ["Summerfield Academy", "Meadowview Academy"]
    first = soup.select_one(".results-list > li .distance").get_text(" ", strip=True)
    assert first == "1.6 miles away, about 30 minutes' walk"
    assert "Outside Millbrook" in soup.select(".results-list > li")[2].get_text(" ")
    # the form shows what was asked, so the next search starts from it
    assert soup.select_one("#postcode")["value"] == "MB1 5FL"
    assert soup.select_one("#miles option[selected]")["value"] == "5"
    assert soup.select_one("#setting option[selected]")["value"] == "special"


def test_the_same_search_in_arabic(page):
    soup = page("/ar/services?setting=special&postcode=mb15fl&miles=5")
    assert soup.html["dir"] == "rtl" and soup.html["lang"] == "ar"
    assert result_names(soup)[:2] == ["Summerfield Academy", "Meadowview Academy"]
    assert len(soup.select(".results-list .distance")) == len(result_names(soup))


def test_services_with_no_venue_are_available_anywhere(page):
    soup = page("/services?q=speech&postcode=MB1&miles=1")
    cards = soup.select(".results-list > li")
    assert "Communication and language advisory teachers" in cards[-1].h3.get_text()
    assert "Available anywhere" in cards[-1].select_one(".distance").get_text()


def test_a_malformed_postcode_gets_an_error_next_to_the_field_and_the_search_still_runs(page):
    soup = page("/services?q=speech&postcode=not+a+postcode&miles=1")
    assert soup.title.get_text().startswith("Error: ")
    error = soup.select_one("#postcode-error").get_text(" ", strip=True)
    assert "like MB1 5FL" in error and "like MB1" in error
    assert "postcode-error" in soup.select_one("#postcode")["aria-describedby"]
    assert soup.select_one(".error-summary a[href='#postcode']")
    assert len(result_names(soup)) == 10  # every speech result, at any distance
    assert not soup.select(".distance")


def test_an_unknown_postcode_says_which_one(page):
    soup = page("/services?postcode=zz99zz")
    assert "We do not know the postcode ZZ9 9ZZ." in soup.select_one("#postcode-error").get_text()
    assert result_names(soup)


def test_home_reaches_special_schools_in_two_steps(page):
    home = page("/")
    settings = home.select_one("main a[href='/schools-and-settings']")
    assert settings is not None
    browse = page(settings["href"])
    link = browse.select_one("main a[href='/services?setting=special']")
    results = page(link["href"])
    assert "Summerfield Academy" in result_names(results) or results.select(".pagination")
    for name in result_names(results):
        assert "Nursing" not in name and "Tuition" not in name


def test_browse_page_lists_each_type_with_its_count(page):
    soup = page("/schools-and-settings")
    items = {a["href"]: a.find_parent("li").get_text(" ", strip=True) for a in soup.select("main li a")}
    assert "/services?setting=special-non-maintained" in items
    assert "4 settings" in items["/services?setting=special-non-maintained"]
    assert "/services?setting=resourced-provision" in items


def test_htmx_results_say_why_a_postcode_was_not_used(client):
    response = client.get("/services?q=speech&postcode=XX", headers={"HX-Request": "true"})
    body = response.get_data(as_text=True)
    assert "<html" not in body and "Enter a postcode like MB1 5FL" in body
