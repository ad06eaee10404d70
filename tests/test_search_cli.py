"""``tollwatch index`` and ``tollwatch search`` end to end, on both backends, plus the text folding."""

from __future__ import annotations

import json
import os
import socket

import pytest

from indexing import open_backend
from indexing.query import And, Term, parse
from indexing.text import fold, fold_offsets, snippet
from tests.test_index_data import fill_store
from cli.main import main


@pytest.fixture(params=["embedded", pytest.param("elasticsearch", marks=pytest.mark.elasticsearch)])
def env(request, tmp_path, monkeypatch):
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    monkeypatch.setenv("TOLLWATCH_CONFIG", "")
    if request.param == "elasticsearch":
        monkeypatch.setenv("TOLLWATCH_ES_URL", request.getfixturevalue("es_url"))
        monkeypatch.setenv("TOLLWATCH_ES_PREFIX", request.getfixturevalue("es_prefix"))
    data = tmp_path / "data"
    fill_store(data).close()
    return request.param, data


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_index_then_search_json(env, capsys):
    name, data = env
    code, out, err = run(capsys, "index", "--data", str(data), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["backend"] == name and report["indexed"] == 6 and report["failures"] == []
    code, out, _ = run(capsys, "index", "--data", str(data))
    assert code == 0 and "0 indexed" in out
    code, out, _ = run(capsys, "search", "إدلب", "--data", str(data), "--json")
    hits = json.loads(out)
    assert code == 0 and len(hits) == 1
    h = hits[0]
    assert h["url"] == "https://www.syriahr.com/300002/" and h["source"] == "sohr-ar" and h["lang"] == "ar"
    assert h["title"].startswith("مقتل") and h["date"].startswith("2024-03-11") and "<em>إدلب</em>" in h["snippet"]
    assert h["figures"][0]["kind"] == "killed" and h["figures"][0]["count"] == 15
    code, out, _ = run(capsys, "search", "--figures", "--kind", "killed", "--min", "10", "--place", "Idlib",
                       "--data", str(data), "--json")
    figs = json.loads(out)
    assert sorted(f["count"] for f in figs) == [12, 15]
    assert {"kind", "count", "qualifier", "place", "date", "url"} <= set(figs[0])
    code, out, _ = run(capsys, "search", "car bomb", "--source", "sohr-en", "--since", "2024-01-01",
                       "--until", "2024-01-31", "--data", str(data))
    assert code == 0 and "toll rises" in out and "[car] [bomb]" in out and out.startswith("1. 2024-01-15")
    code, out, _ = run(capsys, "index", "status", "--data", str(data))
    assert "bulletins: 6" in out and "figures: 8" in out


def test_index_all_reindexes_without_duplicates(env, capsys):
    name, data = env
    code, out, _ = run(capsys, "index", "setup", "--data", str(data), "--json")
    assert code == 0 and json.loads(out)["backend"] == name
    if name == "elasticsearch":
        assert json.loads(out)["profile"] == "portable"
    assert run(capsys, "index", "--data", str(data))[0] == 0
    code, out, _ = run(capsys, "index", "--all", "--data", str(data), "--json")
    assert json.loads(out)["indexed"] == 6
    code, out, _ = run(capsys, "index", "reindex", "--data", str(data), "--json")
    assert code == 0
    code, out, _ = run(capsys, "index", "status", "--data", str(data), "--json")
    counts = json.loads(out)
    assert counts["bulletins"] == 6 and counts["figures"] == 8
    assert counts["waiting_for_process"] == 0 and counts["waiting_for_index"] == 0
    if name == "elasticsearch":  # what the aliases point to (the new indices after the reindex)
        aliases = counts["aliases"]
        assert sorted(aliases) == [f"{os.environ['TOLLWATCH_ES_PREFIX']}{kind}"
                                   for kind in ("bulletins", "figures", "incidents")]
        assert all(target.startswith(alias + "-m") for alias, target in aliases.items())
    # still searchable, stems and places included, after the rebuild
    code, out, _ = run(capsys, "search", "airstrike", "--place", "Idlib", "--data", str(data), "--json")
    assert [h["url"] for h in json.loads(out)] == ["https://www.syriahr.com/300002/"]
    code, out, _ = run(capsys, "search", "--figures", "wounded", "--data", str(data), "--json")
    assert [h["count"] for h in json.loads(out)] == [15]


def test_bad_arguments_are_one_line_errors(env, capsys):
    _, data = env
    code, _, err = run(capsys, "search", "x", "--kind", "eaten", "--data", str(data))
    assert code == 2 and "kind must be one of" in err
    code, _, err = run(capsys, "search", "x", "--since", "yesterday", "--data", str(data))
    assert code == 2 and "'yesterday' is not an ISO 8601 date" in err


def test_unreachable_cluster_cli(tmp_path, capsys, monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("TOLLWATCH_ES_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("TOLLWATCH_ES_TIMEOUT", "3")
    fill_store(tmp_path).close()
    code, out, err = run(capsys, "index", "--data", str(tmp_path))
    assert code == 2
    assert f"Elasticsearch at http://127.0.0.1:{port}" in err and "unreachable" in err and "6 versions left" in err
    code, _, err = run(capsys, "search", "x")
    assert code == 2 and f"127.0.0.1:{port}" in err and "Traceback" not in err


def test_open_backend_chooses_by_configuration(tmp_path, monkeypatch):
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    monkeypatch.setenv("TOLLWATCH_CONFIG", "")
    be = open_backend(data_dir=tmp_path)
    assert be.name == "embedded" and be.target == str(tmp_path / "search.db")
    be.close()
    assert not (tmp_path / "tollwatch.db").exists()  # separate from the store
    cfg = tmp_path / "tollwatch.yaml"
    cfg.write_text("es_url: http://127.0.0.1:9\nes_prefix: mine-\n")
    monkeypatch.setenv("TOLLWATCH_CONFIG", str(cfg))
    from tollwatch import config

    config._file_settings.cache_clear()
    try:
        be = open_backend(data_dir=tmp_path)
        assert be.name == "elasticsearch" and be.aliases["bulletins"] == "mine-bulletins"
        be.close()
    finally:
        config._file_settings.cache_clear()


def test_fold_is_nlp_normalisation_per_character():
    text = "قُتِلَ ١٢ مدنيًا في إدلب، Syria's 1,200 KILLED"
    folded = fold(text)
    assert folded == "قتل 12 مدنيا في ادلب  syria s 1 200 killed"
    f, starts = fold_offsets(text)
    assert f == folded and len(starts) == len(f)
    i = folded.index("ادلب")
    assert text[starts[i]] == "إ"


def test_parse_query_folds_words_and_phrases():
    q = parse('إدلب "Main  Market" al-Bab ١٥')
    assert q == And((Term(("ادلب",)), Term(("main", "market")), Term(("al", "bab")), Term(("15",))))
    assert parse("  ,, ") is None


def test_snippet_window_and_marks():
    text = "word " * 100 + "the toll rose to 14" + " word" * 100
    a = text.index("14")
    s = snippet(text, [(a, a + 2)])
    assert "<em>14</em>" in s and s.startswith("…") and s.endswith("…") and len(s) < 300
    assert snippet("short text", []) == "short text"


def test_unusable_data_directory_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("TOLLWATCH_ES_URL", raising=False)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    code, _, err = run(capsys, "search", "x", "--data", str(blocker))
    assert code == 2 and "embedded search store" in err and str(blocker) in err


def test_stems():
    from indexing.text import stem, stems

    assert stem("killing") == stem("killed") == "kill"
    assert stem("airstrikes") == stem("airstrike")
    assert stem("والغارات") == stem("غارات")
    assert stems("Syria's ١٥ الأطفال") == "syria s 15 اطفال"
