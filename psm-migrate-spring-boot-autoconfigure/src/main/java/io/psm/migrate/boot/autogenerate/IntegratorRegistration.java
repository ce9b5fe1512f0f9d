package io.psm.migrate.boot.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.util.ClassUtils;

/**
 * Registers the {@link HibernateModelCapture} with the application's Hibernate bootstrap through
 * {@value JpaSettings#INTEGRATOR_PROVIDER}, keeping the integrators of a provider the application
 * set there itself (an instance, a class or a class name).
 */
public final class IntegratorRegistration implements HibernatePropertiesCustomizer {

    private final HibernateModelCapture capture;

    /**
     * @param capture the integrator to add
     */
    public IntegratorRegistration(HibernateModelCapture capture) {
        this.capture = capture;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        IntegratorProvider existing = provider(hibernateProperties.get(JpaSettings.INTEGRATOR_PROVIDER));
        hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> {
            List<Integrator> integrators = new ArrayList<>();
            if (existing != null) {
                integrators.addAll(existing.getIntegrators());
            }
            integrators.add(this.capture);
            return integrators;
        });
    }

    private static IntegratorProvider provider(Object setting) {
        if (setting == null || setting instanceof IntegratorProvider) {
            return (IntegratorProvider) setting;
        }
        Class<?> type = (setting instanceof Class<?> given) ? given
                : ClassUtils.resolveClassName(setting.toString().trim(), ClassUtils.getDefaultClassLoader());
        return BeanUtils.instantiateClass(type, IntegratorProvider.class);
    }
}
