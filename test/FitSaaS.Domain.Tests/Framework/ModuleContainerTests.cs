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

    [Fact]
    public void Load_WithExclude_LeavesTheModuleOut_AndItsDependantsLoadWithoutIt()
    {
        var container = ModuleContainer.Load(typeof(RootModule), t => t == typeof(LeftModule));

        container.Modules.Select(m => m.Type).ShouldBe([typeof(CoreModule), typeof(RightModule), typeof(RootModule)]);
        container.ExcludedModuleTypes.ShouldBe([typeof(LeftModule)]);
        container.Modules.Single(m => m.Type == typeof(RootModule)).Dependencies.Select(d => d.Type).ShouldBe([typeof(RightModule)]);
        Should.Throw<ArgumentException>(() => ModuleContainer.Load(typeof(RootModule), t => t == typeof(RootModule)));
    }

    [Fact]
    public void ExcludeByName_MatchesAFeatureInEveryLayer_OrAFullTypeName()
    {
        var byFeature = ModuleContainer.ExcludeByName(["Programs"]);
        byFeature(typeof(global::FitSaaS.Programs.ProgramsDomainModule)).ShouldBeTrue();
        byFeature(typeof(global::FitSaaS.Programs.ProgramsDomainSharedModule)).ShouldBeTrue();
        byFeature(typeof(global::FitSaaS.Bookings.BookingsDomainModule)).ShouldBeFalse();
        byFeature(typeof(FitSaaSDomainModule)).ShouldBeFalse();

        var byType = ModuleContainer.ExcludeByName([typeof(global::FitSaaS.Bookings.BookingsDomainModule).FullName!]);
        byType(typeof(global::FitSaaS.Bookings.BookingsDomainModule)).ShouldBeTrue();
        byType(typeof(global::FitSaaS.Bookings.BookingsDomainSharedModule)).ShouldBeFalse();
    }

    [Fact]
    public void Ownership_IsTheModuleOfTheLongestNamespace_InTheTypesAssembly_ElseTheLayerRoot()
    {
        ModuleTypeOwnership.GetOwners(typeof(global::FitSaaS.Bookings.Booking)).ShouldBe([typeof(global::FitSaaS.Bookings.BookingsDomainModule)]);
        ModuleTypeOwnership.GetOwners(typeof(global::FitSaaS.BackgroundJobs.BackgroundJobFailure)).ShouldBe([typeof(FitSaaSDomainModule)]);
        ModuleTypeOwnership.GetOwnedTypes(typeof(global::FitSaaS.Programs.ProgramsDomainModule)).ShouldContain(typeof(global::FitSaaS.Programs.Exercise));
        ModuleTypeOwnership.GetOwnedTypes(typeof(global::FitSaaS.Programs.ProgramsDomainModule)).ShouldNotContain(typeof(global::FitSaaS.Bookings.Booking));
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
