using FitSaaS.Framework.Features;

namespace FitSaaS.FeatureManagement;

/// <summary>Defines the features of modules still to come (<see cref="UpcomingModulesFeatures"/>); off unless an edition turns them on.</summary>
public sealed class UpcomingModulesFeatureDefinitionProvider : FeatureDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IFeatureDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddGroup("Messaging", "Messaging").AddBoolean(UpcomingModulesFeatures.MessagingEnabled, false, "Messaging module");
    }
}
