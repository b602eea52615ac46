package nl.statushouders.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** RFC 9457 problem details; {@code invalidParams} names each rejected field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record InvalidParam(String name, String reason) {
    }

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<InvalidParam> invalidParams) {
        Problem problem = new Problem("about:blank", title, status, detail, null, invalidParams);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
