"""A fictional city duma site (Зареченск) served over real HTTP for crawler tests and demos.

`catalog` says what the site publishes, `pages` renders it, `server` answers requests.
"""
