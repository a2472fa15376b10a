"""Where a page is, and where it is safe to send someone back to."""
from urllib.parse import urlencode, urlsplit

from flask import request


def safe_path(target: str | None, default: str = "/") -> str:
    """Only a path on this site: never another host, so no form or switch can be used as
    an open redirect (OWASP: unvalidated redirects). Rejects //host, /\\host, schemes
    and control characters, which browsers may read as a host."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return default
    if any(c in target for c in "\\\r\n\t") or any(ord(c) < 32 for c in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target


def here(drop: tuple[str, ...] = ()) -> str:
    """This page as a path on this site, language prefix and query included (less the
    query parameters in `drop`): where a switch or a form sends the person back to."""
    args = [(k, v) for k, v in request.args.items(multi=True) if k not in drop]
    return request.script_root + request.path + (f"?{urlencode(args)}" if args else "")
