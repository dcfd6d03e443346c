using FitSaaS.Framework.Features;

namespace FitSaaS.Domain.Tests.FeatureManagement;

/// <summary>A feature of the tests' own, so the kit's feature tests name no feature module's feature.</summary>
public sealed class TestFeatureDefinitionProvider : FeatureDefinitionProvider
{
    /// <summary>A toggle, on by default.</summary>
    public const string Enabled = "Test.Enabled";

    public override void Define(IFeatureDefinitionContext context) =>
        context.AddGroup("Test", "Test").AddBoolean(Enabled, defaultValue: true, "Test module", "A module of the tests.");
}
