"""Kibana, in one home: everything tollwatch gives a Kibana user.

* ``kibana/*.ndjson``: the saved objects (data views, saved searches, visualisations, the
  dashboard), written by ``kibana/generate.py`` from one readable description;
* ``kibana.install``: load those objects and alerting rules into a running Kibana
  (``tollwatch kibana import`` / ``tollwatch kibana rules``);
* ``kibana.rules``: tollwatch's alert rules as Kibana "Elasticsearch query" rules
  (``tollwatch alerts export-kibana``).
"""
