using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Framework.Modularity;

/// <summary>
/// The module graph of one application, loaded from a root module and sorted so that every module
/// comes after the modules it depends on. It is an instance owned by DI: there is no static module list.
/// </summary>
public sealed class ModuleContainer
{
    private ModuleContainer(Type rootModuleType, IReadOnlyList<ModuleDescriptor> modules, IReadOnlyList<Type> excludedModuleTypes)
    {
        RootModuleType = rootModuleType;
        Modules = modules;
        ExcludedModuleTypes = excludedModuleTypes;
    }

    /// <summary>The module the application starts from.</summary>
    public Type RootModuleType { get; }

    /// <summary>All modules, dependencies first.</summary>
    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    /// <summary>Modules the graph names but that were left out (<see cref="Load(Type, Func{Type, bool}?)"/>), ordered by full name.</summary>
    public IReadOnlyList<Type> ExcludedModuleTypes { get; }

    /// <summary>Loads the graph reachable from <paramref name="rootModuleType"/> through <see cref="DependsOnAttribute"/>.</summary>
    /// <exception cref="ArgumentException">The type is not a module.</exception>
    /// <exception cref="InvalidOperationException">The graph has a cycle (the message names it).</exception>
    public static ModuleContainer Load(Type rootModuleType) => Load(rootModuleType, exclude: null);

    /// <summary>
    /// Loads the graph reachable from <paramref name="rootModuleType"/> without the modules <paramref name="exclude"/> selects:
    /// an excluded module is not loaded (nor are modules reachable only through it), and the modules that list it in an
    /// <see cref="DependsOnAttribute.Optional"/> <see cref="DependsOnAttribute"/> (a layer's root module) load without it.
    /// Only optional modules may be excluded: a module that a loaded module requires (names in a <see cref="DependsOnAttribute"/>
    /// that is not optional) is refused, unless that module is excluded too. The root's own dependencies are all optional (it
    /// is the composition), and the root cannot be excluded.
    /// </summary>
    /// <exception cref="ArgumentException">The type is not a module, or the root is excluded.</exception>
    /// <exception cref="InvalidOperationException">
    /// The graph has a cycle (the message names it), or an excluded module is required by a loaded one (the message names
    /// the excluded module and the loaded modules that require it).
    /// </exception>
    public static ModuleContainer Load(Type rootModuleType, Func<Type, bool>? exclude)
    {
        ArgumentNullException.ThrowIfNull(rootModuleType);
        if (exclude?.Invoke(rootModuleType) == true)
        {
            throw new ArgumentException($"The root module {rootModuleType.FullName} cannot be excluded.", nameof(exclude));
        }

        var sorted = new List<ModuleDescriptor>();
        var byType = new Dictionary<Type, ModuleDescriptor>();
        var visiting = new Stack<Type>();
        var excluded = new SortedSet<Type>(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName)));
        Visit(rootModuleType, byType, sorted, visiting, exclude ?? (_ => false), excluded);
        if (excluded.Count > 0)
        {
            ThrowIfRequired(rootModuleType, sorted, excluded);
        }

        return new ModuleContainer(rootModuleType, sorted, [.. excluded]);
    }

    /// <summary>Refuses to leave out a module that a loaded module (other than the root) requires.</summary>
    private static void ThrowIfRequired(Type rootModuleType, List<ModuleDescriptor> loaded, SortedSet<Type> excluded)
    {
        var refused = excluded
            .Select(module => (Module: module, RequiredBy: loaded
                .Where(m => m.Type != rootModuleType && m.Type.GetCustomAttributes(typeof(DependsOnAttribute), inherit: false)
                    .Cast<DependsOnAttribute>()
                    .Any(a => !a.Optional && a.DependedModuleTypes.Contains(module)))
                .Select(m => m.Type.FullName)
                .Order(StringComparer.Ordinal)
                .ToList()))
            .Where(r => r.RequiredBy.Count > 0)
            .Select(r => $"{r.Module.FullName} cannot be excluded: {string.Join(", ", r.RequiredBy)} " +
                $"{(r.RequiredBy.Count == 1 ? "requires" : "require")} it (exclude {(r.RequiredBy.Count == 1 ? "that module" : "those modules")} too, or keep it).")
            .ToList();
        if (refused.Count > 0)
        {
            throw new InvalidOperationException("Modules:Exclude leaves out a module that a loaded module needs. " + string.Join(" ", refused));
        }
    }

    /// <summary>
    /// The module-selection rule of <see cref="FitSaaSApplicationServiceCollectionExtensions.AddFitSaaSApplication{TRootModule}"/>
    /// (configuration <c>Modules:Exclude</c>): a module is excluded when an entry equals its full type name, or names its
    /// feature — the last segment of its namespace, which is its feature folder in every layer (<c>Programs</c> excludes
    /// <c>FitSaaS.Programs.ProgramsApplicationModule</c>, <c>FitSaaS.EntityFrameworkCore.Programs.ProgramsEntityFrameworkCoreModule</c>, …).
    /// </summary>
    public static Func<Type, bool> ExcludeByName(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var names = entries.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToHashSet(StringComparer.Ordinal);
        return type => names.Contains(type.FullName ?? string.Empty) ||
            (type.Namespace is { } ns && names.Contains(ns[(ns.LastIndexOf('.') + 1)..]));
    }

    private static ModuleDescriptor? Visit(
        Type type, Dictionary<Type, ModuleDescriptor> byType, List<ModuleDescriptor> sorted, Stack<Type> visiting,
        Func<Type, bool> exclude, SortedSet<Type> excluded)
    {
        if (exclude(type))
        {
            excluded.Add(type);
            return null;
        }

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
            .Select(d => Visit(d, byType, sorted, visiting, exclude, excluded))
            .OfType<ModuleDescriptor>()
            .ToList();
        visiting.Pop();

        var descriptor = new ModuleDescriptor(type, (FitSaaSModule)Activator.CreateInstance(type)!);
        descriptor.DependencyList.AddRange(dependencies);
        byType[type] = descriptor;
        sorted.Add(descriptor);
        return descriptor;
    }

    /// <summary>Whether <paramref name="type"/> belongs to a loaded module (<see cref="ModuleTypeOwnership"/>).</summary>
    public bool IsLoaded(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ModuleTypeOwnership.GetOwners(type).Any(owner => Modules.Any(m => m.Type == owner));
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
