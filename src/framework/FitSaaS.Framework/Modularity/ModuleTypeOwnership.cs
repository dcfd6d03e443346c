using System.Reflection;

namespace FitSaaS.Framework.Modularity;

/// <summary>
/// Which module class a type belongs to: the module classes of the type's own assembly whose namespace is the longest
/// prefix of the type's namespace (its folder, STYLE rule 8). <c>FitSaaS.Bookings.BookingAppService</c> in
/// <c>FitSaaS.Application</c> belongs to <c>FitSaaS.Bookings.BookingsApplicationModule</c>; a type of a namespace no module
/// class of its assembly names (<c>FitSaaS.BackgroundJobs</c> in <c>FitSaaS.Application</c>) belongs to the assembly's module with
/// the shortest namespace (the layer's root module). The result never depends on which modules are loaded, so removing a
/// module never hands its types to another one.
/// </summary>
public static class ModuleTypeOwnership
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Assembly, IReadOnlyList<Type>> s_moduleTypes = new();

    /// <summary>The concrete module classes declared in <paramref name="assembly"/>, ordered by full name (scanned once per assembly).</summary>
    public static IReadOnlyList<Type> GetModuleTypes(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return s_moduleTypes.GetOrAdd(assembly, static a => [.. GetLoadableTypes(a)
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(FitSaaSModule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The module classes that own <paramref name="type"/> (more than one only when several module classes of its assembly
    /// share the owning namespace); empty when its assembly declares no module class.
    /// </summary>
    public static IReadOnlyList<Type> GetOwners(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return GetOwners(type, GetModuleTypes(type.Assembly));
    }

    /// <summary>The owners of <paramref name="type"/> among <paramref name="moduleTypes"/> (the module classes of its assembly).</summary>
    public static IReadOnlyList<Type> GetOwners(Type type, IReadOnlyList<Type> moduleTypes)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(moduleTypes);
        if (moduleTypes.Count == 0)
        {
            return [];
        }

        var ns = type.Namespace ?? string.Empty;
        var owning = moduleTypes
            .Select(m => m.Namespace ?? string.Empty)
            .Where(m => ns == m || ns.StartsWith(m + ".", StringComparison.Ordinal))
            .OrderByDescending(m => m.Length)
            .FirstOrDefault()
            ?? moduleTypes.Select(m => m.Namespace ?? string.Empty).OrderBy(m => m.Length).First();
        return [.. moduleTypes.Where(m => (m.Namespace ?? string.Empty) == owning)];
    }

    /// <summary>The types of <paramref name="moduleType"/>'s assembly it owns (nested and compiler-generated types included).</summary>
    public static IReadOnlyList<Type> GetOwnedTypes(Type moduleType)
    {
        ArgumentNullException.ThrowIfNull(moduleType);
        var modules = GetModuleTypes(moduleType.Assembly);
        return [.. GetLoadableTypes(moduleType.Assembly).Where(t => GetOwners(t, modules).Contains(moduleType))];
    }

    private static IEnumerable<Type> GetLoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }
}
