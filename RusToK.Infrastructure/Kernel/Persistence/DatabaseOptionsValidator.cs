using Microsoft.Extensions.Options;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>Fails start-up with a sentence a deployer understands instead of a provider stack trace.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail("Database:Provider must be 'Sqlite' or 'MySql'.");
        }

        if (options.Provider == DatabaseProvider.MySql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Database:Provider is MySql but Database:ConnectionString is empty. Set Database__ConnectionString, e.g. 'Server=db;Database=rustok;User=rustok;Password=...'.");
        }

        if (options.Provider == DatabaseProvider.MySql)
        {
            try
            {
                Microsoft.EntityFrameworkCore.ServerVersion.Parse(options.ServerVersion);
            }
            catch (Exception)
            {
                return ValidateOptionsResult.Fail($"Database:ServerVersion '{options.ServerVersion}' is not understood; use e.g. '10.11.0-mariadb' or '8.0.36-mysql'.");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
