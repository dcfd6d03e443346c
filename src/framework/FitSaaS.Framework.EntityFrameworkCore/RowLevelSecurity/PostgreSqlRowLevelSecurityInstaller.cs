using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;

/// <summary>
/// Installs the row-level-security policies on PostgreSQL: for every table of an <see cref="IMultiTenant"/> entity in
/// the context's model (so a new module's tables are covered without extra code), <c>ENABLE</c> and <c>FORCE ROW LEVEL
/// SECURITY</c> (FORCE makes them apply to the table owner, which the application role is) and the policy
/// <see cref="RowLevelSecurityNames.IsolationPolicy"/>: a row is visible and writable when its <c>TenantId</c> IS NOT
/// DISTINCT FROM the session's <see cref="RowLevelSecurityNames.TenantSetting"/> (empty = host, which sees only host
/// rows), or when <see cref="RowLevelSecurityNames.BypassSetting"/> is <c>on</c> (an <see cref="ICrossTenantAccessor"/>
/// scope). Both settings are read once per statement (scalar sub-selects), not once per row. Tables of <see cref="SharedHostRowsAttribute"/> entities also get <see cref="RowLevelSecurityNames.SharedHostRowsPolicy"/>:
/// SELECT of host rows for everyone. Idempotent: a table whose policies are in place (their fingerprint, a comment on the
/// isolation policy, matches) is left alone; the others' policies are dropped and re-created in one transaction. A no-op
/// on other providers. Run it after migrating every database (host and tenant databases).
/// </summary>
public sealed partial class PostgreSqlRowLevelSecurityInstaller(ILogger<PostgreSqlRowLevelSecurityInstaller> logger) : ISingletonDependency
{
    // Both settings are read in scalar sub-selects, which PostgreSQL runs once per statement (an InitPlan) instead of
    // calling current_setting for every row the policy looks at: a 5,000-row aggregate took 3.3 ms with the bare calls and
    // under 1 ms this way (ADR 0045). Same meaning either way: the settings cannot change within a statement.
    private const string TenantExpression =
        "(SELECT NULLIF(current_setting('" + RowLevelSecurityNames.TenantSetting + "', true), '')::uuid)";

    private const string BypassExpression =
        "(SELECT current_setting('" + RowLevelSecurityNames.BypassSetting + "', true) = 'on')";

    /// <summary>The tables of tenant-owned entities in a model (root types mapped to a table, one row per table).</summary>
    public static IReadOnlyList<TenantTable> GetTenantTables(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.GetEntityTypes()
            .Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType) && t.GetTableName() is not null)
            .Select(t =>
            {
                var table = StoreObjectIdentifier.Table(t.GetTableName()!, t.GetSchema());
                var column = t.FindProperty(nameof(IMultiTenant.TenantId))?.GetColumnName(table)
                    ?? throw new InvalidOperationException($"{t.ClrType.Name} is IMultiTenant but maps no TenantId column.");
                return (Table: table, Column: column, Shared: t.ClrType.GetCustomAttribute<SharedHostRowsAttribute>() is not null);
            })
            .GroupBy(t => (t.Table.Schema, t.Table.Name))
            .Select(g => new TenantTable(g.Key.Schema, g.Key.Name, g.First().Column, g.Any(t => t.Shared)))
            .OrderBy(t => t.Schema, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The SQL that installs the policies on the given tables. Each table's statements end with a comment on its isolation
    /// policy holding the fingerprint of those statements (<see cref="Fingerprint"/>), by which <see cref="ApplyAsync"/>
    /// tells a table whose policies are in place from one to (re-)install.
    /// </summary>
    public static string BuildSql(IEnumerable<TenantTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var sql = new StringBuilder();
        foreach (var table in tables)
        {
            sql.Append(BuildTableSql(table));
        }

        return sql.ToString();
    }

    /// <summary>
    /// The fingerprint of <paramref name="table"/>'s policies (16 hex digits of the SHA-256 of the statements that install
    /// them): it changes whenever the policies' SQL does.
    /// </summary>
    public static string Fingerprint(TenantTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(BuildPolicySql(table))))[..16];
    }

    private static string BuildTableSql(TenantTable table) =>
        BuildPolicySql(table)
        + $"COMMENT ON POLICY {RowLevelSecurityNames.IsolationPolicy} ON {QualifiedName(table)} IS '{Fingerprint(table)}';\n";

    private static string BuildPolicySql(TenantTable table)
    {
        var sql = new StringBuilder();
        var name = QualifiedName(table);
        var column = Quote(table.TenantIdColumn);
        var isolation = $"{BypassExpression} OR {column} IS NOT DISTINCT FROM {TenantExpression}";
        sql.Append(CultureInfo.InvariantCulture, $"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;\n");
        sql.Append(CultureInfo.InvariantCulture, $"ALTER TABLE {name} FORCE ROW LEVEL SECURITY;\n");
        sql.Append(CultureInfo.InvariantCulture, $"DROP POLICY IF EXISTS {RowLevelSecurityNames.IsolationPolicy} ON {name};\n");
        sql.Append(CultureInfo.InvariantCulture, $"DROP POLICY IF EXISTS {RowLevelSecurityNames.SharedHostRowsPolicy} ON {name};\n");
        sql.Append(CultureInfo.InvariantCulture, $"CREATE POLICY {RowLevelSecurityNames.IsolationPolicy} ON {name} AS PERMISSIVE FOR ALL USING ({isolation}) WITH CHECK ({isolation});\n");
        if (table.SharedHostRows)
        {
            sql.Append(CultureInfo.InvariantCulture, $"CREATE POLICY {RowLevelSecurityNames.SharedHostRowsPolicy} ON {name} AS PERMISSIVE FOR SELECT USING ({column} IS NULL);\n");
        }

        return sql.ToString();
    }

    private static string QualifiedName(TenantTable table) => table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";

    /// <summary>
    /// Installs (or re-installs) the policies on the context's database where they are missing or differ (their
    /// fingerprint comment); returns the number of tables covered (0 on other providers). Tables whose policies are in place
    /// are not touched: <c>ALTER TABLE</c> and <c>CREATE POLICY</c> take an ACCESS EXCLUSIVE lock, and a second instance
    /// starting with <c>Database:MigrateOnStartup</c> beside a live one must not queue such locks behind its transactions
    /// (every later query on the table would wait behind them).
    /// </summary>
    public async Task<int> ApplyAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!RowLevelSecurityNames.IsPostgreSql(context.Database.GetDbConnection()))
        {
            return 0;
        }

        var tables = GetTenantTables(context.Model);
        var database = context.Database.GetDbConnection().Database;
        var rows = await context.Database.SqlQueryRaw<InstalledPolicy>(InstalledPoliciesSql, RowLevelSecurityNames.IsolationPolicy).ToListAsync(cancellationToken);
        var installed = rows.Where(r => r.Enforced && r.Fingerprint is not null).Select(r => (r.Schema, r.Name, r.Fingerprint)).ToHashSet();
        var currentSchema = rows.FirstOrDefault()?.CurrentSchema;
        var stale = tables.Where(t => !installed.Contains((t.Schema ?? currentSchema ?? "", t.Name, Fingerprint(t)))).ToList();
        if (stale.Count == 0)
        {
            LogUpToDate(logger, tables.Count, database);
            return tables.Count;
        }

        var sql = BuildSql(stale);
        if (context.Database.CurrentTransaction is not null)
        {
            await context.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
        else
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            await context.Database.ExecuteSqlRawAsync(sql, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        LogApplied(logger, stale.Count, tables.Count, database);
        return tables.Count;
    }

    /// <summary>
    /// Reads the connected role's attributes; logs a warning when row-level security cannot apply to it (superuser or
    /// BYPASSRLS). Returns null on other providers.
    /// </summary>
    public async Task<DatabaseRoleInfo?> CheckRoleAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!RowLevelSecurityNames.IsPostgreSql(context.Database.GetDbConnection()))
        {
            return null;
        }

        var role = (await context.Database
            .SqlQueryRaw<DatabaseRoleInfo>(
                "SELECT rolname AS \"RoleName\", rolsuper AS \"IsSuperuser\", rolbypassrls AS \"BypassesRowLevelSecurity\" FROM pg_roles WHERE rolname = current_user")
            .ToListAsync(cancellationToken)).Single();
        if (!role.IsRowLevelSecurityEnforced)
        {
            LogNotEnforced(logger, role.RoleName, role.IsSuperuser, role.BypassesRowLevelSecurity);
        }

        return role;
    }

    // Every table's isolation policy with its fingerprint comment, and whether the table enforces row-level security.
    private const string InstalledPoliciesSql = """
        SELECT n.nspname AS "Schema", c.relname AS "Name", current_schema() AS "CurrentSchema",
               c.relrowsecurity AND c.relforcerowsecurity AS "Enforced", obj_description(p.oid, 'pg_policy') AS "Fingerprint"
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_policy p ON p.polrelid = c.oid AND p.polname = {0}
        WHERE c.relkind IN ('r', 'p')
        """;

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [LoggerMessage(EventId = 1311, Level = LogLevel.Information, Message = "Row-level security installed on {Count} of {Total} tenant-owned table(s) of database {Database}")]
    private static partial void LogApplied(ILogger logger, int count, int total, string database);

    [LoggerMessage(EventId = 1313, Level = LogLevel.Information, Message = "Row-level security in place on all {Total} tenant-owned table(s) of database {Database}: nothing to install")]
    private static partial void LogUpToDate(ILogger logger, int total, string database);

    [LoggerMessage(EventId = 1312, Level = LogLevel.Warning,
        Message = "The application connects to PostgreSQL as role {Role} (superuser: {IsSuperuser}, BYPASSRLS: {BypassRls}): row-level security is NOT enforced. Connect as a NOSUPERUSER NOBYPASSRLS role (see etc/scripts/postgres.sh).")]
    private static partial void LogNotEnforced(ILogger logger, string role, bool isSuperuser, bool bypassRls);

    private sealed record InstalledPolicy(string Schema, string Name, string CurrentSchema, bool Enforced, string? Fingerprint);
}
