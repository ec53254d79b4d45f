#!/usr/bin/env bash
# The Java classpath of a Debian library package and everything it depends on: the unversioned
# jars (name.jar, links to the versioned ones) of each installed package, joined by ':'.
set -euo pipefail
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
  --no-enhances --no-pre-depends "$@" | grep -E '^[a-z0-9]' | sort -u |
  while read -r package; do dpkg -L "$package" 2>/dev/null || true; done |
  grep -E '^/usr/share/java/[^/]*\.jar$' | grep -v -E -- '-[0-9][^/]*\.jar$' | sort -u | paste -sd:
