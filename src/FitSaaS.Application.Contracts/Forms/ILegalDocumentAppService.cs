using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// The gym's legal documents (<c>/api/forms/legal-documents</c>): waivers, terms, the privacy notice and health declarations,
/// where they apply and what they gate; versions are published, immutable and never deleted. Members read them (to sign);
/// staff with <c>LegalDocuments.Manage</c> create, change and publish. Needs the tenant's <c>Forms.Enabled</c> feature.
/// </summary>
public interface ILegalDocumentAppService : IApplicationService
{
    /// <summary>Creates a document (no version yet).</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:InvalidDocumentScope</c>, <c>Forms:TooManyLegalDocuments</c>.</exception>
    Task<LegalDocumentDto> CreateAsync(CreateLegalDocumentDto input);

    /// <summary>One document with every version's text.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    Task<LegalDocumentDto> GetAsync(Guid id);

    /// <summary>The gym's documents by title, versions without texts.</summary>
    Task<PagedResultDto<LegalDocumentDto>> GetListAsync(GetLegalDocumentListInput input);

    /// <summary>Changes the title, scope and gates (in force at once).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:InvalidDocumentScope</c>.</exception>
    Task<LegalDocumentDto> UpdateAsync(Guid id, UpdateLegalDocumentDto input);

    /// <summary>Publishes the next version: <c>POST /api/forms/legal-documents/{id}/publish-version</c>.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:InvalidEffectiveDate</c>.</exception>
    Task<LegalDocumentVersionDto> PublishVersionAsync(Guid id, PublishLegalDocumentVersionDto input);
}
