namespace FitSaaS.Framework.Modularity;

/// <summary>
/// Declares the modules a module depends on; they are loaded and configured before it. By default they are required: leaving
/// one out (configuration <c>Modules:Exclude</c>, <see cref="ModuleContainer.Load(Type, Func{Type, bool}?)"/>) while this
/// module is loaded is refused at start-up. With <see cref="Optional"/> they are listed, not needed: a layer's root module
/// lists its modules this way, and each may be left out.
/// </summary>
/// <param name="dependedModuleTypes">Types deriving from <see cref="FitSaaSModule"/>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] dependedModuleTypes) : Attribute
{
    /// <summary>The depended-on module types.</summary>
    public IReadOnlyList<Type> DependedModuleTypes { get; } = dependedModuleTypes;

    /// <summary>
    /// True when the module works without these modules (it only lists them, as a layer's root module does), so they may be
    /// excluded; false (default) when it needs them.
    /// </summary>
    public bool Optional { get; set; }
}
