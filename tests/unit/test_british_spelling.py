"""The product writes British English ("Guard licences expiring in 30 days"): a column
named in the schema's American spelling reads the product's way wherever a label is
made from it (a guard's "License number" stood beside the dashboard's "licences")."""

from __future__ import annotations

from dicel_desktop.db.models import Base
from dicel_desktop.services.columns import column_label


def test_no_label_spells_licence_the_american_way():
    labels = {
        (table.name, column.name): column_label(table.name, column.name)
        for table in Base.metadata.tables.values()
        for column in table.columns
    }
    assert labels[("security_guards", "license_number")] == "Licence number"
    assert labels[("security_guards", "license_expiry")] == "Licence expiry"
    assert [key for key, label in labels.items() if "icense" in label] == []
