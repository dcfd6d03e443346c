using Microsoft.Extensions.Logging;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>This host's logger factory registered with <see cref="HangfireLogProvider"/> for the container's lifetime.</summary>
public sealed class HangfireLogRegistration(ILoggerFactory loggerFactory) : IDisposable
{
    private readonly IDisposable _registration = HangfireLogProvider.Register(loggerFactory);

    /// <inheritdoc/>
    public void Dispose() => _registration.Dispose();
}
