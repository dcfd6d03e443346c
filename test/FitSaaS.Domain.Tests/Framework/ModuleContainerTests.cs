using FitSaaS.Framework.Modularity;

namespace FitSaaS.Domain.Tests.Framework;

public sealed class ModuleContainerTests
{
    [Fact]
    public void Load_SortsDependenciesFirst_AndVisitsSharedDependencyOnce()
    {
        var container = ModuleContainer.Load(typeof(RootModule));

        container.Modules.Select(m => m.Type).ShouldBe([typeof(CoreModule), typeof(LeftModule), typeof(RightModule), typeof(RootModule)]);
    }

    [Fact]
    public void Load_WithCycle_ThrowsNamingTheCycle()
    {
        var ex = Should.Throw<InvalidOperationException>(() => ModuleContainer.Load(typeof(CycleAModule)));

        ex.Message.ShouldContain("CycleAModule -> CycleBModule -> CycleAModule");
    }

    [Fact]
    public void Load_RealApplication_PutsFrameworkBeforeFeatures()
    {
        var container = ModuleContainer.Load(typeof(FitSaaSDomainModule));
        var names = container.Modules.Select(m => m.Type.Name).ToList();

        names.IndexOf("FitSaaSFrameworkModule").ShouldBeLessThan(names.IndexOf("BookingsDomainSharedModule"));
        names.IndexOf("BookingsDomainSharedModule").ShouldBeLessThan(names.IndexOf("BookingsDomainModule"));
        names.Last().ShouldBe(nameof(FitSaaSDomainModule));
    }

    public sealed class CoreModule : FitSaaSModule;

    [DependsOn(typeof(CoreModule))]
    public sealed class LeftModule : FitSaaSModule;

    [DependsOn(typeof(CoreModule))]
    public sealed class RightModule : FitSaaSModule;

    [DependsOn(typeof(LeftModule), typeof(RightModule))]
    public sealed class RootModule : FitSaaSModule;

    [DependsOn(typeof(CycleBModule))]
    public sealed class CycleAModule : FitSaaSModule;

    [DependsOn(typeof(CycleAModule))]
    public sealed class CycleBModule : FitSaaSModule;
}
