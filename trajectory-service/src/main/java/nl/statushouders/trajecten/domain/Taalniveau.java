package nl.statushouders.trajecten.domain;

/** Language level per skill; a report may name only the skills that were assessed. */
public record Taalniveau(Niveau lezen, Niveau luisteren, Niveau spreken, Niveau schrijven) {
}
