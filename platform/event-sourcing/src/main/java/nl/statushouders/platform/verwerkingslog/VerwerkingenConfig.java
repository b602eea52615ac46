package nl.statushouders.platform.verwerkingslog;

import io.smallrye.config.ConfigMapping;

import java.util.Map;

/**
 * The register of processing activities (verwerkingsactiviteiten) the endpoints refer to. The
 * municipality's own register is the source; this is the platform's copy, one for all services
 * (the kernel's defaults), so that a log entry names an activity and the privacy officer can read
 * its purpose and legal basis.
 */
@ConfigMapping(prefix = "platform.verwerkingen")
public interface VerwerkingenConfig {

    /** Base URI of the register; an activity's id is this plus its key (dpl.core.processing_activity_id). */
    String register();

    Map<String, Activiteit> activiteiten();

    interface Activiteit {
        String naam();

        /** Legal basis (grondslag) under AVG article 6 (and 9 where special categories are involved). */
        String grondslag();
    }
}
