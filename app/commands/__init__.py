"""Subcommands of the ``clapwise`` command line, one module each.

Each module has ``register(subparsers)``, which adds its parser and sets ``handler`` to a
function taking the parsed arguments and returning an exit code.
"""
