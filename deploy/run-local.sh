#!/usr/bin/env bash
# Runs the whole suite on this machine: real PostgreSQL, Kafka and Keycloak, and the five services.
# Builds first when a service is not built yet (or with --rebuild). Ctrl-C stops everything.
# --durable runs PostgreSQL with production durability (fsync, synchronous_commit), as benchmarks must.
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/java-home.sh

# The services as this command runs them: Quarkus' aot-jar, whose classes the JDK's own class loader loads, so
# that their ahead-of-time caches hold them linked, as the JDK does only for its own class loaders (a fast-jar
# loads through Quarkus' loader). Written beside the fast-jar that `mvn verify` packages for the tests and images.
build_suite() {
  echo "Building the suite (mvn install -DskipTests, the services as aot-jar in target/local-suite) ..."
  mvn -B -q install -DskipTests -Dquarkus.package.jar.type=aot-jar -Dquarkus.package.output-directory=local-suite \
    -Dquarkus.container-image.build=false
}
built=true
for service in permit-registry signing exchange customs-endorsement annual-report; do
  [ -f "services/$service/target/local-suite/quarkus-run.jar" ] || built=false
done
durable=false
for argument in "$@"; do
  [ "$argument" = "--durable" ] && durable=true
done
if [ "$built" = false ] || [[ " $* " == *" --rebuild "* ]]; then
  build_suite
fi

mkdir -p target/local-suite
launcher_classpath() {
  mvn -B -q -pl deploy/local-stack dependency:build-classpath -Dmdep.outputFile="$PWD/target/local-suite/classpath.txt" "$@"
}
# the launcher's libraries may be missing from the local repository (cleared, or built only by `mvn verify`)
if ! launcher_classpath > /dev/null 2>&1; then
  build_suite
  launcher_classpath
fi
# the launcher only starts and waits: C1 alone compiles what it runs, for a tenth of C2's CPU at start
exec java -XX:TieredStopAtLevel=1 -Decites.repo.root="$PWD" -Decites.durable="$durable" -Decites.startup-caches=true \
  -cp "deploy/local-stack/target/classes:$(cat target/local-suite/classpath.txt)" org.ecites.stack.LocalSuite
