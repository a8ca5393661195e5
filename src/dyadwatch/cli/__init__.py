"""The command-line interface (Typer + Rich), a thin layer over ``dyadwatch.api``."""

from dyadwatch.cli.app import app, main

__all__ = ["app", "main"]
