"""``tollwatch models``: each configured model loaded for real, with the reason if it fails."""

import json

import pytest

from cli.main import main


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for name in ("TRANSLATION_MODEL", "NER_MODEL", "SPACY_MODEL", "GAZETTEER_COUNTRIES", "CONFIG"):
        monkeypatch.delenv(f"TOLLWATCH_{name}", raising=False)
    monkeypatch.chdir(tmp_path)


def test_nothing_configured(capsys):
    assert main(["models"]) == 0
    out = capsys.readouterr().out
    assert "translation  not configured" in out
    assert "ok   spacy-en" in out and "ok   gazetteer" in out and "ok   language" in out


def test_broken_path_is_reported(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("TOLLWATCH_TRANSLATION_MODEL", str(tmp_path / "missing-model"))
    monkeypatch.setenv("TOLLWATCH_SPACY_MODEL", "xx_no_such_pipeline")
    assert main(["models"]) == 1
    out = capsys.readouterr().out
    assert "FAIL translation  cannot load: OSError:" in out and "is not a directory" in out
    assert "FAIL spacy-en" in out
    assert not list(tmp_path.glob("**/*.db"))  # describing creates no files


@pytest.mark.models
def test_tiny_models_load(monkeypatch, capsys):
    from tests.tiny_models import tiny_model

    monkeypatch.setenv("TOLLWATCH_TRANSLATION_MODEL", str(tiny_model("marian")))
    monkeypatch.setenv("TOLLWATCH_NER_MODEL", str(tiny_model("bert-ner")))
    assert main(["models", "--json"]) == 0
    statuses = {s["component"]: s for s in json.loads(capsys.readouterr().out)}
    assert statuses["translation"]["loaded"] and "marian" in statuses["translation"]["detail"]
    assert statuses["ner"]["loaded"] and "PER" in statuses["ner"]["detail"]
