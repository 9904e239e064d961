"""The main window's tabs: "My work" and one per department module."""
