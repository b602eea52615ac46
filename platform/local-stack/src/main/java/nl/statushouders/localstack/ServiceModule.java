package nl.statushouders.localstack;

/** The platform's services (DESIGN section 1). The stack starts each one that has been built. */
enum ServiceModule {
    INTAKE("intake-service", 8081, "intake", "/api/intake/v1"),
    ASSESSMENT("assessment-service", 8082, "assessment", "/api/assessment/v1"),
    TRAJECTEN("trajectory-service", 8083, "trajecten", "/api/trajecten/v1"),
    WERKGEVERS("employer-service", 8084, "werkgevers", "/api/werkgevers/v1"),
    MONITORING("monitoring-service", 8085, "monitoring", "/api/monitoring/v1");

    private final String module;
    private final int port;
    private final String database;
    private final String root;

    ServiceModule(String module, int port, String database, String root) {
        this.module = module;
        this.port = port;
        this.database = database;
        this.root = root;
    }

    String module() {
        return module;
    }

    int port() {
        return port;
    }

    String database() {
        return database;
    }

    String root() {
        return root;
    }
}
