"""Loopback HTTP servers that speak the documented platform JSON (for tests)."""
