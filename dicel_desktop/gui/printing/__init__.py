"""Printing and PDF: lists, record forms and any widget page, each page with the same
furniture (company, title, filter, date, "Page N of M"); charts saved as PNG."""
