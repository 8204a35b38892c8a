using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AuditSnapshotsKeysAdmin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "assigned_role",
                table: "user_accounts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "user_accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    key_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    key_prefix = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rate_limit_per_minute = table.Column<int>(type: "integer", nullable: false),
                    rate_limit_per_day = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_keys_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    chain = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false),
                    action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    resource_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    resource_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    user_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    changes = table.Column<string>(type: "json", nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "canonical_identifier_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    value_chain = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    identifier_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_canonical_identifier_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "snapshots",
                columns: table => new
                {
                    snapshot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    snapshot_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    resource_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    resource_id = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    checksum = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    is_archived = table.Column<bool>(type: "boolean", nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_snapshots", x => x.snapshot_id);
                });

            migrationBuilder.CreateTable(
                name: "api_key_usage",
                columns: table => new
                {
                    api_key_id = table.Column<Guid>(type: "uuid", nullable: false),
                    minute = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requests = table.Column<long>(type: "bigint", nullable: false),
                    errors = table.Column<long>(type: "bigint", nullable: false),
                    rate_limited = table.Column<long>(type: "bigint", nullable: false),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_key_usage", x => new { x.api_key_id, x.minute });
                    table.ForeignKey(
                        name: "fk_api_key_usage_api_keys_api_key_id",
                        column: x => x.api_key_id,
                        principalTable: "api_keys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "merkle_trees",
                columns: table => new
                {
                    snapshot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tree_id = table.Column<Guid>(type: "uuid", nullable: false),
                    root_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    height = table.Column<int>(type: "integer", nullable: false),
                    leaf_count = table.Column<int>(type: "integer", nullable: false),
                    hash_algorithm = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    tree_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merkle_trees", x => x.snapshot_id);
                    table.ForeignKey(
                        name: "fk_merkle_trees_snapshots_snapshot_id",
                        column: x => x.snapshot_id,
                        principalTable: "snapshots",
                        principalColumn: "snapshot_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "merkle_leaves",
                columns: table => new
                {
                    position = table.Column<int>(type: "integer", nullable: false),
                    snapshot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merkle_leaves", x => new { x.snapshot_id, x.position });
                    table.ForeignKey(
                        name: "fk_merkle_leaves_merkle_trees_snapshot_id",
                        column: x => x.snapshot_id,
                        principalTable: "merkle_trees",
                        principalColumn: "snapshot_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "merkle_verifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tree_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_valid = table.Column<bool>(type: "boolean", nullable: false),
                    computed_root = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    expected_root = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    verified_by = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    snapshot_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merkle_verifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_merkle_verifications_merkle_trees_snapshot_id",
                        column: x => x.snapshot_id,
                        principalTable: "merkle_trees",
                        principalColumn: "snapshot_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_user_accounts_created_at",
                table: "user_accounts",
                column: "created_at",
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_api_key_usage_rate_limited",
                table: "api_key_usage",
                column: "rate_limited",
                filter: "rate_limited > 0");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_circuit_id",
                table: "api_keys",
                column: "circuit_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_owner_id_created_at",
                table: "api_keys",
                columns: new[] { "owner_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ux_api_keys_key_hash",
                table: "api_keys",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_created_at_sequence",
                table: "audit_log",
                columns: new[] { "created_at", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ux_audit_log_chain_sequence",
                table: "audit_log",
                columns: new[] { "chain", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_canonical_identifier_types_value_chain_type",
                table: "canonical_identifier_types",
                columns: new[] { "value_chain", "identifier_type" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_merkle_trees_tree_id",
                table: "merkle_trees",
                column: "tree_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_merkle_verifications_snapshot_id",
                table: "merkle_verifications",
                column: "snapshot_id");

            migrationBuilder.CreateIndex(
                name: "ix_merkle_verifications_tree_id_created_at",
                table: "merkle_verifications",
                columns: new[] { "tree_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_snapshots_created_at",
                table: "snapshots",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_snapshots_resource_type_resource_id",
                table: "snapshots",
                columns: new[] { "resource_type", "resource_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_key_usage");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "canonical_identifier_types");

            migrationBuilder.DropTable(
                name: "merkle_leaves");

            migrationBuilder.DropTable(
                name: "merkle_verifications");

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "merkle_trees");

            migrationBuilder.DropTable(
                name: "snapshots");

            migrationBuilder.DropIndex(
                name: "ix_user_accounts_created_at",
                table: "user_accounts");

            migrationBuilder.DropColumn(
                name: "assigned_role",
                table: "user_accounts");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "user_accounts");
        }
    }
}
