"""Every stage of `tollwatch run` alone: `crawl`, `process`, `index`, `alerts send`; what `index`
and `search` say when a stage was skipped (versions waiting for `process`, untranslated bulletins)."""

from __future__ import annotations

import json

import pytest

from cli.main import main
from store import Store
from tests.test_index_data import fill_store
from tests.test_pipeline import TEXTS, collect
from tollwatch.records import Bulletin

ENGLISH = ("The Syrian Observatory documented the death of 6 civilians in shelling on the town of Kafr Nabl "
           "in the southern Idlib countryside on Monday.")


@pytest.fixture
def data(tmp_path, monkeypatch):
    for name in ("TOLLWATCH_ES_URL", "TOLLWATCH_TRANSLATION_MODEL", "TOLLWATCH_NER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TOLLWATCH_CONFIG", "")
    data = tmp_path / "data"
    with Store(data) as store:
        collect(store, TEXTS)
        store.save_bulletin(Bulletin(source="monitor-en", url="http://127.0.0.1:9/en/1", text=ENGLISH,
                                     title="Shelling on Kafr Nabl", published="2024-03-05"))
    return data


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_crawl_then_index_says_that_process_never_ran_then_process_fixes_it(data, capsys):
    code, out, _ = run(capsys, "index", "--data", str(data))
    assert code == 0 and "0 indexed" in out
    assert "4 stored version(s) wait for the understanding stage" in out and "tollwatch process --data" in out
    code, out, _ = run(capsys, "index", "status", "--data", str(data), "--json")
    assert json.loads(out)["waiting_for_process"] == 4 and json.loads(out)["waiting_for_index"] == 0

    code, out, err = run(capsys, "process", "--data", str(data), "--source", "monitor-en")
    assert code == 0 and "1 processed, 0 failed" in out and "killed" in out
    code, out, err = run(capsys, "process", "--data", str(data), "--json")
    report = json.loads(out)
    assert code == 0 and report["processed"] == 3 and report["figures_by_kind"]["killed"] >= 2
    assert "not translated" in report["notes"]  # no model configured
    code, out, _ = run(capsys, "process", "--data", str(data))
    assert code == 0 and "nothing to process" in out

    code, out, _ = run(capsys, "index", "--data", str(data))
    assert code == 0 and "4 indexed" in out and "wait for the understanding stage" not in out
    code, out, _ = run(capsys, "search", "--data", str(data), "Kafr Nabl")
    assert code == 0 and "Shelling on Kafr Nabl" in out and "query read as" not in out
    code, out, _ = run(capsys, "search", "--data", str(data), "Kafr | Douma Nabl")  # left to right
    assert code == 0 and out.startswith("query read as: (kafr | douma) nabl\n") and "Kafr Nabl" in out
    code, _, err = run(capsys, "search", "--data", str(data), "Kafr | -Nabl")
    assert code == 2 and "needs a word that must match" in err and "Traceback" not in err


def test_process_all_reprocesses_and_reindexes_one_source(data, capsys):
    assert run(capsys, "process", "--data", str(data), "-q")[0] == 0
    assert run(capsys, "index", "--data", str(data))[0] == 0
    code, out, _ = run(capsys, "process", "--data", str(data), "--all", "--source", "monitor-ar", "--json")
    assert code == 0 and json.loads(out)["processed"] == 3
    code, out, _ = run(capsys, "index", "--data", str(data), "--json")
    assert json.loads(out)["indexed"] == 3  # the re-processed versions, again, same ids
    code, out, _ = run(capsys, "index", "status", "--data", str(data), "--json")
    assert json.loads(out)["bulletins"] == 4


def test_process_bad_input_is_one_line(tmp_path, data, capsys):
    code, _, err = run(capsys, "process", "--data", str(tmp_path / "nowhere"))
    assert code == 2 and "no tollwatch store in" in err and "Traceback" not in err
    code, _, err = run(capsys, "process", "--data", str(data), "--source", "nope")
    assert code == 2 and "no stored bulletins of source 'nope'" in err


@pytest.mark.parametrize("backend", ["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def test_search_says_how_many_bulletins_are_not_translated(backend, tmp_path, capsys, monkeypatch, request):
    monkeypatch.setenv("TOLLWATCH_CONFIG", "")
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    if backend == "elasticsearch":
        monkeypatch.setenv("TOLLWATCH_ES_URL", request.getfixturevalue("es_url"))
        monkeypatch.setenv("TOLLWATCH_ES_PREFIX", request.getfixturevalue("es_prefix"))
    from tests.test_index_data import corpus

    items = corpus()
    items.append(Bulletin(source="sohr-ar", url="https://www.syriahr.com/300009/", lang="ar", published="2024-03-12",
                          title="قصف على أريحا", text="قتل 3 مدنيين بقصف مدفعي على مدينة أريحا."))
    data = tmp_path / "data"
    fill_store(data, items).close()
    assert run(capsys, "index", "--data", str(data))[0] == 0
    code, out, _ = run(capsys, "search", "--data", str(data), "shelling")
    # the corpus' other Arabic bulletins are translated, or have no translation only in the one above
    assert code == 0 and "Arabic bulletin" in out and "not translated" in out and "docs/models.md" in out
    n = int(out.split("note: ")[1].split()[0])
    assert n == 2  # the mine blast (no translation in the corpus) and the shelling on Ariha
    code, out, _ = run(capsys, "search", "--data", str(data), "قصف")  # an Arabic query: no hint
    assert "not translated" not in out
    code, out, err = run(capsys, "search", "--data", str(data), "shelling", "--json")
    json.loads(out)
    assert "not translated" in err


def test_figures_mark_running_totals(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TOLLWATCH_CONFIG", "")
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    from tests.test_index_data import fig

    text = "The toll of the siege has risen to 240 people killed since January."
    b = Bulletin(source="sohr-en", url="https://www.syriahr.com/en/300010/", lang="en", published="2024-03-12",
                 title="Siege toll", text=text,
                 casualties=[fig("killed", 240, text.index("240"), text, scope="cumulative")])
    data = tmp_path / "data"
    fill_store(data, [b]).close()
    assert run(capsys, "index", "--data", str(data))[0] == 0
    code, out, _ = run(capsys, "search", "--data", str(data), "--figures", "siege")
    assert code == 0 and "1. killed 240 (running total):" in out
    code, out, _ = run(capsys, "search", "--data", str(data), "siege")
    assert "figures: killed 240 (running total)" in out


@pytest.mark.models
def test_configuring_a_translation_model_then_process_all_translates_what_is_stored(tmp_path, capsys, monkeypatch):
    """docs/models.md's four steps: a model saved with save_pretrained, copied into a folder named
    after it, pointed at by the setting, loaded by `tollwatch models`; `process --all` and `index`
    then translate and re-index the stored Arabic bulletins, and search stops saying they are not."""
    import shutil

    from tests.tiny_models import build_marian

    for name in ("TOLLWATCH_ES_URL", "TOLLWATCH_NER_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TOLLWATCH_CONFIG", "")
    monkeypatch.setenv("TOLLWATCH_SPACY_MODEL", "none")
    monkeypatch.delenv("TOLLWATCH_TRANSLATION_MODEL", raising=False)
    data = tmp_path / "data"
    with Store(data) as store:
        collect(store, TEXTS)
    assert run(capsys, "process", "--data", str(data), "-q")[0] == 0
    assert run(capsys, "index", "--data", str(data))[0] == 0
    code, out, _ = run(capsys, "search", "--data", str(data), "civilians")
    assert "3 Arabic bulletins are not translated" in out

    saved = build_marian(tmp_path / "fetched" / "opus-mt-ar-en")  # 1. on the machine with internet
    models = tmp_path / "models"
    shutil.copytree(saved, models / "opus-mt-ar-en")  # 2. copied to the server
    monkeypatch.setenv("TOLLWATCH_TRANSLATION_MODEL", str(models / "opus-mt-ar-en"))  # 3.
    code, out, _ = run(capsys, "models")
    assert "ok   translation  opus-mt-ar-en (marian" in out
    code, out, _ = run(capsys, "process", "--data", str(data), "--all", "--json")  # 4.
    assert code == 0 and json.loads(out)["processed"] == 3 and "not translated" not in json.loads(out)["notes"]
    with Store(data) as store:
        assert all(b.translation and b.translation.model == "opus-mt-ar-en" for b in store.bulletins())
    code, out, _ = run(capsys, "index", "--data", str(data), "--json")
    assert json.loads(out)["indexed"] == 3
    code, out, _ = run(capsys, "search", "--data", str(data), "civilians")
    assert "not translated" not in out


def test_process_points_at_the_incidents_stage_before_index(data, capsys):
    """Stage by stage, `process` then `index` left no incidents: `report` and `export incidents`
    were empty. The hint after `process` names the incidents stage first, and the empty report
    names the command that fills it."""
    code, out, err = run(capsys, "process", "--data", str(data))
    assert code == 0
    hint = err[err.index("next:"):]
    assert hint.index("tollwatch incidents --rebuild --data") < hint.index("tollwatch index --data")
    code, out, err = run(capsys, "report", "--data", str(data), "--out", str(data / "r.html"))
    assert code == 0 and f"`tollwatch incidents --rebuild --data {data}`" in err
    code, out, err = run(capsys, "incidents", "--rebuild", "--data", str(data))
    assert code == 0 and "rebuilt:" in out + err
    code, out, err = run(capsys, "report", "--data", str(data), "--out", str(data / "r.html"))
    assert code == 0 and "no incidents stored" not in err


@pytest.mark.parametrize("command", [["search", "Kafr"], ["export", "figures"], ["report", "--out", "-"],
                                     ["bulletins"], ["process"]])
def test_a_source_name_with_a_typo_is_one_line_naming_the_closest(data, capsys, command):
    """`--source monitor-e` gave "no hits", an empty table or an empty report, exit 0."""
    run(capsys, "process", "--data", str(data))
    run(capsys, "index", "--data", str(data))
    code, out, err = run(capsys, *command, "--data", str(data), "--source", "monitor-e")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "no stored bulletins of source 'monitor-e'" in err
    assert "did you mean 'monitor-en'?" in err and "stored sources: " in err and "monitor-en" in err
    code, out, err = run(capsys, *command, "--data", str(data), "--source", "monitor-en")
    assert code == 0 and "no stored bulletins" not in err


def test_index_on_an_unreachable_cluster_does_not_also_report_0_indexed(data, capsys):
    """`index --es-url http://127.0.0.1:9` printed "elasticsearch (...): 0 indexed, 0 failed" as if
    it had run, then the error."""
    run(capsys, "process", "--data", str(data))
    code, out, err = run(capsys, "index", "--data", str(data), "--es-url", "http://127.0.0.1:9")
    assert code == 2 and "0 indexed" not in out
    assert "tollwatch index: Elasticsearch at http://127.0.0.1:9" in err and "versions left for the next run" in err


def test_a_language_with_no_hits_says_where_the_hits_are(data, capsys):
    """`search Kafr --lang xx` (or `--lang arabic`) said only "no hits"."""
    run(capsys, "process", "--data", str(data))
    run(capsys, "index", "--data", str(data))
    code, out, _ = run(capsys, "search", "--data", str(data), "Kafr", "--lang", "xx")
    assert code == 0 and "no hits" in out
    assert "note: nothing in --lang xx; without --lang the same search finds hits in: en" in out
    code, out, _ = run(capsys, "search", "--data", str(data), "Kafr", "--lang", "en")
    assert code == 0 and "Kafr Nabl" in out and "nothing in --lang" not in out
    code, out, err = run(capsys, "search", "--data", str(data), "Kafr", "--min", "-3")
    assert code == 2 and "--min -3: a count is 0 or more" in err and out == ""


def test_run_whose_index_stage_failed_points_at_index_not_at_search(data, capsys):
    """After a run on an unreachable Elasticsearch the hints said `tollwatch search --es-url <that URL>`."""
    code, out, err = run(capsys, "run", "--no-crawl", "--quiet", "--data", str(data), "--es-url", "http://127.0.0.1:9")
    assert code == 1 and "problems: index: Elasticsearch at http://127.0.0.1:9" in out
    assert "tollwatch search" not in out
    assert f"tollwatch index --data {data} --es-url http://127.0.0.1:9" in out
    code, out, err = run(capsys, "run", "--no-crawl", "--quiet", "--data", str(data))
    assert code == 0 and f"next: tollwatch search --data {data}" in out


@pytest.mark.slow
def test_crawl_points_at_process_when_it_stored_something(demo_site, demo_registry, fast_crawl_settings, tmp_path, capsys):
    """`crawl` was the one stage command without a "next:" hint (process, index and run have one)."""
    data = tmp_path / "crawled"
    code, out, err = run(capsys, "crawl", "--quiet", "--sources", str(demo_registry), "--data", str(data),
                         "--source", "demo-snhr")
    assert code == 0 and "demo-snhr: ok" in out
    assert f"next: tollwatch process --data {data}" in err
    code, out, err = run(capsys, "crawl", "--quiet", "--sources", str(demo_registry), "--data", str(data),
                         "--source", "demo-snhr")
    assert code == 0 and "next:" not in err  # nothing new: nothing to process


def test_search_with_since_after_until_is_one_line(data, capsys):
    run(capsys, "process", "--data", str(data))
    run(capsys, "index", "--data", str(data))
    code, out, err = run(capsys, "search", "--data", str(data), "Kafr", "--since", "2025-01-01", "--until", "2024-01-01")
    assert code == 2 and out == "" and "--since 2025-01-01 is after --until 2024-01-01" in err
    code, out, err = run(capsys, "search", "--data", str(data), "Kafr", "--since", "2024-03-05", "--until", "2024-03-05")
    assert code == 0 and "Kafr Nabl" in out


def test_a_full_page_of_hits_says_there_may_be_more(data, capsys):
    """Ten hits looked like the whole answer: nothing said the list stopped at --limit."""
    run(capsys, "process", "--data", str(data))
    run(capsys, "index", "--data", str(data))
    code, out, _ = run(capsys, "search", "--data", str(data), "-n", "1")
    assert code == 0 and "(showing the first 1; there may be more: --limit N shows up to N)" in out
    code, out, _ = run(capsys, "search", "--data", str(data), "Kafr", "-n", "5")
    assert code == 0 and "Kafr Nabl" in out and "there may be more" not in out


def test_an_unclosed_quote_or_parenthesis_says_how_the_query_was_read(data, capsys):
    """`search '"Kafr Nabl'` silently searched the phrase, `search ')('` silently listed everything."""
    run(capsys, "process", "--data", str(data))
    run(capsys, "index", "--data", str(data))
    code, out, _ = run(capsys, "search", "--data", str(data), '"Kafr Nabl')
    assert code == 0 and out.startswith('query read as: "kafr nabl"   (an unclosed quote') and "Kafr Nabl" in out
    code, out, _ = run(capsys, "search", "--data", str(data), ")(")
    assert code == 0 and out.startswith("query read as: everything (no word left)")
    code, out, _ = run(capsys, "search", "--data", str(data), '"Kafr Nabl"')
    assert code == 0 and "query read as" not in out


def test_index_points_at_search_and_alerts_once_something_is_indexed(data, capsys):
    run(capsys, "process", "--data", str(data))
    code, out, err = run(capsys, "index", "--data", str(data))
    assert code == 0 and "4 indexed" in out
    assert f"next: tollwatch search --data {data} QUERY" in err and f"tollwatch alerts send --data {data}" in err
    code, out, err = run(capsys, "index", "--data", str(data))
    assert code == 0 and "next:" not in err  # nothing indexed this time


def test_search_that_finds_nothing_names_the_stage_that_was_not_run(data, capsys):
    """Issue 14 §1: `crawl` then `index` (or `crawl` then `search`) found nothing with no hint
    that the understanding stage never ran; `search` pointed at `tollwatch run`, which crawls again."""
    code, _, err = run(capsys, "search", "--data", str(data), "Kafr Nabl")  # no search store yet
    assert code == 2 and "4 stored bulletin version(s) are not searchable yet" in err
    assert "tollwatch process --data" in err and "tollwatch run" not in err and "Traceback" not in err
    assert run(capsys, "index", "--data", str(data))[0] == 0
    code, out, _ = run(capsys, "search", "--data", str(data), "Kafr Nabl")
    assert code == 0 and "no hits" in out and "wait for the understanding stage" in out
    assert "tollwatch process --data" in out
    assert run(capsys, "process", "--data", str(data), "-q")[0] == 0
    code, out, _ = run(capsys, "search", "--data", str(data), "Kafr Nabl")
    assert code == 0 and "no hits" in out and "4 processed bulletin version(s) are not searchable yet" in out
    assert "tollwatch index --data" in out
    assert run(capsys, "index", "--data", str(data))[0] == 0
    code, out, _ = run(capsys, "search", "--data", str(data), "Kafr Nabl")
    assert code == 0 and "Shelling on Kafr Nabl" in out and "not searchable" not in out
    code, out, _ = run(capsys, "search", "--data", str(data), "nowhereabad")  # everything indexed: plain no hits
    assert code == 0 and "no hits" in out and "not searchable" not in out


def test_index_commands_on_a_wrong_data_directory_create_nothing(tmp_path, data, capsys):
    """`tollwatch index --data TYPO` refused the directory but left it behind with an empty search
    store, which `search` then took for data ("no hits"); `index status` did the same, exit 0."""
    typo = tmp_path / "dta"
    for action in ([], ["status"], ["reindex"]):
        code, out, err = run(capsys, "index", *action, "--data", str(typo))
        assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, (action, err)
        assert not typo.exists(), action
    code, _, err = run(capsys, "search", "--data", str(typo), "Kafr")
    assert code == 2 and "no data in" in err and not typo.exists()
    # crawled, nothing indexed yet: status says what waits, and still creates no search store
    code, out, _ = run(capsys, "index", "status", "--data", str(data), "--json")
    status = json.loads(out)
    assert code == 0 and status["bulletins"] == 0 and status["waiting_for_process"] == 4
    assert not (data / "search.db").exists()
    # `index setup` is what creates it
    assert run(capsys, "index", "setup", "--data", str(typo))[0] == 0 and (typo / "search.db").exists()
