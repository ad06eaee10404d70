"""The nightly pipeline: the stages in order, shared by ``tollwatch run`` and the Airflow DAG.

* ``pipeline.stages``: one function per stage (``crawl_stage``/``crawl_one``,
  ``process_stage``, ``index_stage``, ``alert_stage``), each incremental from the
  store's stage marks;
* ``pipeline.nightly``: ``run_nightly(sources_file, data_dir, ...) -> RunReport``;
* ``pipeline.demo``: the bundled offline demo (``tollwatch run`` with no arguments);
* ``pipeline.scheduling``: the Airflow DAG's run settings (params, Variables, settings);
* ``pipeline.progress``: progress lines on the terminal.

Configured by the settings ``data`` (``TOLLWATCH_DATA``), ``sources``, ``alert_rules``
and ``es_url`` (docs/pipeline.md).
"""

from pipeline.nightly import RunReport, format_report, run_nightly

__all__ = ["RunReport", "format_report", "run_nightly"]
