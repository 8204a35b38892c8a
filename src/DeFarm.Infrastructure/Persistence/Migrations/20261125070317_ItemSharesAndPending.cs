using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DeFarm.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ItemSharesAndPending : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_pending_items_status_priority_created_at",
                table: "pending_items",
                columns: new[] { "status", "priority", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_item_shares_dfid_recipient_user_id",
                table: "item_shares",
                columns: new[] { "dfid", "recipient_user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_item_shares_recipient_user_id_shared_at",
                table: "item_shares",
                columns: new[] { "recipient_user_id", "shared_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "item_shares");

            migrationBuilder.DropIndex(
                name: "ix_pending_items_status_priority_created_at",
                table: "pending_items");
        }
    }
}
