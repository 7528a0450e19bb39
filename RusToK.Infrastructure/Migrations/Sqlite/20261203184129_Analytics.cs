using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RusToK.Infrastructure.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Analytics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyFigures",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Metric = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyFigures", x => new { x.TenantId, x.Day, x.Metric, x.Key });
                    table.ForeignKey(
                        name: "FK_DailyFigures_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyFigures_TenantId",
                table: "DailyFigures",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_DailyFigures_TenantId_Metric_Day",
                table: "DailyFigures",
                columns: new[] { "TenantId", "Metric", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyFigures");
        }
    }
}
