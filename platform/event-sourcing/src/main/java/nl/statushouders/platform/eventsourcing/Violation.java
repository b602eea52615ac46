package nl.statushouders.platform.eventsourcing;

/** One broken rule: the policy that said no, the input field it concerns, and why (shown to users). */
public record Violation(String policy, String field, String reason) {
}
