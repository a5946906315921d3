"""Opening the index a command names, with the options every command shares."""

from __future__ import annotations

import argparse

from search import IndexBackend, open_index


def index_options(args: argparse.Namespace) -> dict:
    """Backend options from the command line (only Elasticsearch has any)."""
    return {"index": args.es_index} if getattr(args, "es_index", None) else {}


def index_from_args(args: argparse.Namespace, must_exist: bool = False) -> IndexBackend:
    """``must_exist`` for commands that only read: a missing index is an error, not created."""
    return open_index(getattr(args, "index", None), must_exist=must_exist, **index_options(args))
