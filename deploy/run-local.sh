#!/usr/bin/env bash
# Runs the whole suite on this machine: real PostgreSQL, Kafka and Keycloak, and the five services.
# Builds first when a service is not built yet (or with --rebuild). Ctrl-C stops everything.
# --durable runs PostgreSQL with production durability (fsync, synchronous_commit), as benchmarks must.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/java-home.sh

built=true
for service in permit-registry signing exchange customs-endorsement annual-report; do
  [ -f "services/$service/target/quarkus-app/quarkus-run.jar" ] || built=false
done
durable=false
for argument in "$@"; do
  [ "$argument" = "--durable" ] && durable=true
done
if [ "$built" = false ] || [[ " $* " == *" --rebuild "* ]]; then
  echo "Building the suite (mvn install -DskipTests) ..."
  mvn -B -q install -DskipTests
fi

mkdir -p target/local-suite
launcher_classpath() {
  mvn -B -q -pl deploy/local-stack dependency:build-classpath -Dmdep.outputFile="$PWD/target/local-suite/classpath.txt" "$@"
}
# after a plain `mvn verify` the services are built but the launcher's libraries are not installed yet
if ! launcher_classpath > /dev/null 2>&1; then
  echo "Installing the suite's libraries (mvn install -DskipTests) ..."
  mvn -B -q install -DskipTests
  launcher_classpath
fi
# the launcher only starts and waits: C1 alone compiles what it runs, for a tenth of C2's CPU at start
exec java -XX:TieredStopAtLevel=1 -Decites.repo.root="$PWD" -Decites.durable="$durable" -Decites.startup-caches=true \
  -cp "deploy/local-stack/target/classes:$(cat target/local-suite/classpath.txt)" org.ecites.stack.LocalSuite
