""""Have your say": consultations on parts of the Local Offer (issue 8, item 6)."""
