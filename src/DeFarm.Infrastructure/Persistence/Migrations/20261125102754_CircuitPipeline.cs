using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CircuitPipeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "canonical_identifiers",
                columns: table => new
                {
                    @namespace = table.Column<string>(name: "namespace", type: "character varying(50)", maxLength: 50, nullable: false),
                    registry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_canonical_identifiers", x => new { x.@namespace, x.registry, x.value });
                    table.ForeignKey(
                        name: "fk_canonical_identifiers_items_dfid",
                        column: x => x.dfid,
                        principalTable: "items",
                        principalColumn: "dfid",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "circuit_item_fingerprints",
                columns: table => new
                {
                    circuit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    dfid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_circuit_item_fingerprints", x => new { x.circuit_id, x.fingerprint });
                    table.ForeignKey(
                        name: "fk_circuit_item_fingerprints_circuits_circuit_id",
                        column: x => x.circuit_id,
                        principalTable: "circuits",
                        principalColumn: "circuit_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_circuit_item_fingerprints_items_dfid",
                        column: x => x.dfid,
                        principalTable: "items",
                        principalColumn: "dfid",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_canonical_identifiers_dfid",
                table: "canonical_identifiers",
                column: "dfid");

            migrationBuilder.CreateIndex(
                name: "ix_circuit_item_fingerprints_dfid",
                table: "circuit_item_fingerprints",
                column: "dfid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "canonical_identifiers");

            migrationBuilder.DropTable(
                name: "circuit_item_fingerprints");
        }
    }
}
