package io.psm.migrate.boot.autogenerate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The capture joins the integrators an application registers itself, in each form Hibernate accepts. */
class IntegratorRegistrationTest {

    private final HibernateModelCapture capture = new HibernateModelCapture();

    /** An application's own provider, as it might name it in {@code spring.jpa.properties}. */
    public static final class ApplicationIntegrators implements IntegratorProvider {

        static final Integrator AUDIT = new Integrator() {
        };

        @Override
        public List<Integrator> getIntegrators() {
            return List.of(AUDIT);
        }
    }

    @Test
    void withoutAProviderOfItsOwnTheApplicationGetsTheCaptureAlone() {
        assertThat(integratorsAfterCustomizing(null)).containsExactly(this.capture);
    }

    @Test
    void aProviderInstanceKeepsItsIntegrators() {
        assertThat(integratorsAfterCustomizing(new ApplicationIntegrators()))
                .containsExactly(ApplicationIntegrators.AUDIT, this.capture);
    }

    @Test
    void aProviderClassNameKeepsItsIntegrators() {
        assertThat(integratorsAfterCustomizing(ApplicationIntegrators.class.getName()))
                .containsExactly(ApplicationIntegrators.AUDIT, this.capture);
    }

    @Test
    void aProviderClassKeepsItsIntegrators() {
        assertThat(integratorsAfterCustomizing(ApplicationIntegrators.class))
                .containsExactly(ApplicationIntegrators.AUDIT, this.capture);
    }

    private List<Integrator> integratorsAfterCustomizing(Object existing) {
        Map<String, Object> settings = new HashMap<>();
        if (existing != null) {
            settings.put(JpaSettings.INTEGRATOR_PROVIDER, existing);
        }
        new IntegratorRegistration(this.capture).customize(settings);
        return ((IntegratorProvider) settings.get(JpaSettings.INTEGRATOR_PROVIDER)).getIntegrators();
    }
}
