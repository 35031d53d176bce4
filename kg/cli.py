"""The `kg` command: a thin layer over the API.

Exit codes: 0 all documents built; 1 the build failed (nothing was exported); 2 bad usage;
3 the build finished but some inputs were skipped (listed in the summary).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from kg import __version__

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


def _build(args: argparse.Namespace) -> int:
    from kg.api import build_documents
    from kg.export.lock import BuildLock, LockedError
    from kg.parallel import default_workers
    from kg.read import InputError, read_inputs

    out = Path(args.output)
    if args.workers is None:
        args.workers = default_workers()
    try:
        lock = BuildLock(out)
        lock.acquire()
    except LockedError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        if args.store_only:
            return _stream_to_store(args)
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
    """Extract and write a chunk of documents at a time into the store: memory stays flat on a
    corpus of any size (nothing is exported to files in this mode)."""
    from itertools import islice

    from kg.export.quads import document_quads
    from kg.parallel import process_all
    from kg.read import InputError, read_inputs
    from kg.store import GraphStore, StoreError

    if not args.store:
        print("kg: --store-only needs --store DIR", file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    skipped: list[str] = []

    def documents():
        for item in read_inputs([Path(p) for p in args.inputs], args.encoding):
            if isinstance(item, InputError):
                print(f"kg: skipped {item}", file=sys.stderr)
                skipped.append(str(item))
                if args.strict:
                    return
                continue
            yield item

    entities: dict[str, set[str]] = {}
    relations: Counter = Counter()
    count = 0
    try:
        with GraphStore.open(args.store) as store:
            graphs = process_all(documents(), args.jurisdiction, args.workers, progress=True)
            while chunk := list(islice(graphs, 64)):
                store.replace_graphs(document_quads(chunk))
                count += len(chunk)
                for dg in chunk:
                    for e in dg.entities:
                        entities.setdefault(e.type, set()).add(e.iri)
                    relations.update(r.predicate for r in dg.relations)
    except StoreError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except ValueError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.strict and skipped:
        return EXIT_FAILED
    print(f"stored {count} document(s) in {time.perf_counter() - started:.1f} s → {args.store}/\n"
          "entities:  " + ", ".join(f"{t} {len(entities.get(t, ()))}" for t in ("Regulation", "Body", "Project", "Place"))
          + "\nrelations: " + ", ".join(f"{p} {n}" for p, n in sorted(relations.items())), file=sys.stderr)
    return EXIT_SKIPPED if skipped else (EXIT_OK if count else EXIT_FAILED)


def _summary(kg, skipped: list[str], seconds: float, out: Path) -> None:
    types = Counter(e.type for e in kg.entities())
    predicates = kg.relation_counts()
    lines = [
        f"built {len(kg.documents)} document(s) in {seconds:.1f} s → {out}/",
        "entities:  " + ", ".join(f"{t} {types.get(t, 0)}" for t in ("Regulation", "Body", "Project", "Place")),
        "relations: " + (", ".join(f"{p} {n}" for p, n in sorted(predicates.items())) or "none"),
    ]
    warnings = kg.warnings()
    if warnings:
        lines.append(f"warnings ({len(warnings)}):")
        lines += [f"  {w}" for w in warnings[:20]]
        if len(warnings) > 20:
            lines.append(f"  … and {len(warnings) - 20} more")
    if skipped:
        lines.append(f"skipped {len(skipped)} input(s):")
        lines += [f"  {s}" for s in skipped]
    print("\n".join(lines), file=sys.stderr)


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
    b.add_argument("-o", "--output", default="exports", help="folder for the exports (default: exports)")
    b.add_argument("--jurisdiction", help="the division the documents are about, e.g. 孝感市 "
                                          "(default: detected per document from its title, preamble and names)")
    b.add_argument("--encoding", help="decode text files with this encoding instead of detecting it")
    b.add_argument("--format", action="append", choices=["ttl", "trig", "jsonld", "html"],
                   help="export only these formats (repeatable; default: all)")
    b.add_argument("--strict", action="store_true", help="stop at the first input that cannot be read")
    b.add_argument("--workers", type=int, default=None,
                   help="worker processes for extraction (default: all cores; 1 for none)")
    b.add_argument("--store", metavar="DIR",
                   help="also load the graph into an on-disk SPARQL store (Oxigraph), one named graph per "
                        "document; a rebuilt document replaces its graph (query it with kg query / kg serve)")
    b.add_argument("--store-only", action="store_true",
                   help="with --store: stream documents into the store a chunk at a time and write no files "
                        "(memory stays flat on large corpora)")
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
