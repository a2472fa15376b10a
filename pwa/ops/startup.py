"""Production refuses to start on settings that would be unsafe or broken, and says
every problem at once, in words for whoever deploys it."""
from urllib.parse import urlsplit

from pwa import config as defaults
from pwa import db


class StartupError(SystemExit):
    """Stops the process (gunicorn's master too, with --preload) with the message."""


def problems(config) -> list[str]:
    found = []
    key = config.get("SECRET_KEY") or ""
    if key == defaults.SECRET_KEY or len(key) < 32:
        found.append("Set LOCAL_OFFER_SECRET_KEY to a random value of 32 characters or more "
                     "(python3 -c 'import secrets; print(secrets.token_hex(32))'): it signs "
                     "sessions, and every app process must share it.")
    url = config.get("PUBLIC_URL") or ""
    parts = urlsplit(url)
    if url == defaults.PUBLIC_URL or parts.scheme not in ("http", "https") or not parts.hostname:
        found.append("Set LOCAL_OFFER_PUBLIC_URL to the site's public address, such as "
                     "https://localoffer.millbrook.gov.uk: links in emails use it.")
    hosts = config.get("TRUSTED_HOSTS")
    if not hosts:
        found.append("Set LOCAL_OFFER_TRUSTED_HOSTS to the host names the site answers to, "
                     "comma separated (localoffer.millbrook.gov.uk): other Host headers are refused.")
    elif parts.hostname and parts.hostname not in hosts:
        found.append(f"LOCAL_OFFER_TRUSTED_HOSTS does not include {parts.hostname}, the host "
                     "of LOCAL_OFFER_PUBLIC_URL.")
    return found


def check(app) -> None:
    found = problems(app.config)
    try:
        db.check(app)
    except db.DatabaseProblem as problem:
        found.append(str(problem))
    if found:
        raise StartupError("The Local Offer cannot start in production:\n"
                           + "\n".join(f"- {p}" for p in found))
