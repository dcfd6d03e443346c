using FitSaaS.Bookings;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Domain.Tests.FeatureManagement;

public sealed class FeatureDefinitionTests
{
    private readonly FeatureTestWorld _world = new(new CurrentTenant(new CurrentTenantAccessor()));

    [Theory]
    [InlineData("True", "true")]
    [InlineData(" false ", "false")]
    [InlineData("yes", null)]
    [InlineData("1", null)]
    public void Normalize_Toggle_AcceptsOnlyTrueOrFalse(string input, string? expected)
    {
        var definition = _world.Definitions.Get(BookingsFeatures.Waitlist);

        var normalized = definition.Normalize(input, out var error);

        normalized.ShouldBe(expected);
        (error is null).ShouldBe(expected is not null);
    }

    [Theory]
    [InlineData("3", "3")]
    [InlineData("+7", "7")]
    [InlineData("-1", "-1")]
    [InlineData("-2", null)]
    [InlineData("100001", null)]
    [InlineData("2.5", null)]
    [InlineData("many", null)]
    public void Normalize_Quota_ChecksRangeAndAllowsUnlimited(string input, string? expected)
    {
        var definition = _world.Definitions.Get(BookingsFeatures.MaxLocations);

        definition.Normalize(input, out _).ShouldBe(expected);
        definition.AllowsUnlimited.ShouldBeTrue();
    }

    [Fact]
    public void Selection_AcceptsOnlyAllowedValues()
    {
        var context = new FeatureOptions();
        context.DefinitionProviders.Add(typeof(SelectionProvider));
        var manager = new FeatureDefinitionManager(Microsoft.Extensions.Options.Options.Create(context), Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(new Microsoft.Extensions.DependencyInjection.ServiceCollection()));
        var definition = manager.Get("Test.Plan");

        definition.Normalize("gold", out _).ShouldBe("gold");
        definition.Normalize("Gold", out var error).ShouldBeNull();
        error.ShouldNotBeNull();
        definition.ValueType.ShouldBe(FeatureValueType.Selection);
    }

    [Fact]
    public void Get_UnknownFeature_ThrowsUnknownFeature()
    {
        var exception = Should.Throw<FitSaaS.Framework.Exceptions.BusinessException>(() => _world.Definitions.Get("No.Such"));

        exception.Code.ShouldBe(FeatureErrorCodes.UnknownFeature);
        exception.Details["feature"].ShouldBe("No.Such");
    }

    [Fact]
    public void Definitions_AreThoseOfTheRegisteredProviders()
    {
        _world.Definitions.Definitions.Select(d => d.Name).ShouldBe(
            [TestFeatureDefinitionProvider.Enabled, "Bookings.Waitlist", "Bookings.MaxLocations", "Identity.MaxMembers", "Forms.Enabled", "Messaging.Enabled"],
            ignoreOrder: true);
    }

    private sealed class SelectionProvider : FeatureDefinitionProvider
    {
        public override void Define(IFeatureDefinitionContext context) =>
            context.AddGroup("Test").AddSelection("Test.Plan", "silver", ["silver", "gold"]);
    }
}
