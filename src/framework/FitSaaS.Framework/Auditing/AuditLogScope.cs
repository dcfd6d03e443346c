namespace FitSaaS.Framework.Auditing;

/// <summary>An audit scope: the entry being collected; disposing it restores the previous scope.</summary>
public sealed class AuditLogScope : IDisposable
{
    private Action? _restore;

    internal AuditLogScope(AuditLogInfo log, Action restore)
    {
        Log = log;
        _restore = restore;
    }

    /// <summary>The entry being collected.</summary>
    public AuditLogInfo Log { get; }

    /// <summary>
    /// True for a read that is recorded only if it fails (<see cref="AuditingOptions.IsEnabledForGetRequests"/> off for its
    /// tenant): actions are collected without their serialized arguments unless they throw, and <see cref="ShouldSave"/>
    /// decides at the end. Default false (a write: always recorded).
    /// </summary>
    public bool SaveOnlyOnFailure { get; set; }

    /// <summary>
    /// True when the entry is to be stored: always for a write; for a <see cref="SaveOnlyOnFailure"/> read only when it
    /// failed (an exception, or an HTTP status of 400 or more) and <see cref="AuditingOptions.AlwaysLogOnException"/> is on.
    /// </summary>
    public bool ShouldSave(AuditingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return !SaveOnlyOnFailure || (options.AlwaysLogOnException && (Log.Exception is not null || Log.HttpStatusCode >= 400));
    }

    /// <summary>True for the HTTP methods that only read: GET, HEAD, OPTIONS.</summary>
    public static bool IsReadMethod(string? httpMethod) =>
        string.Equals(httpMethod, "GET", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(httpMethod, "HEAD", StringComparison.OrdinalIgnoreCase) ||
        string.Equals(httpMethod, "OPTIONS", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public void Dispose() => Interlocked.Exchange(ref _restore, null)?.Invoke();
}
