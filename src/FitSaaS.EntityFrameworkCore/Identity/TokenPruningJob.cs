using FitSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// Deletes the token server's dead rows of every tenant through OpenIddict's managers: tokens (also used authorization
/// codes and rotated refresh tokens) and authorizations that are expired, redeemed or revoked and older than
/// <see cref="TokenPruningArgs.MinimumAge"/>. Recurring, daily at 03:30 UTC.
/// </summary>
public sealed partial class TokenPruningJob(
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    TimeProvider timeProvider,
    ILogger<TokenPruningJob> logger) : IBackgroundJob<TokenPruningArgs>
{
    /// <summary>The recurring schedule's name.</summary>
    public const string ScheduleName = "Identity.TokenPruning";

    /// <summary>The schedule: daily at 03:30 UTC (five-field cron, Hangfire/Cronos format).</summary>
    public const string Cron = "30 3 * * *";

    /// <inheritdoc/>
    public async Task ExecuteAsync(TokenPruningArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var threshold = timeProvider.GetUtcNow() - args.MinimumAge;
        var prunedTokens = await tokens.PruneAsync(threshold, cancellationToken);
        var prunedAuthorizations = await authorizations.PruneAsync(threshold, cancellationToken);
        LogPruned(logger, prunedTokens, prunedAuthorizations);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Token server: pruned {Tokens} tokens and {Authorizations} authorizations.")]
    private static partial void LogPruned(ILogger logger, long tokens, long authorizations);
}
