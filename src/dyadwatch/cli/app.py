"""The ``dyadwatch`` command: a thin Typer layer over ``dyadwatch.api``.

Exit codes: 0 the run completed (even if some documents were rejected); 1 an error (the
database, the model, the knowledge base, or nothing could be read); 2 bad arguments.
Errors print one line on stderr; ``--verbose`` adds the traceback.
"""

from __future__ import annotations

import sys
import traceback
from typing import Annotated, Any

import click
import typer
from rich.console import Console

from dyadwatch.config import Settings, load_settings
from dyadwatch.errors import DyadwatchError, InputError

app = typer.Typer(
    name="dyadwatch",
    help="Turn news reporting into a sourced political event dataset (PLOVER/CAMEO).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

err = Console(stderr=True, highlight=False, soft_wrap=True)
# Piped or logged output has no terminal width; tables still need room to be readable.
out = Console(highlight=False, width=None if Console().is_terminal else 160)


class State:
    """Options that apply to every command."""

    verbose = False
    db: str | None = None
    config: Settings | None = None


state = State()

# Typer may vendor its own copy of click: catch both families of exceptions.
_USAGE_ERRORS: tuple[type[Exception], ...] = tuple({click.ClickException, *(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")})
_EXITS: tuple[type[Exception], ...] = (click.exceptions.Exit, typer.Exit)
_ABORTS: tuple[type[BaseException], ...] = (click.exceptions.Abort, typer.Abort)


@app.callback()
def _global(
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                          help="Show the full traceback of errors.")] = False,
) -> None:
    """dyadwatch: articles in, sourced events out.

    Example: dyadwatch ingest examples/corpus && dyadwatch events --dyad PAK-AFG
    """
    state.verbose = verbose


def settings(**overrides: Any) -> Settings:
    """Settings from file and environment, with the command's options applied."""
    return load_settings(**overrides)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the app and turn errors into one line and an exit code."""
    args = sys.argv[1:] if argv is None else argv
    state.verbose = "--verbose" in args or "-v" in args
    try:
        import dyadwatch.cli.actors  # noqa: F401 - registers the commands
        import dyadwatch.cli.commands  # noqa: F401
        import dyadwatch.cli.evaluate  # noqa: F401
        import dyadwatch.cli.serve  # noqa: F401

        result = app(args=args, prog_name="dyadwatch", standalone_mode=False)
        code = result if isinstance(result, int) else 0
    except _EXITS as exc:
        code = int(getattr(exc, "exit_code", 1))
    except _ABORTS:
        err.print("aborted")
        code = 130
    except _USAGE_ERRORS as exc:
        exc.show()  # type: ignore[attr-defined]
        code = 2
    except InputError as exc:
        _report(exc)
        code = 2 if type(exc) is InputError else 1
    except DyadwatchError as exc:
        _report(exc)
        code = 1
    except KeyboardInterrupt:
        err.print("interrupted")
        code = 130
    except Exception as exc:  # noqa: BLE001 - the one place unexpected errors are reported
        if state.verbose:
            traceback.print_exc()
        err.print(f"error: unexpected {type(exc).__name__}: {exc} (run with --verbose for the "
                  "traceback; please report it)", markup=False)
        code = 1
    sys.exit(code)


def _report(exc: Exception) -> None:
    if state.verbose:
        traceback.print_exc()
    err.print(f"error: {exc}", markup=False)
