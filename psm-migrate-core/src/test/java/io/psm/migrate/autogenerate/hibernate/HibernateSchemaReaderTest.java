package io.psm.migrate.autogenerate.hibernate;

import io.psm.migrate.autogenerate.schema.Column;
import io.psm.migrate.autogenerate.schema.DatabaseKind;
import io.psm.migrate.autogenerate.schema.ForeignKey;
import io.psm.migrate.autogenerate.schema.Index;
import io.psm.migrate.autogenerate.schema.IndexColumn;
import io.psm.migrate.autogenerate.schema.ReferentialAction;
import io.psm.migrate.autogenerate.schema.SchemaModel;
import io.psm.migrate.autogenerate.schema.SortOrder;
import io.psm.migrate.autogenerate.schema.Table;
import io.psm.migrate.autogenerate.schema.UniqueConstraint;
import io.psm.migrate.autogenerate.schema.Uniqueness;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HibernateSchemaReaderTest {

    private static final String SPRING_NAMING = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    private final HibernateSchemaReader reader = new HibernateSchemaReader();

    @Entity(name = "OrderLine")
    static class OrderLine {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Long id;
        @jakarta.persistence.Column(unique = true, length = 30)
        String productCode;
        @ManyToOne
        PurchaseOrder purchaseOrder;
    }

    @Entity(name = "PurchaseOrder")
    @jakarta.persistence.Table(indexes = {
            @jakarta.persistence.Index(name = "ix_po_number", columnList = "orderNumber, placedBy desc"),
            @jakarta.persistence.Index(name = "ux_po_placed_by", columnList = "placedBy", unique = true)})
    static class PurchaseOrder {
        @Id
        Long id;
        String orderNumber;
        String placedBy;
    }

    @Entity(name = "Quoted")
    @jakarta.persistence.Table(name = "\"MixedCase\"")
    static class Quoted {
        @Id
        Long id;
        @jakarta.persistence.Column(name = "\"Label\"")
        String label;
    }

    @Entity(name = "Report")
    @jakarta.persistence.Table(schema = "reporting")
    static class Report {
        @Id
        Long id;
    }

    @Test
    void springsNamingStrategyGivesSnakeCaseTablesAndColumns() {
        SchemaModel model = read(DatabaseKind.POSTGRESQL, SPRING_NAMING, OrderLine.class, PurchaseOrder.class);

        assertThat(model.tables()).extracting(Table::name).containsExactly("order_line", "purchase_order");
        assertThat(model.table("order_line").orElseThrow().columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("id", "product_code", "purchase_order_id");
    }

    @Test
    void hibernatesDefaultNamingKeepsTheJavaNamesFoldedByTheDatabase() {
        SchemaModel model = read(DatabaseKind.H2, null, OrderLine.class, PurchaseOrder.class);

        assertThat(model.tables()).extracting(Table::name).containsExactly("ORDERLINE", "PURCHASEORDER");
        assertThat(model.table("ORDERLINE").orElseThrow().columns()).extracting(Column::name)
                .contains("PRODUCTCODE", "PURCHASEORDER_ID");
    }

    @Test
    void columnsCarryDialectTypesNullabilityAndIdentity() {
        Table line = read(DatabaseKind.POSTGRESQL, SPRING_NAMING, OrderLine.class, PurchaseOrder.class)
                .table("order_line").orElseThrow();

        assertThat(line.column("id").orElseThrow().isIdentity()).isTrue();
        assertThat(line.column("id").orElseThrow().isNotNull()).isTrue();
        assertThat(line.column("product_code").orElseThrow().type().sql()).isEqualTo("VARCHAR(30)");
        assertThat(line.column("product_code").orElseThrow().isNotNull()).isFalse();
        assertThat(line.primaryKey()).containsExactly("id");
    }

    @Test
    void aUniqueColumnBecomesAUniqueConstraintUnderHibernatesName() {
        Table line = read(DatabaseKind.POSTGRESQL, SPRING_NAMING, OrderLine.class, PurchaseOrder.class)
                .table("order_line").orElseThrow();

        assertThat(line.uniqueConstraints()).singleElement().satisfies(constraint -> {
            assertThat(constraint.columns()).containsExactly("product_code");
            assertThat(constraint.name()).startsWith("uk");
        });
    }

    @Test
    void indexesKeepTheirColumnOrderAndSortOrder() {
        Table order = read(DatabaseKind.POSTGRESQL, SPRING_NAMING, OrderLine.class, PurchaseOrder.class)
                .table("purchase_order").orElseThrow();

        assertThat(order.indexes()).containsExactly(new Index("ix_po_number", List.of(
                IndexColumn.ascending("order_number"), new IndexColumn("placed_by", SortOrder.DESC)), Uniqueness.NON_UNIQUE));
    }

    @Test
    void aUniqueIndexAnnotationIsAUniqueConstraintAsHibernateCreatesIt() {
        Table order = read(DatabaseKind.POSTGRESQL, SPRING_NAMING, OrderLine.class, PurchaseOrder.class)
                .table("purchase_order").orElseThrow();

        assertThat(order.uniqueConstraints()).containsExactly(new UniqueConstraint("ux_po_placed_by", List.of("placed_by")));
    }

    @Test
    void aForeignKeyToAPrimaryKeyNamesTheReferencedColumns() {
        Table line = read(DatabaseKind.POSTGRESQL, SPRING_NAMING, OrderLine.class, PurchaseOrder.class)
                .table("order_line").orElseThrow();

        assertThat(line.foreignKeys()).singleElement().extracting(ForeignKey::unnamed).isEqualTo(new ForeignKey("",
                List.of("purchase_order_id"), "purchase_order", List.of("id"), ReferentialAction.NO_ACTION));
    }

    @Test
    void quotedNamesAreKeptExactly() {
        SchemaModel model = read(DatabaseKind.H2, SPRING_NAMING, Quoted.class);

        assertThat(model.tables()).extracting(Table::name).containsExactly("MixedCase");
        assertThat(model.table("MixedCase").orElseThrow().columns()).extracting(Column::name).containsExactly("ID", "Label");
    }

    @Test
    void theDefaultNamespaceLeavesOutEntitiesOfOtherSchemas() {
        try (EntityMetadata metadata = build(DatabaseKind.H2, SPRING_NAMING, Report.class, PurchaseOrder.class)) {
            assertThat(reader.read(metadata.metadata()).tables()).extracting(Table::name).containsExactly("PURCHASE_ORDER");
            assertThat(reader.read(metadata.metadata(), "reporting").tables()).extracting(Table::name)
                    .containsExactly("REPORT");
        }
    }

    @Test
    void anUnsupportedDialectIsRejectedByName() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.dialect", "org.hibernate.dialect.MySQLDialect");
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        try (EntityMetadata metadata = EntityMetadata.build(List.of(PurchaseOrder.class), settings)) {
            assertThatThrownBy(() -> reader.read(metadata.metadata())).isInstanceOf(EntityModelException.class)
                    .hasMessageContaining("org.hibernate.dialect.MySQLDialect");
        }
    }

    @Test
    void aMappingHibernateRejectsNamesTheEntities() {
        assertThatThrownBy(() -> build(DatabaseKind.H2, null, OrderLine.class))
                .isInstanceOf(EntityModelException.class)
                .hasMessageStartingWith("Hibernate could not map the entities [OrderLine]: ");
    }

    private SchemaModel read(DatabaseKind kind, String naming, Class<?>... entities) {
        try (EntityMetadata metadata = build(kind, naming, entities)) {
            return reader.read(metadata.metadata());
        }
    }

    /** Builds without a connection: the dialect alone decides types and identifier case. */
    private static EntityMetadata build(DatabaseKind kind, String naming, Class<?>... entities) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.dialect", kind == DatabaseKind.H2
                ? "org.hibernate.dialect.H2Dialect" : "org.hibernate.dialect.PostgreSQLDialect");
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        if (naming != null) {
            settings.put("hibernate.physical_naming_strategy", naming);
        }
        return EntityMetadata.build(List.of(entities), settings);
    }
}
