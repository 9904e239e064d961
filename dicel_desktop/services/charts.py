"""The figures of the budget chart and the risk heatmap, aggregated by the server under
the viewer's own login. No Qt here.

Budgets: whoever may read ``budgets`` (finance, admin, compliance) gets every
department's lines straight from the table, under their grants; anyone else gets, through
``dicel_managed_budget_lines`` (migration 0017), the lines of the departments they manage
(``departments.manager_id``) and nothing more. The server says which applies
(``has_table_privilege``), not the client's permission table. Monthly spending is the
approved or paid RWF expenses by month of their date, from ``expenses`` or from
``dicel_managed_monthly_spending`` the same way; the straight-line budget is the year's
allocation spread evenly over twelve months.

Risk: open assessments counted per (likelihood, impact) cell, under the reader's grants.
The click-through of either chart is a list of the grid's filters
(:func:`expense_filters`, :func:`assessment_filters`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from dicel_desktop.domain.states import RiskStatus
from dicel_desktop.services.listing import Between, Equals, Filter, OneOf

__all__ = [
    "BAND_LIMITS",
    "IMPACT_WORDS",
    "LIKELIHOOD_WORDS",
    "OPEN_RISK_STATES",
    "SCALED_COLUMNS",
    "SPENDING_STATES",
    "BudgetChart",
    "BudgetFigure",
    "OverLine",
    "RiskHeatmap",
    "assessment_filters",
    "band_of_score",
    "budget_chart",
    "expense_filters",
    "risk_heatmap",
    "score_band",
]

#: The expenses that count as spent: an approval adds to ``spent_amount`` (migration
#: 0014), and a paid expense was approved first.
SPENDING_STATES: tuple[str, ...] = ("approved", "paid")
#: What "open" means on the heatmap: every state but closed.
OPEN_RISK_STATES: tuple[str, ...] = tuple(s.value for s in RiskStatus if s is not RiskStatus.CLOSED)
#: The axes in words, 1 to 5 (the usual 5x5 risk matrix).
LIKELIHOOD_WORDS: tuple[str, ...] = ("Rare", "Unlikely", "Possible", "Likely", "Almost certain")
IMPACT_WORDS: tuple[str, ...] = ("Insignificant", "Minor", "Moderate", "Major", "Severe")
#: Highest score of each band (score = likelihood x impact, 1 to 25).
BAND_LIMITS: tuple[tuple[str, int], ...] = (
    ("low", 4),
    ("medium", 9),
    ("high", 16),
    ("critical", 25),
)

Band = Literal["low", "medium", "high", "critical"]

#: Risk columns read in the heatmap's words beside their number, in forms and lists:
#: a likelihood or an impact by its axis word, a score by its band.
SCALED_COLUMNS = frozenset(
    {
        ("risk_assessments", "likelihood"),
        ("risk_assessments", "impact"),
        ("risk_assessments", "risk_score"),
    }
)


def band_of_score(score: int) -> Band | None:
    """The band a score (likelihood x impact, 1 to 25) falls in; None outside."""
    if score < 1:
        return None
    for band, limit in BAND_LIMITS:
        if score <= limit:
            return band  # type: ignore[return-value]
    return None


def score_band(likelihood: int, impact: int) -> Band:
    score = likelihood * impact
    for band, limit in BAND_LIMITS:
        if score <= limit:
            return band  # type: ignore[return-value]
    raise ValueError(f"likelihood and impact run from 1 to 5, not {likelihood}, {impact}")


# --------------------------------------------------------------------------- budgets


@dataclass(frozen=True)
class BudgetFigure:
    """One group of bars: a department (``key`` its id) or a category (``key`` its name)."""

    key: uuid.UUID | str | None
    label: str
    allocated: Decimal
    spent: Decimal
    remaining: Decimal
    #: Its budget lines spent past their allocation: a group within its total may hold
    #: one (a user-eye review read "Nothing over budget" beside a line 552,000 RWF over).
    lines_over: int = 0

    @property
    def over_budget(self) -> bool:
        return self.spent > self.allocated


@dataclass(frozen=True)
class OverLine:
    """A budget line (a department's category) spent past its allocation."""

    department: str
    category: str
    over_by: Decimal


@dataclass(frozen=True)
class BudgetChart:
    #: The years that have budget lines the viewer may see, newest first.
    years: tuple[int, ...]
    #: The year shown (None: no budget the viewer may see).
    year: int | None
    by_department: tuple[BudgetFigure, ...]
    by_category: tuple[BudgetFigure, ...]
    #: Spent in each month, January to December.
    monthly_spent: tuple[Decimal, ...]
    #: "tables" (read under the viewer's grants) or "managed" (their departments only).
    source: Literal["tables", "managed"]
    #: Every line of the year spent past its allocation, the most over first.
    over_lines: tuple[OverLine, ...] = ()
    #: The company's day as the chart was read (``dicel_company_day()``): the months
    #: "so far" of the server's spending, and the year shown first, are counted from it.
    today: dt.date | None = None

    @property
    def allocated(self) -> Decimal:
        return sum((f.allocated for f in self.by_department), Decimal(0))

    def straight_line(self) -> tuple[Decimal, ...]:
        """What should have been spent by the end of each month, spending evenly."""
        return tuple((self.allocated * m / 12).quantize(Decimal("0.01")) for m in range(1, 13))

    def months_so_far(self, today: dt.date) -> int:
        """How many months of the year shown have begun by ``today``: the spending line
        stops there rather than running flat through months to come."""
        if self.year is None or self.year > today.year:
            return 0
        return 12 if self.year < today.year else today.month

    def cumulative_spent(self) -> tuple[Decimal, ...]:
        total, out = Decimal(0), []
        for month in self.monthly_spent:
            total += month
            out.append(total)
        return tuple(out)


_TABLE_LINES = """
    SELECT b.fiscal_year AS year, b.department_id, coalesce(d.name, '') AS department,
           b.budget_category AS category, b.allocated_amount AS allocated,
           coalesce(b.spent_amount, 0) AS spent,
           b.allocated_amount - coalesce(b.spent_amount, 0) AS remaining
      FROM public.budgets b LEFT JOIN public.departments d ON d.id = b.department_id
     WHERE (CAST(:year AS integer) IS NULL OR b.fiscal_year = :year)"""
_MANAGED_LINES = "SELECT * FROM public.dicel_managed_budget_lines(CAST(:year AS integer))"

_TABLE_MONTHS = f"""
    SELECT extract(month FROM x.expense_date)::integer AS month, sum(x.amount) AS spent
      FROM public.expenses x
     WHERE x.expense_date >= make_date(:year, 1, 1)
       AND x.expense_date < make_date(:year + 1, 1, 1)
       AND x.status IN ({", ".join(f"'{s}'" for s in SPENDING_STATES)})
       AND x.currency = 'RWF'
     GROUP BY 1"""
_MANAGED_MONTHS = "SELECT month, spent FROM public.dicel_managed_monthly_spending(:year)"


def _readable(session: Session, table: str) -> bool:
    return bool(
        session.scalar(
            sa.text("SELECT has_table_privilege(:t, 'SELECT')"), {"t": f"public.{table}"}
        )
    )


def budget_chart(session: Session, year: int | None = None) -> BudgetChart:
    """The budget chart of ``year`` (None: the current year if it has budgets, else the
    latest one) as the caller may see it."""
    source: Literal["tables", "managed"] = "tables" if _readable(session, "budgets") else "managed"
    lines = _TABLE_LINES if source == "tables" else _MANAGED_LINES
    # The company's day in the statement that reads the years: no round trip of its own.
    today, listed = session.execute(
        sa.text(
            "SELECT public.dicel_company_day(),"
            f" array(SELECT DISTINCT year FROM ({lines}) l ORDER BY year DESC)"
        ),
        {"year": None},
    ).one()
    years = tuple(listed)
    if year is None or year not in years:
        this_year = today.year
        year = this_year if this_year in years or not years else years[0]
    if not years:
        return BudgetChart((), None, (), (), (Decimal(0),) * 12, source, today=today)

    def grouped(key: str, label: str) -> tuple[BudgetFigure, ...]:
        rows = session.execute(
            sa.text(
                f"SELECT {key}, {label}, sum(allocated), sum(spent), sum(remaining),"
                " count(*) FILTER (WHERE spent > allocated)"
                f" FROM ({lines}) l GROUP BY {key}, {label} ORDER BY {label}, {key}"
            ),
            {"year": year},
        )
        return tuple(BudgetFigure(*row) for row in rows)

    by_department = grouped("department_id", "department")
    by_category = grouped("category", "category")
    over_lines = tuple(
        OverLine(*row)
        for row in session.execute(
            sa.text(
                f"SELECT department, category, spent - allocated FROM ({lines}) l"
                " WHERE spent > allocated ORDER BY spent - allocated DESC, department, category"
            ),
            {"year": year},
        )
    )
    months_sql = _TABLE_MONTHS if _readable(session, "expenses") else _MANAGED_MONTHS
    spent = dict(session.execute(sa.text(months_sql), {"year": year}).all())
    monthly = tuple(spent.get(m, Decimal(0)) for m in range(1, 13))
    return BudgetChart(years, year, by_department, by_category, monthly, source, over_lines, today)


def expense_filters(
    year: int,
    *,
    department_id: uuid.UUID | None = None,
    category: str | None = None,
    month: int | None = None,
) -> list[Filter]:
    """The expenses behind a bar (or a month of the spending line): spent in that year
    (or month), of that department or category."""
    if month is None:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    else:
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
    filters: list[Filter] = [
        Between("expense_date", first, last),
        OneOf("status", SPENDING_STATES),
    ]
    if department_id is not None:
        filters.append(Equals("department_id", department_id))
    if category is not None:
        filters.append(OneOf("expense_category", (category,)))
    return filters


# --------------------------------------------------------------------------- risk


@dataclass(frozen=True)
class RiskHeatmap:
    #: (likelihood, impact) -> how many assessments; cells without any are absent.
    counts: dict[tuple[int, int], int]
    #: Every category the viewer's assessments have (for the filter).
    categories: tuple[str, ...]
    statuses: tuple[str, ...]
    category: str | None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def count(self, likelihood: int, impact: int) -> int:
        return self.counts.get((likelihood, impact), 0)


def risk_heatmap(
    session: Session,
    statuses: Sequence[str] = OPEN_RISK_STATES,
    category: str | None = None,
) -> RiskHeatmap:
    """Assessments in ``statuses`` (and ``category``, unless None) per cell of the grid."""
    rows = session.execute(
        sa.text(
            "SELECT likelihood, impact, count(*) FROM public.risk_assessments"
            " WHERE status = ANY(:statuses)"
            " AND (CAST(:category AS text) IS NULL OR risk_category = :category)"
            " AND likelihood IS NOT NULL AND impact IS NOT NULL"
            " GROUP BY likelihood, impact"
        ),
        {"statuses": list(statuses), "category": category},
    )
    counts = {(lik, imp): n for lik, imp, n in rows}
    categories = tuple(
        session.scalars(
            sa.text("SELECT DISTINCT risk_category FROM public.risk_assessments ORDER BY 1")
        )
    )
    return RiskHeatmap(counts, categories, tuple(statuses), category)


def assessment_filters(
    likelihood: int,
    impact: int,
    statuses: Sequence[str] = OPEN_RISK_STATES,
    category: str | None = None,
) -> list[Filter]:
    """The assessments behind a cell of the heatmap, as it was filtered."""
    filters: list[Filter] = [
        OneOf("likelihood", (likelihood,)),
        OneOf("impact", (impact,)),
        OneOf("status", tuple(statuses)),
    ]
    if category is not None:
        filters.append(OneOf("risk_category", (category,)))
    return filters
