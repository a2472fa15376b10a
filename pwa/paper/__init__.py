"""The Local Offer without the internet (SEND Regulations 2014, reg 57): help by
phone or post, and booklets to print, as HTML and as tagged PDF."""
