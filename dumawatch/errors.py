"""Errors a user can cause and fix: the CLI prints them in one line, the API as a 4xx."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an unreachable/unknown target; the message is the whole explanation."""

    exit_code = 1


def as_user_error(exc: BaseException) -> UserError | None:
    """Domain errors that are the user's to fix, translated; anything else is a bug."""
    from search.backend import BackendError

    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, BackendError):
        return UserError(str(exc))
    from crawler.run import CrawlError
    from monitor.sources import SourcesFileError
    from monitor.watchlists import WatchlistError

    if isinstance(exc, CrawlError | SourcesFileError | WatchlistError):
        return UserError(str(exc))
    return None
