namespace FitSaaS.Framework.Features;

/// <summary>
/// Declares a module's features. Register it with
/// <c>Configure&lt;FeatureOptions&gt;(o =&gt; o.DefinitionProviders.Add(typeof(MyProvider)))</c>.
/// </summary>
public abstract class FeatureDefinitionProvider
{
    /// <summary>Adds the module's groups and features.</summary>
    public abstract void Define(IFeatureDefinitionContext context);
}

/// <summary>What a <see cref="FeatureDefinitionProvider"/> adds groups to.</summary>
public interface IFeatureDefinitionContext
{
    /// <summary>Adds a group, or returns the existing group of that name (so modules can extend one).</summary>
    FeatureGroupDefinition AddGroup(string name, string? displayName = null);
}

/// <summary>Feature system options.</summary>
public sealed class FeatureOptions
{
    /// <summary>Definition provider types (<see cref="FeatureDefinitionProvider"/>), instantiated once when definitions are first needed.</summary>
    public IList<Type> DefinitionProviders { get; } = [];
}
