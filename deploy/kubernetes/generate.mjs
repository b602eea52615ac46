// Generates statushouders.yaml, the platform's Kubernetes manifests, from the table of services
// below, and validates every object against the Kubernetes API schemas (kubernetes-models).
//   node generate.mjs          write statushouders.yaml
//   node generate.mjs --check  validate, and fail when statushouders.yaml is not what this generates (CI)
import { readFileSync, writeFileSync } from "node:fs";
import yaml from "js-yaml";
import { ConfigMap, Namespace, Service } from "kubernetes-models/v1";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";

const NAMESPACE = "statushouders";
const VERSION = "0.1.0";

// module, port, database: as in each service's application.properties and docker-compose.yml.
const SERVICES = [
  { module: "intake-service", port: 8081, database: "intake" },
  { module: "assessment-service", port: 8082, database: "assessment" },
  { module: "trajectory-service", port: 8083, database: "trajecten" },
  { module: "employer-service", port: 8084, database: "werkgevers" },
  { module: "monitoring-service", port: 8085, database: "monitoring" },
];

// Intake gathers the other services' part of an inzage export (AVG article 15) through their Services.
const INZAGE_ENV = SERVICES.filter((s) => s.module !== "intake-service")
  .map((s) => ({ name: `INZAGE_${s.database.toUpperCase()}_URL`, value: `http://${s.module}` }));

// The same JVM settings as ServiceProcess.SERVER_JVM and the Dockerfiles.
const JAVA_OPTS = "-Xms32m -Xmx192m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k";

const labels = (module) => ({
  "app.kubernetes.io/name": module,
  "app.kubernetes.io/part-of": "statushouders",
  "app.kubernetes.io/version": VERSION,
});

function namespace() {
  return new Namespace({
    metadata: {
      name: NAMESPACE,
      // Pods may not run privileged, as root or with host access.
      labels: { "pod-security.kubernetes.io/enforce": "restricted" },
    },
  });
}

/** What every service shares: a three-broker Kafka cluster, PostgreSQL, Keycloak, tracing. */
function platformConfig() {
  return new ConfigMap({
    metadata: { name: "platform", namespace: NAMESPACE, labels: labels("platform") },
    data: {
      KAFKA_BOOTSTRAP_SERVERS: "kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092",
      // Topics the services create: every event on three brokers; a write is acknowledged once two
      // have it (the relay's transactional producer uses acks=all), so one broker may fail.
      PLATFORM_KAFKA_REPLICATION_FACTOR: "3",
      PLATFORM_KAFKA_MIN_INSYNC_REPLICAS: "2",
      PLATFORM_KAFKA_PARTITIONS: "6",
      OIDC_URL: "https://sso.statushouders.example.nl/realms/statushouders",
      OIDC_AUDIENCE: "statushouders-api",
      QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT: "http://otel-collector.observability:4317",
      JAVA_OPTS,
    },
  });
}

function deployment({ module, port, database }) {
  const probe = (path, failureThreshold) => ({
    httpGet: { path, port: "http" }, periodSeconds: 10, timeoutSeconds: 3, failureThreshold,
  });
  return new Deployment({
    metadata: { name: module, namespace: NAMESPACE, labels: labels(module) },
    spec: {
      // Two at least: consumers share the partitions, one relay publishes the outbox at a time
      // (a lease in the service's database), and a pod can be replaced without a gap.
      replicas: 2,
      selector: { matchLabels: { "app.kubernetes.io/name": module } },
      strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: { labels: labels(module) },
        spec: {
          automountServiceAccountToken: false,
          // A clean stop hands the outbox lease over and commits consumer offsets.
          terminationGracePeriodSeconds: 45,
          securityContext: { runAsNonRoot: true, runAsUser: 1001, seccompProfile: { type: "RuntimeDefault" } },
          topologySpreadConstraints: [{
            maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway",
            labelSelector: { matchLabels: { "app.kubernetes.io/name": module } },
          }],
          containers: [{
            name: module,
            // Built from src/main/docker/Dockerfile.jvm of the module.
            image: `statushouders/${module}:${VERSION}`,
            ports: [{ name: "http", containerPort: port }],
            envFrom: [{ configMapRef: { name: "platform" } }],
            env: [
              { name: "DB_JDBC_URL", value: `jdbc:postgresql://postgres:5432/${database}` },
              { name: "DB_REACTIVE_URL", value: `postgresql://postgres:5432/${database}` },
              // One database role per service (issue #11), from a secret the operator creates.
              { name: "DB_USER", valueFrom: { secretKeyRef: { name: `${module}-db`, key: "username" } } },
              { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: `${module}-db`, key: "password" } } },
              // The service's own Kafka principal (SASL/SCRAM); its ACLs as in docker/kafka/init.sh.
              { name: "KAFKA_USERNAME", valueFrom: { secretKeyRef: { name: `${module}-kafka`, key: "username" } } },
              { name: "KAFKA_PASSWORD", valueFrom: { secretKeyRef: { name: `${module}-kafka`, key: "password" } } },
              // The key store for crypto-shredding; locally a database, in production a KMS or Vault.
              { name: "SLEUTELKLUIS_JDBC_URL", value: "jdbc:postgresql://postgres:5432/sleutelkluis" },
              { name: "SLEUTELKLUIS_REACTIVE_URL", value: "postgresql://postgres:5432/sleutelkluis" },
              { name: "SLEUTELKLUIS_USER", valueFrom: { secretKeyRef: { name: "sleutelkluis", key: "username" } } },
              { name: "SLEUTELKLUIS_PASSWORD", valueFrom: { secretKeyRef: { name: "sleutelkluis", key: "password" } } },
              { name: "SLEUTELKLUIS_HOOFDSLEUTEL", valueFrom: { secretKeyRef: { name: "sleutelkluis", key: "hoofdsleutel" } } },
              ...(module === "intake-service" ? INZAGE_ENV : []),
            ],
            // Heap 192 MB of about 300 MB resident; the limit leaves room for metaspace and threads.
            resources: { requests: { cpu: "250m", memory: "320Mi" }, limits: { memory: "448Mi" } },
            startupProbe: probe("/q/health/started", 30),
            livenessProbe: probe("/q/health/live", 3),
            readinessProbe: probe("/q/health/ready", 2),
            securityContext: {
              allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] },
            },
            volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
          }],
          volumes: [{ name: "tmp", emptyDir: { sizeLimit: "64Mi" } }],
        },
      },
    },
  });
}

function service({ module }) {
  return new Service({
    metadata: { name: module, namespace: NAMESPACE, labels: labels(module) },
    spec: {
      selector: { "app.kubernetes.io/name": module },
      ports: [{ name: "http", port: 80, targetPort: "http" }],
    },
  });
}

function autoscaler({ module }) {
  return new HorizontalPodAutoscaler({
    metadata: { name: module, namespace: NAMESPACE, labels: labels(module) },
    spec: {
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: module },
      // No more consumers than the topics' six partitions can keep busy.
      minReplicas: 2,
      maxReplicas: 6,
      metrics: [{ type: "Resource", resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } } }],
    },
  });
}

function disruptionBudget({ module }) {
  return new PodDisruptionBudget({
    metadata: { name: module, namespace: NAMESPACE, labels: labels(module) },
    spec: { minAvailable: 1, selector: { matchLabels: { "app.kubernetes.io/name": module } } },
  });
}

const objects = [namespace(), platformConfig(),
  ...SERVICES.flatMap((s) => [deployment(s), service(s), autoscaler(s), disruptionBudget(s)])];
for (const o of objects) {
  o.validate(); // throws with the schema violation
}

const header = "# Generated by deploy/kubernetes/generate.mjs from its table of services; do not edit by hand.\n"
  + "# Validated against the Kubernetes API schemas in CI (node generate.mjs --check).\n";
const text = header + objects.map((o) => "---\n" + yaml.dump(o.toJSON(), { lineWidth: 120, noRefs: true })).join("");
const file = new URL("statushouders.yaml", import.meta.url);
if (process.argv.includes("--check")) {
  const committed = readFileSync(file, "utf8");
  if (committed !== text) {
    console.error("statushouders.yaml differs from what generate.mjs generates: run node generate.mjs");
    process.exit(1);
  }
  console.log(`Kubernetes manifests: ${objects.length} objects valid, statushouders.yaml up to date`);
} else {
  writeFileSync(file, text);
  console.log(`Wrote statushouders.yaml: ${objects.length} objects`);
}
