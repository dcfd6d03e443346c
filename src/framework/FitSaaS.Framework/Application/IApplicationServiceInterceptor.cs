namespace FitSaaS.Framework.Application;

/// <summary>
/// One step of the application-service pipeline (authorization, validation, unit of work, ...). It
/// runs for every caller: HTTP, another module, a job or an event handler.
/// </summary>
public interface IApplicationServiceInterceptor
{
    /// <summary>Does its work and calls <paramref name="next"/> to continue (or throws to stop).</summary>
    Task InterceptAsync(ApplicationServiceInvocation invocation, Func<Task> next);
}

/// <summary>The ordered interceptor types of the pipeline; modules may insert their own.</summary>
public sealed class ApplicationServicePipelineOptions
{
    /// <summary>
    /// Interceptor types, outermost first. Default (set by the framework): authorization, validation,
    /// unit of work. Each is resolved from the caller's scope.
    /// </summary>
    public IList<Type> Interceptors { get; } = [];
}
