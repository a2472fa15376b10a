"""Small helpers shared by every area's forms."""
from wtforms.fields.choices import SelectChoice


def choices(pairs, group=None):
    """Select options from (value, label) pairs. WTForms 3.3 deprecates tuples and
    dicts of groups (and a warning is an error in our tests)."""
    return [SelectChoice(value, label, optgroup=group) for value, label in pairs]
