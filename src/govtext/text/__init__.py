"""Text: the bottom layer, from characters to words. The normalized view with its offset map
(``normalize``), pattern fragments (``patterns``), numerals, the date grammar, segmentation and
part-of-speech tagging, organ names, boilerplate, the word trie and the span index."""
