using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Bookings;

/// <summary>Arguments of the class-session generation job (none: the horizon is the setting <c>Bookings.ScheduleHorizonDays</c>).</summary>
[BackgroundJobName("Bookings.ScheduleGeneration")]
public sealed record ClassScheduleGenerationArgs;
