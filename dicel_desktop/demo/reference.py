"""Reference data of the demo company: names, places, the organisation chart.

DICEL Ltd is an invented Kigali company selling security services (guarding, patrols,
CCTV and alarm response), debt recovery, risk advisory and equipment supply to Rwandan
businesses. Every company and person here is invented; places are real.
"""

from __future__ import annotations

import random
import unicodedata
import zlib
from dataclasses import dataclass

COMPANY = "DICEL Ltd"
COMPANY_TIN = "102345678"
HEAD_OFFICE = "DICEL House, KG 7 Ave, Kacyiru, Gasabo, Kigali"
EMAIL_DOMAIN = "dicel.rw"
#: Approval thresholds (RWF), written to system_settings and followed by the generated
#: approvals. Orders above PO_APPROVAL_THRESHOLD need finance's level as well (enforced,
#: migration 0013: ``total > limit``); expenses from EXPENSE_APPROVAL_THRESHOLD are left
#: to the Finance Manager by custom only (one level, any finance login but the filer's).
PO_APPROVAL_THRESHOLD = 5_000_000
EXPENSE_APPROVAL_THRESHOLD = 500_000
#: Leave a year, in working days, per type (system_settings ``leave.allowance.<type>``;
#: Rwanda's labour law for annual and maternity leave, company policy for the rest).
#: Unpaid leave has no allowance. The generated requests stay within them.
LEAVE_ALLOWANCES = {"annual": 18, "sick": 15, "maternity": 60, "paternity": 7,
                    "compassionate": 7, "study": 10}  # fmt: skip
#: How many days before today a leave request may start (``leave.max_days_in_past``).
LEAVE_MAX_DAYS_IN_PAST = 30
#: Outside people and companies get addresses under the reserved ".example" top-level
#: domain (RFC 2606): a demo that sends a reminder must never reach a real mailbox.
OUTSIDE_DOMAIN = "example"


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FEMALE_NAMES = _words(
    "Aline Claudine Divine Grace Diane Josiane Clarisse Vestine Solange Chantal Jeanne "
    "Alice Ange Esperance Immaculée Béatrice Marie Yvonne Sandrine Gloria Francine "
    "Liliane Pacifique Olive Nadine Delphine Sylvie Christine Annick Rosine Félicité "
    "Laetitia Hélène Joselyne Sonia Carine Belyse Aimée Joy Peace"
)
MALE_NAMES = _words(
    "Jean Eric Patrick Emmanuel Olivier Innocent Fabrice Claude Thierry Jean-Paul Didier "
    "Alexis Yves Pascal Gilbert Théogène Janvier Célestin Aimable Fidèle Vincent Samuel "
    "David Joseph Bosco Frank Kevin Moïse Serge Désiré Alain Cédric Gaspard Ignace Robert "
    "Richard Steven Arsène Egide Félix"
)
LAST_NAMES = _words(
    "Mugabo Uwase Niyonzima Mukamana Habimana Ingabire Nshimiyimana Uwimana Mutoni "
    "Hakizimana Niyitegeka Bizimana Nsengiyumva Mukeshimana Uwamahoro Munyaneza Ndayisaba "
    "Iradukunda Tuyishime Kayitesi Gasana Rukundo Mugisha Umutoni Karangwa Kamanzi "
    "Murekatete Nyirahabimana Twagirayezu Dusabimana Niyomugabo Byiringiro Ishimwe "
    "Kwizera Manzi Mbabazi Gatete Sibomana Ntwari Uwera Musoni Kalisa Nsabimana "
    "Mukandayisenga Bayingana Cyiza Shema Keza Hirwa Ineza Mutesi Uwizeye Niyonsaba "
    "Habiyaremye Ndahiro Mutabazi Kabera Rutayisire Gakwaya Munyakazi Habineza Nzeyimana "
    "Mukundwa Umuhoza Uwineza Akimana Uwitonze Mahoro Nzabonimpa Nyiransabimana Rwema "
    "Mazimpaka Kanamugire"
)

#: Surnames that name a woman in Kinyarwanda (Muka-, Nyira-, Umu-...): never a man's.
_WOMEN_ONLY = ("Muka", "Nyira", "Umu", "Mure")
MEN_LAST_NAMES = tuple(n for n in LAST_NAMES if not n.startswith(_WOMEN_ONLY))


def person_name(rng, gender: str | None = None) -> tuple[str, str, str]:
    """(first name, last name, gender "F"/"M") of an invented Rwandan person."""
    gender = gender or rng.choice("FM")
    first = rng.choice(FEMALE_NAMES if gender == "F" else MALE_NAMES)
    return first, rng.choice(LAST_NAMES if gender == "F" else MEN_LAST_NAMES), gender


def full_name(rng, gender: str | None = None) -> str:
    first, last, _ = person_name(rng, gender)
    return f"{first} {last}"


#: Kigali neighbourhoods with their district and street prefix (KN, KG, KK).
KIGALI_AREAS = (
    ("Nyarugenge", "Nyarugenge", "KN"),
    ("Nyamirambo", "Nyarugenge", "KN"),
    ("Kacyiru", "Gasabo", "KG"),
    ("Kimihurura", "Gasabo", "KG"),
    ("Remera", "Gasabo", "KG"),
    ("Kimironko", "Gasabo", "KG"),
    ("Kibagabaga", "Gasabo", "KG"),
    ("Gikondo", "Kicukiro", "KK"),
    ("Kicukiro", "Kicukiro", "KK"),
    ("Kanombe", "Kicukiro", "KK"),
)
UPCOUNTRY_TOWNS = (
    ("Musanze", "Northern Province"),
    ("Huye", "Southern Province"),
    ("Rubavu", "Western Province"),
    ("Rwamagana", "Eastern Province"),
)
#: Districts whose offices hire guards (government clients).
DISTRICTS = ("Gasabo", "Kicukiro", "Nyarugenge", "Musanze", "Huye", "Rubavu", "Rwamagana",
             "Nyagatare", "Muhanga", "Karongi", "Rusizi", "Bugesera")  # fmt: skip
#: The town each of those districts' offices are in (the district's seat; Kigali's three
#: districts sit in Kigali): a district client's guard post is in its own town, not in
#: another province's (eye30s 10).
DISTRICT_TOWNS = {
    "Gasabo": "Kigali", "Kicukiro": "Kigali", "Nyarugenge": "Kigali", "Musanze": "Musanze",
    "Huye": "Huye", "Rubavu": "Rubavu", "Rwamagana": "Rwamagana", "Nyagatare": "Nyagatare",
    "Muhanga": "Muhanga", "Karongi": "Karongi", "Rusizi": "Rusizi", "Bugesera": "Nyamata",
}  # fmt: skip
OFFICES = (
    "Head office, Kacyiru",
    "Gikondo warehouse",
    "Musanze branch",
    "Huye branch",
    "Rubavu branch",
)

#: Invented Rwandan banks (no real bank's name) and the mobile money wallets people use.
BANKS = ("Ikaze Commercial Bank", "Umurage Savings Bank", "Inkingi Bank", "Isoko Finance Bank")
PAYMENT_METHODS = ("bank_transfer", "mtn_momo", "airtel_money", "cheque", "cash")

#: Parts of invented company names: a Rwandan word or place, then a trade.
COMPANY_WORDS = _words(
    "Akagera Kivu Virunga Muhazi Nyabarongo Karisimbi Gishwati Rweru Inzozi Imena Ubumwe "
    "Isange Agaciro Ingoma Umucyo Intwari Amahoro Ikaze Burera Mukungwa Sabyinyo Bisoke "
    "Urumuri Inyenyeri Icyerekezo Umurava Ituze"
)
COMPANY_TRADES = (
    ("Agro Processing Ltd", "Agriculture"),
    ("Logistics Ltd", "Transport & logistics"),
    ("Microfinance Plc", "Financial services"),
    ("Lakeside Hotel", "Hospitality"),
    ("Construction Ltd", "Construction"),
    ("Pharmacy Ltd", "Health"),
    ("Schools Group", "Education"),
    ("Dairy Cooperative", "Agriculture"),
    ("Motors Ltd", "Automotive"),
    ("Insurance Brokers Ltd", "Financial services"),
    ("Real Estate Ltd", "Real estate"),
    ("Coffee Exporters Ltd", "Agriculture"),
    ("Supermarket Ltd", "Retail"),
    ("Medical Clinic", "Health"),
    ("Tech Hub Ltd", "Technology"),
    ("Savings Cooperative (SACCO)", "Financial services"),
    ("Hardware Ltd", "Retail"),
    ("Mining Company Ltd", "Mining"),
    ("Textiles Ltd", "Manufacturing"),
    ("Events & Conferences Ltd", "Hospitality"),
)


#: The login role of each position: the department's role for whoever works its
#: records (clerks and assistants included: a stock clerk receives stock, a helpdesk
#: technician works IT tickets), ``employee`` for jobs with no department records to
#: work (drivers, guards, the legal officer). ``admin`` is the ERP's administration, held
#: by the Managing Director and the ERP administrator only.
POSITION_ROLES: dict[str, str] = {
    # Administration
    "Managing Director": "admin",
    "ERP Administrator": "admin",
    "Executive Assistant": "employee",
    "Legal Officer": "employee",
    "Office Manager": "employee",
    "Receptionist": "employee",
    "Driver": "employee",
    "Cleaner": "employee",
    # Human Resources
    "HR Manager": "hr",
    "Senior HR Officer": "hr",
    "HR Officer": "hr",
    "Payroll Officer": "hr",
    "Recruitment Officer": "hr",
    "Training Coordinator": "hr",
    "HR Assistant": "hr",
    # Finance
    "Finance Manager": "finance",
    "Chief Accountant": "finance",
    "Accountant": "finance",
    "Cashier": "finance",
    "Accounts Assistant": "finance",
    "Budget Analyst": "finance",
    "Tax Officer": "finance",
    # IT
    "IT Manager": "it",
    "Systems Lead": "it",
    "Support Lead": "it",
    "Systems Administrator": "it",
    "Network Engineer": "it",
    "Software Developer": "it",
    "Helpdesk Technician": "it",
    # Security: guards log their patrols through My work; their supervisors run the rest.
    "Security Manager": "security",
    "Operations Supervisor": "security",
    "Control Room Operator": "security",
    "Shift Supervisor": "security",
    "Security Guard": "employee",
    # Inventory
    "Inventory Manager": "inventory",
    "Senior Storekeeper": "inventory",
    "Storekeeper": "inventory",
    "Procurement Officer": "inventory",
    "Stock Clerk": "inventory",
    # Clients
    "Client Relations Manager": "client",
    "Senior Account Manager": "client",
    "Account Manager": "client",
    "Contracts Officer": "client",
    "Client Service Officer": "client",
    # Sales & Marketing
    "Sales & Marketing Manager": "sales",
    "Sales Team Lead": "sales",
    "Sales Executive": "sales",
    "Marketing Officer": "sales",
    "Sales Assistant": "sales",
    # Customer Experience
    "Customer Experience Manager": "cx",
    "CX Team Lead": "cx",
    "CX Agent": "cx",
    "Call Centre Agent": "cx",
    "Quality Analyst": "cx",
    # Risk
    "Risk Manager": "risk",
    "Senior Risk Analyst": "risk",
    "Risk Analyst": "risk",
    "Business Continuity Officer": "risk",
    "Risk Assistant": "risk",
    # Recovery
    "Recovery Manager": "recovery",
    "Recovery Team Lead": "recovery",
    "Recovery Officer": "recovery",
    "Legal Assistant": "recovery",
    "Field Agent": "recovery",
    # Compliance
    "Compliance Manager": "compliance",
    "Senior Compliance Officer": "compliance",
    "Compliance Officer": "compliance",
    "Internal Auditor": "compliance",
    "Compliance Assistant": "compliance",
}


@dataclass(frozen=True)
class Position:
    """A job in a department: how many hold it, whom they report to (their login role is
    ``POSITION_ROLES``)."""

    title: str
    count: int
    reports_to: str | None  # a title in the same department; None: the department head
    salary: tuple[int, int]  # monthly RWF range
    guard: bool = False

    @property
    def role(self) -> str:
        return POSITION_ROLES[self.title]


@dataclass(frozen=True)
class DepartmentSpec:
    code: str
    name: str
    role: str
    description: str
    head: tuple[str, str, str]  # first name, last name, gender ("F"/"M") of the manager
    head_title: str
    head_salary: int
    annual_budget: int  # operating budget (salaries excluded), RWF
    location: str
    positions: tuple[Position, ...]


def _p(title, count, reports_to, low, high, guard=False) -> Position:
    return Position(title, count, reports_to, (low, high), guard)


#: Twelve departments, 150 people. Administration's head is the Managing Director, to
#: whom the other eleven heads report.
DEPARTMENTS = (
    DepartmentSpec("ADM", "Administration", "admin", "Management, legal and office services",
        ("Jean", "Mugabo", "M"), "Managing Director", 3_500_000, 120_000_000, HEAD_OFFICE, (
        _p("ERP Administrator", 1, None, 1_200_000, 1_500_000),
        _p("Executive Assistant", 1, None, 550_000, 700_000),
        _p("Legal Officer", 1, None, 900_000, 1_200_000),
        _p("Office Manager", 1, None, 700_000, 900_000),
        _p("Receptionist", 2, "Office Manager", 280_000, 350_000),
        _p("Driver", 4, "Office Manager", 250_000, 320_000),
        _p("Cleaner", 2, "Office Manager", 250_000, 260_000),
    )),
    DepartmentSpec("HR", "Human Resources", "hr", "People, payroll, recruitment and training",
        ("Aline", "Uwase", "F"), "HR Manager", 2_400_000, 30_000_000, HEAD_OFFICE, (
        _p("Senior HR Officer", 1, None, 1_100_000, 1_300_000),
        _p("HR Officer", 2, "Senior HR Officer", 700_000, 900_000),
        _p("Payroll Officer", 1, None, 800_000, 1_000_000),
        _p("Recruitment Officer", 1, "Senior HR Officer", 650_000, 850_000),
        _p("Training Coordinator", 1, "Senior HR Officer", 650_000, 850_000),
        _p("HR Assistant", 3, "Senior HR Officer", 350_000, 450_000),
    )),
    DepartmentSpec("FIN", "Finance", "finance", "Accounting, treasury, budgets and invoicing",
        ("Eric", "Niyonzima", "M"), "Finance Manager", 2_800_000, 25_000_000, HEAD_OFFICE, (
        _p("Chief Accountant", 1, None, 1_500_000, 1_800_000),
        _p("Accountant", 4, "Chief Accountant", 800_000, 1_100_000),
        _p("Cashier", 1, "Chief Accountant", 450_000, 550_000),
        _p("Accounts Assistant", 3, "Chief Accountant", 350_000, 450_000),
        _p("Budget Analyst", 1, None, 1_000_000, 1_200_000),
        _p("Tax Officer", 1, None, 900_000, 1_100_000),
    )),
    DepartmentSpec("IT", "IT", "it", "Systems, network, support and the DICEL ERP",
        ("Claudine", "Mukamana", "F"), "IT Manager", 2_700_000, 90_000_000, HEAD_OFFICE, (
        _p("Systems Lead", 1, None, 1_600_000, 1_900_000),
        _p("Support Lead", 1, None, 1_200_000, 1_400_000),
        _p("Systems Administrator", 2, "Systems Lead", 900_000, 1_200_000),
        _p("Network Engineer", 1, "Systems Lead", 900_000, 1_200_000),
        _p("Software Developer", 2, "Systems Lead", 1_000_000, 1_400_000),
        _p("Helpdesk Technician", 4, "Support Lead", 400_000, 550_000),
    )),
    DepartmentSpec("SEC", "Security", "security", "Guarding, patrols, CCTV and alarm response",
        ("Patrick", "Habimana", "M"), "Security Manager", 2_600_000, 110_000_000,
        "Head office, Kacyiru", (
        _p("Operations Supervisor", 2, None, 900_000, 1_100_000),
        _p("Control Room Operator", 2, "Operations Supervisor", 400_000, 500_000),
        _p("Shift Supervisor", 4, "Operations Supervisor", 380_000, 450_000,
           guard=True),
        _p("Security Guard", 27, "Shift Supervisor", 250_000, 300_000, guard=True),
    )),
    DepartmentSpec("INV", "Inventory", "inventory", "Stores, procurement and equipment supply",
        ("Divine", "Ingabire", "F"), "Inventory Manager", 2_200_000, 60_000_000,
        "Gikondo warehouse", (
        _p("Senior Storekeeper", 1, None, 800_000, 950_000),
        _p("Storekeeper", 3, "Senior Storekeeper", 400_000, 550_000),
        _p("Procurement Officer", 2, None, 750_000, 950_000),
        _p("Stock Clerk", 3, "Senior Storekeeper", 280_000, 350_000),
    )),
    DepartmentSpec("CLI", "Clients", "client", "Client accounts, contracts and support",
        ("Emmanuel", "Nshimiyimana", "M"), "Client Relations Manager", 2_300_000, 20_000_000,
        HEAD_OFFICE, (
        _p("Senior Account Manager", 1, None, 1_200_000, 1_400_000),
        _p("Account Manager", 3, "Senior Account Manager", 800_000, 1_000_000),
        _p("Contracts Officer", 1, None, 750_000, 900_000),
        _p("Client Service Officer", 4, "Senior Account Manager", 380_000, 480_000),
    )),
    DepartmentSpec("SAL", "Sales & Marketing", "sales", "Leads, opportunities and campaigns",
        ("Grace", "Uwimana", "F"), "Sales & Marketing Manager", 2_400_000, 70_000_000,
        HEAD_OFFICE, (
        _p("Sales Team Lead", 1, None, 1_200_000, 1_400_000),
        _p("Sales Executive", 6, "Sales Team Lead", 600_000, 900_000),
        _p("Marketing Officer", 2, None, 650_000, 850_000),
        _p("Sales Assistant", 2, "Sales Team Lead", 320_000, 400_000),
    )),
    DepartmentSpec("CX", "Customer Experience", "cx", "Feedback, surveys and service quality",
        ("Olivier", "Hakizimana", "M"), "Customer Experience Manager", 2_100_000, 18_000_000,
        HEAD_OFFICE, (
        _p("CX Team Lead", 1, None, 1_000_000, 1_200_000),
        _p("CX Agent", 3, "CX Team Lead", 450_000, 600_000),
        _p("Call Centre Agent", 3, "CX Team Lead", 300_000, 380_000),
        _p("Quality Analyst", 2, None, 700_000, 850_000),
    )),
    DepartmentSpec("RSK", "Risk", "risk", "Risk register, incidents and business continuity",
        ("Diane", "Mutoni", "F"), "Risk Manager", 2_500_000, 15_000_000, HEAD_OFFICE, (
        _p("Senior Risk Analyst", 1, None, 1_400_000, 1_600_000),
        _p("Risk Analyst", 3, "Senior Risk Analyst", 850_000, 1_100_000),
        _p("Business Continuity Officer", 1, None, 900_000, 1_100_000),
        _p("Risk Assistant", 2, "Senior Risk Analyst", 350_000, 450_000),
    )),
    DepartmentSpec("REC", "Recovery", "recovery", "Debt recovery and asset repossession",
        ("Innocent", "Bizimana", "M"), "Recovery Manager", 2_300_000, 25_000_000,
        "Head office, Kacyiru", (
        _p("Recovery Team Lead", 1, None, 1_100_000, 1_300_000),
        _p("Recovery Officer", 4, "Recovery Team Lead", 600_000, 800_000),
        _p("Legal Assistant", 1, None, 500_000, 650_000),
        _p("Field Agent", 3, "Recovery Team Lead", 300_000, 400_000),
    )),
    DepartmentSpec("CMP", "Compliance", "compliance", "Policies, audits and regulatory filings",
        ("Chantal", "Kayitesi", "F"), "Compliance Manager", 2_500_000, 15_000_000,
        HEAD_OFFICE, (
        _p("Senior Compliance Officer", 1, None, 1_300_000, 1_500_000),
        _p("Compliance Officer", 2, "Senior Compliance Officer", 800_000,
           1_000_000),
        _p("Internal Auditor", 2, None, 1_000_000, 1_300_000),
        _p("Compliance Assistant", 1, "Senior Compliance Officer", 350_000,
           450_000),
    )),
)  # fmt: skip

#: People whose names are fixed because the login window shows them (with the twelve
#: heads): the ERP administrator, an assistant who reports to the Managing Director (her
#: pending leave waits for his decision) and a guard.
FIXED_NAMES = {
    ("ADM", "ERP Administrator"): ("Fabrice", "Ndayisaba", "M"),
    ("ADM", "Executive Assistant"): ("Josiane", "Murekatete", "F"),
    ("SEC", "Security Guard"): ("Théogène", "Twagirayezu", "M"),
}


def ascii_slug(text: str) -> str:
    """'Félicité' -> 'felicite', 'Jean-Paul' -> 'jean-paul' (e-mails are ASCII)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum() or c == "-")


def phone(rng) -> str:
    """A Rwandan mobile number: MTN (078, 079) or Airtel (072, 073)."""
    prefix = rng.choice(("78", "78", "78", "79", "72", "73"))
    return f"+250 7{prefix[1]}{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"


def tin(rng) -> str:
    """An RRA taxpayer identification number: nine digits (companies start with 1)."""
    return f"1{rng.randint(0, 99_999_999):08d}"


def outside_email(local: str, company: str) -> str:
    """info@akagera-logistics.example for "Akagera Logistics Ltd"."""
    words = [ascii_slug(w) for w in company.split()[:2]]
    return f"{ascii_slug(local)}@{'-'.join(w for w in words if w)}.{OUTSIDE_DOMAIN}"


def kigali_address(rng) -> str:
    area, district, prefix = rng.choice(KIGALI_AREAS)
    street = rng.choice(("St", "St", "Ave"))
    # Nyarugenge and Kicukiro are a neighbourhood and the district it is in: said once.
    where = area if area == district else f"{area}, {district}"
    return f"{prefix} {rng.randint(1, 420)} {street}, {where}, Kigali"


def lives_near(address: str, workplace: str) -> str:
    """``address``, or one in the town of ``workplace`` where it is elsewhere: a clerk of
    the Huye branch lives in Huye, not 130 km away in Kigali, and one of the head office
    in Kigali, not in Rubavu. Nothing is drawn from the demo's streams (every other row
    stays as it was): a Kigali street is chosen by the address it replaces."""
    for town, province in UPCOUNTRY_TOWNS:
        if town in workplace:
            return address if address.startswith(town) else f"{town} town, {province}"
    if address.endswith("Kigali"):
        return address
    return kigali_address(random.Random(zlib.crc32(address.encode())))


def any_address(rng) -> str:
    if rng.random() < 0.8:
        return kigali_address(rng)
    town, province = rng.choice(UPCOUNTRY_TOWNS)
    return f"{town} town, {province}"
