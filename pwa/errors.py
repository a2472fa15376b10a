"""Error pages in the house style, for the whole site. An area with something more
useful to say (how to sign in, where else to send a comment) handles its own."""
from flask import render_template


def init_app(app):
    @app.errorhandler(403)
    def forbidden(_error):
        return render_template("errors/403.html"), 403

    @app.errorhandler(404)
    def not_found(_error):
        return render_template("errors/404.html"), 404

    @app.errorhandler(429)
    def too_many_requests(_error):
        return render_template("errors/429.html"), 429

    @app.errorhandler(500)
    def server_error(_error):
        return render_template("errors/500.html"), 500
