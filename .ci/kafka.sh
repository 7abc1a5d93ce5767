#!/usr/bin/env bash
# Starts a throw-away single-node Kafka broker (KRaft: broker and controller in one JVM) from the
# org.apache.kafka:kafka_2.13 Maven artifact and exports its address for the streaming tests.
#   source .ci/kafka.sh        # then: mvn verify   (StreamJobTest uses FAULTLINE_KAFKA instead of its own broker)
# Stop it with: kill "$FAULTLINE_KAFKA_PID"
set -u

_fl_kafka_main() {
  local here cp dir port ctl
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  dir="$(mktemp -d /tmp/faultline-kafka.XXXXXX)"
  mvn -B -q -f "$here/kafka/pom.xml" dependency:build-classpath -Dmdep.outputFile="$dir/classpath.txt" >"$dir/mvn.log" 2>&1 \
    || { cat "$dir/mvn.log" >&2; echo "kafka.sh: could not resolve org.apache.kafka:kafka_2.13 from Maven Central" >&2; return 1; }
  cp="$(cat "$dir/classpath.txt")"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  ctl="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  cat >"$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$ctl
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$ctl
advertised.listeners=PLAINTEXT://127.0.0.1:$port
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$dir/logs
num.partitions=2
offsets.topic.replication.factor=1
offsets.topic.num.partitions=2
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
PROPS
  java -cp "$cp" kafka.tools.StorageTool format -t "$(java -cp "$cp" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)" \
    -c "$dir/server.properties" >"$dir/format.log" 2>&1 || { cat "$dir/format.log" >&2; echo "kafka.sh: formatting the broker's storage failed" >&2; return 1; }
  nohup java -Xmx768m -cp "$cp" kafka.Kafka "$dir/server.properties" >"$dir/broker.log" 2>&1 &
  local pid=$! i
  for i in $(seq 1 120); do
    if ! kill -0 "$pid" 2>/dev/null; then tail -30 "$dir/broker.log" >&2; echo "kafka.sh: the broker exited" >&2; return 1; fi
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      export FAULTLINE_KAFKA="127.0.0.1:$port" FAULTLINE_KAFKA_PID="$pid" FAULTLINE_KAFKA_DIR="$dir"
      echo "kafka.sh: Kafka broker on $FAULTLINE_KAFKA (pid $pid, $dir)" >&2
      return 0
    fi
    sleep 1
  done
  kill "$pid" 2>/dev/null
  echo "kafka.sh: the broker did not start in 120 s (see $dir/broker.log)" >&2
  return 1
}
_fl_kafka_main
