using Microsoft.EntityFrameworkCore;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>The model on MySQL / MariaDB through Pomelo; its own migration set lives in Migrations/MySql.</summary>
public sealed class MySqlAppDbContext(DbContextOptions<MySqlAppDbContext> options)
    : AppDbContext(options);
