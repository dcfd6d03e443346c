using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>Versions of the current tenant's legal documents (insert only).</summary>
public interface ILegalDocumentVersionRepository : IRepository<LegalDocumentVersion, Guid>
{
    /// <summary>The versions of the documents without their texts (what the gates read), untracked.</summary>
    Task<List<LegalVersionSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken = default);

    /// <summary>A document's versions with their texts, by number, untracked.</summary>
    Task<List<LegalDocumentVersion>> GetListByDocumentAsync(Guid documentId, CancellationToken cancellationToken = default);
}
