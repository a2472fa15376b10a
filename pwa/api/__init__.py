"""The Open Referral UK v3 read API (/api/v3/) and the data import and export commands."""


def init_app(app):
    from pwa.api.views import bp

    app.register_blueprint(bp)
