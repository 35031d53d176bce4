"""graph.html: a self-contained, offline viewer of an exported graph, built on vis-network.

The page is rendered from RDF in the exported layout (not from pipeline objects), so `kg view`
can show any Turtle/TriG/JSON-LD export or a subgraph of one. Three rules keep it usable and safe:

- Offline: the vis-network bundle shipped inside pyvis is inlined (pyvis's own template pulls
  scripts from CDNs and copies a lib/ folder into the cwd); a Content-Security-Policy allows only
  the page's own two scripts (by hash) and no network at all.
- Still: positions are computed here with a seeded networkx layout and physics stays off, so a
  large graph opens at once and does not move.
- Inert text: every name and sentence comes from documents the user did not write. It travels as
  JSON inside a non-executed <script type="application/json"> with `<`, `>`, `&`, U+2028/2029
  escaped, and reaches the page only through textContent / createTextNode (no vis `title`
  popups, no innerHTML).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import unquote

import networkx as nx
import numpy as np
from rdflib import RDF, SKOS, ConjunctiveGraph, Graph, Literal, URIRef
from scipy.spatial import cKDTree

from kg.export import write_atomic
from kg.graph import union_graph
from kg.vocab import DCT, ENTITY_TYPES, GK, NIF, PROV, RELATION_PREDICATES

# colour, vis shape, Chinese label, legend glyph (labels as in ontology/govkg.ttl)
TYPE_STYLE = {
    "Regulation": ("#d9534f", "square", "法规", "■"),
    "Body": ("#337ab7", "dot", "机构", "●"),
    "Project": ("#e69500", "diamond", "项目", "◆"),
    "Place": ("#3c9a3c", "triangle", "地点", "▲"),
}
RELATION_LABELS = {
    "enacts": "制定", "approves": "批准", "amends": "修改", "repeals": "废止", "inspects": "检查",
    "oversees": "监督", "cooperatesWith": "协作", "jurisdiction": "管辖地域", "partOf": "隶属于",
    "locatedIn": "位于", "subOrganizationOf": "下属于",
}
MAX_MENTIONS = 20  # sentences kept per entity; the count shown is the full one
MAX_STATEMENTS = 5  # provenance sentences kept per relation
SPACING = 110.0  # rough distance in px between neighbouring nodes
NODE_SIZE = (6, 32)  # vis-network radius of the least and most mentioned node
# Layout cost, measured (benchmarks/viewer_load.py): networkx's spring_layout is vectorised
# below 500 nodes (0.8 s for 100 iterations at 499); above, it loops in Python, at about
# 4e-5 n + 6e-8 n^2 seconds per iteration, so 50 iterations take 12 s at 2,000 nodes. Big components are
# therefore stripped of leaves until the core is under DENSE_LIMIT (2,454 -> 492 nodes for the
# largest component of 200 reports), and the leaves are placed around their parents: 0.4 s for
# a 4,000-node tree. A core that stays big (dense graphs) starts from a spectral layout and gets
# only the spring iterations LAYOUT_BUDGET seconds allow, none when fewer than MIN_ITERATIONS fit;
# above SPECTRAL_LIMIT the spectral layout itself is too slow (80 s at 8,000) and a random one is used.
DENSE_LIMIT = 500
LAYOUT_BUDGET = 2.5
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))
MIN_ITERATIONS = 3
SPECTRAL_LIMIT = 5000


def _vis_js() -> str:
    lib = resources.files("pyvis").joinpath("lib", "vis-9.1.2")
    return lib.joinpath("vis-network.min.js").read_text(encoding="utf-8")


def _safe_json(data) -> str:
    """JSON that cannot close the <script> element it sits in, nor break a JS string."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# ---------------------------------------------------------------- reading the RDF


def _as_graph(graph: Graph) -> Graph:
    """A Dataset (TriG, JSON-LD with named graphs) is shown as the union of its graphs."""
    return union_graph(graph) if isinstance(graph, ConjunctiveGraph) else graph


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or iri


def _pref_label(graph: Graph, node: URIRef) -> str:
    labels = list(graph.objects(node, SKOS.prefLabel))
    zh = [str(x) for x in labels if isinstance(x, Literal) and (x.language or "").startswith("zh")]
    return sorted(zh or [str(x) for x in labels] or [_local_name(str(node))])[0]


def _int(value) -> int | None:
    try:
        return int(value.toPython()) if isinstance(value, Literal) else None
    except (TypeError, ValueError):
        return None


def read_entities(graph: Graph) -> dict[URIRef, dict]:
    """Entities of the four types with their names and identifiers."""
    entities: dict[URIRef, dict] = {}
    for etype in ENTITY_TYPES:
        for node in graph.subjects(RDF.type, GK[etype]):
            if isinstance(node, URIRef) and node not in entities:
                entities[node] = {"type": etype}
    for node, entity in entities.items():
        label = _pref_label(graph, node)
        aliases = {str(x) for x in graph.objects(node, SKOS.altLabel)} - {label}
        ids = {"iri": str(node)}
        for key, prop in (("code", GK.divisionCode), ("level", GK.divisionLevel), ("kind", GK.featureKind),
                          ("legal", GK.legalLevel)):
            value = graph.value(node, prop)
            if value is not None:
                ids[key] = str(value)
        same = sorted(str(x) for x in graph.objects(node, SKOS.exactMatch) if isinstance(x, URIRef))
        if same:
            ids["same"] = same
        entity.update(label=label, aliases=sorted(aliases), ids=ids)
    return entities


def read_relations(graph: Graph, entities: dict) -> list[tuple[URIRef, str, URIRef]]:
    """Direct relation triples between entities, sorted so the output is reproducible."""
    triples = set()
    for predicate in RELATION_PREDICATES:
        for s, o in graph.subject_objects(GK[predicate]):
            if s in entities and o in entities:
                triples.add((s, predicate, o))
    return sorted(triples)


class _Texts:
    """Documents and sentences referred to by the page, each stored once and used by index."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.docs: list[list[str]] = []
        self.sentences: list[list] = []
        self._doc_index: dict[URIRef, int] = {}
        self._sentence_index: dict[URIRef, int] = {}
        self.anchor = dict(graph.subject_objects(NIF.anchorOf))
        self.begin = {s: _int(o) for s, o in graph.subject_objects(NIF.beginIndex)}
        self.end = {s: _int(o) for s, o in graph.subject_objects(NIF.endIndex)}
        self.context = dict(graph.subject_objects(NIF.referenceContext))

    def doc(self, node) -> int:
        if node not in self._doc_index:
            title = self.graph.value(node, DCT.title) if node is not None else None
            self._doc_index[node] = len(self.docs)
            name = unquote(_local_name(str(node or "?")))
            self.docs.append([str(node or ""), str(title or name), name])
        return self._doc_index[node]

    def sentence(self, node) -> int | None:
        """Index of a sentence, or None when the graph lacks its text."""
        if node is None or node not in self.anchor:
            return None
        if node not in self._sentence_index:
            self._sentence_index[node] = len(self.sentences)
            self.sentences.append([self.doc(self.context.get(node)), str(self.anchor[node])])
        return self._sentence_index[node]


def read_mentions(graph: Graph, entities: dict, texts: _Texts) -> tuple[dict, dict]:
    """Per entity: mention count, and up to MAX_MENTIONS [sentence, begin, end] rows with the
    offsets made relative to the sentence (what the page highlights)."""
    sentence_of = dict(graph.subject_objects(NIF.sentence))
    found: dict[URIRef, list] = defaultdict(list)
    for mention, entity in graph.subject_objects(GK.denotes):
        if entity in entities:
            doc = texts.context.get(mention)
            found[entity].append((str(doc or ""), texts.begin.get(mention) or 0, mention))
    counts, rows = {}, {}
    for entity, items in found.items():
        items.sort(key=lambda t: (t[0], t[1], str(t[2])))
        counts[entity] = len(items)
        rows[entity] = [r for r in (_mention_row(texts, m, sentence_of.get(m)) for _, _, m in items[:MAX_MENTIONS]) if r]
    return counts, rows


def _mention_row(texts: _Texts, mention, sentence) -> list | None:
    index = texts.sentence(sentence)
    if index is None:
        return None
    text = texts.sentences[index][1]
    anchor = str(texts.anchor.get(mention, ""))
    b, e, sb = texts.begin.get(mention), texts.end.get(mention), texts.begin.get(sentence)
    if anchor and None not in (b, e, sb) and 0 <= b - sb and text[b - sb:e - sb] == anchor:
        return [index, b - sb, e - sb]
    at = text.find(anchor) if anchor else -1
    return [index, at, at + len(anchor)] if at >= 0 else [index, -1, -1]


def read_statements(graph: Graph, texts: _Texts) -> dict[tuple, list]:
    """Provenance of relations: [sentence, cue, method] rows keyed by (subject, predicate, object)."""
    found: dict[tuple, list] = defaultdict(list)
    for st in graph.subjects(RDF.type, GK.RelationStatement):
        predicate = graph.value(st, RDF.predicate)
        if not isinstance(predicate, URIRef) or not str(predicate).startswith(str(GK)):
            continue
        key = (graph.value(st, RDF.subject), str(predicate)[len(str(GK)):], graph.value(st, RDF.object))
        sentence = graph.value(st, PROV.wasDerivedFrom)
        found[key].append((texts.begin.get(sentence) or 0, str(sentence), sentence, st))
    out = {}
    for key, items in found.items():
        rows = []
        for _, _, sentence, st in sorted(items, key=lambda t: t[:2])[:MAX_STATEMENTS]:
            index = texts.sentence(sentence)
            if index is not None:
                rows.append([index, str(graph.value(st, GK.cue) or ""), str(graph.value(st, GK.method) or "")])
        out[key] = rows
    return out


# ---------------------------------------------------------------- layout


def layout(nodes: list[str], edges: Iterable[tuple[str, str]], seed: int = 7,
           sizes: dict[str, float] | None = None) -> dict[str, tuple[float, float]]:
    """Fixed positions in px: each connected component laid out on its own (seeded), then the
    components packed in rows, largest first, so isolated entities do not crowd a ring
    around the main component. `nodes` order decides every other order, so the result does not
    depend on hashing. `sizes` are node radii in px, kept clear of each other."""
    G = nx.Graph()
    G.add_nodes_from(nodes)
    G.add_edges_from((a, b) for a, b in edges if a != b)
    order = {n: i for i, n in enumerate(nodes)}
    components = sorted((sorted(c, key=order.get) for c in nx.connected_components(G)), key=lambda c: (-len(c), order[c[0]]))
    return _pack([_component_layout(_ordered_subgraph(G, c), seed, sizes or {}) for c in components])


def _ordered_subgraph(G: nx.Graph, nodes: list[str]) -> nx.Graph:
    """A copy holding `nodes` in the given order: `G.subgraph` iterates a set, whose order
    changes with string hashing from run to run, and the layouts depend on node order."""
    order = {n: i for i, n in enumerate(nodes)}
    H = nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from(sorted((tuple(sorted(e, key=order.get)) for e in G.subgraph(nodes).edges()),
                            key=lambda e: (order[e[0]], order[e[1]])))
    return H


def _component_layout(H: nx.Graph, seed: int, sizes: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Positions of one component in px. A big component is first stripped of its leaves (most of
    it: projects hanging off places, regulations off bodies) until the core is small enough for
    the fast dense spring layout; the leaves then go back around their parents as sunflowers."""
    nodes = list(H)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-SPACING / 2, 0.0), nodes[1]: (SPACING / 2, 0.0)}
    core, rounds = _strip_leaves(H)
    core_graph = _ordered_subgraph(H, core)
    pos = _core_layout(core_graph, seed)
    if rounds:
        weight = dict.fromkeys(H, 1)
        for leaves in rounds:
            for leaf, parent in leaves.items():
                weight[parent] += weight[leaf]
        pos = _separate(core_graph, pos, {v: _disc(weight[v] - 1) for v in core})
    for leaves in reversed(rounds):
        children: dict[str, list[str]] = defaultdict(list)
        for leaf, parent in leaves.items():
            children[parent].append(leaf)
        for parent, group in children.items():
            px, py = pos[parent]
            for i, leaf in enumerate(group):
                r, a = _disc(i + 1), i * GOLDEN_ANGLE
                pos[leaf] = (px + r * math.cos(a), py + r * math.sin(a))
    radii = np.array([sizes.get(v, 0.0) for v in nodes], dtype=float)
    xy = _spread(np.array([pos[v] for v in nodes], dtype=float), radii, SPACING * 0.45, seed)
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, xy)}


def _disc(count: int) -> float:
    """Radius of a sunflower of `count` leaves around a node (0 for none)."""
    return SPACING * (0.6 + 0.5 * math.sqrt(count)) if count else SPACING * 0.3


def _strip_leaves(H: nx.Graph) -> tuple[list[str], list[dict[str, str]]]:
    """Remove degree-1 nodes, round after round, while the rest is too big for the dense
    layout; returns the core and, per round, each removed leaf with its parent."""
    alive = list(H)
    rounds: list[dict[str, str]] = []
    while len(alive) >= DENSE_LIMIT:
        kept = set(alive)
        leaves = {v: [w for w in H[v] if w in kept] for v in alive}
        leaves = {v: ws[0] for v, ws in leaves.items() if len(ws) == 1}
        if not leaves or len(alive) - len(leaves) < 3:
            break
        rounds.append(leaves)
        alive = [v for v in alive if v not in leaves]
    return alive, rounds


def _core_layout(H: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout (budgeted above DENSE_LIMIT nodes), scaled so the median edge is SPACING."""
    n = len(H)
    if n < DENSE_LIMIT:
        pos = nx.spring_layout(H, seed=seed, iterations=100, method="force")
    elif n > SPECTRAL_LIMIT:
        pos = nx.random_layout(H, seed=seed)
    else:
        pos = nx.spectral_layout(H)
        iterations = min(50, int(LAYOUT_BUDGET / (4e-5 * n + 6e-8 * n * n)))
        if iterations >= MIN_ITERATIONS:
            pos = nx.spring_layout(H, pos=pos, seed=seed, iterations=iterations, method="force")
    nodes = list(H)
    xy = np.array([pos[v] for v in nodes], dtype=float)
    index = {v: i for i, v in enumerate(nodes)}
    ends = np.array([(index[a], index[b]) for a, b in H.edges()])
    median = float(np.median(np.linalg.norm(xy[ends[:, 0]] - xy[ends[:, 1]], axis=1)))
    xy *= SPACING / max(median, 1e-9)
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, xy)}


def _separate(H: nx.Graph, pos: dict[str, tuple[float, float]], radius: dict[str, float], rounds: int = 80) -> dict:
    """Make room for the leaves: push core nodes apart until the discs their leaves will fill do
    not overlap, while each node is pulled toward its neighbours so hubs are not flung outward."""
    nodes = list(pos)
    xy = np.array([pos[v] for v in nodes], dtype=float)
    r = np.array([radius[v] for v in nodes])
    adjacency = nx.to_scipy_sparse_array(H, nodelist=nodes, format="csr")
    degree = np.maximum(np.asarray(adjacency.sum(axis=1)).ravel(), 1)[:, None]
    tree_radius = 2 * float(r.max())
    for _ in range(rounds):
        xy += 0.15 * (adjacency @ xy / degree - xy)
        pairs = cKDTree(xy).query_pairs(tree_radius, output_type="ndarray")
        if not len(pairs):
            continue
        delta = xy[pairs[:, 0]] - xy[pairs[:, 1]]
        gap = np.maximum(np.linalg.norm(delta, axis=1), 1e-6)
        need = r[pairs[:, 0]] + r[pairs[:, 1]] - gap
        close = need > 0
        push = (need[close] / gap[close] * 0.3)[:, None] * delta[close]
        move = np.zeros_like(xy)
        np.add.at(move, pairs[close, 0], push)
        np.add.at(move, pairs[close, 1], -push)
        xy += move
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, xy)}


def _spread(xy: np.ndarray, radii: np.ndarray, distance: float, seed: int, rounds: int = 50,
            aspect: float = 2.0) -> np.ndarray:
    """Push apart nodes whose gap is under `distance` plus their radii (horizontal gaps count
    1/aspect, since labels are wide), so hubs' neighbours do not pile up into one blot."""
    rng = np.random.default_rng(seed)
    xy = xy / [aspect, 1.0] + rng.normal(scale=1e-3 * distance, size=xy.shape)
    reach = distance + 2 * float(radii.max(initial=0.0))
    for _ in range(rounds):
        pairs = cKDTree(xy).query_pairs(reach, output_type="ndarray")
        if not len(pairs):
            break
        delta = xy[pairs[:, 0]] - xy[pairs[:, 1]]
        gap = np.maximum(np.linalg.norm(delta, axis=1), 1e-6)
        need = distance + radii[pairs[:, 0]] + radii[pairs[:, 1]] - gap
        close = need > 0
        if not close.any():
            break
        push = (need[close] / gap[close] * 0.25)[:, None] * delta[close]
        move = np.zeros_like(xy)
        np.add.at(move, pairs[close, 0], push)
        np.add.at(move, pairs[close, 1], -push)
        xy += move
    return xy * [aspect, 1.0]


def _pack(parts: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Shelf packing: place each component's bounding box left to right in rows."""
    boxes = []
    for pos in parts:
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs) + SPACING, max(ys) - min(ys) + SPACING))
    width = max([max((b[2] for b in boxes), default=0.0), math.sqrt(sum(b[2] * b[3] for b in boxes)) * 1.3])
    out: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for pos, (x0, y0, w, h) in zip(parts, boxes):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row, 0.0
        for v, (px, py) in pos.items():
            out[v] = (round(px - x0 + x, 1), round(py - y0 + y, 1))
        x, row = x + w, max(row, h)
    return out


# ---------------------------------------------------------------- payload and page


def _renumber(texts: _Texts, nodes: list[dict], edges: list[dict]) -> None:
    """Number documents and sentences in a fixed order (document IRI, then offset) instead of the
    order the graph happened to yield them, so the same graph always gives the same page."""
    doc_order = sorted(range(len(texts.docs)), key=lambda i: texts.docs[i][0])
    doc_map = {old: new for new, old in enumerate(doc_order)}
    texts.docs = [texts.docs[i] for i in doc_order]

    def sentence_key(item: tuple[URIRef, int]) -> tuple:
        node, index = item
        begin = re.search(r"#char=(\d+),", str(node))
        return (doc_map[texts.sentences[index][0]], int(begin.group(1)) if begin else 0, str(node))

    order = [index for _, index in sorted(texts._sentence_index.items(), key=sentence_key)]
    sentence_map = {old: new for new, old in enumerate(order)}
    texts.sentences = [[doc_map[texts.sentences[i][0]], texts.sentences[i][1]] for i in order]
    for node in nodes:
        node["mentions"] = sorted([sentence_map[m[0]], *m[1:]] for m in node["mentions"])
    for edge in edges:
        edge["prov"] = sorted(([sentence_map[p[0]], *p[1:]] for p in edge["prov"]), key=lambda p: (p[0], str(p[1:])))


def graph_payload(graph: Graph, select: Iterable[str] = (), title: str | None = None) -> dict:
    """Everything the page shows, as plain JSON-able data."""
    graph = _as_graph(graph)
    entities = read_entities(graph)
    relations = read_relations(graph, entities)
    texts = _Texts(graph)
    counts, rows = read_mentions(graph, entities, texts)
    statements = read_statements(graph, texts)
    order = sorted(entities, key=lambda n: (ENTITY_TYPES.index(entities[n]["type"]), entities[n]["label"], str(n)))
    degree: dict[URIRef, int] = defaultdict(int)
    for s, _, o in relations:
        degree[s] += 1
        degree[o] += 1
    value = {str(n): 1 + (counts.get(n, 0) if counts else degree[n]) for n in order}
    positions = layout([str(n) for n in order], ((str(s), str(o)) for s, _, o in relations), sizes=_radii(value))
    nodes = []
    for node in order:
        e = entities[node]
        x, y = positions[str(node)]
        nodes.append({"id": str(node), "label": e["label"], "type": e["type"], "aliases": e["aliases"], "ids": e["ids"],
                      "m": counts.get(node, 0), "deg": degree[node], "x": x, "y": y, "mentions": rows.get(node, [])})
    edges = [{"from": str(s), "to": str(o), "rel": p, "prov": statements.get((s, p, o), [])} for s, p, o in relations]
    docs = {str(d) for d in graph.subjects(RDF.type, GK.Document)}
    _renumber(texts, nodes, edges)
    return {
        "title": title or _default_title(graph, len(docs)),
        "types": {t: list(TYPE_STYLE[t]) for t in ENTITY_TYPES},
        "relations": {p: RELATION_LABELS[p] for p in RELATION_PREDICATES},
        "nodes": nodes, "edges": edges, "docs": texts.docs, "size": list(NODE_SIZE), "sentences": texts.sentences,
        "select": [s for s in (str(x) for x in select) if any(n["id"] == s for n in nodes)],
    }


def _radii(values: dict[str, int]) -> dict[str, float]:
    """The radius vis-network draws for each value (its linear scaling between the extremes)."""
    low, high = min(values.values(), default=0), max(values.values(), default=0)
    smallest, largest = NODE_SIZE
    return {n: smallest + (largest - smallest) * ((v - low) / (high - low) if high > low else 0.5) for n, v in values.items()}


def _default_title(graph: Graph, documents: int) -> str:
    if documents == 1:
        doc = next(graph.subjects(RDF.type, GK.Document))
        return f"govkg · {graph.value(doc, DCT.title) or _local_name(str(doc))}"
    return f"govkg · {documents} 份文件" if documents else "govkg"


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


@lru_cache(maxsize=1)
def _vis_script() -> tuple[str, str]:
    js = re.sub(r"</(script)", r"<\\/\1", _vis_js(), flags=re.IGNORECASE)
    return js, _csp_hash(js)


def render_graph_html(graph: Graph, select: Iterable[str] = (), title: str | None = None) -> str:
    """The whole viewer as one HTML string; `select` lists entity IRIs to select on opening."""
    return page_html(graph_payload(graph, select=select, title=title))


def page_html(payload: dict) -> str:
    """The page around a payload from `graph_payload`."""
    vis_js, vis_hash = _vis_script()
    csp = (f"default-src 'none'; script-src {vis_hash} {_csp_hash(_APP)}; style-src 'unsafe-inline'; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    return "".join([
        '<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>{html.escape(payload['title'])}</title>\n<style>{_CSS}</style></head>\n<body>{_BODY}",
        f'<script type="application/json" id="govkg-data">{_safe_json(payload)}</script>\n',
        f"<script>{vis_js}</script>\n<script>{_APP}</script>\n</body></html>\n",
    ])


def write_graph_html(graph: Graph, path: Path | str, select: Iterable[str] = (), title: str | None = None) -> None:
    page = render_graph_html(graph, select=select, title=title)
    write_atomic(Path(path), lambda h: h.write(page))


def render_html(kg) -> str:
    """The viewer of a built `KnowledgeGraph`, rendered from its RDF like any export."""
    return render_graph_html(kg.to_rdflib())


def write_html(kg, path: Path) -> None:
    write_graph_html(kg.to_rdflib(), path)


_CSS = """
html,body{margin:0;height:100%}
body{display:flex;font:14px/1.5 "Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif;color:#222}
#graph{flex:1;min-width:0;height:100vh;background:#fcfcfc}
#side{width:380px;height:100vh;overflow:auto;padding:10px 12px;box-sizing:border-box;border-left:1px solid #ddd;background:#fff}
#side h1{font-size:16px;margin:0 0 6px}
#search{width:100%;box-sizing:border-box;padding:5px 6px;font-size:14px}
#hits{margin:4px 0;max-height:180px;overflow:auto}
#hits button,.link{display:block;width:100%;text-align:left;border:0;background:none;padding:1px 2px;cursor:pointer;
  font:inherit;color:#1a5fa8}
#hits button:hover,.link:hover{background:#eef4fb}
#hits .hidden{color:#999}
fieldset{border:1px solid #e3e3e3;margin:6px 0;padding:4px 8px}
fieldset label{display:inline-block;margin-right:10px;white-space:nowrap}
.glyph{font-size:15px;margin-right:2px}
.muted{color:#777;font-size:12px}
#status{color:#555;font-size:12px;margin:4px 0}
#details h2{font-size:17px;margin:10px 0 2px;word-break:break-all}
#details .ids div{word-break:break-all;font-size:12px}
#details p.sentence{margin:6px 0;padding:4px 6px;background:#f7f7f7;border-left:3px solid #ccc}
mark{background:#ffe14d;padding:0 1px}
.doc{font-weight:bold;color:#555;display:block;font-size:12px}
button.act{margin:2px 4px 2px 0}
"""

_BODY = """
<div id="graph"></div>
<div id="side">
<h1 id="title"></h1>
<input id="search" type="search" placeholder="搜索实体 / search (e.g. 人大)" autocomplete="off">
<div id="hits"></div>
<div id="status"></div>
<fieldset id="types"><legend>实体类型</legend></fieldset>
<fieldset id="relations"><legend>关系</legend></fieldset>
<fieldset><legend>视图</legend>
<label>大小 <select id="size"><option value="m">按提及次数</option><option value="deg">按连接数</option></select></label>
<div><button class="act" id="hop1" disabled>1 跳邻域</button><button class="act" id="hop2" disabled>2 跳邻域</button>
<button class="act" id="reset">显示全部</button><button class="act" id="fit">适应窗口</button></div>
</fieldset>
<div id="details"><p class="muted">点击节点或关系查看详情与原文出处。</p></div>
</div>
"""

_APP = r"""
"use strict";
(function () {
const DATA = JSON.parse(document.getElementById("govkg-data").textContent);
const $ = id => document.getElementById(id);
const FONT = '"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif';
const byId = new Map(DATA.nodes.map(n => [n.id, n]));
const large = DATA.nodes.length > 1500;
const typeOn = new Set(Object.keys(DATA.types)), relOn = new Set(Object.keys(DATA.relations));
let focusSet = null, current = null;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}
function short(s) { const c = Array.from(s); return c.length > 18 ? c.slice(0, 17).join("") + "…" : s; }
function sizeOf(n, key) { return 1 + (key === "m" ? n.m : n.deg); }

const pairs = new Map(), sizeKey = DATA.nodes.some(x => x.m) ? "m" : "deg";
const nodes = new vis.DataSet(DATA.nodes.map(n => {
  const [color, shape] = DATA.types[n.type];
  return {id: n.id, label: short(n.label), type: n.type, shape: shape, color: color, x: n.x, y: n.y,
          value: sizeOf(n, sizeKey)};
}));
const edges = new vis.DataSet(DATA.edges.map((e, i) => {
  const key = [e.from, e.to].sort().join(" "), k = pairs.get(key) || 0;
  pairs.set(key, k + 1);
  const edge = {id: i, from: e.from, to: e.to, rel: e.rel, label: DATA.relations[e.rel] || e.rel,
                arrows: e.rel === "cooperatesWith" ? "" : "to"};
  if (k) edge.smooth = {enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.15 * Math.ceil(k / 2)};
  return edge;
}));
$("size").value = sizeKey;

const nodeVisible = id => { const n = byId.get(id); return !!n && typeOn.has(n.type) && (!focusSet || focusSet.has(id)); };
const nodeView = new vis.DataView(nodes, {filter: n => nodeVisible(n.id)});
const edgeView = new vis.DataView(edges, {filter: e => relOn.has(e.rel) && nodeVisible(e.from) && nodeVisible(e.to)});

const network = new vis.Network($("graph"), {nodes: nodeView, edges: edgeView}, {
  physics: false,
  layout: {improvedLayout: false, randomSeed: 7},
  nodes: {scaling: {min: DATA.size[0], max: DATA.size[1], label: {enabled: true, min: 12, max: 22, drawThreshold: 7}},
          font: {face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff"}, borderWidth: 1, borderWidthSelected: 4},
  edges: {smooth: false, color: {color: "#9aa5b1", highlight: "#d62728", opacity: 0.8}, width: 1, selectionWidth: 2,
          font: {face: FONT, size: 10, color: "#555", strokeWidth: 2, align: "middle"}, arrows: {to: {scaleFactor: 0.5}}},
  interaction: {hover: false, tooltipDelay: 3600000, hideEdgesOnDrag: large, hideEdgesOnZoom: large, multiselect: true},
});
window.govkg = {network, nodes, edges, nodeView, edgeView, data: DATA, firstDraw: null};
network.once("afterDrawing", () => { window.govkg.firstDraw = performance.now(); });

// ---- legend and filters
function counts(key, items) { const c = {}; for (const x of items) c[x[key]] = (c[x[key]] || 0) + 1; return c; }
const typeCounts = counts("type", DATA.nodes), relCounts = counts("rel", DATA.edges);
for (const [t, [color, , zh, glyph]] of Object.entries(DATA.types)) {
  const label = el("label"), box = el("input"), g = el("span", glyph, "glyph");
  box.type = "checkbox"; box.checked = true; box.dataset.type = t; g.style.color = color;
  box.addEventListener("change", () => setType(t, box.checked));
  label.append(box, g, el("span", `${zh} ${t} (${typeCounts[t] || 0})`));
  $("types").appendChild(label);
}
for (const [r, zh] of Object.entries(DATA.relations)) {
  if (!relCounts[r]) continue;
  const label = el("label"), box = el("input");
  box.type = "checkbox"; box.checked = true; box.dataset.relation = r;
  box.addEventListener("change", () => setRelation(r, box.checked));
  label.append(box, el("span", `${zh} ${r} (${relCounts[r]})`));
  $("relations").appendChild(label);
}
if (!DATA.edges.length) $("relations").appendChild(el("span", "（无）", "muted"));
$("title").textContent = DATA.title;

function refresh() {
  nodeView.refresh(); edgeView.refresh();
  $("status").textContent = `显示 ${nodeView.length} / ${DATA.nodes.length} 个实体，`
    + `${edgeView.length} / ${DATA.edges.length} 条关系`
    + (focusSet ? `（${current ? byId.get(current).label : ""} 的邻域）` : "");
}
function setType(t, on) { on ? typeOn.add(t) : typeOn.delete(t); refresh(); }
function setRelation(r, on) { on ? relOn.add(r) : relOn.delete(r); refresh(); }

// ---- neighbourhood focus
function neighbourhood(id, hops) {
  const adj = new Map();
  for (const e of DATA.edges) {
    if (!relOn.has(e.rel)) continue;
    for (const [a, b] of [[e.from, e.to], [e.to, e.from]]) { if (!adj.has(a)) adj.set(a, []); adj.get(a).push(b); }
  }
  const seen = new Set([id]);
  let frontier = [id];
  for (let h = 0; h < hops; h++) {
    const next = [];
    for (const v of frontier) for (const w of adj.get(v) || []) if (!seen.has(w)) { seen.add(w); next.push(w); }
    frontier = next;
  }
  return seen;
}
function focus(hops, id) {
  id = id || current;
  if (!id) return;
  focusSet = neighbourhood(id, hops); refresh();
  network.selectNodes([id]);
  network.fit({nodes: nodeView.getIds(), animation: false});
}
function reset() { focusSet = null; refresh(); network.fit({animation: false}); }
$("hop1").addEventListener("click", () => focus(1));
$("hop2").addEventListener("click", () => focus(2));
$("reset").addEventListener("click", reset);
$("fit").addEventListener("click", () => network.fit({animation: false}));
$("size").addEventListener("change", ev => {
  nodes.update(DATA.nodes.map(n => ({id: n.id, value: sizeOf(n, ev.target.value)})));
});

// ---- details panel: text only, never HTML
function sentence(index, b, e) {
  const [doc, text] = DATA.sentences[index];
  const p = el("p", null, "sentence"), cps = Array.from(text);
  const [, title, name] = DATA.docs[doc];
  p.appendChild(el("span", title === name ? title : `${title}（${name}）`, "doc"));
  if (b >= 0 && e > b) {
    p.appendChild(document.createTextNode(cps.slice(0, b).join("")));
    p.appendChild(el("mark", cps.slice(b, e).join("")));
    p.appendChild(document.createTextNode(cps.slice(e).join("")));
  } else p.appendChild(document.createTextNode(text));
  return p;
}
function link(iri) {
  if (!/^https?:\/\//i.test(iri)) return el("span", iri);
  const a = el("a", iri); a.href = iri; a.target = "_blank"; a.rel = "noopener noreferrer";
  return a;
}
function jump(id, text) {
  const b = el("button", text, "link");
  b.addEventListener("click", () => select(id));
  return b;
}
function showNode(n) {
  const d = $("details"), [color, , zh, glyph] = DATA.types[n.type];
  d.replaceChildren();
  d.appendChild(el("h2", n.label)).id = "name";
  const type = el("div"), g = el("span", glyph, "glyph"); g.style.color = color;
  type.append(g, el("span", `${zh} ${n.type}`)); d.appendChild(type);
  if (n.aliases.length) d.appendChild(el("div", "别名：" + n.aliases.join("、"))).id = "aliases";
  const ids = el("div", null, "ids");
  const names = {code: "行政区划代码", level: "层级", kind: "地物类型", legal: "效力层级"};
  const iri = el("div", "IRI："); iri.appendChild(link(n.ids.iri)); ids.appendChild(iri);
  for (const [k, label] of Object.entries(names)) if (n.ids[k]) ids.appendChild(el("div", `${label}：${n.ids[k]}`));
  for (const s of n.ids.same || []) { const x = el("div", "等同："); x.appendChild(link(s)); ids.appendChild(x); }
  d.appendChild(ids);
  const rels = DATA.edges.filter(e => e.from === n.id || e.to === n.id);
  if (rels.length) {
    d.appendChild(el("h3", `关系 (${rels.length})`));
    for (const e of rels.slice(0, 100)) {
      const out = e.from === n.id, other = byId.get(out ? e.to : e.from), zhRel = DATA.relations[e.rel] || e.rel;
      d.appendChild(jump(other.id, out ? `→ ${zhRel} ${other.label}` : `← ${other.label} ${zhRel}`));
    }
  }
  d.appendChild(el("h3", n.m > n.mentions.length ? `提及 ${n.m} 处（显示前 ${n.mentions.length} 处）` : `提及 ${n.m} 处`));
  const list = el("div"); list.id = "mentions";
  for (const [s, b, e] of n.mentions) list.appendChild(sentence(s, b, e));
  d.appendChild(list);
}
function showEdge(e) {
  const d = $("details"), from = byId.get(e.from), to = byId.get(e.to);
  d.replaceChildren();
  d.appendChild(el("h2", `${from.label} ${DATA.relations[e.rel] || e.rel} ${to.label}`)).id = "name";
  d.appendChild(el("div", `关系 gk:${e.rel}`));
  d.append(jump(from.id, "主体：" + from.label), jump(to.id, "客体：" + to.label));
  d.appendChild(el("h3", e.prov.length ? "出处" : "无出处记录"));
  for (const [s, cue, method] of e.prov) {
    const text = DATA.sentences[s][1], at = cue ? text.indexOf(cue) : -1;
    const b = at >= 0 ? Array.from(text.slice(0, at)).length : -1;
    const p = sentence(s, b, b >= 0 ? b + Array.from(cue).length : -1);
    p.appendChild(el("span", ` （${method}${cue ? "，触发词 " + cue : ""}）`, "muted"));
    d.appendChild(p);
  }
}
function select(id) {
  const n = byId.get(id);
  if (!n) return false;
  current = id;
  if (!nodeVisible(id)) { focusSet = null; typeOn.add(n.type); syncBoxes(); refresh(); }
  network.selectNodes([id]);
  network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: false});
  showNode(n);
  $("hop1").disabled = $("hop2").disabled = false;
  return true;
}
function syncBoxes() { for (const b of $("types").querySelectorAll("input")) b.checked = typeOn.has(b.dataset.type); }
network.on("click", params => {
  if (params.nodes.length) {
    current = params.nodes[0]; showNode(byId.get(current));
    $("hop1").disabled = $("hop2").disabled = false;
  } else if (params.edges.length) {
    showEdge(DATA.edges[params.edges[0]]);
  }
});

// ---- search
function search(q) {
  q = q.trim().toLowerCase();
  const box = $("hits");
  box.replaceChildren();
  if (!q) { network.unselectAll(); return []; }
  const hits = DATA.nodes.filter(n => n.label.toLowerCase().includes(q) || n.aliases.some(a => a.toLowerCase().includes(q))
    || n.ids.code === q || n.id === q);
  const shown = hits.filter(n => nodeVisible(n.id)).map(n => n.id);
  const hidden = hits.length - shown.length;
  box.appendChild(el("div", `${hits.length} 个匹配` + (hidden ? `（${hidden} 个被筛选隐藏）` : ""), "muted"));
  for (const n of hits.slice(0, 100)) {
    const b = jump(n.id, `${DATA.types[n.type][3]} ${n.label}`);
    if (!nodeVisible(n.id)) b.classList.add("hidden");
    box.appendChild(b);
  }
  network.selectNodes(shown, false);
  if (shown.length === 1) { current = shown[0]; showNode(byId.get(current)); $("hop1").disabled = $("hop2").disabled = false; }
  if (shown.length) network.fit({nodes: shown, animation: false, maxZoomLevel: 1.5});
  return shown;
}
let timer = null;
$("search").addEventListener("input", ev => { clearTimeout(timer); timer = setTimeout(() => search(ev.target.value), 120); });
$("search").addEventListener("keydown", ev => {
  if (ev.key === "Enter") { clearTimeout(timer); const hits = search(ev.target.value); if (hits.length) select(hits[0]); }
});

Object.assign(window.govkg, {select, search, focus, reset, setType, setRelation,
  visibleNodes: () => nodeView.length, visibleEdges: () => edgeView.length});
refresh();
network.fit({animation: false});
if (DATA.select.length) { select(DATA.select[0]); if (DATA.select.length > 1) network.selectNodes(DATA.select); }
})();
"""
