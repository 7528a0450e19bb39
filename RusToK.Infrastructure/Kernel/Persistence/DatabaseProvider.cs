namespace RusToK.Infrastructure.Kernel.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    MySql,
}
