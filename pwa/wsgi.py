"""The production entry point (scripts/serve runs gunicorn on `pwa.wsgi:app`).

Production start-up checks run here: the app refuses to start without its own secret
key, its public address, its host names, or a database it can use (pwa/ops/startup.py).
"""
from pwa import create_app

app = create_app({"PRODUCTION": True})
