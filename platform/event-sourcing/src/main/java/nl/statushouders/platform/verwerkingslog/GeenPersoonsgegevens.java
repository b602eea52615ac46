package nl.statushouders.platform.verwerkingslog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says, with the reason, that an endpoint handles no statushouder's data, so it is not written to the
 * processing log. Each endpoint carries either this or {@link Verwerkingsactiviteit}; a test per
 * service enumerates them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface GeenPersoonsgegevens {
    /** Why no personal data is involved (for the reader and the privacy officer). */
    String value();
}
