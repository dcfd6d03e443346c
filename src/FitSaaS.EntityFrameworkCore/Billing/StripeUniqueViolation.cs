using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FitSaaS.EntityFrameworkCore.Billing;

/// <summary>Recognises a unique-key violation on one of the Stripe tables (PostgreSQL 23505, SQLite 2067), the sign a concurrent request won.</summary>
internal static class StripeUniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const string PostgresUniqueViolation = "23505";

    public static bool Is(DbUpdateException exception, string table) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresUniqueViolation && string.Equals(postgres.TableName, table, StringComparison.Ordinal),
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode == SqliteConstraintUnique && sqlite.Message.Contains(table + ".", StringComparison.Ordinal),
        _ => false,
    };
}
