using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without the web host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>();
        AppDbContextFactory.Configure(options, new DatabaseOptions { ConnectionString = "Data Source=design.db" }, null);
        return new SqliteAppDbContext(options.Options);
    }
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the MySQL model without a running server.</summary>
public sealed class MySqlDesignTimeFactory : IDesignTimeDbContextFactory<MySqlAppDbContext>
{
    public MySqlAppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MySqlAppDbContext>();
        AppDbContextFactory.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.MySql, ConnectionString = "Server=localhost;Database=rustok_design" }, null);
        return new MySqlAppDbContext(options.Options);
    }
}
