using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLogLevel = Hangfire.Logging.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// Hangfire's log provider is process-wide (a static), while logger factories belong to hosts: this provider writes to the
/// logger factory of the most recently started host that is still alive (in production there is one), instead of pinning
/// the first host's factory, which several hosts in one process (tests) would use after it was disposed.
/// </summary>
public sealed class HangfireLogProvider : ILogProvider
{
    private static readonly List<ILoggerFactory> s_factories = [];

    /// <summary>The provider given to Hangfire.</summary>
    public static HangfireLogProvider Instance { get; } = new();

    private HangfireLogProvider()
    {
    }

    /// <summary>Makes <paramref name="factory"/> the one Hangfire writes to until the returned handle is disposed.</summary>
    public static IDisposable Register(ILoggerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        lock (s_factories)
        {
            s_factories.Add(factory);
        }

        return new Registration(factory);
    }

    /// <inheritdoc/>
    public ILog GetLogger(string name) => new ForwardingLog(name);

    private static ILoggerFactory? Current
    {
        get
        {
            lock (s_factories)
            {
                return s_factories.Count == 0 ? null : s_factories[^1];
            }
        }
    }

    private sealed class Registration(ILoggerFactory factory) : IDisposable
    {
        public void Dispose()
        {
            lock (s_factories)
            {
                s_factories.Remove(factory);
            }
        }
    }

    private sealed class ForwardingLog(string name) : ILog
    {
        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (Current is not { } factory)
            {
                return false;
            }

            ILogger logger;
            try
            {
                logger = factory.CreateLogger(name);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }

            var level = logLevel switch
            {
                HangfireLogLevel.Trace => LogLevel.Trace,
                HangfireLogLevel.Debug => LogLevel.Debug,
                HangfireLogLevel.Info => LogLevel.Information,
                HangfireLogLevel.Warn => LogLevel.Warning,
                HangfireLogLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            if (messageFunc is null || !logger.IsEnabled(level))
            {
                return logger.IsEnabled(level);
            }

#pragma warning disable CA1848, CA2254, CA1873 // Hangfire hands over finished messages, not templates (checked enabled above).
            logger.Log(level, 0, exception, messageFunc());
#pragma warning restore CA1848, CA2254, CA1873
            return true;
        }
    }
}
