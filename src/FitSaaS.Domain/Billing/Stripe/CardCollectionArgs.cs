using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Billing.Stripe;

/// <summary>Arguments of <see cref="CardCollectionJob"/> (none: it runs for the tenant it is run for).</summary>
[BackgroundJobName("Billing.CardCollection")]
public sealed record CardCollectionArgs;
