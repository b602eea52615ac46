package nl.statushouders.monitoring.domain;

import java.time.LocalDate;

/**
 * The latest result of one inburgering exam part (lezen, schrijven, KNM, ...), as the taalschool
 * reports it in an inburgering progress report ({@code examen: {onderdeel, datum, behaald}}).
 */
public record Examen(String onderdeel, LocalDate datum, boolean behaald) {
}
