using FitSaaS.Framework.Features;

namespace FitSaaS.Identity;

/// <summary>Defines the Identity features.</summary>
public sealed class IdentityFeatureDefinitionProvider : FeatureDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IFeatureDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddGroup(IdentityFeatures.GroupName, "Members")
            .AddInteger(IdentityFeatures.MaxMembers, FeatureDefinition.Unlimited, FeatureDefinition.Unlimited, 10_000_000, "Maximum members", "Users in the member role; -1 = unlimited.");
    }
}
