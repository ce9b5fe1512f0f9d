package io.psm.migrate.boot.autogenerate;

import io.psm.migrate.PsmMigrate;
import io.psm.migrate.autogenerate.AutogenerateResult;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.cli.Autogenerator;
import io.psm.migrate.cli.ModelChanges;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's {@link Autogenerator}: compares its entity model with the database of the
 * {@code db} command's instance through {@link PsmMigrate#compare(SchemaModel)}, which first
 * requires the database to be at its heads, and hands the commands the report lines, the warnings
 * and the two sections (the upgrade section repeats the warnings as {@code -- } comments).
 */
public final class EntityModelAutogenerator implements Autogenerator {

    private final Supplier<SchemaModel> model;

    /**
     * @param model the schema the entities need, read when a command asks
     */
    public EntityModelAutogenerator(Supplier<SchemaModel> model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public ModelChanges compare(PsmMigrate migrate) {
        AutogenerateResult result = migrate.compare(this.model.get());
        return new ModelChanges(result.reportLines(), result.warnings(), result.upgradeScript(),
                result.downgradeScript());
    }
}
