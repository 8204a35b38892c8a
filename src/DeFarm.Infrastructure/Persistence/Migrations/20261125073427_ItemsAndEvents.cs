using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ItemsAndEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "dfid_sequence");

            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dfid = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    event_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    metadata = table.Column<string>(type: "jsonb", nullable: false),
                    is_encrypted = table.Column<bool>(type: "boolean", nullable: false),
                    visibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    local_event_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_local = table.Column<bool>(type: "boolean", nullable: false),
                    pushed_to_circuit = table.Column<Guid>(type: "uuid", nullable: true),
                    metadata_circuit_id = table.Column<string>(type: "text", nullable: true, computedColumnSql: "CASE WHEN jsonb_typeof(metadata -> 'circuit_id') = 'string' THEN metadata ->> 'circuit_id' END", stored: true),
                    metadata_recipient_id = table.Column<string>(type: "text", nullable: true, computedColumnSql: "CASE WHEN jsonb_typeof(metadata -> 'recipient_id') = 'string' THEN metadata ->> 'recipient_id' END", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.event_id);
                });

            migrationBuilder.CreateTable(
                name: "items",
                columns: table => new
                {
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    local_id = table.Column<Guid>(type: "uuid", nullable: true),
                    legacy_mode = table.Column<bool>(type: "boolean", nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    enriched_data = table.Column<string>(type: "jsonb", nullable: false),
                    confidence_score = table.Column<double>(type: "double precision", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    merged_into_local_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    workspace_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    aliases = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_items", x => x.dfid);
                });

            migrationBuilder.CreateTable(
                name: "lid_dfid_mappings",
                columns: table => new
                {
                    local_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lid_dfid_mappings", x => x.local_id);
                });

            migrationBuilder.CreateTable(
                name: "pending_items",
                columns: table => new
                {
                    pending_id = table.Column<Guid>(type: "uuid", nullable: false),
                    enriched_data = table.Column<string>(type: "jsonb", nullable: true),
                    source_entry = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    reason_details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    resolved_dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    workspace_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    identifiers = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pending_items", x => x.pending_id);
                });

            migrationBuilder.CreateTable(
                name: "item_identifiers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    @namespace = table.Column<string>(name: "namespace", type: "character varying(50)", maxLength: 50, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    registry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    verified = table.Column<bool>(type: "boolean", nullable: false),
                    verification_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scope = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    dfid = table.Column<string>(type: "character varying(64)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_item_identifiers", x => x.id);
                    table.ForeignKey(
                        name: "fk_item_identifiers_items_dfid",
                        column: x => x.dfid,
                        principalTable: "items",
                        principalColumn: "dfid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "item_shares",
                columns: table => new
                {
                    share_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    shared_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    recipient_user_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    shared_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    permissions = table.Column<string[]>(type: "text[]", nullable: false),
                    source_entry = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_item_shares", x => x.share_id);
                    table.ForeignKey(
                        name: "fk_item_shares_items_dfid",
                        column: x => x.dfid,
                        principalTable: "items",
                        principalColumn: "dfid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "item_source_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entry_id = table.Column<Guid>(type: "uuid", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    dfid = table.Column<string>(type: "character varying(64)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_item_source_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_item_source_entries_items_dfid",
                        column: x => x.dfid,
                        principalTable: "items",
                        principalColumn: "dfid",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_events_dfid",
                table: "events",
                column: "dfid");

            migrationBuilder.CreateIndex(
                name: "ix_events_event_type",
                table: "events",
                column: "event_type");

            migrationBuilder.CreateIndex(
                name: "ix_events_metadata_circuit_id",
                table: "events",
                column: "metadata_circuit_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_metadata_recipient_id",
                table: "events",
                column: "metadata_recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_source",
                table: "events",
                column: "source");

            migrationBuilder.CreateIndex(
                name: "ix_events_timestamp",
                table: "events",
                column: "timestamp");

            migrationBuilder.CreateIndex(
                name: "ix_events_visibility",
                table: "events",
                column: "visibility");

            migrationBuilder.CreateIndex(
                name: "ux_events_content_hash",
                table: "events",
                column: "content_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_events_local_event_id",
                table: "events",
                column: "local_event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_item_identifiers_dfid",
                table: "item_identifiers",
                column: "dfid");

            migrationBuilder.CreateIndex(
                name: "ix_item_identifiers_key_value",
                table: "item_identifiers",
                columns: new[] { "key", "value" });

            migrationBuilder.CreateIndex(
                name: "ix_item_identifiers_namespace_key_value",
                table: "item_identifiers",
                columns: new[] { "namespace", "key", "value" });

            migrationBuilder.CreateIndex(
                name: "ix_item_shares_dfid_recipient_user_id",
                table: "item_shares",
                columns: new[] { "dfid", "recipient_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_item_shares_recipient_user_id_shared_at",
                table: "item_shares",
                columns: new[] { "recipient_user_id", "shared_at" });

            migrationBuilder.CreateIndex(
                name: "ix_item_source_entries_dfid",
                table: "item_source_entries",
                column: "dfid");

            migrationBuilder.CreateIndex(
                name: "ix_items_created_at",
                table: "items",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_items_created_by_created_at",
                table: "items",
                columns: new[] { "created_by", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_items_local_id",
                table: "items",
                column: "local_id");

            migrationBuilder.CreateIndex(
                name: "ix_items_status_created_at",
                table: "items",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_items_workspace_id",
                table: "items",
                column: "workspace_id");

            migrationBuilder.CreateIndex(
                name: "ix_lid_dfid_mappings_dfid",
                table: "lid_dfid_mappings",
                column: "dfid");

            migrationBuilder.CreateIndex(
                name: "ix_pending_items_created_by_status_priority",
                table: "pending_items",
                columns: new[] { "created_by", "status", "priority" });

            migrationBuilder.CreateIndex(
                name: "ix_pending_items_status_priority_created_at",
                table: "pending_items",
                columns: new[] { "status", "priority", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "item_identifiers");

            migrationBuilder.DropTable(
                name: "item_shares");

            migrationBuilder.DropTable(
                name: "item_source_entries");

            migrationBuilder.DropTable(
                name: "lid_dfid_mappings");

            migrationBuilder.DropTable(
                name: "pending_items");

            migrationBuilder.DropTable(
                name: "items");

            migrationBuilder.DropSequence(
                name: "dfid_sequence");
        }
    }
}
