"""The spiders: ``generic`` (any registry source), ``sohr-en``, ``sohr-ar`` and ``snhr``.

``scrapy crawl sohr-en`` (from the repository root) crawls the registry entry of
the same name in the shipped ``sources.yaml`` into the default data directory;
``-a sources=FILE -a source=NAME -a data=DIR -a since=YYYY-MM-DD`` change that.
"""
