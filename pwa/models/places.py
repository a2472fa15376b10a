"""Postcode centroids, loaded from the ONS Postcode Directory, so "near MB1 5FL"
is answered on our own server: no geocoder, nothing sent to another site."""
from sqlmodel import Field, SQLModel


class Postcode(SQLModel, table=True):
    postcode: str = Field(primary_key=True)  # normalised: "MB1 5FL"
    # the district ("MB1"), so a partial postcode finds the middle of its postcodes
    outcode: str = Field(index=True)
    latitude: float
    longitude: float
