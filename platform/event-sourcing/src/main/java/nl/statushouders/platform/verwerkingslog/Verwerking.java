package nl.statushouders.platform.verwerkingslog;

import jakarta.enterprise.context.RequestScoped;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The statushouders this request processes, where the answer itself does not show them (a change that
 * answers without a body, a read of the processing log). The response's {@link Betrokkene} and
 * {@link Betrokkenen} are added by the filter.
 */
@RequestScoped
public class Verwerking {

    private final Set<UUID> betrokkenen = new LinkedHashSet<>();

    public void betreft(UUID statushouderId) {
        if (statushouderId != null) {
            betrokkenen.add(statushouderId);
        }
    }

    public void betreft(Collection<UUID> statushouderIds) {
        statushouderIds.forEach(this::betreft);
    }

    Set<UUID> betrokkenen() {
        return betrokkenen;
    }
}
