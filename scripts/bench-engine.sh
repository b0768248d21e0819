#!/usr/bin/env bash
# JMH benchmarks (claims-ejb/src/test/java/.../bench): the compensation engine by default, or the one
# BENCH names (e.g. BENCH=eu.flightclaim.claims.bench.PasswordHashBenchmark),
# one thread, one fork. From the repository root: scripts/bench-engine.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B install -DskipTests -pl files-ejb,claims-ejb
mvn -q -B test-compile dependency:build-classpath -pl claims-ejb -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
cp="claims-ejb/target/test-classes:claims-ejb/target/classes:$(cat claims-ejb/target/bench.classpath)"
java -cp "$cp" org.openjdk.jmh.Main "${BENCH:-eu.flightclaim.claims.bench.EngineBenchmark}" "$@"
