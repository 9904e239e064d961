"""Department dashboards: the figures a department lives by, and their charts."""
