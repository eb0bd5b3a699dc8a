"""The ``losstrack`` command line. Each subcommand lives in ``losstrack/commands/<name>.py`` and
declares itself with ``register(subparsers)``; this module only discovers and dispatches them."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from . import __version__, commands


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="losstrack",
        description="Turn reported war losses into clean, checked, versioned tables (Parquet in data/).",
    )
    p.add_argument("--version", action="version", version=f"losstrack {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for mod in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        importlib.import_module(f"{commands.__name__}.{mod.name}").register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if not getattr(args, "func", None):
        p.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except (FileNotFoundError, ValueError, RuntimeError) as exc:
        print(f"losstrack {args.command}: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
