"""Documentation keeps up with the code: every command, setting and reason is documented."""

import re
from dataclasses import fields
from pathlib import Path

from dyadwatch.config import Settings
from dyadwatch.model import REJECTION_REASONS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
SETTINGS = (ROOT / "docs" / "settings.md").read_text()


def commands() -> list[str]:
    import dyadwatch.cli.actors  # noqa: F401
    import dyadwatch.cli.commands  # noqa: F401 - registers them
    import dyadwatch.cli.evaluate  # noqa: F401
    import dyadwatch.cli.serve  # noqa: F401
    from dyadwatch.cli import app

    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    for group in app.registered_groups:
        names += [f"{group.name} {c.name or c.callback.__name__}"
                  for c in group.typer_instance.registered_commands]
    return sorted(names)


def test_every_command_is_in_the_readme():
    for name in commands():
        assert f"dyadwatch {name}" in README, name


def test_every_setting_is_documented_with_its_environment_variable():
    for field in fields(Settings):
        assert f"`{field.name}`" in SETTINGS, field.name
        assert f"DYADWATCH_{field.name.upper()}" in SETTINGS, field.name


def test_every_rejection_reason_is_documented():
    for reason in REJECTION_REASONS:
        assert f"| `{reason}` |" in SETTINGS, reason


def test_the_readme_has_exactly_two_setup_commands():
    section = README.split("## Set up and run", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    lines = [ln.split("#")[0].strip() for block in blocks for ln in block.splitlines()]
    assert [ln for ln in lines if ln] == ["make demo", "make test"]


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_every_api_route_is_documented():
    from dyadwatch.server import api_routes

    api_doc = (ROOT / "docs" / "api.md").read_text()
    for route in api_routes.router.routes:
        path = getattr(route, "path", "")
        for method in sorted(getattr(route, "methods", ()) or ()):
            assert f"`{method} {path}`" in api_doc, (method, path)
