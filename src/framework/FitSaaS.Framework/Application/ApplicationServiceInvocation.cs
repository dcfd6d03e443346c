namespace FitSaaS.Framework.Application;

/// <summary>One call of an application-service method travelling through the interception pipeline.</summary>
public sealed class ApplicationServiceInvocation
{
    internal ApplicationServiceInvocation(ApplicationServiceMethod method, object target, object?[] arguments, IServiceProvider services)
    {
        Method = method;
        Target = target;
        Arguments = arguments;
        Services = services;
    }

    /// <summary>Cached description of the called method (interface and implementation, attributes).</summary>
    public ApplicationServiceMethod Method { get; }

    /// <summary>The application-service implementation instance.</summary>
    public object Target { get; }

    /// <summary>The call's arguments, in parameter order.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>The caller's service provider (the request, job or test scope).</summary>
    public IServiceProvider Services { get; }

    /// <summary>The method's result once the target ran (null for a plain <see cref="Task"/>).</summary>
    public object? ReturnValue { get; internal set; }

    internal object?[] RawArguments => (object?[])Arguments;
}
