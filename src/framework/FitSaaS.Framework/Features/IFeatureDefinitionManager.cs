using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Framework.Features;

/// <summary>All feature definitions of the application, built once from the registered providers.</summary>
public interface IFeatureDefinitionManager
{
    /// <summary>Groups in provider order.</summary>
    IReadOnlyList<FeatureGroupDefinition> Groups { get; }

    /// <summary>Every feature in provider order.</summary>
    IReadOnlyList<FeatureDefinition> Definitions { get; }

    /// <summary>Returns the definition or null.</summary>
    FeatureDefinition? Find(string name);

    /// <summary>Returns the definition.</summary>
    /// <exception cref="BusinessException"><see cref="FeatureErrorCodes.UnknownFeature"/> (data: <c>feature</c>).</exception>
    FeatureDefinition Get(string name);
}
