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
