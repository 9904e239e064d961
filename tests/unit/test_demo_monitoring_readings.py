"""The demo's monitoring readings read in any language (eye33 #10): « Caméras hors ligne
1,22 count » showed a fraction of a camera and an English unit in French. A count is
whole and has no unit; a unit is a symbol ("%", "h", "ms")."""

from __future__ import annotations

from datetime import date

from dicel_desktop.demo import it
from dicel_desktop.demo.context import Demo


def _readings():
    demo = Demo(date(2026, 12, 6), "small")
    it._monitoring(demo, demo.rng("it"))
    rows = demo.tables["system_monitoring"]
    return [dict(zip(rows.columns, row, strict=True)) for row in rows.rows]


def test_counts_are_whole_and_units_are_symbols():
    readings = _readings()
    counted = [r for r in readings if r["metric_unit"] is None]
    assert {r["metric_name"] for r in counted} == {
        "cameras_offline",
        "connections",
        "vpn_tunnels_down",
    }
    assert all(r["metric_value"] == r["metric_value"].to_integral_value() for r in counted)
    assert {r["metric_unit"] for r in readings} == {None, "%", "h", "ms"}
