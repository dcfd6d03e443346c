using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.PersonalData;

namespace FitSaaS.Forms;

/// <summary>
/// The <c>Forms.Legal</c> area of a data subject request: the member's legal signatures (as member or as guardian), consent
/// history, profile (date of birth) and guardianship links. Erasure deletes the date of birth and the guardianship links and
/// keeps signatures and consent records unchanged (Retained: the tenant's evidence for its liability and for the lawfulness
/// of past processing).
/// </summary>
public sealed class FormsLegalPersonalDataHandler(
    ILegalSignatureRepository signatures,
    IConsentRepository consents,
    IMemberProfileRepository profiles,
    IGuardianLinkRepository guardians) : IPersonalDataHandler, ITransientDependency
{
    /// <summary>The area's name.</summary>
    public const string AreaName = "Forms.Legal";

    /// <inheritdoc/>
    public string Area => AreaName;

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var signed = await signatures.GetAllOfPersonAsync(memberId, cancellationToken);
        var history = await consents.GetListByMemberAsync(memberId, cancellationToken);
        var profile = await profiles.FindByMemberAsync(memberId, cancellationToken);
        var links = await guardians.GetListOfMemberAsync(memberId, cancellationToken);
        if (signed.Count == 0 && history.Count == 0 && profile is null && links.Count == 0)
        {
            return null;
        }

        return new
        {
            DateOfBirth = profile?.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Signatures = signed.Select(s => new
            {
                s.Id, s.LegalDocumentId, s.VersionId, s.VersionNumber, s.TextHash, s.MemberId, s.SignerId, SignerRole = s.SignerRole.ToString(),
                s.EnteredById, s.TypedName, s.DrawnSignature, s.SignedAt, s.IpAddress, s.UserAgent,
            }).ToList(),
            Consents = history.OrderBy(c => c.RecordedAt).Select(c => new
            {
                c.Id, Purpose = c.Purpose.ToString(), c.Granted, c.RecordedAt, c.RecordedById, c.Note, c.IpAddress, c.UserAgent,
            }).ToList(),
            Guardians = links.Where(l => l.DependantId == memberId).Select(l => new { l.GuardianId, l.LinkedAt }).ToList(),
            Dependants = links.Where(l => l.GuardianId == memberId).Select(l => new { l.DependantId, l.LinkedAt }).ToList(),
        };
    }

    /// <inheritdoc/>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        var profile = await profiles.FindByMemberAsync(memberId, cancellationToken);
        if (profile is not null)
        {
            await profiles.DeleteAsync(profile, cancellationToken: cancellationToken);
            deleted++;
        }

        foreach (var link in await guardians.GetListOfMemberAsync(memberId, cancellationToken))
        {
            await guardians.DeleteAsync(link, cancellationToken: cancellationToken);
            deleted++;
        }

        var retained = (await signatures.GetAllOfPersonAsync(memberId, cancellationToken)).Count + (await consents.GetListByMemberAsync(memberId, cancellationToken)).Count;
        return new PersonalDataErasureResult(
            deleted, 0, retained, retained > 0 ? "Signed legal documents and consent records are kept as the gym's evidence (liability, lawfulness of processing)." : null);
    }
}
