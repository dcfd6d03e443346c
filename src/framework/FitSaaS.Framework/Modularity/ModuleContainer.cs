using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Framework.Modularity;

/// <summary>
/// The module graph of one application, loaded from a root module and sorted so that every module
/// comes after the modules it depends on. It is an instance owned by DI: there is no static module list.
/// </summary>
public sealed class ModuleContainer
{
    private ModuleContainer(Type rootModuleType, IReadOnlyList<ModuleDescriptor> modules)
    {
        RootModuleType = rootModuleType;
        Modules = modules;
    }

    /// <summary>The module the application starts from.</summary>
    public Type RootModuleType { get; }

    /// <summary>All modules, dependencies first.</summary>
    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>Loads the graph reachable from <paramref name="rootModuleType"/> through <see cref="DependsOnAttribute"/>.</summary>
    /// <exception cref="ArgumentException">The type is not a module.</exception>
    /// <exception cref="InvalidOperationException">The graph has a cycle (the message names it).</exception>
    public static ModuleContainer Load(Type rootModuleType)
    {
        ArgumentNullException.ThrowIfNull(rootModuleType);
        var sorted = new List<ModuleDescriptor>();
        var byType = new Dictionary<Type, ModuleDescriptor>();
        var visiting = new Stack<Type>();
        Visit(rootModuleType, byType, sorted, visiting);
        return new ModuleContainer(rootModuleType, sorted);
    }

    private static ModuleDescriptor Visit(
        Type type, Dictionary<Type, ModuleDescriptor> byType, List<ModuleDescriptor> sorted, Stack<Type> visiting)
    {
        if (byType.TryGetValue(type, out var existing))
        {
            return existing;
        }

        if (!typeof(FitSaaSModule).IsAssignableFrom(type) || type.IsAbstract)
        {
            throw new ArgumentException($"{type.FullName} is not a concrete {nameof(FitSaaSModule)}.", nameof(type));
        }

        if (visiting.Contains(type))
        {
            var cycle = string.Join(" -> ", visiting.Reverse().Append(type).Select(t => t.Name));
            throw new InvalidOperationException($"Module dependency cycle: {cycle}.");
        }

        visiting.Push(type);
        var dependencies = type.GetCustomAttributes(typeof(DependsOnAttribute), inherit: false)
            .Cast<DependsOnAttribute>()
            .SelectMany(a => a.DependedModuleTypes)
            .Distinct()
            .Select(d => Visit(d, byType, sorted, visiting))
            .ToList();
        visiting.Pop();

        var descriptor = new ModuleDescriptor(type, (FitSaaSModule)Activator.CreateInstance(type)!);
        descriptor.DependencyList.AddRange(dependencies);
        byType[type] = descriptor;
        sorted.Add(descriptor);
        return descriptor;
    }

    /// <summary>Runs every module's initialization hook in dependency order.</summary>
    public async Task InitializeAsync(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = new ApplicationInitializationContext(serviceProvider);
        foreach (var module in Modules)
        {
            await module.Instance.OnApplicationInitializationAsync(context);
        }
    }

    /// <summary>Runs every module's shutdown hook in reverse dependency order.</summary>
    public async Task ShutdownAsync(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = new ApplicationShutdownContext(serviceProvider);
        foreach (var module in Modules.Reverse())
        {
            await module.Instance.OnApplicationShutdownAsync(context);
        }
    }
}
