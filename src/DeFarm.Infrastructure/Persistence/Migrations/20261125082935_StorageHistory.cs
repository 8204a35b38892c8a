using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class StorageHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "adapter_configs",
                columns: table => new
                {
                    config_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    adapter_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    connection_details = table.Column<string>(type: "jsonb", nullable: false),
                    contract_configs = table.Column<string>(type: "jsonb", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    default_for = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_tested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    test_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_adapter_configs", x => x.config_id);
                });

            migrationBuilder.CreateTable(
                name: "blockchain_indexing_progress",
                columns: table => new
                {
                    network = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    last_indexed_ledger = table.Column<long>(type: "bigint", nullable: false),
                    last_confirmed_ledger = table.Column<long>(type: "bigint", nullable: false),
                    last_indexed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    error_message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    total_events_indexed = table.Column<long>(type: "bigint", nullable: false),
                    last_error_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_blockchain_indexing_progress", x => x.network);
                });

            migrationBuilder.CreateTable(
                name: "cid_timeline_counters",
                columns: table => new
                {
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    last_sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cid_timeline_counters", x => x.dfid);
                });

            migrationBuilder.CreateTable(
                name: "content_blocks",
                columns: table => new
                {
                    cid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_blocks", x => x.cid);
                });

            migrationBuilder.CreateTable(
                name: "item_cid_timeline",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    cid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    event_sequence = table.Column<int>(type: "integer", nullable: false),
                    blockchain_timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ipcm_transaction_hash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    network = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_item_cid_timeline", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "item_storage_histories",
                columns: table => new
                {
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    primary_record_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_item_storage_histories", x => x.dfid);
                    table.ForeignKey(
                        name: "fk_item_storage_histories_items_dfid",
                        column: x => x.dfid,
                        principalTable: "items",
                        principalColumn: "dfid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "storage_history",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    adapter_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    storage_location = table.Column<string>(type: "jsonb", nullable: false),
                    metadata = table.Column<string>(type: "jsonb", nullable: false),
                    triggered_by = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    stored_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    dfid = table.Column<string>(type: "character varying(64)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_storage_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_storage_history_item_storage_histories_dfid",
                        column: x => x.dfid,
                        principalTable: "item_storage_histories",
                        principalColumn: "dfid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_adapter_configs_created_at",
                table: "adapter_configs",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ux_adapter_configs_default_for",
                table: "adapter_configs",
                column: "default_for",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_adapter_configs_name",
                table: "adapter_configs",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_item_cid_timeline_cid",
                table: "item_cid_timeline",
                column: "cid");

            migrationBuilder.CreateIndex(
                name: "ux_item_cid_timeline_dfid_event_sequence",
                table: "item_cid_timeline",
                columns: new[] { "dfid", "event_sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_storage_history_adapter_type",
                table: "storage_history",
                column: "adapter_type");

            migrationBuilder.CreateIndex(
                name: "ix_storage_history_dfid_stored_at",
                table: "storage_history",
                columns: new[] { "dfid", "stored_at" });

            // Numbers each new timeline entry next in its DFID's timeline. The upsert locks the DFID's counter row
            // until the inserting transaction ends, so concurrent appends wait for each other instead of taking
            // the same number, and a rolled-back append gives its number back (no gaps).
            migrationBuilder.Sql("""
                CREATE FUNCTION assign_cid_timeline_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO cid_timeline_counters (dfid, last_sequence) VALUES (NEW.dfid, 1)
                    ON CONFLICT (dfid) DO UPDATE SET last_sequence = cid_timeline_counters.last_sequence + 1
                    RETURNING last_sequence INTO NEW.event_sequence;
                    RETURN NEW;
                END
                $$;
                CREATE TRIGGER item_cid_timeline_sequence BEFORE INSERT ON item_cid_timeline
                    FOR EACH ROW EXECUTE FUNCTION assign_cid_timeline_sequence();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER item_cid_timeline_sequence ON item_cid_timeline;
                DROP FUNCTION assign_cid_timeline_sequence();
                """);

            migrationBuilder.DropTable(
                name: "adapter_configs");

            migrationBuilder.DropTable(
                name: "blockchain_indexing_progress");

            migrationBuilder.DropTable(
                name: "cid_timeline_counters");

            migrationBuilder.DropTable(
                name: "content_blocks");

            migrationBuilder.DropTable(
                name: "item_cid_timeline");

            migrationBuilder.DropTable(
                name: "storage_history");

            migrationBuilder.DropTable(
                name: "item_storage_histories");
        }
    }
}
