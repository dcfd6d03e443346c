using System.Collections.Concurrent;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Application.Tests.BackgroundJobs;

/// <summary>
/// A second application instance on the fixture's database with its hosted services started (the Hangfire job server, the
/// recurring-job registrar), the test jobs registered, and fast retries. Disposing it stops the job server like a host shutdown.
/// </summary>
internal sealed class JobTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private JobTestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<JobTestHost> StartAsync(
        TestDatabase database, Action<IServiceCollection>? configure = null, int maxAttempts = 3, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>(database.Settings)
        {
            ["BackgroundJobs:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["BackgroundJobs:FirstRetryDelay"] = "00:00:00.200",
            ["BackgroundJobs:PollingInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        // The modules are initialized by their hosted service when the host starts.
        builder.Services.AddFitSaaSApplication<FitSaaSApplicationTestModule>(builder.Configuration);
        builder.Services.AddBackgroundJob<RecordingJob, RecordingJobArgs>();
        builder.Services.AddBackgroundJob<FailingJob, FailingJobArgs>();
        builder.Services.AddBackgroundJob<FlakyForOneTenantJob, FlakyForOneTenantJobArgs>();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new JobTestHost(host);
    }

    public async Task<string> EnqueueAsync<TArgs>(Guid? tenantId, TArgs args, TimeSpan? delay = null)
        where TArgs : notnull
    {
        using var tenant = _host.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(args, delay);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="timeout"/> (generous: the machine is shared) passes.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The background job did not get there in time.");
            }

            await Task.Delay(100);
        }
    }
}

[BackgroundJobName("Tests.Recording")]
internal sealed record RecordingJobArgs(string Marker);

internal sealed record JobRun(string Marker, Guid? TenantId, bool InUnitOfWork, bool Transactional, DateTimeOffset At);

/// <summary>Records where and how it ran.</summary>
internal sealed class RecordingJob(ICurrentTenant currentTenant, IUnitOfWorkManager unitOfWorkManager) : IBackgroundJob<RecordingJobArgs>
{
    public static ConcurrentQueue<JobRun> Runs { get; } = new();

    public static IReadOnlyList<JobRun> RunsOf(string marker) => Runs.Where(run => run.Marker == marker).ToList();

    public Task ExecuteAsync(RecordingJobArgs args, CancellationToken cancellationToken)
    {
        var uow = unitOfWorkManager.Current;
        Runs.Enqueue(new JobRun(args.Marker, currentTenant.Id, uow is not null, uow?.IsTransactional == true, DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    }
}

[BackgroundJobName("Tests.Failing")]
internal sealed record FailingJobArgs(string Marker);

/// <summary>Always fails, counting its attempts.</summary>
internal sealed class FailingJob : IBackgroundJob<FailingJobArgs>
{
    public static ConcurrentDictionary<string, int> Attempts { get; } = new();

    public Task ExecuteAsync(FailingJobArgs args, CancellationToken cancellationToken)
    {
        Attempts.AddOrUpdate(args.Marker, 1, (_, count) => count + 1);
        throw new InvalidOperationException("This job always fails.");
    }
}

[BackgroundJobName("Tests.FlakyForOneTenant")]
internal sealed record FlakyForOneTenantJobArgs(string Marker, Guid FailingTenantId);

/// <summary>Fails on its first attempt in one tenant only, counting attempts per tenant.</summary>
internal sealed class FlakyForOneTenantJob(ICurrentTenant currentTenant) : IBackgroundJob<FlakyForOneTenantJobArgs>
{
    public static ConcurrentDictionary<(string Marker, Guid? TenantId), int> Attempts { get; } = new();

    public Task ExecuteAsync(FlakyForOneTenantJobArgs args, CancellationToken cancellationToken)
    {
        var attempt = Attempts.AddOrUpdate((args.Marker, currentTenant.Id), 1, (_, count) => count + 1);
        if (currentTenant.Id == args.FailingTenantId && attempt == 1)
        {
            throw new InvalidOperationException("The first attempt in this tenant fails.");
        }

        return Task.CompletedTask;
    }
}
