namespace FitSaaS.AuditLogging;

/// <summary>Column lengths of the audit tables.</summary>
public static class AuditLogConsts
{
    /// <summary>Tenant and user names.</summary>
    public const int MaxNameLength = 256;

    /// <summary>OAuth client id.</summary>
    public const int MaxClientIdLength = 128;

    /// <summary>HTTP method.</summary>
    public const int MaxHttpMethodLength = 16;

    /// <summary>Path and query.</summary>
    public const int MaxUrlLength = 1024;

    /// <summary>Client IP address.</summary>
    public const int MaxClientIpAddressLength = 64;

    /// <summary>Correlation (trace) id.</summary>
    public const int MaxCorrelationIdLength = 128;

    /// <summary>Exception type and message.</summary>
    public const int MaxExceptionLength = 2000;

    /// <summary>Service and entity type full names.</summary>
    public const int MaxTypeNameLength = 256;

    /// <summary>Method and property names.</summary>
    public const int MaxMemberNameLength = 128;

    /// <summary>Serialized action parameters.</summary>
    public const int MaxParametersLength = 4000;

    /// <summary>Entity key text.</summary>
    public const int MaxEntityIdLength = 128;

    /// <summary>Old and new property values.</summary>
    public const int MaxPropertyValueLength = 512;

    /// <summary>Change type (enum as text).</summary>
    public const int MaxChangeTypeLength = 16;
}
