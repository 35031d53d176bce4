"""The notebooks in notebooks/: committed without outputs, and each runs top to bottom without an
error in a kernel on this interpreter (the venv's python, whatever other `python3` kernels are
installed), with notebooks/ as the working directory.

Run times are printed (`pytest -s`) and recorded as the `seconds` property (`--junitxml`); each
notebook should take under two minutes on two cores, and the test fails only at twice that.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
NAMES = ("explore", "corpus")
CELL_TIMEOUT = 300  # seconds for any one cell
TARGET = 120  # seconds for a whole notebook
KERNEL = "govkg-venv"


def _load(name: str) -> dict:
    return json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", NAMES)
def test_committed_without_outputs(name):
    nb = _load(name)
    code = [cell for cell in nb["cells"] if cell["cell_type"] == "code"]
    assert code, f"{name}.ipynb has no code cells"
    dirty = [n for n, cell in enumerate(nb["cells"])
             if cell["cell_type"] == "code" and (cell.get("outputs") or cell.get("execution_count") is not None)]
    assert not dirty, f"{name}.ipynb: cells {dirty} have outputs or an execution count (clear them before committing)"
    assert nb["metadata"]["kernelspec"]["name"] == "python3"


@pytest.fixture(scope="session")
def kernel_specs(tmp_path_factory):
    """A kernel spec manager that knows only one kernel: ipykernel on this interpreter."""
    pytest.importorskip("ipykernel")
    kernelspec = pytest.importorskip("jupyter_client.kernelspec")
    folder = tmp_path_factory.mktemp("kernels")
    (folder / KERNEL).mkdir()
    spec = {"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "Python (govkg venv)", "language": "python"}
    (folder / KERNEL / "kernel.json").write_text(json.dumps(spec), encoding="utf-8")
    return kernelspec.KernelSpecManager(kernel_dirs=[str(folder)])


def run_notebook(name: str, kernel_specs) -> tuple[object, float]:
    """Execute a notebook in memory (the file is not rewritten); the executed notebook and its run time."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    from jupyter_client.manager import AsyncKernelManager

    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    km = AsyncKernelManager(kernel_name=KERNEL, kernel_spec_manager=kernel_specs)
    assert km.kernel_spec.argv[0] == sys.executable
    client = nbclient.NotebookClient(nb, km=km, timeout=CELL_TIMEOUT, allow_errors=True,
                                     resources={"metadata": {"path": str(NOTEBOOKS)}})
    start = time.perf_counter()
    client.execute(cleanup_kc=True)  # shut the kernel down afterwards, although the client did not create its manager
    return nb, time.perf_counter() - start


def errors(nb) -> list[str]:
    found = []
    for n, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.output_type == "error":
                trace = "\n".join(output.get("traceback", [])[-3:])
                found.append(f"cell {n}: {output.ename}: {output.evalue}\n{trace}")
    return found


@pytest.mark.parametrize("name,fallback", [("explore", False), ("corpus", False), ("corpus", True)],
                         ids=["explore", "corpus", "corpus-without-bench"])
def test_runs_without_errors(name, fallback, kernel_specs, monkeypatch, tmp_path, record_property):
    if fallback:  # as on a machine without ../shared: the corpus notebook uses the bundled examples
        monkeypatch.setenv("GOVKG_CORPUS", str(tmp_path / "absent.jsonl.gz"))
    nb, seconds = run_notebook(name, kernel_specs)
    record_property("seconds", round(seconds, 1))
    print(f"\n{name}.ipynb{' (fallback)' if fallback else ''}: {seconds:.1f} s")
    problems = errors(nb)
    assert not problems, f"{name}.ipynb: {len(problems)} cell(s) failed:\n" + "\n\n".join(problems)
    assert all(cell.get("execution_count") for cell in nb.cells if cell.cell_type == "code"), "some cells did not run"
    if fallback:
        assert any("bundled example documents" in out.get("text", "") for cell in nb.cells
                   for out in cell.get("outputs", []))
    assert seconds < 2 * TARGET, f"{name}.ipynb took {seconds:.0f} s (target {TARGET} s)"


def test_show_embeds_the_viewer_intact():
    """kg.notebook.show: the whole viewer page, escaped into one sandboxed srcdoc attribute."""
    pytest.importorskip("IPython")
    import html
    import re

    from kg.api import build
    from kg.notebook import SANDBOX, show, viewer_html

    g = build(['市人大常委会出台《孝感市文明行为促进条例》，审议"</iframe><script>alert(1)</script>"。'], jurisdiction="孝感市")
    out = show(g, height=420, select=["孝感市人大常委会"]).data
    match = re.fullmatch(r'<div class="govkg-viewer"><iframe srcdoc="([^"]*)" sandbox="([^"]*)" style="([^"]*)">'
                         r"</iframe></div>", out)
    assert match, out[:300]
    page = html.unescape(match.group(1))
    assert page == viewer_html(g, select=["孝感市人大常委会"])
    assert match.group(2) == SANDBOX and "allow-same-origin" not in SANDBOX
    assert "height:420px" in match.group(3)
    selected = json.loads(re.search(r'id="govkg-data">(.*?)</script>', page).group(1))["select"]
    assert selected == [e.iri for e in g.entities("Body") if e.canonical == "孝感市人大常委会"]
