"""New codes follow the register's own scheme."""

from __future__ import annotations

from kgs_ropa.services.codes import next_in_series, separator_of


def test_continues_the_series_most_codes_follow() -> None:
    codes = [f"KGS-{n:02d}" for n in range(1, 14)] + ["A014"]
    assert next_in_series(codes) == "KGS-14"


def test_continues_after_the_highest_number_not_the_count() -> None:
    assert next_in_series(["VR-001", "VR-007"]) == "VR-008"


def test_keeps_the_width_and_grows_past_it() -> None:
    assert next_in_series(["P9"]) == "P10"
    assert next_in_series(["KGS-99"]) == "KGS-100"


def test_an_empty_register_starts_a_series() -> None:
    assert next_in_series([]) == "A001"
    assert next_in_series(["free-text"]) == "A001"


def test_snake_case_catalogues_get_snake_case_codes() -> None:
    assert separator_of(["crm_vendor", "google_analytics"]) == "_"
    assert separator_of(["exact-online", "x"]) == "-"
    assert separator_of([]) == "-"
