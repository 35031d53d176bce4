"""graph.html: a self-contained viewer built on pyvis's vis-network, usable offline.

pyvis's own template loads scripts from CDNs and, for titles containing "href", inserts them
as HTML; here the vis-network bundle that ships inside pyvis is inlined, the data goes in as
JSON with every `<` escaped, and all document text reaches the page through textContent.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.export import write_atomic

COLORS = {"Regulation": "#d9534f", "Body": "#337ab7", "Project": "#f0ad4e", "Place": "#5cb85c"}
SHAPES = {"Regulation": "box", "Body": "dot", "Project": "diamond", "Place": "triangle"}


def _vis_assets() -> tuple[str, str]:
    lib = resources.files("pyvis").joinpath("lib", "vis-9.1.2")
    return lib.joinpath("vis-network.min.js").read_text(encoding="utf-8"), lib.joinpath(
        "vis-network.css").read_text(encoding="utf-8")


def _safe_json(data) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def graph_payload(kg) -> dict:
    """Nodes with fixed positions (spring layout, seeded) and edges, plus provenance."""
    G: nx.MultiDiGraph = kg.to_networkx()
    simple = nx.Graph(G)
    positions = nx.spring_layout(simple, seed=7, iterations=50) if len(simple) else {}
    scale = 60 * max(10, len(simple) ** 0.5)
    mentions: dict[str, list] = {}
    for dg in kg.documents:
        for (m, iris), (b, e) in zip(dg.mentions, dg.spans):
            sentence = next((i for i, s in enumerate(dg.sentences) if s.begin <= m.begin < s.end), None)
            if sentence is None:
                continue
            sb, se = dg.sentence_spans[sentence]
            for iri in iris:
                rows = mentions.setdefault(iri, [])
                if len(rows) < 20:
                    rows.append([dg.document.id, dg.document.text[sb:se], b - sb, e - sb])
    nodes = []
    for iri in sorted(G.nodes):
        data = G.nodes[iri]
        x, y = positions.get(iri, (0.0, 0.0))
        nodes.append({
            "id": iri, "label": data["label"], "group": data["type"], "type": data["type"],
            "aliases": data["aliases"], "code": data["code"], "mentions": mentions.get(iri, []),
            "x": round(float(x) * scale, 1), "y": round(float(y) * scale, 1),
            "value": 1 + data["mentions"], "color": COLORS[data["type"]], "shape": SHAPES[data["type"]],
        })
    edges = []
    for s, o, data in sorted(G.edges(data=True), key=lambda e: (e[0], e[1], e[2]["predicate"])):
        edges.append({"from": s, "to": o, "label": data["predicate"], "arrows": "to"})
    return {"nodes": nodes, "edges": edges}


_TEMPLATE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>govkg graph</title>
<style>__CSS__
body{margin:0;font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;display:flex;height:100vh}
#graph{flex:1;border-right:1px solid #ddd}#side{width:360px;overflow:auto;padding:8px;font-size:14px}
.legend span{display:inline-block;margin-right:8px}.hl{background:#ff0}
</style></head><body>
<div id="graph"></div>
<div id="side"><input id="search" placeholder="搜索 / search" style="width:95%">
<div class="legend" id="legend"></div><div id="filters"></div><h3 id="name"></h3><div id="details"></div></div>
<script>__JS__</script>
<script>__APP__</script>
</body></html>
"""


def render_html(kg) -> str:
    js, css = _vis_assets()
    payload = _safe_json(graph_payload(kg))
    app = _APP.replace("__DATA__", payload)
    parts = {"CSS": css, "APP": app, "JS": js.replace("</script", "<\\/script")}
    # One pass, so text inside the inserted parts is never taken for a placeholder.
    return re.sub(r"__(CSS|JS|APP)__", lambda m: parts[m.group(1)], _TEMPLATE)


_APP = r"""
const DATA = __DATA__;
const COLORS = {Regulation:"#d9534f",Body:"#337ab7",Project:"#f0ad4e",Place:"#5cb85c"};
const nodes = new vis.DataSet(DATA.nodes.map(n => ({id:n.id,label:n.label,color:n.color,shape:n.shape,
  value:n.value,x:n.x,y:n.y,group:n.type})));
const edges = new vis.DataSet(DATA.edges.map((e,i) => ({id:i,from:e.from,to:e.to,label:e.label,arrows:"to"})));
const byId = Object.fromEntries(DATA.nodes.map(n => [n.id, n]));
const network = new vis.Network(document.getElementById("graph"), {nodes, edges},
  {physics:false, nodes:{scaling:{min:8,max:30}, font:{size:14}}, edges:{font:{size:10}}, interaction:{hover:true}});
const legend = document.getElementById("legend");
for (const [t,c] of Object.entries(COLORS)) { const s=document.createElement("span"); s.textContent="● "+t; s.style.color=c; legend.appendChild(s); }
function text(tag, value) { const el=document.createElement(tag); el.textContent=value; return el; }
network.on("click", params => {
  const details = document.getElementById("details"); details.replaceChildren();
  if (!params.nodes.length) { document.getElementById("name").textContent=""; return; }
  const n = byId[params.nodes[0]];
  document.getElementById("name").textContent = n.label;
  details.appendChild(text("div", n.type + (n.code ? " · " + n.code : "")));
  if (n.aliases.length) details.appendChild(text("div", "别名: " + n.aliases.join("、")));
  for (const [doc, sentence, b, e] of n.mentions) {
    const p = document.createElement("p");
    p.appendChild(text("b", doc + ": "));
    p.appendChild(document.createTextNode(sentence.slice(0, b)));
    const mark = text("mark", sentence.slice(b, e)); mark.className = "hl"; p.appendChild(mark);
    p.appendChild(document.createTextNode(sentence.slice(e)));
    details.appendChild(p);
  }
});
document.getElementById("search").addEventListener("input", ev => {
  const q = ev.target.value.trim();
  const hits = q ? DATA.nodes.filter(n => n.label.includes(q) || n.aliases.some(a => a.includes(q))).map(n => n.id) : [];
  network.selectNodes(hits);
  if (hits.length) network.fit({nodes: hits});
});
"""


def write_html(kg, path: Path) -> None:
    html = render_html(kg)
    write_atomic(path, lambda h: h.write(html))
