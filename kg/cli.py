"""The `kg` command: a thin layer over the API.

Exit codes: 0 all documents built; 1 the build failed (nothing was exported); 2 bad usage;
3 the build finished but some inputs were skipped (listed in the summary).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from contextlib import nullcontext
from pathlib import Path

from kg import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def _build(args: argparse.Namespace) -> int:
    from kg.api import build_documents
    from kg.export.lock import BuildLock, LockedError
    from kg.parallel import default_workers
    from kg.read import InputError, read_inputs

    if args.workers is None:
        args.workers = default_workers()
    if args.store_only and not args.store:
        print("kg: --store-only needs --store DIR", file=sys.stderr)
        return EXIT_USAGE
    if args.executor == "dask" and not args.store:
        print("kg: --executor dask streams into a store: give --store DIR", file=sys.stderr)
        return EXIT_USAGE
    if args.store and (args.store_only or (args.output is None and not args.format)):
        return _stream_to_store(args)  # the Oxigraph store locks its own folder
    out = Path(args.output or "exports")
    try:
        lock = BuildLock(out)
        lock.acquire()
    except LockedError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        started = time.perf_counter()
        skipped: list[str] = []
        documents = []
        for item in read_inputs([Path(p) for p in args.inputs], args.encoding):
            if isinstance(item, InputError):
                print(f"kg: skipped {item}", file=sys.stderr)
                skipped.append(str(item))
                if args.strict:
                    return EXIT_FAILED
                continue
            documents.append(item)
        if not documents:
            print("kg: no documents to build", file=sys.stderr)
            return EXIT_FAILED
        try:
            kg = build_documents(documents, jurisdiction=args.jurisdiction, hierarchy=args.hierarchy,
                                 workers=args.workers, progress=True)
        except ValueError as exc:
            print(f"kg: {exc}", file=sys.stderr)
            return EXIT_USAGE
        kg.export(out, formats=args.format)
        if args.store:
            from kg.store import StoreError, write_to_store

            try:
                write_to_store(kg, args.store)  # one transaction per document: a crash loses no stored graph
            except StoreError as exc:
                print(f"kg: {exc}", file=sys.stderr)
                return EXIT_FAILED
        _summary(kg, skipped, time.perf_counter() - started, out)
        return EXIT_SKIPPED if skipped else EXIT_OK
    finally:
        lock.release()


def _stream_to_store(args: argparse.Namespace) -> int:
    """Stream documents into the store in parallel, incrementally (see kg.corpus): memory stays
    flat on a corpus of any size, and nothing is exported to files in this mode."""
    from kg.corpus import load_corpus
    from kg.parallel import open_executor
    from kg.read import count_documents, read_inputs
    from kg.store import GraphStore, StoreError

    inputs = [Path(p) for p in args.inputs]
    total = count_documents(inputs) if sys.stderr.isatty() else None
    try:
        with GraphStore.open(args.store) as store:
            executor = open_executor(args.executor, args.workers, args.scheduler) \
                if args.executor == "dask" or args.workers > 1 else nullcontext()
            with executor as pool:
                report = load_corpus(read_inputs(inputs, args.encoding), inputs, store, args.jurisdiction,
                                     workers=args.workers, executor=pool, progress=True, total=total, strict=args.strict,
                                     on_skip=lambda problem: print(f"kg: skipped {problem}", file=sys.stderr))
    except StoreError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except ValueError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(report.summary(args.store), file=sys.stderr)
    if args.strict and report.skipped:
        return EXIT_FAILED
    if report.skipped:
        return EXIT_SKIPPED
    return EXIT_OK if report.built or report.unchanged else EXIT_FAILED


def _summary(kg, skipped: list[str], seconds: float, out: Path) -> None:
    types = Counter(e.type for e in kg.entities())
    predicates = kg.relation_counts()
    lines = [
        f"built {len(kg.documents)} document(s) in {seconds:.1f} s → {out}/",
        "entities:  " + ", ".join(f"{t} {types.get(t, 0)}" for t in ("Regulation", "Body", "Project", "Place")),
        "relations: " + (", ".join(f"{p} {n}" for p, n in sorted(predicates.items())) or "none"),
    ]
    from kg.corpus import problem_lines

    print("\n".join(lines + problem_lines(kg.warnings(), skipped)), file=sys.stderr)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg", description="Build knowledge graphs of Chinese government documents.")
    parser.add_argument("--version", action="version", version=f"govkg {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser(
        "build",
        help="build a graph from documents",
        description="Read documents (text in any common Chinese encoding, HTML, .docx, text PDFs, JSON Lines "
                    "corpora, standard input) and export their knowledge graph: graph.ttl, graph.trig, "
                    "graph.jsonld, graph.html.",
        epilog="Exit codes: 0 built; 1 failed; 2 bad usage; 3 built, but some inputs were skipped.",
    )
    b.add_argument("inputs", nargs="+", help="files or folders to read (.txt, .md, .html, .docx, .pdf, .jsonl, "
                                             ".jsonl.gz; - for standard input)")
    b.add_argument("-o", "--output", help="folder for the exports (default: exports; with --store and no -o or "
                                          "--format, no files are written: the corpus streams into the store)")
    b.add_argument("--jurisdiction", help="the division the documents are about, e.g. 孝感市 "
                                          "(default: detected per document from its title, preamble and names)")
    b.add_argument("--encoding", help="decode text files with this encoding instead of detecting it")
    b.add_argument("--format", action="append", choices=["ttl", "trig", "jsonld", "html"],
                   help="export only these formats (repeatable; default: all)")
    b.add_argument("--strict", action="store_true", help="stop at the first input that cannot be read")
    b.add_argument("--workers", type=int, default=None,
                   help="worker processes for extraction (default: all cores; 1 for none)")
    b.add_argument("--store", metavar="DIR",
                   help="load the graph into an on-disk SPARQL store (Oxigraph), one named graph per document "
                        "(query it with kg query / kg serve). Alone, documents stream into the store "
                        "incrementally: unchanged documents are skipped, changed ones replace their graph, "
                        "documents gone from the inputs are removed. With -o or --format, the files are "
                        "exported too and every document is rebuilt")
    b.add_argument("--store-only", action="store_true",
                   help="with --store: stream into the store and write no files, even with -o")
    b.add_argument("--executor", choices=["processes", "dask"], default="processes",
                   help="where extraction runs: local worker processes (default) or a Dask cluster "
                        "(with --store; needs pip install 'govkg[dask]')")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="with --executor dask: the scheduler to use, e.g. tcp://10.0.0.5:8786 "
                        "(default: a local cluster of --workers processes)")
    b.add_argument("--hierarchy", action="store_true",
                   help="also export the administrative hierarchy above every named place up to its province "
                        "(a named graph of its own), so partOf chains are complete for queries")
    b.set_defaults(func=_build)

    from kg.commands import push, query, serve, view

    view.add_parser(sub)
    query.add_parser(sub)
    serve.add_parser(sub)
    push.add_parser(sub)

    r = sub.add_parser("remove", help="remove a document's named graph from a store",
                       description="Remove documents (by id) from an on-disk store written by kg build --store.")
    r.add_argument("documents", nargs="+", metavar="DOC_ID")
    r.add_argument("--store", required=True, help="the store folder")
    r.set_defaults(func=_remove)
    return parser


def _remove(args: argparse.Namespace) -> int:
    from kg.store import GraphStore, StoreError

    try:
        with GraphStore.open(args.store, create=False) as store:
            missing = [d for d in args.documents if not store.remove_document(d)]
    except StoreError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for d in missing:
        print(f"kg: {args.store}: no document {d!r}", file=sys.stderr)
    return EXIT_FAILED if missing else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("kg: interrupted; previous exports are intact", file=sys.stderr)
        return 130
    except BrokenPipeError:  # kg query … | head
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
