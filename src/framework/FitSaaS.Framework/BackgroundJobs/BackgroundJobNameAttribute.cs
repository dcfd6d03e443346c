namespace FitSaaS.Framework.BackgroundJobs;

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
