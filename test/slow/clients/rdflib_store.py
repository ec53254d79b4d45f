"""rdflib's SPARQLStore with its default settings, against the endpoint given as the first argument:
a SELECT, an ASK and a CONSTRUCT through Graph.query, and triples() through the store. Prints one
JSON line per call with what rdflib parsed, for the test to compare."""
import json
import sys

from rdflib import ConjunctiveGraph, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

ENDPOINT, SELECT, CONSTRUCT, ASK, SUBJECT = sys.argv[1:6]


def call(name, run):
    record = {"call": name}
    try:
        record["answer"] = run()
    except Exception as error:  # the test shows which call failed and why
        record["error"] = f"{type(error).__name__}: {error}"[:300]
    print(json.dumps(record), flush=True)


def triples(graph):
    return sorted([str(s), str(p), str(o)] for s, p, o in graph)


graph = Graph(store=SPARQLStore(ENDPOINT))
call("select", lambda: sorted(sorted([str(k), str(v)] for k, v in row.asdict().items()) for row in graph.query(SELECT)))
call("ask", lambda: graph.query(ASK).askAnswer)
call("construct", lambda: triples(graph.query(CONSTRUCT).graph))
call("triples", lambda: triples(graph.triples((URIRef(SUBJECT), None, None))))
call("conjunctive select", lambda: len(list(ConjunctiveGraph(store=SPARQLStore(ENDPOINT)).query(SELECT))))
