namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>
/// Handles one kind of background job. Resolved from a new DI scope per run; runs in the tenant that enqueued the job
/// (or per active tenant for a "for every tenant" recurring job) inside a transactional unit of work.
/// Register with <see cref="BackgroundJobServiceCollectionExtensions.AddBackgroundJob{TJob, TArgs}"/>.
/// </summary>
/// <typeparam name="TArgs">The job's arguments; serialized with System.Text.Json, so keep them small and free of secrets.</typeparam>
public interface IBackgroundJob<in TArgs>
{
    /// <summary>Runs the job. Throwing makes it retry with back-off (<see cref="BackgroundJobOptions.MaxAttempts"/>).</summary>
    Task ExecuteAsync(TArgs args, CancellationToken cancellationToken);
}

/// <summary>Relative priority of a job when several are due at the same time.</summary>
public enum BackgroundJobPriority
{
    /// <summary>Runs after every other due job.</summary>
    Low = 1,

    /// <summary>Below normal.</summary>
    BelowNormal = 3,

    /// <summary>The default.</summary>
    Normal = 5,

    /// <summary>Above normal.</summary>
    AboveNormal = 7,

    /// <summary>Runs before every other due job.</summary>
    High = 9,
}

/// <summary>
/// The stable name of a job's argument type (stored with queued jobs, so renaming or moving the CLR type does not
/// orphan them). Required on every argument type registered with <see cref="BackgroundJobServiceCollectionExtensions.AddBackgroundJob{TJob, TArgs}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class BackgroundJobNameAttribute(string name) : Attribute
{
    /// <summary>The stable job name, e.g. <c>AuditLogging.Cleanup</c>.</summary>
    public string Name { get; } = name;
}

/// <summary>Queues background jobs.</summary>
public interface IBackgroundJobManager
{
    /// <summary>
    /// Queues a job with <paramref name="args"/> for the current tenant (or the host), to run after
    /// <paramref name="delay"/> (default: as soon as possible). The job is stored persistently, so it survives a restart.
    /// </summary>
    /// <returns>The job's id.</returns>
    /// <exception cref="InvalidOperationException">No job is registered for <typeparamref name="TArgs"/>.</exception>
    Task<string> EnqueueAsync<TArgs>(TArgs args, TimeSpan? delay = null, BackgroundJobPriority priority = BackgroundJobPriority.Normal, CancellationToken cancellationToken = default)
        where TArgs : notnull;
}

/// <summary>The ids of the tenants that are active now (implemented by the TenantManagement module).</summary>
public interface IActiveTenantSource
{
    /// <summary>Every active tenant's id, in a stable order.</summary>
    Task<IReadOnlyList<Guid>> GetActiveTenantIdsAsync(CancellationToken cancellationToken = default);
}
