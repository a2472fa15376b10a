"""Not found and server error pages in the house style."""
from flask import g, render_template


def render_template_linked(name):
    """Flask-Compress leaves error pages uncompressed, so they link the stylesheet rather
    than carry it inline (pwa/assets.py): 19 KB a 404 page otherwise."""
    g.link_stylesheet = True
    return render_template(name)


def init_app(app):
    @app.errorhandler(403)
    def forbidden(_error):
        return render_template_linked("errors/403.html"), 403

    @app.errorhandler(404)
    def not_found(_error):
        return render_template_linked("errors/404.html"), 404

    @app.errorhandler(500)
    def server_error(_error):
        return render_template_linked("errors/500.html"), 500
