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
    public void Load_WithExclude_OfAModuleALoadedModuleRequires_IsRefused_NamingItAndTheModulesThatRequireIt()
    {
        var ex = Should.Throw<InvalidOperationException>(() => ModuleContainer.Load(typeof(RootModule), t => t == typeof(CoreModule)));

        ex.Message.ShouldContain($"{typeof(CoreModule).FullName} cannot be excluded: {typeof(LeftModule).FullName}, {typeof(RightModule).FullName} require it");
    }

    [Fact]
    public void Load_WithExclude_OfARequiredModule_IsAccepted_WhenTheModulesThatRequireItAreExcludedToo()
    {
        var container = ModuleContainer.Load(typeof(RootModule), t => t == typeof(CoreModule) || t == typeof(LeftModule) || t == typeof(RightModule));

        // Core, reachable only through the excluded modules, is not even reached.
        container.Modules.Select(m => m.Type).ShouldBe([typeof(RootModule)]);
        container.ExcludedModuleTypes.ShouldBe([typeof(LeftModule), typeof(RightModule)]);
    }

    [Fact]
    public void Load_WithExclude_OfAModuleListedAsOptional_IsAccepted_ButARequiringModuleStillRefusesIt()
    {
        var container = ModuleContainer.Load(typeof(AppModule), t => t == typeof(LeftModule));
        container.Modules.Select(m => m.Type).ShouldBe([typeof(CoreModule), typeof(RightModule), typeof(LayerModule), typeof(AppModule)]);

        var ex = Should.Throw<InvalidOperationException>(() => ModuleContainer.Load(typeof(AppModule), t => t == typeof(CoreModule)));
        ex.Message.ShouldContain($"{typeof(CoreModule).FullName} cannot be excluded: {typeof(LeftModule).FullName}, {typeof(RightModule).FullName} require it");
        ex.Message.ShouldNotContain(typeof(LayerModule).FullName!);
    }

    [Fact]
    public void Load_RealApplication_WithoutProgramsLoads_WithoutIdentityIsRefused()
    {
        var withoutPrograms = ModuleContainer.Load(typeof(RealApplicationModule), ModuleContainer.ExcludeByName(["Programs"]));
        withoutPrograms.ExcludedModuleTypes.ShouldContain(typeof(global::FitSaaS.Programs.ProgramsDomainModule));
        withoutPrograms.Modules.ShouldContain(m => m.Type == typeof(global::FitSaaS.Bookings.BookingsDomainModule));

        var ex = Should.Throw<InvalidOperationException>(() => ModuleContainer.Load(typeof(RealApplicationModule), ModuleContainer.ExcludeByName(["Identity"])));
        ex.Message.ShouldContain($"{typeof(global::FitSaaS.Identity.IdentityDomainModule).FullName} cannot be excluded:");
        ex.Message.ShouldContain(typeof(global::FitSaaS.AuditLogging.AuditLoggingDomainModule).FullName!);
        ex.Message.ShouldContain(typeof(global::FitSaaS.PermissionManagement.PermissionManagementDomainModule).FullName!);
        ex.Message.ShouldNotContain(typeof(FitSaaSDomainModule).FullName!);
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
        ModuleTypeOwnership.GetOwners(typeof(global::FitSaaS.BackgroundJobs.BackgroundJobFailure)).ShouldBe([typeof(global::FitSaaS.BackgroundJobs.BackgroundJobsDomainModule)]);
        ModuleTypeOwnership.GetOwners(typeof(global::FitSaaS.BackgroundJobs.BackgroundJobFailure), [typeof(FitSaaSDomainModule), typeof(global::FitSaaS.Bookings.BookingsDomainModule)])
            .ShouldBe([typeof(FitSaaSDomainModule)]);
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

    /// <summary>A layer's root: lists its modules, needs none of them.</summary>
    [DependsOn(typeof(LeftModule), typeof(RightModule), Optional = true)]
    public sealed class LayerModule : FitSaaSModule;

    [DependsOn(typeof(LayerModule))]
    public sealed class AppModule : FitSaaSModule;

    [DependsOn(typeof(FitSaaSDomainModule))]
    public sealed class RealApplicationModule : FitSaaSModule;

    [DependsOn(typeof(CycleBModule))]
    public sealed class CycleAModule : FitSaaSModule;

    [DependsOn(typeof(CycleAModule))]
    public sealed class CycleBModule : FitSaaSModule;
}
