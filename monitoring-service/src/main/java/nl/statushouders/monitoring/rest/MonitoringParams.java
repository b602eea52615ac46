package nl.statushouders.monitoring.rest;

import nl.statushouders.platform.rest.InvalidParamException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Query parameters of the monitoring views, parsed into 400 problems that name the parameter. */
final class MonitoringParams {

    private MonitoringParams() {
    }

    static <E extends Enum<E>> E enumOrNull(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParamException(name, "kies uit " + Arrays.toString(type.getEnumConstants()));
        }
    }

    static int intInRange(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new InvalidParamException(name, "ligt tussen " + min + " en " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidParamException(name, "is een geheel getal");
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidParamException(name, "is verplicht (jjjj-mm-dd)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParamException(name, "is een datum (jjjj-mm-dd)");
        }
    }

    static String cohort(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{4}-Q[1-4]")) {
            throw new InvalidParamException("cohort", "is een kwartaal van aanmelding, bijvoorbeeld 2026-Q3");
        }
        return value;
    }
}
