package nl.statushouders.trajecten.domain;

import java.time.LocalDate;

/** An exam result reported with progress, e.g. one part of the inburgering exam. */
public record Examen(String onderdeel, LocalDate datum, boolean behaald) {
}
