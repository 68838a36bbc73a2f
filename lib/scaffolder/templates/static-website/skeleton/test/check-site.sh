#!/bin/sh
# The site has a page and a health file, and the page names the site.
set -eu
test -f public/index.html
test -f public/healthz
grep -q "<title>${{ values.name }}</title>" public/index.html
echo "site ok"
