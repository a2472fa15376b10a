"""Read a form's fields from a parsed page the way a browser would send them."""


def form_data(soup, selector="form[method=post][novalidate]") -> dict:
    form = soup.select_one(selector)
    data = {}
    for el in form.select("input[name], textarea[name], select[name]"):
        name = el["name"]
        if el.name == "textarea":
            data[name] = el.get_text()
        elif el.name == "select":
            chosen = el.select_one("option[selected]") or el.select_one("option")
            data[name] = chosen.get("value", chosen.get_text())
        elif el.get("type") == "checkbox":
            if el.has_attr("checked"):
                data[name] = el.get("value", "y")
        elif el.get("type") not in ("submit", "button"):
            data[name] = el.get("value", "")
    return data
