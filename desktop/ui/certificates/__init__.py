"""Certificates in the GUI: the registry page, issuing and printing, verifying, templates, settings."""
