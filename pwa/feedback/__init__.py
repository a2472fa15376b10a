"""Comments on the Local Offer, their moderation, and "You said, we did": the
council must seek families' comments and publish them with its response (SEND
Regulations 2014, reg 56)."""


def init_app(app):
    from pwa.feedback import moderation, views

    app.register_blueprint(views.bp)
    app.register_blueprint(moderation.bp)
