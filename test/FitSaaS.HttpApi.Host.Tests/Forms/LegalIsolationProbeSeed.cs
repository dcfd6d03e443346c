using FitSaaS.Forms;
using FitSaaS.HttpApi.Host.Tests.Isolation;
using static FitSaaS.HttpApi.Host.Tests.Isolation.IsolationProbeSeedContext;

namespace FitSaaS.HttpApi.Host.Tests.Forms;

/// <summary>
/// Forms' legal probe data in B: a waiver with a published version signed by B's admin, B's admin's date of birth, and a guardian
/// link from B's admin to B's member (runs after Identity: uses B's member).
/// </summary>
public sealed class LegalIsolationProbeSeed : IIsolationProbeSeed
{
    public string RoutePrefix => "/api/forms/legal-";

    public async Task SeedAsync(IsolationProbeSeedContext context, CancellationToken cancellationToken)
    {
        var (adminB, marker, targets, ct) = (context.VictimAdmin, context.Marker, context.Targets, cancellationToken);
        var document = await PostAsync(adminB, "/api/forms/legal-documents", new CreateLegalDocumentDto
        {
            Kind = LegalDocumentKind.LiabilityWaiver, Title = $"Waiver {marker}", AppliesToAll = true, Gates = [LegalDocumentGates.CheckIn],
        }, ct);
        var documentId = document.GetProperty("id").GetGuid();
        targets.AddId("legal-documents", documentId, "B's legal document");
        var version = await PostAsync(adminB, $"/api/forms/legal-documents/{documentId}/publish-version",
            new PublishLegalDocumentVersionDto { Text = $"Secret terms {marker}", Policy = LegalResignPolicy.AllMustResign }, ct);
        var signature = await PostAsync(adminB, "/api/forms/legal-signatures", new SignLegalDocumentDto
        {
            LegalDocumentId = documentId, VersionId = version.GetProperty("id").GetGuid(), TextHash = version.GetProperty("textHash").GetString()!, TypedName = $"Signer {marker}",
        }, ct);
        targets.AddId("legal-signatures", signature.GetProperty("id").GetGuid(), "B's legal signature");

        var memberId = Guid.Parse(targets.Ids.Single(v => v.Label == "B's member").Value);
        var adminId = context.Victim.AdminUserId;
        using (var profile = await adminB.PutAsync(
            new Uri($"/api/forms/member-profiles/{adminId}", UriKind.Relative),
            System.Net.Http.Json.JsonContent.Create(new UpdateMemberProfileDto { DateOfBirth = new DateOnly(1980, 1, 1) }), ct))
        {
            profile.EnsureSuccessStatusCode();
        }

        var link = await PostAsync(adminB, "/api/forms/guardian-links", new CreateGuardianLinkDto { GuardianId = adminId, DependantId = memberId }, ct);
        targets.AddId("guardian-links", link.GetProperty("id").GetGuid(), "B's guardian link");
    }
}
