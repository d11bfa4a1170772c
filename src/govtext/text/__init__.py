"""Text handling: the normalized view with its offset map, numerals, script conversion."""
