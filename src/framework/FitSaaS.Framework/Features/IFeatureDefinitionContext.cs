namespace FitSaaS.Framework.Features;

/// <summary>What a <see cref="FeatureDefinitionProvider"/> adds groups to.</summary>
public interface IFeatureDefinitionContext
{
    /// <summary>Adds a group, or returns the existing group of that name (so modules can extend one).</summary>
    FeatureGroupDefinition AddGroup(string name, string? displayName = null);
}
