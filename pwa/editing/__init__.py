"""Editing, moderation, history and archiving (issue 7, items 2, 3, 4 and 7)."""


def init_app(app):
    from pwa.editing import changes, history, views

    app.register_blueprint(views.bp)
    app.register_blueprint(changes.bp)
    app.register_blueprint(history.bp)
    history.init_cli(app)
