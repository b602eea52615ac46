package nl.statushouders.monitoring.domain;

/** The phases of the route to work, in order; a statushouder is in the furthest one reached. */
public enum Fase { AANGEMELD, STARTGESPREK, ASSESSMENT, WERKGESPREK, IN_TRAJECT, UITGESTROOMD }
