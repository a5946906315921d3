"""The Russian web UI: server-rendered Jinja2 pages over the same index and state as the API."""
