using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ListPageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_items_created_at",
                table: "items");

            migrationBuilder.DropIndex(
                name: "ix_items_status_created_at",
                table: "items");

            migrationBuilder.CreateIndex(
                name: "ix_items_created_at_dfid",
                table: "items",
                columns: new[] { "created_at", "dfid" });

            migrationBuilder.CreateIndex(
                name: "ix_items_status_created_at_dfid",
                table: "items",
                columns: new[] { "status", "created_at", "dfid" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_items_created_at_dfid",
                table: "items");

            migrationBuilder.DropIndex(
                name: "ix_items_status_created_at_dfid",
                table: "items");

            migrationBuilder.CreateIndex(
                name: "ix_items_created_at",
                table: "items",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_items_status_created_at",
                table: "items",
                columns: new[] { "status", "created_at" });
        }
    }
}
