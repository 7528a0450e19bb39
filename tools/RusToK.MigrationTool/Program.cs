using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Design.Internal;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Infrastructure.Kernel.Persistence;

// Usage: dotnet run --project tools/RusToK.MigrationTool -- <MigrationName>
// Writes RusToK.Infrastructure/Migrations/Sqlite and /MySql.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: RusToK.MigrationTool <MigrationName>");
    return 2;
}

var infrastructureDir = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../RusToK.Infrastructure"));
Scaffold(new SqliteDesignTimeFactory().CreateDbContext([]), "Sqlite");
Scaffold(new MySqlDesignTimeFactory().CreateDbContext([]), "MySql");
return 0;

void Scaffold(DbContext context, string set)
{
    var assembly = typeof(AppDbContext).Assembly;
    var reporter = new OperationReporter(new OperationReportHandler(
        e => Console.Error.WriteLine(e), w => Console.WriteLine(w), i => Console.WriteLine(i), v => { }));
    var services = new DesignTimeServicesBuilder(assembly, assembly, reporter, []).Build(context);
    var scaffolder = services.GetRequiredService<IMigrationsScaffolder>();
    var migration = scaffolder.ScaffoldMigration(args[0], "RusToK.Infrastructure", $"Migrations.{set}", "C#");
    var files = scaffolder.Save(infrastructureDir, migration, Path.Combine(infrastructureDir, "Migrations", set));
    Console.WriteLine($"{set}: {files.MigrationFile}");
}
