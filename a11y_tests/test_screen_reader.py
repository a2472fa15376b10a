"""What a screen reader is given: Chromium's accessibility tree over CDP."""
import pytest

CONTROLS = {"button", "link", "textbox", "searchbox", "combobox", "checkbox", "radio", "ListBox"}
LANDMARKS = {"banner", "navigation", "main", "contentinfo"}


def ax_tree(driver):
    nodes = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})["nodes"]
    exposed = []
    for n in nodes:
        if n.get("ignored"):
            continue
        props = {p["name"]: p["value"].get("value") for p in n.get("properties", [])}
        exposed.append({"role": n.get("role", {}).get("value", ""),
                        "name": str(n.get("name", {}).get("value", "")).strip(), **props})
    return exposed


@pytest.fixture(scope="module")
def trees(_drivers, live_server, key_pages):
    driver, found = _drivers(True), {}
    for path in key_pages.values():
        driver.get(live_server.url + path)
        found[path] = (ax_tree(driver), driver.title)
    return found


def test_every_control_has_a_name(trees):
    unnamed = [f"{path}: a {n['role']} with no name" for path, (tree, _) in trees.items()
               for n in tree if n["role"] in CONTROLS and not n["name"]]
    assert not unnamed, "\n".join(unnamed)


def test_headings_form_an_outline_with_one_h1(trees):
    for path, (tree, _) in trees.items():
        levels = [int(n["level"]) for n in tree if n["role"] == "heading"]
        assert levels.count(1) == 1 and levels[0] == 1, f"{path}: heading levels {levels}"
        skips = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
        assert not skips, f"{path}: heading levels skip {skips} in {levels}"


def test_landmarks_are_present_and_navigation_is_named(trees):
    for path, (tree, _) in trees.items():
        roles = {n["role"] for n in tree}
        assert LANDMARKS <= roles, f"{path}: missing landmarks {LANDMARKS - roles}"
        unnamed = [n for n in tree if n["role"] == "navigation" and not n["name"]]
        assert not unnamed, f"{path}: a navigation landmark has no name"


def test_titles_are_unique_and_start_with_the_h1(trees):
    titles = [title for _, title in trees.values()]
    assert len(set(titles)) == len(titles), f"titles repeat: {titles}"
    for path, (tree, title) in trees.items():
        h1 = next(n["name"] for n in tree if n["role"] == "heading" and int(n["level"]) == 1)
        assert title.startswith(h1), f"{path}: title {title!r} does not start with the h1 {h1!r}"
