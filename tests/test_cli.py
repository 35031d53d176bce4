"""The kg command: build, summary, exit codes, atomic exports, one build per folder."""

import os
import subprocess
import sys

import pytest

from kg.cli import EXIT_FAILED, EXIT_OK, EXIT_SKIPPED, main
from tests.conftest import EXAMPLES


def test_build_writes_every_export_and_a_summary(tmp_path, capsys):
    assert main(["build", str(EXAMPLES / "xiaogan-npcsc-2023.txt"), "-o", str(tmp_path)]) == EXIT_OK
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.html"):
        assert (tmp_path / name).stat().st_size > 0
        assert (tmp_path / name).stat().st_mode & 0o044 == 0o044  # readable by others, like any file
    err = capsys.readouterr().err
    assert "built 1 document(s)" in err and "Regulation" in err and "enacts" in err
    assert not list(tmp_path.glob(".*.tmp")) and not (tmp_path / ".kg-build.lock").exists()


def test_skipped_inputs_are_listed_and_change_the_exit_status(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = main(["build", str(EXAMPLES / "zhangjiakou-npcsc-inspection.txt"), str(empty), str(tmp_path / "missing.txt"),
                 "-o", str(tmp_path / "out"), "--format", "ttl"])
    assert code == EXIT_SKIPPED
    err = capsys.readouterr().err
    assert f"{empty}: file is empty" in err and "missing.txt: no such file" in err and "skipped 2 input(s)" in err
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_strict_stops_at_the_first_bad_input(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["build", str(empty), str(EXAMPLES / "zhangjiakou-npcsc-inspection.txt"), "--strict",
                 "-o", str(tmp_path / "out")]) == EXIT_FAILED
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_jurisdiction_override_and_unknown_jurisdiction(tmp_path, capsys):
    doc = tmp_path / "doc.txt"
    doc.write_text("过去一年的主要工作\n在市委领导下，市人大常委会出台《文明行为促进条例》。", encoding="utf-8")
    assert main(["build", str(doc), "-o", str(tmp_path / "out"), "--jurisdiction", "孝感市", "--format", "ttl"]) == 0
    assert "中共孝感市委" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert main(["build", str(doc), "-o", str(tmp_path / "o2"), "--jurisdiction", "不存在市"]) == 2
    assert "unknown jurisdiction" in capsys.readouterr().err


def test_a_second_build_into_the_same_folder_is_refused_while_one_runs(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / ".kg-build.lock").write_text(str(os.getpid()))  # a live process holds it
    assert main(["build", str(EXAMPLES / "zhangjiakou-npcsc-inspection.txt"), "-o", str(out)]) == EXIT_FAILED
    assert "another build" in capsys.readouterr().err
    (out / ".kg-build.lock").write_text("999999999")  # a dead owner's lock is taken over
    assert main(["build", str(EXAMPLES / "zhangjiakou-npcsc-inspection.txt"), "-o", str(out), "--format", "ttl"]) == 0


def test_a_killed_build_leaves_the_previous_export_intact(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(EXAMPLES / "zhangjiakou-npcsc-inspection.txt"), "-o", str(out), "--format", "ttl"]) == 0
    before = (out / "graph.ttl").read_bytes()
    # Interrupt at the last moment: the new Turtle is fully written to its temporary file.
    code = ("import sys, kg.export as e\n"
            "def boom(*a, **k): raise KeyboardInterrupt\n"
            "e.os.replace = boom\n"
            "from kg.cli import main\n"
            f"sys.exit(main(['build', {str(EXAMPLES)!r}, '-o', {str(out)!r}, '--format', 'ttl']))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 130 and "previous exports are intact" in proc.stderr
    assert (out / "graph.ttl").read_bytes() == before
    assert not list(out.glob(".*.tmp"))


@pytest.mark.parametrize("argv", [["build", "--help"], ["--help"]])
def test_help_explains_the_options(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "--jurisdiction" in out or "build" in out


def test_build_into_a_store_is_incremental_and_summarised(tmp_path, capsys):
    store = str(tmp_path / "store")
    assert main(["build", str(EXAMPLES), "--store", store, "--workers", "1"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "stored 6 document(s)" in err and "0 unchanged" in err and "peak" in err and "characters/s" in err
    assert not (tmp_path / "exports").exists() and not os.path.exists("exports/.kg-build.lock")
    assert main(["build", str(EXAMPLES), "--store", store, "--workers", "1"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "stored 0 document(s)" in err and "(6 unchanged, 0 removed)" in err


def test_a_dask_executor_needs_a_store(tmp_path, capsys):
    from kg.cli import EXIT_USAGE

    assert main(["build", str(EXAMPLES), "--executor", "dask", "-o", str(tmp_path)]) == EXIT_USAGE
    assert "--store" in capsys.readouterr().err
