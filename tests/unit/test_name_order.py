"""services.name_order: when the names holding a word begin far into the order of names."""

from __future__ import annotations

from dicel_desktop.services.name_order import NameOrder, _from_statistics


def sample(names: list[str]) -> NameOrder:
    """A sample of names in order, each standing for the same share of the rows."""
    return NameOrder(tuple((n.lower(), 1 / len(names)) for n in names))


#: 200 sample names: 10 first words of 20 names each, in the order of names; a trade
#: every fifth name whatever the first word (spread through the alphabet).
NAMES = [
    f"{first} {'Hotel' if i % 5 == 0 else 'Motors'} {i:02d}"
    for first in ("Akagera", "Bisoke", "Gishwati", "Ikaze", "Imena", "Kivu", "Muhazi", "Rweru",
                  "Umucyo", "Virunga")
    for i in range(20)
]  # fmt: skip


def test_a_first_word_far_into_the_alphabet_is_bunched_late():
    order = sample(NAMES)
    assert order.bunched_late(["kivu"])  # 10% of the names, from half-way in
    assert order.bunched_late(["viru"])
    assert order.bunched_late(["kivu", "hotel"])


def test_words_at_the_start_or_spread_through_the_alphabet_are_not():
    order = sample(NAMES)
    assert not order.bunched_late(["akagera"])  # the first names
    assert not order.bunched_late(["bisoke"])  # 10% in, 10% of the names: walked at once
    assert not order.bunched_late(["hotel"])  # everywhere
    assert not order.bunched_late(["motors"])


def test_a_word_the_sample_never_meets_is_left_to_the_planner():
    assert not sample(NAMES).bunched_late(["inkingi"])
    assert not NameOrder(()).bunched_late(["kivu"])


def test_a_word_the_sample_meets_once_late_may_still_be_spread():
    """Met once, 40% in: a word spread through the names would be met about that late."""
    names = ["Akagera Ltd"] * 80 + ["Kivu Hotel"] + ["Umucyo Ltd"] * 119
    assert not sample(names).bunched_late(["hotel"])
    names = ["Akagera Ltd"] * 150 + ["Kivu Hotel"] * 10 + ["Umucyo Ltd"] * 40
    assert sample(names).bunched_late(["hotel"])


def test_statistics_weigh_common_values_by_their_frequency_and_share_the_rest():
    # (null_frac, value, frequency of a common value, is a histogram bound), in order.
    rows = [
        (0.1, "Akagera", None, True),
        (0.1, "Ikaze Bank", 0.3, False),
        (0.1, "Kivu", None, True),
        (0.1, "Umucyo", None, True),
    ]
    order = _from_statistics(rows)
    assert [name for name, _w in order.points] == ["akagera", "ikaze bank", "kivu", "umucyo"]
    # 10% NULL, 30% one common name, 60% in two buckets, each counted at its lower bound.
    assert [round(w, 6) for _n, w in order.points] == [0.3, 0.3, 0.3, 0.0]
