using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Circuits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "circuits",
                columns: table => new
                {
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    owner_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    default_namespace = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_modified = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<long>(type: "bigint", nullable: false),
                    require_approval_for_push = table.Column<bool>(type: "boolean", nullable: false),
                    require_approval_for_pull = table.Column<bool>(type: "boolean", nullable: false),
                    allow_public_visibility = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuits", x => x.circuit_id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    notification_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false),
                    is_read = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.notification_id);
                    table.ForeignKey(
                        name: "fk_notifications_users_user_id",
                        column: x => x.user_id,
                        principalTable: "user_accounts",
                        principalColumn: "user_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circuit_activities",
                columns: table => new
                {
                    activity_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    activity_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    circuit_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    item_dfids = table.Column<string[]>(type: "text[]", nullable: false),
                    user_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    items_affected = table.Column<int>(type: "integer", nullable: false),
                    enrichments_made = table.Column<int>(type: "integer", nullable: true),
                    error_message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_activities", x => x.activity_id);
                    table.ForeignKey(
                        name: "fk_circuit_activities_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circuit_adapter_configs",
                columns: table => new
                {
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    adapter_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    configured_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    configured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requires_approval = table.Column<bool>(type: "boolean", nullable: false),
                    auto_migrate_existing = table.Column<bool>(type: "boolean", nullable: false),
                    sponsor_adapter_access = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_adapter_configs", x => x.circuit_id);
                    table.ForeignKey(
                        name: "fk_circuit_adapter_configs_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circuit_alias_configs",
                columns: table => new
                {
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    required_canonical = table.Column<List<string>>(type: "text[]", nullable: false),
                    required_contextual = table.Column<List<string>>(type: "text[]", nullable: false),
                    use_fingerprint = table.Column<bool>(type: "boolean", nullable: false),
                    allowed_namespaces = table.Column<List<string>>(type: "text[]", nullable: true),
                    auto_apply_namespace = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_alias_configs", x => x.circuit_id);
                    table.ForeignKey(
                        name: "fk_circuit_alias_configs_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circuit_custom_roles",
                columns: table => new
                {
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    permissions = table.Column<string[]>(type: "text[]", nullable: false),
                    description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    color = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    created_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    is_default = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_custom_roles", x => x.role_id);
                    table.ForeignKey(
                        name: "fk_circuit_custom_roles_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circuit_items",
                columns: table => new
                {
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    pushed_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    pushed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    permissions = table.Column<string[]>(type: "text[]", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_items", x => new { x.circuit_id, x.dfid });
                    table.ForeignKey(
                        name: "fk_circuit_items_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_circuit_items_items_dfid",
                        column: x => x.dfid,
                        principalTable: "items",
                        principalColumn: "dfid",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "circuit_join_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    requester_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_join_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_circuit_join_requests_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circuit_members",
                columns: table => new
                {
                    member_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    custom_role_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    permissions = table.Column<string[]>(type: "text[]", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_members", x => new { x.circuit_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_circuit_members_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circuit_operations",
                columns: table => new
                {
                    operation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    operation_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    requester_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    metadata = table.Column<string>(type: "jsonb", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_operations", x => x.operation_id);
                    table.ForeignKey(
                        name: "fk_circuit_operations_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circuit_public_settings",
                columns: table => new
                {
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    access_mode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scheduled_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    access_password_hash = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    public_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    public_description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    primary_color = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    secondary_color = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    logo_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    tagline = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    footer_text = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    auto_approve_members = table.Column<bool>(type: "boolean", nullable: false),
                    auto_publish_pushed_items = table.Column<bool>(type: "boolean", nullable: false),
                    show_encrypted_events = table.Column<bool>(type: "boolean", nullable: false),
                    required_event_types = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    data_quality_rules = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    export_permissions = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    public_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_public_settings", x => x.circuit_id);
                    table.ForeignKey(
                        name: "fk_circuit_public_settings_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "circuit_published_items",
                columns: table => new
                {
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_published_items", x => new { x.circuit_id, x.dfid });
                    table.ForeignKey(
                        name: "fk_circuit_published_items_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_circuit_activities_circuit_id_timestamp",
                table: "circuit_activities",
                columns: new[] { "circuit_id", "timestamp" });

            migrationBuilder.CreateIndex(
                name: "ix_circuit_activities_user_id",
                table: "circuit_activities",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ux_circuit_custom_roles_role_name",
                table: "circuit_custom_roles",
                columns: new[] { "circuit_id", "role_name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_circuit_items_circuit_id_pushed_at",
                table: "circuit_items",
                columns: new[] { "circuit_id", "pushed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_circuit_items_dfid",
                table: "circuit_items",
                column: "dfid");

            migrationBuilder.CreateIndex(
                name: "ix_circuit_join_requests_circuit_id",
                table: "circuit_join_requests",
                column: "circuit_id");

            migrationBuilder.CreateIndex(
                name: "ux_circuit_join_requests_pending",
                table: "circuit_join_requests",
                columns: new[] { "circuit_id", "requester_id" },
                unique: true,
                filter: "status = 'Pending'");

            migrationBuilder.CreateIndex(
                name: "ix_circuit_members_member_id",
                table: "circuit_members",
                column: "member_id");

            migrationBuilder.CreateIndex(
                name: "ix_circuit_operations_circuit_id_status_timestamp",
                table: "circuit_operations",
                columns: new[] { "circuit_id", "status", "timestamp" });

            migrationBuilder.CreateIndex(
                name: "ix_circuit_operations_circuit_id_timestamp",
                table: "circuit_operations",
                columns: new[] { "circuit_id", "timestamp" });

            migrationBuilder.CreateIndex(
                name: "ix_circuit_operations_dfid",
                table: "circuit_operations",
                column: "dfid");

            migrationBuilder.CreateIndex(
                name: "ix_circuit_published_items_dfid",
                table: "circuit_published_items",
                column: "dfid");

            migrationBuilder.CreateIndex(
                name: "ix_circuits_allow_public_visibility_created_at",
                table: "circuits",
                columns: new[] { "allow_public_visibility", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_circuits_created_at",
                table: "circuits",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_circuits_owner_id_status",
                table: "circuits",
                columns: new[] { "owner_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at",
                table: "notifications",
                columns: new[] { "user_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "circuit_activities");

            migrationBuilder.DropTable(
                name: "circuit_adapter_configs");

            migrationBuilder.DropTable(
                name: "circuit_alias_configs");

            migrationBuilder.DropTable(
                name: "circuit_custom_roles");

            migrationBuilder.DropTable(
                name: "circuit_items");

            migrationBuilder.DropTable(
                name: "circuit_join_requests");

            migrationBuilder.DropTable(
                name: "circuit_members");

            migrationBuilder.DropTable(
                name: "circuit_operations");

            migrationBuilder.DropTable(
                name: "circuit_public_settings");

            migrationBuilder.DropTable(
                name: "circuit_published_items");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "circuits");
        }
    }
}
