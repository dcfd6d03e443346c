using System.Data.Common;

namespace FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;

/// <summary>Names shared by the row-level-security policies, the session interceptor and the installer (PostgreSQL only).</summary>
public static class RowLevelSecurityNames
{
    /// <summary>Session setting holding the current tenant id (<c>D</c> format); empty = the host.</summary>
    public const string TenantSetting = "fitsaas.tenant_id";

    /// <summary>Session setting that is <c>on</c> only inside an <c>ICrossTenantAccessor</c> scope.</summary>
    public const string BypassSetting = "fitsaas.bypass_rls";

    /// <summary>Policy on every tenant-owned table: own rows only (host: host rows only), for reading and writing.</summary>
    public const string IsolationPolicy = "fitsaas_tenant_isolation";

    /// <summary>Extra read-only policy on tables of <c>[SharedHostRows]</c> entities: every tenant may SELECT host rows.</summary>
    public const string SharedHostRowsPolicy = "fitsaas_shared_host_rows";

    /// <summary>Error code when PostgreSQL refuses a row by its row-level-security policy (SQLSTATE 42501); 403.</summary>
    public const string ViolationErrorCode = "FitSaaS:RowLevelSecurityViolation";

    /// <summary>True for an Npgsql connection (checked by type name: the kit does not reference Npgsql).</summary>
    public static bool IsPostgreSql(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.GetType().FullName == "Npgsql.NpgsqlConnection";
    }

    /// <summary>True when the exception or one of its inner exceptions is PostgreSQL's <c>42501</c> (insufficient privilege / row-level-security violation).</summary>
    public static bool IsViolation(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { SqlState: "42501" })
            {
                return true;
            }
        }

        return false;
    }
}
