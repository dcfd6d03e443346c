using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// Charges saved cards off-session for every tenant (schedule <see cref="ScheduleName"/>, cron
/// <c>Billing:CardCollectionCron</c>): <see cref="CardCollectionManager.RunAsync"/>. Safe to run twice or on two instances:
/// each attempt is claimed under a lock and charged with its stored idempotency key.
/// </summary>
public sealed class CardCollectionJob(CardCollectionManager manager, TimeProvider clock) : IBackgroundJob<CardCollectionArgs>
{
    /// <summary>The recurring schedule's name.</summary>
    public const string ScheduleName = "Billing.CardCollection";

    /// <summary>Default cron (UTC): every 15 minutes.</summary>
    public const string DefaultCron = "*/15 * * * *";

    /// <inheritdoc/>
    public Task ExecuteAsync(CardCollectionArgs args, CancellationToken cancellationToken) =>
        manager.RunAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
}
