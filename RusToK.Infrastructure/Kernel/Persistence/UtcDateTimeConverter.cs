using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>Every stored time is UTC; SQLite and MySQL forget the kind, so it is restored on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
