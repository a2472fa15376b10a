"""Found by search engines: robots.txt and sitemap.xml, with each page's languages."""
