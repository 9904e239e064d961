"""Record windows: one generic form for every table (record_form.py), the window around
it with New / Save / Delete and what belongs to the record (record_window.py), the
conflict dialog, and the opener that the main window asks for records."""
