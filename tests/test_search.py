"""Search relevance and filters, on SQLite and on PostgreSQL (the `session` fixture
runs each test on both). Expected counts are worked out from the demo data files,
independently of the SQL."""
import pytest

from pwa.queries.search import PER_PAGE, Filters, search_services
from pwa.queries.vocab import AGE_BANDS

BROAD = {"autism": "communication-interaction", "speech-language": "communication-interaction",
         "learning-disability": "cognition-learning",
         "specific-learning-difficulty": "cognition-learning", "adhd": "semh",
         "mental-health": "semh", "hearing": "sensory-physical", "vision": "sensory-physical",
         "multi-sensory": "sensory-physical", "physical-disability": "sensory-physical",
         "complex-health": "sensory-physical"}


def everything(session, **filters):
    """Every matching service's slug, in order, across all pages."""
    first = search_services(session, Filters(**filters))
    slugs = [s.slug for s, _ in first.services]
    for page in range(2, first.pages + 1):
        slugs += [s.slug for s, _ in search_services(session, Filters(page=page, **filters)).services]
    assert len(slugs) == first.total
    return slugs


def names(session, q, **filters):
    return [s.name for s, _ in search_services(session, Filters(q=q, **filters)).services]


@pytest.fixture
def public(demo_services):
    return [s for s in demo_services if s["status"] in ("active", "temporarily closed")]


def test_no_query_lists_every_public_service(session, public):
    assert sorted(everything(session)) == sorted(s["slug"] for s in public)


def test_name_matches_rank_first(session):
    found = names(session, "wheelchair")
    assert found and "wheelchair" in found[0].lower()


def test_stemming_finds_other_forms_of_a_word(session):
    assert names(session, "therapies")  # "therapy", "therapist"
    assert set(names(session, "swim")) & set(names(session, "swimming"))


def test_a_partial_word_still_finds(session):
    assert any("speech" in n.lower() for n in names(session, "speec"))
    # no word starts with "iotherap": only the substring fallback finds physiotherapy
    assert any("physiotherapy" in n.lower() for n in names(session, "iotherap"))


def test_every_word_must_match(session):
    both = set(everything(session, q="speech autism"))
    assert both and both <= set(everything(session, q="speech")) & set(everything(session, q="autism"))


def test_common_words_do_not_narrow_the_search(session):
    assert names(session, "support for autism") == names(session, "autism support")


@pytest.mark.parametrize("q", ['"', "speech*", "NEAR(a b)", "a:b & !c | d", "'; DROP TABLE x; --",
                               "(((", "-", "日本語", "x" * 500])
def test_odd_input_never_breaks_search(session, q):
    assert search_services(session, Filters(q=q)).total >= 0


@pytest.mark.parametrize("band", AGE_BANDS)
def test_age_band_filter_uses_range_overlap(session, public, band):
    low, high = AGE_BANDS[band]
    expected = {s["slug"] for s in public if s["minimum_age"] <= high and s["maximum_age"] >= low}
    assert set(everything(session, age=band)) == expected


@pytest.mark.parametrize("need", ["communication-interaction", "sensory-physical", "autism", "hearing"])
def test_need_filter_includes_conditions_under_a_broad_area(session, public, need):
    expected = {s["slug"] for s in public
                if need in s["needs"] or any(BROAD.get(n) == need for n in s["needs"])}
    assert set(everything(session, need=need)) == expected


def test_kind_filter(session, public):
    expected = {s["slug"] for s in public if "travel" in s["support"]}
    assert set(everything(session, kind="travel")) == expected


def test_free_only(session, public):
    expected = {s["slug"] for s in public if not any((c["amount"] or 0) > 0 for c in s["costs"])}
    assert set(everything(session, free=True)) == expected


def test_no_ehc_plan_needed(session, public):
    expected = {s["slug"] for s in public if not s["ehc_plan_required"]}
    assert set(everything(session, no_ehcp=True)) == expected


@pytest.mark.parametrize("area", ["in", "out"])
def test_in_or_out_of_area(session, public, area):
    expected = {s["slug"] for s in public if s["in_area"] == (area == "in")}
    assert set(everything(session, area=area)) == expected


def test_filters_combine_with_a_query(session, public):
    found = everything(session, q="speech", age="5-10", need="autism", free=True)
    assert found
    by_slug = {s["slug"]: s for s in public}
    for slug in found:
        s = by_slug[slug]
        assert s["minimum_age"] <= 10 and s["maximum_age"] >= 5
        assert "autism" in s["needs"] or "communication-interaction" in s["needs"]


def test_pages_are_bounded_and_clamped(session, public):
    first = search_services(session, Filters())
    assert len(first.services) == PER_PAGE
    assert first.pages == -(-len(public) // PER_PAGE)
    last = search_services(session, Filters(page=10_000))
    assert last.page == first.pages and last.services


def test_counts_stop_at_the_limit_and_so_do_the_pages(session, monkeypatch):
    """At national scale counting every match costs more than the page: past
    COUNT_LIMIT the results say "more than", and the last page is the limit's."""
    from pwa.queries import search as search_module
    everything = search_module.search_services(session, search_module.Filters())
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 50)
    capped = search_module.search_services(session, search_module.Filters(page=10_000))
    assert everything.total > 50 and not everything.more
    assert (capped.total, capped.more, capped.pages, capped.page) == (50, True, 5, 5)
    assert len(capped.services) == 10


def test_a_broad_word_lists_its_first_matches_by_name(session, monkeypatch):
    """Past COUNT_LIMIT matches nothing is ranked (ranking reads every match): the first
    COUNT_LIMIT matches in the listing's own name order are shown, each once, across the
    pages. Under the limit the same words are ranked, name matches first."""
    from pwa.queries import search as search_module
    matching = set(everything(session, q="autism"))
    listing = everything(session)  # every public service, in name order
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 20)
    assert len(matching) > 20
    broad = everything(session, q="autism")
    assert broad == [slug for slug in listing if slug in matching][:20]
    narrow = everything(session, q="autism", kind="leisure", area="in")
    assert len(narrow) == len(set(narrow)) and set(narrow) <= matching


@pytest.mark.parametrize("few", [True, False])
def test_substring_matches_are_listed_by_name_either_way(session, monkeypatch, few):
    """Substring matches are not ranked: under the limit and past it they are listed in
    the listing's name order, whether every match is read and sorted (a few, as the
    planner expects) or the names are walked to them."""
    from pwa.queries import search as search_module
    monkeypatch.setattr(search_module, "FEW_SUBSTRING_MATCHES", 10**9 if few else 0)
    assert not search_module._run(session, Filters(q="herap"), search_module._text_matches(
        session, ["herap"])).total  # no word starts with it: only the fallback finds it
    matching = everything(session, q="herap")
    listing = everything(session)
    assert len(matching) > 10 and matching == [slug for slug in listing if slug in set(matching)]
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 10)
    capped = search_services(session, Filters(q="herap", page=10_000))
    assert (capped.total, capped.more, capped.pages) == (10, True, 1)
    assert [s.slug for s, _ in capped.services] == matching[:10]
