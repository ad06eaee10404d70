"""The incidents stage: one event as reported across bulletins, sources, languages and revisions.

* ``incidents.link``: which figures describe the same event, and why (pure);
* ``incidents.tolls``: an incident's low / best / high and the history of its toll (pure);
* ``incidents.overrides``: the analyst's override file (``merge`` / ``split``), which wins;
* ``incidents.build``: ``build_incidents(bulletins, overrides, previous) -> list[Incident]`` (pure);
* ``incidents.stage``: ``run_incidents(store, overrides=None)``, the edge that reads the store's
  annotated versions and replaces its incidents (``tollwatch run``, the DAG and
  ``tollwatch incidents`` call it).

Configured by the settings ``incident_overrides`` (the override file) and
``incident_window_days`` (how many days before its publication an undated figure may have
happened, default 2). docs/incidents.md tells the whole story.
"""

from incidents.build import build_incidents
from incidents.overrides import Overrides, OverridesError, load_overrides

__all__ = ["build_incidents", "Overrides", "OverridesError", "load_overrides"]
