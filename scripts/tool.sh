#!/usr/bin/env bash
# Runs one of the command-line tools in src/tools/java/io/newsdesk/tools (a source set of its own, compiled with
# the tests): scripts/tool.sh NAME [args...]
set -euo pipefail
cd "$(dirname "$0")/.."
NAME="$1"; shift
if [ ! -f target/tools.classpath ] || [ pom.xml -nt target/tools.classpath ]; then
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/tools.classpath >/dev/null
fi
[ -d target/test-classes/io/newsdesk/tools ] || mvn -B -q test-compile
exec java -cp "target/test-classes:target/classes:$(cat target/tools.classpath)" "io.newsdesk.tools.$NAME" "$@"
