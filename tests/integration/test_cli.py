"""The command line: help with examples, exit codes, one-line errors, stdout/stderr split."""

import pytest

from tests.integration.conftest import dyadwatch

COMMANDS = ["extract", "ingest", "events", "export", "reprocess", "doctor"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_shows_an_example(command):
    result = dyadwatch(command, "--help")
    assert result.returncode == 0
    assert "Example: dyadwatch " + command in result.stdout


def test_missing_path_is_a_one_line_error_with_exit_2(tmp_path):
    result = dyadwatch("extract", str(tmp_path / "nope"))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr


def test_verbose_shows_the_traceback(tmp_path):
    result = dyadwatch("--verbose", "extract", str(tmp_path / "nope"))
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_bad_option_value_exits_2():
    assert dyadwatch("events", "--dyad", "PAKISTAN").returncode == 2
    assert dyadwatch("extract", "x", "--format", "xml").returncode == 2


@pytest.mark.model
def test_nothing_readable_exits_non_zero_with_rejections_on_stderr(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = dyadwatch("extract", str(tmp_path))
    assert result.returncode == 1
    assert "rejected: empty.txt: empty" in result.stderr and result.stdout == ""


@pytest.mark.model
def test_some_rejected_still_exits_0(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "ok.txt").write_text("Pakistan condemned the TTP attack on Monday.")
    result = dyadwatch("extract", str(tmp_path), "--published", "2024-01-10")
    assert result.returncode == 0, result.stderr
    assert "rejected: empty.txt" in result.stderr


@pytest.mark.model
def test_events_table_and_doctor(demo_db):
    table = dyadwatch("events", "--db", str(demo_db), "--dyad", "PAK-AFG", "--type", "ASSAULT")
    assert table.returncode == 0 and "ASSAULT" in table.stdout
    doctor = dyadwatch("doctor", "--db", str(demo_db))
    assert doctor.returncode == 0, doctor.stdout
    assert doctor.stdout.count("ok") >= 4


def test_impossible_date_argument_is_refused():
    result = dyadwatch("extract", ".", "--published", "2024-02-30")
    assert result.returncode == 2 and "not a valid date" in result.stderr


@pytest.mark.model
def test_extract_csv_has_a_header_and_one_row_per_record(seeds_dir):
    import csv
    import io

    from dyadwatch.output import FLAT_COLUMNS

    result = dyadwatch("extract", str(seeds_dir), "--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and list(rows[0]) == list(FLAT_COLUMNS)
    assert all(r["doc"].endswith(".txt") and r["plover"] for r in rows)


@pytest.mark.model
def test_extract_results_come_in_input_order_across_batches_and_rejections(tmp_path):
    from dyadwatch import api
    from dyadwatch.config import load_settings

    names = []
    for k in range(7):  # batches of 2: rejections fall before, inside and after batches
        name = f"{k}.txt"
        text = "" if k in (0, 3, 6) else f"Pakistan condemned attack number {k} on Monday."
        (tmp_path / name).write_text(text)
        names.append(name)
    results = list(api.extract_paths([tmp_path], published="2024-01-10",
                                     settings=load_settings(batch_size=2)))
    assert [r.doc for r in results] == names
    assert [r.rejection is not None for r in results] == [k in (0, 3, 6) for k in range(7)]
