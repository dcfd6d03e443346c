using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Bookings;

/// <summary>Arguments of <see cref="BookingReminderJob"/> (none: it reminds the tenant it runs for).</summary>
[BackgroundJobName("Bookings.BookingReminders")]
public sealed record BookingReminderArgs;
