"""kg.parallel: worker processes give the same graphs, in the same order, as one process."""

from kg.model import Document
from kg.parallel import process_all
from kg.read import content_hash, read_inputs
from tests.conftest import EXAMPLES


def test_workers_give_the_same_result_in_input_order():
    docs = [d for d in read_inputs([EXAMPLES]) if isinstance(d, Document)]
    docs = docs + [Document(id=f"{d.id}-copy", text=d.text, title=d.title, content_hash=content_hash(d.text))
                   for d in docs]
    one = list(process_all(docs, workers=1))
    two = list(process_all(iter(docs), workers=2, chunk_size=1))  # an iterator: no small-input shortcut
    assert [dg.document.id for dg in two] == [d.id for d in docs]
    assert one == two
