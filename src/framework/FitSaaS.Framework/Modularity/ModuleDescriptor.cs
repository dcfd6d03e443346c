using System.Reflection;

namespace FitSaaS.Framework.Modularity;

/// <summary>One loaded module: its type, instance, assembly and direct dependencies.</summary>
public sealed class ModuleDescriptor
{
    internal ModuleDescriptor(Type type, FitSaaSModule instance)
    {
        Type = type;
        Instance = instance;
        _ownedTypes = new Lazy<IReadOnlyList<Type>>(() => ModuleTypeOwnership.GetOwnedTypes(type));
    }

    /// <summary>The module class.</summary>
    public Type Type { get; }

    /// <summary>The module instance (one per application).</summary>
    public FitSaaSModule Instance { get; }

    /// <summary>The assembly that holds the module class.</summary>
    public Assembly Assembly => Type.Assembly;

    /// <summary>
    /// The types this module owns (<see cref="ModuleTypeOwnership"/>: its namespace in its assembly): what conventional
    /// registration registers and where auto API controllers come from. Loaded on first use.
    /// </summary>
    public IReadOnlyList<Type> OwnedTypes => _ownedTypes.Value;

    private readonly Lazy<IReadOnlyList<Type>> _ownedTypes;

    /// <summary>The modules this one depends on directly.</summary>
    public IReadOnlyList<ModuleDescriptor> Dependencies => DependencyList;

    internal List<ModuleDescriptor> DependencyList { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => Type.Name;
}
