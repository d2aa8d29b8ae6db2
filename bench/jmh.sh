#!/usr/bin/env bash
# JMH microbenchmarks of the model with the gc profiler (allocation per week). Extra arguments go to JMH.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main \
  -prof gc -f 1 -wi 3 -w 2s -i 5 -r 2s "${@:-WeekBenchmark}"
