#!/bin/bash
# Makes the production-shaped Kafka (docker-compose.yml) a closed system, once per start (idempotent):
# a SCRAM principal per service with exactly its rights, and every topic up front. The same rights as
# the local stack and the tests (KafkaRechten in platform/process-runner; ComposeHardeningTest checks
# that the lines below say the same). Passwords come from the environment, never from this file.
set -euo pipefail

BIN=/opt/kafka/bin
SERVER=kafka:9092
CONFIG=$(mktemp)
trap 'rm -f "$CONFIG"' EXIT
cat > "$CONFIG" <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="beheer" password="$KAFKA_BEHEER_PASSWORD";
PROPS

acl() { # principal, operation, resource options...
  "$BIN/kafka-acls.sh" --bootstrap-server "$SERVER" --command-config "$CONFIG" --add --allow-principal "User:$1" \
    --operation "$2" "${@:3}" > /dev/null
}

topic() { # name, retention.ms
  "$BIN/kafka-topics.sh" --bootstrap-server "$SERVER" --command-config "$CONFIG" --create --if-not-exists \
    --topic "$1" --partitions "${KAFKA_PARTITIONS:-3}" --replication-factor "${KAFKA_REPLICATION_FACTOR:-1}" \
    --config "retention.ms=$2" --config "min.insync.replicas=${KAFKA_MIN_INSYNC_REPLICAS:-1}" > /dev/null
}

# dienst <principal> <topic it writes or -> <topics it reads, comma-separated, or -> <consumer group or -> <dead-letter topic or ->
dienst() {
  local principal=$1 schrijft=$2 leest=$3 groep=$4 dl=$5 wachtwoord_var
  wachtwoord_var="$(echo "$principal" | tr '[:lower:]' '[:upper:]')_KAFKA_PASSWORD"
  "$BIN/kafka-configs.sh" --bootstrap-server "$SERVER" --command-config "$CONFIG" --alter --entity-type users \
    --entity-name "$principal" --add-config "SCRAM-SHA-256=[iterations=8192,password=${!wachtwoord_var}]" > /dev/null
  if [ "$schrijft" != - ]; then
    topic "$schrijft" -1
    for op in Write Describe Create DescribeConfigs; do acl "$principal" "$op" --topic "$schrijft"; done
    for op in Write Describe; do acl "$principal" "$op" --transactional-id "outbox-relay-$schrijft"; done
  fi
  if [ "$leest" != - ]; then
    for t in ${leest//,/ }; do
      topic "$t" -1
      for op in Read Describe DescribeConfigs; do acl "$principal" "$op" --topic "$t"; done
    done
  fi
  [ "$groep" = - ] || acl "$principal" Read --group "$groep"
  if [ "$dl" != - ]; then
    topic "$dl" 2592000000
    for op in Write Describe Create DescribeConfigs; do acl "$principal" "$op" --topic "$dl"; done
  fi
}

dienst intake intake.events.v1 - - -
dienst assessment assessment.events.v1 intake.events.v1 assessment-service assessment.dead-letter.v1
dienst trajecten trajecten.events.v1 intake.events.v1,assessment.events.v1,werkgevers.events.v1 trajectory-service trajecten.dead-letter.v1
dienst werkgevers werkgevers.events.v1 intake.events.v1,assessment.events.v1,trajecten.events.v1 employer-service werkgevers.dead-letter.v1
dienst monitoring - intake.events.v1,assessment.events.v1,trajecten.events.v1,werkgevers.events.v1 monitoring-service monitoring.dead-letter.v1
echo "Kafka principals, ACLs and topics in place"
