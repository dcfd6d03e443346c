namespace FitSaaS.Identity;

/// <summary>Re-reads the keys every <see cref="SigningKeyManager.RefreshInterval"/> (rotation by age, keys added by other instances).</summary>
internal sealed partial class SigningKeyRefresher(SigningKeyManager keys, TimeProvider timeProvider, ILogger<SigningKeyRefresher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(keys.RefreshInterval, timeProvider);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await keys.LoadAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRefreshFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Token server: re-reading the keys failed; the current keys stay in use.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
