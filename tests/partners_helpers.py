"""Kept for the modules that import `form_values` from here: it lives in
tests/admin_helpers.py with the other helpers that drive the admin."""

from tests.admin_helpers import form_values

__all__ = ["form_values"]
