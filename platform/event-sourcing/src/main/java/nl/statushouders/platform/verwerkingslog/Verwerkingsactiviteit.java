package nl.statushouders.platform.verwerkingslog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The processing activity (verwerkingsactiviteit) an endpoint serves: the key of an entry in the
 * register {@code platform.verwerkingen.activiteiten}. Every answer of such an endpoint that concerns
 * one or more statushouders is written to the processing log before it is sent; on a class it holds
 * for every method that does not name its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Verwerkingsactiviteit {
    String value();
}
