using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RusToK.Infrastructure.Migrations.MySql
{
    /// <inheritdoc />
    public partial class StorefrontReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_CategoryId",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_Type_Language_Slug",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_CategoryId_Type_Status_PublishedAt",
                table: "ContentItems",
                columns: new[] { "TenantId", "CategoryId", "Type", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_Type_Language_Status_PublishedAt",
                table: "ContentItems",
                columns: new[] { "TenantId", "Type", "Language", "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_Type_Slug_Language",
                table: "ContentItems",
                columns: new[] { "TenantId", "Type", "Slug", "Language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_CategoryId_Type_Status_PublishedAt",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_Type_Language_Status_PublishedAt",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_TenantId_Type_Slug_Language",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_CategoryId",
                table: "ContentItems",
                columns: new[] { "TenantId", "CategoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_TenantId_Type_Language_Slug",
                table: "ContentItems",
                columns: new[] { "TenantId", "Type", "Language", "Slug" },
                unique: true);
        }
    }
}
