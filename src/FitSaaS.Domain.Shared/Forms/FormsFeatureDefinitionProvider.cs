using FitSaaS.Framework.Features;

namespace FitSaaS.Forms;

/// <summary>Defines the Forms features.</summary>
public sealed class FormsFeatureDefinitionProvider : FeatureDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IFeatureDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddGroup(FormsFeatures.GroupName, "Forms")
            .AddBoolean(FormsFeatures.Enabled, defaultValue: false, "Forms and compliance", "Forms, waivers, legal documents, consents and data subject requests.");
    }
}
