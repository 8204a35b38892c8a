using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Events : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
