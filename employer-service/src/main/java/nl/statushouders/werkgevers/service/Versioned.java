package nl.statushouders.werkgevers.service;

/**
 * A row with the version of the stream it lives in, for the ETag. Places and matches live in their
 * employer's stream, so theirs is the employer's version.
 */
public record Versioned<T>(T row, long version) {
}
