"""What analysts take away: exports of incidents and figures, and a self-contained HTML report.

* ``reports.export``: incidents and casualty figures as rows with ACLED/UCDP-style columns
  (``incident_rows``, ``figure_rows``; pure functions over the record schema), each column
  described in ``INCIDENT_COLUMNS``/``FIGURE_COLUMNS`` and in docs/exports.md;
* ``reports.formats``: those rows written as CSV, xlsx (openpyxl), GeoJSON or JSON lines;
* ``reports.html``: one HTML file with the daily tolls, the incidents table and the places as
  charts drawn in SVG, needing no network to open (``render_report``).

Read from the store only (``Store.incidents()``, ``Store.bulletins()``); configured by the
command line's options, nothing else (``tollwatch export``, ``tollwatch report``).
"""
