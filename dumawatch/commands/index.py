"""Opening the index a command names, with the options every command shares."""

from __future__ import annotations

import argparse

from search import IndexBackend, open_index


def index_from_args(args: argparse.Namespace) -> IndexBackend:
    options = {}
    if getattr(args, "es_index", None):
        options["index"] = args.es_index
    return open_index(getattr(args, "index", None), **options)
