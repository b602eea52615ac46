package nl.statushouders.werkgevers.domain;

import java.util.UUID;

/**
 * Grant a taalvoucher. The service looks up the facts the rules need (paid job with this
 * employer, latest spoken level, the configured budget) so the decider stays pure.
 */
public record VerleenTaalvoucher(UUID taalvoucherId, UUID werkgeverId, UUID statushouderId, String gemeente, long bedrag,
                                 int maanden, int jaar, long jaarbudget, boolean betaaldeBaan, Taalniveau gesproken) {
}
