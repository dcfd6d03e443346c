using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FitSaaS.Application.Tests.Platform;

/// <summary>
/// Counts the advisory-lock statements (<c>pg_advisory_xact_lock</c>) EF Core executes that <paramref name="filter"/>
/// accepts (tests of other classes run in parallel: filter by a context or by a lock id of the test's own).
/// </summary>
public sealed class AdvisoryLockCounter(Func<CommandExecutedEventData, bool> filter) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _listeners = [];
    private IDisposable? _subscription;
    private int _count;

    /// <summary>The statements counted since <see cref="Start"/>.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts counting.</summary>
    public AdvisoryLockCounter Start()
    {
        _subscription ??= DiagnosticListener.AllListeners.Subscribe(this);
        return this;
    }

    /// <summary>Whether <paramref name="command"/> carries <paramref name="lockId"/> as a parameter.</summary>
    public static bool HasLockId(CommandExecutedEventData command, long lockId)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Command.Parameters.Cast<System.Data.Common.DbParameter>().Any(p => p.Value is long id && id == lockId);
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is CommandExecutedEventData executed
            && executed.Command.CommandText.Contains("pg_advisory_xact_lock", StringComparison.Ordinal)
            && filter(executed))
        {
            Interlocked.Increment(ref _count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }
}
