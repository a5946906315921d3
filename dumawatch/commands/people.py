"""`dumawatch people`: the person registry — list people, merge, split and rename them."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from search.person_registry import Identity


def _show(ident: Identity, heading: str) -> None:
    from rich.markup import escape

    from dumawatch.commands.io import console

    out = console()
    out.print(f"{heading}: [bold]{escape(ident.name)}[/] [dim]({escape(ident.key)})[/]")
    out.print(f"  ключи: {escape(', '.join(ident.keys))}")
    out.print(f"  варианты имени: {escape(', '.join(ident.names))}")
    out.print(f"  документов: {len(ident.documents)}")


def people_command(args: argparse.Namespace) -> int:
    # imported here: the parser is built for every command, the name matcher is heavy
    from rich.markup import escape

    from dumawatch.commands.index import index_from_args
    from dumawatch.commands.io import console
    from search.person_registry import merge, named, registry, rename, split

    with index_from_args(args, must_exist=True) as index:
        if args.action == "list":
            found = named(index, args.q) if args.q else registry(index).listing()
            if args.json:
                print(json.dumps([i.to_json() for i in found], ensure_ascii=False, indent=2))
                return 0
            out = console()
            if not found:
                out.print("людей не найдено")
            for ident in found:
                out.print(
                    f"{escape(ident.name)} [dim]({escape(ident.key)}; "
                    f"документов: {len(ident.documents)})[/]"
                )
            return 0
        if args.action == "merge":
            ident = merge(index, args.keys)
            heading = "объединено"
        elif args.action == "split":
            ident = split(index, args.key, args.doc)
            heading = "выделено в отдельного человека"
        else:
            ident = rename(index, args.key, args.name)
            heading = "переименовано"
    if getattr(args, "json", False):
        print(json.dumps(ident.to_json(), ensure_ascii=False, indent=2))
    else:
        _show(ident, heading)
    return 0


def add_people_parser(sub: argparse._SubParsersAction, add_index_option) -> None:  # type: ignore[type-arg]
    """``dumawatch people list|merge|split|rename``."""
    p = sub.add_parser("people", help="реестр людей: список, объединение, разделение, имя")
    actions = p.add_subparsers(dest="action", required=True, parser_class=type(p))
    q = actions.add_parser("list", help="люди индекса (один человек — все его варианты имени)")
    q.add_argument("q", nargs="?", help="имя в любой форме или ключ («Морозов Д.О.»)")
    q.add_argument("--json", action="store_true", help="в виде JSON")
    add_index_option(q)
    m = actions.add_parser("merge", help="объединить людей с этими ключами в одного")
    m.add_argument("keys", nargs="+", metavar="KEY", help="ключ человека («морозов дмитрий»)")
    m.add_argument("--json", action="store_true", help="в виде JSON")
    add_index_option(m)
    s = actions.add_parser("split", help="упоминания в этих документах — отдельный человек")
    s.add_argument("key", metavar="KEY", help="ключ человека")
    s.add_argument("--doc", action="append", required=True, metavar="ID", help="id документа")
    s.add_argument("--json", action="store_true", help="в виде JSON")
    add_index_option(s)
    r = actions.add_parser("rename", help="задать полное имя человека")
    r.add_argument("key", metavar="KEY", help="ключ человека")
    r.add_argument("name", help="полное имя («Дмитрий Олегович Морозов»)")
    r.add_argument("--json", action="store_true", help="в виде JSON")
    add_index_option(r)
