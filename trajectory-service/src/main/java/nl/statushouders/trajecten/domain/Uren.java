package nl.statushouders.trajecten.domain;

/**
 * The hours budget of a statushouder at decision time: the hours per week of their other planned
 * and active trajectories (read under a row lock by the service) and the configured maximum.
 */
public record Uren(int elders, int maximum) {
}
