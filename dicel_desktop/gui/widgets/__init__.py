"""Reusable widgets: the data grid every module lists its tables in, and its filter popup."""
