"""Pure functions over a database session: no Flask, no templates.

Views call one of these, then render. They can be tested with a session alone.
"""
