namespace FitSaaS.Framework.Features;

/// <summary>Feature system options.</summary>
public sealed class FeatureOptions
{
    /// <summary>Definition provider types (<see cref="FeatureDefinitionProvider"/>), instantiated once when definitions are first needed.</summary>
    public IList<Type> DefinitionProviders { get; } = [];
}
