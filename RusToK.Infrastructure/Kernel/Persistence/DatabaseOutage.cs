using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore.Storage;
using MySqlConnector;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>Tells a database that is not answering (down, unreachable, timing out) from a bug in a query.</summary>
public static class DatabaseOutage
{
    /// <summary>How long a client is asked to wait (Retry-After) while the database is away.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case RetryLimitExceededException:
                case MySqlException { ErrorCode: MySqlErrorCode.UnableToConnectToHost or MySqlErrorCode.CommandTimeoutExpired }:
                // A pooled connection the server dropped mid-answer (it stopped or restarted).
                case MySqlException { InnerException: MySqlEndOfStreamException or IOException or SocketException }:
                case DbException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
