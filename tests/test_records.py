"""The shared record schema: JSON round-trip, ids and fingerprints."""

import json

from tollwatch.records import Bulletin, CasualtyFigure, Entity, Place, TimeWindow, Translation, content_hash


def make_bulletin() -> Bulletin:
    return Bulletin(
        source="sohr-en",
        url="https://www.syriahr.com/en/336617/?utm_source=x",
        canonical_url="https://www.syriahr.com/en/336617/",
        text="Idlib province: two children were killed in shelling on Sarmin.",
        lang="en",
        title="Shelling on Sarmin",
        published="2024-06-01",
        casualties=[
            CasualtyFigure(
                kind="killed", count=2, victims="two children", victim_categories=["children"],
                place="Sarmin", time=TimeWindow("yesterday", "2024-05-31", "2024-05-31"),
                geo=Place("Sarmin", lat=35.9, lon=36.7, governorate="Idlib", precision="point"),
                start=16, end=44, evidence="two children were killed in", lang="en",
            )
        ],
        entities=[Entity("Sarmin", "LOC", 56, 62, source="gazetteer")],
        translation=Translation(text="...", model="opus-mt-ar-en", source_lang="ar", alignment=[[0, 3, 0, 3]]),
    )


def test_bulletin_round_trips_through_json():
    b = make_bulletin()
    again = Bulletin.from_json(b.to_json())
    assert again == b
    assert isinstance(again.casualties[0].time, TimeWindow)
    assert isinstance(again.casualties[0].geo, Place)
    assert isinstance(again.entities[0], Entity)
    assert isinstance(again.translation, Translation)


def test_unknown_fields_from_newer_writers_are_ignored():
    d = make_bulletin().to_dict()
    d["field_from_the_future"] = 1
    d["casualties"][0]["another"] = "x"
    assert Bulletin.from_dict(d).casualties[0].count == 2


def test_json_keeps_arabic_readable():
    b = Bulletin(source="sohr-ar", url="https://www.syriahr.com/1/", text="مقتل طفلين")
    assert "مقتل طفلين" in b.to_json()
    assert json.loads(b.to_json())["text"] == "مقتل طفلين"


def test_ids_derive_from_canonical_url_and_version():
    a = Bulletin(source="s", url="https://a.example/1?fbclid=1", canonical_url="https://a.example/1", text="x")
    b = Bulletin(source="s", url="https://a.example/1", text="y", version=2)
    assert a.bulletin_id == b.bulletin_id
    assert a.version_id != b.version_id and b.version_id.endswith("-v2")


def test_content_hash_ignores_cosmetic_differences():
    assert content_hash("Five  civilians\nwere killed") == content_hash("five civilians were killed ")
    assert content_hash("five civilians were killed") != content_hash("six civilians were killed")
