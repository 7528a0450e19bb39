using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RusToK.Infrastructure.Migrations.MySql
{
    /// <inheritdoc />
    public partial class ListingReadModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ListingCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ContentType = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Dimension = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Scope = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListingCounts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ListingMemberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ContentType = table.Column<string>(type: "varchar(20)", maxLength: 20, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Slug = table.Column<string>(type: "varchar(120)", maxLength: 120, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Dimension = table.Column<int>(type: "int", nullable: false),
                    Key = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Scope = table.Column<string>(type: "varchar(10)", maxLength: 10, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Weight = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListingMemberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListingMemberships_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_ListingCounts_TenantId",
                table: "ListingCounts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ListingCounts_TenantId_ContentType_Dimension_Key_Scope",
                table: "ListingCounts",
                columns: new[] { "TenantId", "ContentType", "Dimension", "Key", "Scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ListingCounts_TenantId_ContentType_Scope",
                table: "ListingCounts",
                columns: new[] { "TenantId", "ContentType", "Scope" });

            migrationBuilder.CreateIndex(
                name: "IX_ListingMemberships_TenantId",
                table: "ListingMemberships",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ListingMemberships_TenantId_ContentType_Slug_Dimension_Key_S~",
                table: "ListingMemberships",
                columns: new[] { "TenantId", "ContentType", "Slug", "Dimension", "Key", "Scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ListingMemberships_TenantId_Dimension_Key",
                table: "ListingMemberships",
                columns: new[] { "TenantId", "Dimension", "Key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ListingCounts");

            migrationBuilder.DropTable(
                name: "ListingMemberships");
        }
    }
}
