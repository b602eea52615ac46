package nl.statushouders.platform.eventsourcing;

import java.util.List;

/**
 * The pure core of an aggregate (the Decider pattern): no I/O, no clock, no randomness.
 * Everything a decision needs arrives in the command or the state.
 *
 * @param <C> commands
 * @param <S> state, folded from the events
 * @param <E> events
 */
public interface Decider<C, S, E> {

    S initialState();

    /** The events a command produces, or a {@link PolicyViolationException} when a rule forbids it. */
    List<E> decide(C command, S state);

    S evolve(S state, E event);

    default S fold(List<? extends E> events) {
        S state = initialState();
        for (E event : events) {
            state = evolve(state, event);
        }
        return state;
    }
}
