using System.Collections.Concurrent;
using System.Reflection;

namespace FitSaaS.Framework.Application;

/// <summary>Caches <see cref="ApplicationServiceMethod"/> per (contract method, implementation type).</summary>
public sealed class ApplicationServiceMethodCache
{
    private readonly ConcurrentDictionary<(MethodInfo, Type), ApplicationServiceMethod> _methods = new();

    /// <summary>Returns the cached description, building it on first use.</summary>
    public ApplicationServiceMethod Get(MethodInfo interfaceMethod, Type implementationType) =>
        _methods.GetOrAdd((interfaceMethod, implementationType), static key =>
        {
            var (method, type) = key;
            var map = type.GetInterfaceMap(method.DeclaringType!);
            var index = Array.IndexOf(map.InterfaceMethods, method);
            return new ApplicationServiceMethod(method, map.TargetMethods[index]);
        });
}
