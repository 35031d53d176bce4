"""`kg serve`: a real SPARQL 1.1 Protocol endpoint over HTTP — GET and POST, JSON and CSV by
Accept header, the offline query page, updates refused when read-only, a clean stop."""

from __future__ import annotations

import csv
import io
import json
import select
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph
import pytest

from tests.commands.conftest import stop, wait_for

REGULATIONS = """PREFIX gk: <https://w3id.org/govkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?regulation WHERE { ?b skos:prefLabel "孝感市人大常委会"@zh ; gk:enacts ?r . ?r skos:prefLabel ?regulation }"""


def start(source, *extra: str, tmp_path) -> tuple[subprocess.Popen, str]:
    """Start `kg serve` on a free port; return the process and the URL of its first line."""
    err = open(tmp_path / "serve.err", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen([sys.executable, "-m", "kg.commands.serve", str(source), "--port", "0", *extra],
                            stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if ready:
            line = proc.stdout.readline().decode().strip()
            break
        if proc.poll() is not None:
            break
    else:
        line = ""
    if not line.startswith("http://"):
        stop(proc)
        raise AssertionError(f"no URL on the first line: {line!r}; stderr: {(tmp_path / 'serve.err').read_text()[-2000:]}")
    return proc, line


def get(url: str, accept: str, **params) -> bytes:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode(params), headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=20) as response:
        return response.read()


def post(url: str, body: bytes, content_type: str, accept: str = "application/sparql-results+json") -> bytes:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type, "Accept": accept})
    with urllib.request.urlopen(request, timeout=20) as response:
        return response.read()


def test_serve_a_file_read_only(exported, oxigraph_program, tmp_path):
    proc, url = start(exported / "graph.trig", "--timeout", "10", tmp_path=tmp_path)
    try:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/query")
        base = url.removesuffix("/query")
        wait_for(url + "?query=ASK%7B%7D", proc)

        data = json.loads(get(url, "application/sparql-results+json", query=REGULATIONS))
        found = {b["regulation"]["value"] for b in data["results"]["bindings"]}
        assert {"孝感市海绵城市建设管理条例", "孝感市文明行为促进条例"} <= found

        text = post(url, urllib.parse.urlencode({"query": REGULATIONS}).encode(), "application/x-www-form-urlencoded",
                    accept="text/csv").decode("utf-8")
        assert {r["regulation"] for r in csv.DictReader(io.StringIO(text))} == found
        direct = json.loads(post(url, REGULATIONS.encode(), "application/sparql-query"))
        assert {b["regulation"]["value"] for b in direct["results"]["bindings"]} == found
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"  # the union of the document graphs
        n = int(json.loads(get(url, "application/sparql-results+json", query=count))["results"]["bindings"][0]["n"]["value"])
        union = {(q.subject, q.predicate, q.object)
                 for q in pyoxigraph.parse(path=str(exported / "graph.trig"), format=pyoxigraph.RdfFormat.TRIG)}
        assert n == len(union)

        with pytest.raises(urllib.error.HTTPError) as refused:
            post(base + "/update", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update")
        assert refused.value.code in (403, 405)
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(urllib.request.Request(base + "/store?default", data=b"<urn:a> <urn:b> <urn:c> .",
                                                          method="PUT", headers={"Content-Type": "application/n-triples"}),
                                   timeout=20)
        after = int(json.loads(get(url, "application/sparql-results+json", query=count))["results"]["bindings"][0]["n"]["value"])
        assert after == n

        page = get(base + "/", "text/html").decode("utf-8")
        assert "yasgui" in page.lower() and "https://" not in page.split("<body")[0]  # assets come from the server
        assert len(get(base + "/yasgui.min.js", "*/*")) > 10000
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C
        try:
            assert proc.wait(20) == 0
        finally:
            stop(proc)
            proc.stdout.close()
    err = (tmp_path / "serve.err").read_text(encoding="utf-8")
    assert "read-only" in err and "stopped" in err
    with pytest.raises(OSError):
        urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2)


def test_serve_a_store_folder_and_stop_on_sigterm(exported, oxigraph_program, tmp_path, example_graph):
    from kg.store import write_to_store

    folder = tmp_path / "store"
    write_to_store(example_graph, folder)
    proc, url = start(folder, tmp_path=tmp_path)
    try:
        wait_for(url + "?query=ASK%7B%7D", proc)
        rows = get(url, "text/csv", query="SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").decode()
        assert rows.split()[-1] == str(len(example_graph.documents))
    finally:
        proc.terminate()
        try:
            assert proc.wait(20) == 0
        finally:
            stop(proc)
            proc.stdout.close()


def test_serve_refuses_what_it_cannot_serve(tmp_path, oxigraph_program, capsys):
    from kg.commands.serve import main

    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    assert main([str(tmp_path / "missing.trig")]) == 1
    assert main([str(tmp_path / "notes.txt")]) == 1
    err = capsys.readouterr().err
    assert "not a store" in err and "no such file" in err and "unknown RDF syntax" in err
