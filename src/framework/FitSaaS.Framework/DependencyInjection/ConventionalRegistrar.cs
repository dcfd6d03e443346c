using System.Reflection;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.DependencyInjection;

/// <summary>
/// Registers the conventional services of one assembly: application services (behind the
/// interception pipeline), domain services, repositories, local event handlers and classes marked
/// with a lifetime interface. The module loader calls it for the types each loaded module owns (its namespace in its
/// assembly), so a module left out of the graph leaves no services behind.
/// </summary>
public static class ConventionalRegistrar
{
    private static readonly HashSet<Type> s_markerInterfaces =
    [
        typeof(ITransientDependency), typeof(IScopedDependency), typeof(ISingletonDependency),
        typeof(IApplicationService), typeof(IDomainService), typeof(IDisposable), typeof(IAsyncDisposable),
    ];

    /// <summary>Registers every conventional type declared in <paramref name="assembly"/>.</summary>
    public static void RegisterAssembly(IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes())
        {
            RegisterTypeIfConventional(services, type);
        }
    }

    /// <summary>
    /// Registers <paramref name="type"/> when it is a concrete, non-generic class (top-level, or nested public/internal)
    /// that follows a convention; does nothing otherwise.
    /// </summary>
    public static void RegisterTypeIfConventional(IServiceCollection services, Type type)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(type);
        if (!type.IsClass || type.IsAbstract || type.IsGenericTypeDefinition || type.IsNested && !type.IsNestedPublic && !type.IsNestedAssembly)
        {
            return;
        }

        RegisterType(services, type);
    }

    /// <summary>Registers one type if it follows a convention; does nothing otherwise.</summary>
    public static void RegisterType(IServiceCollection services, Type type)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(type);
        if (typeof(IApplicationService).IsAssignableFrom(type))
        {
            RegisterApplicationService(services, type);
            return;
        }

        var lifetime = GetLifetime(type);
        if (lifetime is null)
        {
            return;
        }

        services.TryAdd(ServiceDescriptor.Describe(type, type, lifetime.Value));
        foreach (var serviceType in GetExposedInterfaces(type))
        {
            services.Add(ServiceDescriptor.Describe(serviceType, sp => sp.GetRequiredService(type), lifetime.Value));
        }
    }

    private static void RegisterApplicationService(IServiceCollection services, Type type)
    {
        services.TryAddTransient(type);
        foreach (var serviceInterface in type.GetInterfaces().Where(i => i != typeof(IApplicationService) && typeof(IApplicationService).IsAssignableFrom(i)))
        {
            services.TryAddTransient(serviceInterface, sp => ApplicationServiceProxy.Create(serviceInterface, sp.GetRequiredService(type), sp));
        }
    }

    private static ServiceLifetime? GetLifetime(Type type)
    {
        if (typeof(ISingletonDependency).IsAssignableFrom(type))
        {
            return ServiceLifetime.Singleton;
        }

        if (typeof(IScopedDependency).IsAssignableFrom(type))
        {
            return ServiceLifetime.Scoped;
        }

        if (typeof(ITransientDependency).IsAssignableFrom(type) || typeof(IDomainService).IsAssignableFrom(type) ||
            IsRepository(type) || IsLocalEventHandler(type) || IsDistributedEventHandler(type))
        {
            return ServiceLifetime.Transient;
        }

        return null;
    }

    private static bool IsRepository(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRepository<,>));

    private static bool IsLocalEventHandler(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ILocalEventHandler<>));

    private static bool IsDistributedEventHandler(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Events.Distributed.IDistributedEventHandler<>));

    private static IEnumerable<Type> GetExposedInterfaces(Type type) =>
        type.GetInterfaces().Where(i => !s_markerInterfaces.Contains(i) && !i.IsGenericTypeDefinition);
}
