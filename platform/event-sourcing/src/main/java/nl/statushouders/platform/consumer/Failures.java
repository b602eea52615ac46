package nl.statushouders.platform.consumer;

import nl.statushouders.platform.eventsourcing.ConflictException;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a failure that can pass from one that will happen again. A passing failure (the database
 * gone for a moment, a pool or lock that is busy, a concurrent writer, a person this service has not
 * heard of yet) is retried in place; anything else is permanent and the event is parked and
 * dead-lettered. Unknown failures count as permanent: a bug fails the same way every time, and
 * re-drive after the fix brings the event back.
 */
public final class Failures {

    /** SQLSTATE classes and codes that pass: connection, conflicts, resources, shutdown, unique races. */
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "53", "57", "58", "40");
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("55P03", "55006", "23505", "25006");

    private Failures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PermanentFailure) {
                return false;
            }
            if (t instanceof ConflictException conflict) {
                return conflict.isStaleVersion();
            }
            if (t instanceof NogNietBekendException
                    || t instanceof java.io.IOException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            String sqlState = sqlState(t);
            if (sqlState != null && (TRANSIENT_SQL_STATES.contains(sqlState)
                    || TRANSIENT_SQL_CLASSES.contains(sqlState.substring(0, Math.min(2, sqlState.length()))))) {
                return true;
            }
            String name = t.getClass().getName().toLowerCase(Locale.ROOT);
            // Vert.x and Netty name their passing failures rather than typing them in a shared hierarchy:
            // ClosedConnectionException, ConnectionPoolTooBusyException, NoStackTraceTimeoutException...
            if (name.contains("closedconnection") || name.contains("connectionpool") || name.contains("timeout")
                    || name.contains("connectexception") || name.contains("channelexception")) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("connection is closed") || message.contains("connection refused")
                    || message.contains("pending requests") || message.contains("connection reset")
                    || message.contains("timeout") || message.contains("timed out")
                    || message.contains("connection may have been lost") || message.contains("terminating connection")) {
                return true;
            }
        }
        return false;
    }

    /** The rejection among the failure's causes (a transaction may wrap it), or null. */
    public static Verworpen verworpen(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Verworpen v) {
                return v;
            }
        }
        return null;
    }

    /**
     * A reason to store and send with a dead letter: the failure's kind and where it happened in
     * our code, never its message, which may quote the payload (a name, a birth date).
     */
    public static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PermanentFailure || t instanceof CloudEvent.MalformedEventException
                    || t instanceof nl.statushouders.platform.eventsourcing.PolicyViolationException) {
                return t.getClass().getSimpleName() + ": " + t.getMessage();
            }
            root = t;
        }
        String sqlState = sqlState(root);
        StringBuilder reason = new StringBuilder(root.getClass().getSimpleName());
        if (sqlState != null) {
            reason.append(" (SQLSTATE ").append(sqlState).append(')');
        } else if (driverMessage(root)) {
            // The SQL client's own words about the connection; it never quotes data (a PgException, which
            // can, carries a SQLSTATE and is handled above).
            // Except where it names a parameter's value ("... value = [...]"): that can be personal data.
            String message = root.getMessage();
            int value = message.indexOf("value =");
            String words = value < 0 ? message : message.substring(0, value) + "...";
            reason.append(" (").append(words, 0, Math.min(120, words.length())).append(')');
        }
        for (StackTraceElement frame : root.getStackTrace()) {
            if (frame.getClassName().startsWith("nl.statushouders.")) {
                reason.append(" at ").append(frame);
                break;
            }
        }
        return reason.toString();
    }

    private static boolean driverMessage(Throwable t) {
        String name = t.getClass().getName();
        return t.getMessage() != null && (name.startsWith("io.vertx.sqlclient.") || name.startsWith("io.vertx.pgclient.")
                || name.equals("io.vertx.core.impl.NoStackTraceThrowable"));
    }

    private static String sqlState(Throwable t) {
        if (t instanceof java.sql.SQLException sql) {
            return sql.getSQLState();
        }
        if (t instanceof io.vertx.pgclient.PgException pg) {
            return pg.getSqlState();
        }
        if (t instanceof org.hibernate.exception.JDBCConnectionException) {
            return "08000";
        }
        return null;
    }

    /** A failure that will not pass; its message is safe to store and send (no personal data). */
    public static class PermanentFailure extends RuntimeException {
        public PermanentFailure(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * An event not to be trusted (wrong producer, another tenant for a known person): never retried,
     * parked without holding up its key (it may not be whose it says), dead-lettered with the reason.
     */
    public static class Verworpen extends PermanentFailure {
        public Verworpen(String reason) {
            super(reason);
        }
    }

    /** The event concerns a person or resource this service has not learned of yet: wait and try again. */
    public static class NogNietBekendException extends RuntimeException {
        public NogNietBekendException(String what) {
            super(what + " is nog niet bekend");
        }
    }
}
