"""The editors of a record form's fields, one class per kind of field (gui/editors/base.py
says what every editor offers the form)."""
