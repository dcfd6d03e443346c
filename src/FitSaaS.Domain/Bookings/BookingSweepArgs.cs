using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Bookings;

/// <summary>Arguments of <see cref="BookingSweepJob"/> (none: it sweeps the tenant it runs for).</summary>
[BackgroundJobName("Bookings.BookingSweep")]
public sealed record BookingSweepArgs;
