using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LocalItems : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_lid_dfid_mappings_dfid",
                table: "lid_dfid_mappings",
                column: "dfid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lid_dfid_mappings");
        }
    }
}
