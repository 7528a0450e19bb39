using System.Text;
using MySqlConnector;

namespace SearchBench;

/// <summary>
/// The LIKE baseline: the same rows in a database of their own, indexed on tenant (the most LIKE can use, as a
/// leading wildcard rules out any index on the words), dropped when the run ends.
/// </summary>
internal sealed class MariaDbRows : IAsyncDisposable
{
    private const int RowsPerInsert = 500;
    private readonly string _server;
    private readonly string _database = $"rustok_searchbench_{Guid.NewGuid():N}"[..32];

    public MariaDbRows(string server) => _server = server;

    public string ConnectionString => new MySqlConnectionStringBuilder(_server) { Database = _database, MaximumPoolSize = 32 }.ConnectionString;

    public async Task CreateAsync(IEnumerable<BenchDocument> documents)
    {
        await ExecuteAsync(_server, $"CREATE DATABASE `{_database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        await ExecuteAsync(ConnectionString, "CREATE TABLE docs (id INT PRIMARY KEY, tenant CHAR(36) NOT NULL, title VARCHAR(400) NOT NULL, text MEDIUMTEXT NOT NULL, KEY ix_docs_tenant (tenant)) ENGINE=InnoDB");
        await using var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var chunk in documents.Chunk(RowsPerInsert))
        {
            await using var command = new MySqlCommand { Connection = connection };
            var sql = new StringBuilder("INSERT INTO docs (id, tenant, title, text) VALUES ");
            for (var i = 0; i < chunk.Length; i++)
            {
                sql.Append(i == 0 ? "" : ",").Append($"(@i{i},@t{i},@h{i},@x{i})");
                command.Parameters.AddWithValue($"@i{i}", chunk[i].Id);
                command.Parameters.AddWithValue($"@t{i}", chunk[i].Tenant.ToString());
                command.Parameters.AddWithValue($"@h{i}", chunk[i].Title);
                command.Parameters.AddWithValue($"@x{i}", chunk[i].Text);
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync();
        }

        await ExecuteAsync(ConnectionString, "ANALYZE TABLE docs");
    }

    /// <summary>The best plain LIKE can do: one tenant's rows through the index, every word in title or text, ten rows.</summary>
    public async Task<int> SearchAsync(BenchQuery query)
    {
        await using var connection = new MySqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand { Connection = connection };
        var where = new StringBuilder("tenant = @t");
        command.Parameters.AddWithValue("@t", query.Tenant.ToString());
        for (var i = 0; i < query.LikeWords.Length; i++)
        {
            where.Append($" AND (title LIKE @p{i} OR text LIKE @p{i})");
            command.Parameters.AddWithValue($"@p{i}", $"%{query.LikeWords[i]}%");
        }

        command.CommandText = $"SELECT id, title FROM docs WHERE {where} LIMIT 10";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync()) rows++;
        return rows;
    }

    public async ValueTask DisposeAsync()
    {
        MySqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS `{_database}`");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
