using System.Net;
using MySqlConnector;

// Usage: dotnet PostBaseline.dll --urls http://127.0.0.1:5098 (BASELINE_MYSQL = connection string, BASELINE_TENANT = tenant id)
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
var connectionString = Environment.GetEnvironmentVariable("BASELINE_MYSQL") ?? throw new InvalidOperationException("Set BASELINE_MYSQL.");
var tenant = Environment.GetEnvironmentVariable("BASELINE_TENANT") ?? throw new InvalidOperationException("Set BASELINE_TENANT.");

app.MapGet("/blog/{slug}", async (string slug, HttpResponse response) =>
{
    await using var connection = new MySqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new MySqlCommand(
        "SELECT Title, BodyHtml FROM ContentItems WHERE TenantId = @tenant AND Type = 'post' AND Language = 'en' AND Slug = @slug AND Status = 2", connection);
    command.Parameters.AddWithValue("@tenant", tenant);
    command.Parameters.AddWithValue("@slug", slug);
    await using var reader = await command.ExecuteReaderAsync();
    if (!await reader.ReadAsync()) return Results.NotFound();
    var title = WebUtility.HtmlEncode(reader.GetString(0));
    return Results.Content($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>{reader.GetString(1)}</body></html>", "text/html; charset=utf-8");
});

app.Run();
