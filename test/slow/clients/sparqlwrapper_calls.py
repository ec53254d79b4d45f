"""Ordinary SPARQLWrapper calls with the client's default settings, against the endpoint given as
the first argument: SELECT in each result format, CONSTRUCT in each RDF format, ASK, by GET and by
POST. Prints one JSON line per call with what the client parsed, for the test to compare."""
import json
import sys

from rdflib import Graph
from SPARQLWrapper import CSV, GET, JSON, N3, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

ENDPOINT, SELECT, CONSTRUCT, ASK = sys.argv[1:5]


def rows_from(result, fmt):
    """Solutions as sorted lists of [variable, value] pairs, however the client handed them over."""
    if fmt == JSON:
        bindings = [{k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]]
    elif fmt == XML:
        bindings = []
        for r in result.getElementsByTagName("result"):
            row = {}
            for b in r.getElementsByTagName("binding"):
                node = [c for c in b.childNodes if c.nodeType == c.ELEMENT_NODE][0]
                row[b.getAttribute("name")] = node.firstChild.data
            bindings.append(row)
    else:
        lines = result.decode("utf-8").strip().splitlines()
        sep = "," if fmt == CSV else "\t"
        head = [h.lstrip("?") for h in lines[0].split(sep)]
        bindings = []
        for line in lines[1:]:
            cells = line.split(sep)
            if fmt == TSV:  # TSV holds RDF terms: <iri>, "literal"@lang
                cells = [c[1:-1] if c.startswith("<") else c.split('"')[1] for c in cells]
            bindings.append(dict(zip(head, cells)))
    return sorted(sorted([k, v] for k, v in b.items()) for b in bindings)


def triples_from(result):
    graph = result if isinstance(result, Graph) else Graph().parse(data=result, format="turtle")
    return sorted([str(s), str(p), str(o)] for s, p, o in graph)


def call(query, method, fmt=None):
    client = SPARQLWrapper(ENDPOINT)
    client.setQuery(query)
    client.setMethod(method)
    if fmt is not None:
        client.setReturnFormat(fmt)
    form = "ask" if query is ASK else "construct" if query is CONSTRUCT else "select"
    record = {"form": form, "method": method, "format": fmt or "default"}
    try:
        response = client.query()
        result = response.convert()
        record["contentType"] = response.response.headers.get("content-type")
        if query is ASK:
            record["answer"] = result["boolean"] if fmt == JSON else result.getElementsByTagName("boolean")[0].firstChild.data == "true"
        elif query is CONSTRUCT:
            record["answer"] = triples_from(result)
        else:
            record["answer"] = rows_from(result, fmt or XML)
    except Exception as error:  # the test shows which call failed and why
        record["error"] = f"{type(error).__name__}: {error}"[:300]
    print(json.dumps(record), flush=True)


for method in (GET, POST):
    for fmt in (None, JSON, XML, CSV, TSV):
        call(SELECT, method, fmt)
    for fmt in (None, XML, RDFXML, TURTLE, N3, JSON):
        call(CONSTRUCT, method, fmt)
    for fmt in (None, JSON):
        call(ASK, method, fmt)
