using System.Globalization;
using System.Text.Json;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// The one Quartz job behind every background job: reads the job name, JSON arguments, tenant id and attempt from the
/// job data, runs the registered <see cref="IBackgroundJob{TArgs}"/> in a new DI scope, in that tenant, inside a
/// transactional unit of work; on failure schedules the next attempt with exponential back-off until
/// <see cref="BackgroundJobOptions.MaxAttempts"/>, then logs the job as failed and records it with <see cref="IBackgroundJobFailureStore"/> (host admins list them). A recurring job marked "for every tenant"
/// runs once per active tenant with bounded parallelism; each tenant's failure is retried on its own.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class BackgroundJobAdapter(
    IServiceScopeFactory scopeFactory,
    IOptions<BackgroundJobOptions> options,
    TimeProvider timeProvider,
    FitSaaS.Framework.Tracing.ICorrelationIdAccessor correlationIdAccessor,
    ILogger<BackgroundJobAdapter> logger) : IJob
{
    internal const string JobNameKey = "jobName";
    internal const string ArgsKey = "args";
    internal const string TenantKey = "tenantId";
    internal const string AttemptKey = "attempt";
    internal const string ForEveryTenantKey = "forEveryTenant";
    internal const string JobGroup = "fitsaas-jobs";
    internal const string RecurringGroup = "fitsaas-recurring";

    /// <inheritdoc/>
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var jobName = GetString(data, JobNameKey);
        var args = GetString(data, ArgsKey);
        var tenantText = TryGetString(data, TenantKey);
        Guid? tenantId = string.IsNullOrEmpty(tenantText) ? null : Guid.Parse(tenantText);
        var attempt = int.Parse(TryGetString(data, AttemptKey) ?? "1", CultureInfo.InvariantCulture);
        // One line per fire with the schedule it belongs to and the instance running it: in a cluster the logs of all
        // instances together show that each scheduled fire ran on one instance (and which fires were recovered).
        LogFiring(logger, jobName, context.ScheduledFireTimeUtc?.UtcDateTime, context.Scheduler.SchedulerInstanceId, context.Recovering, attempt);

        // The job's id is the correlation id of whatever it does (distributed events it publishes carry it).
        using var correlation = correlationIdAccessor.Change(context.JobDetail.Key.Name);
        if (TryGetString(data, ForEveryTenantKey) == "true")
        {
            await RunForEveryTenantAsync(context.Scheduler, jobName, args, cancellationToken);
            return;
        }

        await RunOrRetryAsync(context.Scheduler, jobName, args, tenantId, attempt, cancellationToken);
    }

    private async Task RunForEveryTenantAsync(IScheduler scheduler, string jobName, string args, CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> tenants;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<IActiveTenantSource>().GetActiveTenantIdsAsync(cancellationToken);
        }

        // Bounded parallelism: a slow tenant occupies one slot, the others keep going; a failing tenant is retried on its own.
        await Parallel.ForEachAsync(
            tenants,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.TenantParallelism), CancellationToken = cancellationToken },
            async (tenantId, ct) => await RunOrRetryAsync(scheduler, jobName, args, tenantId, 1, ct));
    }

    private async Task RunOrRetryAsync(IScheduler scheduler, string jobName, string args, Guid? tenantId, int attempt, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(jobName, args, tenantId, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure of a job's handler is retried or recorded as failed, never thrown at the scheduler.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var maxAttempts = Math.Max(1, options.Value.MaxAttempts);
            if (attempt >= maxAttempts)
            {
                LogFailed(logger, ex, jobName, tenantId, attempt);
                await RecordFailureAsync(jobName, args, tenantId, attempt, ex);
                return;
            }

            var delay = options.Value.FirstRetryDelay * Math.Pow(2, attempt - 1);
            LogRetrying(logger, ex, jobName, tenantId, attempt, delay);
            await ScheduleAsync(
                scheduler, Guid.NewGuid().ToString("N"), jobName, args, tenantId, attempt + 1, timeProvider.GetUtcNow() + delay,
                (int)BackgroundJobPriority.Normal, CancellationToken.None);
        }
    }

    private async Task RunAsync(string jobName, string args, Guid? tenantId, CancellationToken cancellationToken)
    {
        if (!options.Value.Jobs.TryGetValue(jobName, out var registration))
        {
            throw new InvalidOperationException($"No background job is registered under the name '{jobName}'.");
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var tenant = services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var arguments = JsonSerializer.Deserialize(args, registration.ArgsType, BackgroundJobJson.Options)
            ?? throw new InvalidOperationException($"The arguments of background job '{jobName}' are null.");
        var handler = services.GetRequiredService(registration.JobType);
        var invoker = (IJobInvoker)Activator.CreateInstance(typeof(JobInvoker<>).MakeGenericType(registration.ArgsType))!;
        await using var uow = await services.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = true }, cancellationToken);
        await invoker.InvokeAsync(handler, arguments, cancellationToken);
        await uow.CompleteAsync(cancellationToken);
        LogCompleted(logger, jobName, tenantId);
    }

    private async Task RecordFailureAsync(string jobName, string args, Guid? tenantId, int attempts, Exception exception)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var store = scope.ServiceProvider.GetService<IBackgroundJobFailureStore>();
            if (store is null)
            {
                return;
            }

            using var host = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(null);
            await using var uow = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = true });
            await store.RecordAsync(new BackgroundJobFailureInfo(
                jobName, tenantId, SummarizeArguments(args), $"{exception.GetType().FullName}: {exception.Message}", attempts, timeProvider.GetUtcNow().UtcDateTime));
            await uow.CompleteAsync();
        }
#pragma warning disable CA1031 // Recording is best effort; the failure itself is already logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogRecordFailed(logger, ex, jobName);
        }
    }

    /// <summary>The property names of the JSON arguments, never their values (they may hold secrets).</summary>
    internal static string SummarizeArguments(string args)
    {
        try
        {
            using var document = JsonDocument.Parse(args);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? "{ " + string.Join(", ", document.RootElement.EnumerateObject().Select(property => property.Name)) + " }"
                : document.RootElement.ValueKind.ToString();
        }
        catch (JsonException)
        {
            return "(unreadable)";
        }
    }

    /// <summary>Stores one run of a job in the scheduler.</summary>
    internal static async Task ScheduleAsync(
        IScheduler scheduler, string id, string jobName, string args, Guid? tenantId, int attempt, DateTimeOffset runAt, int priority, CancellationToken cancellationToken)
    {
        var data = new JobDataMap
        {
            [JobNameKey] = jobName,
            [ArgsKey] = args,
            [TenantKey] = tenantId?.ToString() ?? string.Empty,
            [AttemptKey] = attempt.ToString(CultureInfo.InvariantCulture),
        };
        var job = JobBuilder.Create<BackgroundJobAdapter>()
            .WithIdentity(id, JobGroup)
            .UsingJobData(data)
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(id, JobGroup)
            .StartAt(runAt)
            .WithPriority(priority)
            .Build();
        await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken);
    }

    private static string GetString(JobDataMap data, string key) =>
        TryGetString(data, key) ?? throw new InvalidOperationException($"The job data has no '{key}'.");

    private static string? TryGetString(JobDataMap data, string key) =>
        data.TryGetValue(key, out var value) ? value?.ToString() : null;

    private interface IJobInvoker
    {
        Task InvokeAsync(object handler, object args, CancellationToken cancellationToken);
    }

    private sealed class JobInvoker<TArgs> : IJobInvoker
    {
        public Task InvokeAsync(object handler, object args, CancellationToken cancellationToken) =>
            ((IBackgroundJob<TArgs>)handler).ExecuteAsync((TArgs)args, cancellationToken);
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Background job {JobName} fires for {ScheduledFireTimeUtc:O} on scheduler instance {SchedulerInstanceId} (recovering: {Recovering}, attempt {Attempt})")]
    private static partial void LogFiring(ILogger logger, string jobName, DateTime? scheduledFireTimeUtc, string schedulerInstanceId, bool recovering, int attempt);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Background job {JobName} (tenant {TenantId}) completed")]
    private static partial void LogCompleted(ILogger logger, string jobName, Guid? tenantId);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Background job {JobName} (tenant {TenantId}) failed on attempt {Attempt}; retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string jobName, Guid? tenantId, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error, Message = "Could not record the failure of background job {JobName}")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string jobName);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Background job {JobName} (tenant {TenantId}) failed for good after {Attempt} attempts")]
    private static partial void LogFailed(ILogger logger, Exception exception, string jobName, Guid? tenantId, int attempt);
}
