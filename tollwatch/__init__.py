"""tollwatch: casualty figures from monitoring-group bulletins, collected, understood, indexed and alerted on.

The stages live in top-level packages named after what they do: ``crawlers`` (collect),
``nlp`` (understand), ``indexing`` (index and search), ``alerts`` (tell people),
``pipeline`` (run them in order); ``store`` keeps what was collected; this package
holds what they share: the record schema (``tollwatch.records``), configuration
(``tollwatch.config``) and the ``tollwatch`` command line (``tollwatch.cli``).
"""

__version__ = "0.1.0"
