package nl.statushouders.monitoring.domain;

import java.time.Instant;

/** The latest state of the statushouder's assessment, by event time. */
public record Assessment(String assessmentId, Status status, Instant sinds) {

    public enum Status { UITGENODIGD, GEPLAND, AFGEROND, NIET_VERSCHENEN }
}
