"""The understanding stage: pure functions from text to annotations, no I/O.

* ``nlp.extract(text, lang=None, published=None)``: casualty figures (``nlp.casualties``);
* ``nlp.scripts``: which script/language a stretch of text is in, without a model;
* ``nlp.evaluation``: precision/recall/F1 of the extractor against annotated bulletins.

Model-backed components (language identification, translation, entities, places)
import their heavy libraries lazily, so importing ``nlp`` never loads torch.
"""

from nlp.casualties import extract

__all__ = ["extract"]
