"""DICEL Desktop: the office client of the DICEL ERP."""

__version__ = "0.1.0"
