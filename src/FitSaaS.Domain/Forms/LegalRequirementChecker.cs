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
    LegalGateProvider gates,
    IFeatureChecker features) : IDomainService
{
    /// <summary>
    /// The documents (with the exact versions) the member must sign for <paramref name="target"/>, by title. For a gated operation the
    /// documents, their versions and the member's signed versions come from <see cref="LegalGateProvider"/> (cached); the signed versions
    /// are looked up only when a document applies.
    /// </summary>
    public async Task<List<LegalDocumentToSign>> GetRequiredAsync(Guid memberId, LegalTarget target, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Gate == LegalDocumentGates.None)
        {
            var applying = (await documents.GetAllAsync(cancellationToken)).Where(d => d.LatestVersionNumber > 0 && d.Applies(target)).ToList();
            return await GetRequiredAsync(memberId, applying, now, cancellationToken);
        }

        var gating = (await gates.GetAsync(cancellationToken)).Where(d => d.Applies(target)).ToList();
        if (gating.Count == 0)
        {
            return [];
        }

        var signed = await gates.GetSignedVersionNumbersAsync(memberId, [.. gating.Select(d => d.Id)], cancellationToken);
        return Required(gating.Select(d => (d.Id, d.Title, d.Kind, (IEnumerable<LegalVersionSummary>)d.Versions)), signed, now);
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
        return Required(applying.Select(d => (d.Id, d.Title, d.Kind, (IEnumerable<LegalVersionSummary>)allVersions[d.Id])), signed, now);
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

    private static List<LegalDocumentToSign> Required(
        IEnumerable<(Guid Id, string Title, LegalDocumentKind Kind, IEnumerable<LegalVersionSummary> Versions)> documents, Dictionary<Guid, int> signed, DateTime now)
    {
        var required = new List<LegalDocumentToSign>();
        foreach (var document in documents.OrderBy(d => d.Title, StringComparer.Ordinal).ThenBy(d => d.Id))
        {
            var version = LegalRequirementRules.RequiredVersion(document.Versions, signed.TryGetValue(document.Id, out var n) ? n : null, now);
            if (version is not null)
            {
                required.Add(new LegalDocumentToSign(document.Id, document.Title, document.Kind, version.Id, version.Number, version.TextHash));
            }
        }

        return required;
    }
}
