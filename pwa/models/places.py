"""Postcode centroids, loaded from the ONS Postcode Directory, so "near MB1 5FL"
is answered on our own server: no geocoder, nothing sent to another site."""
from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class Postcode(SQLModel, table=True):
    postcode: str = Field(primary_key=True)  # normalised: "MB1 5FL"
    # the district ("MB1"), so a partial postcode finds the middle of its postcodes
    outcode: str = Field(index=True)
    latitude: float
    longitude: float


class ServicePlace(SQLModel, table=True):
    """Each service's venues as points (one row a venue with coordinates), rebuilt by
    queries.nearby.refresh after loads and imports, the only writers of venues and
    their links: "within 5 miles" then reads a box of one index, with no join, and
    measures exactly only the points inside it."""
    __table_args__ = (Index("ix_serviceplace_point", "latitude", "longitude", "service_id"),)

    id: int | None = Field(default=None, primary_key=True)
    service_id: str = Field(foreign_key="service.id", index=True)
    latitude: float
    longitude: float
