using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Application;

// A DispatchProxy-based interceptor: Castle.Core would do the same, but interface proxies are all
// the pipeline needs and DispatchProxy ships with .NET (see docs/decisions/0002-application-service-pipeline.md).

/// <summary>
/// The interface proxy every application-service contract resolves to. It runs the configured
/// interceptors around the implementation, so authorization, validation and the unit of work apply
/// to every caller.
/// </summary>
public class ApplicationServiceProxy : DispatchProxy
{
    private object _target = null!;
    private IServiceProvider _services = null!;
    private ApplicationServiceMethodCache _cache = null!;
    private Type[] _interceptorTypes = null!;

    /// <summary>Creates a proxy implementing <paramref name="serviceInterface"/> around <paramref name="target"/>.</summary>
    public static object Create(Type serviceInterface, object target, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(services);
        var proxy = (ApplicationServiceProxy)Create(serviceInterface, typeof(ApplicationServiceProxy));
        proxy._target = target;
        proxy._services = services;
        proxy._cache = services.GetRequiredService<ApplicationServiceMethodCache>();
        proxy._interceptorTypes = services.GetRequiredService<IOptions<ApplicationServicePipelineOptions>>().Value.Interceptors.ToArray();
        return proxy;
    }

    /// <summary>The implementation behind the proxy.</summary>
    public object Target => _target;

    /// <inheritdoc/>
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var method = _cache.Get(targetMethod, _target.GetType());
        if (!method.IsAsync)
        {
            // Application services are asynchronous (ABP's convention; the architecture tests check the contracts): running
            // the interceptors (unit of work, auditing, authorization) for a synchronous method would block on them.
            throw new NotSupportedException(
                $"{method.InterfaceMethod.DeclaringType?.Name}.{method.InterfaceMethod.Name} is synchronous: application service methods return Task or Task<T>.");
        }

        var invocation = new ApplicationServiceInvocation(method, _target, args ?? [], _services);
        var pipeline = RunAsync(invocation, 0);
        return method.TaskFactory is not null ? method.TaskFactory(pipeline, invocation) : pipeline;
    }

    private Task RunAsync(ApplicationServiceInvocation invocation, int index)
    {
        if (index == _interceptorTypes.Length)
        {
            return CallTargetAsync(invocation);
        }

        var interceptor = (IApplicationServiceInterceptor)_services.GetRequiredService(_interceptorTypes[index]);
        return interceptor.InterceptAsync(invocation, () => RunAsync(invocation, index + 1));
    }

    private static async Task CallTargetAsync(ApplicationServiceInvocation invocation)
    {
        object? result;
        try
        {
            result = invocation.Method.InterfaceMethod.Invoke(invocation.Target, invocation.RawArguments);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }

        if (result is Task task)
        {
            invocation.ReturnValue = await invocation.Method.AwaitResultAsync(task).ConfigureAwait(false);
        }
        else
        {
            invocation.ReturnValue = result;
        }
    }
}
