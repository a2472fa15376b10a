"""The council that publishes this Local Offer: its name, the area it serves, how to
reach its Local Offer team, and its colour and logo. Read from configuration, so another
council adopts the app by changing configuration and data, never templates or code."""
from dataclasses import dataclass

from flask import current_app


@dataclass(frozen=True)
class Council:
    name: str  # "Millbrook Council": who publishes the Local Offer
    area: str  # "Millbrook": the place families live in ("In Millbrook", "Outside Millbrook")
    email: str  # the Local Offer team's address, shown to the public
    phone: str  # the Local Offer team's line, for families without the internet
    colour: str  # the brand colour: the header, the installed app's frame
    logo: str  # a file under static/, shown beside the name; "" for none


def current() -> Council:
    config = current_app.config
    return Council(config["COUNCIL_NAME"], config["COUNCIL_AREA"], config["EDITORS_EMAIL"],
                   config["COUNCIL_PHONE"], config["COUNCIL_COLOUR"], config["COUNCIL_LOGO"])
