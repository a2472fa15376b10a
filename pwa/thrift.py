"""Data thrift: honour the Save-Data request header, so data-saver phones get words only.

Phones in data-saver mode send `Save-Data: on`. Templates ask `save_data()` before
adding an image or pictogram (templates/macros/images.html), so those visitors get the
words only. Pages then differ by that header, so caches must keep them apart.
https://wicg.github.io/savedata/
"""
from flask import request


def save_data() -> bool:
    return request.headers.get("Save-Data", "").strip().lower() == "on"


def _vary(response):
    if response.mimetype == "text/html":
        response.vary.add("Save-Data")
    return response


def init_app(app):
    app.after_request(_vary)
