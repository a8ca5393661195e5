"""Shared fixtures: small knowledge bases, the demo corpus, the seeds, a PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"

SMALL_KB = """
actors:
  - {id: PAK, name: Pakistan, kind: state, country: PAK, sector: GOV, aliases: [Islamic Republic of Pakistan],
     adjectives: [Pakistani], capital: Islamabad, source: test}
  - id: AFG
    name: Afghanistan
    kind: state
    country: AFG
    sector: GOV
    adjectives: [Afghan]
    capital: Kabul
    source: test
    governments:
      - {actor: AFG_REPUBLIC_GOV, start: 2004-01-26, end: 2021-08-14}
      - {actor: AFG_TALIBAN, start: 2021-08-15, end: null}
  - {id: AFG_REPUBLIC_GOV, name: Government of the Islamic Republic of Afghanistan, kind: government,
     country: AFG, sector: GOV, source: test}
  - id: AFG_TALIBAN
    name: Taliban
    kind: armed_group
    country: AFG
    sector: REB
    aliases: [Afghan Taliban, Islamic Emirate, Taliban government]
    source: test
    periods:
      - {start: 1996-09-27, end: 2001-11-13, sector: GOV, kind: government}
      - {start: 2001-11-13, end: 2021-08-15, sector: REB, kind: armed_group}
      - {start: 2021-08-15, end: null, sector: GOV, kind: government}
  - {id: PAK_MOFA, name: Ministry of Foreign Affairs (Pakistan), kind: government_body, country: PAK,
     sector: GOV, parent: PAK, source: test}
  - {id: TTP, name: Tehreek-e-Taliban Pakistan, kind: armed_group, country: PAK, sector: REB,
     aliases: [TTP, Tehrik-i-Taliban Pakistan, Pakistani Taliban], source: test}
  - id: P_ASIF_DURRANI
    name: Asif Durrani
    kind: person
    country: PAK
    sector: GOV
    aliases: [Ambassador Durrani]
    source: test
    roles:
      - {role: Special Representative for Afghanistan, org: PAK_MOFA, country: PAK, sector: GOV,
         start: 2022-05, end: 2024-07, source: test}
  - id: P_MOHAMMAD_SADIQ
    name: Mohammad Sadiq
    kind: person
    country: PAK
    sector: GOV
    aliases: [Muhammad Sadiq Khan, Mohammad Sadiq Khan]
    source: test
    roles:
      - {role: Ambassador to Afghanistan, org: PAK_MOFA, country: PAK, sector: GOV, start: 2008, end: 2014, source: test}
      - {role: Special Representative for Afghanistan, org: PAK_MOFA, country: PAK, sector: GOV,
         start: 2024-08, end: null, source: test}
descriptions:
  - {text: [Foreign Office, foreign ministry, FO], kind: government_body, sector: GOV, suffix: MOFA,
     name: "Ministry of Foreign Affairs ({country})"}
"""


@pytest.fixture(scope="session")
def small_kb_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small, valid knowledge-base file (states, Taliban periods, dated roles)."""
    path = tmp_path_factory.mktemp("kb") / "small.yaml"
    path.write_text(SMALL_KB, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def small_kb(small_kb_file: Path):  # type: ignore[no-untyped-def]
    """The small knowledge base, loaded without the shipped files."""
    from dyadwatch.kb import KnowledgeBase, load

    return KnowledgeBase(load([small_kb_file], include_shipped=False))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five seed articles beside the repository; tests skip when they are absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} not found (the shared folder lies beside the repository)")
    return SEEDS


def _pg_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(os.path.realpath(found)).parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    return candidates[-1].parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A throwaway PostgreSQL server on 127.0.0.1 (initdb + pg_ctl), as a non-root user.

    Skipped with a notice when the server binaries are missing, unless
    DYADWATCH_REQUIRE_POSTGRES=1 (set by .ci/run), which makes their absence a failure.
    """
    bindir = _pg_bin()
    if bindir is None:
        if os.environ.get("DYADWATCH_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL server binaries not found but DYADWATCH_REQUIRE_POSTGRES=1")
        pytest.skip("PostgreSQL not installed: apt-get install postgresql to run these tests")
    base = tmp_path_factory.mktemp("pg")
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: run the server as another user
        user = "postgres" if subprocess.run(["id", "postgres"],
                                            capture_output=True).returncode == 0 else "nobody"
        base = Path(tempfile.mkdtemp(prefix="dyadwatch-pg-"))  # pytest's tmp is root-only
        base.chmod(0o777)
        prefix = ["runuser", "-u", user, "--"]
    data = base / "data"
    port = _free_port()
    subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U",
                    "dyadwatch", "--no-sync"], check=True, capture_output=True)
    log = base / "server.log"
    if prefix:
        subprocess.run(["touch", str(log)], check=True)
        log.chmod(0o666)
    subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                    "-o", f"-h 127.0.0.1 -p {port} -k {base} -F", "start"], check=True,
                   capture_output=True)
    try:
        url = f"postgresql+psycopg://dyadwatch@127.0.0.1:{port}/postgres"
        deadline = time.time() + 20
        import psycopg

        while True:
            try:
                psycopg.connect(f"host=127.0.0.1 port={port} user=dyadwatch dbname=postgres").close()
                break
            except psycopg.OperationalError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        yield url
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], capture_output=True)
        if prefix:
            shutil.rmtree(base, ignore_errors=True)
