package nl.statushouders.werkgevers;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import nl.statushouders.testsupport.PlatformTestResource;

/** Real PostgreSQL (database "werkgevers"), real Kafka and the OIDC test server for every test of this module. */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "werkgevers"))
public final class WerkgeversTestResources {

    private WerkgeversTestResources() {
    }
}
