package nl.statushouders.intake.domain;

/** The learning route of the Wet inburgering 2021. */
public enum Leerroute { B1, ONDERWIJS, Z }
