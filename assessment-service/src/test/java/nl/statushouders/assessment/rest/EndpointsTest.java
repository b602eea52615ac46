package nl.statushouders.assessment.rest;

import io.quarkus.test.junit.QuarkusTest;
import nl.statushouders.testsupport.EndpointsContract;

/** Every endpoint of this service names its roles and its processing activity: see {@link EndpointsContract}. */
@QuarkusTest
class EndpointsTest extends EndpointsContract {

    @Override
    protected String pakket() {
        return "nl.statushouders.assessment.rest";
    }
}
