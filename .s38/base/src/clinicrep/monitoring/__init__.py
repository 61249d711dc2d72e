"""Watching without the window: the sync lock, scheduled runs, e-mail alerts, stale warnings."""
