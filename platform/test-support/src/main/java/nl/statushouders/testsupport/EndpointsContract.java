package nl.statushouders.testsupport;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import nl.statushouders.platform.verwerkingslog.GeenPersoonsgegevens;
import nl.statushouders.platform.verwerkingslog.VerwerkingslogFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enumerates every REST endpoint of a service (its compiled resource classes and what they inherit
 * from the kernel) and checks the two declarations each must make: the roles that may call it
 * (default-deny refuses the rest) and whether it processes a statushouder's data, under which
 * registered processing activity.
 */
public abstract class EndpointsContract {

    private static final List<Class<? extends Annotation>> HTTP = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class);

    /** The package of the service's resources, e.g. {@code nl.statushouders.intake.rest}. */
    protected abstract String pakket();

    protected List<Method> endpoints() throws IOException, ClassNotFoundException {
        Path dir = Path.of("target/classes", pakket().split("\\."));
        List<Method> endpoints = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName(pakket() + "." + name.substring(0, name.length() - ".class".length()));
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class) && !Modifier.isAbstract(type.getModifiers())) {
                    for (Method method : type.getMethods()) {
                        if (HTTP.stream().anyMatch(method::isAnnotationPresent)) {
                            endpoints.add(method);
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    @Test
    void every_endpoint_names_its_roles() throws Exception {
        List<Method> endpoints = endpoints();
        assertThat(endpoints).isNotEmpty();
        for (Method m : endpoints) {
            boolean roles = m.isAnnotationPresent(RolesAllowed.class) || m.getDeclaringClass().isAnnotationPresent(RolesAllowed.class);
            assertThat(roles).as("%s names the roles that may call it", m).isTrue();
            assertThat(m.isAnnotationPresent(PermitAll.class)).as("%s is open to anyone", m).isFalse();
        }
    }

    @Test
    void every_endpoint_says_whether_it_processes_personal_data_and_under_which_registered_activity() throws Exception {
        for (Method m : endpoints()) {
            String activiteit = VerwerkingslogFilter.activiteit(m, m.getDeclaringClass());
            boolean geen = m.isAnnotationPresent(GeenPersoonsgegevens.class)
                    || (activiteit == null && declaredOnClass(m, GeenPersoonsgegevens.class));
            assertThat(activiteit != null || geen)
                    .as("%s has @Verwerkingsactiviteit or @GeenPersoonsgegevens", m).isTrue();
            if (activiteit != null) {
                assertThat(ConfigProvider.getConfig().getOptionalValue(
                        "platform.verwerkingen.activiteiten." + activiteit + ".grondslag", String.class))
                        .as("activity %s of %s is in the register with its legal basis", activiteit, m).isPresent();
            }
        }
    }

    private static boolean declaredOnClass(Method m, Class<? extends Annotation> annotation) {
        for (Class<?> type = m.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            if (type.isAnnotationPresent(annotation)) {
                return true;
            }
        }
        return false;
    }
}
