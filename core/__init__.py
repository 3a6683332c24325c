"""Plumbing shared by Debrief's apps: no models, no domain rules."""
