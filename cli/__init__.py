"""The ``tollwatch`` command line: the top of the house, a thin edge over every stage.

``cli.main`` builds the parser and maps errors to exit statuses; each sub-command is a module
of ``cli.commands`` exposing ``register(subparsers)`` and calling the same stage functions the
Airflow DAG calls. Nothing below this package imports it.
"""
