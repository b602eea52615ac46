package nl.statushouders.monitoring;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import nl.statushouders.testsupport.PlatformTestResource;

/** Real PostgreSQL (database "monitoring"), real Kafka and the OIDC test server for every test of this module. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
public final class MonitoringTestResources {

    private MonitoringTestResources() {
    }
}
