package io.psm.migrate.boot.actuate.endpoint;

import io.psm.migrate.boot.actuate.endpoint.MigrationsEndpoint.DatabaseDescriptor;
import io.psm.migrate.boot.actuate.endpoint.MigrationsEndpoint.MigrationsDescriptor;

import java.util.Objects;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.annotation.EndpointWebExtension;

/**
 * {@code /actuator/migrations} over HTTP: the same body as {@link MigrationsEndpoint}, with status
 * 503 (Service Unavailable) when a database's state could not be read, so that monitoring that
 * looks only at the status sees the failure; 404 for an instance that does not exist.
 */
@EndpointWebExtension(endpoint = MigrationsEndpoint.class)
public class MigrationsEndpointWebExtension {

    private final MigrationsEndpoint delegate;

    /**
     * An extension of this endpoint.
     *
     * @param delegate the endpoint
     */
    public MigrationsEndpointWebExtension(MigrationsEndpoint delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** Every migrated database; 503 when one could not be read. */
    @ReadOperation
    public WebEndpointResponse<MigrationsDescriptor> migrations() {
        MigrationsDescriptor body = this.delegate.migrations();
        return new WebEndpointResponse<>(body, body.anyFailed()
                ? WebEndpointResponse.STATUS_SERVICE_UNAVAILABLE : WebEndpointResponse.STATUS_OK);
    }

    /**
     * One migrated database; 503 when it could not be read, 404 when there is no such instance.
     *
     * @param instance the instance's name
     * @return its state
     */
    @ReadOperation
    public WebEndpointResponse<DatabaseDescriptor> migrationsOfInstance(@Selector String instance) {
        DatabaseDescriptor body = this.delegate.migrationsOfInstance(instance);
        if (body == null) {
            return new WebEndpointResponse<>(WebEndpointResponse.STATUS_NOT_FOUND);
        }
        return new WebEndpointResponse<>(body, body.failed()
                ? WebEndpointResponse.STATUS_SERVICE_UNAVAILABLE : WebEndpointResponse.STATUS_OK);
    }
}
