namespace FitSaaS.Forms;

/// <summary>Entity → DTO mapping of legal documents, signatures, consents and guardians.</summary>
internal static class FormsLegalMappingExtensions
{
    public static IReadOnlyList<LegalDocumentGates> ToList(this LegalDocumentGates gates) =>
        new[] { LegalDocumentGates.Booking, LegalDocumentGates.Purchase, LegalDocumentGates.CheckIn }.Where(g => (gates & g) != 0).ToList();

    public static LegalDocumentGates ToGates(this IEnumerable<LegalDocumentGates> gates) =>
        gates.Aggregate(LegalDocumentGates.None, (all, g) => all | g);

    public static LegalDocumentVersionDto ToDto(this LegalDocumentVersion v, bool withText) => new()
    {
        Id = v.Id, LegalDocumentId = v.LegalDocumentId, Number = v.Number, Text = withText ? v.Text : null, TextHash = v.TextHash,
        EffectiveFrom = v.EffectiveFrom, Policy = v.Policy, PublishedAt = v.PublishedAt,
    };

    public static LegalDocumentVersionDto ToDto(this LegalVersionSummary v) => new()
    {
        Id = v.Id, LegalDocumentId = v.LegalDocumentId, Number = v.Number, TextHash = v.TextHash, EffectiveFrom = v.EffectiveFrom, Policy = v.Policy,
    };

    public static LegalDocumentDto ToDto(this LegalDocument d, IReadOnlyList<LegalDocumentVersionDto> versions, DateTime now) => new()
    {
        Id = d.Id, Kind = d.Kind, Title = d.Title, AppliesToAll = d.AppliesToAll, ClassTypeIds = d.ClassTypeIds.ToList(), PlanIds = d.PlanIds.ToList(),
        LocationIds = d.LocationIds.ToList(), Gates = d.Gates.ToList(), LatestVersionNumber = d.LatestVersionNumber,
        CurrentVersion = versions.Where(v => v.EffectiveFrom <= now).MaxBy(v => v.Number), Versions = versions,
    };

    public static LegalSignatureDto ToDto(this LegalSignature s) => new()
    {
        Id = s.Id, LegalDocumentId = s.LegalDocumentId, VersionId = s.VersionId, VersionNumber = s.VersionNumber, TextHash = s.TextHash,
        MemberId = s.MemberId, SignerId = s.SignerId, SignerRole = s.SignerRole, EnteredById = s.EnteredById, TypedName = s.TypedName,
        DrawnSignature = s.DrawnSignature, SignedAt = s.SignedAt, IpAddress = s.IpAddress, UserAgent = s.UserAgent,
    };

    public static LegalDocumentToSignDto ToDto(this LegalDocumentToSign d) => new()
    {
        DocumentId = d.DocumentId, Title = d.Title, Kind = d.Kind, VersionId = d.VersionId, VersionNumber = d.VersionNumber, TextHash = d.TextHash,
    };

    public static ConsentDto ToDto(this Consent c) => new()
    {
        Id = c.Id, MemberId = c.MemberId, Purpose = c.Purpose, Granted = c.Granted, RecordedAt = c.RecordedAt, RecordedById = c.RecordedById,
        Note = c.Note, IpAddress = c.IpAddress, UserAgent = c.UserAgent,
    };

    public static GuardianLinkDto ToDto(this GuardianLink l) => new() { Id = l.Id, GuardianId = l.GuardianId, DependantId = l.DependantId, LinkedAt = l.LinkedAt };

    public static DateTime Now(this TimeProvider clock)
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }
}
