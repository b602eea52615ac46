package nl.statushouders.platform.rest;

/** A query or path parameter that cannot be used: 400 naming the parameter. */
public class InvalidParamException extends RuntimeException {

    private final String param;

    public InvalidParamException(String param, String reason) {
        super(reason);
        this.param = param;
    }

    public String param() {
        return param;
    }
}
