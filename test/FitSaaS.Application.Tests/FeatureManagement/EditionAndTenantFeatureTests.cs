using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.FeatureManagement;

public abstract class EditionAndTenantFeatureTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : EditionAndTenantFeatureTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : EditionAndTenantFeatureTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly FeatureScenario _scenario = new(fixture);

    [Fact]
    public async Task Seed_CreatesFreeStudioAndProWithTheirValues()
    {
        var editions = await _scenario.AsHostAsync<IEditionAppService, PagedResultDto<EditionDto>>(s => s.GetListAsync(new GetEditionListInput { Sorting = "name" }));
        var free = await _scenario.AsHostAsync<IEditionAppService, IReadOnlyList<FeatureValueDto>>(
            s => s.GetValuesAsync(editions.Items.Single(e => e.Name == EditionNames.Free).Id));
        var pro = await _scenario.AsHostAsync<IEditionAppService, IReadOnlyList<FeatureValueDto>>(
            s => s.GetValuesAsync(editions.Items.Single(e => e.Name == EditionNames.Pro).Id));

        // Other tests of the shared fixture add editions of their own; the three seeded ones are there once each.
        editions.Items.Select(e => e.Name).Where(n => n is EditionNames.Free or EditionNames.Pro or EditionNames.Studio)
            .ShouldBe([EditionNames.Free, EditionNames.Pro, EditionNames.Studio], ignoreOrder: true);
        free.Single(v => v.Name == BookingsFeatures.MaxLocations).Value.ShouldBe("1");
        free.Single(v => v.Name == BookingsFeatures.Waitlist).Value.ShouldBe("false");
        free.Single(v => v.Name == IdentityFeatures.MaxMembers).Value.ShouldBe("50");
        pro.Single(v => v.Name == BookingsFeatures.MaxLocations).Value.ShouldBe("-1");
    }

    [Fact]
    public async Task CreateTenant_WithEditionName_IsOnThatEditionAndUnknownEditionCreatesNothing()
    {
        var studio = await _scenario.GetEditionAsync(EditionNames.Studio);
        var name = $"gym-{Guid.NewGuid():N}"[..20];

        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Studio);
        var exception = await Should.ThrowAsync<BusinessException>(() => fixture.CreateTenantAsync(name, editionName: "Platinum"));
        var found = await _scenario.AsHostAsync<ITenantAppService, PagedResultDto<TenantDto>>(s => s.GetListAsync(new GetTenantListInput { Filter = name }));

        (await _scenario.AsHostAsync<ITenantAppService, TenantDto>(s => s.GetAsync(tenant.Id))).EditionId.ShouldBe(studio.Id);
        (await _scenario.ReadAsync(tenant, BookingsFeatures.MaxLocations)).ShouldBe("3");
        exception.Code.ShouldBe(FeatureManagementErrorCodes.EditionNotFound);
        found.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task CreateTenant_WithoutEdition_GetsTheConfiguredDefaultEdition()
    {
        var pro = await _scenario.GetEditionAsync(EditionNames.Pro);

        var tenant = await fixture.CreateTenantAsync();

        (await _scenario.AsHostAsync<ITenantAppService, TenantDto>(s => s.GetAsync(tenant.Id))).EditionId.ShouldBe(pro.Id);
    }

    [Fact]
    public async Task GetFeatures_ShowsValueSourceOverrideThenEditionThenDefault()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);

        var features = await _scenario.SetOverridesAsync(tenant, (BookingsFeatures.MaxLocations, "4"));

        var locations = features.Features.Single(f => f.Name == BookingsFeatures.MaxLocations);
        locations.Value.ShouldBe("4");
        locations.Source.ShouldBe("Tenant");
        locations.EditionValue.ShouldBe("1");
        var waitlist = features.Features.Single(f => f.Name == BookingsFeatures.Waitlist);
        waitlist.Source.ShouldBe("Edition");
        waitlist.Value.ShouldBe("false");
        features.Edition.EditionName.ShouldBe(EditionNames.Free);

        var removed = await _scenario.SetOverridesAsync(tenant, (BookingsFeatures.MaxLocations, null));
        removed.Features.Single(f => f.Name == BookingsFeatures.MaxLocations).Source.ShouldBe("Edition");
    }

    [Fact]
    public async Task UpdateFeatures_InvalidValue_Is400CodeAndChangesNothing()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);

        var invalid = await Should.ThrowAsync<BusinessException>(() =>
            _scenario.SetOverridesAsync(tenant, (BookingsFeatures.MaxLocations, "9"), (IdentityFeatures.MaxMembers, "lots")));
        var unknown = await Should.ThrowAsync<BusinessException>(() => _scenario.SetOverridesAsync(tenant, ("Nope.Feature", "1")));

        invalid.Code.ShouldBe(FeatureErrorCodes.InvalidValue);
        unknown.Code.ShouldBe(FeatureErrorCodes.UnknownFeature);
        (await _scenario.ReadAsync(tenant, BookingsFeatures.MaxLocations)).ShouldBe("1");
    }

    [Fact]
    public async Task ChangingEditionValues_TenantsOnItSeeTheNewValueAtOnce()
    {
        var edition = await _scenario.AsHostAsync<IEditionAppService, EditionDto>(s => s.CreateAsync(new CreateEditionDto
        {
            Name = $"Tier-{Guid.NewGuid():N}"[..16],
            DisplayName = "Tier",
            Features = [new UpdateFeatureValueDto { Name = BookingsFeatures.MaxLocations, Value = "2" }],
        }));
        var tenant = await fixture.CreateTenantAsync(editionName: edition.Name);
        (await _scenario.ReadAsync(tenant, BookingsFeatures.MaxLocations)).ShouldBe("2");

        await _scenario.AsHostAsync<IEditionAppService, IReadOnlyList<FeatureValueDto>>(
            s => s.UpdateValuesAsync(edition.Id, FeatureScenario.Values((BookingsFeatures.MaxLocations, "5"))));

        (await _scenario.ReadAsync(tenant, BookingsFeatures.MaxLocations)).ShouldBe("5");
    }

    [Fact]
    public async Task ChangingTheTenantsEditionOrOverride_IsSeenAtOnce_AndTenantsNeverSeeEachOthersValues()
    {
        var gymA = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        var gymB = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        (await _scenario.ReadAsync(gymA, BookingsFeatures.MaxLocations)).ShouldBe("1");
        (await _scenario.ReadAsync(gymB, BookingsFeatures.MaxLocations)).ShouldBe("1");

        await _scenario.SetEditionAsync(gymA, EditionNames.Studio);
        await _scenario.SetOverridesAsync(gymB, (BookingsFeatures.MaxLocations, "7"));

        (await _scenario.ReadAsync(gymA, BookingsFeatures.MaxLocations)).ShouldBe("3");
        (await _scenario.ReadAsync(gymB, BookingsFeatures.MaxLocations)).ShouldBe("7");
        (await _scenario.ReadAsync(gymA, BookingsFeatures.Waitlist)).ShouldBe("true");
        (await _scenario.ReadAsync(gymB, BookingsFeatures.Waitlist)).ShouldBe("false");
        FeatureValueCache.Key(gymA.Id, "stamp").ShouldContain(gymA.Id.ToString("N"));
    }

    [Fact]
    public async Task Trial_WhenItsEndDatePasses_TheFallbackEditionApplies()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        var trial = await _scenario.SetEditionAsync(tenant, EditionNames.Pro, DateTime.UtcNow.AddSeconds(2));
        (await _scenario.ReadAsync(tenant, BookingsFeatures.MaxLocations)).ShouldBe("-1");

        // The cached snapshot lives until the trial's end (at least one second), not the cache's 5 minutes: on a loaded
        // machine the read is polled for a few seconds past the end rather than timed to the millisecond.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var value = await _scenario.ReadAsync(tenant, BookingsFeatures.MaxLocations);
        while (value != "1" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250));
            value = await _scenario.ReadAsync(tenant, BookingsFeatures.MaxLocations);
        }

        trial.Edition.EditionName.ShouldBe(EditionNames.Pro);
        value.ShouldBe("1");
        var after = await _scenario.AsHostAsync<ITenantFeatureAppService, TenantFeaturesDto>(s => s.GetFeaturesAsync(tenant.Id));
        after.Edition.IsExpired.ShouldBeTrue();
        after.Edition.EffectiveEditionName.ShouldBe(EditionNames.Free);
    }

    [Fact]
    public async Task SetEdition_EndDateInThePast_Is400AndChangesNothing()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.SetEditionAsync(tenant, EditionNames.Pro, DateTime.UtcNow.AddDays(-1)));

        exception.Errors.Keys.ShouldBe(["endDateUtc"]);
        (await _scenario.ReadAsync(tenant, BookingsFeatures.MaxLocations)).ShouldBe("1");
    }

    [Fact]
    public async Task DeleteEdition_InUse_ThrowsEditionInUse_UnusedIsDeleted()
    {
        var used = await _scenario.AsHostAsync<IEditionAppService, EditionDto>(s => s.CreateAsync(new CreateEditionDto { Name = $"Used-{Guid.NewGuid():N}"[..14], DisplayName = "Used" }));
        var unused = await _scenario.AsHostAsync<IEditionAppService, EditionDto>(s => s.CreateAsync(new CreateEditionDto { Name = $"Unused-{Guid.NewGuid():N}"[..16], DisplayName = "Unused" }));
        await fixture.CreateTenantAsync(editionName: used.Name);

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.AsHostAsync<IEditionAppService, bool>(async s =>
        {
            await s.DeleteAsync(used.Id);
            return true;
        }));
        await _scenario.AsHostAsync<IEditionAppService, bool>(async s =>
        {
            await s.DeleteAsync(unused.Id);
            return true;
        });

        exception.Code.ShouldBe(FeatureManagementErrorCodes.EditionInUse);
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsHostAsync<IEditionAppService, EditionDto>(s => s.GetAsync(unused.Id)));
        (await _scenario.AsHostAsync<IEditionAppService, EditionDto>(s => s.GetAsync(used.Id))).Name.ShouldBe(used.Name);
    }

    [Fact]
    public async Task EditionsAndTenantFeatures_TenantAdmin_IsForbidden()
    {
        var tenant = await fixture.CreateTenantAsync();

        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsAdminAsync<IEditionAppService, PagedResultDto<EditionDto>>(tenant, s => s.GetListAsync(new GetEditionListInput())));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsAdminAsync<ITenantFeatureAppService, TenantFeaturesDto>(
            tenant, s => s.UpdateFeaturesAsync(tenant.Id, FeatureScenario.Values((FitSaaS.Forms.FormsFeatures.Enabled, "true")))));
    }
}
