"""Editing, providers' proposed changes, history and archiving: three blueprints and a command."""


def init_app(app):
    from pwa.editing import changes, history, views

    app.register_blueprint(views.bp)
    app.register_blueprint(changes.bp)
    app.register_blueprint(history.bp)
    history.init_cli(app)
