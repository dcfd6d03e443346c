using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Billing;

/// <summary>Arguments of <see cref="MembershipLifecycleJob"/> (none: it runs for the tenant it is run for).</summary>
[BackgroundJobName("Billing.MembershipLifecycle")]
public sealed record MembershipLifecycleArgs;
