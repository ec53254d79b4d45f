#!/usr/bin/env bash
# Run before the tests (npm's pretest): what the end-to-end tests drive comes from Debian's packages,
# never a downloaded build. The home-page tests drive Chromium; the client tests drive Python's
# SPARQLWrapper and rdflib (Debian's Python, /usr/bin/python3), Rasqal's roqet and RDF4J's parsers
# (run as a single-file Java program, which needs a JDK); the external-store tests start Virtuoso
# (virtuoso-opensource). Installs whatever is missing when this machine can (root with apt-get).
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
/usr/bin/python3 -c 'import SPARQLWrapper' 2>/dev/null || missing+=(python3-sparqlwrapper)
/usr/bin/python3 -c 'import rdflib' 2>/dev/null || missing+=(python3-rdflib)
command -v roqet >/dev/null 2>&1 || missing+=(rasqal-utils)
[ -f /usr/share/java/rdf4j-rio-api.jar ] || missing+=(librdf4j-java)
command -v javac >/dev/null 2>&1 || missing+=(default-jdk-headless)
# Virtuoso is optional: without it (and without root to install it) the external-store tests skip, saying why.
if ! [ -x "${VIRTUOSO_PATH:-/usr/bin/virtuoso-t}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  missing+=(virtuoso-opensource)
fi
[ "${#missing[@]}" = 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's ${missing[*]} for the browser and client tests (apt-get install)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The browser and client tests need Debian's ${missing[*]}: install them (apt-get install ${missing[*]}), or set CHROMIUM_PATH for Chromium." >&2
exit 1
