using System.Text.Json;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Tracing;
using FitSaaS.Framework.Uow;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// The one job class Hangfire stores for every background job of the kit (its type and method names are part of the stored
/// jobs: never rename them). A run reads the stable job name, the tenant id and the protected JSON arguments from the job's
/// arguments, runs the registered <see cref="IBackgroundJob{TArgs}"/> in a new DI scope, in that tenant, inside a
/// transactional unit of work. A failure is rethrown so that <see cref="BackgroundJobRetryFilter"/> schedules the next attempt
/// (exponential back-off) or, after <see cref="BackgroundJobOptions.MaxAttempts"/>, leaves the job failed; the last failure
/// is also recorded with <see cref="IBackgroundJobFailureStore"/> (argument property names only) for host admins.
/// A "for every tenant" occurrence queues one job per active tenant, each retried on its own.
/// </summary>
public sealed partial class BackgroundJobDispatcher(
    IServiceScopeFactory scopeFactory,
    IOptions<BackgroundJobOptions> options,
    BackgroundJobArgumentProtector protector,
    IBackgroundJobClient jobClient,
    TimeProvider timeProvider,
    ICorrelationIdAccessor correlationIdAccessor,
    ILogger<BackgroundJobDispatcher> logger)
{
    /// <summary>Job parameter: failed attempts so far (Hangfire's own name, shown by the dashboard).</summary>
    internal const string RetryCountParameter = "RetryCount";

    /// <summary>Job parameter: runs started so far; more runs than attempts means a run was cut short (crash, kill).</summary>
    internal const string RunsParameter = "FitSaaS.Runs";

    /// <summary>Job parameter set by Hangfire on a recurring job's run: its scheduled time (Unix seconds).</summary>
    internal const string TimeParameter = "Time";

    /// <summary>Runs the job <paramref name="jobName"/> once in <paramref name="tenantId"/> (null: as the host).</summary>
    /// <param name="jobName">The stable job name.</param>
    /// <param name="tenantId">The tenant to run in; null for the host.</param>
    /// <param name="arguments">The JSON arguments, protected by <see cref="BackgroundJobArgumentProtector"/>.</param>
    /// <param name="context">Supplied by Hangfire (pass null when queuing).</param>
    /// <param name="cancellationToken">Supplied by Hangfire: the job server is stopping.</param>
    [JobDisplayName("{0}")]
    public async Task RunAsync(string jobName, Guid? tenantId, string arguments, PerformContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var attempt = BeginRun(context, jobName);
        using var correlation = correlationIdAccessor.Change(context.BackgroundJob.Id);
        string? json = null;
        try
        {
            json = protector.Unprotect(arguments);
            await RunInTenantAsync(jobName, json, tenantId, cancellationToken);
            LogCompleted(logger, jobName, tenantId, context.BackgroundJob.Id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await OnFailedAsync(jobName, json, tenantId, attempt, ex);
            throw;
        }
    }

    /// <summary>Queues <paramref name="jobName"/> once for every active tenant (the occurrence of a "for every tenant" schedule).</summary>
    /// <param name="jobName">The stable job name.</param>
    /// <param name="arguments">The JSON arguments, protected by <see cref="BackgroundJobArgumentProtector"/>; passed on as they are.</param>
    /// <param name="context">Supplied by Hangfire (pass null when queuing).</param>
    /// <param name="cancellationToken">Supplied by Hangfire: the job server is stopping.</param>
    [JobDisplayName("{0} (every tenant)")]
    public async Task RunForEveryTenantAsync(string jobName, string arguments, PerformContext? context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var attempt = BeginRun(context, jobName);
        using var correlation = correlationIdAccessor.Change(context.BackgroundJob.Id);
        try
        {
            IReadOnlyList<Guid> tenants;
            await using (var scope = scopeFactory.CreateAsyncScope())
            {
                using var host = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(null);
                tenants = await scope.ServiceProvider.GetRequiredService<IActiveTenantSource>().GetActiveTenantIdsAsync(cancellationToken);
            }

            var queue = context.BackgroundJob.Job.Queue ?? BackgroundJobQueues.Default;
            foreach (var tenantId in tenants)
            {
                cancellationToken.ThrowIfCancellationRequested();
                jobClient.Create(ForTenant(jobName, tenantId, arguments, queue), new EnqueuedState(queue));
            }

            LogFannedOut(logger, jobName, tenants.Count, context.BackgroundJob.Id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await OnFailedAsync(jobName, null, null, attempt, ex);
            throw;
        }
    }

    /// <summary>The stored job that runs <paramref name="jobName"/> in <paramref name="tenantId"/>.</summary>
    internal static Job ForTenant(string jobName, Guid? tenantId, string protectedArguments, string queue) =>
        Job.FromExpression<BackgroundJobDispatcher>(
            dispatcher => dispatcher.RunAsync(jobName, tenantId, protectedArguments, null, CancellationToken.None), queue);

    /// <summary>The stored job of a "for every tenant" occurrence.</summary>
    internal static Job ForEveryTenant(string jobName, string protectedArguments, string queue) =>
        Job.FromExpression<BackgroundJobDispatcher>(
            dispatcher => dispatcher.RunForEveryTenantAsync(jobName, protectedArguments, null, CancellationToken.None), queue);

    /// <summary>The delay before the attempt after failed attempt <paramref name="failedAttempt"/>: <c>FirstRetryDelay × 2^(failedAttempt−1)</c>.</summary>
    internal static TimeSpan RetryDelay(BackgroundJobOptions options, int failedAttempt) =>
        options.FirstRetryDelay * Math.Pow(2, Math.Max(0, failedAttempt - 1));

    /// <summary>Counts the run and logs it; returns the attempt (1 = first).</summary>
    private int BeginRun(PerformContext context, string jobName)
    {
        var retries = context.GetJobParameter<int>(RetryCountParameter, allowStale: true);
        var runs = context.GetJobParameter<int>(RunsParameter);
        context.SetJobParameter(RunsParameter, runs + 1);
        var attempt = retries + 1;
        var scheduled = context.GetJobParameter<long?>(TimeParameter, allowStale: true) is { } seconds ? JobHelper.FromTimestamp(seconds) : (DateTime?)null;
        // One line per run with the occurrence it belongs to and the server running it: in a cluster the logs of all
        // instances together show that each occurrence ran on one instance, and which runs re-ran a run cut short.
        LogFiring(logger, jobName, scheduled, context.ServerId, runs > retries, attempt, context.BackgroundJob.Id);
        return attempt;
    }

    private async Task RunInTenantAsync(string jobName, string json, Guid? tenantId, CancellationToken cancellationToken)
    {
        if (!options.Value.Jobs.TryGetValue(jobName, out var registration))
        {
            throw new InvalidOperationException($"No background job is registered under the name '{jobName}'.");
        }

        await using var scope = scopeFactory.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var tenant = services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var arguments = JsonSerializer.Deserialize(json, registration.ArgsType, BackgroundJobJson.Options)
            ?? throw new InvalidOperationException($"The arguments of background job '{jobName}' are null.");
        var handler = services.GetRequiredService(registration.JobType);
        var invoker = (IJobInvoker)Activator.CreateInstance(typeof(JobInvoker<>).MakeGenericType(registration.ArgsType))!;
        await using var uow = await services.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = true }, cancellationToken);
        await invoker.InvokeAsync(handler, arguments, cancellationToken);
        await uow.CompleteAsync(cancellationToken);
    }

    private async Task OnFailedAsync(string jobName, string? json, Guid? tenantId, int attempt, Exception exception)
    {
        var maxAttempts = Math.Max(1, options.Value.MaxAttempts);
        if (attempt < maxAttempts)
        {
            LogRetrying(logger, exception, jobName, tenantId, attempt, RetryDelay(options.Value, attempt));
            return;
        }

        LogFailed(logger, exception, jobName, tenantId, attempt);
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            if (scope.ServiceProvider.GetService<IBackgroundJobFailureStore>() is not { } store)
            {
                return;
            }

            using var host = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(null);
            await using var uow = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(new UnitOfWorkOptions { IsTransactional = true });
            await store.RecordAsync(new BackgroundJobFailureInfo(
                jobName, tenantId, json is null ? "(unreadable)" : SummarizeArguments(json),
                $"{exception.GetType().FullName}: {exception.Message}", attempt, timeProvider.GetUtcNow().UtcDateTime));
            await uow.CompleteAsync();
        }
#pragma warning disable CA1031 // Recording is best effort; the failure itself is logged and kept by the job store.
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

    private interface IJobInvoker
    {
        Task InvokeAsync(object handler, object args, CancellationToken cancellationToken);
    }

    private sealed class JobInvoker<TArgs> : IJobInvoker
    {
        public Task InvokeAsync(object handler, object args, CancellationToken cancellationToken) =>
            ((IBackgroundJob<TArgs>)handler).ExecuteAsync((TArgs)args, cancellationToken);
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Background job {JobName} fires for {ScheduledFireTimeUtc:O} on server {ServerId} (recovering: {Recovering}, attempt {Attempt}, job {JobId})")]
    private static partial void LogFiring(ILogger logger, string jobName, DateTime? scheduledFireTimeUtc, string serverId, bool recovering, int attempt, string jobId);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Background job {JobName} (tenant {TenantId}) completed (job {JobId})")]
    private static partial void LogCompleted(ILogger logger, string jobName, Guid? tenantId, string jobId);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Information, Message = "Background job {JobName} queued for {TenantCount} active tenants (job {JobId})")]
    private static partial void LogFannedOut(ILogger logger, string jobName, int tenantCount, string jobId);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Background job {JobName} (tenant {TenantId}) failed on attempt {Attempt}; retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string jobName, Guid? tenantId, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Error, Message = "Could not record the failure of background job {JobName}")]
    private static partial void LogRecordFailed(ILogger logger, Exception exception, string jobName);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Background job {JobName} (tenant {TenantId}) failed for good after {Attempt} attempts")]
    private static partial void LogFailed(ILogger logger, Exception exception, string jobName, Guid? tenantId, int attempt);
}
