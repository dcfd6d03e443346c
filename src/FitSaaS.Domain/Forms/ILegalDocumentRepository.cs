using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>Legal documents of the current tenant.</summary>
public interface ILegalDocumentRepository : IRepository<LegalDocument, Guid>
{
    /// <summary>Every document of the tenant (at most <see cref="LegalDocumentConsts.MaxDocumentsPerTenant"/>), by title, untracked.</summary>
    Task<List<LegalDocument>> GetAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Documents that gate something and have a published version, untracked (what the gates read).</summary>
    Task<List<LegalDocument>> GetGatingAsync(CancellationToken cancellationToken = default);

    /// <summary>How many documents the tenant has.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);
}
