using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class GatewaySessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "full_name",
                table: "user_accounts",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "circuit_type",
                table: "circuits",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "discovery_enabled",
                table: "circuits",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_published",
                table: "circuits",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_restricted",
                table: "circuits",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "public_contact_email",
                table: "circuits",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "public_website",
                table: "circuits",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "searchable",
                table: "circuits",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "slug",
                table: "circuits",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "request_id",
                table: "circuit_join_requests",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Rows that existed before: every circuit gets a slug shaped as CircuitSlug makes them (accented letters
            // become separators here) and every join request an id, before the unique indexes below are created.
            migrationBuilder.Sql(
                """
                UPDATE circuits SET slug = coalesce(
                    nullif(trim(both '-' from left(regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g'), 71)), ''),
                    'circuit') || '-' || left(replace(circuit_id::text, '-', ''), 8);
                UPDATE circuit_join_requests SET request_id = gen_random_uuid();
                """);

            migrationBuilder.CreateTable(
                name: "sign_in_sessions",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    user_agent = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ip_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_activity_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_sessions", x => x.session_id);
                    table.ForeignKey(
                        name: "fk_sign_in_sessions_users_user_id",
                        column: x => x.user_id,
                        principalTable: "user_accounts",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_refresh_tokens",
                columns: table => new
                {
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rotated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_refresh_tokens", x => x.token_hash);
                    table.ForeignKey(
                        name: "fk_session_refresh_tokens_sign_in_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "sign_in_sessions",
                        principalColumn: "session_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_circuits_discoverable_created_at",
                table: "circuits",
                column: "created_at",
                filter: "discovery_enabled");

            migrationBuilder.CreateIndex(
                name: "ux_circuits_slug",
                table: "circuits",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_circuit_join_requests_request_id",
                table: "circuit_join_requests",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_refresh_tokens_session_id",
                table: "session_refresh_tokens",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_sessions_ended_at",
                table: "sign_in_sessions",
                column: "ended_at");

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_sessions_expires_at",
                table: "sign_in_sessions",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_sessions_user_id_last_activity_at",
                table: "sign_in_sessions",
                columns: new[] { "user_id", "last_activity_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "session_refresh_tokens");

            migrationBuilder.DropTable(
                name: "sign_in_sessions");

            migrationBuilder.DropIndex(
                name: "ix_circuits_discoverable_created_at",
                table: "circuits");

            migrationBuilder.DropIndex(
                name: "ux_circuits_slug",
                table: "circuits");

            migrationBuilder.DropIndex(
                name: "ux_circuit_join_requests_request_id",
                table: "circuit_join_requests");

            migrationBuilder.DropColumn(
                name: "full_name",
                table: "user_accounts");

            migrationBuilder.DropColumn(
                name: "circuit_type",
                table: "circuits");

            migrationBuilder.DropColumn(
                name: "discovery_enabled",
                table: "circuits");

            migrationBuilder.DropColumn(
                name: "is_published",
                table: "circuits");

            migrationBuilder.DropColumn(
                name: "is_restricted",
                table: "circuits");

            migrationBuilder.DropColumn(
                name: "public_contact_email",
                table: "circuits");

            migrationBuilder.DropColumn(
                name: "public_website",
                table: "circuits");

            migrationBuilder.DropColumn(
                name: "searchable",
                table: "circuits");

            migrationBuilder.DropColumn(
                name: "slug",
                table: "circuits");

            migrationBuilder.DropColumn(
                name: "request_id",
                table: "circuit_join_requests");
        }
    }
}
