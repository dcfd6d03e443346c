namespace FitSaaS.AuditLogging;

/// <summary>Permission names of the AuditLogging module.</summary>
public static class AuditLoggingPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.AuditLogging";

    /// <summary>Read audit entries: a tenant's admins see their tenant's, host admins everybody's.</summary>
    public const string AuditLogs = GroupName + ".AuditLogs";
}
