namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>A recurring job declared by a module.</summary>
/// <param name="Name">Unique name of the schedule (also its recurring-job id in the job store).</param>
/// <param name="CronExpression">
/// Cron expression in UTC, in the job engine's (Hangfire's, Cronos) format: five fields <c>minute hour day-of-month month
/// day-of-week</c>, e.g. <c>30 3 * * *</c> (03:30 every day), or six fields with the seconds first, e.g. <c>*/2 * * * * *</c>
/// (every two seconds).
/// </param>
/// <param name="JobName">The registered job to run.</param>
/// <param name="ArgumentsJson">The job's arguments as JSON.</param>
/// <param name="ForEveryTenant">
/// When true each occurrence fires once (on one instance of a cluster) and queues the job once per active tenant, each
/// run in that tenant's scope as a job of its own (retried on its own, visible on its own in the dashboard). When false the
/// job runs once, as the host.
/// </param>
public sealed record RecurringJobRegistration(string Name, string CronExpression, string JobName, string ArgumentsJson, bool ForEveryTenant);
