namespace FitSaaS.AuditLogging;

/// <summary>Setting names of the AuditLogging module.</summary>
public static class AuditLoggingSettingNames
{
    /// <summary>Days audit entries are kept (global, default 90); 0 or less keeps them forever.</summary>
    public const string RetentionDays = "AuditLogging.RetentionDays";
}
