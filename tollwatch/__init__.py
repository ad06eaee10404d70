"""tollwatch: casualty figures from monitoring-group bulletins, collected, understood, indexed and alerted on.

The stages live in top-level packages named after what they do: ``crawlers`` (collect),
``nlp`` (understand), ``indexing`` (index and search), ``alerts`` (tell people),
``pipeline`` (run them in order); ``store`` keeps what was collected; ``cli`` is the
``tollwatch`` command on top of them all. This package is the ground they stand on: the record
schema (``tollwatch.records``) and configuration (``tollwatch.config``); it imports no stage.
"""

__version__ = "0.1.0"
