"""`dumawatch officials`: the office registry of an index."""

from __future__ import annotations

import argparse
import json

from rich.markup import escape

from dumawatch.commands.index import index_from_args
from dumawatch.commands.io import console
from search.officials import index_officials

STATUS = {"current": "сейчас", "former": "бывший", "acting": "и.о.", "elect": "избран"}


def officials_command(args: argparse.Namespace) -> int:
    with index_from_args(args) as index:
        found = index_officials(index, place=args.place, org=args.org, as_of=args.as_of)
    if args.json:
        for office in found:  # the evidence quotes stay in the API; the CLI prints the contract
            for holder in office["holders"]:
                holder.pop("evidence", None)
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return 0
    out = console()
    if not found:
        out.print("должностных лиц не найдено")
    for office in found:
        where = ", ".join(x for x in (office["org"], office["place"]) if x)
        out.print(
            f"\n[bold]{escape(office['title'])}[/]" + (f" — {escape(where)}" if where else "")
        )
        for h in office["holders"]:
            seen = " … ".join(dict.fromkeys(d for d in (h["first_seen"], h["last_seen"]) if d))
            out.print(
                f"  {escape(h['person']['name'])} ({STATUS.get(h['status'], h['status'])})"
                f" [dim]{seen}, документов: {len(h['documents'])}[/]"
            )
    return 0
