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

    /// <inheritdoc/>
    public void Dispose() => Interlocked.Exchange(ref _restore, null)?.Invoke();
}
