"""Display preferences: easy read on or off, and the text size, for every request.

Chosen from, in order: the query string (`?easy_read=1`, `?text_size=large` on any
URL, so a link can be shared in easy read), then the `display` cookie. The page is
rendered in that mode on the server (a class on <html>), so there is never a flash of
the wrong mode and nothing needs JavaScript.

The cookie holds only the display choice, no identifier: it is strictly necessary to
give the person the page in the form they asked for, so it needs no consent banner
(PECR reg 6(4)(b); ICO guidance on storage and access technologies). Pages therefore
vary by cookie: every HTML response says `Vary: Cookie`, and the query parameter
makes the mode part of the URL for anyone who caches by URL.
"""
from dataclasses import dataclass

from flask import g, request

from pwa import urls

COOKIE = "display"
YEAR = 365 * 24 * 3600
TEXT_SIZES = ("standard", "large", "largest")
ON, OFF = ("1", "on", "true", "yes"), ("0", "off", "false", "no")


@dataclass(frozen=True)
class Display:
    easy_read: bool = False
    text_size: str = "standard"

    @property
    def classes(self) -> str:
        """The classes on <html>: the stylesheet does the rest."""
        names = ["easy-read"] if self.easy_read else []
        if self.text_size != "standard":
            names.append(f"text-{self.text_size}")
        return " ".join(names)

    def to_cookie(self) -> str:
        """"easy-read.large": dot-separated tokens, no quoting needed."""
        return ".".join(self.classes.replace("text-", "").split())

    @classmethod
    def from_cookie(cls, value: str | None) -> "Display":
        tokens = set((value or "").split("."))
        size = next((s for s in TEXT_SIZES[1:] if s in tokens), "standard")
        return cls(easy_read="easy-read" in tokens, text_size=size)

    def updated(self, args) -> "Display":
        """A copy changed by easy_read and text_size parameters; unknown values are ignored."""
        easy = str(args.get("easy_read", "")).lower()
        size = str(args.get("text_size", "")).lower()
        return Display(easy_read=True if easy in ON else False if easy in OFF else self.easy_read,
                       text_size=size if size in TEXT_SIZES else self.text_size)


def here() -> str:
    """This page, without the display parameters: where the switch returns you to (so
    turning easy read off is not undone by a shared ?easy_read=1)."""
    return urls.here(drop=("easy_read", "text_size"))


def pick(standard: str, easy_read: str) -> str:
    """The template for this request: the easy read version when easy read is on."""
    return easy_read if current().easy_read else standard


def current() -> Display:
    return g.get("display") or Display()


def set_cookie(response, display: Display) -> None:
    if display == Display():
        response.delete_cookie(COOKIE, samesite="Lax")
    else:
        response.set_cookie(COOKIE, display.to_cookie(), max_age=YEAR, httponly=True,
                            samesite="Lax", secure=request.is_secure)


def _choose():
    saved = Display.from_cookie(request.cookies.get(COOKIE))
    g.display = saved.updated(request.args)
    g.display_saved = saved


def _remember(response):
    display = g.get("display")
    if display is not None and display != g.get("display_saved") and "display_set" not in g:
        set_cookie(response, display)  # ?easy_read=1 turns it on for every later link too
    if response.mimetype == "text/html":
        response.vary.add("Cookie")  # the same URL renders differently in each mode
    return response


def init_app(app):
    app.before_request(_choose)
    app.after_request(_remember)
