"""Monitoring: watchlists of officials, alerts on new mentions, crawl runs and the crawl schedule.

Everything here lives in its own small SQLite state store (``monitor.state``), separate from the
search index, so an index can be rebuilt or swapped for Elasticsearch without losing watchlists.
"""

from monitor.state import StateStore, open_state

__all__ = ["StateStore", "open_state"]
