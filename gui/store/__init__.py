"""Credentials (OS keyring), settings and history. No Qt here."""
