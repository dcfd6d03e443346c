using FitSaaS.Framework.Features;

namespace FitSaaS.Programs;

/// <summary>Defines the Programs features.</summary>
public sealed class ProgramsFeatureDefinitionProvider : FeatureDefinitionProvider
{
    /// <inheritdoc/>
    public override void Define(IFeatureDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AddGroup(ProgramsFeatures.GroupName, "Programs")
            .AddBoolean(ProgramsFeatures.Enabled, defaultValue: true, "Programs module", "Exercise library and training programs.");
    }
}
