// RDF4J's parsers (Debian's librdf4j-java) against the endpoint given as the first argument: each
// result format the endpoint offers that Debian's RDF4J can read, fetched with its media type and
// read by RDF4J's own parser (Rio for graphs, QueryResultIO for solutions). Prints one JSON line per
// format with what RDF4J read (sorted values), for the test to compare. (Debian's Jena 4.5 cannot
// start: its jena-core fails in its own XSD datatypes before reading anything.)
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.resultio.QueryResultIO;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.query.resultio.helpers.QueryResultCollector;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;

public class Rdf4jParsers {
  static String endpoint;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    endpoint = args[0];
    String select = args[1];
    String construct = args[2];
    // Debian packages RDF4J's SPARQL JSON and XML result parsers (not its CSV and TSV ones).
    String[][] solutionFormats = {
      {"application/sparql-results+json", "json"},
      {"application/sparql-results+xml", "xml"},
    };
    for (String[] format : solutionFormats) {
      byte[] body = fetch(select, format[0]);
      TupleQueryResultFormat rdf4jFormat = format[1].equals("json") ? TupleQueryResultFormat.JSON : TupleQueryResultFormat.SPARQL;
      report(format[0], () -> {
        QueryResultCollector collector = new QueryResultCollector();
        QueryResultIO.parseTuple(new ByteArrayInputStream(body), rdf4jFormat, collector, SimpleValueFactory.getInstance());
        List<String> rows = new ArrayList<>();
        for (BindingSet b : collector.getBindingSets()) rows.add(b.getValue("country").stringValue() + " " + b.getValue("label").stringValue());
        return sorted(rows);
      });
    }
    String[][] graphFormats = {
      {"text/turtle", "turtle"},
      {"application/n-triples", "ntriples"},
      {"application/ld+json", "jsonld"},
      {"application/rdf+xml", "rdfxml"},
    };
    for (String[] format : graphFormats) {
      byte[] body = fetch(construct, format[0]);
      RDFFormat rdf4jFormat = switch (format[1]) {
        case "turtle" -> RDFFormat.TURTLE;
        case "ntriples" -> RDFFormat.NTRIPLES;
        case "jsonld" -> RDFFormat.JSONLD;
        default -> RDFFormat.RDFXML;
      };
      report(format[0], () -> {
        List<String> triples = new ArrayList<>();
        for (var s : Rio.parse(new ByteArrayInputStream(body), endpoint, rdf4jFormat))
          triples.add(s.getSubject().stringValue() + " " + s.getPredicate().stringValue() + " " + s.getObject().stringValue());
        return sorted(triples);
      });
    }
  }

  static byte[] fetch(String query, String accept) throws Exception {
    String url = endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  static List<String> sorted(List<String> items) {
    items.sort(null);
    return items;
  }

  static void report(String format, Callable<List<String>> read) {
    String answer;
    try {
      List<String> items = read.call();
      List<String> quoted = new ArrayList<>();
      for (String item : items) quoted.add("\"" + item.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
      answer = "\"answer\": [" + String.join(", ", quoted) + "]";
    } catch (Exception error) {
      answer = "\"error\": \"" + String.valueOf(error).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
    System.out.println("{\"format\": \"" + format + "\", " + answer + "}");
  }
}
