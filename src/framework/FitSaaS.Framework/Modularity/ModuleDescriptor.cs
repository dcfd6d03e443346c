using System.Reflection;

namespace FitSaaS.Framework.Modularity;

/// <summary>One loaded module: its type, instance, assembly and direct dependencies.</summary>
public sealed class ModuleDescriptor
{
    internal ModuleDescriptor(Type type, FitSaaSModule instance)
    {
        Type = type;
        Instance = instance;
    }

    /// <summary>The module class.</summary>
    public Type Type { get; }

    /// <summary>The module instance (one per application).</summary>
    public FitSaaSModule Instance { get; }

    /// <summary>The assembly that holds the module class; conventional registration scans it.</summary>
    public Assembly Assembly => Type.Assembly;

    /// <summary>The modules this one depends on directly.</summary>
    public IReadOnlyList<ModuleDescriptor> Dependencies => DependencyList;

    internal List<ModuleDescriptor> DependencyList { get; } = [];

    /// <inheritdoc/>
    public override string ToString() => Type.Name;
}
