"""Arabic language data (``lexicon``) and rules (``rules``) for ``nlp.casualties.arabic``."""
