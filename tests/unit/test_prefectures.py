from packstation.domain import prefectures


def test_all_47_prefectures_with_jis_codes_in_order() -> None:
    codes = [p.code for p in prefectures.PREFECTURES]
    assert codes == list(range(1, 48))
    assert prefectures.by_code(13) is not None and prefectures.by_code(13).name == "東京都"
    assert {p.region for p in prefectures.PREFECTURES} == set(prefectures.REGIONS)


def test_lookup_accepts_what_shops_write() -> None:
    assert prefectures.lookup("北海道").code == 1  # type: ignore[union-attr]
    assert prefectures.lookup("大阪").code == 27  # type: ignore[union-attr]  # suffix dropped
    assert prefectures.lookup("Okinawa").code == 47  # type: ignore[union-attr]
    assert prefectures.lookup("１３").code == 13  # type: ignore[union-attr]  # full width
    assert prefectures.lookup("東京") is not None
    assert prefectures.lookup("北海") is None
    assert prefectures.lookup("Atlantis") is None
    assert prefectures.lookup("48") is None


def test_postal_codes() -> None:
    assert prefectures.normalize_postal_code("0600001") == "060-0001"
    assert prefectures.normalize_postal_code("〒060-0001") == "060-0001"
    assert prefectures.normalize_postal_code("０６０ー０００１") == "060-0001"
    assert prefectures.normalize_postal_code("060-001") is None
    assert prefectures.normalize_postal_code("ABC-DEFG") is None
    assert prefectures.normalize_postal_code("") is None
