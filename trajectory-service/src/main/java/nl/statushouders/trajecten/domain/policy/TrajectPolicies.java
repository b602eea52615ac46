package nl.statushouders.trajecten.domain.policy;

import java.util.List;

/**
 * Every business rule of a trajectory, in one place. Each is a small class with its own
 * given-when-then tests; {@link nl.statushouders.trajecten.domain.TrajectDecider} applies them.
 */
public final class TrajectPolicies {

    public static final List<String> ALL = List.of(
            JongerenEerstOnderwijs.NAME,          // plan (not from a match) and start: under 30 without startkwalificatie, education first or a motivering
            StudieMetBehoudVanUitkering.NAME,     // plan (not from a match) and start: from 30 years, at most 12 months
            TaalstageMetTaalleerdoel.NAME,        // plan (not from a match) and start: a taalstage has a TAAL leerdoel
            MaximaleUrenPerWeek.NAME,             // plan (not from a match) and start: total hours within the configured maximum
            EinddatumNaStartdatum.NAME,           // plan and start: geplandeEinddatum after startdatum
            EenmaalStarten.NAME,                  // start: only a planned trajectory, once (409)
            VoortgangBijActiefTraject.NAME,       // progress: only on a started, not ended trajectory (409)
            VoortgangNietInToekomst.NAME,         // progress: datum not after today
            AanwezigheidAlsPercentage.NAME,       // progress: 0..100
            EenmaalBeeindigen.NAME,               // end: once (409)
            EigenStudenten.NAME);                 // access: taalschool and uaf only their own students (404), in the service

    private TrajectPolicies() {
    }
}
