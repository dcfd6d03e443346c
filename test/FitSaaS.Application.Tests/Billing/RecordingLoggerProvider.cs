using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Application.Tests.Billing;

/// <summary>
/// Records every log entry of every category and level as one line: the category, the level, the formatted message, the
/// structured values, the exception (with its data) and the scopes — everything a log sink could write.
/// </summary>
public sealed class RecordingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _entries = new();
    private IExternalScopeProvider? _scopes;

    /// <summary>The lines recorded so far.</summary>
    public IReadOnlyList<string> Entries => [.. _entries];

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc/>
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private static void AppendValues(StringBuilder text, object? state)
    {
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                text.Append(" | ").Append(key).Append('=').Append(value);
            }
        }
        else
        {
            text.Append(" | ").Append(state);
        }
    }

    private sealed class Logger(RecordingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder().Append(category).Append(' ').Append(logLevel).Append(": ").Append(formatter(state, exception));
            AppendValues(text, state);
            for (var e = exception; e is not null; e = e.InnerException)
            {
                text.Append(" | ").Append(e);
                foreach (System.Collections.DictionaryEntry entry in e.Data)
                {
                    text.Append(" | data ").Append(entry.Key).Append('=').Append(entry.Value);
                }
            }

            owner._scopes?.ForEachScope((scope, builder) => AppendValues(builder.Append(" | scope"), scope), text);
            owner._entries.Enqueue(text.ToString());
        }
    }
}
