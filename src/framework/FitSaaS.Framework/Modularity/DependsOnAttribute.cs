namespace FitSaaS.Framework.Modularity;

/// <summary>Declares the modules a module depends on; they are loaded and configured before it.</summary>
/// <param name="dependedModuleTypes">Types deriving from <see cref="FitSaaSModule"/>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] dependedModuleTypes) : Attribute
{
    /// <summary>The depended-on module types.</summary>
    public IReadOnlyList<Type> DependedModuleTypes { get; } = dependedModuleTypes;
}
