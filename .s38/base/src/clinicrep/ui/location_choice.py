"""The location choice of the inbox's filters and of the charts (issue 20)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from clinicrep.store.locations import Location


def fill_locations(combo: QComboBox, locations: Sequence[Location], everywhere: str) -> int:
    """``everywhere`` (no location) then each location; the location chosen before stays
    chosen while it exists. Returns its index, -1 when it was removed (everywhere shown).
    No signal is sent; the combo is shown only when the practice has locations."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everywhere, None)
    for place in locations:
        combo.addItem(place.name, place.id)
    found = combo.findData(kept) if kept is not None else 0
    combo.setCurrentIndex(max(0, found))
    combo.blockSignals(False)
    combo.setVisible(bool(locations))
    return found
