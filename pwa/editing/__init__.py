"""Editing, easy read text, providers' proposed changes, history and archiving: four
blueprints and a command."""


def init_app(app):
    from pwa.editing import changes, easy_read, history, views

    app.register_blueprint(views.bp)
    app.register_blueprint(changes.bp)
    app.register_blueprint(history.bp)
    app.register_blueprint(easy_read.bp)
    history.init_cli(app)
