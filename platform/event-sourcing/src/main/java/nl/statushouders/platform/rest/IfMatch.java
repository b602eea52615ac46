package nl.statushouders.platform.rest;

import jakarta.ws.rs.BadRequestException;

/** Reads an If-Match header holding a version ETag ("3", W/"3"); absent means "no expectation". */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {
    }

    public static Long version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match is geen versie");
        }
    }
}
