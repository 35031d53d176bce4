"""kg.export.nquads: plain triples as N-Triples / N-Quads text that Oxigraph parses back."""

import pyoxigraph as ox

from kg.export.nquads import nquads, ntriples
from kg.triples import Lit

TRIPLES = [
    ("https://w3id.org/govkg/id/a", "urn:p", Lit('引号"反斜杠\\ 换行\n回车\r .\n结束')),
    ("https://w3id.org/govkg/id/a", "urn:p", Lit("孝感市", lang="zh")),
    ("https://w3id.org/govkg/id/a", "urn:p", Lit("5", "http://www.w3.org/2001/XMLSchema#integer")),
    ("https://w3id.org/govkg/id/a", "urn:p", "https://w3id.org/govkg/id/b"),
]


def test_ntriples_and_nquads_parse_back_to_the_same_terms():
    triples = list(ox.parse(ntriples(TRIPLES).encode(), format=ox.RdfFormat.N_TRIPLES))
    quads = list(ox.parse(nquads(TRIPLES, "urn:g").encode(), format=ox.RdfFormat.N_QUADS))
    assert [t.object.value for t in triples] == ['引号"反斜杠\\ 换行\n回车\r .\n结束', "孝感市", "5",
                                                 "https://w3id.org/govkg/id/b"]
    assert triples[1].object.language == "zh"
    assert [(q.subject, q.predicate, q.object) for q in quads] == [(t.subject, t.predicate, t.object) for t in triples]
    assert {q.graph_name for q in quads} == {ox.NamedNode("urn:g")}
