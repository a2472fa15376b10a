"""The jargon buster: SEND words and initials, A to Z and searchable."""
