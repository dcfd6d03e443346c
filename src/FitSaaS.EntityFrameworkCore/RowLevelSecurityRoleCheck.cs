using FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FitSaaS.EntityFrameworkCore;

/// <summary>
/// At start-up on PostgreSQL, checks that the application's role is subject to row-level security (not a superuser,
/// no BYPASSRLS) and logs a warning otherwise (<see cref="PostgreSqlRowLevelSecurityInstaller.CheckRoleAsync"/>); the
/// result is kept in <see cref="LastResult"/> for the health check. Never stops the host: an unreachable database is
/// logged and left to the readiness check.
/// </summary>
public sealed partial class RowLevelSecurityRoleCheck(
    IServiceScopeFactory scopeFactory,
    PostgreSqlRowLevelSecurityInstaller installer,
    ILogger<RowLevelSecurityRoleCheck> logger) : IHostedService
{
    /// <summary>The role found by the last check; null before the first check and on other providers.</summary>
    public DatabaseRoleInfo? LastResult { get; private set; }

    /// <summary>Reads the connected role's attributes (and warns when row-level security does not apply to it).</summary>
    public async Task<DatabaseRoleInfo?> CheckAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>();
        LastResult = await installer.CheckRoleAsync(db, cancellationToken);
        return LastResult;
    }

    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CheckAsync(cancellationToken);
        }
#pragma warning disable CA1031 // A start-up diagnostic must not stop the host; the readiness check reports the database.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogCheckFailed(logger, ex);
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Could not check the database role for row-level security at start-up")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
