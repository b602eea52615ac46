package nl.statushouders.werkgevers.domain;

import nl.statushouders.platform.eventsourcing.Decider;
import nl.statushouders.platform.eventsourcing.PolicyViolationException;
import nl.statushouders.platform.eventsourcing.Violation;
import nl.statushouders.werkgevers.domain.event.TaalvoucherGranted;
import nl.statushouders.werkgevers.domain.event.WerkgeversEvent;
import nl.statushouders.werkgevers.domain.policy.TaalvoucherJaarbudget;
import nl.statushouders.werkgevers.domain.policy.TaalvoucherVoorwaarden;

import java.util.ArrayList;
import java.util.List;

/** A gemeente's yearly taalvoucher budget, as pure functions. */
public final class TaalvoucherDecider implements Decider<VerleenTaalvoucher, TaalvoucherBudget, WerkgeversEvent> {

    @Override
    public TaalvoucherBudget initialState() {
        return TaalvoucherBudget.LEEG;
    }

    @Override
    public List<WerkgeversEvent> decide(VerleenTaalvoucher c, TaalvoucherBudget budget) {
        List<Violation> v = new ArrayList<>(TaalvoucherVoorwaarden.check(c.betaaldeBaan(), c.gesproken()));
        v.addAll(TaalvoucherJaarbudget.check(budget.besteed(), c.bedrag(), c.jaarbudget()));
        PolicyViolationException.throwIfAny(v);
        return List.of(new TaalvoucherGranted(c.taalvoucherId(), c.werkgeverId(), c.statushouderId(), c.gemeente(),
                c.bedrag(), c.maanden(), c.jaar()));
    }

    @Override
    public TaalvoucherBudget evolve(TaalvoucherBudget budget, WerkgeversEvent event) {
        if (event instanceof TaalvoucherGranted e) {
            return new TaalvoucherBudget(budget.besteed() + e.bedrag(), budget.aantal() + 1, e.statushouderId());
        }
        throw new IllegalArgumentException("Not a budget event: " + event.getClass().getSimpleName());
    }
}
