"""Family information pages: what the Local Offer must explain, by life stage and topic."""
