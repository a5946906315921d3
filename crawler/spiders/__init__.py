"""Spiders: `news`, the one generic news spider."""
