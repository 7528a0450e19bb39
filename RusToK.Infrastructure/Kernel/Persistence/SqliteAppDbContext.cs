using Microsoft.EntityFrameworkCore;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>The model on SQLite (embedded default); its own migration set lives in Migrations/Sqlite.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options)
    : AppDbContext(options);
