"""`kg push`: a round trip through a real Oxigraph server over the Graph Store Protocol — one PUT
per document graph, the same triples remotely, re-push replaces, errors on one line, basic auth."""

from __future__ import annotations

import base64
import http.server
import json
import subprocess
import threading
import urllib.parse
import urllib.request

import pytest

from kg.commands.push import main as push
from tests.commands.conftest import free_port, stop, wait_for


@pytest.fixture
def server(oxigraph_program, tmp_path):
    """A writable Oxigraph server on a free loopback port, stopped after the test."""
    port = free_port()
    proc = subprocess.Popen([oxigraph_program, "serve", "--location", str(tmp_path / "remote"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/query?query=ASK%7B%7D", proc)
        yield base
    finally:
        stop(proc)


def remote_select(base: str, sparql: str) -> list[dict]:
    request = urllib.request.Request(base + "/query?" + urllib.parse.urlencode({"query": sparql}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=20) as response:
        return [{k: v["value"] for k, v in b.items()} for b in json.load(response)["results"]["bindings"]]


def remote_graph(base: str, graph: str) -> set[str]:
    import pyoxigraph as ox

    request = urllib.request.Request(base + "/store?" + urllib.parse.urlencode({"graph": graph}),
                                     headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=20) as response:
        return {str(t) for t in ox.parse(response.read(), format=ox.RdfFormat.N_TRIPLES)}


def test_push_round_trip_and_repush_replaces(server, exported, capsys):
    from kg.store import load_rdf_file

    local = load_rdf_file(exported / "graph.trig")
    graphs = sorted(g.value for g in local.named_graphs())
    assert push([str(exported / "graph.trig"), "--endpoint", server + "/store"]) == 0
    assert f"replaced {len(graphs)} named graph(s)" in capsys.readouterr().err

    counts = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    first = {r["g"]: int(r["n"]) for r in remote_select(server, counts)}
    assert sorted(first) == graphs
    import pyoxigraph as ox

    for graph in graphs:
        mine = {str(q.triple) for q in local.quads_for_pattern(None, None, None, ox.NamedNode(graph))}
        assert remote_graph(server, graph) == mine

    assert push([str(exported / "graph.trig"), "--endpoint", server + "/store", "--format", "nt"]) == 0
    assert {r["g"]: int(r["n"]) for r in remote_select(server, counts)} == first  # replaced, not duplicated


def test_push_failures_are_one_line(server, exported, capsys):
    assert push([str(exported / "graph.trig"), "--endpoint", server + "/nowhere"]) == 1
    assert push([str(exported / "graph.trig"), "--endpoint", f"http://127.0.0.1:{free_port()}/store", "--timeout", "5"]) == 1
    assert push([str(exported / "missing.trig"), "--endpoint", server + "/store"]) == 1
    assert push([str(exported / "graph.trig"), "--endpoint", "file:///etc/passwd"]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 4 and "HTTP 404" in lines[0] and "cannot reach" in lines[1] and "no such file" in lines[2]


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Accepts PUTs only with the expected basic credentials."""

    seen: list[tuple[str, str | None]] = []
    expected = "Basic " + base64.b64encode(b"kg:s3cret").decode()

    def do_PUT(self):  # noqa: N802 - http.server's naming
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        auth = self.headers.get("Authorization")
        self.seen.append((self.path, auth))
        self.send_response(204 if auth == self.expected else 401)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_push_sends_basic_auth(exported, capsys):
    from kg.store import load_rdf_file

    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        endpoint = f"http://127.0.0.1:{httpd.server_port}/ds/data"
        assert push([str(exported / "graph.trig"), "--endpoint", endpoint]) == 1
        assert "HTTP 401" in capsys.readouterr().err
        _Recorder.seen.clear()
        assert push([str(exported / "graph.trig"), "--endpoint", endpoint, "--user", "kg", "--password", "s3cret"]) == 0
        documents = sum(1 for _ in load_rdf_file(exported / "graph.trig").named_graphs())
        assert len(_Recorder.seen) == documents and all(auth == _Recorder.expected for _, auth in _Recorder.seen)
        assert all(path.startswith("/ds/data?graph=https%3A%2F%2Fw3id.org%2Fgovkg%2Fgraph%2F") for path, _ in _Recorder.seen)
    finally:
        httpd.shutdown()
        httpd.server_close()
