using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.EntityFrameworkCore.EventBus;

/// <summary>Arguments of the inbox cleanup (none: the retention is <see cref="OutboxOptions.InboxRetention"/>).</summary>
[BackgroundJobName("EventBus.InboxCleanup")]
public sealed record InboxCleanupArgs;
