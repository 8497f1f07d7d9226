"""The report's tables and targets from measurements (the chart needs matplotlib: not here)."""

from __future__ import annotations

from typing import Any

from tokoh_compare.report import _core_table, _targets

Runs = dict[tuple[str, int, str], list[dict[str, Any]]]


def _runs(speeds: dict[str, list[float]], corpus: str = "synthetic", size: int = 100) -> Runs:
    return {
        (corpus, size, tool): [{"mb_per_s": v, "build_seconds": 1.0} for v in values]
        for tool, values in speeds.items()
    }


def test_core_table_puts_the_core_beside_tag_batch() -> None:
    runs = _runs(
        {
            "core1": [40.0, 50.0, 45.0],
            "core2": [70.0, 90.0, 80.0],
            "tokoh": [30.0],
            "tokoh-batch1": [30.0],
            "tokoh-batch2": [51.0],
        }
    )
    table = _core_table(runs)
    assert len(table) == 3
    # Medians: 45 and 80 MB/s, 80 / 45 = 1.78; tag_batch 51 / 30 = 1.70; tag / core 30 / 45.
    assert table[2] == "| generated | 100 | 45.00 | 80.00 | 1.78× | 1.70× | 0.67× |"


def test_core_table_is_empty_without_core_measurements() -> None:
    assert _core_table(_runs({"tokoh": [30.0]})) == []


def test_core_table_orders_texts_as_the_report_does() -> None:
    runs = {
        **_runs({"core1": [1.0], "core2": [2.0]}, corpus="nerui"),
        **_runs({"core1": [1.0], "core2": [2.0]}, corpus="synthetic", size=1000),
        **_runs({"core1": [1.0], "core2": [2.0]}, corpus="synthetic", size=10),
    }
    texts = [line.split(" | ")[0:2] for line in _core_table(runs)[2:]]
    assert texts == [["| generated", "10"], ["| generated", "1,000"], ["| nerui-raw", "100"]]


def test_tag_batch_target_shows_the_core_ratio_and_still_judges_tag_batch() -> None:
    runs = _runs(
        {
            "tokoh": [30.0],
            "tokoh-batch1": [30.0],
            "tokoh-batch2": [51.0],
            "core1": [45.0],
            "core2": [80.0],
            "daachorse": [40.0],
        }
    )
    rows = [row for row in _targets(runs, {}, None) if "tag_batch" in row]
    assert rows == [
        "| `tag_batch` 2 threads ≥ 1.8× 1 thread | 1.70× (the Rust core alone: 1.78×) | ❌ |"
    ]
    # The core is never taken for one of the other tools.
    fastest = next(row for row in _targets(runs, {}, None) if "fastest other tool" in row)
    assert "daachorse" in fastest
