namespace FitSaaS.Framework.Application;

/// <summary>The ordered interceptor types of the pipeline; modules may insert their own.</summary>
public sealed class ApplicationServicePipelineOptions
{
    /// <summary>
    /// Interceptor types, outermost first. Default (set by the framework): authorization, validation,
    /// unit of work. Each is resolved from the caller's scope.
    /// </summary>
    public IList<Type> Interceptors { get; } = [];
}
