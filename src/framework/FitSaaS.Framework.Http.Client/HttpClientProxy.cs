using System.Collections.Concurrent;
using System.Reflection;

namespace FitSaaS.Framework.Http.Client;

// DispatchProxy ships with .NET and implements interfaces at run time; Castle.Core (ABP's choice) would add a package
// for the same thing (docs/decisions/0002, 0023).

/// <summary>
/// The object an application-service contract resolves to on the client: each call becomes the HTTP request the server's
/// auto API controller expects (<see cref="HttpApiConventions"/>), sent by <see cref="HttpClientProxyInvoker"/>.
/// </summary>
public class HttpClientProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<(Type, MethodInfo), ProxyMethod> s_methods = new();
    private static readonly MethodInfo s_wrap = typeof(HttpClientProxy).GetMethod(nameof(Wrap), BindingFlags.NonPublic | BindingFlags.Static)!;

    private HttpClientProxyInvoker _invoker = null!;
    private Type _serviceInterface = null!;
    private string _remoteServiceName = null!;

    /// <summary>Creates a proxy implementing <paramref name="serviceInterface"/> that calls <paramref name="remoteServiceName"/>.</summary>
    public static object Create(Type serviceInterface, string remoteServiceName, HttpClientProxyInvoker invoker)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        ArgumentNullException.ThrowIfNull(remoteServiceName);
        ArgumentNullException.ThrowIfNull(invoker);
        var proxy = (HttpClientProxy)Create(serviceInterface, typeof(HttpClientProxy));
        proxy._invoker = invoker;
        proxy._serviceInterface = serviceInterface;
        proxy._remoteServiceName = remoteServiceName;
        return proxy;
    }

    /// <summary>Checks every method of <paramref name="serviceInterface"/> can be proxied (async, at most one body), so a contract that cannot fails at start-up.</summary>
    /// <exception cref="NotSupportedException">A method does not return <see cref="Task"/> or <see cref="Task{TResult}"/>.</exception>
    public static void Validate(Type serviceInterface)
    {
        ArgumentNullException.ThrowIfNull(serviceInterface);
        foreach (var method in HttpApiConventions.GetActionMethods(serviceInterface))
        {
            GetMethod(serviceInterface, method);
        }
    }

    /// <inheritdoc/>
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var method = GetMethod(_serviceInterface, targetMethod);
        var arguments = args ?? [];
        var cancellationToken = method.CancellationTokenIndex is { } index && arguments[index] is CancellationToken token ? token : CancellationToken.None;
        var call = new HttpClientProxyCall(_remoteServiceName, _serviceInterface, targetMethod, method.Action, arguments, cancellationToken);
        return method.Invoke(_invoker, call);
    }

    private static ProxyMethod GetMethod(Type serviceInterface, MethodInfo method) =>
        s_methods.GetOrAdd((serviceInterface, method), static key =>
        {
            var (service, method) = key;
            var action = HttpApiConventions.GetAction(service, method);
            var ctIndex = Array.FindIndex(method.GetParameters(), p => p.ParameterType == typeof(CancellationToken));
            Func<HttpClientProxyInvoker, HttpClientProxyCall, object> invoke;
            if (method.ReturnType == typeof(Task))
            {
                invoke = static (invoker, call) => invoker.CallAsync(call);
            }
            else if (method.ReturnType.IsGenericType && method.ReturnType.GetGenericTypeDefinition() == typeof(Task<>))
            {
                invoke = (Func<HttpClientProxyInvoker, HttpClientProxyCall, object>)s_wrap
                    .MakeGenericMethod(method.ReturnType.GetGenericArguments()[0]).Invoke(null, null)!;
            }
            else
            {
                throw new NotSupportedException(
                    $"{service.Name}.{method.Name} returns {method.ReturnType.Name}; a remote call must return Task or Task<T>.");
            }

            return new ProxyMethod(action, ctIndex < 0 ? null : ctIndex, invoke);
        });

    private static Func<HttpClientProxyInvoker, HttpClientProxyCall, object> Wrap<T>() => static (invoker, call) => invoker.CallAsync<T>(call);

    private sealed record ProxyMethod(HttpApiAction Action, int? CancellationTokenIndex, Func<HttpClientProxyInvoker, HttpClientProxyCall, object> Invoke);
}
