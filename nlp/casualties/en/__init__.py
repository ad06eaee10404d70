"""English language data (``lexicon``) and named rules (``rules``) of the casualty extractor."""
