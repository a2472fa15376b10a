""""Have your say": consultations on parts of the Local Offer."""
