"""`kg serve`: a SPARQL 1.1 Protocol endpoint, with a query page, over an export or a store.

The server is the `oxigraph` program from PyPI (the same engine as `kg query` and the store), so
no JVM or container is needed and the page (YASGUI) is served by the server itself: it works
offline. Read-only unless --writable; bound to 127.0.0.1 unless --host says otherwise; queries
stop after --timeout seconds (Oxigraph's --timeout-s). A file is first loaded into a temporary
store, deleted on exit. The first line printed is the endpoint URL, once the server answers.
"""

from __future__ import annotations

import argparse
import ipaddress
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.commands import run_alone
from kg.store import StoreError, has_default_graph, is_store, load_rdf_file, oxigraph, with_union

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
READY_SECONDS = 30.0


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser(
        "serve",
        help="serve an export or a store as a SPARQL endpoint with a query page",
        description="Serve an exported graph (.ttl, .trig, .jsonld, .nq) or a store folder as a SPARQL 1.1 Protocol "
                    "endpoint (GET and POST at /query; results as JSON, XML, CSV or TSV by Accept header) with a "
                    "query page at / that works offline. Queries see the union of all document graphs. The first "
                    "line printed is the endpoint URL. Stop with Ctrl-C.",
        epilog="Exit codes: 0 stopped; 1 failed (bad input, the server would not start); 2 bad usage.",
    )
    p.add_argument("graph", metavar="GRAPH_OR_STORE", help="an exported graph file or a store folder")
    p.add_argument("--port", type=int, default=7878, help="port to listen on (default: 7878; 0 picks a free one)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to bind (default: 127.0.0.1; anything else exposes the data, without authentication)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="S",
                   help="stop a query after S seconds (default: 30; 0 for no limit)")
    p.add_argument("--writable", action="store_true",
                   help="accept SPARQL updates and Graph Store writes (/update, /store) — without authentication; "
                        "changes to a served file are discarded on exit")
    p.set_defaults(func=run)
    return p


def oxigraph_program() -> str | None:
    """The `oxigraph` server installed beside this Python (a venv's bin/), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    return shutil.which("oxigraph")


def free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def host_in_url(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def wait_until_ready(proc: subprocess.Popen, url: str, seconds: float = READY_SECONDS) -> bool:
    """Poll the endpoint with a trivial query until it answers, the server exits, or time runs out."""
    deadline = time.monotonic() + seconds
    probe = url + "?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(probe, timeout=2) as response:
                if response.status == 200:
                    return True
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.05)
    return False


def _forward(stream, prefix: str = "oxigraph: ") -> None:
    """Copy the server's own messages to standard error (our standard output is for the URL)."""
    for line in iter(stream.readline, b""):
        sys.stderr.write(prefix + line.decode("utf-8", "replace"))
        sys.stderr.flush()
    stream.close()


def stop(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """SIGTERM (not SIGINT: a shell's background job ignores SIGINT, and so does its child), then SIGKILL."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM when kg serve dies, even by SIGKILL, so none is left behind."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class _Stop(Exception):
    """SIGTERM, turned into an exception so the server and the temporary store are cleaned up."""


def run(args: argparse.Namespace) -> int:
    program = oxigraph_program()
    if program is None:
        print("kg serve: the oxigraph server is not installed (pip install oxigraph)", file=sys.stderr)
        return EXIT_FAILED
    if not 0 <= args.port <= 65535 or args.timeout < 0:
        print("kg serve: --port must be 0–65535 and --timeout ≥ 0", file=sys.stderr)
        return EXIT_USAGE
    source = Path(args.graph)
    temp: tempfile.TemporaryDirectory | None = None
    try:
        if source.is_dir():
            if not is_store(source):
                raise StoreError(f"{source}: is a directory but not a store (no Oxigraph data in it)")
            location = source
            union = has_default_graph(oxigraph().Store.read_only(str(source)))
        else:
            temp = tempfile.TemporaryDirectory(prefix="kg-serve-")
            location = Path(temp.name) / "store"
            started = time.perf_counter()
            store = oxigraph().Store(str(location))
            size = len(with_union(load_rdf_file(source, store, bulk=True), bulk=True))
            store.flush()
            del store  # release the folder's lock for the server
            union = True
            print(f"kg serve: loaded {source} into a temporary store ({size} quads with the union graph) in "
                  f"{time.perf_counter() - started:.1f} s", file=sys.stderr)
        return _serve(program, location, args, from_file=temp is not None, union=union)
    except StoreError as exc:
        print(f"kg serve: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if temp is not None:
            temp.cleanup()


def _serve(program: str, location: Path, args: argparse.Namespace, from_file: bool, union: bool) -> int:
    """Run the server until it stops or we are stopped. `union`: the default graph already holds
    the union of the document graphs (kg.store's layout); otherwise ask Oxigraph for its own."""
    port = args.port or free_port(args.host)
    base = f"http://{host_in_url(args.host)}:{port}"
    command = [program, "serve" if args.writable else "serve-read-only", "--location", str(location),
               "--bind", f"{host_in_url(args.host)}:{port}"] + ([] if union else ["--union-default-graph"])
    if args.timeout:
        command += ["--timeout-s", str(max(1, round(args.timeout)))]
    previous = signal.signal(signal.SIGTERM, _raise_stop) if threading.current_thread() is threading.main_thread() else None
    proc = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    forwarder = threading.Thread(target=_forward, args=(proc.stdout,), daemon=True)
    forwarder.start()
    try:
        if not wait_until_ready(proc, base + "/query"):
            stop(proc)
            forwarder.join(2)
            print(f"kg serve: the server did not start on {base} (is the port in use? see its message above)",
                  file=sys.stderr)
            return EXIT_FAILED
        print(f"{base}/query", flush=True)
        mode = "writable: /update and /store accept changes" if args.writable else "read-only"
        notes = [f"kg serve: SPARQL endpoint {base}/query (GET/POST), query page {base}/ — {mode}, "
                 f"query timeout {f'{args.timeout:g} s' if args.timeout else 'none'}; Ctrl-C to stop"]
        if not is_loopback(args.host):
            notes.append(f"kg serve: warning: listening on {args.host}: anyone who can reach it can "
                         f"{'change' if args.writable else 'read'} this data (no authentication)")
        if args.writable and from_file:
            notes.append("kg serve: changes go to a temporary copy of the file and are discarded on exit")
        print("\n".join(notes), file=sys.stderr, flush=True)
        code = proc.wait()
        print(f"kg serve: the server stopped (exit status {code})", file=sys.stderr)
        return EXIT_OK if code == 0 else EXIT_FAILED
    except (KeyboardInterrupt, _Stop):
        stop(proc)
        print("kg serve: stopped", file=sys.stderr)
        return EXIT_OK
    finally:
        stop(proc)
        forwarder.join(2)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _raise_stop(signum, frame):
    raise _Stop()


def main(argv: list[str] | None = None) -> int:
    """`python -m kg.commands.serve …`, the same as `kg serve …`."""
    return run_alone("serve", argv)


if __name__ == "__main__":
    sys.exit(main())
