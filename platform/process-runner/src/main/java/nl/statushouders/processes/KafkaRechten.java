package nl.statushouders.processes;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What each service's Kafka principal may do, and nothing more: write its own event topic (in the
 * outbox relay's transactions) and its dead-letter topic, read the topics it consumes with its own
 * consumer group. The one list for the local stack and the tests; an anonymous client may do nothing.
 */
public record KafkaRechten(String principal, String produceert, List<String> consumeert, String groep, String deadLetter) {

    public static final String INTAKE = "intake.events.v1";
    public static final String ASSESSMENT = "assessment.events.v1";
    public static final String TRAJECTEN = "trajecten.events.v1";
    public static final String WERKGEVERS = "werkgevers.events.v1";

    /** Per principal (the service's database name). */
    public static final Map<String, KafkaRechten> DIENSTEN = Map.of(
            "intake", new KafkaRechten("intake", INTAKE, List.of(), null, null),
            "assessment", new KafkaRechten("assessment", ASSESSMENT, List.of(INTAKE), "assessment-service",
                    "assessment.dead-letter.v1"),
            "trajecten", new KafkaRechten("trajecten", TRAJECTEN, List.of(INTAKE, ASSESSMENT, WERKGEVERS), "trajectory-service",
                    "trajecten.dead-letter.v1"),
            "werkgevers", new KafkaRechten("werkgevers", WERKGEVERS, List.of(INTAKE, ASSESSMENT, TRAJECTEN), "employer-service",
                    "werkgevers.dead-letter.v1"),
            "monitoring", new KafkaRechten("monitoring", null, List.of(INTAKE, ASSESSMENT, TRAJECTEN, WERKGEVERS),
                    "monitoring-service", "monitoring.dead-letter.v1"));

    /** Every topic of the platform, for whoever creates them up front. */
    public static List<String> topics() {
        List<String> topics = new ArrayList<>(List.of(INTAKE, ASSESSMENT, TRAJECTEN, WERKGEVERS));
        DIENSTEN.values().stream().map(KafkaRechten::deadLetter).filter(java.util.Objects::nonNull).sorted().forEach(topics::add);
        return topics;
    }

    /** These rights for another principal (a second platform under test with a database of its own name). */
    public KafkaRechten voor(String anderePrincipal) {
        return new KafkaRechten(anderePrincipal, produceert, consumeert, groep, deadLetter);
    }

    public List<AclBinding> bindingen() {
        List<AclBinding> acls = new ArrayList<>();
        if (produceert != null) {
            topic(acls, produceert, AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);
            // The outbox relay's transactional id, stable per topic (a zombie relay is fenced).
            acls.add(acl(new ResourcePattern(ResourceType.TRANSACTIONAL_ID, "outbox-relay-" + produceert, PatternType.LITERAL),
                    AclOperation.WRITE));
            acls.add(acl(new ResourcePattern(ResourceType.TRANSACTIONAL_ID, "outbox-relay-" + produceert, PatternType.LITERAL),
                    AclOperation.DESCRIBE));
        }
        for (String topic : consumeert) {
            topic(acls, topic, AclOperation.READ, AclOperation.DESCRIBE, AclOperation.DESCRIBE_CONFIGS);
        }
        if (groep != null) {
            acls.add(acl(new ResourcePattern(ResourceType.GROUP, groep, PatternType.LITERAL), AclOperation.READ));
        }
        if (deadLetter != null) {
            topic(acls, deadLetter, AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE, AclOperation.DESCRIBE_CONFIGS);
        }
        return acls;
    }

    private void topic(List<AclBinding> acls, String topic, AclOperation... operations) {
        for (AclOperation operation : operations) {
            acls.add(acl(new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL), operation));
        }
    }

    private AclBinding acl(ResourcePattern resource, AclOperation operation) {
        return new AclBinding(resource, new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }
}
