namespace FitSaaS.AuditLogging;

/// <summary>Setting names of the AuditLogging module.</summary>
public static class AuditLoggingSettingNames
{
    /// <summary>Days audit entries are kept (global, default 90); 0 or less keeps them forever.</summary>
    public const string RetentionDays = "AuditLogging.RetentionDays";

    /// <summary>
    /// True records the tenant's successful reads (GET requests, read methods outside a request) too; default false (only
    /// writes and failures are audited). Tenant or global; applied within <c>AuditLogging:GetRequestSettingCacheSeconds</c>.
    /// </summary>
    public const string IsEnabledForGetRequests = "AuditLogging.IsEnabledForGetRequests";
}
