using FitSaaS.Bookings;
using FitSaaS.Forms;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Data;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>The demo tenant's legal documents: a waiver for one class type, terms, a health declaration, signatures and consents — seeded once.</summary>
public abstract class FormsLegalDemoDataSeedTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : FormsLegalDemoDataSeedTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : FormsLegalDemoDataSeedTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly LegalScenario _scenario = new(fixture);

    [Fact]
    public async Task SeedAsync_DemoDataTwice_SeedsTheDocumentsOnce_TheWaiverGatesOneClassType_TheLastMembersMustSignIt()
    {
        var tenant = await fixture.CreateTenantAsync();

        var members = await SeedDemoAsync(tenant);
        await SeedDemoAsync(tenant);

        var documents = await _scenario.AsAdminAsync<ILegalDocumentAppService, PagedResultDto<LegalDocumentDto>>(tenant, s => s.GetListAsync(new GetLegalDocumentListInput()));
        documents.Items.Select(d => d.Title).ShouldBe(
            [FormsLegalDemoDataSeedContributor.HealthDeclarationTitle, FormsLegalDemoDataSeedContributor.WaiverTitle, FormsLegalDemoDataSeedContributor.TermsTitle], ignoreOrder: true);
        documents.Items.ShouldAllBe(d => d.Versions.Count == 1 && d.CurrentVersion != null);
        var waiver = documents.Items.Single(d => d.Title == FormsLegalDemoDataSeedContributor.WaiverTitle);
        var wod = (await _scenario.AsAdminAsync<IClassTypeAppService, PagedResultDto<ClassTypeDto>>(tenant, s => s.GetListAsync(new GetClassTypeListInput { MaxResultCount = 100 })))
            .Items.Single(c => c.Name == FormsLegalDemoDataSeedContributor.WaiverClassTypeName);
        waiver.ClassTypeIds.ShouldBe([wod.Id]);

        var first = await _scenario.RequiredAsync(tenant, members[0], new GetRequiredLegalDocumentsInput { Gate = LegalDocumentGates.Booking, ClassTypeId = wod.Id });
        var last = await _scenario.RequiredAsync(tenant, members[^1], new GetRequiredLegalDocumentsInput { Gate = LegalDocumentGates.Booking, ClassTypeId = wod.Id });
        var consents = await _scenario.AsMemberAsync<IConsentAppService, MemberConsentsDto>(tenant, members[0], s => s.GetListAsync(new GetConsentListInput()));

        first.ShouldBeEmpty();
        last.ShouldHaveSingleItem().DocumentId.ShouldBe(waiver.Id);
        consents.Granted.ShouldBe([ConsentPurpose.HealthData]);
    }

    private async Task<IReadOnlyList<Guid>> SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        var context = new DataSeedContext(tenant.Id) { IncludeDemoData = true };
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(context);
        return (IReadOnlyList<Guid>)context.Properties[IdentityConsts.DemoMemberIdsSeedProperty]!;
    }
}
