"""Subcommands of the ``losstrack`` CLI, one module each (each exposes ``register(subparsers)``)."""
