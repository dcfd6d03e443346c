using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;

namespace FitSaaS.Forms;

/// <summary>
/// What a member must sign before an operation (<see cref="LegalRequirementRules"/> over the tenant's documents that apply to the
/// target), and the gate that refuses the operation while anything is (<see cref="FormsErrorCodes.DocumentsToSign"/>). Nothing is
/// required while the tenant's <see cref="FormsFeatures.Enabled"/> is off.
/// </summary>
public sealed class LegalRequirementChecker(
    ILegalDocumentRepository documents,
    ILegalDocumentVersionRepository versions,
    ILegalSignatureRepository signatures,
    IFeatureChecker features) : IDomainService
{
    /// <summary>The documents (with the exact versions) the member must sign for <paramref name="target"/>, by title.</summary>
    public async Task<List<LegalDocumentToSign>> GetRequiredAsync(Guid memberId, LegalTarget target, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var applying = (target.Gate == LegalDocumentGates.None ? await documents.GetAllAsync(cancellationToken) : await documents.GetGatingAsync(cancellationToken))
            .Where(d => d.LatestVersionNumber > 0 && d.Applies(target))
            .ToList();
        return await GetRequiredAsync(memberId, applying, now, cancellationToken);
    }

    /// <summary>The versions the member must sign of <paramref name="applying"/>, by title.</summary>
    public async Task<List<LegalDocumentToSign>> GetRequiredAsync(Guid memberId, IReadOnlyCollection<LegalDocument> applying, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(applying);
        if (applying.Count == 0)
        {
            return [];
        }

        var ids = applying.Select(d => d.Id).ToList();
        var allVersions = (await versions.GetSummariesAsync(ids, cancellationToken)).ToLookup(v => v.LegalDocumentId);
        var signed = await signatures.GetSignedVersionNumbersAsync(memberId, ids, cancellationToken);
        var required = new List<LegalDocumentToSign>();
        foreach (var document in applying.OrderBy(d => d.Title, StringComparer.Ordinal).ThenBy(d => d.Id))
        {
            var version = LegalRequirementRules.RequiredVersion(allVersions[document.Id], signed.TryGetValue(document.Id, out var n) ? n : null, now);
            if (version is not null)
            {
                required.Add(new LegalDocumentToSign(document.Id, document.Title, document.Kind, version.Id, version.Number, version.TextHash));
            }
        }

        return required;
    }

    /// <summary>Refuses the operation while the member must sign documents for it (and the Forms feature is on).</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.DocumentsToSign"/>, data <c>documents</c> (a list of <see cref="LegalDocumentToSign"/>) and <c>memberId</c>.</exception>
    public async Task EnsureSignedAsync(Guid memberId, LegalTarget target, DateTime now, CancellationToken cancellationToken = default)
    {
        if (!await features.IsEnabledAsync(FormsFeatures.Enabled, cancellationToken))
        {
            return;
        }

        var required = await GetRequiredAsync(memberId, target, now, cancellationToken);
        if (required.Count > 0)
        {
            throw new BusinessException(
                    FormsErrorCodes.DocumentsToSign,
                    $"The member must sign first: {string.Join(", ", required.Select(r => $"{r.Title} (version {r.VersionNumber})"))}.")
                .WithData("memberId", memberId)
                .WithData("documents", required);
        }
    }
}
