"""``python -m dyadwatch`` runs the command-line interface."""

from dyadwatch.cli import main

main()
